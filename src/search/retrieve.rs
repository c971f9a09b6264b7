//! The two phases of ranking, as the engine runs them: BM25 candidates from the index (the first
//! phase, see [`super::first_stage`]), then evidence on those candidates (the second, see
//! [`super::rerank`]); and the plain BM25 ranking behind "did you mean" suggestions.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use tantivy::collector::{FilterCollector, TopDocs};
use tantivy::schema::Field;
use tantivy::DocAddress;

use super::analyzer::{AnalyzedWord, Analyzer, Language};
use super::query::{self, QueryPlan};
use super::schema::{interview_key, INTERVIEW_FIELD};
use super::terms::{self, CorpusTerms};
use super::{first_stage, names, pooled, positions, rerank, Engine, Scope};

/// Passages ranked by BM25 for "did you mean" suggestions, before the first of each answer is
/// kept.
pub(super) const CANDIDATES: usize = 20;

/// Passages ranked per passage wanted: the extra ones let passages that cannot be offered (the
/// introduction, a second paragraph of the same answer) be skipped.
const RANKED_PER_WANTED: usize = 3;

/// Candidates the first phase hands to the second: enough that the paragraph that answers is
/// almost always among them (on the archive questions it is in the first 50 for all but a few;
/// the eval figures are the same as with 100), few enough that the first phase soon has a high
/// score to beat (a passage whose summed score is below it is never offered, see
/// [`first_stage::top_documents`]) and the second phase stays cheap.
pub(super) const FIRST_STAGE_CANDIDATES: usize = 50;

/// When a question matches an answer mostly through the interviewer's question, all its
/// paragraphs score alike; the first one opens the answer and reads best out of context.
pub(super) const FIRST_PARAGRAPH_BOOST: f32 = 1.1;

/// The interviews one reading of a question names, as [`Engine::named`] found them, kept
/// with the reading's plan.
struct KeptNaming {
    /// The stamp of the engine that found them: another engine may name other interviews.
    engine: u64,
    /// The reading's language, whose names were looked up.
    language: Language,
    /// What [`Engine::named`] returns for the reading.
    found: (names::Named, Vec<bool>),
}

/// A question's first phase over the whole engine, read as its search reads it: what the
/// second phase's evidence is built from when its features are wanted on their own (to fit
/// their weights, or to test them), outside a search.
pub(super) struct Shortlist {
    /// The chosen reading (index in the engine's analyses).
    pub(super) index: usize,
    /// The interviews the question names.
    pub(super) named: names::Named,
    /// Which of the plan's concepts name an interview.
    pub(super) naming: Vec<bool>,
    /// The first phase's candidates.
    pub(super) candidates: Vec<rerank::Candidate>,
    /// The plan's terms as the index knows them.
    pub(super) resolved: terms::ResolvedPlan,
    /// The question's analysed words.
    pub(super) words: Vec<AnalyzedWord>,
}

impl Shortlist {
    /// The second phase's evidence of this reading, over `engine`'s corpus.
    pub(super) fn evidence<'e>(&'e self, engine: &'e Engine) -> rerank::RankingEvidence<'e> {
        let terms = &engine.analyses[self.index];
        rerank::RankingEvidence::new(
            &engine.corpus,
            terms,
            &self.resolved,
            &self.naming,
            &self.words,
        )
    }
}

/// A stamp no engine built before in this process has, for telling engines apart.
pub(super) fn next_stamp() -> u64 {
    static STAMPS: AtomicU64 = AtomicU64::new(0);
    STAMPS.fetch_add(1, Ordering::Relaxed)
}

impl Engine {
    /// The interviews the question names, and which of its concepts name them: found once per
    /// reading of a question and kept with its plan, however many of its steps ask.
    pub(super) fn named(&self, terms: &CorpusTerms, plan: &QueryPlan) -> (names::Named, Vec<bool>) {
        let language = terms.language;
        let kept = plan.named.get_or_init(|| KeptNaming {
            engine: self.stamp,
            language,
            found: self.find_named(terms, plan),
        });
        match kept.engine == self.stamp && kept.language == language {
            true => kept.found.clone(),
            // A plan read by another engine, or in another language, names what it names there.
            false => self.find_named(terms, plan),
        }
    }

