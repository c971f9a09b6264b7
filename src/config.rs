//! Settings, read once from the environment (and `.env`, loaded by `main`) and validated into a
//! [`Config`] that is passed explicitly to whatever needs it. Every variable is documented in
//! `.env.example`.

use std::path::PathBuf;
use std::time::Duration;

use reqwest::Url;

mod env;

use env::{id_list, Number, Vars};

use crate::search::{IndexLocation, SearchSettings};

/// Where the state store lives unless `STATE_DB` says otherwise (relative to the working
/// directory; systemd's `StateDirectory=` or a Docker volume are the usual homes).
pub const DEFAULT_STATE_DB: &str = "data/state.sqlite3";

/// A setting that is present but unusable. Names the variable and says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable}: {reason}")]
pub struct ConfigError {
    /// The environment variable at fault.
    pub variable: &'static str,
    /// What is wrong with it and how to fix it.
    pub reason: String,
}

/// Everything the engine needs to load and search a corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct EngineConfig {
    /// Directory of interview files (`CORPUS_DIR`, default `corpus`).
    pub corpus_dir: PathBuf,
    /// Directory of operator files: synonyms and interface texts (`CONFIG_DIR`, default `config`).
    pub config_dir: PathBuf,
    /// Where the index lives (`INDEX_DIR`; in memory when unset).
    pub index: IndexLocation,
    /// Retrieval knobs (`MIN_COVERAGE`).
    pub search: SearchSettings,
}

impl EngineConfig {
    /// The operator's synonyms file.
    pub fn synonyms_path(&self) -> PathBuf {
        self.config_dir.join("synonyms.txt")
    }
}

/// The bot token. Never printed: `Debug` shows a placeholder, and it is only handed to the
/// HTTP client.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretToken(String);

impl SecretToken {
    /// Wraps a token.
    pub fn new(token: impl Into<String>) -> SecretToken {
        SecretToken(token.into())
    }

    /// The token itself, for the Telegram client only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for SecretToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretToken(***)")
    }
}

/// Everything the Telegram bot needs besides the engine.
#[derive(Debug, Clone, PartialEq)]
pub struct BotConfig {
    /// `TELOXIDE_TOKEN`; required by `serve` only.
    pub token: Option<SecretToken>,
    /// `TELOXIDE_API_URL`: the Bot API server (Telegram's unless set: a local one, or a test
    /// fake).
    pub api_url: Url,
    /// `QUESTIONS_PER_MINUTE`: questions one user may ask per minute before being asked to wait.
    pub questions_per_minute: u32,
    /// `POLL_TIMEOUT_SECS`: how long one long poll waits for updates.
    pub poll_timeout: Duration,
    /// `POLL_BACKOFF_MAX_MS`: longest pause between polls while Telegram fails.
    pub poll_backoff_max: Duration,
    /// `THROTTLE`: pace requests to Telegram's limits (turn off only for benchmarks on a fake API).
    pub throttle: bool,
    /// `SHUTDOWN_GRACE_SECS`: how long in-flight answers may take to finish on shutdown.
    pub shutdown_grace: Duration,
    /// `ADMIN_IDS`: Telegram user ids allowed to use /why and /stats.
    pub admin_ids: Vec<u64>,
    /// `ALLOWED_CHATS`: if set, the only chats (and inline users) served.
    pub allowed_chats: Option<Vec<i64>>,
    /// `FEEDBACK_LOG`: JSON-lines file receiving unanswered questions and ratings.
    pub feedback_log: Option<PathBuf>,
    /// `STATE_DB`: the SQLite state store (inbox, button memory, chat settings, counters).
    pub state_db: PathBuf,
    /// `METRICS_LISTEN`: address:port serving /healthz and /metrics (off when unset).
    pub metrics_listen: Option<std::net::SocketAddr>,
    /// `BOT_MODE=webhook` with its settings; `None` for long polling.
    pub webhook: Option<WebhookConfig>,
}

