//! The operators' window: `/healthz` and `/metrics` (Prometheus text format) on
//! `METRICS_LISTEN`, off by default. Metrics are recorded with the `metrics` crate everywhere in
//! the bot and exported by `metrics-exporter-prometheus`; without a listener the recording calls
//! cost nothing.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use tokio_util::sync::CancellationToken;

use super::reload::Live;
use super::state::unix_millis;

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

/// Latency buckets: answers take a millisecond or two; Telegram round trips dominate above.
const LATENCY_BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// The process-wide Prometheus recorder, installed on first use (a process has one recorder).
pub fn recorder() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full(names::REPLY_LATENCY.to_string()),
                    LATENCY_BUCKETS,
                )
                .expect("non-empty buckets")
                .install_recorder()
                .expect("no other metrics recorder is installed")
        })
        .clone()
}

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
            patience: poll_timeout * 2 + Duration::from_secs(5),
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

#[derive(Clone)]
struct OpsState {
    live: Arc<Live>,
    health: Arc<Health>,
    metrics: PrometheusHandle,
}

/// Serves `/healthz` and `/metrics` on `listener` until `shutdown`.
pub async fn serve(
    listener: tokio::net::TcpListener,
    live: Arc<Live>,
    health: Arc<Health>,
    shutdown: CancellationToken,
) {
    if let Ok(address) = listener.local_addr() {
        tracing::info!(%address, "serving /healthz and /metrics");
    }
    let state = OpsState {
        live,
        health,
        metrics: recorder(),
    };
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .with_state(state);
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(async move { shutdown.cancelled().await })
        .await;
    if let Err(error) = served {
        tracing::error!(%error, "the /healthz and /metrics listener stopped");
    }
}

async fn healthz(State(state): State<OpsState>) -> impl IntoResponse {
    let current = state.live.current();
    let corpus = current.engine.corpus();
    let reachable = state.health.telegram_reachable();
    let body = serde_json::json!({
        "status": if reachable { "ok" } else { "degraded" },
        "index_loaded": !corpus.passages.is_empty(),
        "telegram_reachable": reachable,
        "interviews": corpus.interviews.len(),
        "passages": corpus.passages.len(),
        "reloads": state.live.reloads.load(Ordering::Relaxed),
    });
    let status = if reachable {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(body))
}

async fn metrics(State(state): State<OpsState>) -> impl IntoResponse {
    let current = state.live.current();
    metrics::gauge!(names::INTERVIEWS).set(current.engine.corpus().interviews.len() as f64);
    metrics::gauge!(names::PASSAGES).set(current.engine.corpus().passages.len() as f64);
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
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
