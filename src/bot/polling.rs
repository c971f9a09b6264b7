//! Long polling, written for this bot rather than taken from teloxide's dispatcher, for three
//! reasons that matter to operators:
//! - **Nothing lost, nothing answered twice.** The offset sent to Telegram (which confirms
//!   updates) never passes the oldest update whose answer is still being made, so after a crash
//!   Telegram delivers the unanswered questions again. On shutdown, answers in flight get a grace
//!   period, then the final offset is confirmed (waiting briefly: a hung Telegram must not delay
//!   the exit). Only a crash while an older answer hangs can make a newer, finished one come back.
//! - **Quick recovery.** teloxide's client waits 10 s before reading any 5xx answer; polling here
//!   uses its own HTTP request, so an outage ends for the bot as soon as Telegram is back
//!   (plus a short, capped backoff).
//! - **No crash on odd updates.** Each update is parsed on its own: one Telegram adds in the
//!   future cannot block the queue.

use std::collections::BTreeSet;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Deserialize;
use teloxide::types::Update;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

/// Update kinds the bot handles; sent on the first poll (Telegram remembers them).
pub const ALLOWED_UPDATES: &[&str] = &["message", "callback_query", "inline_query"];

/// Updates asked for per poll.
const BATCH: u8 = 100;

/// Answers computed at once. More only queue up requests to Telegram (and memory: each open
/// request holds a connection); when all are busy, polling waits, and Telegram keeps the
/// updates.
const CONCURRENT_ANSWERS: usize = 64;

/// First pause after a failed poll; doubles up to the configured maximum.
const FIRST_BACKOFF: Duration = Duration::from_millis(100);

/// Longest wait for the final confirmation at shutdown. Telegram answers a `getUpdates` with
/// `timeout: 0` at once; a connection that hangs must not keep the process alive past its
/// supervisor's stop timeout (10 s for `docker stop`), as the HTTP client's own timeout
/// (the long-poll time plus 5 s) would.
const CONFIRM_TIMEOUT: Duration = Duration::from_secs(2);

/// Why a poll failed.
#[derive(Debug, thiserror::Error)]
pub enum PollError {
    /// Telegram asks to wait.
    #[error("Telegram asks to retry after {0:?}")]
    RetryAfter(Duration),
    /// Telegram answered with an error.
    #[error("Telegram answered {code}: {description}")]
    Api { code: u16, description: String },
    /// No answer (network, timeout, malformed body).
    #[error("no usable answer from Telegram: {0}")]
    Transport(String),
}

#[derive(Deserialize)]
struct ApiResponse {
    ok: bool,
    result: Option<Vec<serde_json::Value>>,
    error_code: Option<u16>,
    description: Option<String>,
    parameters: Option<ResponseParameters>,
}

#[derive(Deserialize)]
struct ResponseParameters {
    retry_after: Option<u64>,
}

/// Calls `getUpdates`.
pub struct Poller {
    client: reqwest::Client,
    /// The method URL; it contains the token, so it is never logged.
    url: String,
    timeout: Duration,
}

impl Poller {
    /// A poller for the Bot API at `api_url` (e.g. `https://api.telegram.org`).
    pub fn new(api_url: &str, token: &str, timeout: Duration) -> Poller {
        Poller {
            client: reqwest::Client::builder()
                .timeout(timeout + Duration::from_secs(5))
                .build()
                .expect("a default HTTP client can always be built"),
            url: format!("{}/bot{token}/getUpdates", api_url.trim_end_matches('/')),
            timeout,
        }
    }

