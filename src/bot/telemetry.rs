//! Metric names and the bot's health: a leaf every part of the bot may use and that uses
//! nothing else of the bot, so recording a metric never ties two modules together.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Milliseconds since the Unix epoch (0 if the clock is before it).
pub fn unix_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Names of the metrics, in one place so dashboards and code agree.
pub mod names {
    /// Updates received, by `kind`.
    pub const UPDATES: &str = "interview_bot_updates_total";
    /// Questions searched, by `outcome` (`answered`, `abstained`).
    pub const QUESTIONS: &str = "interview_bot_questions_total";
    /// Time to handle an update, in seconds.
    pub const REPLY_LATENCY: &str = "interview_bot_reply_latency_seconds";
    /// Failed Telegram requests, by `method` and `error`.
    pub const API_ERRORS: &str = "interview_bot_telegram_api_errors_total";
    /// Interviews served.
    pub const INTERVIEWS: &str = "interview_bot_corpus_interviews";
    /// Passages served.
    pub const PASSAGES: &str = "interview_bot_corpus_passages";
    /// Failed writes to the state store (`STATE_DB`), by `what` (`inbox`, `questions`, …).
    pub const STATE_WRITE_ERRORS: &str = "interview_bot_state_write_errors_total";
    /// Updates taken and not answered yet (queued per chat or being answered).
    pub const BACKLOG: &str = "interview_bot_updates_backlog";
    /// Sends that waited for Telegram's limits, by `lane` (`chat`, `group`, `overall`).
    pub const PACED: &str = "interview_bot_paced_requests_total";
    /// Reloads, by `result` (`ok`, `failed`).
    pub const RELOADS: &str = "interview_bot_reloads_total";
}

/// Slack beyond two poll timeouts before Telegram counts as unreachable: a poll that just
/// returned empty and the next one starting late.
const HEALTH_SLACK: Duration = Duration::from_secs(5);

/// Whether Telegram answered recently, as seen by polling.
#[derive(Debug)]
pub struct Health {
    last_poll_ok: AtomicU64,
    /// A poll answers within its timeout; longer silence means Telegram is unreachable.
    patience: Duration,
}

impl Health {
    /// Health for a bot polling with `poll_timeout`.
    pub fn new(poll_timeout: Duration) -> Health {
        Health {
            last_poll_ok: AtomicU64::new(0),
            patience: poll_timeout * 2 + HEALTH_SLACK,
        }
    }

    /// Records a successful poll.
    pub fn poll_succeeded(&self) {
        self.last_poll_ok.store(unix_millis(), Ordering::Relaxed);
    }

    /// Whether a poll succeeded recently enough.
    pub fn telegram_reachable(&self) -> bool {
        let last = self.last_poll_ok.load(Ordering::Relaxed);
        last > 0 && unix_millis().saturating_sub(last) <= self.patience.as_millis() as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_counts_as_reachable_only_after_a_recent_successful_poll() {
        let health = Health::new(Duration::from_secs(1));
        assert!(!health.telegram_reachable());
        health.poll_succeeded();
        assert!(health.telegram_reachable());
        health
            .last_poll_ok
            .store(unix_millis() - 60_000, Ordering::Relaxed);
        assert!(!health.telegram_reachable());
    }
}
