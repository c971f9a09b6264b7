//! Webhook mode: Telegram POSTs each update to `WEBHOOK_URL`, which a reverse proxy forwards to
//! `WEBHOOK_LISTEN`. Every request must carry the secret given to `setWebhook` in the
//! `X-Telegram-Bot-Api-Secret-Token` header; anything else gets 401 and is not processed.
//! Each update goes through the same durable inbox and chat queues as in polling mode
//! ([`super::intake`]) and is acknowledged as soon as it is written (Telegram waits for the
//! acknowledgement before sending more). Telegram re-sends an update that was not acknowledged,
//! so an update id already in the inbox (or seen recently) is acknowledged and not answered
//! again.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use teloxide::types::Update;
use tokio_util::sync::CancellationToken;

use super::bounded::BoundedMap;
use super::intake::Intake;

/// The header Telegram sends the webhook secret in.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// Update ids remembered to drop re-deliveries.
const REMEMBERED_UPDATES: usize = 10_000;

/// Ids of recently received updates.
type Recent = BoundedMap<i64, ()>;

#[derive(Clone)]
struct Receiver {
    secret: Arc<str>,
    recent: Arc<Mutex<Recent>>,
    intake: Arc<Intake>,
}

/// Receives updates on `listener` at `path` until `shutdown`, handing each to `intake` (after
/// answering what the previous run left unanswered); then lets answers in flight finish for up
/// to `grace`.
pub async fn run(
    listener: tokio::net::TcpListener,
    path: String,
    secret: String,
    grace: Duration,
    shutdown: CancellationToken,
    intake: Arc<Intake>,
) {
    intake.recover();
    let receiver = Receiver {
        secret: secret.into(),
        recent: Arc::new(Mutex::new(Recent::new(REMEMBERED_UPDATES))),
        intake: Arc::clone(&intake),
    };
    let app = Router::new()
        .route(&path, post(receive))
        .with_state(receiver);
    if let Ok(address) = listener.local_addr() {
        tracing::info!(%address, path, "receiving updates by webhook");
    }
    let stop = shutdown.clone();
    if let Err(error) = axum::serve(listener, app)
        .with_graceful_shutdown(async move { stop.cancelled().await })
        .await
    {
        tracing::error!(%error, "the webhook listener stopped");
    }
    intake.stop(grace).await;
}

async fn receive(State(receiver): State<Receiver>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let authentic = headers
        .get(SECRET_HEADER)
        .is_some_and(|value| value.as_bytes() == receiver.secret.as_bytes());
    if !authentic {
        tracing::warn!("webhook request without the right secret token refused");
        return StatusCode::UNAUTHORIZED;
    }
    let Ok(update) = serde_json::from_slice::<Update>(&body) else {
        // Acknowledged anyway: Telegram would otherwise re-send it forever.
        tracing::warn!("skipping a webhook update this bot cannot read");
        return StatusCode::OK;
    };
    let first_time = receiver
        .recent
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .insert(update.id.0 as i64, ())
        .is_none();
    let id = update.id.0 as i64;
    let taken_before = first_time
        && receiver
            .intake
            .store()
            .has_taken(id)
            .unwrap_or_else(|error| {
                tracing::warn!(%error, "cannot read the inbox; taking the update");
                false
            });
    if first_time && !taken_before {
        let json: std::sync::Arc<str> = String::from_utf8_lossy(&body).into();
        receiver.intake.take(vec![(id, json)], None).await;
    }
    StatusCode::OK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn re_deliveries_are_recognised_and_memory_is_bounded() {
        let mut recent = Recent::new(REMEMBERED_UPDATES);
        assert!(recent.insert(1, ()).is_none());
        assert!(recent.insert(1, ()).is_some());
        for id in 2..=(REMEMBERED_UPDATES as i64 + 1) {
            assert!(recent.insert(id, ()).is_none());
        }
        assert_eq!(recent.len(), REMEMBERED_UPDATES);
        assert!(recent.insert(1, ()).is_none(), "the oldest was forgotten");
    }
}