    /// One poll: updates with id >= `offset` (confirming all below), as (id, parsed update).
    /// An update teloxide cannot parse comes back as `None`, so its id can still be confirmed.
    ///
    /// # Errors
    /// [`PollError`] for every kind of failure; none is fatal.
    pub async fn get_updates(
        &self,
        offset: i64,
        limit: u8,
        wait: Duration,
        allowed_updates: Option<&[&str]>,
    ) -> Result<Vec<(i64, Option<Update>)>, PollError> {
        let mut body =
            serde_json::json!({"offset": offset, "limit": limit, "timeout": wait.as_secs()});
        if let Some(allowed) = allowed_updates {
            body["allowed_updates"] = serde_json::json!(allowed);
        }
        let response = self
            .client
            .post(&self.url)
            .json(&body)
            .send()
            .await
            .map_err(|e| PollError::Transport(e.without_url().to_string()))?;
        let status = response.status();
        let text = response
            .text()
            .await
            .map_err(|e| PollError::Transport(e.without_url().to_string()))?;
        let parsed: ApiResponse = serde_json::from_str(&text).map_err(|_| {
            PollError::Transport(format!(
                "HTTP {status} with a body that is not Bot API JSON"
            ))
        })?;
        if !parsed.ok {
            if let Some(seconds) = parsed.parameters.and_then(|p| p.retry_after) {
                return Err(PollError::RetryAfter(Duration::from_secs(seconds)));
            }
            return Err(PollError::Api {
                code: parsed.error_code.unwrap_or(status.as_u16()),
                description: parsed.description.unwrap_or_default(),
            });
        }
        Ok(parsed
            .result
            .unwrap_or_default()
            .into_iter()
            .filter_map(|value| {
                let id = value.get("update_id")?.as_i64()?;
                // Parsing from text: teloxide's Update does not deserialize from a `Value`.
                let update = serde_json::from_str::<Update>(&value.to_string()).ok();
                if update.is_none() {
                    tracing::warn!(update_id = id, "skipping an update this bot cannot read");
                }
                Some((id, update))
            })
            .collect())
    }

    fn wait(&self) -> Duration {
        self.timeout
    }
}

/// The pause after the `failures`-th poll failed in a row (counting from 1): [`FIRST_BACKOFF`],
/// then twice as long each time, never more than `max`. The exponent is `failures - 1`, so
/// that a single blip costs only the first, short pause.
fn backoff(failures: u32, max: Duration) -> Duration {
    let doublings = failures.saturating_sub(1).min(16);
    FIRST_BACKOFF.saturating_mul(1 << doublings).min(max)
}

/// Updates being answered, so the offset sent to Telegram never passes one whose answer is
/// not sent yet: after a crash Telegram delivers it again.
#[derive(Debug, Default)]
struct Ledger {
    /// Ids dispatched and not finished.
    in_flight: BTreeSet<i64>,
    /// One past the highest id ever dispatched: lower ids are never dispatched twice.
    next: i64,
}

impl Ledger {
    /// The `getUpdates` offset: confirms everything before the oldest unfinished update.
    fn offset(&self) -> i64 {
        self.in_flight.first().copied().unwrap_or(self.next)
    }
}

/// Removes its update from the ledger when the answer ends, even by panic or abort.
struct Finished {
    ledger: Arc<Mutex<Ledger>>,
    id: i64,
}

impl Drop for Finished {
    fn drop(&mut self) {
        lock(&self.ledger).in_flight.remove(&self.id);
    }
}

fn lock(ledger: &Mutex<Ledger>) -> std::sync::MutexGuard<'_, Ledger> {
    ledger
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn record_poll_error(kind: &'static str) {
    metrics::counter!(super::ops::names::API_ERRORS, "method" => "getUpdates", "error" => kind)
        .increment(1);
}

/// Logs answers that panicked; a panic in one answer never stops the bot.
fn report(result: Result<(), tokio::task::JoinError>) {
    if let Err(error) = result {
        if error.is_panic() {
            tracing::error!("an answer panicked; the bot goes on");
        }
    }
}

