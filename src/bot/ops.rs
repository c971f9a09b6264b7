//! The operators' window: `/healthz` and `/metrics` (Prometheus text format) on
//! `METRICS_LISTEN`, off by default. Metrics are recorded with the `metrics` crate everywhere in
//! the bot and exported by `metrics-exporter-prometheus`; without a listener the recording calls
//! cost nothing.

use std::sync::atomic::Ordering;
use std::sync::{Arc, OnceLock};

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use tokio_util::sync::CancellationToken;

use super::reload::Live;
use super::telemetry::{names, Health};

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
