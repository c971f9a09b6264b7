//! The writer thread: owns the one connection that writes and commits whatever has queued up
//! in one transaction (group commit). Only batches that hold new inbox entries are committed
//! with an fsync (`synchronous=FULL`); the rest (done marks, counters, remembered questions)
//! survive a killed process without one, and are worth less than an fsync each after a power
//! loss (a question answered again, a button expired, a count missed).

use std::path::PathBuf;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use rusqlite::{params, Connection, OptionalExtension};

use super::batching::{gather, Awaited, GATHER};
use super::tally::Tally;

/// Pages the write-ahead log may hold before it is copied into the database file (a
/// checkpoint: every page in it written again, and two `fsync`s). A burst writes about 3 KB of
/// log per answer (the writer's statements replayed on their own), so SQLite's default of
/// 1,000 pages (4 MB) meant a checkpoint every 1,200 answers or so; 4,000 (16 MB of log on
/// disk at most) makes them four times rarer, and a page that many commits changed is copied
/// into the file once per checkpoint.
const WAL_PAGES_BEFORE_CHECKPOINT: i64 = 4_000;

/// Done inbox entries kept (to recognise a webhook update Telegram sends again); older ones
/// are deleted.
pub const KEEP_DONE_UPDATES: i64 = 10_000;

/// Remembered questions kept at most; a button of an older one says it expired.
pub const KEEP_QUESTIONS: i64 = 200_000;

/// Age after which a remembered question is forgotten.
pub const QUESTION_MAX_AGE: Duration = Duration::from_secs(90 * 24 * 3600);

/// How often the writer deletes what is past its keeping.
const PRUNE_EVERY: Duration = Duration::from_secs(60);

/// What the writer is asked to do.
pub enum Command {
    /// New updates, and the polling offset past them; acknowledged once durable.
    Take {
        updates: Vec<(i64, std::sync::Arc<str>)>,
        next_offset: Option<i64>,
        received_at: i64,
        durable: tokio::sync::oneshot::Sender<Result<(), String>>,
    },
    /// An update was answered.
    Done(i64),
    /// A question behind buttons.
    Remember { key: i64, question: String, at: i64 },
    /// A question searched at `at`: answered or refused; refused ones are also tallied.
    Count {
        at: i64,
        answered: bool,
        unanswered: Option<String>,
    },
    /// A chat's chosen interview.
    SetInterview {
        chat: i64,
        interview: Option<String>,
        at: i64,
        done: tokio::sync::oneshot::Sender<Result<(), String>>,
    },
    /// The inbox belongs to this bot (Telegram numbers updates per bot): if it held another
    /// bot's, they are dropped.
    ForBot {
        bot_id: i64,
        done: tokio::sync::oneshot::Sender<Result<(), String>>,
    },
    /// Answered once everything before it is committed.
    Flush(mpsc::Sender<()>),
}

/// The handle to the writer thread.
pub struct Writer {
    commands: mpsc::Sender<Command>,
    awaited: Arc<Awaited>,
}

impl Writer {
    /// Starts the thread on `connection`; `unsynced` is the store's file when it was just
    /// created without fsyncs, made durable before the first commit that must be.
    pub fn start(connection: Connection, unsynced: Option<PathBuf>) -> Writer {
        let (commands, queue) = mpsc::channel();
        let awaited = Arc::new(Awaited::default());
        let signal = Arc::clone(&awaited);
        std::thread::Builder::new()
            .name("state-writer".to_string())
            .spawn(move || run(connection, (queue, &signal), unsynced))
            .expect("the state store's writer thread starts");
        Writer { commands, awaited }
    }

    /// Queues a command; never waits for the disk.
    pub fn send(&self, command: Command) {
        let awaited = is_awaited(&command);
        if self.commands.send(command).is_err() {
            tracing::error!("the state store's writer stopped; nothing more is kept");
        } else if awaited {
            self.awaited.notify();
        }
    }
}

