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
mod tests;
