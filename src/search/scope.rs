//! Which interviews a search may quote: the whole archive, or only some interviews (a chat that
//! picked one, an inline query that starts with a person's name).
//!
//! A scope is a filter on the one index, applied where the first phase collects its candidates:
//! the best candidates *inside* the scope are found, not the best of the archive then thinned
//! out, and no second index is ever built.

use std::ops::Range;

use crate::corpus::Corpus;

/// The interviews a search may quote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Scope {
    /// Every interview of the corpus.
    #[default]
    All,
    /// Only these interviews (indexes in [`Corpus::interviews`], sorted, unique); an empty list
    /// quotes nothing.
    Only(Vec<usize>),
}

impl Scope {
    /// A scope of the given interview indexes, in any order, repeats allowed.
    pub fn only(interviews: impl IntoIterator<Item = usize>) -> Scope {
        let mut interviews: Vec<usize> = interviews.into_iter().collect();
        interviews.sort_unstable();
        interviews.dedup();
        Scope::Only(interviews)
    }

    /// Whether passages of this interview may be quoted.
    pub fn includes(&self, interview: usize) -> bool {
        match self {
            Scope::All => true,
            Scope::Only(interviews) => interviews.binary_search(&interview).is_ok(),
        }
    }

    /// The passage ids the scope allows, as ranges (a corpus keeps each interview's passages
    /// together); `None` for the whole corpus, where no filter is needed.
    pub(super) fn passage_ranges(&self, corpus: &Corpus) -> Option<Vec<Range<u64>>> {
        let Scope::Only(interviews) = self else {
            return None;
        };
        let passages = &corpus.passages;
        let ranges = interviews
            .iter()
            .map(|&interview| {
                let start = passages.partition_point(|p| p.interview < interview);
                let end = passages.partition_point(|p| p.interview <= interview);
                start as u64..end as u64
            })
            .filter(|range| !range.is_empty())
            .collect();
        Some(ranges)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Interview, Metadata, Turn};

    fn interview(id: &str, answers: usize) -> Interview {
        Interview {
            id: id.to_string(),
            source: format!("{id}.txt").into(),
            metadata: Metadata::default(),
            title: id.to_string(),
            intro: vec!["An introduction.".to_string()],
            turns: vec![Turn {
                question: "A question?".to_string(),
                answer: vec!["A paragraph.".to_string(); answers],
                line: 3,
            }],
        }
    }

    #[test]
    fn a_scope_covers_exactly_its_interviews_passages() {
        let corpus = Corpus::new(vec![
            interview("a", 2),
            interview("b", 3),
            interview("c", 1),
        ]);
        assert_eq!(Scope::All.passage_ranges(&corpus), None);
        let ranges = Scope::only([2, 0, 2]).passage_ranges(&corpus).unwrap();
        assert_eq!(ranges, vec![0..3, 7..9]);
        for range in ranges {
            for id in range {
                assert_ne!(corpus.passages[id as usize].interview, 1);
            }
        }
        assert_eq!(
            Scope::only([7]).passage_ranges(&corpus),
            Some(Vec::new()),
            "an interview that is gone allows nothing"
        );
    }

    #[test]
    fn includes_follows_the_list() {
        let scope = Scope::only([3, 1]);
        assert!(scope.includes(1) && scope.includes(3) && !scope.includes(2));
        assert!(Scope::All.includes(99));
    }
}
