//! The best documents of a search, kept in a heap of a fixed size: equal scores in index
//! order, as Tantivy's `TopDocs` gives them.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use tantivy::DocAddress;

/// The best documents seen so far, the worst on top of the heap.
pub(super) struct Best {
    limit: usize,
    heap: BinaryHeap<Ranked>,
}

impl Best {
    pub(super) fn new(limit: usize) -> Best {
        let heap = BinaryHeap::with_capacity(limit);
        Best { limit, heap }
    }

    /// The score a document must exceed to enter.
    pub(super) fn threshold(&self) -> f32 {
        match self.heap.peek() {
            Some(worst) if self.heap.len() == self.limit => worst.0,
            _ => f32::MIN,
        }
    }

    /// Keeps the document if it is among the best (in one sift, not a push and a pop).
    pub(super) fn push(&mut self, score: f32, address: DocAddress) {
        let ranked = Ranked(score, address);
        if self.heap.len() < self.limit {
            self.heap.push(ranked);
        } else if let Some(mut worst) = self.heap.peek_mut().filter(|worst| ranked < **worst) {
            *worst = ranked;
        }
    }

    /// Best first: the ascending order of "worse".
    pub(super) fn into_sorted(self) -> Vec<(f32, DocAddress)> {
        self.heap
            .into_sorted_vec()
            .into_iter()
            .map(|Ranked(score, address)| (score, address))
            .collect()
    }
}

/// A scored document, ordered from best to worst: a lower score, then a later address, is
/// worse (greater).
struct Ranked(f32, DocAddress);

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.total_cmp(&self.0).then(self.1.cmp(&other.1))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ranked {}

/// Candidates kept beyond the limit before the worst are dropped, per candidate wanted.
/// Dropping them selects the best `limit` in linear time; with twice the limit kept, each
/// document offered costs one push and a share of a selection, instead of a sift through a
/// heap of the limit's depth at every entry (a twentieth of a question's time on the archive
/// of one shared vocabulary, where thousands of passages enter the best 300 for a while).
const KEPT_PER_WANTED: usize = 2;

/// The best documents seen so far, as [`Best`] keeps them, collected in a buffer and cut
/// down to the best `limit` whenever it fills: the score to beat is the worst of the best
/// after the last cut, so it lags behind [`Best`]'s (more documents are offered), but the
/// documents kept at the end are the same, in the same order.
pub(super) struct Batched {
    limit: usize,
    kept: Vec<Ranked>,
    floor: f32,
}

impl Batched {
    pub(super) fn new(limit: usize) -> Batched {
        let kept = Vec::with_capacity(limit.saturating_mul(KEPT_PER_WANTED));
        Batched {
            limit,
            kept,
            floor: f32::MIN,
        }
    }

    /// A score every document kept in the end reaches (a document scoring below cannot
    /// enter; one scoring it may).
    pub(super) fn threshold(&self) -> f32 {
        self.floor
    }

    /// Keeps the document, for now.
    pub(super) fn push(&mut self, score: f32, address: DocAddress) {
        if self.limit == 0 {
            return;
        }
        self.kept.push(Ranked(score, address));
        if self.kept.len() >= self.limit.saturating_mul(KEPT_PER_WANTED) {
            self.cut();
        }
    }

    /// Keeps the best `limit` only, and raises the score to beat to the worst of them.
    fn cut(&mut self) {
        if self.kept.len() > self.limit {
            self.kept.select_nth_unstable(self.limit - 1);
            self.kept.truncate(self.limit);
            self.floor = self.kept[self.limit - 1].0;
        }
    }

    /// Best first, as [`Best::into_sorted`].
    pub(super) fn into_sorted(mut self) -> Vec<(f32, DocAddress)> {
        self.cut();
        self.kept.sort_unstable();
        self.kept
            .into_iter()
            .map(|Ranked(score, address)| (score, address))
            .collect()
    }
}
