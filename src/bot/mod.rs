//! The Telegram bot: the only module that knows teloxide.
//!
//! - [`handlers`]: the dptree schema and what every handler shares; then one file per thing
//!   users do: questions and their quote cards, [`commands`] (and the command menus), buttons,
//!   inline mode, [`admin`] (`/why`, `/stats`, `/reload`).
//! - [`browse`]: `/interviews` and `/use`: a chat asking about one interview of an archive.
//! - [`polling`] and [`webhook`]: how updates arrive.
//! - [`intake`]: updates -> durable inbox -> per-chat queues -> answers; [`queues`]: who
//!   answers next.
//! - [`pacing`]: Telegram's limits per chat, per group and overall.
//! - [`delivery`]: retries that never send a message twice; `posting`: new messages, their
//!   answers skipped.
//! - [`store`]: the SQLite state store (inbox, button memory, chat settings, counters).
//! - [`bounded`]: a map that forgets its oldest entries, for memory that must stay bounded.
//! - [`arenas`]: fewer malloc arenas, and the memory an engine build freed handed back, for a
//!   smaller peak memory after bursts.
//! - [`callback`]: what inline buttons carry.
//! - [`state`]: what each answer is made with.
//! - start-up: the state store opened, Telegram reached, the webhook set;
//!   [`EngineSource`]: the engine built meanwhile, answers waiting for it while polling runs.
//! - [`telemetry`]: metric names and health, a leaf every module may use.
//! - [`ops`]: `/healthz` and `/metrics` for operators.
//! - [`reload`]: swapping in a new corpus and texts while serving; `menus`: the command menus,
//!   registered at start and again when a reload changes them.

pub mod admin;
mod archive;
pub mod arenas;
mod blocking;
pub mod bounded;
pub mod browse;
mod buttons;
pub mod callback;
mod cards;
pub mod commands;
pub mod delivery;
mod engine_source;
pub mod handlers;
mod inline;
pub mod intake;
mod menus;
pub mod ops;
pub mod pacing;
pub mod polling;
mod posting;
mod questions;
mod queues;
pub mod reload;
mod reply;
mod startup;
pub mod state;
pub mod store;
pub mod telemetry;
pub mod webhook;

use std::sync::{Arc, Mutex};

use teloxide::prelude::*;
use teloxide::types::Me;
use tokio_util::sync::CancellationToken;

use crate::config::BotConfig;
use crate::texts::Texts;
use delivery::TgBot;
pub use engine_source::EngineSource;
use reload::Live;
use state::{AppState, FloodGuard};
use store::StoreError;

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
    /// The corpus cannot be served.
    #[error(transparent)]
    Corpus(#[from] crate::load::LoadError),
    /// The thread building the engine stopped without a result.
    #[error("loading the corpus stopped unexpectedly (see the log above); run `interview-bot index` to see why")]
    CorpusLoadStopped,
    /// The task receiving updates stopped unexpectedly.
    #[error("receiving updates stopped unexpectedly (see the log above); start the bot again")]
    ReceivingStopped,
}

