//! What an evaluation found: each question's outcome, and figures overall and per label.

use std::collections::BTreeMap;

use super::LabeledQuestion;

/// Characters of the passage given instead of the expected one in a miss: enough to recognise
/// it, short enough for one terminal line.
const MISS_PREVIEW_CHARS: usize = 70;

/// The outcome of one labeled question.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseResult {
    /// The labeled question.
    pub case: LabeledQuestion,
    /// 1-based rank of the first acceptable passage, if found in the top results.
    pub rank: Option<usize>,
    /// The first passage returned belongs to an expected answer (any of its paragraphs).
    pub answer_hit: bool,
    /// The first passage returned comes from the interview of an expected passage.
    pub interview_hit: bool,
    /// True when the engine gave no answer.
    pub abstained: bool,
    /// Whether some passage of the corpus holds an expected snippet: when none does, the
    /// parser lost or moved the answer (or the label is wrong), whatever the ranking does.
    pub answer_in_corpus: bool,
    /// The first passage returned, for reports.
    pub top_text: Option<String>,
    /// Id of the first passage's interview, for reports.
    pub top_interview: Option<String>,
}

/// Quality figures over a set of questions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    /// Questions with an answer in the corpus.
    pub in_scope: usize,
    /// Questions the corpus does not answer.
    pub out_of_scope: usize,
    /// Share of in-scope questions whose first passage is an expected one.
    pub hit1: f64,
    /// Share of in-scope questions whose first passage belongs to an expected answer.
    pub answer_hit1: f64,
    /// Share of in-scope questions whose first passage comes from the right interview.
    pub interview_hit1: f64,
    /// Share of in-scope questions with an expected passage in the first three.
    pub hit3: f64,
    /// Mean reciprocal rank of the first expected passage (0 when not in the results).
    pub mrr: f64,
    /// Share of out-of-scope questions rightly refused.
    pub refused_out_of_scope: f64,
    /// Share of in-scope questions wrongly refused.
    pub refused_in_scope: f64,
}

impl Metrics {
    fn of<'a>(cases: impl Iterator<Item = &'a CaseResult> + Clone) -> Metrics {
        let in_scope = cases.clone().filter(|c| !c.case.answers.is_empty());
        let out_of_scope = cases.filter(|c| c.case.answers.is_empty());
        let n_in = in_scope.clone().count();
        let n_out = out_of_scope.clone().count();
        let share = |count: usize, total: usize| {
            if total == 0 {
                0.0
            } else {
                count as f64 / total as f64
            }
        };
        let count_in =
            |test: &dyn Fn(&CaseResult) -> bool| in_scope.clone().filter(|c| test(c)).count();
        Metrics {
            in_scope: n_in,
            out_of_scope: n_out,
            hit1: share(count_in(&|c| c.rank == Some(1)), n_in),
            answer_hit1: share(count_in(&|c| c.answer_hit), n_in),
            interview_hit1: share(count_in(&|c| c.interview_hit), n_in),
            hit3: share(count_in(&|c| c.rank.is_some_and(|r| r <= 3)), n_in),
            mrr: if n_in == 0 {
                0.0
            } else {
                in_scope
                    .clone()
                    .filter_map(|c| c.rank)
                    // A fold from +0.0: a float `sum` of nothing is -0.0, printed "-0.000".
                    .fold(0.0, |total, r| total + 1.0 / r as f64)
                    / n_in as f64
            },
            refused_out_of_scope: share(out_of_scope.filter(|c| c.abstained).count(), n_out),
            refused_in_scope: share(count_in(&|c| c.abstained), n_in),
        }
    }

    fn row(&self, label: &str) -> String {
        let scoped = |value: f64, total: usize| {
            if total == 0 {
                "    -".to_string()
            } else {
                format!("{value:5.3}")
            }
        };
        format!(
            "{label:<20} {:>4} {:>4}  {}  {}  {}  {}  {}  {}  {}\n",
            self.in_scope,
            self.out_of_scope,
            scoped(self.hit1, self.in_scope),
            scoped(self.answer_hit1, self.in_scope),
            scoped(self.interview_hit1, self.in_scope),
            scoped(self.hit3, self.in_scope),
            scoped(self.mrr, self.in_scope),
            scoped(self.refused_out_of_scope, self.out_of_scope),
            scoped(self.refused_in_scope, self.in_scope),
        )
    }
}

