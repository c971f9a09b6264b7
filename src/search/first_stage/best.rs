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
