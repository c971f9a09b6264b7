//! Where the question's concepts meet inside a passage: the closest pair, the question's
//! neighbouring words in the same order, and the most of the question within a sentence or two.

use super::{RankingEvidence, PHRASE_GAP, PROXIMITY_SCALE, WINDOW_WORDS};
use crate::search::positions::closest;

impl RankingEvidence<'_> {
    /// The best pair of topical concepts close together: their share of the question's weight,
    /// discounted by the words between them.
    pub(super) fn proximity(&self, positions: &[Vec<u32>]) -> f32 {
        if self.total <= 0.0 {
            return 0.0;
        }
        let mut best = 0.0_f32;
        let concepts = self.topical_with_positions(positions);
        for (i, &(a, wa)) in concepts.iter().enumerate() {
            for &(b, wb) in &concepts[i + 1..] {
                let gap = closest(&positions[a], &positions[b]).saturating_sub(1);
                let score = (wa + wb) / self.total / (1.0 + gap as f32 / PROXIMITY_SCALE);
                best = best.max(score);
            }
        }
        best
    }

    /// Share of the question's neighbouring topical concepts (in its word order) that follow
    /// each other in the text.
    pub(super) fn phrases(&self, positions: &[Vec<u32>]) -> f32 {
        let concepts: Vec<usize> = (0..self.plan.concepts.len().min(positions.len()))
            .filter(|&i| self.topical[i])
            .collect();
        let pairs = concepts.len().saturating_sub(1);
        if pairs == 0 {
            return 0.0;
        }
        let found = concepts
            .windows(2)
            .filter(|pair| {
                positions[pair[0]].iter().any(|&a| {
                    positions[pair[1]]
                        .iter()
                        .any(|&b| b > a && b - a <= PHRASE_GAP)
                })
            })
            .count();
        found as f32 / pairs as f32
    }

    /// The largest share of the question's topical weight found within one window of
    /// [`WINDOW_WORDS`] words: the place in the passage where the question is answered.
    pub(super) fn window_coverage(&self, positions: &[Vec<u32>]) -> f32 {
        if self.total <= 0.0 {
            return 0.0;
        }
        let mut events: Vec<(u32, usize)> = self
            .topical_with_positions(positions)
            .into_iter()
            .flat_map(|(c, _)| positions[c].iter().map(move |&p| (p, c)))
            .collect();
        events.sort_unstable();
        let mut counts = vec![0_u32; positions.len()];
        let (mut start, mut inside, mut best) = (0, 0.0_f32, 0.0_f32);
        for end in 0..events.len() {
            let (position, concept) = events[end];
            if counts[concept] == 0 {
                inside += self.plan.concepts[concept].weight;
            }
            counts[concept] += 1;
            while position - events[start].0 >= WINDOW_WORDS {
                let left = events[start].1;
                counts[left] -= 1;
                if counts[left] == 0 {
                    inside -= self.plan.concepts[left].weight;
                }
                start += 1;
            }
            best = best.max(inside);
        }
        best / self.total
    }

    /// Topical concepts found in the text, with their weights.
    fn topical_with_positions(&self, positions: &[Vec<u32>]) -> Vec<(usize, f32)> {
        positions
            .iter()
            .enumerate()
            .filter(|(i, p)| !p.is_empty() && self.topical.get(*i).copied().unwrap_or(false))
            .map(|(i, _)| (i, self.plan.concepts[i].weight))
            .collect()
    }
}