/// Webhook mode: Telegram posts updates to `url`, forwarded to `listen`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookConfig {
    /// `WEBHOOK_URL`: the public HTTPS address given to Telegram.
    pub url: Url,
    /// `WEBHOOK_LISTEN`: where this process receives them (behind a reverse proxy).
    pub listen: std::net::SocketAddr,
    /// `WEBHOOK_SECRET`: the token Telegram sends back in every request.
    pub secret: SecretToken,
}

impl WebhookConfig {
    /// The path part of the URL, which requests arrive at.
    pub fn path(&self) -> String {
        self.url.path().to_string()
    }
}

/// Validated configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Engine settings.
    pub engine: EngineConfig,
    /// Bot settings.
    pub bot: BotConfig,
}

impl Config {
    /// Reads the process environment.
    ///
    /// # Errors
    /// A [`ConfigError`] for the first variable that is set but invalid.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup` (the environment in production, a map in tests). Empty
    /// values count as unset, as in most `.env` tooling.
    ///
    /// # Errors
    /// A [`ConfigError`] for the first variable that is set but invalid.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let vars = Vars(&lookup);
        Ok(Config {
            bot: bot_config(&vars)?,
            engine: engine_config(&vars)?,
        })
    }
}

/// 20 a minute lets a person read between questions and stops a script flooding the bot.
const QUESTIONS_PER_MINUTE: Number = Number::new(
    "QUESTIONS_PER_MINUTE",
    20,
    1..=10_000,
    "questions per user per minute",
);

/// Telegram holds a long poll up to 50 s; 10 s notices a lost connection soon enough.
const POLL_TIMEOUT_SECS: Number =
    Number::new("POLL_TIMEOUT_SECS", 10, 1..=50, "seconds a long poll waits");

/// 5 s between failed polls: an outage's end is noticed quickly without hammering Telegram.
const POLL_BACKOFF_MAX_MS: Number = Number::new(
    "POLL_BACKOFF_MAX_MS",
    5_000,
    10..=600_000,
    "longest pause between failed polls, in ms",
);

/// 4 s lets an answer being written finish, within systemd's and Docker's stop timeouts.
const SHUTDOWN_GRACE_SECS: Number = Number::new(
    "SHUTDOWN_GRACE_SECS",
    4,
    0..=60,
    "seconds answers in flight may take at shutdown",
);

/// Telegram's own Bot API server.
const DEFAULT_API_URL: &str = "https://api.telegram.org";

/// Telegram's rule for a webhook secret's length.
const WEBHOOK_SECRET_LEN: std::ops::RangeInclusive<usize> = 1..=256;

fn engine_config(vars: &Vars<'_>) -> Result<EngineConfig, ConfigError> {
    let default = SearchSettings::default().min_coverage;
    let min_coverage = match vars.get("MIN_COVERAGE") {
        None => default,
        Some(value) => value
            .parse::<f32>()
            .ok()
            .filter(|v| (0.0..=1.0).contains(v))
            .ok_or_else(|| ConfigError {
                variable: "MIN_COVERAGE",
                reason: format!(
                    "'{value}' is not a number between 0 and 1 (share of the question a passage must match; default {default})"
                ),
            })?,
    };
    Ok(EngineConfig {
        corpus_dir: vars.path("CORPUS_DIR", "corpus"),
        config_dir: vars.path("CONFIG_DIR", "config"),
        index: vars.get("INDEX_DIR").map_or(IndexLocation::Memory, |dir| {
            IndexLocation::Directory(PathBuf::from(dir))
        }),
        search: SearchSettings { min_coverage },
    })
}

