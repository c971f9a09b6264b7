//! The operators' quality loop: unanswered questions and people's ratings of answers, appended
//! to a JSON-lines file (`FEEDBACK_LOG`) without any user identifier, and summarised by
//! `interview-bot report` so operators know which synonyms or interviews to add.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;
use crate::search::analyzer::Analyzer;

/// One line of the feedback log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Entry {
    /// A question the corpus did not answer.
    Unanswered {
        /// Seconds since the Unix epoch.
        time: u64,
        /// The question as asked.
        question: String,
    },
    /// A person rated an answer (or a "no good match" reply, with no quote).
    Rated {
        /// Seconds since the Unix epoch.
        time: u64,
        /// True for "helpful".
        helpful: bool,
        /// The question that was answered.
        question: String,
        /// The quote id shown, if any.
        quote: Option<String>,
    },
}

/// Seconds since the Unix epoch, for log lines.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// An append-only feedback file shared by all answers.
#[derive(Debug)]
pub struct FeedbackLog {
    path: PathBuf,
    file: Mutex<File>,
}

impl FeedbackLog {
    /// Opens (creating it if needed) the log for appending.
    ///
    /// # Errors
    /// An I/O error naming nothing: callers add the path.
    pub fn open(path: &Path) -> std::io::Result<FeedbackLog> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(FeedbackLog {
            path: path.to_path_buf(),
            file: Mutex::new(file),
        })
    }

    /// Appends one entry as a line. A failure is logged, never shown to the person.
    pub fn record(&self, entry: &Entry) {
        let mut line = serde_json::to_string(entry).expect("plain data always serialises");
        line.push('\n');
        let mut file = self
            .file
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Err(error) = file.write_all(line.as_bytes()).and_then(|()| file.flush()) {
            tracing::warn!(%error, path = %self.path.display(), "cannot append to the feedback log");
        }
    }
}

/// What the log says, summarised.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Summary {
    /// Unanswered questions.
    pub unanswered: usize,
    /// Ratings given.
    pub ratings: usize,
    /// Share of ratings that said "helpful".
    pub helpful_share: f64,
    /// Most frequent words of unanswered questions (content words only), with counts.
    pub unanswered_words: Vec<(String, usize)>,
    /// Most frequent unanswered questions, with counts.
    pub unanswered_questions: Vec<(String, usize)>,
    /// Quotes rated "not helpful" more than "helpful": (quote id, not helpful, helpful).
    pub worst_quotes: Vec<(String, usize, usize)>,
    /// Lines that could not be read (line numbers).
    pub bad_lines: Vec<usize>,
}

/// Words of unanswered questions listed in a summary: a screenful, the most frequent first.
const TOP_WORDS: usize = 15;

/// Unanswered questions listed in a summary.
const TOP_QUESTIONS: usize = 10;

/// Worst-rated quotes listed in a summary.
const WORST_QUOTES: usize = 10;

/// Characters of a quote shown beside its id: enough to recognise it on one line.
const QUOTE_OPENING_CHARS: usize = 60;

/// Reads a feedback log and summarises it.
///
/// # Errors
/// An I/O error when the file cannot be read; malformed lines are counted, not fatal.
pub fn summarize(path: &Path) -> std::io::Result<Summary> {
    let reader = BufReader::new(File::open(path)?);
    let mut tally = Tally::default();
    for (index, line) in reader.split(b'\n').enumerate() {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Entry>(&line) {
            Ok(entry) => tally.add(entry),
            Err(_) => tally.summary.bad_lines.push(index + 1),
        }
    }
    Ok(tally.finish())
}

/// Counts kept while a log is read.
#[derive(Default)]
struct Tally {
    summary: Summary,
    analyzer: Analyzer,
    words: HashMap<String, usize>,
    questions: HashMap<String, usize>,
    /// (not helpful, helpful) by quote id.
    quotes: HashMap<String, (usize, usize)>,
    helpful: usize,
}

impl Tally {
    fn add(&mut self, entry: Entry) {
        match entry {
            Entry::Unanswered { question, .. } => {
                self.summary.unanswered += 1;
                for word in self.analyzer.analyze(&question) {
                    if word.term.is_some() {
                        *self.words.entry(word.surface).or_default() += 1;
                    }
                }
                let normalised = question
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase();
                *self.questions.entry(normalised).or_default() += 1;
            }
            Entry::Rated { helpful, quote, .. } => {
                self.summary.ratings += 1;
                self.helpful += usize::from(helpful);
                if let Some(quote) = quote {
                    let counts = self.quotes.entry(quote).or_default();
                    if helpful {
                        counts.1 += 1;
                    } else {
                        counts.0 += 1;
                    }
                }
            }
        }
    }