fn run(
    mut connection: Connection,
    (queue, awaited): (mpsc::Receiver<Command>, &Awaited),
    unsynced: Option<PathBuf>,
) {
    if let Err(error) =
        connection.pragma_update(None, "wal_autocheckpoint", WAL_PAGES_BEFORE_CHECKPOINT)
    {
        tracing::warn!(%error, "the state store keeps SQLite's checkpoint interval");
    }
    let mut last_prune = Instant::now();
    let mut mode = Synchronous::default();
    let mut unsynced = unsynced;
    while let Ok(first) = queue.recv() {
        let batch = gather((&queue, awaited), first, (GATHER, is_awaited));
        commit(&mut connection, batch, &mut mode, &mut unsynced);
        if last_prune.elapsed() >= PRUNE_EVERY {
            last_prune = Instant::now();
            if let Err(error) = prune(&connection) {
                super::write_failed("prune", &error);
            }
            mode = Synchronous::default();
        }
    }
}

/// Whether a caller waits for the command to be committed.
fn is_awaited(command: &Command) -> bool {
    matches!(
        command,
        Command::Take { .. }
            | Command::SetInterview { .. }
            | Command::ForBot { .. }
            | Command::Flush(_)
    )
}

/// The connection's `synchronous` setting as last set, so it is set only when it changes (a
/// statement less per commit).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Synchronous {
    /// Not known (at start, and after a prune set it).
    #[default]
    Unknown,
    /// `FULL`: the commit is `fsync`ed.
    Full,
    /// `NORMAL`: survives a killed process, not a power loss.
    Normal,
}

impl Synchronous {
    /// Sets `wanted` on `connection` unless it is already set.
    fn set(&mut self, connection: &Connection, wanted: Synchronous) -> rusqlite::Result<()> {
        if *self != wanted {
            *self = Synchronous::Unknown;
            let value = if wanted == Synchronous::Full {
                "FULL"
            } else {
                "NORMAL"
            };
            connection.pragma_update(None, "synchronous", value)?;
            *self = wanted;
        }
        Ok(())
    }
}

/// Applies a batch in one transaction and tells each waiting caller how it went. A batch that
/// must survive a power loss first makes a store created without fsyncs (`unsynced`) durable.
fn commit(
    connection: &mut Connection,
    batch: Vec<Command>,
    mode: &mut Synchronous,
    unsynced: &mut Option<PathBuf>,
) {
    let durable = batch.iter().any(|c| matches!(c, Command::Take { .. }));
    let sync = if durable {
        Synchronous::Full
    } else {
        Synchronous::Normal
    };
    let created = if durable {
        sync_created(unsynced)
    } else {
        Ok(())
    };
    let mut failure: Option<(&'static str, rusqlite::Error)> = None;
    let result = (|| -> rusqlite::Result<()> {
        mode.set(connection, sync)?;
        let transaction = connection.transaction()?;
        let mut tally = Tally::default();
        for command in &batch {
            if let Err(error) = apply(&transaction, command, &mut tally) {
                failure.get_or_insert((label(command), error));
            }
        }
        if let Err(error) = tally.write(&transaction) {
            failure.get_or_insert(("counters", error));
        }
        transaction.commit()
    })();
    // The first failed statement says more than the commit's error (SQLite rolls a
    // transaction back by itself on a full disk, and the commit then finds none).
    let outcome = match (&failure, &result) {
        (Some((what, error)), _) => {
            super::write_failed(what, error);
            Err(error.to_string())
        }
        (None, Err(error)) => {
            super::write_failed("commit", error);
            Err(error.to_string())
        }
        (None, Ok(())) => created,
    };
    tell_waiting(batch, &outcome);
}

/// Tells each caller of `batch` who waits for its write how the batch went (a flush, that it
/// is done); the others do not wait.
fn tell_waiting(batch: Vec<Command>, outcome: &Result<(), String>) {
    for command in batch {
        match command {
            Command::Take { durable, .. } => {
                let _ = durable.send(outcome.clone());
            }
            Command::SetInterview { done, .. } | Command::ForBot { done, .. } => {
                let _ = done.send(outcome.clone());
            }
            Command::Flush(done) => {
                let _ = done.send(());
            }
            _ => {}
        }
    }
}

/// Makes a store created without fsyncs durable, once (`unsynced` is cleared on success).
fn sync_created(unsynced: &mut Option<PathBuf>) -> Result<(), String> {
    let Some(path) = unsynced.as_deref() else {
        return Ok(());
    };
    match super::sync_created(path) {
        Ok(()) => {
            *unsynced = None;
            Ok(())
        }
        Err(error) => {
            super::write_failed("create", &error);
            Err(error.to_string())
        }
    }
}

fn label(command: &Command) -> &'static str {
    match command {
        Command::Take { .. } => "inbox",
        Command::Done(_) => "inbox_done",
        Command::Remember { .. } => "questions",
        Command::Count { .. } => "counters",
        Command::SetInterview { .. } => "chat_settings",
        Command::ForBot { .. } => "inbox",
        Command::Flush(_) => "flush",
    }
}

