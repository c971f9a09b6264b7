//! Long polling, written for this bot rather than taken from teloxide's dispatcher, for three
//! reasons that matter to operators:
//! - **Never deaf.** Polling goes on whatever is being answered: each batch is written to the
//!   durable inbox ([`super::intake`]) and handed to the chats' queues, and the next poll, which
//!   confirms it, goes out as soon as the batch is on disk. An update is delivered once.
//! - **Quick recovery.** teloxide's client waits 10 s before reading any 5xx answer; polling here
//!   uses its own HTTP request, so an outage ends for the bot as soon as Telegram is back
//!   (plus a short, capped backoff).
//! - **No crash on odd updates.** Each update is parsed on its own: one Telegram adds in the
//!   future cannot block the queue.

use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;
use tokio_util::sync::CancellationToken;

use super::intake::Intake;

/// Update kinds the bot handles; sent on the first poll (Telegram remembers them).
pub const ALLOWED_UPDATES: &[&str] = &["message", "callback_query", "inline_query"];

/// Updates asked for per poll.
const BATCH: u8 = 100;

/// First pause after a failed poll; doubles up to the configured maximum.
const FIRST_BACKOFF: Duration = Duration::from_millis(100);

/// Longest wait for the final confirmation at shutdown. Telegram answers a `getUpdates` with
/// `timeout: 0` at once; a connection that hangs must not keep the process alive past its
/// supervisor's stop timeout (10 s for `docker stop`), as the HTTP client's own timeout
/// (the long-poll time plus 5 s) would.
const CONFIRM_TIMEOUT: Duration = Duration::from_secs(2);

/// How much longer than the long poll itself a poll may take before it counts as failed:
/// Telegram answers an empty long poll at its end, plus a round trip.
const POLL_TIMEOUT_MARGIN: Duration = Duration::from_secs(5);

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
struct ApiResponse<'a> {
    ok: bool,
    /// Each update as Telegram wrote it, read in place in the answer: copied once, as the
    /// text the inbox and the queues keep.
    #[serde(borrow)]
    result: Option<Vec<&'a serde_json::value::RawValue>>,
    error_code: Option<u16>,
    description: Option<String>,
    parameters: Option<ResponseParameters>,
}

/// The one field read from an update whatever its kind.
#[derive(Deserialize)]
struct UpdateId {
    update_id: i64,
}

#[derive(Deserialize)]
struct ResponseParameters {
    retry_after: Option<u64>,
}

/// One update from a poll: its id and its JSON (parsed in full when its turn to be answered
/// comes; one this bot cannot read is skipped then).
pub type Polled = (i64, Arc<str>);

/// Calls `getUpdates`.
pub struct Poller {
    /// The client every other request to Telegram goes through: one TLS setup and one pool of
    /// connections for the whole bot, so the first poll reuses the connection start-up opened.
    client: reqwest::Client,
    /// The method URL; it contains the token, so it is never logged.
    url: reqwest::Url,
    timeout: Duration,
}

impl Poller {
    /// A poller for the Bot API at `api_url` (e.g. `https://api.telegram.org`), sending through
    /// `client` (teloxide's: each poll sets its own timeout, longer than the long poll).
    pub fn new(
        client: reqwest::Client,
        api_url: &reqwest::Url,
        token: &str,
        timeout: Duration,
    ) -> Poller {
        let mut url = api_url.clone();
        if let Ok(mut segments) = url.path_segments_mut() {
            // The same path teloxide builds for its own requests: <base>/bot<token>/<method>.
            segments
                .pop_if_empty()
                .push(&format!("bot{token}"))
                .push("getUpdates");
        }
        Poller {
            client,
            url,
            timeout,
        }
    }