/// Aggregated quality figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Every question's outcome, in file order.
    pub cases: Vec<CaseResult>,
}

impl Report {
    /// Figures over every question.
    pub fn metrics(&self) -> Metrics {
        Metrics::of(self.cases.iter())
    }

    /// Figures per value of a label (`style`, `language`), in label order; unlabeled questions
    /// are left out.
    pub fn metrics_by(
        &self,
        label: impl Fn(&LabeledQuestion) -> Option<&str>,
    ) -> BTreeMap<String, Metrics> {
        let mut groups: BTreeMap<String, Vec<&CaseResult>> = BTreeMap::new();
        for case in &self.cases {
            if let Some(value) = label(&case.case) {
                groups.entry(value.to_string()).or_default().push(case);
            }
        }
        groups
            .into_iter()
            .map(|(value, cases)| (value, Metrics::of(cases.into_iter())))
            .collect()
    }

    /// Number of in-scope questions.
    pub fn in_scope_count(&self) -> usize {
        self.metrics().in_scope
    }

    /// Number of out-of-scope questions.
    pub fn out_of_scope_count(&self) -> usize {
        self.metrics().out_of_scope
    }

    /// Share of in-scope questions with an acceptable passage in the first `k`.
    pub fn hit_at(&self, k: usize) -> f64 {
        let metrics = self.metrics();
        let hits = self
            .cases
            .iter()
            .filter(|c| !c.case.answers.is_empty() && c.rank.is_some_and(|r| r <= k))
            .count();
        if metrics.in_scope == 0 {
            0.0
        } else {
            hits as f64 / metrics.in_scope as f64
        }
    }

    /// Mean reciprocal rank over in-scope questions (0 when not found in the top results).
    pub fn mrr(&self) -> f64 {
        self.metrics().mrr
    }

    /// Share of out-of-scope questions the engine rightly declined.
    pub fn abstained_out_of_scope(&self) -> f64 {
        self.metrics().refused_out_of_scope
    }

    /// Share of in-scope questions the engine wrongly declined.
    pub fn abstained_in_scope(&self) -> f64 {
        self.metrics().refused_in_scope
    }

    /// Human-readable summary: a table overall, per style and per language, then each miss
    /// when asked for.
    pub fn summary(&self, list_misses: bool) -> String {
        let metrics = self.metrics();
        let mut out = format!(
            "questions: {} ({} in scope, {} out of scope)\n\
             hit@1: {:.3}  answer hit@1: {:.3}  interview hit@1: {:.3}  hit@3: {:.3}  MRR: {:.3}\n\
             out-of-scope abstained: {:.1}%\n\
             in-scope wrongly abstained: {:.1}%\n",
            self.cases.len(),
            metrics.in_scope,
            metrics.out_of_scope,
            metrics.hit1,
            metrics.answer_hit1,
            metrics.interview_hit1,
            metrics.hit3,
            metrics.mrr,
            100.0 * metrics.refused_out_of_scope,
            100.0 * metrics.refused_in_scope,
        );
        let by_style = self.metrics_by(|q| q.style.as_deref());
        let by_language = self.metrics_by(|q| q.language.as_deref());
        if !by_style.is_empty() || !by_language.is_empty() {
            out.push_str(
                "\n                       in  off  hit@1 answer intrvw  hit@3    MRR refuse refin\n",
            );
            out.push_str(&metrics.row("all"));
            for (style, m) in &by_style {
                out.push_str(&m.row(&format!("style {style}")));
            }
            for (language, m) in &by_language {
                out.push_str(&m.row(&format!("lang {language}")));
            }
        }
        if list_misses {
            out.push('\n');
            for case in self.cases.iter().filter(|c| c.is_miss()) {
                out.push_str(&case.describe_miss());
            }
        }
        out
    }
}