    /// [`Engine::named`], found from the question's names as written.
    pub(super) fn find_named(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
    ) -> (names::Named, Vec<bool>) {
        let Some(names) = self.names.iter().find(|n| n.language() == terms.language) else {
            return (names::Named::default(), vec![false; plan.concepts.len()]);
        };
        let typed: Vec<String> = plan
            .concepts
            .iter()
            .filter_map(|c| Some((c.alternatives.first()?, c.words.as_str())))
            .flat_map(|(a, word)| a.terms.iter().map(move |t| (t, word)))
            .filter(|(term, word)| names.spelled_as_name(term, word))
            .map(|(term, _)| term.clone())
            .filter(|term| !names::in_a_place_name(plan, term, names.language()))
            .collect();
        let corpus = (&*self.corpus, terms);
        let typed: Vec<String> = (typed.iter())
            .filter(|term| !names.used_elsewhere(term, &typed, corpus))
            .cloned()
            .collect();
        let frequency = |term: &str| terms.text_frequency(term);
        let named = names.named(&typed, &frequency, terms.analysed_passages());
        let naming = plan
            .concepts
            .iter()
            .map(|c| {
                !named.interviews.is_empty()
                    && c.alternatives
                        .first()
                        .is_some_and(|a| a.terms.iter().all(|t| named.terms.contains(t)))
            })
            .collect();
        (named, naming)
    }

    /// The indexes of the question's topical concepts: those that do not only name an
    /// interview, or all of them when every concept does.
    pub(super) fn topical_concepts(&self, terms: &CorpusTerms, plan: &QueryPlan) -> Vec<usize> {
        let (_, naming) = self.named(terms, plan);
        let all_naming = naming.iter().all(|&n| n);
        (0..naming.len())
            .filter(|&at| all_naming || !naming[at])
            .collect()
    }

    /// The terms of the question's topical concepts (see [`Engine::topical_concepts`]), every
    /// alternative but related words (see `query::Source::counts`).
    pub(super) fn topical_terms(&self, terms: &CorpusTerms, plan: &QueryPlan) -> Vec<String> {
        (self.topical_concepts(terms, plan).into_iter())
            .flat_map(|at| plan.concepts[at].alternatives.iter())
            .filter(|a| a.source.counts())
            .flat_map(|a| a.terms.iter().cloned())
            .collect()
    }

    /// Both phases: the first's candidates, and the same ordered by the second.
    /// `question` is the question's analysed words.
    pub(super) fn two_phase(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        question: &[AnalyzedWord],
        scope: &Scope,
    ) -> (
        terms::ResolvedPlan,
        Vec<rerank::Candidate>,
        Vec<rerank::Scored>,
    ) {
        let (named, naming) = self.named(terms, plan);
        let candidates = self.candidates(terms, plan, &named.terms, scope);
        let resolved = terms.resolve(plan);
        let evidence =
            rerank::RankingEvidence::new(&self.corpus, terms, &resolved, &naming, question);
        let mut scored = rerank::rerank(&evidence, &candidates, &named);
        let cut = candidates.len() >= FIRST_STAGE_CANDIDATES;
        pooled::pool(&self.corpus, &self.versions, &candidates, cut, &mut scored);
        (resolved, candidates, scored)
    }

    /// The first phase's candidates, with the positions of the question's concepts in each.
    pub(super) fn candidates(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        named: &[String],
        scope: &Scope,
    ) -> Vec<rerank::Candidate> {
        let searcher = self.reader.searcher();
        let fields = self.fields.of(terms.language);
        let found = self
            .first_stage(&searcher, terms, plan, named, scope)
            .and_then(|found| {
                let addresses: Vec<DocAddress> = found.iter().map(|f| f.2).collect();
                let present = |term: &str| fields.present(terms, fields.text, term);
                let positions = positions::concept_positions(
                    &searcher,
                    fields.text,
                    plan,
                    &addresses,
                    present,
                )?;
                Ok(found
                    .into_iter()
                    .zip(positions)
                    .map(|((bm25, id, _), positions)| rerank::Candidate {
                        id,
                        bm25,
                        positions,
                    })
                    .collect())
            });
        found.unwrap_or_else(|error| {
            tracing::error!(%error, "search failed; answering as if nothing matched");
            Vec::new()
        })
    }

    /// The second phase's features of the first phase's candidates, for fitting its weights,
    /// with which of the question's concepts name an interview.
    #[doc(hidden)]
    pub fn candidate_features(
        &self,
        question: &str,
    ) -> (Vec<bool>, Vec<(usize, [f32; rerank::FEATURES])>) {
        let shortlist = self.shortlist(query::bounded(question));
        let features = rerank::features_of(
            &shortlist.evidence(self),
            &shortlist.candidates,
            &shortlist.named,
        );
        (shortlist.naming, features)
    }

    /// The first phase of `question` over the whole engine, in the reading its search picks.
    pub(super) fn shortlist(&self, question: &str) -> Shortlist {
        let (index, outcome) = self.choose(question, 1, &Scope::All);
        let (terms, plan) = (&self.analyses[index], outcome.plan);
        let (named, naming) = self.named(terms, &plan);
        let candidates = self.candidates(terms, &plan, &named.terms, &Scope::All);
        Shortlist {
            index,
            named,
            naming,
            candidates,
            resolved: terms.resolve(&plan),
            words: Analyzer::new(terms.language).analyze(question),
        }
    }

