//! The second phase of ranking: evidence BM25 ignores, weighed on the few hundred candidates
//! the first phase found.
//!
//! Long answers have several paragraphs sharing the question's topic words; the one that answers
//! is the one where the question's concepts meet (most of them, and the rarest), under an
//! interviewer's question about the same thing, inside an answer that as a whole covers the
//! question. Each candidate gets a few such features, all in 0..=1, and a linear score whose
//! weights were fitted on the archive's development questions (coordinate ascent on hit@1 and
//! MRR) and checked on its held-out ones.

use std::cell::RefCell;
use std::collections::HashMap;

use super::analyzer::AnalyzedWord;
use super::facts::asks_which;
use super::names::Named;
use super::terms::{CorpusTerms, ResolvedConcept, ResolvedPlan};
use crate::corpus::{Corpus, Passage, PassageId};
use meets::{Meets, Met};
use salience::{INTRODUCED_MAX_SHARE, RARE_TOPIC_SHARE};
use weights::WEIGHTS;

mod answers;
mod asked_alike;
mod definition;
mod interview;
pub(super) mod introduction;
mod meets;
mod prompts;
mod proximity;
mod remarks;
mod salience;
#[cfg(test)]
mod salience_tests;
mod siblings;
pub(super) mod unknown;
mod weights;
#[cfg(test)]
mod weights_tests;

/// Number of features per candidate.
pub(super) const FEATURES: usize = 26;

/// Feature names, in order, for explanations and fitting.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "bm25",
    "coverage",
    "text_coverage",
    "question_coverage",
    "answer_coverage",
    "neighbour_coverage",
    "rarest_in_text",
    "first_paragraph",
    "introduction",
    "bm25_coverage",
    "proximity",
    "phrases",
    "window_coverage",
    "complete_in_text",
    "salient_coverage",
    "best_in_answer",
    "opens_matching_answer",
    "opens_focused_answer",
    "interview_coverage",
    "introduction_asked_which",
    "introduction_asked_view",
    "answer_match",
    "unmarked_prompt",
    "distinct_in_answer",
    "first_mention_defined",
    "asked_alike",
];

/// Features that look at the passage alone (and its interviewer's question and neighbours);
/// the next ones compare it with the other paragraphs of its answer, the last ones with its
/// interview (see [`interview`]).
const BASE_FEATURES: usize = 15;

/// Features up to the interview's (see [`interview`]).
const ANSWER_FEATURES: usize = 18;

/// Index of the interview coverage feature.
const INTERVIEW_COVERAGE: usize = 18;

/// Index of the feature for an introduction when the question asks who, where or which (see
/// [`introduction`]).
const INTRODUCTION_ASKED_WHICH: usize = 19;

/// Index of the feature for an introduction when the question asks for someone's view.
const INTRODUCTION_ASKED_VIEW: usize = 20;

/// Index of the feature for the answer's BM25 score as one document, over the best among the
/// candidates' answers (see [`answers`]).
const ANSWER_MATCH: usize = 21;

/// Index of the feature for an interviewer's prompt left inside an answer (see [`prompts`]).
const UNMARKED_PROMPT: usize = 22;

/// Index of the passage's share of what its interview rarely says, over its answer's best
/// paragraph's (see [`siblings`]).
const DISTINCT_IN_ANSWER: usize = 23;

/// Index of the first answer naming what a question asks to define (see [`definition`]).
const FIRST_MENTION: usize = 24;

/// Index of the interviewer asking with the reader's question word (see [`asked_alike`]).
const ASKED_ALIKE: usize = 25;

/// Index of the question coverage feature (the interviewer's question).
const QUESTION_COVERAGE: usize = 3;

/// Index of the coverage feature.
const COVERAGE: usize = 1;

/// Index of the salient coverage feature.
const SALIENT_COVERAGE: usize = 14;

/// Share of a concept's weight a passage covers when it uses only a word related to the
/// question's (see `query::Source::Related`): evidence of a paraphrase, not of the same words
/// (chosen on the archive's development questions among 0.5-1.0).
const RELATED_CREDIT: f32 = 0.8;

/// Words between two concepts at which their proximity evidence is halved.
const PROXIMITY_SCALE: f32 = 5.0;

/// Two concepts at most this many positions apart (stopwords count) read as a phrase.
const PHRASE_GAP: u32 = 3;

