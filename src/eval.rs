//! Retrieval quality on a labeled question set.
//!
//! The file is JSON Lines; `#` lines and blank lines are ignored:
//! ```text
//! {"question": "What is the main threat?", "answer": "capitalism is the main threat"}
//! {"question": "Sucre as a crypto?", "answer": ["Bank of ALBA played", "great challenges"]}
//! {"question": "Who won the world cup?", "answer": null}
//! ```
//! `answer` is a verbatim snippet of the expected passage (or a list of acceptable passages'
//! snippets); `null` marks a question the corpus does not answer, where the right behaviour is to
//! abstain. Snippets are compared with non-breaking spaces and curly quotes made plain.

use std::path::Path;

use serde::Deserialize;

use crate::search::Engine;

/// How many hits are fetched per question for hit@k and MRR.
const RANKS: usize = 10;

/// One labeled question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabeledQuestion {
    /// What a person asks.
    pub question: String,
    /// Snippets of acceptable passages; empty for out-of-scope questions.
    pub answers: Vec<String>,
    /// Line in the file.
    pub line: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLine {
    question: String,
    answer: Option<OneOrMany>,
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
    parse_labeled(&text).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))
}

/// The outcome of one labeled question.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseResult {
    /// The labeled question.
    pub case: LabeledQuestion,
    /// 1-based rank of the first acceptable passage, if found in the top results.
    pub rank: Option<usize>,
    /// True when the engine gave no answer.
    pub abstained: bool,
    /// The first passage returned, for reports.
    pub top_text: Option<String>,
}

/// Aggregated quality figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Every question's outcome, in file order.
    pub cases: Vec<CaseResult>,
}

impl Report {
    fn in_scope(&self) -> impl Iterator<Item = &CaseResult> {
        self.cases.iter().filter(|c| !c.case.answers.is_empty())
    }

    fn out_of_scope(&self) -> impl Iterator<Item = &CaseResult> {
        self.cases.iter().filter(|c| c.case.answers.is_empty())
    }

    fn share(count: usize, total: usize) -> f64 {
        if total == 0 {
            0.0
        } else {
            count as f64 / total as f64
        }
    }

    /// Number of in-scope questions.
    pub fn in_scope_count(&self) -> usize {
        self.in_scope().count()
    }

    /// Number of out-of-scope questions.
    pub fn out_of_scope_count(&self) -> usize {
        self.out_of_scope().count()
    }

    /// Share of in-scope questions whose best passage is acceptable.
    pub fn hit_at(&self, k: usize) -> f64 {
        let hits = self
            .in_scope()
            .filter(|c| c.rank.is_some_and(|r| r <= k))
            .count();
        Report::share(hits, self.in_scope_count())
    }

    /// Mean reciprocal rank over in-scope questions (0 when not found in the top results).
    pub fn mrr(&self) -> f64 {
        let total: f64 = self
            .in_scope()
            .filter_map(|c| c.rank)
            .map(|r| 1.0 / r as f64)
            .sum();
        if self.in_scope_count() == 0 {
            0.0
        } else {
            total / self.in_scope_count() as f64
        }
    }

    /// Share of out-of-scope questions the engine rightly declined.
    pub fn abstained_out_of_scope(&self) -> f64 {
        Report::share(
            self.out_of_scope().filter(|c| c.abstained).count(),
            self.out_of_scope_count(),
        )
    }

    /// Share of in-scope questions the engine wrongly declined.
    pub fn abstained_in_scope(&self) -> f64 {
        Report::share(
            self.in_scope().filter(|c| c.abstained).count(),
            self.in_scope_count(),
        )
    }

    /// Human-readable summary, with each miss listed for diagnosis.
    pub fn summary(&self, list_misses: bool) -> String {
        let mut out = format!(
            "questions: {} ({} in scope, {} out of scope)\n\
             hit@1: {:.3}  hit@3: {:.3}  MRR: {:.3}\n\
             out-of-scope abstained: {:.1}%\n\
             in-scope wrongly abstained: {:.1}%\n",
            self.cases.len(),
            self.in_scope_count(),
            self.out_of_scope_count(),
            self.hit_at(1),
            self.hit_at(3),
            self.mrr(),
            100.0 * self.abstained_out_of_scope(),
            100.0 * self.abstained_in_scope(),
        );
        if list_misses {
            for case in &self.cases {
                let expected_abstention = case.case.answers.is_empty();
                let wrong = if expected_abstention {
                    !case.abstained
                } else {
                    case.rank != Some(1)
                };
                if wrong {
                    let got = case
                        .top_text
                        .as_deref()
                        .map_or("(no answer)".to_string(), |t| {
                            t.chars().take(70).collect::<String>()
                        });
                    out.push_str(&format!(
                        "miss line {}: {:?} rank {:?} got: {got}\n",
                        case.case.line, case.case.question, case.rank
                    ));
                }
            }
        }
        out
    }
}

/// Makes snippets and passages comparable despite typography.
fn plain(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{a0}' | '\u{202f}' => ' ',
            '‘' | '’' => '\'',
            '“' | '”' => '"',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

/// Runs every labeled question through the engine.
pub fn evaluate(engine: &Engine, questions: &[LabeledQuestion]) -> Report {
    let cases = questions
        .iter()
        .map(|case| {
            let outcome = engine.search(&case.question, RANKS);
            let answers: Vec<String> = case.answers.iter().map(|a| plain(a)).collect();
            let rank = outcome
                .hits
                .iter()
                .position(|hit| {
                    let text = plain(&hit.passage.text);
                    answers.iter().any(|a| text.contains(a.as_str()))
                })
                .map(|i| i + 1);
            CaseResult {
                case: case.clone(),
                rank,
                abstained: outcome.hits.is_empty(),
                top_text: outcome.hits.first().map(|h| h.passage.text.to_string()),
            }
        })
        .collect();
    Report { cases }
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
    fn malformed_lines_are_reported_with_their_number() {
        let error = parse_labeled("{\"question\": \"a\"}\n{oops}\n").unwrap_err();
        assert_eq!(error.line, 2);
    }

    #[test]
    fn metrics_are_computed_from_ranks() {
        let case = |answers: Vec<String>| LabeledQuestion {
            question: "q".into(),
            answers,
            line: 1,
        };
        let result = |answers: Vec<String>, rank, abstained| CaseResult {
            case: case(answers),
            rank,
            abstained,
            top_text: None,
        };
        let report = Report {
            cases: vec![
                result(vec!["a".into()], Some(1), false),
                result(vec!["a".into()], Some(2), false),
                result(vec!["a".into()], None, true),
                result(vec![], None, true),
                result(vec![], None, false),
            ],
        };
        assert_eq!(report.hit_at(1), 1.0 / 3.0);
        assert_eq!(report.hit_at(3), 2.0 / 3.0);
        assert_eq!(report.mrr(), 0.5);
        assert_eq!(report.abstained_out_of_scope(), 0.5);
        assert_eq!(report.abstained_in_scope(), 1.0 / 3.0);
    }

    #[test]
    fn typography_does_not_hide_a_match() {
        assert_eq!(plain("Biden’s\u{a0}“plan”"), "biden's \"plan\"");
    }
}