/// Polls until `shutdown` is cancelled, running `handle` for every update on its own task.
/// Then lets answers in flight finish for up to `grace`, and confirms every finished update.
pub async fn run<F, Fut>(
    poller: Poller,
    backoff_max: Duration,
    grace: Duration,
    shutdown: CancellationToken,
    health: Arc<super::ops::Health>,
    handle: F,
) where
    F: Fn(Update) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let mut allowed = Some(ALLOWED_UPDATES);
    let mut failures: u32 = 0;
    let ledger: Arc<Mutex<Ledger>> = Arc::default();
    let answer_slots = Arc::new(tokio::sync::Semaphore::new(CONCURRENT_ANSWERS));
    let mut tasks = JoinSet::new();

    'polling: while !shutdown.is_cancelled() {
        while let Some(result) = tasks.try_join_next() {
            report(result);
        }
        let offset = lock(&ledger).offset();
        let poll = poller.get_updates(offset, BATCH, poller.wait(), allowed);
        let result = tokio::select! {
            () = shutdown.cancelled() => break,
            result = poll => result,
        };
        let pause = match result {
            Ok(batch) => {
                health.poll_succeeded();
                failures = 0;
                allowed = None;
                let mut dispatched = 0;
                for (id, update) in batch {
                    if id < lock(&ledger).next {
                        continue; // Still being answered: Telegram repeats it until confirmed.
                    }
                    let Some(update) = update else {
                        lock(&ledger).next = id + 1; // Unreadable: confirmed and skipped.
                        continue;
                    };
                    // Stopping before the answer starts leaves the update unconfirmed, for the
                    // next run to answer.
                    let permit = tokio::select! {
                        () = shutdown.cancelled() => break 'polling,
                        permit = Arc::clone(&answer_slots).acquire_owned() => permit.expect("the semaphore is never closed"),
                    };
                    {
                        let mut ledger = lock(&ledger);
                        ledger.next = id + 1;
                        ledger.in_flight.insert(id);
                    }
                    let finished = Finished {
                        ledger: Arc::clone(&ledger),
                        id,
                    };
                    let answer = handle(update);
                    tasks.spawn(async move {
                        let _finished = finished;
                        let _permit = permit;
                        answer.await;
                    });
                    dispatched += 1;
                }
                if dispatched > 0 || tasks.is_empty() {
                    continue;
                }
                // Only updates still being answered came back: wait for one to finish rather
                // than asking again at once.
                tokio::select! {
                    () = shutdown.cancelled() => break,
                    Some(result) = tasks.join_next() => report(result),
                }
                continue;
            }
            Err(PollError::RetryAfter(wait)) => {
                record_poll_error("retry_after");
                wait
            }
            Err(error) => {
                record_poll_error(match &error {
                    PollError::Api { code, .. } if *code >= 500 => "server_error",
                    PollError::Api { .. } => "api",
                    _ => "network",
                });
                failures = failures.saturating_add(1);
                let pause = backoff(failures, backoff_max);
                tracing::warn!(%error, retry_in = ?pause, "polling Telegram failed");
                pause
            }
        };
        tokio::select! {
            () = shutdown.cancelled() => break,
            () = tokio::time::sleep(pause) => {}
        }
    }

    // Reap answers that already finished, so that the count below is what shutdown waits for
    // (a `JoinSet` counts finished tasks until they are joined).
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
        tracing::warn!("some answers did not finish in time; they stay unconfirmed and Telegram will deliver their questions again at the next start");
        tasks.abort_all();
        while tasks.join_next().await.is_some() {}
    }
    let confirm = lock(&ledger).offset();
    if confirm > 0 {
        let confirmed = tokio::time::timeout(
            CONFIRM_TIMEOUT,
            poller.get_updates(confirm, 1, Duration::ZERO, None),
        )
        .await;
        match confirmed {
            Ok(Ok(_)) => tracing::info!(offset = confirm, "confirmed handled updates"),
            Ok(Err(error)) => {
                tracing::warn!(%error, "could not confirm handled updates; Telegram may deliver some again")
            }
            Err(_) => tracing::warn!(
                timeout = ?CONFIRM_TIMEOUT,
                "Telegram did not answer the confirmation of handled updates; it may deliver some again"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offset_never_passes_an_unfinished_update() {
        let mut ledger = Ledger {
            next: 10,
            ..Ledger::default()
        };
        assert_eq!(ledger.offset(), 10);
        ledger.in_flight.extend([7, 9]);
        assert_eq!(ledger.offset(), 7);
        ledger.in_flight.remove(&7);
        assert_eq!(ledger.offset(), 9);
    }

    #[test]
    fn failed_polls_pause_for_the_first_backoff_then_twice_as_long_up_to_the_maximum() {
        let max = Duration::from_millis(1_000);
        let pauses: Vec<u128> = (1..=6).map(|n| backoff(n, max).as_millis()).collect();
        assert_eq!(pauses, [100, 200, 400, 800, 1_000, 1_000]);
        assert_eq!(backoff(u32::MAX, Duration::MAX), FIRST_BACKOFF * (1 << 16));
    }
}
