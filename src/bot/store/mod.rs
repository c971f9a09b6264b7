//! The bot's one state store: a SQLite file at `STATE_DB` (default `data/state.sqlite3`) that
//! keeps what must survive a restart, a deploy or a `kill -9`:
//! - [`inbox`]: every update taken from Telegram, written before its offset is confirmed and
//!   marked done once answered, so unfinished ones are answered at the next start;
//! - [`memory`]: questions behind "Next match" and rating buttons, per-chat settings, and the
//!   counters behind `/stats`.
//!
//! Writes go through one writer thread ([`writer`]) that commits whatever has queued up in one
//! transaction: a burst of answers costs one commit, not one each, and nobody waits on the disk
//! except the poll loop, which waits for its batch of updates to be durable (one `fsync` per
//! batch) before confirming it. Reads use their own connection (WAL mode: readers never wait
//! for the writer).
//!
//! A failed write (a full disk) never stops an answer: it is logged and counted in
//! `/metrics` (`interview_bot_state_write_errors_total`); what it would have kept is lost.

mod batching;
pub mod inbox;
pub mod memory;
mod migrations;
mod tally;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicI64;
use std::sync::Mutex;

use rusqlite::Connection;

pub use memory::{ChatSettings, DayCount, StatsSummary};
use writer::{Command, Writer};

/// Page cache per connection, in KiB (SQLite's default is 2,000): the store's hot pages are
/// few (rows are appended in key order, so each table's last pages), and a burst of answers
/// otherwise fills the cache with pages it never reads again: 256 KiB (64 pages of 4 KiB) per
/// connection keeps the bot's peak memory smaller at no measurable cost.
const CACHE_KIB: i64 = 256;

/// How long a connection waits for another one holding a lock (a second bot on the same file,
/// a checkpoint) before a statement fails.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Why the state store cannot be used. Each says which file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The folder or file cannot be created or opened for writing.
    #[error("STATE_DB {path}: cannot open the state store for writing ({reason}); make its folder writable by the bot's user, or point STATE_DB elsewhere")]
    Unwritable { path: PathBuf, reason: String },
    /// The file exists but is not a SQLite database (or is damaged).
    #[error("STATE_DB {path}: not a usable SQLite database ({reason}); if STATE_DB points at the wrong file, fix it; otherwise move the damaged file aside (its unanswered questions and button memory are lost) and start again")]
    Corrupt { path: PathBuf, reason: String },
    /// The file was written by a newer version of the bot.
    #[error("STATE_DB {path}: written by a newer interview-bot (schema version {found}, this one knows up to {known}); run the newer version or point STATE_DB elsewhere")]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
}

/// The open store: a read connection and the writer thread.
pub struct Store {
    path: PathBuf,
    /// Reads only; the writer thread has its own connection.
    reader: Mutex<Connection>,
    writer: Writer,
    /// The key the next remembered question gets (keys are allocated here, written later).
    next_key: AtomicI64,
    /// The latest remembered questions, so a button pressed before the writer has committed its
    /// question still finds it.
    recent: Mutex<memory::Recent>,
    /// Whether this process created the file: then it holds nothing from an earlier run.
    created: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (creating it and its folder if needed) the store at `path`, migrating its schema.
    ///
    /// # Errors
    /// [`StoreError`] naming the file when it cannot be created, read or written.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|e| StoreError::Unwritable {
                path: path.to_path_buf(),
                reason: format!("cannot create the folder {}: {e}", folder.display()),
            })?;
        }
        let creating = !path.exists();
        let writer_connection = connect(path, creating)?;
        migrations::migrate(&writer_connection, path)?;
        if creating {
            writer_connection
                .pragma_update(None, "synchronous", "NORMAL")
                .map_err(|e| classify(path, e))?;
        }
        let next_key = memory::first_free_key(&writer_connection).map_err(|e| classify(path, e))?;
        let reader = connect(path, false)?;
        let unsynced = creating.then(|| path.to_path_buf());
        Ok(Store {
            path: path.to_path_buf(),
            reader: Mutex::new(reader),
            writer: Writer::start(writer_connection, unsynced),
            next_key: AtomicI64::new(next_key),
            recent: Mutex::new(memory::Recent::default()),
            created: creating,
        })
    }

    /// The file this store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this store was created by this process, so that nothing from an earlier run is
    /// in it (no update to answer again, no offset, no other bot's inbox).
    pub fn created(&self) -> bool {
        self.created
    }

    fn read<T>(
        &self,
        query: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        let connection = self
            .reader
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        query(&connection)
    }

    fn send(&self, command: Command) {
        self.writer.send(command);
    }

    /// Waits until every write queued so far is committed (for shutdown and tests).
    pub fn flush(&self) {
        let (done, wait) = std::sync::mpsc::channel();
        self.send(Command::Flush(done));
        let _ = wait.recv();
    }
}

