//! Which words of a quoted passage to highlight: those that match the question.

use super::{CorpusTerms, ResolvedPlan};
use crate::corpus::Passage;
use crate::search::analyzer::Analyzer;

impl CorpusTerms {
    /// Byte ranges of the passage's words that match an alternative found in its text.
    pub(in crate::search) fn highlights(
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
        let mut ranges = Vec::new();
        analyzer.each_surface(&passage.text, |surface, range| {
            let form = self.surface_ids.get(surface);
            if form.is_some_and(|form| matched.contains(&form.term)) {
                ranges.push(range);
            }
        });
        ranges
    }
}
