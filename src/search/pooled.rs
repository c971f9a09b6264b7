//! Evidence pooled over the units a passage belongs to: its answer and its interview.
//!
//! A paraphrase or a chatty question shares few words with any one paragraph, so a single
//! paragraph of another interview that happens to repeat two of its words can outscore the
//! paragraph that answers. The interview that really is about the question usually has several
//! candidates among the first phase's, and the answer that replies to it often has more than
//! one. Each candidate's score is raised by the mean of the best few second-phase scores of its
//! answer and of its interview (missing ones count as zero, so one lucky paragraph alone lends
//! its unit little), which prefers the passage whose surroundings also match.

use fnv::FnvHashMap as HashMap;

use super::rerank::{Candidate, Scored};
use crate::corpus::Corpus;

/// Best scores of a unit averaged into its evidence: enough that one lucky paragraph lends
/// its unit only a third of its score, few enough that a long interview is not favoured for
/// its length alone.
const POOLED_DEPTH: usize = 3;

/// Share of the best first-phase score over which a candidate's part in its units fades in
/// above the last candidate kept (see [`pool`]): far wider than the score differences an
/// index updated in place shows, narrow enough that few candidates are touched.
const FADE_SPAN: f32 = 0.1;

/// Weight of the interview's pooled score, fitted on the archive's development questions
/// (grid over 0–0.8; 0.2–0.5 gave the same hit@1) and kept because it held on held-out ones.
const INTERVIEW_WEIGHT: f32 = 0.3;

/// Weight of the answer's pooled score, fitted with [`INTERVIEW_WEIGHT`].
const ANSWER_WEIGHT: f32 = 0.2;

/// Each first-phase candidate's share in the evidence of its units, by passage id: all of it,
/// unless the list was `cut` at the first phase's limit, then in proportion to how far its
/// score is above the last one kept.
fn shares(first_phase: &[Candidate], cut: bool) -> HashMap<usize, f32> {
    let best = first_phase.iter().map(|c| c.bm25).fold(0.0_f32, f32::max);
    let last = first_phase.iter().map(|c| c.bm25).fold(best, f32::min);
    let span = best * FADE_SPAN;
    first_phase
        .iter()
        .map(|c| {
            let share = if cut && span > 0.0 {
                ((c.bm25 - last) / span).min(1.0)
            } else {
                1.0
            };
            (c.id, share)
        })
        .collect()
}

/// The mean of the best [`POOLED_DEPTH`] scores of each unit, from each candidate's unit and
/// score times its share (missing ones count as zero), by unit in increasing order (see
/// [`of_unit`]).
fn pooled<K: Ord + Copy>(scored: impl Iterator<Item = (K, f32)>) -> Vec<(K, f32)> {
    let mut all: Vec<(K, f32)> = scored.collect();
    // By unit, then best score first.
    all.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    all.chunk_by(|a, b| a.0 == b.0)
        .map(|scores| {
            let sum: f32 = scores.iter().take(POOLED_DEPTH).map(|s| s.1).sum();
            (scores[0].0, sum / POOLED_DEPTH as f32)
        })
        .collect()
}

/// The pooled score of `unit` in `pooled` (zero for a unit without one).
fn of_unit<K: Ord>(pooled: &[(K, f32)], unit: &K) -> f32 {
    pooled
        .binary_search_by(|(key, _)| key.cmp(unit))
        .map_or(0.0, |at| pooled[at].1)
}

/// Orders the candidates, best first, by their score plus the pooled scores of their answer
/// and their interview (ties by passage id). Each keeps its own score: readings of the question
/// in several languages are compared on it, as before. The versions of an interview
/// (`versions`, see [`Corpus::version_groups`]) are one unit: a passage and its translation
/// get the same help, so which of them wins is left to the second phase.
///
/// When the first phase stopped at its limit (`cut`), which passages just made the list
/// depends on the last digits of their scores; a candidate's share in its units fades to
/// nothing as its first-phase score nears the last one kept, so that the order never hangs on
/// which of them did.
pub(super) fn pool(
    corpus: &Corpus,
    versions: &[Vec<usize>],
    first_phase: &[Candidate],
    cut: bool,
    scored: &mut [Scored],
) {
    let share = shares(first_phase, cut);
    let unit = |id: usize| {
        let p = &corpus.passages[id];
        let first = versions.get(p.interview).and_then(|v| v.iter().min());
        (first.map_or(p.interview, |&v| v.min(p.interview)), p.turn)
    };
    // Each candidate's units (interview, answer) and its score times its share, found once.
    let units: Vec<((usize, Option<usize>), f32)> = scored
        .iter()
        .map(|c| {
            let share = share.get(&c.id).copied().unwrap_or(1.0);
            (unit(c.id), c.score * share)
        })
        .collect();
    let interviews = pooled(
        units
            .iter()
            .map(|&((interview, _), score)| (interview, score)),
    );
    let answers = pooled(units.iter().copied());
    let mut keyed: Vec<(f32, Scored)> = (scored.iter().zip(&units))
        .map(|(candidate, &(answer, _))| {
            let interview = of_unit(&interviews, &answer.0);
            let answer = of_unit(&answers, &answer);
            let score = candidate.score + INTERVIEW_WEIGHT * interview + ANSWER_WEIGHT * answer;
            (score, candidate.clone())
        })
        .collect();
    keyed.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.id.cmp(&b.1.id)));
    for (slot, (_, candidate)) in scored.iter_mut().zip(keyed) {
        *slot = candidate;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored(id: usize, score: f32) -> Scored {
        Scored {
            id,
            score,
            coverage: 1.0,
            salience: 1.0,
        }
    }

    #[test]
    fn at_the_first_phase_limit_the_last_candidates_lend_their_units_little() {
        let candidate = |id: usize, bm25: f32| Candidate {
            id,
            bm25,
            positions: Vec::new(),
        };
        let list = [candidate(0, 10.0), candidate(1, 5.5), candidate(2, 5.0)];
        let cut = shares(&list, true);
        assert_eq!((cut[&0], cut[&2]), (1.0, 0.0));
        assert!((cut[&1] - 0.5).abs() < 1e-6);
        assert!(shares(&list, false).values().all(|&s| s == 1.0));
    }

    #[test]
    fn a_unit_pools_the_mean_of_its_best_few_scores_missing_ones_as_zero() {
        let all = [
            scored(0, 3.0),
            scored(1, 1.0),
            scored(2, 2.0),
            scored(3, 0.5),
        ];
        let pooled = pooled(all.iter().map(|c| (c.id % 2, c.score)));
        assert!((of_unit(&pooled, &0) - 5.0 / 3.0).abs() < 1e-6);
        assert!((of_unit(&pooled, &1) - 1.5 / 3.0).abs() < 1e-6);
        assert_eq!(of_unit(&pooled, &2), 0.0);
    }
}
