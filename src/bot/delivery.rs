//! Getting requests through to Telegram: retries for what can be retried without sending a
//! message twice.
//!
//! Every request is paced to Telegram's limits ([`super::pacing`]) and goes through
//! [`with_retries`]: a 429 is waited out, and a request that never reached Telegram
//! (network error) or that Telegram failed with a 5xx is tried again with backoff. A malformed
//! answer is not retried: Telegram may have acted on the request.

use std::future::Future;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::Serialize;
use teloxide::payloads;
use teloxide::requests::{JsonRequest, Payload, Request};
use teloxide::{ApiError, Bot, RequestError};

use super::pacing::{Lane, Paced, Pacer};

/// The client every handler uses: the `Bot`, and the pacer every request waits on (none when
/// `THROTTLE=false`, for benchmarks against a local fake API).
#[derive(Clone)]
pub struct TgBot {
    /// teloxide's client.
    pub client: Bot,
    /// Telegram's limits; `None` sends at once.
    pub pacer: Option<std::sync::Arc<Pacer>>,
}

impl std::fmt::Debug for TgBot {
    /// Written by hand: teloxide's `Bot` prints its token in `Debug`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TgBot {{ paced: {} }}", self.pacer.is_some())
    }
}

impl TgBot {
    /// Sends the request `build` makes with the client: each attempt waits for its lane to be
    /// within Telegram's limits, and failures are retried as [`with_retries`] says for the
    /// method. `build` runs once; every attempt sends the same request (no copy of the text
    /// and buttons per attempt).
    ///
    /// # Errors
    /// The last error when the request cannot succeed.
    pub async fn call<P, B>(&self, build: B) -> Result<P::Output, RequestError>
    where
        P: Method + Serialize + Send + Sync + 'static,
        P::Output: DeserializeOwned + Send,
        JsonRequest<P>: Paced,
        B: FnOnce(&Bot) -> JsonRequest<P>,
    {
        let request = build(&self.client);
        let lane = request.lane();
        with_retries(P::METHOD, P::REPEAT, || async {
            self.pace(lane).await;
            let result = request.send_ref().await;
            self.learn(lane, &result);
            result
        })
        .await
    }

    /// Waits until a request in `lane` may go.
    async fn pace(&self, lane: Lane) {
        if let Some(pacer) = &self.pacer {
            pacer.ready(lane).await;
        }
    }

    /// Learns from a request's outcome: a 429 holds its lane for `retry_after`.
    fn learn<T>(&self, lane: Lane, result: &Result<T, RequestError>) {
        if let (Some(pacer), Err(RequestError::RetryAfter(seconds))) = (&self.pacer, result) {
            pacer.hold(lane, seconds.duration());
        }
    }
}

/// Whether a request may be sent again when an attempt's fate is unknown (it timed out after
/// it may have reached Telegram).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    /// Doing it twice changes nothing (edits, answers to queries, menus): retried after any
    /// network error.
    Harmless,
    /// Doing it twice posts twice (a new message): retried only when it never connected.
    PostsTwice,
}

/// A Bot API method the bot calls: its name (as metrics label it) and what repeating it does.
pub trait Method: Payload {
    /// The Bot API method name, as in Telegram's documentation.
    const METHOD: &'static str;
    /// What sending it twice does.
    const REPEAT: Repeat;
}

/// Implements [`Method`] for each payload: `Payload: "apiName", Repeat;`.
macro_rules! methods {
    ($($payload:ident: $name:literal, $repeat:ident;)*) => {$(
        impl Method for payloads::$payload {
            const METHOD: &'static str = $name;
            const REPEAT: Repeat = Repeat::$repeat;
        }
    )*};
}

// The methods the bot calls; only a new message must not be sent twice.
methods! {
    SendMessage: "sendMessage", PostsTwice;
    EditMessageText: "editMessageText", Harmless;
    AnswerCallbackQuery: "answerCallbackQuery", Harmless;
    AnswerInlineQuery: "answerInlineQuery", Harmless;
    SetMyCommands: "setMyCommands", Harmless;
}

/// How long a request keeps being tried through rate limits, server errors and connection
/// failures: through a 30-second outage (teloxide reads each 5xx answer only after 10 s) and a
/// group's per-minute flood wait. Not much longer: a chat's later questions wait behind it.
const RETRY_WINDOW: Duration = Duration::from_secs(90);

/// First pause after a network error or 5xx; doubles each time up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::from_millis(250);

