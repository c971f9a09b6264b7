//! The engine a bot starts with: ready, or still being built on a thread of its own while the
//! bot opens its state store, asks Telegram who it is and starts polling, so that updates are
//! taken (written to the inbox, confirmed) from the first moment, and answered once the engine
//! is ready. A large archive takes seconds to load; the bot is never deaf meanwhile.

use std::future::Future;
use std::sync::Arc;

use tokio::sync::{oneshot, watch};
use tokio::task::{JoinError, JoinHandle};

use super::intake::Handler;
use super::BotError;
use crate::config::EngineConfig;
use crate::load::{load_engine, EngineReport, LoadError};
use crate::search::Engine;

/// An engine built, or being built.
pub enum EngineSource {
    /// Built before the bot started.
    Ready(Arc<Engine>),
    /// Being built on its own thread.
    Loading(oneshot::Receiver<Result<Arc<Engine>, LoadError>>),
}

impl From<Arc<Engine>> for EngineSource {
    fn from(engine: Arc<Engine>) -> EngineSource {
        EngineSource::Ready(engine)
    }
}

impl EngineSource {
    /// Starts building the engine `config` describes, on a thread of its own; `loaded` is
    /// called there with the engine and its report (to log what was skipped) before the bot
    /// gets it.
    ///
    /// # Errors
    /// The thread cannot be started.
    pub fn load(
        config: EngineConfig,
        loaded: impl FnOnce(&Engine, &EngineReport) + Send + 'static,
    ) -> std::io::Result<EngineSource> {
        let (sender, receiver) = oneshot::channel();
        std::thread::Builder::new()
            .name("corpus-load".to_string())
            .spawn(move || {
                let result = load_engine(&config).map(|(engine, report)| {
                    loaded(&engine, &report);
                    Arc::new(engine)
                });
                super::arenas::release_free_memory();
                let _ = sender.send(result);
            })?;
        Ok(EngineSource::Loading(receiver))
    }

    /// The engine, once built.
    pub(super) async fn ready(self) -> Result<Arc<Engine>, BotError> {
        match self {
            EngineSource::Ready(engine) => Ok(engine),
            EngineSource::Loading(receiver) => match receiver.await {
                Ok(result) => Ok(result?),
                Err(_) => Err(BotError::CorpusLoadStopped),
            },
        }
    }
}

/// An engine being made ready beside the rest of start-up.
pub(super) struct Loading {
    task: Option<JoinHandle<Result<Arc<Engine>, BotError>>>,
    ready: Option<Arc<Engine>>,
}

impl Loading {
    /// Starts waiting for `source` in a task of its own.
    pub(super) fn start(source: EngineSource) -> Loading {
        Loading {
            task: Some(tokio::spawn(source.ready())),
            ready: None,
        }
    }

    /// Runs `work` while the engine loads. A corpus that cannot load stops `work` at once with
    /// its error: an operator hears about a broken corpus even while Telegram is unreachable.
    pub(super) async fn meanwhile<T>(
        &mut self,
        work: impl Future<Output = Result<T, BotError>>,
    ) -> Result<T, BotError> {
        tokio::pin!(work);
        loop {
            let Some(task) = self.task.as_mut() else {
                return work.await;
            };
            tokio::select! {
                joined = task => {
                    self.task = None;
                    self.ready = Some(loaded(joined)?);
                }
                result = &mut work => return result,
            }
        }
    }

    /// The engine, once built.
    pub(super) async fn finish(self) -> Result<Arc<Engine>, BotError> {
        match (self.ready, self.task) {
            (Some(engine), _) => Ok(engine),
            (None, Some(task)) => loaded(task.await),
            (None, None) => Err(BotError::CorpusLoadStopped),
        }
    }
}

fn loaded(
    joined: Result<Result<Arc<Engine>, BotError>, JoinError>,
) -> Result<Arc<Engine>, BotError> {
    joined.unwrap_or(Err(BotError::CorpusLoadStopped))
}

