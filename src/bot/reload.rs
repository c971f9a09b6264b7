//! Changing the corpus and config without downtime: a new engine and texts are built aside and
//! swapped in atomically; answers in flight finish on the snapshot they started with. Triggered
//! by changes to the corpus and config directories (a file watcher), SIGHUP, and the admin
//! `/reload` command.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use arc_swap::ArcSwap;
use tokio_util::sync::CancellationToken;

use super::state::AppState;
use crate::config::EngineConfig;
use crate::load::{reload_engine, EngineReport};
use crate::texts::{Texts, TextsError};

/// Where a reload reads from.
#[derive(Debug, Clone)]
pub struct Sources {
    /// Corpus, synonyms and index settings.
    pub engine: EngineConfig,
    /// Interface texts directory.
    pub texts_dir: PathBuf,
}

/// The state handlers are given, replaceable while the bot runs.
pub struct Live {
    current: ArcSwap<AppState>,
    sources: Option<Sources>,
    /// One reload at a time; a second request waits and then reloads again.
    reloading: tokio::sync::Mutex<()>,
    /// Successful reloads since start.
    pub reloads: AtomicU64,
    /// Bumped after each swap, for what follows the served version (the command menus).
    swapped: tokio::sync::watch::Sender<u64>,
}

/// What a reload did, for the log and the admin who asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReloadSummary {
    /// Interviews now served.
    pub interviews: usize,
    /// Passages now served.
    pub passages: usize,
    /// Files or lines that could not be used (the rest is served).
    pub problems: Vec<String>,
}

impl Live {
    /// Live state starting from `state`; `sources` is `None` when reloading is not possible
    /// (the corpus was handed over in memory).
    pub fn new(state: AppState, sources: Option<Sources>) -> Live {
        Live {
            current: ArcSwap::from_pointee(state),
            sources,
            reloading: tokio::sync::Mutex::new(()),
            reloads: AtomicU64::new(0),
            swapped: tokio::sync::watch::Sender::new(0),
        }
    }

    /// Changes each time a reload swaps in a new version.
    pub fn swaps(&self) -> tokio::sync::watch::Receiver<u64> {
        self.swapped.subscribe()
    }

    /// The snapshot to answer an update with.
    pub fn current(&self) -> Arc<AppState> {
        self.current.load_full()
    }

    /// Reloads corpus, synonyms and texts. On failure the current version keeps serving.
    ///
    /// # Errors
    /// A message for the operator when nothing could be loaded (the previous version stays).
    pub async fn reload(&self) -> Result<ReloadSummary, String> {
        let result = self.rebuild().await;
        let label = if result.is_ok() { "ok" } else { "failed" };
        metrics::counter!(super::telemetry::names::RELOADS, "result" => label).increment(1);
        result
    }

    async fn rebuild(&self) -> Result<ReloadSummary, String> {
        let Some(sources) = self.sources.clone() else {
            return Err(
                "this instance was started without a corpus directory to reload from".to_string(),
            );
        };
        let _one_at_a_time = self.reloading.lock().await;
        let current = self.current();
        let previous = Arc::clone(&current.engine);
        let built = tokio::task::spawn_blocking(move || {
            let texts = Texts::load(&sources.texts_dir);
            let engine = reload_engine(&sources.engine, Some(&previous));
            super::arenas::release_free_memory();
            (texts, engine)
        })
        .await
        .map_err(|e| format!("the reload task failed: {e}"))?;
        let (texts, engine) = match built {
            (Ok(texts), Ok(engine)) => (texts, engine),
            (Err(error), _) => return Err(format!("interface texts: {error}")),
            (_, Err(error)) => return Err(format!("{error:#}")),
        };
        let ((texts, text_warnings), (engine, report)) = (texts, engine);
        let summary = ReloadSummary {
            interviews: engine.corpus().interviews.len(),
            passages: engine.corpus().passages.len(),
            problems: problems(&report, &text_warnings),
        };
        let next = AppState {
            engine: Arc::new(engine),
            texts,
            ..AppState::clone(&current)
        };
        self.current.store(Arc::new(next));
        self.reloads.fetch_add(1, Ordering::Relaxed);
        self.swapped.send_modify(|swaps| *swaps += 1);
        tracing::info!(
            interviews = summary.interviews,
            passages = summary.passages,
            problems = summary.problems.len(),
            "reloaded the corpus and config"
        );
        for problem in &summary.problems {
            tracing::warn!("reload: {problem}");
        }
        Ok(summary)
    }
}