    /// One poll: updates with id >= `offset` (confirming all below), as (id, JSON).
    ///
    /// # Errors
    /// [`PollError`] for every kind of failure; none is fatal.
    pub async fn get_updates(
        &self,
        offset: i64,
        limit: u8,
        wait: Duration,
        allowed_updates: Option<&[&str]>,
    ) -> Result<Vec<Polled>, PollError> {
        let mut body =
            serde_json::json!({"offset": offset, "limit": limit, "timeout": wait.as_secs()});
        if let Some(allowed) = allowed_updates {
            body["allowed_updates"] = serde_json::json!(allowed);
        }
        let response = self
            .client
            .post(self.url.clone())
            .timeout(wait + POLL_TIMEOUT_MARGIN)
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
            .filter_map(|raw| {
                let json = raw.get();
                let id = serde_json::from_str::<UpdateId>(json).ok()?.update_id;
                Some((id, Arc::from(json)))
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

fn record_poll_error(kind: &'static str) {
    metrics::counter!(super::telemetry::names::API_ERRORS, "method" => "getUpdates", "error" => kind)
        .increment(1);
}

/// Polls until `shutdown` is cancelled, handing every update to `intake`; first answers what
/// the previous run left unanswered. Then lets answers in flight finish for up to `grace`,
/// and confirms every update taken (those unanswered are in the inbox).
pub async fn run(
    poller: Poller,
    backoff_max: Duration,
    grace: Duration,
    shutdown: CancellationToken,
    health: Arc<super::telemetry::Health>,
    intake: Arc<Intake>,
) {
    let mut allowed = Some(ALLOWED_UPDATES);
    let mut failures: u32 = 0;
    let mut next = first_offset(&intake);
    intake.recover();

    while !shutdown.is_cancelled() {
        intake.room_to_read(&shutdown).await;
        let poll = poller.get_updates(next, BATCH, poller.wait(), allowed);
        let result = tokio::select! {
            () = shutdown.cancelled() => break,
            result = poll => result,
        };
        let pause = match result {
            Ok(batch) => {
                health.poll_succeeded();
                failures = 0;
                allowed = None;
                if let Some(after) = take_fresh(&intake, batch, next).await {
                    next = after;
                }
                continue;
            }
            Err(error) => pause_after(&error, &mut failures, backoff_max),
        };
        tokio::select! {
            () = shutdown.cancelled() => break,
            () = tokio::time::sleep(pause) => {}
        }
    }

    intake.stop(grace).await;
    if next > 0 {
        confirm(&poller, next).await;
    }
}

/// The offset past every update taken by earlier runs (0 at the first start).
fn first_offset(intake: &Intake) -> i64 {
    if intake.store().created() {
        return 0;
    }
    match intake.store().next_offset() {
        Ok(next) => next.unwrap_or(0),
        Err(error) => {
            tracing::error!(%error, "cannot read the last confirmed update from the state store");
            0
        }
    }
}

/// Hands the updates of `batch` not taken before (ids from `next` on) to `intake`, and
/// returns the offset past them; `None` when the batch held nothing new.
async fn take_fresh(intake: &Arc<Intake>, batch: Vec<Polled>, next: i64) -> Option<i64> {
    // Updates below `next` were taken before (Telegram repeats what it was not told about,
    // e.g. after a crash): they are in the inbox already.
    let fresh: Vec<Polled> = batch.into_iter().filter(|(id, ..)| *id >= next).collect();
    let after = fresh.last().map(|(id, ..)| *id)? + 1;
    intake.take(fresh, Some(after)).await;
    Some(after)
}

/// How long to wait after a failed poll, counted in `/metrics`. `failures` counts the failures
/// in a row; a `retry_after` is Telegram's own pause, not a failure, and does not add to it.
fn pause_after(error: &PollError, failures: &mut u32, backoff_max: Duration) -> Duration {
    if let PollError::RetryAfter(wait) = error {
        record_poll_error("retry_after");
        return *wait;
    }
    record_poll_error(match error {
        PollError::Api { code, .. } if *code >= 500 => "server_error",
        PollError::Api { .. } => "api",
        _ => "network",
    });
    *failures = failures.saturating_add(1);
    let pause = backoff(*failures, backoff_max);
    tracing::warn!(%error, retry_in = ?pause, "polling Telegram failed");
    pause
}

/// Tells Telegram every update below `offset` was taken, waiting at most [`CONFIRM_TIMEOUT`].
async fn confirm(poller: &Poller, offset: i64) {
    let confirmed = tokio::time::timeout(
        CONFIRM_TIMEOUT,
        poller.get_updates(offset, 1, Duration::ZERO, None),
    )
    .await;
    match confirmed {
        Ok(Ok(_)) => tracing::info!(offset, "confirmed the updates taken"),
        Ok(Err(error)) => {
            tracing::warn!(%error, "could not confirm the updates taken; Telegram will deliver them again and the bot will recognise them")
        }
        Err(_) => tracing::warn!(
            timeout = ?CONFIRM_TIMEOUT,
            "Telegram did not answer the confirmation of the updates taken; it will deliver them again and the bot will recognise them"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retry_after_is_waited_as_asked_and_does_not_count_as_a_failure() {
        let max = Duration::from_secs(60);
        let mut failures = 0;
        let network = PollError::Transport("refused".into());
        assert_eq!(pause_after(&network, &mut failures, max), backoff(1, max));
        let asked = PollError::RetryAfter(Duration::from_secs(7));
        assert_eq!(
            pause_after(&asked, &mut failures, max),
            Duration::from_secs(7)
        );
        assert_eq!(failures, 1);
        assert_eq!(pause_after(&network, &mut failures, max), backoff(2, max));
    }

    #[test]
    fn the_polling_url_is_the_api_url_with_the_token_and_method_appended() {
        for (base, expected) in [
            ("http://127.0.0.1:9", "http://127.0.0.1:9/botT/getUpdates"),
            ("http://127.0.0.1:9/", "http://127.0.0.1:9/botT/getUpdates"),
            (
                "https://proxy.example/tg/",
                "https://proxy.example/tg/botT/getUpdates",
            ),
        ] {
            let base = reqwest::Url::parse(base).unwrap();
            let poller = Poller::new(reqwest::Client::new(), &base, "T", Duration::from_secs(1));
            assert_eq!(poller.url.as_str(), expected);
        }
    }

    #[test]
    fn failed_polls_pause_for_the_first_backoff_then_twice_as_long_up_to_the_maximum() {
        let max = Duration::from_millis(1_000);
        let pauses: Vec<u128> = (1..=6).map(|n| backoff(n, max).as_millis()).collect();
        assert_eq!(pauses, [100, 200, 400, 800, 1_000, 1_000]);
        assert_eq!(backoff(u32::MAX, Duration::MAX), FIRST_BACKOFF * (1 << 16));
    }
}
