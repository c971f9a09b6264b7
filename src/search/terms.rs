//! The corpus as sets of term ids, computed once at build time so that deciding which question
//! concepts a candidate passage matches costs a few binary searches instead of re-analysing its
//! text on every question.

use std::collections::HashMap;

use super::analyzer::{Analyzer, Language};
use super::query::{QueryPlan, TermStatistics};
use super::vocabulary::Vocabulary;
use crate::corpus::{Corpus, Interview, Passage};

/// Term ids of every passage, question and interview's names in one analysis language, plus
/// its spelling vocabulary. Passages of interviews in other languages have no terms here.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub(super) struct CorpusTerms {
    /// The analysis these terms come from.
    pub(super) language: Language,
    /// Passages in this language: the document count of its statistics.
    analysed_passages: u64,
    ids: HashMap<String, u32>,
    /// Sorted, unique term ids of each passage's text, by passage id.
    passage_terms: Vec<Box<[u32]>>,
    /// Sorted, unique term ids of each interviewer question, by interview then turn.
    question_terms: Vec<Vec<Box<[u32]>>>,
    /// Sorted, unique term ids of the people and outlet of each interview.
    name_terms: Vec<Box<[u32]>>,
    /// Per term id: number of passages whose text contains it.
    text_frequency: Vec<u32>,
    /// Per term id: number of passages whose question contains it.
    question_frequency: Vec<u32>,
    /// Per term id: whether some interview's metadata (title, names) contains it.
    in_metadata: Vec<bool>,
    /// Term id of every word form of the passages, so highlighting needs no stemming.
    surface_ids: HashMap<String, u32>,
    /// Corpus words for spelling correction.
    pub(super) vocabulary: Vocabulary,
}

/// A searchable field, for presence tests that spare the index a lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FieldKind {
    Text,
    Question,
    Metadata,
}

impl CorpusTerms {
    /// Analyses the interviews written in `language` once; `languages` gives each
    /// interview's language.
    pub(super) fn build(
        corpus: &Corpus,
        language: Language,
        languages: &[Language],
    ) -> CorpusTerms {
        let mut analyzer = Analyzer::new(language);
        let mut terms = CorpusTerms {
            language,
            ..CorpusTerms::default()
        };
        let mine =
            |interview: usize| languages.get(interview).copied().unwrap_or_default() == language;
        let mut collect = |terms: &mut CorpusTerms, text: &str, learn_words: bool| -> Box<[u32]> {
            let mut found: Vec<u32> = Vec::new();
            for word in analyzer.analyze(text) {
                let Some(term) = word.term else { continue };
                if learn_words {
                    terms.vocabulary.add(&word.surface, &term);
                }
                let next_id = terms.ids.len() as u32;
                let id = *terms.ids.entry(term).or_insert(next_id);
                if learn_words && !terms.surface_ids.contains_key(&word.surface) {
                    terms.surface_ids.insert(word.surface, id);
                }
                found.push(id);
            }
            found.sort_unstable();
            found.dedup();
            found.into_boxed_slice()
        };
        for passage in &corpus.passages {
            let ids = if mine(passage.interview) {
                terms.analysed_passages += 1;
                collect(&mut terms, &passage.text, true)
            } else {
                Box::default()
            };
            terms.passage_terms.push(ids);
        }
        for (index, interview) in corpus.interviews.iter().enumerate() {
            if !mine(index) {
                terms
                    .question_terms
                    .push(vec![Box::default(); interview.turns.len()]);
                terms.name_terms.push(Box::default());
                continue;
            }
            let questions = interview
                .turns
                .iter()
                .map(|turn| collect(&mut terms, &turn.question, true))
                .collect();
            terms.question_terms.push(questions);
            let names = collect(&mut terms, &names_of(interview), false);
            terms.name_terms.push(names);
        }
        let term_count = terms.ids.len();
        terms.text_frequency = vec![0; term_count];
        terms.question_frequency = vec![0; term_count];
        terms.in_metadata = vec![false; term_count];
        for passage in &corpus.passages {
            for &id in terms.passage_terms[passage.id].iter() {
                terms.text_frequency[id as usize] += 1;
            }
            if let Some(turn) = passage.turn {
                for &id in terms.question_terms[passage.interview][turn].iter() {
                    terms.question_frequency[id as usize] += 1;
                }
            }
        }
        for (_, interview) in corpus
            .interviews
            .iter()
            .enumerate()
            .filter(|(i, _)| mine(*i))
        {
            for term in analyzer.terms(&super::metadata_text(interview)) {
                if let Some(&id) = terms.ids.get(&term) {
                    terms.in_metadata[id as usize] = true;
                }
            }
        }
        terms
    }

    /// Number of passages of the corpus (in any language) these terms were built for.
    pub(super) fn passage_count(&self) -> usize {
        self.passage_terms.len()
    }

    /// Number of passages in this analysis's language.
    pub(super) fn analysed_passages(&self) -> u64 {
        self.analysed_passages
    }

    /// Whether `field` of some passage contains `term`.
    pub(super) fn present(&self, field: FieldKind, term: &str) -> bool {
        self.id(term).is_some_and(|id| {
            let id = id as usize;
            match field {
                FieldKind::Text => self.text_frequency[id] > 0,
                FieldKind::Question => self.question_frequency[id] > 0,
                FieldKind::Metadata => self.in_metadata[id],
            }
        })
    }

    /// Number of passages whose text contains `term`.
    pub(super) fn text_frequency(&self, term: &str) -> u64 {
        self.id(term)
            .map_or(0, |id| u64::from(self.text_frequency[id as usize]))
    }