    /// The first phase: the best [`FIRST_STAGE_CANDIDATES`] passages for a flat disjunction of
    /// the question's terms within `scope`, as (score, passage id).
    pub(super) fn first_stage(
        &self,
        searcher: &tantivy::Searcher,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        named: &[String],
        scope: &Scope,
    ) -> tantivy::Result<Vec<(f32, usize, DocAddress)>> {
        let fields = self.fields.of(terms.language);
        let present = |field: Field, term: &str| fields.present(terms, field, term);
        let query = first_stage::query(plan, &fields.weights(), named, &present);
        let found = self.collect(searcher, &query, FIRST_STAGE_CANDIDATES, scope)?;
        Ok(found
            .into_iter()
            .filter_map(|(score, address)| Some((score, self.passage_id(address)?, address)))
            .collect())
    }

    /// BM25 ranking, ties broken by corpus order so the first paragraph of an answer wins when
    /// only the question field matched.
    pub(super) fn ranked(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        limit: usize,
        scope: &Scope,
    ) -> tantivy::Result<Vec<(f32, usize)>> {
        let searcher = self.reader.searcher();
        let fields = self.fields.of(terms.language);
        let present = |field: Field, term: &str| fields.present(terms, field, term);
        let query = query::to_query(plan, &fields.weights(), &present);
        let candidates = (limit * RANKED_PER_WANTED).max(CANDIDATES);
        let found = self.collect(&searcher, &query, candidates, scope)?;
        let mut ranked = Vec::with_capacity(found.len());
        for (score, address) in found {
            if let Some(id) = self.passage_id(address) {
                ranked.push((score, id));
            }
        }
        for (score, id) in &mut ranked {
            let passage = &self.corpus.passages[*id];
            if passage.turn.is_some() && passage.paragraph == 0 {
                *score *= FIRST_PARAGRAPH_BOOST;
            }
        }
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        Ok(ranked)
    }

    /// The `limit` best documents for `query` among the passages `scope` allows. A scope is a
    /// filter on the passage-id column while collecting, so the best in scope are found however
    /// far down the whole archive's ranking they are.
    pub(super) fn collect(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn tantivy::query::Query,
        limit: usize,
        scope: &Scope,
    ) -> tantivy::Result<Vec<(f32, DocAddress)>> {
        let top = TopDocs::with_limit(limit).order_by_score();
        let statistics = self.live_statistics();
        match scope.interviews() {
            None => first_stage::top_documents(searcher, query, &statistics, limit),
            Some(interviews) => {
                let keys: Arc<[u64]> = interviews
                    .iter()
                    .filter_map(|&index| self.corpus.interviews.get(index))
                    .map(|interview| interview_key(interview))
                    .collect();
                let allowed = move |key: u64| keys.contains(&key);
                let filtered = FilterCollector::new(INTERVIEW_FIELD.to_string(), allowed, top);
                searcher.search_with_statistics_provider(query, &filtered, &statistics)
            }
        }
    }

    /// The passage a document of the index holds, if it is one of this corpus's.
    pub(super) fn passage_id(&self, address: DocAddress) -> Option<usize> {
        self.doc_passages
            .get(address.segment_ord as usize)?
            .get(address.doc_id as usize)
            .map(|&id| id as usize)
            .filter(|&id| id < self.corpus.passages.len())
    }
}

#[cfg(test)]
mod tests {
    use crate::search::testing::{archive_engine, archive_interviews, engine_of};
    use crate::search::Scope;

    #[test]
    fn the_interviews_a_reading_names_are_kept_with_its_plan_for_its_engine_only() {
        let archive = archive_engine();
        let question = "What does Marta Quispe think about water privatisation?";
        let (index, outcome) = archive.choose(question, 1, &Scope::All);
        let (terms, plan) = (&archive.analyses[index], &outcome.plan);
        let named = archive.named(terms, plan);
        assert!(!named.0.interviews.is_empty(), "{named:?}");
        assert_eq!(format!("{:?}", plan.named), "Memo(kept)");
        assert_eq!(archive.named(terms, plan), archive.find_named(terms, plan));

        let is_hers = |i: &crate::corpus::Interview| {
            (i.metadata.interviewee.as_deref()).is_some_and(|name| name.contains("Quispe"))
        };
        let others = archive_interviews().into_iter().filter(|i| !is_hers(i));
        let without_her = engine_of(others.collect());
        let terms = (without_her.analyses.iter())
            .find(|t| t.language == terms.language)
            .unwrap();
        let named_there = without_her.named(terms, plan);
        assert_eq!(named_there, without_her.find_named(terms, plan));
        assert_ne!(named_there, named);
    }
}
