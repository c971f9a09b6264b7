//! Reading a question once per language of the corpus and keeping the reading that answers it
//! best (see [`Engine::search`]): detecting the language of a short question is unreliable.

use super::analyzer::Analyzer;
use super::language::Language;
use super::query::{self, QueryPlan};
use super::terms::{self, CorpusTerms, FieldKind};
use super::{rerank, Abstention, Engine, Scope, SearchOutcome};
use crate::corpus::Corpus;

mod foreign;
mod stand_in;

/// Coverage gap under which two readings of a question (in two languages) count as answering
/// it equally well; the language that knows more of the question's words then wins.
pub(super) const LANGUAGE_COVERAGE_MARGIN: f32 = 0.1;

/// Known question words by which one reading must lead another to win outright: one word is
/// often a name or loanword both languages' passages use.
const KNOWN_WORDS_LEAD: usize = 2;

impl Engine {
    /// Reads a question and plans the search, in the language whose reading answers it best;
    /// never fails.
    pub fn plan(&self, question: &str) -> QueryPlan {
        self.search(question, 1).plan
    }

    /// The question read with one language's analysis, for a search of `scope` (a name may
    /// stand in for an interviewee only where an interview of it names none, see [`stand_in`]).
    pub(super) fn plan_in(&self, terms: &CorpusTerms, question: &str, scope: &Scope) -> QueryPlan {
        self.plan_read(terms, question, scope).0
    }

    /// [`Engine::plan_in`], and whether the question was read across languages (see
    /// [`foreign`]).
    fn plan_read(&self, terms: &CorpusTerms, question: &str, scope: &Scope) -> (QueryPlan, bool) {
        let stats = terms::Statistics {
            terms,
            passages: terms.analysed_passages(),
        };
        let mut analyzer = Analyzer::new(terms.language);
        let plan = query::plan(
            question,
            &mut analyzer,
            self.synonyms.for_language(terms.language),
            &terms.vocabulary,
            &stats,
        );
        let plan = super::typo_support::supported_corrections(plan, terms);
        let (plan, across) = match foreign::written_in(question, terms.language) {
            Some(written) => self.across_when_named(plan, question, written, terms),
            None => (plan, false),
        };
        let unnamed_possible = (self.corpus.interviews.iter().enumerate())
            .any(|(at, i)| scope.includes(at) && i.metadata.interviewee.is_none());
        if !unnamed_possible {
            return (plan, across);
        }
        let (_, naming) = self.find_named(terms, &plan);
        let plan = stand_in::without_stand_in(plan, question, &mut analyzer, &stats, &naming);
        (plan, across)
    }

    /// The question read across languages (see [`foreign`]) when it names an interview of
    /// this language, its people, outlet or title, which the two languages write alike: a
    /// question naming none is about its own language's interviews or about nothing here
    /// ("¿Cómo se prepara una paella valenciana?" met "prepare" in an English answer), and
    /// is read as before; so is one whose names the interviews of its own language use too.
    fn across_when_named(
        &self,
        plan: QueryPlan,
        question: &str,
        written: Language,
        terms: &CorpusTerms,
    ) -> (QueryPlan, bool) {
        let across = foreign::read_across(plan.clone(), question, written, terms);
        let (named, naming) = self.find_named(terms, &across);
        // A name the question's own language's interviews use too ("Paulo" of "São Paulo")
        // points to no interview across languages.
        let own = self.analyses.iter().find(|a| a.language == written);
        let points_across = (across.concepts.iter().zip(&naming))
            .filter(|(_, names)| **names)
            .any(|(concept, _)| own.is_none_or(|own| !own.knows_word(&concept.words)));
        match !named.interviews.is_empty() && points_across {
            true => (across, true),
            false => (plan, false),
        }
    }

