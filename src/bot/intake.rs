//! Intake: updates from Telegram (long polling or webhook) into the durable inbox, then into
//! per-chat queues that answer them, so that nothing waits on anything it does not need to:
//! - reading never waits on answers: a batch is written to the inbox and handed to the
//!   queues, and the next poll (which confirms it) goes out as soon as the batch is durable;
//! - a chat's messages are answered one after another, in order, so a chat waiting for its
//!   limit (a busy group, a `retry_after`) holds one answer slot and delays only itself;
//!   button presses and inline queries are answered at once, beside their chat's queue;
//! - at most [`CONCURRENT_ANSWERS`] answers are made at a time; more wait in their queues (in
//!   memory and in the inbox), up to [`MAX_BACKLOG`] taken and unanswered, past which reading
//!   pauses and Telegram keeps the rest;
//! - an update is marked done in the inbox once answered; at start, those not done are
//!   answered first.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::FutureExt;
use serde::Deserialize;
use teloxide::types::Update;
use tokio::sync::Notify;
use tokio::task::JoinSet;

use super::queues::Queues;
use super::store::Store;

/// Answers made at once. More only queue up requests to Telegram (and memory: each open
/// request holds a connection).
pub const CONCURRENT_ANSWERS: usize = 64;

/// Updates taken and not yet answered, at most; past it, reading pauses. About 2 kB each in
/// memory: 2 MB at most, while half a minute of a bot at Telegram's 30 messages a second fits.
pub const MAX_BACKLOG: usize = 1_000;

/// How an update is answered.
pub type Handler = Arc<dyn Fn(Update) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

/// What answers wait behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum QueueKey {
    /// Messages of one chat, answered in order.
    Chat(i64),
    /// An update answered on its own (button presses, inline queries), by update id.
    Alone(i64),
}

/// What an update's queue is read from: the chat of a message, nothing else. Every other field
/// is skipped unread, so an update is parsed in full only once, when its turn comes.
#[derive(Deserialize)]
struct Head {
    message: Option<InChat>,
    edited_message: Option<InChat>,
    channel_post: Option<InChat>,
}

#[derive(Deserialize)]
struct InChat {
    chat: ChatRef,
}

#[derive(Deserialize)]
struct ChatRef {
    id: i64,
}

/// The queue of update `id`, read from its JSON; an update that does not read as one is
/// answered alone (and skipped then, when it is parsed).
fn queue_key(id: i64, json: &str) -> QueueKey {
    let head = serde_json::from_str::<Head>(json).ok();
    let chat = head.and_then(|h| h.message.or(h.edited_message).or(h.channel_post));
    match chat {
        Some(message) => QueueKey::Chat(message.chat.id),
        None => QueueKey::Alone(id),
    }
}

/// One update to answer.
struct Job {
    id: i64,
    update: Pending,
}

/// An update waiting for its answer, kept as Telegram sent it: a fraction of the memory of
/// the parsed form (a backlog of [`MAX_BACKLOG`] costs little more than its JSON, which the
/// inbox holds anyway), and parsed once, when its turn comes.
struct Pending(Arc<str>);

impl Pending {
    /// The update to answer, or `None` (logged) if its JSON does not read as one.
    fn into_update(self, id: i64) -> Option<Update> {
        match serde_json::from_str(&self.0) {
            Ok(update) => Some(update),
            Err(error) => {
                tracing::warn!(%error, update_id = id, "skipping an update this bot cannot read");
                None
            }
        }
    }
}

/// The inbox, the queues and the answers in flight.
pub struct Intake {
    store: Arc<Store>,
    handler: Handler,
    /// Chats with an answer in progress or waiting for a slot, and their waiting updates.
    queues: Mutex<Queues<QueueKey, Job>>,
    tasks: Mutex<JoinSet<()>>,
    /// Taken and not answered.
    backlog: AtomicUsize,
    room: Notify,
    /// Set at shutdown: queued updates are left in the inbox for the next start.
    stopping: AtomicBool,
}

impl Intake {
    /// Intake answering with `handler`, keeping its inbox in `store`.
    pub fn new(store: Arc<Store>, handler: Handler) -> Arc<Intake> {
        Arc::new(Intake {
            store,
            handler,
            queues: Mutex::new(Queues::new(CONCURRENT_ANSWERS)),
            tasks: Mutex::default(),
            backlog: AtomicUsize::new(0),
            room: Notify::new(),
            stopping: AtomicBool::new(false),
        })
    }