/// Writes one command; counters are only added to `tally`, written once for the batch.
fn apply(connection: &Connection, command: &Command, tally: &mut Tally) -> rusqlite::Result<()> {
    match command {
        Command::Take {
            updates,
            next_offset,
            received_at,
            ..
        } => take(connection, updates, *next_offset, *received_at),
        Command::Done(id) => {
            // An answer may finish before its update's write is queued: the mark then creates
            // the row, and the write that follows leaves it alone.
            connection
                .prepare_cached(
                    "INSERT INTO inbox (update_id, body, received_at, done_at) VALUES (?1, '', ?2, ?2)
                     ON CONFLICT (update_id) DO UPDATE SET done_at = excluded.done_at",
                )?
                .execute(params![id, super::now_millis()])?;
            Ok(())
        }
        Command::Remember { key, question, at } => {
            connection
                .prepare_cached(
                    "INSERT OR REPLACE INTO questions (key, question, created_at) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![key, question, at])?;
            Ok(())
        }
        Command::Count {
            at,
            answered,
            unanswered,
        } => {
            tally.add(*at, *answered, unanswered.as_deref());
            Ok(())
        }
        Command::SetInterview {
            chat,
            interview,
            at,
            ..
        } => {
            connection
                .prepare_cached(
                    "INSERT INTO chat_settings (chat_id, interview, updated_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (chat_id) DO UPDATE SET interview = excluded.interview,
                                                          updated_at = excluded.updated_at",
                )?
                .execute(params![chat, interview, at])?;
            Ok(())
        }
        Command::ForBot { bot_id, .. } => claim(connection, *bot_id),
        Command::Flush(_) => Ok(()),
    }
}

/// Writes new updates to the inbox, and the polling offset past them.
fn take(
    connection: &Connection,
    updates: &[(i64, std::sync::Arc<str>)],
    next_offset: Option<i64>,
    received_at: i64,
) -> rusqlite::Result<()> {
    let mut insert = connection.prepare_cached(
        "INSERT OR IGNORE INTO inbox (update_id, body, received_at) VALUES (?1, ?2, ?3)",
    )?;
    for (id, body) in updates {
        insert.execute(params![id, &**body, received_at])?;
    }
    if let Some(next) = next_offset {
        connection
            .prepare_cached(
                "INSERT INTO meta (key, value) VALUES ('next_offset', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)",
            )?
            .execute([next])?;
    }
    Ok(())
}

/// Ties the inbox to `bot_id`; another bot's inbox and offset are dropped.
fn claim(connection: &Connection, bot_id: i64) -> rusqlite::Result<()> {
    let previous: Option<i64> = connection
        .query_row("SELECT value FROM meta WHERE key = 'bot_id'", [], |r| {
            r.get(0)
        })
        .optional()?;
    if previous.is_some_and(|previous| previous != bot_id) {
        tracing::warn!(
            "STATE_DB held updates of another bot (the token changed): its inbox is dropped"
        );
        connection
            .execute_batch("DELETE FROM inbox; DELETE FROM meta WHERE key = 'next_offset';")?;
    }
    connection.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('bot_id', ?1)",
        [bot_id],
    )?;
    Ok(())
}

