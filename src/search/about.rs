//! Questions about the interview itself ("what is this interview about?", "tldr in one
//! line"): they have no topic of their own that a passage could cover, and the introduction
//! answers them.

use super::analyzer;
use super::query::QueryPlan;

/// Words asking for the form of a summary rather than a topic ("in one line", "briefly").
pub(super) const SUMMARY_WORDS: &[&str] = &[
    "one",
    "line",
    "lines",
    "sentence",
    "sentences",
    "word",
    "words",
    "short",
    "brief",
    "briefly",
    "quick",
    "quickly",
    "nutshell",
    "main",
    "point",
    "points",
    "overall",
    "simple",
    "simply",
];

/// True for a question about the interview itself: it names the interview ("what is this
/// interview about?", "tldr"), and every concept of its plan is such a name or asks for the form
/// of a summary ("in one line"), so it has no topic of its own that a passage could cover.
pub(super) fn asks_about_the_interview(question: &str, plan: &QueryPlan) -> bool {
    names_the_interview(question)
        && plan.concepts.iter().all(|c| {
            SUMMARY_WORDS.contains(&c.words.as_str()) || ABOUT_CUES.contains(&c.words.as_str())
        })
}

/// True when a word of the question names the interview itself.
fn names_the_interview(question: &str) -> bool {
    analyzer::words(question).any(|(_, _, word)| ABOUT_CUES.contains(&word.to_lowercase().as_str()))
}

/// Words that name the interview itself in a question.
pub(super) const ABOUT_CUES: &[&str] = &[
    "interview",
    "interviews",
    "article",
    "piece",
    "conversation",
    "summary",
    "summarize",
    "summarise",
    "tldr",
    "overview",
    "gist",
    "entrevista",
    "resumo",
    "resumen",
];