    /// The store behind the inbox.
    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    /// Queues the updates left unanswered by the previous run, oldest first; returns how many.
    pub fn recover(self: &Arc<Self>) -> usize {
        if self.store.created() {
            return 0; // Nothing from a previous run is in a store this start created.
        }
        let unfinished = match self.store.unfinished() {
            Ok(unfinished) => unfinished,
            Err(error) => {
                tracing::error!(%error, "cannot read the inbox; questions left unanswered by the previous run are not answered");
                return 0;
            }
        };
        let mut recovered = 0;
        for entry in unfinished {
            self.submit(entry.id, Arc::from(entry.body));
            recovered += 1;
        }
        if recovered > 0 {
            tracing::info!(
                updates = recovered,
                "answering updates left unanswered by the previous run"
            );
        }
        recovered
    }

    /// Takes new updates, each as Telegram wrote it: writes them to the inbox (with the polling
    /// offset past them, if polling), starts answering them, and returns once they are durable.
    pub async fn take(self: &Arc<Self>, updates: Vec<(i64, Arc<str>)>, next_offset: Option<i64>) {
        let rows = updates.clone();
        // Answering starts first; the disk is not waited for (a commit takes milliseconds, an
        // answer less). A done mark may reach the store before the write: it counts anyway.
        for (id, json) in updates {
            self.submit(id, json);
        }
        let durable = self.store.take(rows, next_offset);
        match durable.await {
            Ok(Ok(())) => {}
            Ok(Err(error)) => tracing::error!(
                %error,
                "updates could not be written to the inbox: they are answered, but would be lost if the bot stopped now"
            ),
            Err(_) => tracing::error!("the state store's writer stopped"),
        }
    }

    /// Waits while the backlog is full (or until `stop`).
    pub async fn room_to_read(&self, stop: &tokio_util::sync::CancellationToken) {
        loop {
            let room = self.room.notified();
            if self.backlog.load(Ordering::Acquire) < MAX_BACKLOG {
                return;
            }
            tokio::select! {
                () = room => {}
                () = stop.cancelled() => return,
            }
        }
    }

    /// Updates taken and not answered.
    pub fn backlog(&self) -> usize {
        self.backlog.load(Ordering::Acquire)
    }

    /// Queues the update `json` behind its chat's answers.
    fn submit(self: &Arc<Self>, id: i64, json: Arc<str>) {
        let key = queue_key(id, &json);
        let backlog = self.backlog.fetch_add(1, Ordering::AcqRel) + 1;
        metrics::gauge!(super::telemetry::names::BACKLOG).set(backlog as f64);
        let job = Job {
            id,
            update: Pending(json),
        };
        let start = lock(&self.queues).push(key, job);
        let Some(job) = start else { return };
        let intake = Arc::clone(self);
        let mut tasks = lock(&self.tasks);
        while let Some(result) = tasks.try_join_next() {
            report(result);
        }
        tasks.spawn(intake.answer_queue(key, job));
    }

    /// Answers `first`, then whatever its queue holds, one at a time, letting chats waiting
    /// for a slot go first in between; holds one answer slot throughout.
    async fn answer_queue(self: Arc<Self>, first_key: QueueKey, first: Job) {
        let (mut key, mut job) = (first_key, first);
        loop {
            if let Some(update) = job.update.into_update(job.id) {
                let answer = (self.handler)(update);
                if AssertUnwindSafe(answer).catch_unwind().await.is_err() {
                    tracing::error!(update_id = job.id, "an answer panicked; the bot goes on");
                }
            }
            self.store.done(job.id);
            let backlog = self.backlog.fetch_sub(1, Ordering::AcqRel) - 1;
            metrics::gauge!(super::telemetry::names::BACKLOG).set(backlog as f64);
            self.room.notify_waiters();
            let mut queues = lock(&self.queues);
            if self.stopping.load(Ordering::Acquire) {
                queues.stop(&key);
                return;
            }
            match queues.next(key) {
                Some(next) => (key, job) = next,
                None => return,
            }
        }
    }

