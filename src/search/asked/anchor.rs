//! The anchor of a question asking for a fact across several interviews: its rarest topical
//! word and the words it must be said with (see [`crate::search::together`]), chosen apart
//! from the passages they are then checked against.

use crate::search::query::{Concept, QueryPlan};
use crate::search::terms::CorpusTerms;
use crate::search::together::Anchor;

use super::ANCHOR_MAX_SHARE;

/// Whether some passage uses a concept in a form the question reads it in (typed,
/// corrected, or an operator's synonym): a word no passage uses is said with nothing, and is
/// no partner for the rarest one (see [`anchor`]).
pub(super) fn used_by_passages(terms: &CorpusTerms, concept: &Concept) -> bool {
    (concept.alternatives.iter().filter(|a| a.source.counts()))
        .any(|a| a.terms.iter().all(|t| terms.text_frequency(t) > 0))
}

/// Whether a word that `frequency` of the corpus's `passages` use is rare enough to name the
/// precise thing a question asks about (see [`ANCHOR_MAX_SHARE`]).
pub(super) fn names_one_thing(frequency: u64, passages: u64) -> bool {
    frequency as f64 / passages.max(1) as f64 <= ANCHOR_MAX_SHARE
}

/// The anchor of a question whose rarest topical concept is at `rarest` in `plan`: its terms,
/// and those of the other topical concepts (not `naming` an interview) that the question does
/// not write next to it and that the passages use (`known`); `None` when there are none. A
/// word no passage uses can be said near nothing, and the rule would refuse whatever the
/// archive holds: "Quais autores ela mais admira?" met "autores" in the answer about favourite
/// writers and "admira" nowhere; coverage, where such a word weighs the most, judges it.
pub(super) fn anchor(
    plan: &QueryPlan,
    rarest: usize,
    naming: &[bool],
    known: &dyn Fn(&Concept) -> bool,
) -> Option<Anchor> {
    let terms_of = |c: &Concept| -> Vec<String> {
        let counted = c.alternatives.iter().filter(|a| a.source.counts());
        counted.flat_map(|a| a.terms.iter().cloned()).collect()
    };
    let typed = |c: &Concept| {
        c.alternatives
            .first()
            .map(|a| a.terms.clone())
            .unwrap_or_default()
    };
    let anchor = &plan.concepts[rarest];
    let neighbours = |c: &Concept| {
        let (a, b) = (typed(anchor), typed(c));
        plan.phrases.iter().any(|p| {
            (a.contains(&p.first) && b.contains(&p.second))
                || (b.contains(&p.first) && a.contains(&p.second))
        })
    };
    let partners_at: Vec<usize> = plan
        .concepts
        .iter()
        .zip(naming)
        .enumerate()
        .filter(|&(at, (c, &naming))| at != rarest && !naming && !neighbours(c) && known(c))
        .map(|(at, _)| at)
        .collect();
    (!partners_at.is_empty()).then(|| Anchor {
        at: rarest,
        rarest: terms_of(anchor),
        partners: partners_at
            .iter()
            .flat_map(|&at| terms_of(&plan.concepts[at]))
            .collect(),
        partners_at,
    })
}