    fn finish(self) -> Summary {
        let mut summary = self.summary;
        summary.helpful_share = if summary.ratings == 0 {
            0.0
        } else {
            self.helpful as f64 / summary.ratings as f64
        };
        summary.unanswered_words = top(self.words, TOP_WORDS);
        summary.unanswered_questions = top(self.questions, TOP_QUESTIONS);
        let mut worst: Vec<(String, usize, usize)> = self
            .quotes
            .into_iter()
            .filter(|(_, (bad, good))| bad > good)
            .map(|(quote, (bad, good))| (quote, bad, good))
            .collect();
        worst.sort_by(|a, b| (b.1 - b.2).cmp(&(a.1 - a.2)).then(a.0.cmp(&b.0)));
        worst.truncate(WORST_QUOTES);
        summary.worst_quotes = worst;
        summary
    }
}

fn top(counts: HashMap<String, usize>, n: usize) -> Vec<(String, usize)> {
    let mut top: Vec<(String, usize)> = counts.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    top.truncate(n);
    top
}

/// The summary as text for the terminal; quotes are shown with their opening words when the
/// corpus is at hand.
pub fn render(summary: &Summary, corpus: Option<&Corpus>) -> String {
    let mut out = format!(
        "unanswered questions: {}\nratings: {} ({:.0}% helpful)\n",
        summary.unanswered,
        summary.ratings,
        100.0 * summary.helpful_share
    );
    out.push_str("\nmost frequent words in unanswered questions (candidates for synonyms or new interviews):\n");
    for (word, count) in &summary.unanswered_words {
        out.push_str(&format!("  {count:>5}  {word}\n"));
    }
    out.push_str("\nmost frequent unanswered questions:\n");
    for (question, count) in &summary.unanswered_questions {
        out.push_str(&format!("  {count:>5}  {question}\n"));
    }
    out.push_str("\nquotes rated not helpful more often than helpful:\n");
    for (quote, bad, good) in &summary.worst_quotes {
        let opening = corpus
            .and_then(|c| c.find_quote(quote))
            .map(|p| {
                let opening: String = p.text.chars().take(QUOTE_OPENING_CHARS).collect();
                format!("  “{opening}…”")
            })
            .unwrap_or_default();
        out.push_str(&format!(
            "  {bad:>3} not helpful, {good:>3} helpful  {quote}{opening}\n"
        ));
    }
    if !summary.bad_lines.is_empty() {
        out.push_str(&format!(
            "\nunreadable lines skipped: {:?}\n",
            summary.bad_lines
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_and_carry_no_user_identifier() {
        let entry = Entry::Rated {
            time: 1,
            helpful: false,
            question: "q".into(),
            quote: Some("abc-1-1".into()),
        };
        let line = serde_json::to_string(&entry).unwrap();
        assert_eq!(
            line,
            r#"{"kind":"rated","time":1,"helpful":false,"question":"q","quote":"abc-1-1"}"#
        );
        assert_eq!(serde_json::from_str::<Entry>(&line).unwrap(), entry);
    }

    #[test]
    fn summaries_rank_unanswered_words_and_worst_quotes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feedback.jsonl");
        let log = FeedbackLog::open(&path).unwrap();
        for question in [
            "What about Bitcoin mining?",
            "bitcoin energy",
            "World Cup winner",
        ] {
            log.record(&Entry::Unanswered {
                time: now(),
                question: question.into(),
            });
        }
        for (helpful, quote) in [
            (false, "a"),
            (false, "a"),
            (true, "a"),
            (true, "b"),
            (false, "c"),
        ] {
            log.record(&Entry::Rated {
                time: now(),
                helpful,
                question: "x".into(),
                quote: Some(quote.into()),
            });
        }
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"{oops\n")
            .unwrap();

        let summary = summarize(&path).unwrap();

        assert_eq!(summary.unanswered, 3);
        assert_eq!(summary.ratings, 5);
        assert_eq!(summary.unanswered_words[0], ("bitcoin".to_string(), 2));
        assert_eq!(
            summary.worst_quotes,
            [("a".to_string(), 2, 1), ("c".to_string(), 1, 0)]
        );
        assert_eq!(summary.bad_lines, [9]);
        assert!(render(&summary, None).contains("bitcoin"));
    }
}