fn bot_config(vars: &Vars<'_>) -> Result<BotConfig, ConfigError> {
    Ok(BotConfig {
        token: vars.get("TELOXIDE_TOKEN").map(SecretToken::new),
        api_url: vars.url("TELOXIDE_API_URL", DEFAULT_API_URL)?,
        questions_per_minute: vars.number(&QUESTIONS_PER_MINUTE)? as u32,
        poll_timeout: Duration::from_secs(vars.number(&POLL_TIMEOUT_SECS)?),
        poll_backoff_max: Duration::from_millis(vars.number(&POLL_BACKOFF_MAX_MS)?),
        throttle: vars.flag("THROTTLE", true)?,
        shutdown_grace: Duration::from_secs(vars.number(&SHUTDOWN_GRACE_SECS)?),
        admin_ids: id_list(vars.get("ADMIN_IDS"), "ADMIN_IDS")?.unwrap_or_default(),
        allowed_chats: id_list(vars.get("ALLOWED_CHATS"), "ALLOWED_CHATS")?,
        feedback_log: vars.get("FEEDBACK_LOG").map(PathBuf::from),
        state_db: vars.path("STATE_DB", DEFAULT_STATE_DB),
        webhook: webhook(vars)?,
        metrics_listen: vars.address("METRICS_LISTEN", "127.0.0.1:9090")?,
    })
}

