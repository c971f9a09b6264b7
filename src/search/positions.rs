//! Where the question's concepts occur inside the candidate passages, read from the index's
//! positions for the candidates only: the proximity evidence of the second phase costs a seek
//! per term and candidate instead of a phrase scorer over the whole index.

use tantivy::postings::Postings;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, DocSet, Searcher, Term, TERMINATED};

use super::query::QueryPlan;

/// The smallest distance between a position of `a` and one of `b`, both sorted.
pub(super) fn closest(a: &[u32], b: &[u32]) -> u32 {
    let (mut i, mut j, mut best) = (0, 0, u32::MAX);
    while i < a.len() && j < b.len() {
        best = best.min(a[i].abs_diff(b[j]));
        if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    best
}

/// Positions of each concept of `plan` in `field` of each candidate: `[candidate][concept]`,
/// sorted. A concept's positions are those of every term of every alternative but related
/// words (see [`super::query::Source::Related`]), which count in the first phase only. A term
/// that no passage's `field` holds (`present` says which do) is not looked up in the index.
///
/// # Errors
/// When Tantivy cannot read the postings.
pub(super) fn concept_positions(
    searcher: &Searcher,
    field: Field,
    plan: &QueryPlan,
    candidates: &[DocAddress],
    present: impl Fn(&str) -> bool,
) -> tantivy::Result<Vec<Vec<Vec<u32>>>> {
    let mut found = vec![vec![Vec::new(); plan.concepts.len()]; candidates.len()];
    // Postings are read forwards: visit candidates by segment, then document.
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| (candidates[i].segment_ord, candidates[i].doc_id));
    for (concept_at, concept) in plan.concepts.iter().enumerate() {
        let counted = concept.alternatives.iter().filter(|a| a.source.counts());
        for term in counted.flat_map(|a| &a.terms).filter(|t| present(t)) {
            let term = Term::from_field_text(field, term);
            let mut segment_now = u32::MAX;
            let mut postings = None;
            for &i in &order {
                let address = candidates[i];
                if address.segment_ord != segment_now {
                    segment_now = address.segment_ord;
                    let segment = searcher.segment_reader(segment_now);
                    postings = segment
                        .inverted_index(field)?
                        .read_postings(&term, IndexRecordOption::WithFreqsAndPositions)?;
                }
                let Some(postings) = postings.as_mut() else {
                    continue;
                };
                if postings.doc() == TERMINATED || postings.doc() > address.doc_id {
                    continue;
                }
                if postings.seek(address.doc_id) == address.doc_id {
                    postings.append_positions_with_offset(0, &mut found[i][concept_at]);
                }
            }
        }
    }
    for candidate in &mut found {
        for positions in candidate {
            positions.sort_unstable();
            positions.dedup();
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_finds_the_smallest_gap_between_sorted_positions() {
        assert_eq!(closest(&[1, 10, 30], &[14, 29]), 1);
        assert_eq!(closest(&[5], &[5]), 0);
        assert_eq!(closest(&[], &[3]), u32::MAX);
    }
}