/// Longest pause between attempts after network or server errors.
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// Runs `request` until it succeeds, fails for good, or [`RETRY_WINDOW`] has passed.
///
/// # Errors
/// The last error when the request cannot succeed.
pub async fn with_retries<T, F, Fut>(
    what: &'static str,
    repeat: Repeat,
    mut request: F,
) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, RequestError>>,
{
    let started = tokio::time::Instant::now();
    let mut backoff = FIRST_BACKOFF;
    loop {
        let error = match request().await {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        metrics::counter!(super::telemetry::names::API_ERRORS, "method" => what, "error" => error_kind(&error)).increment(1);
        let pause = match &error {
            RequestError::RetryAfter(seconds) => seconds.duration(),
            // A request that timed out may have reached Telegram: sending a message again could
            // deliver it twice, so only requests that never connected are sent again.
            RequestError::Network(network)
                if repeat == Repeat::Harmless || network.is_connect() =>
            {
                backoff
            }
            RequestError::Io(_) => backoff,
            RequestError::Api(ApiError::Unknown(description)) if is_server_error(description) => {
                backoff
            }
            _ => return Err(error),
        };
        if started.elapsed() + pause > RETRY_WINDOW {
            tracing::error!(request = what, %error, "Telegram request failed for too long; giving up");
            return Err(error);
        }
        tracing::warn!(request = what, %error, retry_in = ?pause, "Telegram request failed; retrying");
        tokio::time::sleep(pause).await;
        if !matches!(error, RequestError::RetryAfter(_)) {
            backoff = (backoff * 2).min(MAX_BACKOFF);
        }
    }
}

/// A short label for metrics.
fn error_kind(error: &RequestError) -> &'static str {
    match error {
        RequestError::RetryAfter(_) => "retry_after",
        RequestError::Network(_) | RequestError::Io(_) => "network",
        RequestError::Api(ApiError::Unknown(description)) if is_server_error(description) => {
            "server_error"
        }
        RequestError::Api(_) => "api",
        _ => "other",
    }
}

/// Descriptions Telegram and proxies in front of it give 5xx answers.
fn is_server_error(description: &str) -> bool {
    const SERVER_ERRORS: &[&str] = &[
        "internal server error",
        "bad gateway",
        "service unavailable",
        "gateway timeout",
    ];
    let description = description.to_ascii_lowercase();
    SERVER_ERRORS.iter().any(|e| description.contains(e))
}

/// Whether an error means the message already is as requested (a double click on a button).
pub fn is_not_modified(error: &RequestError) -> bool {
    matches!(error, RequestError::Api(ApiError::MessageNotModified))
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use teloxide::types::Seconds;

    use super::*;

    #[tokio::test(start_paused = true)]
    async fn retries_rate_limits_and_server_errors_then_succeeds() {
        let calls = AtomicU32::new(0);
        let result = with_retries("test", Repeat::Harmless, || {
            let call = calls.fetch_add(1, Ordering::SeqCst);
            async move {
                match call {
                    0 => Err(RequestError::RetryAfter(Seconds::from_seconds(3))),
                    1 => Err(RequestError::Api(ApiError::Unknown("Bad Gateway".into()))),
                    _ => Ok(call),
                }
            }
        })
        .await;
        assert_eq!(result.unwrap(), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn client_errors_are_not_retried() {
        let calls = AtomicU32::new(0);
        let result: Result<(), _> = with_retries("test", Repeat::Harmless, || {
            calls.fetch_add(1, Ordering::SeqCst);
            async { Err(RequestError::Api(ApiError::MessageTextIsEmpty)) }
        })
        .await;
        assert!(result.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_minute_of_server_errors_and_rate_limits_is_outlasted() {
        let started = tokio::time::Instant::now();
        let calls = AtomicU32::new(0);
        let result = with_retries("sendMessage", Repeat::PostsTwice, || {
            let call = calls.fetch_add(1, Ordering::SeqCst);
            async move {
                if started.elapsed() < Duration::from_secs(30) {
                    Err(RequestError::Api(ApiError::Unknown("Bad Gateway".into())))
                } else if started.elapsed() < Duration::from_secs(60) {
                    Err(RequestError::RetryAfter(Seconds::from_seconds(7)))
                } else {
                    Ok(call)
                }
            }
        })
        .await;
        let attempts = result.expect("delivered once Telegram is back");
        let waited = started.elapsed();
        assert!(
            waited >= Duration::from_secs(60) && waited < Duration::from_secs(68),
            "{waited:?}"
        );
        assert!(
            attempts > 4 && attempts < 30,
            "{attempts} attempts, backoff capped"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_failing_for_good_gives_up_after_the_retry_window() {
        let started = tokio::time::Instant::now();
        let result: Result<(), _> = with_retries("test", Repeat::Harmless, || async {
            Err(RequestError::Api(ApiError::Unknown(
                "Service Unavailable".into(),
            )))
        })
        .await;
        assert!(result.is_err());
        let waited = started.elapsed();
        assert!(
            waited <= RETRY_WINDOW && waited > RETRY_WINDOW - MAX_BACKOFF * 2,
            "{waited:?}"
        );
    }
}
