//! The `ask --json` format: one object per question,
//! `{"query", "results": [{"rank", "score", "interview", "question", "text", "highlights",
//! "translations"}]}`; empty `results` means no good answer. `translations` lists the same passage
//! in the interview's other versions as `{"language", "quote_id"}`.

use serde::Serialize;

use crate::search::{Hit, SearchOutcome};

/// One answer in the JSON output.
#[derive(Debug, Serialize)]
pub struct JsonResult<'a> {
    /// 1 for the best passage.
    pub rank: usize,
    /// BM25 score, rounded to 3 decimals for stable output.
    pub score: f64,
    /// Title of the interview.
    pub interview: &'a str,
    /// The question answered; `null` for the introduction.
    pub question: Option<&'a str>,
    /// The passage, verbatim.
    pub text: &'a str,
    /// Byte ranges `[start, end)` of matched words in `text`.
    pub highlights: Vec<[usize; 2]>,
    /// The aligned passage in each other version (translation) of the interview.
    pub translations: Vec<JsonTranslation<'a>>,
}

/// A passage's counterpart in another version of its interview.
#[derive(Debug, Serialize)]
pub struct JsonTranslation<'a> {
    /// The version's language code (`en`, `es`, `pt`).
    pub language: &'static str,
    /// The aligned passage's quote id.
    pub quote_id: &'a str,
}

/// The whole answer to one question.
#[derive(Debug, Serialize)]
pub struct JsonAnswer<'a> {
    /// The question as asked.
    pub query: &'a str,
    /// Passages, best first.
    pub results: Vec<JsonResult<'a>>,
}

/// Builds the JSON value for a question and its outcome.
pub fn answer<'a>(query: &'a str, outcome: &'a SearchOutcome<'a>) -> JsonAnswer<'a> {
    JsonAnswer {
        query,
        results: outcome
            .hits
            .iter()
            .enumerate()
            .map(|(i, hit)| result(i + 1, hit))
            .collect(),
    }
}

fn result<'a>(rank: usize, hit: &'a Hit<'a>) -> JsonResult<'a> {
    JsonResult {
        rank,
        score: (f64::from(hit.score) * 1000.0).round() / 1000.0,
        interview: &hit.interview.title,
        question: hit.question,
        text: &hit.passage.text,
        highlights: hit.highlights.iter().map(|r| [r.start, r.end]).collect(),
        translations: hit
            .translations
            .iter()
            .map(|t| JsonTranslation {
                language: t.language.code(),
                quote_id: &t.quote_id,
            })
            .collect(),
    }
}

/// Serialises an answer as one line of JSON.
pub fn to_line(query: &str, outcome: &SearchOutcome<'_>) -> String {
    serde_json::to_string(&answer(query, outcome)).expect("plain data always serialises")
}
