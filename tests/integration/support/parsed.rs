//! Interviews read from a test's own text, for the tests of published layouts.

use interview_bot::corpus::{self, Interview};

/// `text` read as a corpus file, or a panic naming the line the reader refused and why.
pub fn parse(text: &str) -> Interview {
    corpus::parse("t", text).unwrap_or_else(|e| panic!("line {}: {}", e.line, e.reason))
}

/// The interviewer's questions of `interview`, in order.
pub fn questions(interview: &Interview) -> Vec<&str> {
    interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect()
}