impl CaseResult {
    /// Wrong: an out-of-scope question answered, or an in-scope one whose first passage is
    /// not an expected one.
    fn is_miss(&self) -> bool {
        if self.case.answers.is_empty() {
            !self.abstained
        } else {
            self.rank != Some(1)
        }
    }

    fn describe_miss(&self) -> String {
        let got = self
            .top_text
            .as_deref()
            .map_or("(no answer)".to_string(), |t| {
                t.chars().take(MISS_PREVIEW_CHARS).collect::<String>()
            });
        let kind = match (
            self.case.answers.is_empty() || self.answer_in_corpus,
            self.answer_hit,
            self.interview_hit,
        ) {
            _ if self.case.answers.is_empty() => "answered",
            (false, _, _) => "answer in no passage (check the file with `index --explain`)",
            (true, true, _) => "other paragraph",
            (true, false, true) => "other answer",
            (true, false, false) if self.abstained => "refused",
            (true, false, false) => "other interview",
        };
        format!(
            "miss {}:{} [{}] {kind}: {:?} rank {:?} got {}: {got}\n",
            self.case.origin,
            self.case.line,
            self.case.style.as_deref().unwrap_or("-"),
            self.case.question,
            self.rank,
            self.top_interview.as_deref().unwrap_or("-"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(
        answers: Vec<String>,
        rank: Option<usize>,
        abstained: bool,
        style: &str,
    ) -> CaseResult {
        CaseResult {
            case: LabeledQuestion {
                question: "q".into(),
                answers,
                style: Some(style.into()),
                language: None,
                origin: "f".into(),
                line: 1,
            },
            rank,
            answer_hit: rank == Some(1),
            interview_hit: rank.is_some(),
            abstained,
            answer_in_corpus: true,
            top_text: None,
            top_interview: None,
        }
    }

    #[test]
    fn metrics_are_computed_from_ranks() {
        let report = Report {
            cases: vec![
                result(vec!["a".into()], Some(1), false, "direct"),
                result(vec!["a".into()], Some(2), false, "direct"),
                result(vec!["a".into()], None, true, "typo"),
                result(vec![], None, true, "offtopic"),
                result(vec![], None, false, "offtopic"),
            ],
        };
        assert_eq!(report.hit_at(1), 1.0 / 3.0);
        assert_eq!(report.hit_at(3), 2.0 / 3.0);
        assert_eq!(report.mrr(), 0.5);
        assert_eq!(report.abstained_out_of_scope(), 0.5);
        assert_eq!(report.abstained_in_scope(), 1.0 / 3.0);
        let metrics = report.metrics();
        assert_eq!(metrics.answer_hit1, 1.0 / 3.0);
        assert_eq!(metrics.interview_hit1, 2.0 / 3.0);
        let by_style = report.metrics_by(|q| q.style.as_deref());
        assert_eq!(by_style["direct"].hit1, 0.5);
        assert_eq!(by_style["offtopic"].refused_out_of_scope, 0.5);
        assert!(report.summary(true).contains("style typo"));
    }

    #[test]
    fn a_group_whose_questions_were_all_refused_prints_a_plain_zero_mrr() {
        let report = Report {
            cases: vec![result(vec!["a".into()], None, true, "typo")],
        };
        assert!(report.mrr().is_sign_positive());
        let summary = report.summary(true);
        assert!(!summary.contains("-0.000"), "{summary}");
    }

    #[test]
    fn a_miss_whose_answer_no_passage_holds_points_at_the_parse_not_the_ranking() {
        let mut lost = result(vec!["a".into()], None, false, "direct");
        lost.answer_in_corpus = false;
        assert!(lost.describe_miss().contains("answer in no passage"));
        let elsewhere = result(vec!["a".into()], None, false, "direct");
        assert!(elsewhere.describe_miss().contains("other interview"));
    }
}
