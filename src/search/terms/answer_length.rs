//! The mean length of an answer, for scoring answers as one document (see
//! [`crate::search::rerank`]): a property of the corpus, worked out once rather than for
//! every question.

use super::CorpusTerms;
use crate::corpus::Corpus;

impl CorpusTerms {
    /// The mean length of `corpus`'s answers and introductions (the one these terms were built
    /// from): the distinct terms of their paragraphs and of the interviewer's questions, added
    /// up, over the number of answers and introductions.
    pub(in crate::search) fn average_answer_length(&self, corpus: &Corpus) -> f32 {
        *self.average_answer.get_or_init(|| {
            let sections = (corpus.passages.iter())
                .filter(|p| p.paragraph == 0)
                .count();
            let texts: usize = (self.passage_terms.iter())
                .flat_map(|p| p.iter())
                .map(|t| t.len())
                .sum();
            let asked: usize = (self.question_terms.iter())
                .flat_map(|q| q.iter())
                .map(|t| t.len())
                .sum();
            ((texts + asked) as f32 / sections.max(1) as f32).max(1.0)
        })
    }
}
