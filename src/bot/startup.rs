//! Start-up: the state store and feedback log opened, Telegram reached (webhook set or
//! removed); and, in webhook mode, Telegram checked regularly.

use std::sync::Arc;
use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::{Me, Update};
use teloxide::{ApiError, RequestError};
use tokio_util::sync::CancellationToken;

use super::store::Store;
use super::telemetry::Health;
use super::{polling, BotError};
use crate::config::{BotConfig, WebhookConfig};
use crate::feedback::FeedbackLog;

/// Pause between start-up attempts while Telegram cannot be reached.
const STARTUP_RETRY: Duration = Duration::from_secs(2);

/// Opens `FEEDBACK_LOG` for appending, if set.
pub(super) fn open_feedback(config: &BotConfig) -> Result<Option<Arc<FeedbackLog>>, BotError> {
    let Some(path) = &config.feedback_log else {
        return Ok(None);
    };
    let log = FeedbackLog::open(path)
        .map_err(|e| BotError::FeedbackLog(format!("{}: {e}", path.display())))?;
    Ok(Some(Arc::new(log)))
}

/// Opens the state store off the async threads (opening may migrate the schema).
pub(super) async fn open_store(path: &std::path::Path) -> Result<Store, BotError> {
    let path = path.to_path_buf();
    let store = tokio::task::spawn_blocking(move || Store::open(&path))
        .await
        .expect("opening the state store does not panic")?;
    tracing::info!(path = %store.path().display(), "state store open");
    Ok(store)
}

/// In webhook mode nothing polls Telegram: check it regularly, for /healthz.
pub(super) async fn watch_webhook(
    bot: Bot,
    health: Arc<Health>,
    every: Duration,
    shutdown: CancellationToken,
) {
    loop {
        match bot.get_webhook_info().await {
            Ok(info) => {
                health.poll_succeeded();
                if let Some(error) = info.last_error_message {
                    tracing::warn!(error, "Telegram reports a webhook delivery error");
                }
            }
            Err(error) => tracing::warn!(%error, "cannot reach Telegram"),
        }
        tokio::select! {
            () = shutdown.cancelled() => return,
            () = tokio::time::sleep(every) => {}
        }
    }
}

/// One attempt of [`start_up`]: the bot's identity, and the webhook set (webhook mode) or a
/// stale one removed (polling).
async fn identify(bot: &Bot, webhook: Option<&WebhookConfig>) -> Result<Me, RequestError> {
    let Some(webhook) = webhook else {
        // Both asked at once: one round trip to Telegram instead of two.
        let (me, info) = tokio::try_join!(bot.get_me().send(), bot.get_webhook_info().send())?;
        if info.url.is_some() {
            tracing::info!("removing the webhook set earlier: this instance uses long polling");
            bot.delete_webhook().await?;
        }
        return Ok(me);
    };
    let me = bot.get_me().await?;
    let allowed = polling::ALLOWED_UPDATES
        .iter()
        .filter_map(|kind| allowed_update(kind))
        .collect::<Vec<_>>();
    bot.set_webhook(webhook.url.clone())
        .secret_token(webhook.secret.expose().to_string())
        .allowed_updates(allowed)
        .await?;
    tracing::info!("webhook set");
    Ok(me)
}

/// Removes a webhook left by webhook mode (polling cannot work beside it) and reads the bot's
/// identity. Retries while Telegram cannot be reached; `None` if shut down meanwhile.
pub(super) async fn start_up(
    bot: &Bot,
    webhook: Option<&WebhookConfig>,
    shutdown: &CancellationToken,
) -> Result<Option<Me>, BotError> {
    loop {
        let attempt = identify(bot, webhook);
        let result = tokio::select! {
            () = shutdown.cancelled() => return Ok(None),
            result = attempt => result,
        };
        match result {
            Ok(me) => return Ok(Some(me)),
            Err(RequestError::Api(ApiError::InvalidToken)) => return Err(BotError::Unauthorized),
            Err(RequestError::Api(error)) if webhook.is_some() => {
                return Err(BotError::WebhookRefused(error.to_string()))
            }
            Err(error) => {
                tracing::warn!(%error, "cannot reach Telegram yet; retrying");
                tokio::select! {
                    () = shutdown.cancelled() => return Ok(None),
                    () = tokio::time::sleep(STARTUP_RETRY) => {}
                }
            }
        }
    }
}

fn allowed_update(kind: &str) -> Option<teloxide::types::AllowedUpdate> {
    use teloxide::types::AllowedUpdate;
    match kind {
        "message" => Some(AllowedUpdate::Message),
        "callback_query" => Some(AllowedUpdate::CallbackQuery),
        "inline_query" => Some(AllowedUpdate::InlineQuery),
        _ => None,
    }
}

pub(super) fn update_kind(update: &Update) -> &'static str {
    use teloxide::types::UpdateKind;
    match update.kind {
        UpdateKind::Message(_) => "message",
        UpdateKind::EditedMessage(_) => "edited_message",
        UpdateKind::ChannelPost(_) => "channel_post",
        UpdateKind::CallbackQuery(_) => "callback_query",
        UpdateKind::InlineQuery(_) => "inline_query",
        _ => "other",
    }
}