/// Reads `BOT_MODE` and, for `webhook`, the three settings it needs.
fn webhook(vars: &Vars<'_>) -> Result<Option<WebhookConfig>, ConfigError> {
    let mode = vars
        .get("BOT_MODE")
        .unwrap_or_else(|| "polling".to_string())
        .to_ascii_lowercase();
    match mode.as_str() {
        "polling" => return Ok(None),
        "webhook" => {}
        other => {
            return Err(ConfigError {
                variable: "BOT_MODE",
                reason: format!("'{other}' is neither polling nor webhook"),
            })
        }
    }
    let missing = |variable: &'static str| ConfigError {
        variable,
        reason: "required when BOT_MODE=webhook (see .env.example)".to_string(),
    };
    let required = |variable: &'static str| vars.get(variable).ok_or_else(|| missing(variable));
    let url = required("WEBHOOK_URL")?;
    let url = Url::parse(&url)
        .ok()
        .filter(|url| url.scheme() == "https")
        .ok_or_else(|| ConfigError {
            variable: "WEBHOOK_URL",
            reason: format!("'{url}' must be an https:// URL: Telegram only calls HTTPS webhooks"),
        })?;
    let listen = vars
        .address("WEBHOOK_LISTEN", "127.0.0.1:8443")?
        .ok_or_else(|| missing("WEBHOOK_LISTEN"))?;
    let secret = required("WEBHOOK_SECRET")?;
    let valid = WEBHOOK_SECRET_LEN.contains(&secret.len())
        && secret
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !valid {
        return Err(ConfigError {
            variable: "WEBHOOK_SECRET",
            reason: "must be 1 to 256 characters among A-Z, a-z, 0-9, _ and - (Telegram's rule)"
                .to_string(),
        });
    }
    Ok(Some(WebhookConfig {
        url,
        listen,
        secret: SecretToken::new(secret),
    }))
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_serve_the_shipped_corpus_from_memory() {
        let config = config(&[]).unwrap();
        assert_eq!(config.engine.corpus_dir, PathBuf::from("corpus"));
        assert_eq!(
            config.engine.synonyms_path(),
            PathBuf::from("config/synonyms.txt")
        );
        assert_eq!(config.engine.index, IndexLocation::Memory);
        assert_eq!(config.engine.search, SearchSettings::default());
    }

    #[test]
    fn variables_override_defaults_and_empty_values_count_as_unset() {
        let config = config(&[
            ("CORPUS_DIR", "/srv/c"),
            ("INDEX_DIR", "/var/i"),
            ("MIN_COVERAGE", "0.7"),
            ("CONFIG_DIR", " "),
        ])
        .unwrap();
        assert_eq!(config.engine.corpus_dir, PathBuf::from("/srv/c"));
        assert_eq!(
            config.engine.index,
            IndexLocation::Directory("/var/i".into())
        );
        assert_eq!(config.engine.search.min_coverage, 0.7);
        assert_eq!(config.engine.config_dir, PathBuf::from("config"));
    }

    #[test]
    fn bot_settings_have_defaults_and_the_token_never_shows() {
        let settings = config(&[("TELOXIDE_TOKEN", "123:SECRET"), ("THROTTLE", "off")]).unwrap();
        assert_eq!(settings.bot.token.as_ref().unwrap().expose(), "123:SECRET");
        assert!(!format!("{settings:?}").contains("SECRET"));
        assert!(!settings.bot.throttle);
        assert_eq!(settings.bot.questions_per_minute, 20);
        assert_eq!(settings.bot.poll_timeout, Duration::from_secs(10));
        assert_eq!(settings.bot.state_db, PathBuf::from("data/state.sqlite3"));
        let elsewhere = config(&[("STATE_DB", "/var/lib/interview-bot/state.sqlite3")]).unwrap();
        assert_eq!(
            elsewhere.bot.state_db,
            PathBuf::from("/var/lib/interview-bot/state.sqlite3")
        );
        let lists = config(&[("ADMIN_IDS", "12, 34"), ("ALLOWED_CHATS", "-100123,5")]).unwrap();
        assert_eq!(lists.bot.admin_ids, [12, 34]);
        assert_eq!(lists.bot.allowed_chats, Some(vec![-100123, 5]));
        assert_eq!(config(&[]).unwrap().bot.allowed_chats, None);
        for (name, bad) in [
            ("ADMIN_IDS", "12,x"),
            ("ALLOWED_CHATS", "1.5"),
            ("METRICS_LISTEN", "localhost"),
            ("QUESTIONS_PER_MINUTE", "0"),
            ("POLL_TIMEOUT_SECS", "x"),
            ("THROTTLE", "maybe"),
            ("TELOXIDE_API_URL", "ftp://x"),
        ] {
            assert_eq!(config_error(name, bad), name);
        }
    }

    #[test]
    fn webhook_mode_needs_its_three_settings_and_keeps_the_secret_hidden() {
        let full = [
            ("BOT_MODE", "webhook"),
            ("WEBHOOK_URL", "https://bot.example.org/telegram/hook?x=1"),
            ("WEBHOOK_LISTEN", "127.0.0.1:8443"),
            ("WEBHOOK_SECRET", "s3cret_-X"),
        ];
        let settings = config(&full).unwrap();
        let webhook = settings.bot.webhook.clone().unwrap();
        assert_eq!(webhook.path(), "/telegram/hook");
        assert!(!format!("{settings:?}").contains("s3cret"));
        assert_eq!(config(&[]).unwrap().bot.webhook, None);
        for (index, variable) in ["WEBHOOK_URL", "WEBHOOK_LISTEN", "WEBHOOK_SECRET"]
            .iter()
            .enumerate()
        {
            let missing: Vec<_> = full
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != index + 1)
                .map(|(_, v)| *v)
                .collect();
            assert_eq!(config(&missing).unwrap_err().variable, *variable);
        }
        let mut bad = full;
        bad[3] = ("WEBHOOK_SECRET", "has space");
        assert_eq!(config(&bad).unwrap_err().variable, "WEBHOOK_SECRET");
        bad = full;
        bad[1] = ("WEBHOOK_URL", "http://plain");
        assert_eq!(config(&bad).unwrap_err().variable, "WEBHOOK_URL");
        assert_eq!(
            config(&[("BOT_MODE", "carrier-pigeon")])
                .unwrap_err()
                .variable,
            "BOT_MODE"
        );
    }

    fn config_error(name: &str, value: &str) -> &'static str {
        config(&[(name, value)]).unwrap_err().variable
    }

    #[test]
    fn invalid_values_name_the_variable() {
        for bad in ["abc", "1.5", "-0.1", "NaN"] {
            let error = config(&[("MIN_COVERAGE", bad)]).unwrap_err();
            assert_eq!(error.variable, "MIN_COVERAGE");
            assert!(error.to_string().contains(bad));
        }
    }
}