    /// The winning analysis (index in `analyses`) and its outcome: each reading that may win
    /// is searched.
    pub(super) fn choose(
        &self,
        question: &str,
        limit: usize,
        scope: &Scope,
    ) -> (usize, SearchOutcome<'_>) {
        let question = query::bounded(question);
        super::analyzer::forget_recent_analyses();
        if self.analyses.len() == 1 {
            let plan = self.plan_in(&self.analyses[0], question, scope);
            return (0, self.search_planned(0, plan, question, limit, scope));
        }
        // Readings that could cover more of the question are searched first; a reading whose
        // best possible coverage cannot come near the best found so far is not searched at all,
        // so a second language costs little more than planning.
        let mut readings: Vec<(usize, QueryPlan, f32, bool)> = self
            .analyses
            .iter()
            .enumerate()
            .map(|(index, terms)| {
                let (plan, across) = self.plan_read(terms, question, scope);
                let bound = coverage_bound(&plan, terms);
                (index, plan, bound, across)
            })
            .collect();
        readings.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
        let mut best: Option<(usize, SearchOutcome<'_>, Evidence)> = None;
        for (index, plan, bound, across) in readings {
            if let Some((_, _, current)) = &best {
                if current.leaves_no_chance(bound, across) {
                    continue;
                }
            }
            let terms = &self.analyses[index];
            let outcome = self.search_planned(index, plan, question, limit, scope);
            let mut evidence = Evidence::of(&outcome, terms, question);
            evidence.across = across;
            tracing::debug!(
                language = ?terms.language,
                ?evidence,
                abstention = ?outcome.abstention,
                terms = ?plan_terms(&outcome.plan),
                "reading"
            );
            let better = best
                .as_ref()
                .is_none_or(|(_, _, current)| evidence.beats(current));
            if better {
                best = Some((index, outcome, evidence));
            }
        }
        let (index, outcome, _) = best.expect("at least one analysis");
        (index, outcome)
    }
}

/// The terms of each concept of a plan (alternatives joined by "|"), for the debug log.
fn plan_terms(plan: &QueryPlan) -> Vec<String> {
    plan.concepts
        .iter()
        .map(|concept| {
            let alternatives: Vec<String> = concept
                .alternatives
                .iter()
                .map(|a| a.terms.join("+"))
                .collect();
            alternatives.join("|")
        })
        .collect()
}

/// How well one language's reading of a question answers it, to pick among languages.
#[derive(Debug, Clone, Copy)]
pub(super) struct Evidence {
    answered: bool,
    coverage: f32,
    /// Question words this language knows, as function words or as word forms its passages
    /// use verbatim: a sign of the question's language when one reading knows clearly more
    /// (stemming makes "exclusive" and "exclusiva" alike, the words are not). A lead of one
    /// word is no sign between Spanish and Portuguese, which share many spellings once
    /// folded ("la" is Portuguese "lá", "financia" is both): there the better match decides.
    known_words: usize,
    score: f32,
    /// Read in a language the question is not written in (see [`foreign`]): its known words
    /// tell nothing, and it wins only when the question's own reading is refused.
    across: bool,
}

impl Evidence {
    pub(super) fn of(outcome: &SearchOutcome<'_>, terms: &CorpusTerms, question: &str) -> Evidence {
        let (coverage, score) = match (outcome.hits.first(), &outcome.abstention) {
            (Some(hit), _) => (hit.coverage, hit.score),
            (
                None,
                Some(
                    Abstention::LowCoverage { coverage, .. }
                    | Abstention::OnlyInPassing { coverage }
                    | Abstention::NoFigure { coverage }
                    | Abstention::OffSubject { coverage }
                    | Abstention::Apart { coverage }
                    | Abstention::NotGiven { coverage, .. },
                ),
            ) => (*coverage, 0.0),
            _ => (0.0, 0.0),
        };
        let known_words = Analyzer::new(terms.language)
            .analyze(question)
            .iter()
            .filter(|word| word.term.is_none() || terms.knows_word(&word.surface))
            .count();
        Evidence {
            answered: !outcome.hits.is_empty(),
            coverage,
            known_words,
            score,
            across: false,
        }
    }

    /// Whether a reading whose coverage can reach at most `bound` (`across` languages or
    /// not) cannot beat this one and need not be searched. A reading across languages never
    /// outranks the question's own that answers, and never keeps it from being searched.
    fn leaves_no_chance(&self, bound: f32, across: bool) -> bool {
        let outranked = self.answered && bound + LANGUAGE_COVERAGE_MARGIN < self.coverage;
        match (across, self.across) {
            (true, false) => self.answered,
            (false, true) => false,
            _ => outranked,
        }
    }

