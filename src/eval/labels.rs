//! Labeled question files: JSON Lines of questions with the snippets of the passages that
//! answer them (see the module doc of [`super`]).

use std::path::Path;

use serde::Deserialize;

/// One labeled question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabeledQuestion {
    /// What a person asks.
    pub question: String,
    /// Snippets of acceptable passages; empty for out-of-scope questions.
    pub answers: Vec<String>,
    /// How the question is asked (`direct`, `paraphrase`, `offtopic`...), when labeled.
    pub style: Option<String>,
    /// Language of the question, when labeled.
    pub language: Option<String>,
    /// File it came from (its name) and line in it, for reports.
    pub origin: String,
    /// 1-based line in its file.
    pub line: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLine {
    question: String,
    answer: Option<OneOrMany>,
    #[serde(default)]
    style: Option<String>,
    #[serde(default)]
    language: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

/// A line of the labeled file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct LabelError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// Parses a labeled question file.
///
/// # Errors
/// A [`LabelError`] for the first malformed line.
pub fn parse_labeled(text: &str) -> Result<Vec<LabeledQuestion>, LabelError> {
    let mut questions = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let raw: RawLine = serde_json::from_str(trimmed).map_err(|e| LabelError {
            line: index + 1,
            reason: e.to_string(),
        })?;
        let answers = match raw.answer {
            None => Vec::new(),
            Some(OneOrMany::One(answer)) => vec![answer],
            Some(OneOrMany::Many(answers)) => answers,
        };
        questions.push(LabeledQuestion {
            question: raw.question,
            answers,
            style: raw.style,
            language: raw.language,
            origin: String::new(),
            line: index + 1,
        });
    }
    Ok(questions)
}

/// Reads and parses a labeled question file.
///
/// # Errors
/// An error naming the file for unreadable files or malformed lines.
pub fn load_labeled(path: &Path) -> anyhow::Result<Vec<LabeledQuestion>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    let mut questions =
        parse_labeled(&text).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
    let origin = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    for question in &mut questions {
        question.origin.clone_from(&origin);
    }
    Ok(questions)
}

/// Reads several labeled files, in order, as one set.
///
/// # Errors
/// As [`load_labeled`], for the first file that fails.
pub fn load_all(paths: &[impl AsRef<Path>]) -> anyhow::Result<Vec<LabeledQuestion>> {
    let mut questions = Vec::new();
    for path in paths {
        questions.extend(load_labeled(path.as_ref())?);
    }
    Ok(questions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labeled_lines_accept_one_many_or_no_answer_and_skip_comments() {
        let text = "# c\n\n{\"question\": \"a?\", \"answer\": \"x\"}\n{\"question\": \"b?\", \"answer\": [\"y\", \"z\"]}\n{\"question\": \"c?\", \"answer\": null}\n";
        let questions = parse_labeled(text).unwrap();
        assert_eq!(questions.len(), 3);
        assert_eq!(questions[0].answers, ["x"]);
        assert_eq!(questions[1].answers, ["y", "z"]);
        assert!(questions[2].answers.is_empty());
        assert_eq!(questions[2].line, 5);
    }

    #[test]
    fn style_and_language_labels_are_read() {
        let text = "{\"question\": \"a?\", \"answer\": null, \"style\": \"offtopic\", \"language\": \"es\"}";
        let questions = parse_labeled(text).unwrap();
        assert_eq!(questions[0].style.as_deref(), Some("offtopic"));
        assert_eq!(questions[0].language.as_deref(), Some("es"));
    }

    #[test]
    fn malformed_lines_are_reported_with_their_number() {
        let error = parse_labeled("{\"question\": \"a\"}\n{oops}\n").unwrap_err();
        assert_eq!(error.line, 2);
    }
}
