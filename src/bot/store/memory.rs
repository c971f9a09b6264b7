//! What the bot remembers between updates: the questions behind buttons, each chat's settings,
//! and the counters behind `/stats`.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use rusqlite::{Connection, OptionalExtension};

use super::writer::Command;
use super::Store;
use crate::bot::bounded::BoundedMap;

/// Distinct unanswered questions tallied for `/stats`; beyond them only known ones count.
const TRACKED_UNANSWERED: i64 = 1_000;

/// Remembered questions kept in memory as well: far more than the writer can have queued (it
/// commits every few milliseconds), few enough to scan on a button press.
const RECENT_QUESTIONS: usize = 1_024;

/// The latest remembered questions, by key; read before the database so a question is found
/// even while its write is still queued.
#[derive(Debug)]
pub(super) struct Recent(BoundedMap<i64, Arc<str>>);

impl Default for Recent {
    fn default() -> Recent {
        Recent(BoundedMap::new(RECENT_QUESTIONS))
    }
}

impl Recent {
    fn push(&mut self, key: i64, question: &str) {
        self.0.insert(key, Arc::from(question));
    }

    fn get(&self, key: i64) -> Option<String> {
        self.0.get(&key).map(|question| question.to_string())
    }
}

/// One chat's settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChatSettings {
    /// The interview id the chat chose to ask about; `None`: the whole corpus.
    pub interview: Option<String>,
}

/// Questions on one UTC day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayCount {
    /// `YYYY-MM-DD`.
    pub day: String,
    /// Answered with a quote.
    pub answered: u64,
    /// Answered with "no good match".
    pub refused: u64,
}

/// What `/stats` shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatsSummary {
    /// Questions answered with a quote, ever.
    pub answered: u64,
    /// Questions refused, ever.
    pub refused: u64,
    /// The latest days, newest first.
    pub days: Vec<DayCount>,
    /// Most frequent unanswered questions, most frequent first.
    pub top_unanswered: Vec<(String, u64)>,
}

