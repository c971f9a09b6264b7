//! From a question to hits or a reason for none: the public searches of [`Engine`], the
//! coverage rule, and what each hit carries (highlights, translations).

use std::cell::RefCell;

use super::analyzer::Analyzer;
use super::language::Language;
use super::query::QueryPlan;
use super::terms::{self, CorpusTerms};
use super::{analyzer, figures, refusal, rerank};
use super::{Abstention, Engine, Hit, Scope, SearchOutcome, Translation};
use crate::corpus::Passage;

mod alongside;

/// Share of passages above which a counted word ("how many *people*", "how much *money*") is
/// a general measure rather than the specific thing counted ("how many *goals*"): one passage
/// in twenty.
const COUNTED_MAX_SHARE: f64 = 0.05;

/// One reading of a question (the question read in one language, not a file's
/// [`crate::corpus::Reading`]), as the checks before quoting read it.
#[derive(Clone, Copy)]
struct QuestionReading<'r> {
    /// The reading's language analysis of the corpus.
    terms: &'r CorpusTerms,
    /// The question read in that language.
    plan: &'r QueryPlan,
    /// The plan's terms as the index knows them.
    resolved: &'r terms::ResolvedPlan,
    /// The question as asked.
    question: &'r str,
    /// The question's analysed words.
    words: &'r [analyzer::AnalyzedWord],
}