    /// Whether the passages or questions of this language use the word form (lowercased,
    /// folded) `surface`.
    pub(super) fn knows_word(&self, surface: &str) -> bool {
        self.surface_ids.contains_key(surface)
    }

    fn id(&self, term: &str) -> Option<u32> {
        self.ids.get(term).copied()
    }

    pub(super) fn in_text(&self, passage: &Passage, id: u32) -> bool {
        self.passage_terms[passage.id].binary_search(&id).is_ok()
    }

    pub(super) fn in_question(&self, passage: &Passage, id: u32) -> bool {
        passage.turn.is_some_and(|turn| {
            self.question_terms[passage.interview][turn]
                .binary_search(&id)
                .is_ok()
        })
    }

    fn is_name(&self, passage: &Passage, id: u32) -> bool {
        self.name_terms[passage.interview]
            .binary_search(&id)
            .is_ok()
    }

    /// The plan's alternatives as term ids (`None` for terms the corpus lacks).
    pub(super) fn resolve(&self, plan: &QueryPlan) -> ResolvedPlan {
        ResolvedPlan {
            concepts: plan
                .concepts
                .iter()
                .map(|concept| ResolvedConcept {
                    weight: concept.weight,
                    alternatives: concept
                        .alternatives
                        .iter()
                        .map(|a| a.terms.iter().map(|t| self.id(t)).collect())
                        .collect(),
                })
                .collect(),
        }
    }

    /// Where each concept matched the passage, for explanations.
    pub(super) fn concept_matches(
        &self,
        plan: &ResolvedPlan,
        passage: &Passage,
    ) -> Vec<ConceptMatch> {
        let all = |ids: &[Option<u32>], test: &dyn Fn(u32) -> bool| {
            ids.iter().all(|id| id.is_some_and(test))
        };
        plan.concepts
            .iter()
            .map(|concept| {
                let any = |test: &dyn Fn(u32) -> bool| {
                    concept.alternatives.iter().any(|ids| all(ids, test))
                };
                ConceptMatch {
                    in_text: any(&|id| self.in_text(passage, id)),
                    in_question: any(&|id| self.in_question(passage, id)),
                    names_interview: any(&|id| self.is_name(passage, id)),
                }
            })
            .collect()
    }

    /// Byte ranges of the passage's words that match an alternative found in its text.
    pub(super) fn highlights(
        &self,
        plan: &ResolvedPlan,
        passage: &Passage,
        analyzer: &mut Analyzer,
    ) -> Vec<std::ops::Range<usize>> {
        let matched: Vec<u32> = plan
            .concepts
            .iter()
            .flat_map(|c| &c.alternatives)
            .filter(|ids| {
                ids.iter()
                    .all(|id| id.is_some_and(|id| self.in_text(passage, id)))
            })
            .flat_map(|ids| ids.iter().flatten().copied())
            .collect();
        if matched.is_empty() {
            return Vec::new();
        }
        analyzer
            .surfaces(&passage.text)
            .into_iter()
            .filter(|w| {
                self.surface_ids
                    .get(&w.surface)
                    .is_some_and(|id| matched.contains(id))
            })
            .map(|w| w.start..w.end)
            .collect()
    }
}

/// Statistics of passage text and questions. Metadata is left out: it repeats the interview
/// title on every passage, which would make the title's words look worthless.
pub(super) struct Statistics<'a> {
    pub(super) terms: &'a CorpusTerms,
    pub(super) passages: u64,
}

impl TermStatistics for Statistics<'_> {
    fn document_frequency(&self, term: &str) -> u64 {
        self.terms.id(term).map_or(0, |id| {
            let id = id as usize;
            u64::from(self.terms.text_frequency[id].max(self.terms.question_frequency[id]))
        })
    }

    fn document_count(&self) -> u64 {
        self.passages
    }
}

/// Where one concept of a question matched a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConceptMatch {
    /// In the passage text.
    pub in_text: bool,
    /// In the interviewer's question it answers.
    pub in_question: bool,
    /// It names the interview's people or outlet (does not count towards coverage).
    pub names_interview: bool,
}

/// A plan with terms replaced by ids.
pub(super) struct ResolvedPlan {
    /// The plan's concepts, in plan order.
    pub(super) concepts: Vec<ResolvedConcept>,
}

/// A concept with terms replaced by ids.
pub(super) struct ResolvedConcept {
    /// The concept's weight (its inverse document frequency).
    pub(super) weight: f32,
    /// Each alternative's term ids; `None` for a term the corpus lacks.
    pub(super) alternatives: Vec<Vec<Option<u32>>>,
}

/// The people and outlet of an interview, as one text.
fn names_of(interview: &Interview) -> String {
    let m = &interview.metadata;
    [&m.interviewee, &m.interviewer, &m.outlet, &m.republished_by]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" \n ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Interview, Metadata, Turn};
    use crate::search::language::Language;

    #[test]
    fn stopwords_never_become_spelling_corrections() {
        let interview = Interview {
            id: "i".into(),
            source: Default::default(),
            metadata: Metadata::default(),
            title: "t".into(),
            intro: Vec::new(),
            turns: vec![Turn {
                question: "Where were the bases?".into(),
                answer: vec!["Where there were bases, there were other bases.".into()],
                line: 1,
            }],
        };
        let languages = [Language::En];
        let terms = CorpusTerms::build(&Corpus::new(vec![interview]), Language::En, &languages);
        assert!(terms.vocabulary.corrections("wher").is_empty());
        assert!(terms.vocabulary.corrections("thier").is_empty());
        assert!(!terms.vocabulary.corrections("bsaes").is_empty());
    }
}
