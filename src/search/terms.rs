//! The corpus as sets of term ids, computed once at build time so that deciding which question
//! concepts a candidate passage matches costs a few binary searches instead of re-analysing its
//! text on every question.

use fnv::FnvHashMap as HashMap;
use std::sync::Arc;

use super::analyzer::{Analyzer, Language};
use super::query::TermStatistics;
use super::vocabulary::Vocabulary;
use crate::corpus::{Corpus, Interview, Passage};

mod answer_length;
mod highlights;
mod resolved;

pub use resolved::ConceptMatch;
pub(super) use resolved::{ResolvedConcept, ResolvedPlan};

/// Term ids of every passage, question and interview's names in one analysis language, plus
/// its spelling vocabulary. Passages of interviews in other languages have no terms here.
///
/// The tables are shared (`Arc`) per passage and per interview, so an engine revised after one
/// file changed ([`CorpusTerms::add_interviews`], [`CorpusTerms::remove_interview`]) shares
/// them with the engine before. A term no longer used keeps its id with zero counts, which
/// answers exactly like a term never seen.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub(super) struct CorpusTerms {
    /// The analysis these terms come from.
    pub(super) language: Language,
    /// Passages in this language: the document count of its statistics.
    analysed_passages: u64,
    pub(super) ids: Arc<HashMap<String, u32>>,
    /// Sorted, unique term ids of each passage's text, by interview (none for other languages)
    /// then passage: a revised engine shares an unchanged interview's sets with one pointer.
    pub(super) passage_terms: Vec<Arc<[Box<[u32]>]>>,
    /// Corpus position of each interview's first passage, then the number of passages.
    passage_starts: Vec<usize>,
    /// Sorted, unique term ids of each interviewer question, by interview then turn.
    pub(super) question_terms: Vec<Arc<[Box<[u32]>]>>,
    /// Sorted, unique term ids of the people and outlet of each interview.
    pub(super) name_terms: Vec<Arc<[u32]>>,
    /// Per term id: number of passages whose text contains it.
    pub(super) text_frequency: Vec<u32>,
    /// Per term id: number of passages whose question contains it.
    pub(super) question_frequency: Vec<u32>,
    /// Per term id: number of interviews whose metadata (title, names) contains it.
    pub(super) metadata_frequency: Vec<u32>,
    /// Per term id: number of passage texts, questions and names containing it; a term only in
    /// titles is not searched in metadata.
    pub(super) occurrences: Vec<u32>,
    /// Every word form of the passages and questions, so highlighting needs no stemming.
    pub(super) surface_ids: Arc<HashMap<String, SurfaceForm>>,
    /// Occurrences of each word form by [`SurfaceForm::count_at`] (0 once its interviews are
    /// gone): a list, so a revised engine copies four bytes per word form, not the word.
    surface_counts: Vec<u32>,
    /// Corpus words for spelling correction.
    pub(super) vocabulary: Vocabulary,
    /// The mean length of an answer (see [`CorpusTerms::average_answer_length`]), worked out
    /// on first use: the tables never change once built.
    #[serde(skip)]
    average_answer: std::sync::OnceLock<f32>,
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
        let mut terms = CorpusTerms {
            language,
            ..CorpusTerms::default()
        };
        let mut analyzer = Analyzer::new(language);
        let added = terms.add_interviews(&corpus.interviews, languages, &mut analyzer);
        terms.set_term_sets(added, corpus.interview_starts());
        terms
    }

    /// Analyses `interviews` written in this language (`languages` gives each one's language),
    /// learning their terms and counting them in the frequency tables, and returns their term
    /// sets (in corpus order) for the caller to place: empty for interviews in other languages.
    pub(super) fn add_interviews(
        &mut self,
        interviews: &[Arc<Interview>],
        languages: &[Language],
        analyzer: &mut Analyzer,
    ) -> InterviewTerms {
        let mut added = InterviewTerms::default();
        for (index, interview) in interviews.iter().enumerate() {
            let single = Corpus::from_shared(vec![Arc::clone(interview)]);
            let passages = single.passages.of_interview(0);
            if languages.get(index).copied().unwrap_or_default() != self.language {
                added.passage_terms.push(Arc::from([]));
                let questions = vec![Box::default(); interview.turns.len()];
                added.question_terms.push(questions.into());
                added.name_terms.push(Arc::from([]));
                continue;
            }
            self.analysed_passages += passages.len() as u64;
            let passage_terms: Vec<Box<[u32]>> = passages
                .iter()
                .map(|passage| self.collect(analyzer, &passage.text, true))
                .collect();
            let questions: Vec<Box<[u32]>> = interview
                .turns
                .iter()
                .map(|turn| self.collect(analyzer, &turn.question, true))
                .collect();
            let names = self.collect(analyzer, &names_of(interview), false);
            let metadata = self.metadata_ids(analyzer, interview);
            let counts = Counts {
                passages: &passage_terms,
                questions: &questions,
                names: &names,
                metadata: &metadata,
            };
            self.count(passages, &counts, 1);
            added.passage_terms.push(passage_terms.into());
            added.question_terms.push(questions.into());
            added.name_terms.push(names.into());
        }
        added
    }

    /// Forgets one interview's words: the inverse of [`CorpusTerms::add_interviews`], given the
    /// interview (written in this language), its passages and their term sets as stored.
    pub(super) fn remove_interview(
        &mut self,
        interview: &Interview,
        passages: &[Passage],
        passage_terms: &[Box<[u32]>],
        questions: &[Box<[u32]>],
        names: &[u32],
        analyzer: &mut Analyzer,
    ) {
        self.analysed_passages -= passages.len() as u64;
        for passage in passages {
            self.forget_words(analyzer, &passage.text);
        }
        for turn in &interview.turns {
            self.forget_words(analyzer, &turn.question);
        }
        let metadata = self.metadata_ids(analyzer, interview);
        let counts = Counts {
            passages: passage_terms,
            questions,
            names,
            metadata: &metadata,
        };
        self.count(passages, &counts, -1);
    }

    /// The sorted, unique ids of a text's terms, learning new terms (and, for quotable text,
    /// its words for spelling and highlighting).
    fn collect(&mut self, analyzer: &mut Analyzer, text: &str, learn_words: bool) -> Box<[u32]> {
        let mut found: Vec<u32> = Vec::new();
        for word in analyzer.analyze(text) {
            let Some(term) = word.term else { continue };
            if learn_words {
                self.vocabulary.add(&word.surface, &term);
            }
            let id = self.intern(term);
            if learn_words {
                let at = match self.surface_ids.get(&word.surface) {
                    Some(form) => form.count_at,
                    None => {
                        let count_at = self.surface_counts.len() as u32;
                        self.surface_counts.push(0);
                        let form = SurfaceForm { term: id, count_at };
                        Arc::make_mut(&mut self.surface_ids).insert(word.surface, form);
                        count_at
                    }
                };
                self.surface_counts[at as usize] += 1;
            }
            found.push(id);
        }
        found.sort_unstable();
        found.dedup();
        found.into_boxed_slice()
    }

    /// Undoes the vocabulary counts [`CorpusTerms::collect`] made for a quotable text.
    fn forget_words(&mut self, analyzer: &mut Analyzer, text: &str) {
        for word in analyzer.analyze(text) {
            if let Some(term) = word.term {
                self.vocabulary.remove(&word.surface, &term);
                if let Some(form) = self.surface_ids.get(&word.surface) {
                    self.surface_counts[form.count_at as usize] -= 1;
                }
            }
        }
    }

    /// The id of `term`, given a new one (with zero counts) if it has none.
    fn intern(&mut self, term: String) -> u32 {
        if let Some(&id) = self.ids.get(&term) {
            return id;
        }
        let id = self.ids.len() as u32;
        Arc::make_mut(&mut self.ids).insert(term, id);
        for table in [
            &mut self.text_frequency,
            &mut self.question_frequency,
            &mut self.metadata_frequency,
            &mut self.occurrences,
        ] {
            table.push(0);
        }
        id
    }

    /// Sorted, unique ids of the terms of an interview's metadata (title and names).
    fn metadata_ids(&mut self, analyzer: &mut Analyzer, interview: &Interview) -> Vec<u32> {
        let mut ids: Vec<u32> = analyzer
            .terms(&super::metadata_text(interview))
            .into_iter()
            .map(|term| self.intern(term))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Adds (`sign` 1) or removes (`sign` -1) one interview's counts.
    fn count(&mut self, passages: &[Passage], counts: &Counts<'_>, sign: i32) {
        let bump = |table: &mut Vec<u32>, id: u32| {
            let slot = &mut table[id as usize];
            *slot = slot.wrapping_add_signed(sign);
        };
        for (passage, ids) in passages.iter().zip(counts.passages) {
            for &id in ids.iter() {
                bump(&mut self.text_frequency, id);
                bump(&mut self.occurrences, id);
            }
            if let Some(turn) = passage.turn {
                for &id in counts.questions[turn].iter() {
                    bump(&mut self.question_frequency, id);
                }
            }
        }
        for ids in counts.questions.iter().chain([&counts.names.into()]) {
            for &id in ids.iter() {
                bump(&mut self.occurrences, id);
            }
        }
        for &id in counts.metadata {
            bump(&mut self.metadata_frequency, id);
        }
    }

    /// A copy of everything but the term sets of passages, questions and names (left empty for
    /// the caller to fill), which are the largest tables and shared rather than copied.
    pub(super) fn without_term_sets(&self) -> CorpusTerms {
        CorpusTerms {
            language: self.language,
            analysed_passages: self.analysed_passages,
            ids: Arc::clone(&self.ids),
            passage_terms: Vec::new(),
            passage_starts: Vec::new(),
            question_terms: Vec::new(),
            name_terms: Vec::new(),
            text_frequency: self.text_frequency.clone(),
            question_frequency: self.question_frequency.clone(),
            metadata_frequency: self.metadata_frequency.clone(),
            occurrences: self.occurrences.clone(),
            surface_ids: Arc::clone(&self.surface_ids),
            surface_counts: self.surface_counts.clone(),
            vocabulary: self.vocabulary.clone(),
            average_answer: std::sync::OnceLock::new(),
        }
    }

    /// Number of passages of the corpus (in any language) these terms were built for.
    pub(super) fn passage_count(&self) -> usize {
        self.passage_starts.last().copied().unwrap_or(0)
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
                FieldKind::Metadata => self.metadata_frequency[id] > 0 && self.occurrences[id] > 0,
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
        self.surface_ids
            .get(surface)
            .is_some_and(|form| self.surface_counts[form.count_at as usize] > 0)
    }

    pub(super) fn id(&self, term: &str) -> Option<u32> {
        self.ids.get(term).copied()
    }

    /// Whether the passage's text has term `id` (never for a passage in another language).
    pub(super) fn in_text(&self, passage: &Passage, id: u32) -> bool {
        self.text_terms(passage).binary_search(&id).is_ok()
    }

    /// The term ids of the passage's text, sorted (none for a passage in another language):
    /// looked up once for many [`CorpusTerms::in_text`] tests.
    pub(super) fn text_terms(&self, passage: &Passage) -> &[u32] {
        let interview = passage.interview;
        let within = passage.id - self.passage_starts[interview];
        self.passage_terms[interview]
            .get(within)
            .map_or(&[], |ids| ids)
    }

    /// Sets the term sets of passages, questions and names (each in corpus order, one entry
    /// per interview) and the corpus positions of the interviews' first passages.
    pub(super) fn set_term_sets(&mut self, sets: InterviewTerms, passage_starts: Vec<usize>) {
        self.passage_terms = sets.passage_terms;
        self.question_terms = sets.question_terms;
        self.name_terms = sets.name_terms;
        self.passage_starts = passage_starts;
    }

    /// The term ids of the interviewer's question `passage` answers, when it answers one.
    pub(super) fn question_terms_of(&self, passage: &Passage) -> Option<&[u32]> {
        let turn = passage.turn?;
        let questions = self.question_terms.get(passage.interview)?;
        questions.get(turn).map(|ids| &ids[..])
    }

    pub(super) fn in_question(&self, passage: &Passage, id: u32) -> bool {
        passage.turn.is_some_and(|turn| {
            self.question_terms[passage.interview][turn]
                .binary_search(&id)
                .is_ok()
        })
    }

    pub(super) fn is_name(&self, passage: &Passage, id: u32) -> bool {
        self.name_terms[passage.interview]
            .binary_search(&id)
            .is_ok()
    }
}

/// A word form of the corpus: its term, and where its count is kept.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
pub(super) struct SurfaceForm {
    term: u32,
    count_at: u32,
}

/// Term sets of interviews just analysed, in corpus order, one entry per interview.
#[derive(Default)]
pub(super) struct InterviewTerms {
    pub(super) passage_terms: Vec<Arc<[Box<[u32]>]>>,
    pub(super) question_terms: Vec<Arc<[Box<[u32]>]>>,
    pub(super) name_terms: Vec<Arc<[u32]>>,
}

/// One interview's term sets, as counted in the frequency tables.
struct Counts<'a> {
    passages: &'a [Box<[u32]>],
    questions: &'a [Box<[u32]>],
    names: &'a [u32],
    metadata: &'a [u32],
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

/// The people and outlet of an interview, as one text.
fn names_of(interview: &Interview) -> String {
    let m = &interview.metadata;
    let names = [&m.interviewee, &m.interviewer, &m.outlet, &m.republished_by];
    let names: Vec<&str> = names.into_iter().flatten().map(String::as_str).collect();
    names.join(" \n ")
}

#[cfg(test)]
mod tests;