impl Store {
    /// Remembers a question for buttons and returns its key. Never waits for the disk: the
    /// key is allocated here and the write queued.
    pub fn remember(&self, question: &str) -> u64 {
        let key = self.next_key.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut recent) = self.recent.lock() {
            recent.push(key, question);
        }
        self.send(Command::Remember {
            key,
            question: question.to_string(),
            at: super::now_millis(),
        });
        key as u64
    }

    /// The question behind a button's key, if still remembered.
    pub fn question(&self, key: u64) -> Option<String> {
        let key = i64::try_from(key).ok()?;
        if let Some(question) = self.recent.lock().ok().and_then(|recent| recent.get(key)) {
            return Some(question);
        }
        let found = self.read(|c| {
            c.prepare_cached("SELECT question FROM questions WHERE key = ?1")?
                .query_row([key], |row| row.get(0))
                .optional()
        });
        found.unwrap_or_else(|error| {
            tracing::warn!(%error, "cannot read a remembered question");
            None
        })
    }

    /// A chat's settings (defaults for a chat never seen).
    ///
    /// # Errors
    /// The database error, if the settings cannot be read.
    pub fn chat_settings(&self, chat: i64) -> rusqlite::Result<ChatSettings> {
        self.read(|c| {
            c.prepare_cached("SELECT interview FROM chat_settings WHERE chat_id = ?1")?
                .query_row([chat], |row| row.get(0))
                .optional()
        })
        .map(|interview| ChatSettings {
            interview: interview.flatten(),
        })
    }

    /// Sets the interview a chat asks about (`None`: the whole corpus); returns once written.
    ///
    /// # Errors
    /// Why it could not be written (a full disk).
    pub async fn set_chat_interview(
        &self,
        chat: i64,
        interview: Option<&str>,
    ) -> Result<(), String> {
        let (done, written) = tokio::sync::oneshot::channel();
        self.send(Command::SetInterview {
            chat,
            interview: interview.map(str::to_string),
            at: super::now_millis(),
            done,
        });
        written
            .await
            .unwrap_or_else(|_| Err("the state store's writer stopped".to_string()))
    }

    /// Counts a searched question; an unanswered one is also tallied by its wording.
    pub fn count_question(&self, question: &str, answered: bool) {
        let unanswered = (!answered).then(|| normalise(question));
        self.send(Command::Count {
            at: super::now_millis(),
            answered,
            unanswered,
        });
    }

    /// Totals, the latest `days` days and the `top` unanswered questions, counting every
    /// question counted so far (it waits for the writer's queue: a few milliseconds).
    ///
    /// # Errors
    /// The database error, if the counters cannot be read.
    pub fn stats(&self, days: usize, top: usize) -> rusqlite::Result<StatsSummary> {
        self.flush();
        self.read(|c| {
            let (answered, refused): (i64, i64) = c.query_row(
                "SELECT coalesce(sum(answered), 0), coalesce(sum(refused), 0) FROM daily_counts",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let days = c
                .prepare(
                    "SELECT day, answered, refused FROM daily_counts ORDER BY day DESC LIMIT ?1",
                )?
                .query_map([days as i64], |r| {
                    Ok(DayCount {
                        day: r.get(0)?,
                        answered: r.get::<_, i64>(1)? as u64,
                        refused: r.get::<_, i64>(2)? as u64,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let top_unanswered = c
                .prepare(
                    "SELECT question, count FROM unanswered ORDER BY count DESC, question LIMIT ?1",
                )?
                .query_map([top as i64], |r| {
                    Ok((r.get(0)?, r.get::<_, i64>(1)? as u64))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(StatsSummary {
                answered: answered as u64,
                refused: refused as u64,
                days,
                top_unanswered,
            })
        })
    }
}

/// Lower case, single spaces: "Chocolate  cake?" and "chocolate cake?" count as one.
fn normalise(question: &str) -> String {
    question
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Adds `times` to an unanswered question's tally, keeping at most [`TRACKED_UNANSWERED`].
pub(super) fn tally_unanswered(
    connection: &Connection,
    question: &str,
    times: i64,
) -> rusqlite::Result<()> {
    let updated = connection
        .prepare_cached("UPDATE unanswered SET count = count + ?2 WHERE question = ?1")?
        .execute(rusqlite::params![question, times])?;
    if updated == 0 {
        connection
            .prepare_cached(
                "INSERT INTO unanswered (question, count)
                 SELECT ?1, ?2 WHERE (SELECT count(*) FROM unanswered) < ?3",
            )?
            .execute(rusqlite::params![question, times, TRACKED_UNANSWERED])?;
    }
    Ok(())
}

/// The first key for a new question: past every key in use, and past the random start chosen
/// when the store was created.
pub(super) fn first_free_key(connection: &Connection) -> rusqlite::Result<i64> {
    connection.query_row(
        "SELECT max(coalesce((SELECT max(key) + 1 FROM questions), 0),
                    coalesce((SELECT value FROM meta WHERE key = 'next_question_key'), 0))",
        [],
        |r| r.get(0),
    )
}

#[cfg(test)]
mod tests {
    use super::super::tests::temporary;
    use super::*;

    #[test]
    fn remembered_questions_survive_a_reopen_and_keys_are_not_reused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite3");
        let first = {
            let store = Store::open(&path).unwrap();
            let key = store.remember("What about the OAS?");
            store.flush();
            assert_eq!(store.question(key).as_deref(), Some("What about the OAS?"));
            key
        };
        let store = Store::open(&path).unwrap();
        assert_eq!(
            store.question(first).as_deref(),
            Some("What about the OAS?")
        );
        assert!(store.remember("another") > first);
        assert_eq!(store.question(first + 1_000_000), None);
    }

    #[test]
    fn a_question_is_found_at_once_even_before_its_write_is_committed() {
        let (_dir, store) = temporary();
        let keys: Vec<u64> = (0..50)
            .map(|n| store.remember(&format!("question {n}")))
            .collect();
        for (n, key) in keys.into_iter().enumerate() {
            assert_eq!(store.question(key), Some(format!("question {n}")));
        }
    }

    #[test]
    fn recent_questions_are_bounded_and_the_oldest_leave_first() {
        let mut recent = Recent::default();
        for key in 0..(RECENT_QUESTIONS as i64 + 10) {
            recent.push(key, &format!("q{key}"));
        }
        assert_eq!(recent.0.len(), RECENT_QUESTIONS);
        assert_eq!(recent.get(0), None);
        assert_eq!(recent.get(10).as_deref(), Some("q10"));
    }

    #[tokio::test]
    async fn chat_settings_default_to_the_whole_corpus_and_keep_a_chosen_interview() {
        let (_dir, store) = temporary();
        assert_eq!(store.chat_settings(-100).unwrap(), ChatSettings::default());
        store
            .set_chat_interview(-100, Some("alba-tcp"))
            .await
            .unwrap();
        store.set_chat_interview(5, Some("other")).await.unwrap();
        assert_eq!(
            store.chat_settings(-100).unwrap().interview.as_deref(),
            Some("alba-tcp")
        );
        store.set_chat_interview(-100, None).await.unwrap();
        assert_eq!(store.chat_settings(-100).unwrap(), ChatSettings::default());
        assert_eq!(
            store.chat_settings(5).unwrap().interview.as_deref(),
            Some("other")
        );
    }

    #[test]
    fn counters_add_up_by_day_and_rank_unanswered_questions() {
        let (_dir, store) = temporary();
        store.count_question("Almagro", true);
        store.count_question("Chocolate  cake?", false);
        store.count_question("chocolate cake?", false);
        store.count_question("world cup", false);
        store.flush();
        let stats = store.stats(7, 1).unwrap();
        assert_eq!((stats.answered, stats.refused), (1, 3));
        assert_eq!(stats.days.len(), 1);
        assert_eq!((stats.days[0].answered, stats.days[0].refused), (1, 3));
        assert_eq!(stats.top_unanswered, [("chocolate cake?".to_string(), 2)]);
    }

    #[test]
    fn old_and_surplus_entries_are_pruned() {
        let (_dir, store) = temporary();
        let old = super::super::now_millis()
            - super::super::writer::QUESTION_MAX_AGE.as_millis() as i64
            - 1;
        store.send(Command::Remember {
            key: 1,
            question: "old".into(),
            at: old,
        });
        let recent = store.remember("recent");
        store.flush();
        store
            .read(|c| {
                // The writer's connection prunes; any connection may.
                c.execute_batch("PRAGMA busy_timeout = 5000")?;
                super::super::writer::prune(c)
            })
            .unwrap();
        assert_eq!(store.question(1), None);
        assert_eq!(store.question(recent).as_deref(), Some("recent"));
    }
}