/// What the operator should hear about a reload that served anyway: files and lines that could
/// not be used, and files served in their previous version.
fn problems(report: &EngineReport, text_warnings: &[TextsError]) -> Vec<String> {
    let kept = (report.kept_previous.iter())
        .map(|path| format!("{}: previous version kept", path.display()));
    (report.corpus_errors.iter().map(|e| e.to_string()))
        .chain(report.synonym_errors.iter().map(|e| e.to_string()))
        .chain(text_warnings.iter().map(|e| e.to_string()))
        .chain(kept)
        .collect()
}

/// Reloads on every SIGHUP until the process ends.
#[cfg(unix)]
pub async fn reload_on_sighup(live: Arc<Live>) {
    let mut hangups = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) {
        Ok(signal) => signal,
        Err(error) => {
            tracing::warn!(%error, "cannot listen for SIGHUP; use /reload instead");
            return;
        }
    };
    while hangups.recv().await.is_some() {
        tracing::info!("SIGHUP: reloading");
        if let Err(error) = live.reload().await {
            tracing::error!(%error, "reload failed; the previous version keeps serving");
        }
    }
}

/// How long files must stay quiet before a reload: an editor saving, or a copy of many
/// interviews, is many events.
const SETTLE: std::time::Duration = std::time::Duration::from_millis(500);

/// Files being watched for changes, from before the bot polls: a change made while the engine
/// is still being built is reloaded once it is ready.
pub struct FileWatch {
    /// Lives as long as the watch.
    _watcher: notify::RecommendedWatcher,
    changes: tokio::sync::mpsc::UnboundedReceiver<()>,
}

/// Starts watching the corpus and config folders of `sources`; `None` (logged) where files
/// cannot be watched: SIGHUP and `/reload` still work.
pub fn watch_files(sources: &Sources) -> Option<FileWatch> {
    use notify::Watcher;

    // The index directory may sit inside a watched one: its own writes must not trigger reloads.
    let index_dir = match &sources.engine.index {
        crate::search::IndexLocation::Directory(dir) => Some(dir.clone()),
        crate::search::IndexLocation::Memory => None,
    };
    let (changed, changes) = tokio::sync::mpsc::unbounded_channel::<()>();
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        let relevant = !event.kind.is_access()
            && event.paths.iter().any(|path| {
                index_dir
                    .as_ref()
                    .is_none_or(|index| !path.starts_with(index))
            });
        if relevant {
            let _ = changed.send(());
        }
    });
    let mut watcher = match watcher {
        Ok(watcher) => watcher,
        Err(error) => {
            tracing::warn!(%error, "cannot watch files; reload with SIGHUP or /reload");
            return None;
        }
    };
    for dir in [&sources.engine.corpus_dir, &sources.engine.config_dir] {
        if let Err(error) = watcher.watch(dir, notify::RecursiveMode::Recursive) {
            tracing::warn!(%error, dir = %dir.display(), "cannot watch a directory for changes");
        }
    }
    Some(FileWatch {
        _watcher: watcher,
        changes,
    })
}

impl FileWatch {
    /// Reloads `live` after each burst of changes has settled, until `shutdown`.
    pub async fn reload_on_change(mut self, live: Arc<Live>, shutdown: CancellationToken) {
        loop {
            tokio::select! {
                () = shutdown.cancelled() => return,
                change = self.changes.recv() => if change.is_none() { return },
            }
            loop {
                tokio::select! {
                    () = shutdown.cancelled() => return,
                    () = tokio::time::sleep(SETTLE) => break,
                    change = self.changes.recv() => if change.is_none() { return },
                }
            }
            tracing::info!("files changed: reloading");
            if let Err(error) = live.reload().await {
                tracing::error!(%error, "reload failed; the previous version keeps serving");
            }
        }
    }
}