impl Engine {
    /// Finds up to `limit` passages answering `question`, best first, or says why none does.
    /// Never fails and never panics, whatever the question.
    ///
    /// With several languages in the corpus the question is searched in each, and the reading
    /// that answers it wins: the higher coverage, then, when coverages are close, the language
    /// that knows more of the question's words as written, then the higher score. (Detecting the language
    /// of a short question is unreliable: keyword questions read as English.)
    pub fn search(&self, question: &str, limit: usize) -> SearchOutcome<'_> {
        self.search_in(question, limit, &Scope::All)
    }

    /// [`Engine::search`] quoting only interviews in `scope`: the same ranking and refusals,
    /// among that scope's passages.
    pub fn search_in(&self, question: &str, limit: usize, scope: &Scope) -> SearchOutcome<'_> {
        self.choose(question, limit, scope).1
    }

    /// The search with one language's reading of the question (`analysis`, index in
    /// `analyses`).
    pub(super) fn search_planned(
        &self,
        analysis: usize,
        plan: QueryPlan,
        question: &str,
        limit: usize,
        scope: &Scope,
    ) -> SearchOutcome<'_> {
        let terms = &self.analyses[analysis];
        let topics = plan.concepts.iter().map(|c| c.words.as_str());
        let about_the_interview = analyzer::asks_about_the_interview(question, topics);
        let (hits, abstention) = if about_the_interview && !self.corpus.interviews.is_empty() {
            (self.introductions(terms.language, limit, scope), None)
        } else {
            self.run(terms, &plan, question, limit, scope)
        };
        SearchOutcome {
            hits,
            abstention,
            plan,
            analysis,
        }
    }

    /// The passages that answer one reading of the question, best first, or why none does:
    /// both phases rank the candidates, those that would not answer in the interviewee's own
    /// words are set aside, and the refusal rules keep those that may be quoted (see
    /// [`Engine::quotable`]).
    pub(super) fn run(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        question: &str,
        limit: usize,
        scope: &Scope,
    ) -> (Vec<Hit<'_>>, Option<Abstention>) {
        if plan.concepts.is_empty() {
            return (Vec::new(), Some(Abstention::NoSearchableWords));
        }
        let mut analyzer = Analyzer::new(terms.language);
        let words = analyzer.analyze(question);
        let (resolved, found, candidates) = self.two_phase(terms, plan, &words, scope);
        let candidates = self.on_their_own(terms, plan, &resolved, question, candidates);
        let candidates = self.not_someone_elses(terms, plan, &resolved, question, candidates);
        let candidates = self.own_views(&words, candidates);
        // The question's analyzer goes on to read the candidate passages the checks look into.
        let reader = RefCell::new(analyzer);
        let reading = QuestionReading {
            terms,
            plan,
            resolved: &resolved,
            question,
            words: &words,
        };
        let candidates = match self.quotable(&reading, &found, (limit, scope), &reader, candidates)
        {
            Ok(candidates) => candidates,
            Err(abstention) => return (Vec::new(), Some(abstention)),
        };
        let mut reader = reader.borrow_mut();
        let hits = (candidates.into_iter().take(limit))
            .map(|c| self.hit(terms, &resolved, c.id, c.score, c.coverage, &mut reader))
            .collect();
        (hits, None)
    }

    /// The ranked `candidates` that may be quoted, best first, or why none may: the refusal
    /// rules with the checks this question calls for (a figure, a fact, its rarest word, a
    /// name that vouches, its concepts met in one place). `found` are the first phase's
    /// candidates, `reader` the question's analyzer, which reads the passages checked.
    fn quotable(
        &self,
        reading: &QuestionReading<'_>,
        found: &[rerank::Candidate],
        (limit, scope): (usize, &Scope),
        reader: &RefCell<Analyzer>,
        candidates: Vec<rerank::Scored>,
    ) -> Result<Vec<rerank::Scored>, Abstention> {
        let QuestionReading {
            terms,
            plan,
            resolved,
            question,
            words,
        } = *reading;
        let asked =
            figures::asks_for_figure(words).map(|asked| self.asked_terms(terms, plan, asked));
        let counts_things = figures::counts_things(words);
        let states_figure = |id: usize| {
            let context = (asked.as_deref().unwrap_or_default(), words);
            self.states_figure(&mut reader.borrow_mut(), id, (context, counts_things))
        };
        let facts = (asked.is_some(), scope);
        let checks = self.fact_checks(terms, plan, resolved, words, facts, reader);
        let (gives_fact, has_rarest) = (|id| checks.gives(id), |id| checks.has_rarest(id));
        let together = |id| checks.says_together(id);
        let asks_fact = asked.is_some() || checks.needs_rarest() || checks.fact().is_some();
        let voucher = self.voucher(terms, (plan, resolved), scope, (question, words));
        let vouched = |id| voucher.vouches(id);
        let distinct = self.distinct(terms, plan, words, found);
        let rules = refusal::Rules {
            min_coverage: self.settings.min_coverage,
            in_passing_is_enough: checks.in_passing_is_enough(),
            states_figure: asked
                .is_some()
                .then_some(&states_figure as &dyn Fn(usize) -> bool),
            has_rarest: checks
                .needs_rarest()
                .then_some(&has_rarest as &dyn Fn(usize) -> bool),
            says_together: (checks.needs_together()).then_some(&together as &dyn Fn(usize) -> bool),
            gives_fact: checks
                .fact()
                .map(|f| (f, &gives_fact as &dyn Fn(usize) -> bool)),
            wanted: limit,
            vouched: (!asks_fact).then_some(&vouched as &dyn Fn(usize) -> bool),
            met_in_one_place: (!asks_fact).then_some(&distinct as &dyn refusal::Places),
        };
        refusal::admissible(candidates, &rules)
    }

    /// The index terms a figure must count for a question asking for one: the counted word's
    /// concept, or every topical concept.
    fn asked_terms(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        asked: figures::Asked,
    ) -> Vec<String> {
        let topical = self.topical_terms(terms, plan);
        let figures::Asked::Counted(counted) = asked else {
            return topical;
        };
        let concept = plan
            .concepts
            .iter()
            .find(|c| c.alternatives.iter().any(|a| a.terms.contains(&counted)));
        // A counted word the corpus never uses (a typo, another wording) cannot be looked for
        // next to a figure, nor can a general measure, which answers state in units ("how
        // much money" - "thirty thousand dollars"): the question's topic stands in for them.
        let frequency = terms.text_frequency(&counted);
        let passages = terms.analysed_passages().max(1);
        let specific = frequency > 0 && (frequency as f64 / passages as f64) <= COUNTED_MAX_SHARE;
        match concept {
            Some(concept) if specific && topical.contains(&counted) => concept
                .alternatives
                .iter()
                .filter(|a| a.source.counts())
                .flat_map(|a| a.terms.iter().cloned())
                .collect(),
            _ => topical,
        }
    }

    /// Whether passage `id` states a figure of the `asked` terms (see [`figures::states_figure`]),
    /// a count of them when they are the one thing a question counts (see
    /// [`figures::states_count`]).
    fn states_figure(
        &self,
        analyzer: &mut Analyzer,
        id: usize,
        ((asked, question), counted): ((&[String], &[analyzer::AnalyzedWord]), bool),
    ) -> bool {
        let passage = &self.corpus.passages[id];
        let language = analyzer.language();
        let is_asked =
            |w: &analyzer::AnalyzedWord| w.term.as_ref().is_some_and(|t| asked.contains(t));
        let by_interviewer = self
            .corpus
            .question_of(passage)
            .is_some_and(|q| analyzer.analyze(q).iter().any(is_asked));
        let words = analyzer.analyze(&passage.text);
        let states = match counted {
            true => figures::states_count,
            false => figures::states_figure,
        };
        states(
            &passage.text,
            &words,
            language,
            &is_asked,
            (by_interviewer, question),
        )
    }

    /// Whether `scope` may quote more than one interview, the translated versions of one
    /// interview counting as one. Stops at the second, however large the archive.
    pub(super) fn spans_several_interviews(&self, scope: &Scope) -> bool {
        (0..self.corpus.interviews.len())
            .filter(|&i| scope.includes(i))
            .filter(|&i| {
                let versions = self.versions.get(i).map_or(&[][..], Vec::as_slice);
                !versions.iter().any(|&v| v < i && scope.includes(v))
            })
            .nth(1)
            .is_some()
    }

    /// The hit quoting passage `passage_id`, with the question's words highlighted in it
    /// and where it stands in the other versions of its interview.
    pub(super) fn hit(
        &self,
        terms: &CorpusTerms,
        plan: &terms::ResolvedPlan,
        passage_id: usize,
        score: f32,
        coverage: f32,
        analyzer: &mut Analyzer,
    ) -> Hit<'_> {
        let passage = &self.corpus.passages[passage_id];
        let highlights = terms.highlights(plan, passage, analyzer);
        Hit {
            passage,
            interview: self.corpus.interview_of(passage),
            question: self.corpus.question_of(passage),
            score,
            coverage,
            highlights,
            translations: self.translations(passage),
        }
    }

    /// The opening paragraph of each interview in `language`: the answer to "what is this
    /// interview about?".
    pub(super) fn introductions(
        &self,
        language: Language,
        limit: usize,
        scope: &Scope,
    ) -> Vec<Hit<'_>> {
        self.corpus
            .passages
            .iter()
            .filter(|p| p.paragraph == 0 && p.turn.is_none() && scope.includes(p.interview))
            .filter(|p| self.language_of(p) == language)
            .take(limit)
            .map(|passage| Hit {
                passage,
                interview: self.corpus.interview_of(passage),
                question: None,
                score: 0.0,
                coverage: 1.0,
                highlights: Vec::new(),
                translations: self.translations(passage),
            })
            .collect()
    }

    pub(super) fn language_of(&self, passage: &Passage) -> Language {
        self.languages
            .get(passage.interview)
            .copied()
            .unwrap_or_default()
    }

    /// The passage in the other versions of its interview (translations), aligned by answer
    /// and paragraph.
    pub fn translations(&self, passage: &Passage) -> Vec<Translation> {
        let Some(versions) = self.versions.get(passage.interview) else {
            return Vec::new();
        };
        versions
            .iter()
            .filter_map(|&other| {
                let aligned = self.corpus.aligned(passage, other)?;
                Some(Translation {
                    language: self.languages.get(other).copied().unwrap_or_default(),
                    quote_id: self.corpus.quote_id(aligned),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::search::testing::archive_engine;
    use crate::search::{Abstention, Scope};

    #[test]
    fn a_word_met_in_passing_answers_within_one_interview_but_not_across_the_archive() {
        let engine = archive_engine();
        let okafor = engine
            .corpus()
            .interviews
            .iter()
            .position(|i| i.id == "okafor-pandemic-nurses")
            .unwrap();
        let question = "Is Ngozi Okafor old?";

        let everywhere = engine.search(question, 1);
        let picked = engine.search_in(question, 1, &Scope::only([okafor]));

        assert!(matches!(
            everywhere.abstention,
            Some(Abstention::OnlyInPassing { .. })
        ));
        assert_eq!(picked.hits.len(), 1, "{:?}", picked.abstention);
        assert!(!engine.spans_several_interviews(&Scope::only([okafor])));
        assert!(engine.spans_several_interviews(&Scope::All));
    }

    #[test]
    fn a_rare_word_that_is_all_the_question_asks_is_answered_where_it_is_met_once() {
        let engine = archive_engine();
        let outcome = engine.search("oi, ela falou alguma coisa sobre a dengue?", 1);
        assert_eq!(outcome.hits.len(), 1, "{:?}", outcome.abstention);
        assert!(outcome.hits[0]
            .passage
            .text
            .to_lowercase()
            .contains("dengue"));
    }
}
