//! The durable inbox: every update is written here before Telegram is told it was received
//! (the next `getUpdates` offset, or the webhook's 200), and marked done once its answer is
//! sent. At start, entries not done are answered first. The highest update id taken is kept
//! too, so that updates Telegram delivers again after a crash are recognised.

use std::future::Future;

use rusqlite::OptionalExtension;

use super::writer::Command;
use super::Store;

/// An update taken but not answered yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unfinished {
    /// Telegram's update id.
    pub id: i64,
    /// The update as Telegram sent it (JSON).
    pub body: String,
}

impl Store {
    /// Queues `updates` (id, JSON) for the inbox, with the polling offset past them. The
    /// returned receiver says when they are durable (fsync'd), or why they could not be kept.
    pub fn take(
        &self,
        updates: Vec<(i64, std::sync::Arc<str>)>,
        next_offset: Option<i64>,
    ) -> tokio::sync::oneshot::Receiver<Result<(), String>> {
        let (durable, receiver) = tokio::sync::oneshot::channel();
        self.send(Command::Take {
            updates,
            next_offset,
            received_at: super::now_millis(),
            durable,
        });
        receiver
    }

    /// Ties the inbox to the bot `bot_id`, dropping what another bot left (update ids are
    /// numbered per bot, so another bot's would hide new updates). The write is queued at once,
    /// before any queued later; the returned future says when it is committed, or why it could
    /// not be (dropping it does not cancel the write).
    pub fn claim_for_bot(&self, bot_id: i64) -> impl Future<Output = Result<(), String>> {
        let (done, written) = tokio::sync::oneshot::channel();
        self.send(Command::ForBot { bot_id, done });
        async move {
            written
                .await
                .unwrap_or_else(|_| Err("the state store's writer stopped".to_string()))
        }
    }

    /// Marks an update answered, whether or not its [`Store::take`] was written yet.
    pub fn done(&self, id: i64) {
        self.send(Command::Done(id));
    }

    /// Updates taken and not answered, oldest first.
    ///
    /// # Errors
    /// The database error, if the inbox cannot be read.
    pub fn unfinished(&self) -> rusqlite::Result<Vec<Unfinished>> {
        self.read(|c| {
            let mut query = c.prepare(
                "SELECT update_id, body FROM inbox WHERE done_at IS NULL ORDER BY update_id",
            )?;
            let rows = query.query_map([], |row| {
                Ok(Unfinished {
                    id: row.get(0)?,
                    body: row.get(1)?,
                })
            })?;
            rows.collect()
        })
    }

    /// The `getUpdates` offset past every update ever taken, if any was.
    ///
    /// # Errors
    /// The database error, if it cannot be read.
    pub fn next_offset(&self) -> rusqlite::Result<Option<i64>> {
        self.read(|c| {
            c.query_row(
                "SELECT value FROM meta WHERE key = 'next_offset'",
                [],
                |r| r.get(0),
            )
            .optional()
        })
    }

    /// Whether an update was taken before (answered or not, while still kept).
    ///
    /// # Errors
    /// The database error, if it cannot be read.
    pub fn has_taken(&self, id: i64) -> rusqlite::Result<bool> {
        self.read(|c| {
            c.query_row("SELECT 1 FROM inbox WHERE update_id = ?1", [id], |_| Ok(()))
                .optional()
                .map(|found| found.is_some())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::temporary;
    use super::*;

    #[tokio::test]
    async fn taken_updates_are_unfinished_until_done_and_the_offset_is_kept() {
        let (_dir, store) = temporary();
        assert_eq!(store.next_offset().unwrap(), None);
        let durable = store.take(vec![(7, "{\"a\":1}".into()), (8, "{}".into())], Some(9));
        durable.await.unwrap().unwrap();
        store.done(7);
        store.flush();
        assert_eq!(
            store.unfinished().unwrap(),
            [Unfinished {
                id: 8,
                body: "{}".into()
            }]
        );
        assert_eq!(store.next_offset().unwrap(), Some(9));
        assert!(store.has_taken(7).unwrap() && !store.has_taken(10).unwrap());
        store.done(20);
        store
            .take(vec![(20, "{}".into())], None)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            store.unfinished().unwrap().len(),
            1,
            "done before written: stays done"
        );
        store.take(vec![], Some(5)).await.unwrap().unwrap();
        assert_eq!(store.next_offset().unwrap(), Some(9), "never goes back");
    }

    #[tokio::test]
    async fn another_bots_inbox_is_dropped() {
        let (_dir, store) = temporary();
        store.claim_for_bot(1).await.unwrap();
        store
            .take(vec![(5, "{}".into())], Some(6))
            .await
            .unwrap()
            .unwrap();
        store.claim_for_bot(1).await.unwrap();
        assert_eq!(store.next_offset().unwrap(), Some(6), "same bot: kept");
        store.claim_for_bot(2).await.unwrap();
        assert_eq!(store.next_offset().unwrap(), None);
        assert!(store.unfinished().unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_reopened_store_still_holds_unfinished_updates() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite3");
        {
            let store = Store::open(&path).unwrap();
            store
                .take(vec![(1, "{}".into())], Some(2))
                .await
                .unwrap()
                .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.unfinished().unwrap().len(), 1);
    }
}
