//! How the writer gathers commands into one transaction (group commit): the writes nobody
//! waits for (done marks, counters, remembered questions) for a few milliseconds, a write
//! someone waits for (new updates, a chat's setting, a flush) at once with whatever came first.

use std::sync::{mpsc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Commands taken into one transaction at most; bounds the time one commit holds the lock.
const MAX_BATCH: usize = 1_000;

/// How long the writer gathers writes nobody waits for (done marks, counters, remembered
/// questions) before committing them: in a burst, one commit per few milliseconds rather than
/// one per answer. A write someone waits for (new updates, a chat's setting, a flush) is
/// committed at once, with whatever was gathered. A `kill -9` may lose this much of done marks
/// (those answers are sent again after the restart), far less than a round trip to Telegram.
pub(super) const GATHER: Duration = Duration::from_millis(5);

/// Tells a gathering writer that a write someone waits for was queued: the writer sleeps
/// through the commands nobody waits for (in a burst, two or three per answer; a wake-up each
/// cost more CPU than the writes, and looking at the queue every millisecond instead cost a
/// tenth of the writer's time in sleeps and wake-ups) and wakes at once for this one.
#[derive(Default)]
pub(super) struct Awaited {
    queued: Mutex<bool>,
    arrived: Condvar,
}

impl Awaited {
    pub(super) fn notify(&self) {
        *self.queued.lock().unwrap_or_else(PoisonError::into_inner) = true;
        self.arrived.notify_one();
    }

    /// Waits until a waited-for write is queued (maybe one already taken: the loop then looks
    /// again) or `timeout` has passed.
    pub(super) fn wait(&self, timeout: Duration) {
        let queued = self.queued.lock().unwrap_or_else(PoisonError::into_inner);
        let (mut queued, _) = self
            .arrived
            .wait_timeout_while(queued, timeout, |queued| !*queued)
            .unwrap_or_else(PoisonError::into_inner);
        *queued = false;
    }
}

/// `first` and the commands that follow it within `window` ([`GATHER`]), or until one that
/// someone waits for, or [`MAX_BATCH`]. The queue is looked at when one someone waits for is
/// queued, and at the end.
pub(super) fn gather<C>(
    (queue, awaited): (&mpsc::Receiver<C>, &Awaited),
    first: C,
    (window, is_awaited): (Duration, fn(&C) -> bool),
) -> Vec<C> {
    let deadline = Instant::now() + window;
    let mut waited_for = is_awaited(&first);
    let mut batch = vec![first];
    loop {
        while batch.len() < MAX_BATCH {
            let Ok(command) = queue.try_recv() else { break };
            waited_for |= is_awaited(&command);
            batch.push(command);
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if waited_for || batch.len() >= MAX_BATCH || left.is_zero() {
            return batch;
        }
        awaited.wait(left);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    /// A write: someone waits for it or not.
    #[derive(Debug)]
    enum Write {
        Quiet,
        Waited,
    }

    fn waited(write: &Write) -> bool {
        matches!(write, Write::Waited)
    }

    #[test]
    fn writes_nobody_waits_for_are_gathered_and_a_waited_one_ends_the_gathering() {
        let (writes, queue) = mpsc::channel();
        for _ in 1..=3 {
            writes.send(Write::Quiet).unwrap();
        }
        writes.send(Write::Waited).unwrap();
        writes.send(Write::Quiet).unwrap();
        let awaited = Awaited::default();
        let started = Instant::now();
        let first = queue.recv().unwrap();
        let batch = gather((&queue, &awaited), first, (GATHER, waited));
        assert_eq!(
            batch.len(),
            5,
            "the waited one takes what is already queued"
        );
        assert!(started.elapsed() < GATHER, "and does not wait for more");
        writes.send(Write::Quiet).unwrap();
        let started = Instant::now();
        let first = queue.recv().unwrap();
        assert_eq!(gather((&queue, &awaited), first, (GATHER, waited)).len(), 1);
        assert!(
            started.elapsed() >= GATHER,
            "a quiet write waits for company"
        );
    }

    #[test]
    fn a_write_someone_waits_for_wakes_a_gathering_writer_at_once() {
        let (writes, queue) = mpsc::channel();
        let awaited = Arc::new(Awaited::default());
        writes.send(Write::Quiet).unwrap();
        let signal = Arc::clone(&awaited);
        let sender = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            writes.send(Write::Quiet).unwrap();
            writes.send(Write::Waited).unwrap();
            signal.notify();
        });
        let started = Instant::now();
        let first = queue.recv().unwrap();
        let window = Duration::from_secs(30);
        let batch = gather((&queue, &awaited), first, (window, waited));
        sender.join().unwrap();
        assert_eq!(
            batch.len(),
            3,
            "{batch:?}: the waited one and what came before it"
        );
        assert!(started.elapsed() < window / 2, "not the whole window");
    }
}
