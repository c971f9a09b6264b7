//! Searching is CPU work of a few hundred microseconds (more on a large archive or a debug
//! build). Run on an async worker thread, it holds up every other chat's task queued on that
//! worker — their sends bunch together behind it. On the bot's multi-thread runtime the work
//! runs in place while the worker's other tasks move to another thread, so one user's
//! question never delays another user's replies.

use tokio::runtime::{Handle, RuntimeFlavor};

/// Runs `work` (CPU-bound, synchronous) without holding up the other tasks of this async
/// worker. On a current-thread runtime (unit tests) or outside any runtime it simply runs.
pub(super) fn off_the_async_workers<T>(work: impl FnOnce() -> T) -> T {
    let on_multi_thread = Handle::try_current()
        .is_ok_and(|handle| handle.runtime_flavor() == RuntimeFlavor::MultiThread);
    match on_multi_thread {
        true => tokio::task::block_in_place(work),
        false => work(),
    }
}

#[cfg(test)]
mod tests {
    use super::off_the_async_workers;
    use std::sync::mpsc;
    use std::time::Duration;

    /// Long enough for a spawned task to be polled on a free worker; bounded, so a broken
    /// hand-off fails the test instead of hanging it.
    const WAIT_FOR_OTHER_TASK: Duration = Duration::from_secs(10);

    #[test]
    fn other_tasks_of_the_worker_run_while_the_work_blocks() {
        // One worker only: if the work held it, the other task could never run.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let heard = runtime.block_on(async {
            let (tx, rx) = mpsc::channel::<()>();
            let waiting = tokio::spawn(async move {
                off_the_async_workers(|| rx.recv_timeout(WAIT_FOR_OTHER_TASK).is_ok())
            });
            // Give the waiting task time to start blocking before the sender is spawned.
            tokio::task::yield_now().await;
            tokio::spawn(async move { tx.send(()) });
            waiting.await.expect("the waiting task ends")
        });
        assert!(heard, "the other task never ran while the work blocked");
    }

    #[test]
    fn runs_in_place_on_a_current_thread_runtime_and_outside_any_runtime() {
        assert_eq!(off_the_async_workers(|| 7), 7);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        assert_eq!(runtime.block_on(async { off_the_async_workers(|| 8) }), 8);
    }
}
