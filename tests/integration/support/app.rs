//! `spawn_app()`: the real bot (engine, handlers, polling) running in-process against a fresh
//! fake Bot API, with helpers that read like what a user does and sees.
#![allow(dead_code)]

use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use interview_bot::bot::{self, BotError};
use interview_bot::config::{BotConfig, SecretToken};
use interview_bot::load::load_engine;
use interview_bot::search::{Engine, IndexLocation, SearchSettings};
use interview_bot::texts::Texts;
use serde_json::Value;
use tokio_util::sync::CancellationToken;

use super::fake_telegram::{Call, FakeConfig, FakeTelegram};

/// Upper bound for anything that should happen promptly.
pub const WAIT: Duration = Duration::from_secs(5);

/// How long to watch for a reply that must not come.
pub const SILENCE: Duration = Duration::from_millis(700);

/// The shipped corpus, indexed once per test binary.
pub fn engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    ENGINE
        .get_or_init(|| {
            let config = interview_bot::config::EngineConfig {
                corpus_dir: "corpus".into(),
                config_dir: "config".into(),
                index: IndexLocation::Memory,
                search: SearchSettings::default(),
            };
            Arc::new(load_engine(&config).expect("shipped corpus loads").0)
        })
        .clone()
}

/// The archive of test interviews (`tests/data/interviews`), indexed once per test binary.
pub fn archive_engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    ENGINE
        .get_or_init(|| {
            let config = interview_bot::config::EngineConfig {
                corpus_dir: "tests/data/interviews".into(),
                config_dir: "config".into(),
                index: IndexLocation::Memory,
                search: SearchSettings::default(),
            };
            Arc::new(load_engine(&config).expect("the test archive loads").0)
        })
        .clone()
}

pub fn texts() -> Texts {
    Texts::load(Path::new("config/texts"))
        .expect("shipped texts load")
        .0
}

/// Bot settings pointing at `fake`, tuned for quick tests, keeping state in `state_dir`.
pub fn bot_config(fake: &FakeTelegram, state_dir: &Path) -> BotConfig {
    BotConfig {
        token: Some(SecretToken::new(fake.token())),
        api_url: fake.api_url().parse().expect("the fake's URL"),
        questions_per_minute: 1_000,
        poll_timeout: Duration::from_secs(1),
        poll_backoff_max: Duration::from_millis(200),
        throttle: false,
        shutdown_grace: Duration::from_secs(3),
        admin_ids: Vec::new(),
        allowed_chats: None,
        feedback_log: None,
        state_db: state_dir.join("state.sqlite3"),
        metrics_listen: None,
        webhook: None,
    }
}

/// Shows the bot's logs when `TEST_LOG` holds a log filter (e.g. `TEST_LOG=interview_bot=debug`);
/// tests stay quiet otherwise. Safe to call any number of times.
pub fn init_test_log() {
    if let Ok(filter) = std::env::var("TEST_LOG") {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_test_writer()
            .try_init();
    }
}

pub struct TestApp {
    pub fake: FakeTelegram,
    /// Holds the state store; a restarted bot may be given the same folder.
    pub state_dir: tempfile::TempDir,
    pub shutdown: CancellationToken,
    pub bot: Option<tokio::task::JoinHandle<Result<(), BotError>>>,
}

/// Starts a fake Bot API and the bot against it; returns once the bot polls.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(
        FakeConfig {
            long_poll_cap: Duration::from_secs(1),
            ..FakeConfig::default()
        },
        |_| {},
    )
    .await
}

pub async fn spawn_app_with(
    fake_config: FakeConfig,
    adjust: impl FnOnce(&mut BotConfig),
) -> TestApp {
    spawn_app_on(engine(), fake_config, adjust).await
}

/// The bot serving the test archive instead of the shipped interview.
pub async fn spawn_archive_app() -> TestApp {
    let fake_config = FakeConfig {
        long_poll_cap: Duration::from_secs(1),
        ..FakeConfig::default()
    };
    spawn_app_on(archive_engine(), fake_config, |_| {}).await
}

/// The bot serving `engine`.
pub async fn spawn_app_on(
    engine: Arc<Engine>,
    fake_config: FakeConfig,
    adjust: impl FnOnce(&mut BotConfig),
) -> TestApp {
    init_test_log();
    let fake = FakeTelegram::start_with(fake_config).await;
    let state_dir = tempfile::tempdir().expect("a temporary folder");
    let mut config = bot_config(&fake, state_dir.path());
    adjust(&mut config);
    let shutdown = CancellationToken::new();
    let bot = tokio::spawn({
        let shutdown = shutdown.clone();
        async move { bot::run(&config, engine, texts(), None, shutdown).await }
    });
    let polling = fake
        .wait_until(WAIT, |f| !f.calls_to("getUpdates").is_empty())
        .await;
    assert!(polling, "the bot never polled");
    TestApp {
        fake,
        state_dir,
        shutdown,
        bot: Some(bot),
    }
}

impl TestApp {
    /// Pushes an update as Telegram would deliver it.
    pub fn deliver(&self, update: Value) -> i64 {
        self.fake.push_update(update)
    }

    /// The next `sendMessage` the bot makes, answered successfully.
    pub async fn next_sent(&self) -> Call {
        let call = self
            .fake
            .wait_for_call("sendMessage", WAIT)
            .await
            .expect("the bot sends a message");
        assert_eq!(
            call.status,
            Some(200),
            "Telegram would reject: {:?} {}",
            call.description(),
            call.body
        );
        call
    }

    /// Asserts the bot sends nothing for a while.
    pub async fn assert_silent(&self) {
        let call = self.fake.wait_for_call("sendMessage", SILENCE).await;
        assert!(call.is_none(), "unexpected message: {}", call.unwrap().body);
    }

    /// Stops the bot gracefully and waits for it.
    pub async fn stop(mut self) -> Self {
        self.shutdown.cancel();
        let bot = self.bot.take().expect("running");
        tokio::time::timeout(WAIT, bot)
            .await
            .expect("stops in time")
            .expect("no panic")
            .expect("no error");
        self
    }

    /// Every request Telegram would have rejected.
    pub fn assert_nothing_rejected(&self) {
        let rejected: Vec<String> = self
            .fake
            .rejected()
            .iter()
            .map(|c| format!("{} {:?} {}", c.method, c.description(), c.body))
            .collect();
        assert!(
            rejected.is_empty(),
            "rejected by Telegram's rules: {rejected:#?}"
        );
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

/// Text of a sent message's body.
pub fn text_of(call: &Call) -> &str {
    call.body["text"].as_str().unwrap_or_default()
}

/// Labels and callback data of an inline keyboard, row by row.
pub fn buttons(call: &Call) -> Vec<(String, String)> {
    call.body["reply_markup"]["inline_keyboard"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .flat_map(|row| row.as_array().cloned().unwrap_or_default())
                .map(|button| {
                    let action = ["callback_data", "switch_inline_query", "url"]
                        .iter()
                        .find_map(|k| button.get(*k).and_then(Value::as_str))
                        .unwrap_or_default();
                    (
                        button["text"].as_str().unwrap_or_default().to_string(),
                        action.to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The `Message` object the fake returned for a call.
pub fn message_of(call: &Call) -> Value {
    call.result()
        .cloned()
        .expect("a successful call returns its message")
}