/// A handler that answers with the one sent later on the returned sender: updates taken
/// before it is set wait for it in their queues (and in the inbox).
pub(super) fn deferred_handler() -> (Handler, watch::Sender<Option<Handler>>) {
    let (set, current) = watch::channel::<Option<Handler>>(None);
    let handler: Handler = Arc::new(move |update| {
        let mut current = current.clone();
        Box::pin(async move {
            let handler = match current.wait_for(Option::is_some).await {
                Ok(handler) => handler.clone(),
                Err(_) => None,
            };
            match handler {
                Some(handler) => handler(update).await,
                // Never set: the bot is stopping, and the update stays in the inbox.
                None => std::future::pending().await,
            }
        })
    });
    (handler, set)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(corpus_dir: &std::path::Path) -> EngineConfig {
        let mut config = crate::config::Config::from_lookup(|_| None)
            .expect("defaults are valid")
            .engine;
        config.corpus_dir = corpus_dir.to_path_buf();
        config
    }

    #[tokio::test]
    async fn a_corpus_built_on_its_thread_reaches_the_bot_after_the_callback() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let (seen, saw) = std::sync::mpsc::channel();
        let source = EngineSource::load(config(&corpus), move |engine, _| {
            let _ = seen.send(engine.corpus().interviews.len());
        })
        .expect("the thread starts");
        let engine = source.ready().await.expect("the shipped corpus loads");
        assert_eq!(saw.recv().ok(), Some(engine.corpus().interviews.len()));
        assert!(!engine.corpus().interviews.is_empty());
    }

    #[tokio::test]
    async fn a_corpus_that_cannot_load_is_the_bots_error() {
        let missing = tempfile::tempdir()
            .expect("a folder")
            .path()
            .join("missing");
        let source = EngineSource::load(config(&missing), |_, _| {}).expect("the thread starts");
        match source.ready().await {
            Err(BotError::Corpus(_)) => {}
            Err(other) => panic!("not the corpus' error: {other}"),
            Ok(_) => panic!("no corpus, no bot"),
        }
    }
    #[tokio::test]
    async fn a_corpus_that_cannot_load_stops_start_up_work_that_would_never_end() {
        let missing = tempfile::tempdir()
            .expect("a folder")
            .path()
            .join("missing");
        let source = EngineSource::load(config(&missing), |_, _| {}).expect("the thread starts");
        let mut loading = Loading::start(source);
        let never = std::future::pending::<Result<(), BotError>>();
        let stopped =
            tokio::time::timeout(std::time::Duration::from_secs(10), loading.meanwhile(never))
                .await
                .expect("the corpus' failure ends the wait");
        assert!(matches!(stopped, Err(BotError::Corpus(_))));
    }

    #[tokio::test]
    async fn an_engine_built_during_start_up_work_is_kept_for_later() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let (built, was_built) = oneshot::channel();
        let source = EngineSource::load(config(&corpus), move |_, _| {
            let _ = built.send(());
        })
        .expect("the thread starts");
        let mut loading = Loading::start(source);
        // The work outlasts the build: the engine is taken while it runs, and kept.
        let work = async {
            let _ = was_built.await;
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            Ok(7)
        };
        assert_eq!(loading.meanwhile(work).await.ok(), Some(7));
        assert!(loading.ready.is_some(), "taken during the work");
        let engine = loading.finish().await.expect("the engine");
        assert!(!engine.corpus().interviews.is_empty());
    }

    #[tokio::test]
    async fn updates_handed_to_the_deferred_handler_are_answered_once_it_is_set() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let (handler, set) = deferred_handler();
        let answered = Arc::new(AtomicUsize::new(0));
        let update: teloxide::types::Update = serde_json::from_str(
            r#"{"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private", "first_name": "A"}, "from": {"id": 5, "is_bot": false, "first_name": "A"}, "text": "hi"}}"#,
        )
        .expect("an update");
        let waiting = tokio::spawn(handler(update.clone()));
        tokio::task::yield_now().await;
        assert_eq!(
            answered.load(Ordering::SeqCst),
            0,
            "nothing to answer with yet"
        );
        let counter = Arc::clone(&answered);
        let real: Handler = Arc::new(move |_| {
            let counter = Arc::clone(&counter);
            Box::pin(async move {
                counter.fetch_add(1, Ordering::SeqCst);
            })
        });
        set.send_replace(Some(real));
        waiting.await.expect("the waiting answer finishes");
        handler(update).await;
        assert_eq!(answered.load(Ordering::SeqCst), 2);
    }
}
