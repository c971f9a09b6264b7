//! Whether the names a question writes are those of an interview's people or outlet, or of
//! someone the interview does not present (see `refusal::someone_else`).

use super::NameIndex;

impl NameIndex {
    /// Whether `term` is a word of the name of one of interview `at`'s people (interviewee,
    /// interviewer, guest) or of its outlet, however common the word is in the corpus.
    pub(in crate::search) fn of_interview(&self, term: &str, at: usize) -> bool {
        let person = (self.people.get(term).into_iter().flatten()).any(|(i, _)| *i == at);
        let outlet = (self.outlets.values().flatten())
            .any(|(i, terms)| *i == at && terms.iter().any(|t| t == term));
        person || outlet
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::Analyzer;
    use crate::search::language::Language;
    use crate::search::rerank::fixtures::interview_of;
    use std::sync::Arc;

    #[test]
    fn a_name_word_belongs_to_its_own_interview_only() {
        let mut nora = interview_of("nora", &[("Why bees?", &["Because of my aunt."])]);
        nora.metadata.interviewee = Some("Nora Vale".to_string());
        let mut ivo = interview_of("ivo", &[("Why boats?", &["Because of my father."])]);
        ivo.metadata.interviewee = Some("Ivo Harrow".to_string());
        ivo.metadata.outlet = Some("Harbour Weekly".to_string());
        let index = NameIndex::build(&[Arc::new(nora), Arc::new(ivo)], Language::En);
        assert!(index.of_interview("vale", 0));
        assert!(!index.of_interview("vale", 1));
        assert!(index.of_interview("harrow", 1));
        let weekly = Analyzer::new(Language::En).terms("Weekly");
        assert!(index.of_interview(&weekly[0], 1), "an outlet's word");
        assert!(!index.of_interview("montero", 0));
    }
}