/// Runs the bot until `shutdown` is cancelled: start-up checks, command menus, then long
/// polling (or the webhook). Returns once answers in flight finished and handled updates are
/// confirmed.
///
/// # Errors
/// [`BotError`] when the bot cannot start (no token, token refused, a listener not bound).
pub async fn run(
    config: &BotConfig,
    engine: impl Into<EngineSource>,
    texts: Texts,
    sources: Option<reload::Sources>,
    shutdown: CancellationToken,
) -> Result<(), BotError> {
    let token = config.token.as_ref().ok_or(BotError::MissingToken)?;
    let plain = Bot::new(token.expose()).set_api_url(config.api_url.clone());
    let feedback = startup::open_feedback(config)?;
    // The engine is built, and the store opened (at first created), while Telegram answers:
    // none waits for another.
    let mut loading = engine_source::Loading::start(engine.into());
    // Watching starts before polling (no change made after start-up is missed), set up while
    // Telegram answers rather than after.
    let watching = sources
        .clone()
        .map(|sources| tokio::task::spawn_blocking(move || reload::watch_files(&sources)));
    let Some((store, me)) = loading
        .meanwhile(connect(config, &plain, &shutdown))
        .await?
    else {
        return Ok(());
    };
    let watch = match watching {
        Some(watching) => settled_watch(watching.await),
        None => None,
    };
    // Polling starts at once; what it takes waits in its queue (and the inbox) for the engine.
    let (handler, answering) = engine_source::deferred_handler();
    let intake = intake::Intake::new(Arc::clone(&store), handler);
    let health = Arc::new(telemetry::Health::new(config.poll_timeout));
    let receiving = spawn_receiving(config, &plain, &health, intake, &shutdown);
    let engine = match loading.finish().await {
        Ok(engine) => engine,
        Err(error) => {
            // Updates taken so far stay in the inbox, answered at the next start.
            receiving.abort();
            return Err(error);
        }
    };
    let state = app_state(config, engine, texts, &me, store, feedback);
    let bot = TgBot {
        client: plain.clone(),
        pacer: config.throttle.then(|| Arc::new(pacing::Pacer::new())),
    };
    let live = start_reloading(state, sources, watch, &shutdown);
    let menus = menus::keep_menus(bot.clone(), Arc::clone(&live), shutdown.clone());
    tokio::spawn(menus);
    if let Err(error) = serve_ops(config, &live, &health, &shutdown).await {
        receiving.abort();
        return Err(error);
    }
    answering.send_replace(Some(dispatcher(bot, live, me)));
    match receiving.await {
        Ok(result) => result,
        Err(_) => Err(BotError::ReceivingStopped),
    }
}

/// [`receive`] in a task of its own, started before the engine is ready.
fn spawn_receiving(
    config: &BotConfig,
    plain: &Bot,
    health: &Arc<telemetry::Health>,
    intake: Arc<intake::Intake>,
    shutdown: &CancellationToken,
) -> tokio::task::JoinHandle<Result<(), BotError>> {
    let (config, plain, health, shutdown) = (
        config.clone(),
        plain.clone(),
        Arc::clone(health),
        shutdown.clone(),
    );
    tokio::spawn(async move { receive(&config, plain, health, intake, shutdown).await })
}

/// The state store opened and Telegram reached (the bot's identity, the webhook set or
/// removed); `None` if shut down meanwhile.
async fn connect(
    config: &BotConfig,
    plain: &Bot,
    shutdown: &CancellationToken,
) -> Result<Option<(Arc<store::Store>, Me)>, BotError> {
    let (store, me) = tokio::join!(
        startup::open_store(&config.state_db),
        startup::start_up(plain, config.webhook.as_ref(), shutdown)
    );
    let store = Arc::new(store?);
    let Some(me) = me? else {
        return Ok(None);
    };
    let claimed = store.claim_for_bot(me.id.0 as i64);
    // A store this start created holds nothing another bot left: its claim is committed with
    // the first batch of updates, and polling does not wait for it.
    if !store.created() {
        if let Err(error) = claimed.await {
            tracing::error!(%error, "cannot write to the state store");
        }
    }
    let username = me.username.clone().unwrap_or_default();
    tracing::info!(bot = %username, "connected to Telegram");
    Ok(Some((store, me)))
}

/// What each answer is made with.
fn app_state(
    config: &BotConfig,
    engine: Arc<crate::search::Engine>,
    texts: Texts,
    me: &Me,
    store: Arc<store::Store>,
    feedback: Option<Arc<crate::feedback::FeedbackLog>>,
) -> AppState {
    AppState {
        engine,
        texts,
        username: me.username.clone().unwrap_or_default(),
        bot_id: me.id.0,
        store,
        flood: Arc::new(Mutex::new(FloodGuard::new(config.questions_per_minute))),
        admins: config.admin_ids.iter().copied().collect(),
        allowed_chats: (config.allowed_chats.as_ref()).map(|chats| chats.iter().copied().collect()),
        feedback,
    }
}

/// The live state, reloaded on SIGHUP and on the file changes `watch` sees, when there are
/// files to reload from.
fn start_reloading(
    state: AppState,
    sources: Option<reload::Sources>,
    watch: Option<reload::FileWatch>,
    shutdown: &CancellationToken,
) -> Arc<Live> {
    let can_reload = sources.is_some();
    let live = Arc::new(Live::new(state, sources));
    if can_reload {
        #[cfg(unix)]
        tokio::spawn(reload::reload_on_sighup(Arc::clone(&live)));
        if let Some(watch) = watch {
            tokio::spawn(watch.reload_on_change(Arc::clone(&live), shutdown.clone()));
        }
    }
    live
}

