//! Telegram HTML for the admins' commands: `/why` (how a question was read and scored),
//! `/stats` and the `/reload` reply. Pure: strings from the engine's explanation and plain
//! counts. These replies are for the operator and stay in English.

use super::marks::wrap_for;
use super::telegram::{escape, truncate};
use crate::corpus::Corpus;
use crate::search::{Abstention, Candidate, Explanation};

/// Longest question echoed by /why.
const WHY_QUESTION_UTF16: usize = 300;

/// Concepts listed by /why (a long question has up to 32).
const WHY_CONCEPTS: usize = 12;

/// Other ways to match a concept listed beside it by /why (synonyms, corrections).
const WHY_ALTERNATIVES: usize = 3;

/// A concept's words in the "Read as" line are cut here: it lists up to a dozen.
const WHY_CONCEPT_UTF16: usize = 40;

/// A concept's words in a candidate's "matched" line, shorter: each candidate lists them.
const WHY_MATCHED_UTF16: usize = 30;

/// The start of a candidate's passage shown by /why: enough to recognise it.
const WHY_PASSAGE_UTF16: usize = 80;

/// Longest unanswered question listed by /stats.
const STATS_QUESTION_UTF16: usize = 100;

/// Problems listed in a /reload reply; the rest are in the log.
const RELOAD_PROBLEMS: usize = 10;

/// One problem in a /reload reply is cut here (a path and a reason fit).
const RELOAD_PROBLEM_UTF16: usize = 300;

/// A failed reload's error is cut here, well within one message.
const RELOAD_ERROR_UTF16: usize = 1_500;

/// The /stats reply when the counters cannot be read.
pub const STATS_UNAVAILABLE: &str = "The counters cannot be read right now (see the bot's log).";

/// /why: how a question was read, which rule decided, and how the best passages scored.
pub fn why(question: &str, explanation: &Explanation<'_>, corpus: &Corpus) -> String {
    let mut out = format!(
        "<b>Question</b>: {}\n<b>Read as</b>: {}",
        escape(truncate(question, WHY_QUESTION_UTF16)),
        escape(&read_as(explanation)),
    );
    out.push_str(&format!(
        "\n<b>Decision</b>: {}\n",
        escape(&decision(explanation))
    ));
    for (rank, candidate) in explanation.candidates.iter().enumerate() {
        out.push_str(&candidate_lines(rank, candidate, explanation, corpus));
    }
    out
}

/// The concepts searched for, with their weights and other ways to match them.
fn read_as(explanation: &Explanation<'_>) -> String {
    let concepts: Vec<String> = (explanation.plan.concepts.iter())
        .take(WHY_CONCEPTS)
        .map(|concept| {
            let others: Vec<String> = (concept.alternatives.iter())
                .skip(1)
                .take(WHY_ALTERNATIVES)
                .map(|a| a.terms.join(" "))
                .collect();
            let also = match others.is_empty() {
                true => String::new(),
                false => format!("; also {}", others.join(", ")),
            };
            let words = truncate(&concept.words, WHY_CONCEPT_UTF16);
            format!("{words} ({:.2}{also})", concept.weight)
        })
        .collect();
    match concepts.is_empty() {
        true => "nothing searchable".to_string(),
        false => concepts.join(", "),
    }
}

/// Which rule decided, with the numbers it compared.
fn decision(explanation: &Explanation<'_>) -> String {
    let best = explanation.candidates.first().map_or(0.0, |c| c.coverage);
    match &explanation.abstention {
        None => format!(
            "answered: best coverage {best:.2} ≥ {:.2}",
            explanation.min_coverage
        ),
        Some(Abstention::LowCoverage {
            coverage,
            min_coverage,
        }) => format!("no answer: best coverage {coverage:.2} < {min_coverage:.2}"),
        Some(Abstention::NoSearchableWords) => "no answer: no searchable words".to_string(),
        Some(Abstention::NoMatch) => "no answer: no passage shares a word".to_string(),
        Some(Abstention::OnlyInPassing { coverage }) => {
            format!("no answer: coverage {coverage:.2}, but every word only in passing")
        }
        Some(Abstention::NoFigure { coverage }) => {
            format!("no answer: coverage {coverage:.2}, but no passage gives the figure asked")
        }
        Some(Abstention::OffSubject { coverage }) => {
            format!(
                "no answer: coverage {coverage:.2}, but no passage has the question's rarest word"
            )
        }
        Some(Abstention::Apart { coverage }) => format!(
            "no answer: coverage {coverage:.2}, but no passage says the question's rarest word \
             near another of its words"
        ),
        Some(Abstention::NotGiven { coverage, fact }) => {
            format!("no answer: coverage {coverage:.2}, but no passage gives the {fact} asked")
        }
    }
}

/// One candidate: rank, scores, quote id, the start of its text and where concepts matched.
fn candidate_lines(
    rank: usize,
    candidate: &Candidate<'_>,
    explanation: &Explanation<'_>,
    corpus: &Corpus,
) -> String {
    let matched: Vec<String> = (explanation.plan.concepts.iter())
        .zip(&candidate.matches)
        .filter(|(_, m)| m.in_text || m.in_question)
        .map(|(concept, m)| {
            let places = [
                (m.in_text, "text"),
                (m.in_question, "question"),
                (m.names_interview, "name"),
            ];
            let places: Vec<&str> = (places.iter())
                .filter(|(hit, _)| *hit)
                .map(|(_, place)| *place)
                .collect();
            let words = truncate(&concept.words, WHY_MATCHED_UTF16);
            format!("{words} [{}]", places.join("+"))
        })
        .collect();
    let matched = match matched.is_empty() {
        true => "—".to_string(),
        false => matched.join(", "),
    };
    format!(
        "\n{}. {:.2} · coverage {:.2} · <code>{}</code>\n{}\nmatched: {}\n",
        rank + 1,
        candidate.score,
        candidate.coverage,
        corpus.quote_id(candidate.passage),
        passage_start(&candidate.passage.text),
        escape(&matched),
    )
}

