//! Which of the question's words a passage says with intent rather than in passing: the
//! ranking's salient coverage, and the refusal rule's reading of an introduction that names
//! the asked-about person. Both weigh a word by how few passages use it, with a floor that
//! keeps a small archive's rare words rare (see [`least_weight`]).

use super::{flag, Meets, RankingEvidence, WINDOW_WORDS};
use crate::corpus::Passage;
use crate::search::positions::closest;
use crate::search::query::idf;

/// Occurrences of a concept in a passage that make it what the passage is about.
const SALIENT_REPEATS: usize = 2;

/// Share of passages at most that use a word for it to be rare: such a word, when it is all a
/// question asks about ("did she say anything about dengue?"), is answered wherever it is
/// used, even once. One passage in fifty, as for names (see `names::NAME_MAX_TEXT_SHARE`).
pub(super) const RARE_TOPIC_SHARE: f64 = 0.02;

/// Passages that may use a rare word whatever the corpus's size: in a small corpus (a few
/// interviews, or one language's share of an archive) the share above is less than one
/// passage, and a word only one passage uses ("Seu Brasiliano", a nickname said once) was
/// never rare, however salient it is by itself.
const RARE_TOPIC_MIN_PASSAGES: u64 = 1;

/// Share of passages at most that use a word an introduction naming the asked-about person
/// says of them with salience (see [`RankingEvidence::introduced_salience`]): one in twenty, as
/// for a fact question's anchor (see `asked::ANCHOR_MAX_SHARE`). A common word ("años",
/// "old") is said of everything, and "Trabajó seis años en la planta" does not tell how old
/// she is; "hoy enseña en una universidad pública" tells where she teaches.
pub(super) const INTRODUCED_MAX_SHARE: f64 = 0.05;

/// The least weight of a word used by at most `share` of `passages`, and never less than a
/// word only [`RARE_TOPIC_MIN_PASSAGES`] use: one rule for how rare a word must be, whatever
/// the share asked, so that a small archive (where the share is under one passage) still
/// has rare words.
pub(super) fn least_weight(share: f64, passages: u64) -> f32 {
    let most = ((passages as f64 * share) as u64).max(RARE_TOPIC_MIN_PASSAGES);
    idf(most, passages)
}

impl RankingEvidence<'_> {
    /// Share of the question's topic the passage matches with salience: in the interviewer's
    /// question it answers, more than once in its text, or next to another of the question's
    /// words (a name included: "Quispe was born in Oruro"). A word met once, alone, is what a
    /// passage says in passing, not what it is about: in an archive, every common word is said
    /// in passing somewhere ("how old is Okafor?" finds "old" in one of her answers). A rare
    /// word that is all the question asks about is salient wherever it is used.
    /// `met` is where the concepts meet the passage (see [`RankingEvidence::meets`]).
    pub(super) fn salient_coverage(&self, positions: &[Vec<u32>], met: &Meets) -> f32 {
        let salient = |at: usize, related: bool| {
            let here = positions.get(at).map_or(&[][..], Vec::as_slice);
            (self.rare_single_topic == Some(at) && !here.is_empty())
                || met.get(at, related).is_some_and(|m| m.question)
                || here.len() >= SALIENT_REPEATS
                || (!here.is_empty()
                    && positions
                        .iter()
                        .enumerate()
                        .any(|(other, there)| other != at && closest(here, there) < WINDOW_WORDS))
        };
        self.share_met(&salient)
    }

    /// When `passage` is an introduction whose text writes a name the question names its
    /// interview by: a publisher's presentation of the person is about them in every
    /// sentence, the subject often left out ("… Cárdenas (Arequipa, 1979) estudia … Fue
    /// investigadora … y hoy enseña en una universidad"), so what it says of them is
    /// said with their name, however far from it.
    /// The share of the question's topic such an introduction says with salience, for the
    /// refusal rule only (the ranking's feature is [`RankingEvidence::salient_coverage`]): its words
    /// no more common than [`INTRODUCED_MAX_SHARE`] allows.
    pub(super) fn introduced_salience(&self, passage: &Passage, positions: &[Vec<u32>]) -> f32 {
        let used = |at: usize| positions.get(at).is_some_and(|p| !p.is_empty());
        let names_person = passage.turn.is_none()
            && (self.topical.iter().enumerate()).any(|(at, &topical)| !topical && used(at));
        if !names_person {
            return 0.0;
        }
        self.weighted_share(&|at, concept| flag(used(at) && concept.weight >= self.specific_weight))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::search::fixtures::{interview_of, typed_concept};
    use crate::search::language::Language;
    use crate::search::query::QueryPlan;
    use crate::search::terms::CorpusTerms;

    #[test]
    fn a_small_archive_still_has_words_specific_enough_to_tell_of_the_person_introduced() {
        // Arrange: three passages, so one in twenty of them is none; a word its introduction
        // alone uses must still count as specific.
        let mut interview = interview_of(
            "kiln",
            &[
                ("And the kiln?", &["The kiln burns all night."]),
                ("Glazes?", &["Mostly ash glazes."]),
            ],
        );
        interview.intro = vec!["Ilse Varga fires pots in a kiln by the marsh.".into()];
        let corpus = Corpus::new(vec![interview]);
        let terms = CorpusTerms::build(&corpus, Language::En, &[Language::En]);
        let passages = terms.analysed_passages();
        assert!(
            (passages as f64 * INTRODUCED_MAX_SHARE) < 1.0,
            "{passages} passages"
        );
        let plan_weighing = |weight: f32| {
            let mut marsh = typed_concept("marsh");
            marsh.weight = weight;
            QueryPlan {
                concepts: vec![typed_concept("varga"), marsh],
                ..QueryPlan::default()
            }
        };
        let introduced = |weight: f32, passage: usize| {
            let resolved = terms.resolve(&plan_weighing(weight));
            let evidence = RankingEvidence::new(&corpus, &terms, &resolved, &[true, false], &[]);
            // The name and the topic word are both in the passage.
            evidence.introduced_salience(&corpus.passages[passage], &[vec![0], vec![8]])
        };
        let (once, everywhere) = (idf(1, passages), idf(passages, passages));
        // Act / Assert
        assert_eq!(
            introduced(once, 0),
            1.0,
            "a word one passage uses is specific"
        );
        assert_eq!(
            introduced(everywhere, 0),
            0.0,
            "a word every passage uses is not"
        );
        assert_eq!(introduced(once, 1), 0.0, "an answer is no introduction");
    }
}