    /// Lets answers in progress finish for up to `grace`; updates still queued, and answers
    /// cut off, stay in the inbox for the next start. Then waits for the store's writes.
    pub async fn stop(&self, grace: Duration) {
        self.stopping.store(true, Ordering::Release);
        let mut tasks = std::mem::take(&mut *lock(&self.tasks));
        while let Some(result) = tasks.try_join_next() {
            report(result);
        }
        tracing::info!(
            answers_in_flight = tasks.len(),
            "stopping: letting answers in flight finish"
        );
        let drained = tokio::time::timeout(grace, async {
            while let Some(result) = tasks.join_next().await {
                report(result);
            }
        })
        .await;
        if drained.is_err() {
            tracing::warn!("some answers did not finish in time; their questions stay in the inbox and are answered at the next start");
            tasks.abort_all();
            while tasks.join_next().await.is_some() {}
        }
        let store = Arc::clone(&self.store);
        let _ = tokio::task::spawn_blocking(move || store.flush()).await;
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn report(result: Result<(), tokio::task::JoinError>) {
    if let Err(error) = result {
        if error.is_panic() {
            tracing::error!("an answer queue panicked; the bot goes on");
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicU32;

    use super::*;

    fn message(id: i64, chat: i64) -> Update {
        let chat = if chat > 0 {
            serde_json::json!({"id": chat, "type": "private", "first_name": "A"})
        } else {
            serde_json::json!({"id": chat, "type": "group", "title": "G"})
        };
        // From text: teloxide's Update does not deserialize from a `Value`.
        let update: Update = serde_json::from_str(
            &serde_json::json!({
                "update_id": id,
                "message": {
                    "message_id": id, "date": 0, "text": "hi", "chat": chat,
                    "from": {"id": 1, "is_bot": false, "first_name": "A"}
                }
            })
            .to_string(),
        )
        .expect("a valid update");
        assert!(update.chat().is_some(), "{update:?}");
        update
    }

    /// The updates as Telegram would send them.
    fn json_of(updates: &[(i64, Update)]) -> Vec<(i64, Arc<str>)> {
        updates
            .iter()
            .map(|(id, u)| (*id, Arc::from(serde_json::to_string(u).unwrap())))
            .collect()
    }

    #[tokio::test]
    async fn updates_that_must_queue_are_answered_from_their_json_in_order() {
        let (_dir, store) = crate::bot::store::tests::temporary();
        let order = Arc::new(Mutex::new(Vec::new()));
        let intake = Intake::new(Arc::new(store), recording(Arc::clone(&order)));
        // More than the answer slots, in private chats: most of them wait, kept as JSON.
        let count = CONCURRENT_ANSWERS as i64 * 3;
        let updates: Vec<(i64, Update)> = (1..=count).map(|id| (id, message(id, id))).collect();
        intake.take(json_of(&updates), Some(count + 1)).await;
        for _ in 0..200 {
            if intake.backlog() == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let mut answered = lock(&order).clone();
        answered.sort_unstable();
        assert_eq!(answered, (1..=count).collect::<Vec<_>>());
        intake.stop(Duration::from_secs(1)).await;
        assert!(intake.store().unfinished().unwrap().is_empty());
    }

    #[tokio::test]
    async fn updates_whose_json_does_not_read_are_skipped_and_marked_done() {
        let (_dir, store) = crate::bot::store::tests::temporary();
        let order = Arc::new(Mutex::new(Vec::new()));
        let intake = Intake::new(Arc::new(store), recording(Arc::clone(&order)));
        // The second message of the slow chat queues behind the first: its chat reads, but it
        // is not an update (no `update_id`).
        let mut raw = json_of(&[(1, message(1, -1))]);
        raw.push((2, Arc::from(r#"{"message": {"chat": {"id": -1}}}"#)));
        raw.push((3, Arc::from("not json")));
        intake.take(raw, Some(4)).await;
        answered(&order, 1).await;
        intake.stop(Duration::from_secs(1)).await;
        assert_eq!(*lock(&order), [1]);
        assert!(intake.store().unfinished().unwrap().is_empty());
        assert_eq!(intake.backlog(), 0);
    }

    #[test]
    fn the_queue_is_read_from_the_json_without_parsing_the_update() {
        let edited = r#"{"update_id": 9, "edited_message": {"chat": {"id": -5, "type": "group"}}}"#;
        assert_eq!(queue_key(9, edited), QueueKey::Chat(-5));
        let press = r#"{"update_id": 10, "callback_query": {"id": "x", "message": {}}}"#;
        assert_eq!(queue_key(10, press), QueueKey::Alone(10));
        assert_eq!(queue_key(11, "not json"), QueueKey::Alone(11));
    }

    /// A handler that takes `slow` for chat -1 and records the order of answers.
    fn recording(order: Arc<Mutex<Vec<i64>>>) -> Handler {
        Arc::new(move |update: Update| {
            let order = Arc::clone(&order);
            Box::pin(async move {
                let chat = update.chat().map(|c| c.id.0).unwrap_or_default();
                if chat == -1 {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                lock(&order).push(update.id.0 as i64);
            })
        })
    }

    /// A handler that takes a permit of `gate` for each of chat -1's updates and keeps it, and
    /// records the order of answers: the gate's permits are how many of them are answered.
    fn one_way_gated(order: Arc<Mutex<Vec<i64>>>, gate: Arc<tokio::sync::Semaphore>) -> Handler {
        Arc::new(move |update: Update| {
            let (order, gate) = (Arc::clone(&order), Arc::clone(&gate));
            Box::pin(async move {
                let chat = update.chat().map(|c| c.id.0).unwrap_or_default();
                if chat == -1 {
                    gate.acquire().await.expect("the gate stays open").forget();
                }
                lock(&order).push(update.id.0 as i64);
            })
        })
    }

    /// A handler that holds chat -1's updates until `gate` gives a permit, and records the
    /// order of answers: the test decides when the slow chat may go on, whatever the load.
    fn gated(order: Arc<Mutex<Vec<i64>>>, gate: Arc<tokio::sync::Semaphore>) -> Handler {
        Arc::new(move |update: Update| {
            let (order, gate) = (Arc::clone(&order), Arc::clone(&gate));
            Box::pin(async move {
                let chat = update.chat().map(|c| c.id.0).unwrap_or_default();
                if chat == -1 {
                    drop(gate.acquire().await.expect("the gate stays open"));
                }
                lock(&order).push(update.id.0 as i64);
            })
        })
    }

    /// Waits (10 ms steps, at most 5 s) until `count` updates were answered.
    async fn answered(order: &Mutex<Vec<i64>>, count: usize) {
        for _ in 0..500 {
            if lock(order).len() >= count {
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    #[tokio::test]
    async fn a_slow_chat_delays_only_itself_and_its_messages_keep_their_order() {
        let (_dir, store) = crate::bot::store::tests::temporary();
        let order = Arc::new(Mutex::new(Vec::new()));
        let gate = Arc::new(tokio::sync::Semaphore::new(0));
        let intake = Intake::new(
            Arc::new(store),
            gated(Arc::clone(&order), Arc::clone(&gate)),
        );
        let updates = vec![(1, message(1, -1)), (2, message(2, -1)), (3, message(3, 5))];
        intake.take(json_of(&updates), Some(4)).await;
        answered(&order, 1).await;
        assert_eq!(*lock(&order), [3], "the private chat did not wait");
        gate.add_permits(1);
        answered(&order, 3).await;
        assert_eq!(*lock(&order), [3, 1, 2]);
        intake.stop(Duration::from_secs(1)).await;
        assert!(intake.store().unfinished().unwrap().is_empty());
        assert_eq!(intake.backlog(), 0);
    }

    #[tokio::test]
    async fn updates_queued_at_shutdown_stay_in_the_inbox_and_are_answered_at_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite3");
        {
            let store = Arc::new(Store::open(&path).unwrap());
            let order = Arc::new(Mutex::new(Vec::new()));
            // One permit, never given back: the first update is answered, the second waits
            // past the stop's grace whatever the load, and the third never starts.
            let gate = Arc::new(tokio::sync::Semaphore::new(1));
            let intake = Intake::new(store, one_way_gated(Arc::clone(&order), gate));
            let updates: Vec<(i64, Update)> = (1..=3).map(|id| (id, message(id, -1))).collect();
            intake.take(json_of(&updates), Some(4)).await;
            answered(&order, 1).await;
            intake.stop(Duration::from_millis(50)).await;
        }
        let answered = Arc::new(AtomicU32::new(0));
        let counter = Arc::clone(&answered);
        let handler: Handler = Arc::new(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
            Box::pin(async {})
        });
        let intake = Intake::new(Arc::new(Store::open(&path).unwrap()), handler);
        assert_eq!(
            intake.recover(),
            2,
            "the first was answered before the stop"
        );
        for _ in 0..100 {
            if intake.backlog() == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        intake.stop(Duration::from_secs(1)).await;
        assert_eq!(answered.load(Ordering::SeqCst), 2);
        assert!(intake.store().unfinished().unwrap().is_empty());
    }
}