/// The start of a passage, escaped, in quotation marks: its own if it brings them.
fn passage_start(text: &str) -> String {
    let start = truncate(text, WHY_PASSAGE_UTF16);
    let cut = if start.len() < text.len() { "…" } else { "" };
    escape(&wrap_for(start).around(&format!("{start}{cut}")))
}

/// Questions answered and refused over some period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// Answered with a quote.
    pub answered: u64,
    /// Answered with "no good match".
    pub refused: u64,
}

impl Count {
    fn line(self) -> String {
        let questions = self.answered + self.refused;
        let rate = match questions {
            0 => 0.0,
            _ => 100.0 * self.answered as f64 / questions as f64,
        };
        let noun = if questions == 1 {
            "question"
        } else {
            "questions"
        };
        format!(
            "{questions} {noun}, {} answered ({rate:.0}%)",
            self.answered
        )
    }
}

/// /stats: all time, by day (`YYYY-MM-DD`), and the most frequent unanswered questions.
pub fn stats(total: Count, days: &[(&str, Count)], top_unanswered: &[(String, u64)]) -> String {
    let mut out = format!("<b>All time</b>: {}", total.line());
    for (day, count) in days {
        out.push_str(&format!("\n{}: {}", escape(day), count.line()));
    }
    out.push_str("\n<b>Top unanswered</b>:");
    if top_unanswered.is_empty() {
        out.push_str(" none");
    }
    for (question, count) in top_unanswered {
        let question = escape(truncate(question, STATS_QUESTION_UTF16));
        out.push_str(&format!("\n{count}× {question}"));
    }
    out
}

/// The /reload reply after a reload: what is served now, and what could not be used.
pub fn reloaded(interviews: usize, passages: usize, problems: &[String]) -> String {
    let mut report = format!("Reloaded: {interviews} interviews, {passages} passages.");
    for problem in problems.iter().take(RELOAD_PROBLEMS) {
        let problem = escape(truncate(problem, RELOAD_PROBLEM_UTF16));
        report.push_str(&format!("\n• {problem}"));
    }
    report
}

/// The /reload reply when nothing could be loaded.
pub fn reload_failed(error: &str) -> String {
    format!(
        "Reload failed; the previous version keeps serving.\n{}",
        escape(truncate(error, RELOAD_ERROR_UTF16))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::telegram::validate_html;

    #[test]
    fn a_rarest_word_met_apart_is_told_from_a_rarest_word_missing() {
        let explain = |abstention| Explanation {
            plan: Default::default(),
            candidates: Vec::new(),
            abstention: Some(abstention),
            min_coverage: 0.3,
        };
        let apart = decision(&explain(Abstention::Apart { coverage: 0.5 }));
        let missing = decision(&explain(Abstention::OffSubject { coverage: 0.5 }));
        assert!(apart.contains("near another of its words"), "{apart}");
        assert!(!missing.contains("near another"), "{missing}");
        assert_ne!(apart, missing);
    }

    #[test]
    fn a_passage_start_keeps_its_own_marks_and_closes_what_it_cut() {
        assert_eq!(passage_start("We <rowed>."), "“We &lt;rowed&gt;.”");
        assert_eq!(passage_start("«Remamos.»"), "«Remamos.»");
        assert_eq!(passage_start("\"Rowing.\""), "&quot;Rowing.&quot;");
        let long = format!("“{}.”", "We rowed all night ".repeat(10).trim_end());
        let start = passage_start(&long);
        assert!(
            start.starts_with("“We rowed") && !start.starts_with("““"),
            "{start}"
        );
        assert!(start.ends_with("…”") && !start.ends_with("”…”"), "{start}");
    }

    #[test]
    fn one_question_is_not_counted_as_questions() {
        let line = Count {
            answered: 1,
            refused: 0,
        }
        .line();
        assert_eq!(line, "1 question, 1 answered (100%)");
    }

    #[test]
    fn the_summary_shows_totals_days_and_escaped_questions() {
        let day = Count {
            answered: 1,
            refused: 1,
        };
        let total = Count {
            answered: 3,
            refused: 1,
        };
        let text = stats(total, &[("2026-11-30", day)], &[("<b>cake</b>".into(), 1)]);
        for expected in [
            "All time</b>: 4 questions, 3 answered (75%)",
            "2026-11-30: 2 questions, 1 answered (50%)",
            "1× &lt;b&gt;cake",
        ] {
            assert!(text.contains(expected), "{text}");
        }
    }

    #[test]
    fn reload_replies_list_a_few_problems_escaped() {
        let problems: Vec<String> = (0..15).map(|i| format!("file{i}.txt: <bad>")).collect();
        let reply = reloaded(2, 40, &problems);
        assert!(reply.starts_with("Reloaded: 2 interviews, 40 passages."));
        assert_eq!(reply.matches('•').count(), RELOAD_PROBLEMS);
        assert!(reply.contains("&lt;bad&gt;"));
        assert_eq!(validate_html(&reload_failed("x < y")), Ok(()));
    }
}