/// Opens one connection with the store's settings: WAL (readers and the writer do not block
/// each other; a commit appends to the log), `synchronous=NORMAL` (a commit survives a killed
/// process; the writer asks for `FULL`, an fsync, where a power loss matters: the inbox).
///
/// A store being `creating` is switched to WAL and given its schema with `synchronous=OFF`:
/// done with fsyncs, that costs six of them (rollback journal, file, folder, log) before the
/// first poll, several milliseconds, tens when other programs write to the disk, for a file
/// that holds nothing yet. The writer makes it durable with two ([`sync_created`]) before the
/// first commit that must survive a power loss.
fn connect(path: &Path, creating: bool) -> Result<Connection, StoreError> {
    let unwritable = |e: rusqlite::Error| StoreError::Unwritable {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let connection = Connection::open(path).map_err(unwritable)?;
    connection.busy_timeout(BUSY_TIMEOUT).map_err(unwritable)?;
    let setup = |c: &Connection| -> rusqlite::Result<()> {
        // Set before the switch to WAL, which is a write of its own on a new file.
        let synchronous = if creating { "OFF" } else { "NORMAL" };
        c.pragma_update(None, "synchronous", synchronous)?;
        c.pragma_update(None, "journal_mode", "WAL")?;
        c.pragma_update(None, "foreign_keys", "ON")?;
        c.pragma_update(None, "cache_size", -CACHE_KIB)?;
        Ok(())
    };
    setup(&connection).map_err(|e| classify(path, e))?;
    Ok(connection)
}

/// Makes a store created without fsyncs durable with two: the file (its first page says it is
/// in WAL mode) and its folder (the file and its log exist after a power loss). The schema is
/// in the log, made durable by the commit that follows; a power loss before it leaves a store
/// in WAL mode without schema, migrated again at the next start.
fn sync_created(path: &Path) -> std::io::Result<()> {
    std::fs::File::open(path)?.sync_all()?;
    #[cfg(unix)]
    {
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::File::open(folder)?.sync_all()?;
    }
    Ok(())
}

/// Tells a damaged or foreign file from one that cannot be written.
fn classify(path: &Path, error: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    let code = error.sqlite_error_code();
    let reason = error.to_string();
    let path = path.to_path_buf();
    match code {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            StoreError::Corrupt { path, reason }
        }
        _ => StoreError::Unwritable { path, reason },
    }
}

/// Counts and logs a failed write; the caller goes on without it.
fn write_failed(what: &'static str, error: &dyn std::fmt::Display) {
    metrics::counter!(crate::bot::telemetry::names::STATE_WRITE_ERRORS, "what" => what)
        .increment(1);
    tracing::error!(%error, what, "cannot write to the state store (STATE_DB); answers go on, but this is not kept");
}

/// Milliseconds since the Unix epoch.
fn now_millis() -> i64 {
    crate::bot::telemetry::unix_millis() as i64
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A store in a fresh temporary folder (kept alive by the returned guard).
    pub fn temporary() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let store = Store::open(&dir.path().join("nested/state.sqlite3")).expect("opens");
        (dir, store)
    }

    #[test]
    fn the_folder_is_created_and_a_reopened_store_keeps_its_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/state.sqlite3");
        drop(Store::open(&path).unwrap());
        assert!(path.exists());
        let store = Store::open(&path).unwrap();
        let version: i64 = store
            .read(|c| c.query_row("PRAGMA user_version", [], |r| r.get(0)))
            .unwrap();
        assert_eq!(version, migrations::LATEST);
    }

    #[test]
    fn a_store_created_without_fsyncs_is_complete_after_the_process_dies() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite3");
        let synchronous = |c: &Connection| -> i64 {
            c.query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap()
        };
        let connection = connect(&path, true).unwrap();
        assert_eq!(synchronous(&connection), 0, "OFF while created");
        migrations::migrate(&connection, &path).unwrap();
        // No close, no checkpoint, no fsync: as after a `kill -9` right after start-up.
        std::mem::forget(connection);
        let store = Store::open(&path).unwrap();
        let (version, mode): (i64, String) = store
            .read(|c| {
                let version = c.query_row("PRAGMA user_version", [], |r| r.get(0))?;
                let mode = c.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
                Ok((version, mode))
            })
            .unwrap();
        assert_eq!((version, mode.as_str()), (migrations::LATEST, "wal"));
    }

    #[test]
    fn a_file_that_is_not_sqlite_is_refused_with_advice() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite3");
        std::fs::write(
            &path,
            "this is a feedback log, not a database\n".repeat(100),
        )
        .unwrap();
        let error = Store::open(&path).unwrap_err();
        assert!(matches!(error, StoreError::Corrupt { .. }), "{error}");
        let message = error.to_string();
        assert!(
            message.contains("state.sqlite3") && message.contains("move the damaged file aside")
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_folder_is_refused_with_advice() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("ro");
        std::fs::create_dir(&folder).unwrap();
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
        if std::fs::write(folder.join("probe"), "x").is_ok() {
            return; // Running as root: permissions are not enforced.
        }
        let error = Store::open(&folder.join("state.sqlite3")).unwrap_err();
        assert!(matches!(error, StoreError::Unwritable { .. }), "{error}");
        assert!(error.to_string().contains("writable"));
    }
}
