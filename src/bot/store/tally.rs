//! The `/stats` counters of one batch of writes, added up in memory and written as one upsert
//! per day and per distinct unanswered question: a burst of answers costs a few statements per
//! commit, not two or three per answer.

use std::collections::HashMap;

use rusqlite::{params, Connection};

/// Milliseconds in a UTC day: counters are kept per day.
const DAY_MILLIS: i64 = 86_400_000;

/// Questions answered and refused, by UTC day, and refused ones by wording.
#[derive(Debug, Default)]
pub(super) struct Tally {
    /// (answered, refused) by day number since the Unix epoch.
    days: HashMap<i64, (i64, i64)>,
    /// Refused questions (normalised) and how often each was asked.
    unanswered: HashMap<String, i64>,
}

impl Tally {
    /// Counts a question searched at `at` (ms since the epoch); a refused one is also tallied.
    pub(super) fn add(&mut self, at: i64, answered: bool, unanswered: Option<&str>) {
        let day = self.days.entry(at.div_euclid(DAY_MILLIS)).or_default();
        if answered {
            day.0 += 1;
        } else {
            day.1 += 1;
        }
        if let Some(question) = unanswered {
            *self.unanswered.entry(question.to_string()).or_default() += 1;
        }
    }

    /// Adds the tally to the stored counters.
    pub(super) fn write(&self, connection: &Connection) -> rusqlite::Result<()> {
        if self.days.is_empty() {
            return Ok(());
        }
        let mut upsert = connection.prepare_cached(
            "INSERT INTO daily_counts (day, answered, refused)
             VALUES (date(?1 / 1000, 'unixepoch'), ?2, ?3)
             ON CONFLICT (day) DO UPDATE SET answered = answered + excluded.answered,
                                             refused = refused + excluded.refused",
        )?;
        for (day, (answered, refused)) in &self.days {
            upsert.execute(params![day * DAY_MILLIS, answered, refused])?;
        }
        for (question, times) in &self.unanswered {
            super::memory::tally_unanswered(connection, question, *times)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_add_up_by_utc_day_and_by_wording() {
        let mut tally = Tally::default();
        let just_before_midnight = 3 * DAY_MILLIS - 1;
        tally.add(just_before_midnight, true, None);
        tally.add(just_before_midnight + 1, true, None);
        tally.add(just_before_midnight + 2, false, Some("cake"));
        tally.add(just_before_midnight + 3, false, Some("cake"));
        assert_eq!(tally.days[&2], (1, 0));
        assert_eq!(tally.days[&3], (1, 2));
        assert_eq!(tally.unanswered["cake"], 2);
    }
}
