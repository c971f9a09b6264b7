//! The Telegram bot: the only module that knows teloxide.
//!
//! - [`handlers`]: the dptree schema and what each kind of update gets.
//! - [`browse`]: `/interviews` and `/use`: a chat asking about one interview of an archive.
//! - [`polling`] and [`webhook`]: how updates arrive.
//! - [`intake`]: updates -> durable inbox -> per-chat queues -> answers.
//! - [`pacing`]: Telegram's limits per chat, per group and overall.
//! - [`delivery`]: retries that never send a message twice.
//! - [`store`]: the SQLite state store (inbox, button memory, chat settings, counters).
//! - [`bounded`]: a map that forgets its oldest entries, for memory that must stay bounded.
//! - [`callback`]: what inline buttons carry.
//! - [`state`]: what each answer is made with.
//! - [`stats`]: the `/stats` report.
//! - [`telemetry`]: metric names and health, a leaf every module may use.
//! - [`ops`]: `/healthz` and `/metrics` for operators.
//! - [`reload`]: swapping in a new corpus and texts while serving.

pub mod bounded;
pub mod browse;
pub mod callback;
pub mod delivery;
pub mod handlers;
pub mod intake;
pub mod ops;
pub mod pacing;
pub mod polling;
pub mod reload;
pub mod state;
pub mod stats;
pub mod store;
pub mod telemetry;
pub mod webhook;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope};
use teloxide::{ApiError, RequestError};
use tokio_util::sync::CancellationToken;

use crate::config::BotConfig;
use crate::feedback::FeedbackLog;
use crate::search::Engine;
use crate::texts::Texts;
use delivery::TgBot;
use state::{AppState, FloodGuard};
use store::{Store, StoreError};

/// Pause between start-up attempts while Telegram cannot be reached.
const STARTUP_RETRY: Duration = Duration::from_secs(2);

/// Why the bot cannot start; each says what the operator should do.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    /// No token configured.
    #[error("TELOXIDE_TOKEN is not set: create a bot with @BotFather, then put its token in .env (see .env.example)")]
    MissingToken,
    /// Telegram refused the token.
    #[error("Telegram rejected TELOXIDE_TOKEN (401 Unauthorized): copy the current token from @BotFather into .env")]
    Unauthorized,
    /// `WEBHOOK_LISTEN` cannot be bound.
    #[error("WEBHOOK_LISTEN {0}: choose a free address:port")]
    WebhookListen(String),
    /// Telegram refused the webhook.
    #[error("Telegram refused WEBHOOK_URL ({0}): it must be a public https:// address on port 443, 80, 88 or 8443")]
    WebhookRefused(String),
    /// `METRICS_LISTEN` cannot be bound.
    #[error("METRICS_LISTEN {0}: choose a free address:port")]
    MetricsListen(String),
    /// `FEEDBACK_LOG` cannot be opened for appending.
    #[error("FEEDBACK_LOG cannot be opened for appending ({0}): fix the path or its permissions")]
    FeedbackLog(String),
    /// `STATE_DB` cannot be used.
    #[error(transparent)]
    State(#[from] StoreError),
}

