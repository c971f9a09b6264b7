//! The interview's title as a frame of its answers, for the checks of a question asking for a
//! fact: read once per question and interview, since many candidates share one title.

use std::rc::Rc;

use super::FactChecks;
use crate::corpus::Passage;
use crate::search::analyzer::{AnalyzedWord, Analyzer};

impl FactChecks<'_> {
    /// Whether the title of passage's interview matches concept `at` as typed or in another
    /// form: a title frames every answer of the interview a question names ("¿Quién fue el
    /// mejor alcalde de Bilbao para Nora Lazkano?" under "Nora Lazkano: «Bilbao me enseñó a
    /// escuchar»", whose answer says "esta ciudad").
    pub(super) fn title_has(&self, passage: &Passage, at: usize) -> bool {
        let Some(concept) = self.resolved.concepts.get(at) else {
            return false;
        };
        let words = self.title_words(&mut self.reader.borrow_mut(), passage);
        let ids: Vec<u32> = (words.iter())
            .filter_map(|w| self.terms.id(w.term.as_deref()?))
            .collect();
        (concept.alternatives.iter()).any(|alt| {
            !alt.is_empty() && alt.iter().all(|id| id.is_some_and(|id| ids.contains(&id)))
        })
    }

    /// The analysed words of the title of `passage`'s interview, read by `analyzer` once per
    /// question.
    pub(super) fn title_words(
        &self,
        analyzer: &mut Analyzer,
        passage: &Passage,
    ) -> Rc<[AnalyzedWord]> {
        let interview = passage.interview;
        let known = (self.titles.borrow().iter())
            .find(|(at, _)| *at == interview)
            .map(|(_, words)| Rc::clone(words));
        known.unwrap_or_else(|| {
            let title = &self.engine.corpus.interview_of(passage).title;
            let words: Rc<[AnalyzedWord]> = analyzer.analyze(title).into();
            (self.titles.borrow_mut()).push((interview, Rc::clone(&words)));
            words
        })
    }
}
