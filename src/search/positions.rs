//! Where the question's concepts occur inside the candidate passages, read from the index's
//! positions for the candidates only: the proximity evidence of the second phase costs a seek
//! per term and candidate instead of a phrase scorer over the whole index.

use tantivy::postings::Postings;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, DocSet, Searcher, Term, TERMINATED};

use super::query::QueryPlan;

/// Positions of each concept of `plan` in `field` of each candidate: `[candidate][concept]`,
/// sorted. A concept's positions are those of every term of every alternative.
///
/// # Errors
/// When Tantivy cannot read the postings.
pub(super) fn concept_positions(
    searcher: &Searcher,
    field: Field,
    plan: &QueryPlan,
    candidates: &[DocAddress],
) -> tantivy::Result<Vec<Vec<Vec<u32>>>> {
    let mut found = vec![vec![Vec::new(); plan.concepts.len()]; candidates.len()];
    // Postings are read forwards: visit candidates by segment, then document.
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| (candidates[i].segment_ord, candidates[i].doc_id));
    let mut buffer = Vec::new();
    for (concept_at, concept) in plan.concepts.iter().enumerate() {
        for term in concept.alternatives.iter().flat_map(|a| &a.terms) {
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
                    buffer.clear();
                    postings.positions(&mut buffer);
                    found[i][concept_at].extend_from_slice(&buffer);
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
