//! The schema, versioned in code: `PRAGMA user_version` holds the number of migrations applied,
//! and each start applies the missing ones in one transaction. A migration is never edited once
//! released; a change is a new entry at the end.

use std::path::Path;

use rusqlite::Connection;

use super::StoreError;

/// The migrations, in order; the store's version is how many have been applied.
const MIGRATIONS: &[&str] = &[
    // 1: inbox, remembered questions, chat settings, /stats counters, bookkeeping.
    "
    CREATE TABLE inbox (
        update_id   INTEGER PRIMARY KEY,   -- Telegram's update id
        body        TEXT    NOT NULL,      -- the update as Telegram sent it (JSON)
        received_at INTEGER NOT NULL,      -- ms since the Unix epoch
        done_at     INTEGER                -- NULL until the answer was sent
    );
    CREATE INDEX inbox_unfinished ON inbox (update_id) WHERE done_at IS NULL;
    CREATE TABLE questions (
        key        INTEGER PRIMARY KEY,    -- the number in a button's callback data
        question   TEXT    NOT NULL,
        created_at INTEGER NOT NULL
    );
    CREATE INDEX questions_age ON questions (created_at);
    CREATE TABLE chat_settings (
        chat_id    INTEGER PRIMARY KEY,
        interview  TEXT,                   -- the interview the chat chose; NULL: all
        updated_at INTEGER NOT NULL
    );
    CREATE TABLE daily_counts (
        day      TEXT    PRIMARY KEY,      -- UTC date, YYYY-MM-DD
        answered INTEGER NOT NULL DEFAULT 0,
        refused  INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE unanswered (
        question TEXT    PRIMARY KEY,      -- normalised: lower case, single spaces
        count    INTEGER NOT NULL
    );
    CREATE TABLE meta (
        key   TEXT    PRIMARY KEY,
        value INTEGER NOT NULL
    );
    ",
];

/// The version a fully migrated store has.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

/// Brings the schema to [`LATEST`].
///
/// # Errors
/// [`StoreError`] if the file is damaged, unwritable, or newer than this program.
pub fn migrate(connection: &Connection, path: &Path) -> Result<(), StoreError> {
    let found: i64 = connection
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(|e| super::classify(path, e))?;
    if found > LATEST {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found,
            known: LATEST,
        });
    }
    let apply = || -> rusqlite::Result<()> {
        let transaction = connection.unchecked_transaction()?;
        for migration in &MIGRATIONS[found as usize..] {
            transaction.execute_batch(migration)?;
        }
        transaction.pragma_update(None, "user_version", LATEST)?;
        if found == 0 {
            // Button keys start at a random number, so that buttons sent before the state file
            // was replaced do not point at someone else's question.
            let start = i64::from(rand::random::<u32>());
            transaction.execute(
                "INSERT INTO meta (key, value) VALUES ('next_question_key', ?1)",
                [start],
            )?;
        }
        transaction.commit()
    };
    if found < LATEST {
        apply().map_err(|e| super::classify(path, e))?;
        tracing::info!(path = %path.display(), from = found, to = LATEST, "state store schema migrated");
    }
    Ok(())
}