/// The span of a sentence or two, in words: concepts within it are answered together.
const WINDOW_WORDS: u32 = 20;

/// A candidate after the second phase.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Scored {
    /// Passage id.
    pub(super) id: usize,
    /// Second-phase score (only comparable within one question).
    pub(super) score: f32,
    /// Share of the question's topical weight matched by the passage or its question.
    pub(super) coverage: f32,
    /// Share of it matched with salience (see [`RankingEvidence::salient_coverage`]).
    pub(super) salience: f32,
}

/// What the second phase knows about a question.
pub(super) struct RankingEvidence<'a> {
    pub(super) corpus: &'a Corpus,
    pub(super) terms: &'a CorpusTerms,
    pub(super) plan: &'a ResolvedPlan,
    /// Which concepts count as the question's topic (the others name an interview).
    topical: Vec<bool>,
    /// Total weight of the topical concepts.
    total: f32,
    /// Index of the rarest topical concept.
    rarest: Option<usize>,
    /// The only topical concept, when it is a rare word (see [`RARE_TOPIC_SHARE`]).
    rare_single_topic: Option<usize>,
    /// Least weight of a word specific enough to tell about a person (see
    /// [`INTRODUCED_MAX_SHARE`]).
    specific_weight: f32,
    /// Whether the question asks who, where or which (see [`introduction`]).
    asks_which: bool,
    /// Whether the question asks for someone's view, a reason or a way (see [`introduction`]).
    asks_account: bool,
    /// Whether the question asks what something is (see [`definition`]).
    asks_definition: bool,
    /// What the reader's question word asks for, when one kind (see [`asked_alike`]).
    reader_kind: Option<asked_alike::Kind>,
    /// What each answer already met gives every paragraph of it, by the id of its first
    /// paragraph: its coverage and its best paragraph's text coverage (see
    /// [`answers`]). Candidates of one answer share them.
    answers: RefCell<Vec<(usize, [f32; 3])>>,
    /// The first answer paragraph naming the whole topic, by interview, for a question asking
    /// what something is (see [`definition`]). Candidates of one interview share it.
    first_mentions: RefCell<Vec<(usize, Option<PassageId>)>>,
}