/// Deletes done inbox entries beyond [`KEEP_DONE_UPDATES`] and remembered questions older than
/// [`QUESTION_MAX_AGE`] or beyond [`KEEP_QUESTIONS`].
pub fn prune(connection: &Connection) -> rusqlite::Result<()> {
    connection.pragma_update(None, "synchronous", "NORMAL")?;
    connection.execute(
        "DELETE FROM inbox WHERE done_at IS NOT NULL AND update_id <
           (SELECT update_id FROM inbox WHERE done_at IS NOT NULL
            ORDER BY update_id DESC LIMIT 1 OFFSET ?1)",
        [KEEP_DONE_UPDATES - 1],
    )?;
    let oldest_kept = super::now_millis() - QUESTION_MAX_AGE.as_millis() as i64;
    connection.execute("DELETE FROM questions WHERE created_at < ?1", [oldest_kept])?;
    connection.execute(
        "DELETE FROM questions WHERE key <
           (SELECT key FROM questions ORDER BY key DESC LIMIT 1 OFFSET ?1)",
        [KEEP_QUESTIONS - 1],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A batch of new updates, and the receiver of its outcome.
    fn take_batch(
        id: i64,
    ) -> (
        Vec<Command>,
        tokio::sync::oneshot::Receiver<Result<(), String>>,
    ) {
        let (durable, outcome) = tokio::sync::oneshot::channel();
        let take = Command::Take {
            updates: vec![(id, "{}".into())],
            next_offset: Some(id + 1),
            received_at: 0,
            durable,
        };
        (vec![take], outcome)
    }

    #[test]
    fn a_created_store_is_synced_before_the_first_durable_commit_and_only_then() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite3");
        drop(crate::bot::store::Store::open(&path).unwrap());
        let mut connection = Connection::open(&path).unwrap();
        let mut mode = Synchronous::default();
        let mut unsynced = Some(path.clone());
        commit(
            &mut connection,
            vec![Command::Done(1)],
            &mut mode,
            &mut unsynced,
        );
        assert_eq!(unsynced, Some(path.clone()), "nothing promised yet");
        let (batch, outcome) = take_batch(2);
        commit(&mut connection, batch, &mut mode, &mut unsynced);
        assert_eq!(outcome.blocking_recv().unwrap(), Ok(()));
        assert_eq!(unsynced, None, "synced once");
        // A file that cannot be synced fails the batch that needed it, and is tried again.
        let mut unsynced = Some(dir.path().join("gone/state.sqlite3"));
        let (batch, outcome) = take_batch(3);
        commit(&mut connection, batch, &mut mode, &mut unsynced);
        assert!(outcome.blocking_recv().unwrap().is_err());
        assert!(unsynced.is_some());
    }

    #[test]
    fn a_full_disk_fails_the_batch_without_panicking_and_says_so_to_the_waiting_caller() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite3");
        drop(crate::bot::store::Store::open(&path).unwrap());
        let mut connection = Connection::open(&path).unwrap();
        // A database that may not grow stands for a full disk: SQLite answers SQLITE_FULL.
        let pages: i64 = connection
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .unwrap();
        connection
            .pragma_update(None, "max_page_count", pages)
            .unwrap();
        let (durable, outcome) = tokio::sync::oneshot::channel();
        let big = "x".repeat(64 * 1024);
        commit(
            &mut connection,
            vec![
                Command::Take {
                    updates: (1..50).map(|id| (id, big.as_str().into())).collect(),
                    next_offset: Some(50),
                    received_at: 0,
                    durable,
                },
                Command::Done(1),
            ],
            &mut Synchronous::default(),
            &mut None,
        );
        let error = outcome.blocking_recv().unwrap().unwrap_err();
        assert!(error.contains("full"), "{error}");
    }
}
