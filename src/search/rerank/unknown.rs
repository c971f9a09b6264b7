//! Words of a question that no passage of the corpus uses, in coverage.
//!
//! Such a word weighs the most (see `query::plan`): a question about something else ("how do I
//! bake sourdough bread?") stays under the coverage bar however many of its common words an
//! archive happens to use. But when a passage matches every other word of the question, and
//! there are at least two of them, the corpus has nothing more to offer: the word it lacks is
//! then as likely the asker's own wording ("Os países estão *comprando* vacinas cada um por
//! conta própria?", where the answer says each country acquires them "de forma individual")
//! as another subject, and it counts for
//! [`UNKNOWN_WORD_SHARE`] of its weight. Names the corpus lacks weigh double and are left as
//! they are: they say the question is about someone or something else.

use super::RankingEvidence;
use crate::corpus::Passage;
use crate::search::query::{idf, Concept};

/// Share of its weight an unknown word keeps in the coverage of a passage that matches every
/// known word of the question: half, between counting it fully and dropping it, which measured
/// alike on the archive's development questions and the real folders.
pub(in crate::search) const UNKNOWN_WORD_SHARE: f32 = 0.5;

/// Known words of the question's topic a passage must match, all of them, for an unknown word
/// to count less: with one, an off-topic question's single common word ("what is the best
/// *recipe* for sourdough bread?") would be enough.
pub(in crate::search) const MIN_KNOWN_WORDS: usize = 2;

/// Whether a concept weighs what a word no passage uses weighs (see `query::plan`): an
/// unknown word that is not a name (names weigh double).
pub(in crate::search) fn is_unknown_word(weight: f32, passages: u64) -> bool {
    let unknown = idf(0, passages);
    (weight - unknown).abs() <= unknown * f32::EPSILON * 4.0
}

/// The most coverage a passage of a corpus of `passages` can reach for `concepts`, given
/// which of them the corpus knows: the known weight over the total, an unknown word counting
/// [`UNKNOWN_WORD_SHARE`] when at least [`MIN_KNOWN_WORDS`] are known.
pub(in crate::search) fn coverage_bound<'a>(
    concepts: impl Iterator<Item = (&'a Concept, bool)>,
    passages: u64,
) -> f32 {
    let (mut known, mut known_count, mut unknown, mut other) = (0.0, 0, 0.0, 0.0);
    for (concept, is_known) in concepts {
        if is_known {
            known += concept.weight;
            known_count += 1;
        } else if is_unknown_word(concept.weight, passages) {
            unknown += concept.weight;
        } else {
            other += concept.weight;
        }
    }
    let share = if known_count >= MIN_KNOWN_WORDS {
        UNKNOWN_WORD_SHARE
    } else {
        1.0
    };
    let total = known + other + unknown * share;
    if total <= 0.0 {
        return 1.0;
    }
    known / total
}

impl RankingEvidence<'_> {
    /// The passage's coverage `plain` (every concept at its weight), or, when it matches every
    /// known word of the question's topic (at least [`MIN_KNOWN_WORDS`]), with the unknown
    /// words counting [`UNKNOWN_WORD_SHARE`] of theirs.
    pub(super) fn with_unknown_words(&self, passage: &Passage, plain: f32) -> f32 {
        let passages = self.terms.analysed_passages();
        let topical = |at: usize| self.topical.get(at).copied().unwrap_or(false);
        let unknown_words = (self.plan.concepts.iter().enumerate())
            .any(|(at, c)| topical(at) && is_unknown_word(c.weight, passages));
        if !unknown_words {
            return plain;
        }
        let (mut known, mut unknown) = (0, 0.0);
        for (at, concept) in self.plan.concepts.iter().enumerate() {
            if !topical(at) {
                continue;
            }
            if is_unknown_word(concept.weight, passages) {
                unknown += concept.weight;
                continue;
            }
            if !(self.in_text(concept, passage) || self.in_question(concept, passage)) {
                return plain;
            }
            known += 1;
        }
        if known < MIN_KNOWN_WORDS || unknown <= 0.0 {
            return plain;
        }
        let total = self.total - unknown * (1.0 - UNKNOWN_WORD_SHARE);
        (plain * self.total / total).min(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::{Alternative, Source};

    fn concept(weight: f32) -> Concept {
        Concept {
            words: "w".into(),
            alternatives: vec![Alternative {
                terms: vec!["w".into()],
                source: Source::Typed,
            }],
            weight,
        }
    }

    #[test]
    fn an_unknown_word_counts_less_only_beside_two_known_words() {
        let passages = 100;
        let unknown = idf(0, passages);
        assert!(is_unknown_word(unknown, passages));
        assert!(!is_unknown_word(unknown * 2.0, passages), "a name");
        assert!(!is_unknown_word(idf(1, passages), passages));
        let (a, b, lacked) = (concept(1.0), concept(1.0), concept(unknown));
        let two = coverage_bound([(&a, true), (&b, true), (&lacked, false)].into_iter(), 100);
        assert!((two - 2.0 / (2.0 + unknown * UNKNOWN_WORD_SHARE)).abs() < 1e-6);
        let one = coverage_bound([(&a, true), (&lacked, false)].into_iter(), 100);
        assert!((one - 1.0 / (1.0 + unknown)).abs() < 1e-6);
    }

    #[test]
    fn a_passage_matching_every_known_word_is_quoted_despite_words_no_passage_uses() {
        let dir = tempfile::tempdir().unwrap();
        let text = "Q: How did the countries get vaccines?\n\n\
                    A: Each of the countries signed its own vaccines contract.\n\n\
                    Q: What about the harbour?\n\n\
                    A: The harbour closed every winter.\n\n\
                    Q: And the bakery?\n\n\
                    A: We made loaves for the whole street.\n";
        std::fs::write(dir.path().join("nora.txt"), text).unwrap();
        let loaded = crate::corpus::load_dir(dir.path()).unwrap().interviews;
        let engine = crate::search::testing::engine_of(
            loaded.into_iter().map(std::sync::Arc::new).collect(),
        );
        let answered = |question: &str| !engine.search(question, 1).hits.is_empty();
        assert!(answered(
            "did countries purchase vaccines separately from neighbours?"
        ));
        assert!(!answered(
            "did countries purchase yachts separately from neighbours?"
        ));
    }
}