impl<'a> RankingEvidence<'a> {
    /// Splits the question into topic and names. Concepts that name an interview say which
    /// interview is meant, not what to answer; when the question has nothing else ("tell me
    /// about Quispe"), they are its topic. `question` is the question's analysed words.
    pub(super) fn new(
        corpus: &'a Corpus,
        terms: &'a CorpusTerms,
        plan: &'a ResolvedPlan,
        naming: &[bool],
        question: &[AnalyzedWord],
    ) -> RankingEvidence<'a> {
        let mut topical: Vec<bool> = naming.iter().map(|n| !n).collect();
        if !topical.iter().any(|&t| t) {
            topical = vec![true; plan.concepts.len()];
        }
        let total = plan
            .concepts
            .iter()
            .zip(&topical)
            .filter(|(_, &t)| t)
            .map(|(c, _)| c.weight)
            .sum();
        let rarest = plan
            .concepts
            .iter()
            .enumerate()
            .filter(|(i, _)| topical[*i])
            .max_by(|a, b| a.1.weight.total_cmp(&b.1.weight))
            .map(|(i, _)| i);
        let passages = terms.analysed_passages();
        let rare_weight = salience::least_weight(RARE_TOPIC_SHARE, passages);
        let single = topical.iter().filter(|&&t| t).count() == 1;
        let rare_single_topic =
            rarest.filter(|&r| single && plan.concepts[r].weight >= rare_weight);
        RankingEvidence {
            corpus,
            terms,
            plan,
            topical,
            total,
            rarest,
            rare_single_topic,
            specific_weight: salience::least_weight(INTRODUCED_MAX_SHARE, passages),
            asks_which: asks_which(question),
            asks_account: introduction::asks_account(question),
            asks_definition: definition::asks_definition(question),
            reader_kind: asked_alike::reader_kind(question),
            answers: RefCell::new(Vec::new()),
            first_mentions: RefCell::new(Vec::new()),
        }
    }

    /// Share of the topical weight for which `matched(concept)` holds; a concept matched only
    /// through its related words counts [`RELATED_CREDIT`] of its weight (see
    /// [`RankingEvidence::share_met`]).
    fn share(&self, matched: &dyn Fn(&ResolvedConcept) -> bool) -> f32 {
        self.share_met(&|at, related| {
            let concept = match related {
                false => self.plan.concepts.get(at),
                true => self.plan.related.get(at),
            };
            concept.is_some_and(matched)
        })
    }

    /// The topical weight, each concept's times `factor(index in the plan, concept)` (in
    /// 0..=1), over the total.
    fn weighted_share(&self, factor: &dyn Fn(usize, &ResolvedConcept) -> f32) -> f32 {
        if self.total <= 0.0 {
            return 0.0;
        }
        let sum: f32 = self
            .plan
            .concepts
            .iter()
            .enumerate()
            .filter(|&(at, _)| self.topical.get(at).copied().unwrap_or(false))
            .map(|(at, c)| c.weight * factor(at, c))
            .sum();
        sum / self.total
    }

    fn matches(&self, concept: &ResolvedConcept, test: impl Fn(u32) -> bool) -> bool {
        concept
            .alternatives
            .iter()
            .any(|ids| ids.iter().all(|id| id.is_some_and(&test)))
    }

    fn in_text(&self, concept: &ResolvedConcept, passage: &Passage) -> bool {
        let text = self.terms.text_terms(passage);
        self.matches(concept, |id| text.binary_search(&id).is_ok())
    }

    fn in_question(&self, concept: &ResolvedConcept, passage: &Passage) -> bool {
        self.matches(concept, |id| self.terms.in_question(passage, id))
    }

    /// Share of the question's topic the passage or its interviewer's question matches
    /// (`met`, see [`RankingEvidence::meets`]). Unknown words count less in it beside every known word
    /// (see [`unknown`]).
    fn coverage(&self, passage: &Passage, met: &Meets) -> f32 {
        let plain = self.share_met(&|at, related| met.get(at, related).is_some_and(Met::either));
        self.with_unknown_words(passage, plain)
    }

    /// The features of one candidate; `bm25` is its first-phase score over the best one's,
    /// `positions` where each concept occurs in its text, `used` which concepts its interview
    /// uses (see [`interview::Uses`]).
    pub(super) fn features(
        &self,
        passage: &Passage,
        bm25: f32,
        positions: &[Vec<u32>],
        used: &[bool],
        spread: &[f32],
        best_distinct: f32,
    ) -> [f32; FEATURES] {
        let section = self.corpus.section_of(passage);
        let at = passage.paragraph;
        let neighbours = [at.checked_sub(1), Some(at + 1)].map(|i| section.get(i?));
        let met = self.meets(passage, true);
        let coverage = self.coverage(passage, &met);
        let in_text = |at, related| met.get(at, related).is_some_and(|m| m.text);
        let text_coverage = self.share_met(&in_text);
        let [answer_coverage, best_in_answer, answer_match] = self.answer_shares(passage, section);
        let base = [
            bm25,
            coverage,
            text_coverage,
            self.share_met(&|at, related| met.get(at, related).is_some_and(|m| m.question)),
            answer_coverage,
            self.share(&|c| neighbours.iter().flatten().any(|p| self.in_text(c, p))),
            flag(self.rarest.is_some_and(|r| in_text(r, false))),
            flag(passage.turn.is_some() && passage.paragraph == 0),
            flag(passage.turn.is_none()),
            bm25 * coverage,
            self.proximity(positions),
            self.phrases(positions),
            self.window_coverage(positions),
            // Every word of the question in the paragraph itself: what a keyword search means.
            flag(text_coverage >= 1.0 - f32::EPSILON),
            self.salient_coverage(positions, &met),
        ];
        let within = self.within_answer(
            passage,
            &met,
            best_in_answer,
            text_coverage,
            base[QUESTION_COVERAGE],
        );
        let mut all = [0.0; FEATURES];
        all[..BASE_FEATURES].copy_from_slice(&base);
        all[BASE_FEATURES..ANSWER_FEATURES].copy_from_slice(&within);
        all[INTERVIEW_COVERAGE] = self.interview_coverage(used);
        all[INTRODUCTION_ASKED_WHICH] = self.introduction_asked_which(passage, text_coverage);
        all[INTRODUCTION_ASKED_VIEW] = self.introduction_asked_view(passage);
        all[ANSWER_MATCH] = answer_match;
        all[UNMARKED_PROMPT] = flag(prompts::unmarked_prompt(passage, section));
        all[DISTINCT_IN_ANSWER] = self.distinct_in_answer(passage, best_distinct, spread);
        all[FIRST_MENTION] = self.first_mention(passage);
        all[ASKED_ALIKE] = self.asked_alike(passage);
        all
    }
}