/// Runs the bot until `shutdown` is cancelled: start-up checks, command menus, then long
/// polling. Returns once answers in flight finished and handled updates are confirmed.
///
/// # Errors
/// [`BotError`] when the bot cannot start (no token, token refused, a listener not bound).
pub async fn run(
    config: &BotConfig,
    engine: Arc<Engine>,
    texts: Texts,
    sources: Option<reload::Sources>,
    shutdown: CancellationToken,
) -> Result<(), BotError> {
    let token = config.token.as_ref().ok_or(BotError::MissingToken)?;
    let plain = Bot::new(token.expose()).set_api_url(config.api_url.clone());

    let feedback = match &config.feedback_log {
        Some(path) => {
            Some(Arc::new(FeedbackLog::open(path).map_err(|e| {
                BotError::FeedbackLog(format!("{}: {e}", path.display()))
            })?))
        }
        None => None,
    };
    let store = Arc::new(open_store(&config.state_db).await?);
    let Some(me) = start_up(&plain, config.webhook.as_ref(), &shutdown).await? else {
        return Ok(());
    };
    let bot = TgBot {
        client: plain.clone(),
        pacer: config.throttle.then(|| Arc::new(pacing::Pacer::new())),
    };
    if let Err(error) = store.claim_for_bot(me.id.0 as i64).await {
        tracing::error!(%error, "cannot write to the state store");
    }
    let username = me.username.clone().unwrap_or_default();
    tracing::info!(bot = %username, "connected to Telegram");

    let state = Arc::new(AppState {
        engine,
        texts,
        username,
        bot_id: me.id.0,
        store: Arc::clone(&store),
        flood: Arc::new(Mutex::new(FloodGuard::new(config.questions_per_minute))),
        admins: config.admin_ids.iter().copied().collect(),
        allowed_chats: config
            .allowed_chats
            .as_ref()
            .map(|chats| chats.iter().copied().collect()),
        feedback,
    });
    // Menus are registered in the background so the first poll is not delayed.
    tokio::spawn(register_commands(bot.clone(), Arc::clone(&state)));
    let can_reload = sources.is_some();
    let live = Arc::new(reload::Live::new(AppState::clone(&state), sources));
    if can_reload {
        #[cfg(unix)]
        tokio::spawn(reload::reload_on_sighup(Arc::clone(&live)));
        // Watching starts here, before polling: no change made after start-up is missed.
        if let Some(watching) = reload::watch_files(Arc::clone(&live), shutdown.clone()) {
            tokio::spawn(watching);
        }
    }

    let health = Arc::new(telemetry::Health::new(config.poll_timeout));
    if let Some(address) = config.metrics_listen {
        ops::recorder();
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .map_err(|e| BotError::MetricsListen(format!("{address}: {e}")))?;
        tokio::spawn(ops::serve(
            listener,
            Arc::clone(&live),
            Arc::clone(&health),
            shutdown.clone(),
        ));
    }
    let schema = Arc::new(handlers::schema());
    let handler: intake::Handler = Arc::new(move |update: Update| {
        let (schema, bot, live) = (Arc::clone(&schema), bot.clone(), Arc::clone(&live));
        Box::pin(async move {
            let kind = update_kind(&update);
            let started = std::time::Instant::now();
            metrics::counter!(telemetry::names::UPDATES, "kind" => kind).increment(1);
            // Each update is answered with one snapshot, even if a reload happens meanwhile.
            let state = live.current();
            let outcome = schema
                .dispatch(dptree::deps![update, bot, state, live])
                .await;
            metrics::histogram!(telemetry::names::REPLY_LATENCY)
                .record(started.elapsed().as_secs_f64());
            if let std::ops::ControlFlow::Break(Err(error)) = outcome {
                tracing::warn!(error = %format!("{error:#}"), update = kind, "could not answer an update");
            }
        })
    });
    let intake = intake::Intake::new(store, handler);
    match &config.webhook {
        Some(webhook) => {
            let listener = tokio::net::TcpListener::bind(webhook.listen)
                .await
                .map_err(|e| BotError::WebhookListen(format!("{}: {e}", webhook.listen)))?;
            tokio::spawn(watch_webhook(
                plain.clone(),
                Arc::clone(&health),
                config.poll_timeout,
                shutdown.clone(),
            ));
            webhook::run(
                listener,
                webhook.path(),
                webhook.secret.expose().to_string(),
                config.shutdown_grace,
                shutdown,
                intake,
            )
            .await;
        }
        None => {
            let poller =
                polling::Poller::new(config.api_url.as_str(), token.expose(), config.poll_timeout);
            polling::run(
                poller,
                config.poll_backoff_max,
                config.shutdown_grace,
                shutdown,
                health,
                intake,
            )
            .await;
        }
    }
    Ok(())
}

/// Opens the state store off the async threads (opening may migrate the schema).
async fn open_store(path: &std::path::Path) -> Result<Store, BotError> {
    let path = path.to_path_buf();
    let store = tokio::task::spawn_blocking(move || Store::open(&path))
        .await
        .expect("opening the state store does not panic")?;
    tracing::info!(path = %store.path().display(), "state store open");
    Ok(store)
}

/// In webhook mode nothing polls Telegram: check it regularly, for /healthz.
async fn watch_webhook(
    bot: Bot,
    health: Arc<telemetry::Health>,
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

/// Removes a webhook left by webhook mode (polling cannot work beside it) and reads the bot's
/// identity. Retries while Telegram cannot be reached; `None` if shut down meanwhile.
async fn start_up(
    bot: &Bot,
    webhook: Option<&crate::config::WebhookConfig>,
    shutdown: &CancellationToken,
) -> Result<Option<teloxide::types::Me>, BotError> {
    loop {
        let attempt = async {
            let me = bot.get_me().await?;
            match webhook {
                Some(webhook) => {
                    let allowed = polling::ALLOWED_UPDATES
                        .iter()
                        .filter_map(|kind| allowed_update(kind))
                        .collect::<Vec<_>>();
                    bot.set_webhook(webhook.url.clone())
                        .secret_token(webhook.secret.expose().to_string())
                        .allowed_updates(allowed)
                        .await?;
                    tracing::info!("webhook set");
                }
                None => {
                    let info = bot.get_webhook_info().await?;
                    if info.url.is_some() {
                        tracing::info!(
                            "removing the webhook set earlier: this instance uses long polling"
                        );
                        bot.delete_webhook().await?;
                    }
                }
            }
            Ok::<_, RequestError>(me)
        };
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

/// Registers the command menus for private chats and groups, in every language with texts.
async fn register_commands(bot: TgBot, state: Arc<AppState>) {
    let mut private = vec!["start", "help", "ask", "topics", "random", "about", "quote"];
    let mut group = vec!["ask", "help", "topics", "random", "about"];
    // An archive adds browsing; with one interview the menus stay as they were.
    if browse::is_archive(&state) {
        private.extend(["interviews", "use"]);
        group.extend(["interviews", "use"]);
    }
    for language in state.texts.languages() {
        for (scope, names) in [
            (BotCommandScope::AllPrivateChats, &private[..]),
            (BotCommandScope::AllGroupChats, &group[..]),
        ] {
            let commands: Vec<BotCommand> = names
                .iter()
                .map(|name| {
                    BotCommand::new(*name, state.texts.get(language, &format!("command_{name}")))
                })
                .collect();
            let result = bot
                .call(|client| {
                    let request = client
                        .set_my_commands(commands.clone())
                        .scope(scope.clone());
                    if language != crate::texts::DEFAULT_LANGUAGE {
                        request.language_code(language.to_string())
                    } else {
                        request
                    }
                })
                .await;
            if let Err(error) = result {
                tracing::warn!(%error, language, "could not register the command menu");
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

fn update_kind(update: &Update) -> &'static str {
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