    pub(super) fn beats(&self, other: &Evidence) -> bool {
        if self.across != other.across {
            // The question's own language keeps it unless it refuses what the other answers.
            let (own, across) = if self.across {
                (other, self)
            } else {
                (self, other)
            };
            let across_wins = across.answered && !own.answered;
            return self.across == across_wins;
        }
        // A reading that knows clearly more of the question's words is in the question's
        // language, answered or not: the other one took its function words ("quem", "é",
        // "da") for rare content words, and a match on those is no answer.
        if self.known_words.abs_diff(other.known_words) >= KNOWN_WORDS_LEAD {
            return self.known_words > other.known_words;
        }
        if self.answered != other.answered {
            return self.answered;
        }
        if (self.coverage - other.coverage).abs() > LANGUAGE_COVERAGE_MARGIN {
            return self.coverage > other.coverage;
        }
        (self.coverage, self.score) > (other.coverage, other.score)
    }
}

/// The most coverage any passage of one language could reach for a plan: the share of its
/// weight whose concepts that language's passages or interview names contain at all (a concept
/// naming an interview leaves both sides of the share, which can only lower it below this; an
/// unknown word counts less beside two known ones, see `rerank::unknown`).
/// 1 for an empty plan, which may still ask what the interview is about.
pub(super) fn coverage_bound(plan: &QueryPlan, terms: &CorpusTerms) -> f32 {
    let stats = terms::Statistics {
        terms,
        passages: terms.analysed_passages(),
    };
    let known = |c: &query::Concept| {
        c.alternatives.iter().any(|a| {
            a.terms.iter().all(|t| {
                query::TermStatistics::document_frequency(&stats, t) > 0
                    || terms.present(FieldKind::Metadata, t)
            })
        })
    };
    let concepts = plan.concepts.iter().map(|c| (c, known(c)));
    rerank::unknown::coverage_bound(concepts, terms.analysed_passages())
}

/// One analysis per language of the corpus, English first; English alone for an empty corpus.
pub(super) fn analyses_of(corpus: &Corpus, languages: &[Language]) -> Vec<CorpusTerms> {
    present_languages(languages)
        .into_iter()
        .map(|language| CorpusTerms::build(corpus, language, languages))
        .collect()
}

/// The languages analysed for interviews in `languages`: each once, English first; English
/// alone for an empty corpus.
pub(super) fn present_languages(languages: &[Language]) -> Vec<Language> {
    let mut present: Vec<Language> = languages.to_vec();
    present.sort_unstable();
    present.dedup();
    if present.is_empty() {
        present.push(Language::En);
    }
    present
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::testing::archive_engine;

    fn evidence(answered: bool, coverage: f32, known_words: usize) -> Evidence {
        Evidence {
            answered,
            coverage,
            known_words,
            score: 1.0,
            across: false,
        }
    }

    #[test]
    fn the_reading_that_knows_clearly_more_words_wins_even_unanswered() {
        // "Quem é o técnico da seleção?" read as Spanish matches "da" in a Spanish passage.
        let portuguese = evidence(false, 0.2, 6);
        let spanish = evidence(true, 0.36, 2);
        assert!(portuguese.beats(&spanish));
        assert!(!spanish.beats(&portuguese));
    }

    #[test]
    fn between_readings_that_cover_alike_a_one_word_lead_yields_to_the_better_match() {
        // "como se financia la cooperatva": Portuguese knows "la" (as "lá") and "financia".
        let spanish = Evidence {
            score: 3.7,
            ..evidence(true, 0.51, 4)
        };
        let portuguese = Evidence {
            score: 2.9,
            ..evidence(true, 0.44, 5)
        };
        assert!(spanish.beats(&portuguese));
        assert!(!portuguese.beats(&spanish));
    }

    #[test]
    fn a_reading_across_languages_wins_only_when_the_questions_own_refuses() {
        let across = Evidence {
            across: true,
            ..evidence(true, 0.5, 2)
        };
        assert!(across.beats(&evidence(false, 0.2, 6)));
        assert!(!evidence(false, 0.2, 6).beats(&across));
        assert!(evidence(true, 0.4, 6).beats(&across));
        assert!(!across.beats(&evidence(true, 0.4, 6)));
    }

    #[test]
    fn with_a_one_word_lead_the_answer_and_its_coverage_decide() {
        let answered = evidence(true, 0.5, 3);
        let refused = evidence(false, 0.2, 4);
        assert!(answered.beats(&refused));
        assert!(evidence(true, 0.9, 3).beats(&evidence(true, 0.5, 4)));
    }

    #[test]
    fn suggestions_after_a_search_read_the_question_as_a_search_of_their_own_would() {
        let engine = archive_engine();
        let ids = |passages: Vec<&crate::corpus::Passage>| -> Vec<usize> {
            passages.iter().map(|p| p.id).collect()
        };
        for question in [
            "What is the recipe for chocolate cake?",
            "¿Qué opina Daniela Aguirre del terremoto de Turquía?",
            "how dependant is the wrold on taiwan",
        ] {
            let outcome = engine.search(question, 2);
            let after_search = ids(engine.related_answers_for(&outcome, 3, &Scope::All));
            let on_their_own = ids(engine.related_answers(question, 3));
            assert_eq!(after_search, on_their_own, "{question}");
            let (index, chosen) = engine.choose(question, 1, &Scope::All);
            assert_eq!((index, &chosen.plan), (outcome.analysis, &outcome.plan));
        }
    }
}