/// A yes-or-no feature as a number: 1 when it holds, else 0 (the linear score weighs it like
/// any share).
fn flag(holds: bool) -> f32 {
    if holds {
        1.0
    } else {
        0.0
    }
}

/// The linear score of a feature vector.
pub(super) fn score(features: &[f32; FEATURES]) -> f32 {
    features.iter().zip(WEIGHTS).map(|(f, w)| f * w).sum()
}

/// Re-ranks first-phase candidates `(bm25, passage id)`, best first; with `named` interviews,
/// only their passages are kept.
pub(super) fn rerank(
    evidence: &RankingEvidence<'_>,
    candidates: &[Candidate],
    named: &Named,
) -> Vec<Scored> {
    let introduced = |id: usize| {
        let passage = &evidence.corpus.passages[id];
        (candidates.iter().find(|c| c.id == id))
            .map_or(0.0, |c| evidence.introduced_salience(passage, &c.positions))
    };
    let salient = |id: usize, ranked: f32| {
        let passage = &evidence.corpus.passages[id];
        (candidates.iter().find(|c| c.id == id)).map_or(ranked, |c| {
            evidence.refusal_salience(passage, &c.positions, ranked)
        })
    };
    let mut scored: Vec<Scored> = features_of(evidence, candidates, named)
        .into_iter()
        .map(|(id, features)| Scored {
            id,
            score: score(&features),
            coverage: features[COVERAGE],
            salience: salient(id, features[SALIENT_COVERAGE]).max(introduced(id)),
        })
        .collect();
    scored.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
    scored
}

/// A first-phase candidate with what the second phase reads from the index.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    /// Passage id.
    pub(super) id: usize,
    /// First-phase score.
    pub(super) bm25: f32,
    /// Positions of each concept of the plan in the passage text.
    pub(super) positions: Vec<Vec<u32>>,
}

/// The features of every candidate the question's names allow (see [`Named::keeps`]).
pub(super) fn features_of(
    evidence: &RankingEvidence<'_>,
    candidates: &[Candidate],
    named: &Named,
) -> Vec<(usize, [f32; FEATURES])> {
    let best = candidates.iter().map(|c| c.bm25).fold(0.0_f32, f32::max);
    let ids: Vec<usize> = candidates.iter().map(|c| c.id).collect();
    let kept = named.keeps(evidence.corpus, &ids);
    let kept: Vec<&Candidate> = candidates
        .iter()
        .zip(kept)
        .filter_map(|(c, keep)| keep.then_some(c))
        .collect();
    let passage_of = |c: &Candidate| &evidence.corpus.passages[c.id];
    let uses = evidence.uses(kept.iter().map(|c| passage_of(c).interview));
    let spreads = evidence.spread(kept.iter().map(|c| passage_of(c).interview));
    // The best distinct share of each answer, by the id of its first paragraph: once per
    // answer, not once per candidate in it.
    let mut best_distinct: HashMap<usize, f32> = HashMap::new();
    let mut all: Vec<(usize, [f32; FEATURES])> = kept
        .into_iter()
        .map(|c| {
            let passage = passage_of(c);
            let relative = if best > 0.0 { c.bm25 / best } else { 0.0 };
            let used = uses.get(&passage.interview).map_or(&[][..], Vec::as_slice);
            let spread = spreads
                .get(&passage.interview)
                .map_or(&[][..], Vec::as_slice);
            let section = evidence.corpus.section_of(passage);
            let section_best = *(best_distinct.entry(section[0].id))
                .or_insert_with(|| evidence.best_distinct_share(section, spread));
            let features =
                evidence.features(passage, relative, &c.positions, used, spread, section_best);
            (c.id, features)
        })
        .collect();
    answers::relative_to_best(&mut all, ANSWER_MATCH);
    all
}
