//! Retrieval quality on labeled question sets.
//!
//! Each file is JSON Lines; `#` lines and blank lines are ignored:
//! ```text
//! {"question": "What is the main threat?", "answer": "capitalism is the main threat"}
//! {"question": "Sucre as a crypto?", "answer": ["Bank of ALBA played", "great challenges"], "style": "paraphrase"}
//! {"question": "Who won the world cup?", "answer": null, "style": "offtopic", "language": "en"}
//! ```
//! `answer` is a verbatim snippet of the expected passage (or a list of acceptable passages'
//! snippets); `null` marks a question the corpus does not answer, where the right behaviour is to
//! abstain. `style` and `language` are optional labels the report is broken down by. Snippets are
//! compared with non-breaking spaces and curly quotes made plain.

mod labels;
mod report;

pub use labels::{load_all, load_labeled, parse_labeled, LabelError, LabeledQuestion};
pub use report::{CaseResult, Metrics, Report};

use crate::corpus::Corpus;
use crate::search::Engine;

/// How many hits are fetched per question for hit@k and MRR.
const RANKS: usize = 10;

/// Makes snippets and passages comparable despite typography (lower case, straight quotes,
/// plain spaces): how an answer snippet is looked for in a passage.
pub fn plain(text: &str) -> String {
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

/// A role label copied from the file at the start of an expected answer ("A: We just…"):
/// at most this many letters before the colon. Passages are stored without their labels.
const MAX_COPIED_LABEL_LETTERS: usize = 2;

/// An expected answer as it is looked for in passages: [`plain`], without a role label the
/// question writer copied with the words (`A:`, `R:`), which no passage holds.
pub fn snippet(answer: &str) -> String {
    let text = plain(answer.trim_start());
    let label = text.split_once(':').filter(|(label, rest)| {
        (1..=MAX_COPIED_LABEL_LETTERS).contains(&label.chars().count())
            && label.chars().all(char::is_alphabetic)
            && rest.starts_with(' ')
    });
    match label {
        Some((_, rest)) => rest.trim_start().to_string(),
        None => text,
    }
}

/// Where the expected passages of a question are: (interview, turn) of each.
fn expected_places(corpus: &Corpus, answers: &[String]) -> Vec<(usize, Option<usize>)> {
    corpus
        .passages
        .iter()
        .filter(|p| {
            let text = plain(&p.text);
            answers.iter().any(|a| text.contains(a.as_str()))
        })
        .map(|p| (p.interview, p.turn))
        .collect()
}

/// Runs every labeled question through the engine.
pub fn evaluate(engine: &Engine, questions: &[LabeledQuestion]) -> Report {
    let corpus = engine.corpus();
    let cases = questions
        .iter()
        .map(|case| {
            let outcome = engine.search(&case.question, RANKS);
            let answers: Vec<String> = case.answers.iter().map(|a| snippet(a)).collect();
            let rank = outcome
                .hits
                .iter()
                .position(|hit| {
                    let text = plain(&hit.passage.text);
                    answers.iter().any(|a| text.contains(a.as_str()))
                })
                .map(|i| i + 1);
            let places = expected_places(corpus, &answers);
            let top = outcome.hits.first();
            let answer_hit = top.is_some_and(|hit| {
                places.contains(&(hit.passage.interview, hit.passage.turn))
                    && hit.passage.turn.is_some()
            }) || rank == Some(1);
            let interview_hit = top.is_some_and(|hit| {
                places
                    .iter()
                    .any(|&(interview, _)| interview == hit.passage.interview)
            });
            CaseResult {
                case: case.clone(),
                rank,
                answer_hit,
                interview_hit,
                abstained: outcome.hits.is_empty(),
                answer_in_corpus: !places.is_empty(),
                top_text: top.map(|h| h.passage.text.to_string()),
                top_interview: top.map(|h| h.interview.id.clone()),
            }
        })
        .collect();
    Report { cases }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typography_does_not_hide_a_match() {
        assert_eq!(plain("Biden’s\u{a0}“plan”"), "biden's \"plan\"");
    }

    #[test]
    fn a_role_label_copied_with_the_expected_answer_is_no_part_of_it() {
        assert_eq!(
            snippet("A: We just call it “news.”"),
            "we just call it \"news.\""
        );
        assert_eq!(snippet("R: Sí, claro."), "sí, claro.");
        assert_eq!(
            snippet("Note: the kiln was cold"),
            "note: the kiln was cold"
        );
        assert_eq!(snippet("at 10:30 we left"), "at 10:30 we left");
    }
}