/// `/healthz` and `/metrics`, when `METRICS_LISTEN` is set.
async fn serve_ops(
    config: &BotConfig,
    live: &Arc<Live>,
    health: &Arc<telemetry::Health>,
    shutdown: &CancellationToken,
) -> Result<(), BotError> {
    let Some(address) = config.metrics_listen else {
        return Ok(());
    };
    ops::recorder();
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|e| BotError::MetricsListen(format!("{address}: {e}")))?;
    let serving = ops::serve(
        listener,
        Arc::clone(live),
        Arc::clone(health),
        shutdown.clone(),
    );
    tokio::spawn(serving);
    Ok(())
}

/// How an update is answered: through the schema, with the snapshot current when it starts.
fn dispatcher(bot: TgBot, live: Arc<Live>, me: Me) -> intake::Handler {
    let schema = Arc::new(handlers::schema());
    Arc::new(move |update: Update| {
        let (schema, bot, live, me) = (
            Arc::clone(&schema),
            bot.clone(),
            Arc::clone(&live),
            me.clone(),
        );
        Box::pin(async move {
            let kind = startup::update_kind(&update);
            let started = std::time::Instant::now();
            metrics::counter!(telemetry::names::UPDATES, "kind" => kind).increment(1);
            // Each update is answered with one snapshot, even if a reload happens meanwhile.
            let state = live.current();
            let outcome = schema
                .dispatch(dptree::deps![update, bot, state, live, me])
                .await;
            metrics::histogram!(telemetry::names::REPLY_LATENCY)
                .record(started.elapsed().as_secs_f64());
            if let std::ops::ControlFlow::Break(Err(error)) = outcome {
                tracing::warn!(error = %format!("{error:#}"), update = kind, "could not answer an update");
            }
        })
    })
}

/// Receives updates (webhook or long polling) until `shutdown`, then lets answers finish.
async fn receive(
    config: &BotConfig,
    plain: Bot,
    health: Arc<telemetry::Health>,
    intake: Arc<intake::Intake>,
    shutdown: CancellationToken,
) -> Result<(), BotError> {
    let Some(webhook) = &config.webhook else {
        let token = config.token.as_ref().ok_or(BotError::MissingToken)?;
        let client = plain.client().clone();
        let poller =
            polling::Poller::new(client, &config.api_url, token.expose(), config.poll_timeout);
        let backoff = config.poll_backoff_max;
        let grace = config.shutdown_grace;
        polling::run(poller, backoff, grace, shutdown, health, intake).await;
        return Ok(());
    };
    let listener = tokio::net::TcpListener::bind(webhook.listen)
        .await
        .map_err(|e| BotError::WebhookListen(format!("{}: {e}", webhook.listen)))?;
    let watching = startup::watch_webhook(plain, health, config.poll_timeout, shutdown.clone());
    tokio::spawn(watching);
    let secret = webhook.secret.expose().to_string();
    let grace = config.shutdown_grace;
    webhook::run(listener, webhook.path(), secret, grace, shutdown, intake).await;
    Ok(())
}

/// The file watcher once its set-up task ended; a panic in that task leaves the bot serving
/// without reloads, so it is logged instead of lost.
fn settled_watch<T>(joined: Result<Option<T>, tokio::task::JoinError>) -> Option<T> {
    joined.unwrap_or_else(|error| {
        tracing::error!(%error, "the interview file watcher failed; edits need a restart");
        None
    })
}

#[cfg(test)]
mod watch_tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    /// Log lines written by the code under test.
    #[derive(Clone, Default)]
    struct Logged(Arc<Mutex<Vec<u8>>>);

    impl Write for Logged {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().expect("log buffer").extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_panic_setting_up_the_watcher_is_logged() {
        let runtime = tokio::runtime::Runtime::new().expect("a runtime");
        let joined: Result<Option<u8>, _> =
            runtime.block_on(async { tokio::task::spawn_blocking(|| panic!("no inotify")).await });
        let logged = Logged::default();
        let writer = logged.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .finish();
        let watch = tracing::subscriber::with_default(subscriber, || super::settled_watch(joined));
        assert_eq!(watch, None);
        let text = String::from_utf8(logged.0.lock().expect("log buffer").clone()).unwrap();
        assert!(text.contains("watcher failed"), "{text}");
    }
}
