//! The first phase's union scored term at a time: each clause's posting list is walked once
//! and its scores added per document in a buffer as long as the segment, then the best
//! documents are taken from the documents touched.
//!
//! With a few hundred candidates wanted over words found in several percent of the passages,
//! block-max WAND skips little: the score to beat stays low, and for nearly every document of
//! the union it re-sorts its lists and seeks each one. Summing the lists one after the other
//! does the same additions without that bookkeeping. Each document's score is the sum of the
//! same clause scores as the union's (in clause order, so documents that match alike score
//! exactly alike), and the documents kept are the same.

use std::cell::RefCell;

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{Bm25StatisticsProvider, Bm25Weight, EnableScoring, Query, Scorer, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocId, DocSet, Score, Searcher, SegmentReader, Term, TERMINATED};

use super::best::Best;

/// Corpora of more documents than this are searched term at a time. Below it every posting
/// list is short, block-max WAND costs little, and the small corpora (the shipped interview,
/// the archive of test interviews) are searched exactly as before. On the archive of 10,000
/// interviews sharing one vocabulary (310,137 passages) summing cut the time per question by
/// about a sixth at the median and a quarter at the 99th percentile, same answers.
pub(super) const MIN_DOCUMENTS: u64 = 10_000;

thread_local! {
    /// Each thread's running scores, one per document of the largest segment searched: all
    /// zero between searches (each search clears what it touched), so a search pays for the
    /// documents it touches, not for the segment's size.
    static SCORES: RefCell<Vec<f32>> = const { RefCell::new(Vec::new()) };
}

/// One clause of the union: its query and, when the query is one term's `TermQuery` (with
/// frequencies) boosted by a factor, that term and factor, so that the term's postings are
/// scored here directly rather than through Tantivy's boxed scorer (the same BM25, the same
/// float operations, about a fifth of the search's time).
#[derive(Clone, Copy)]
pub(super) struct Part<'a> {
    pub(super) query: &'a dyn Query,
    pub(super) term: Option<(&'a Term, Score)>,
}

/// How one clause is scored: its term's BM25 (already boosted), or the query's weight.
enum Scoring<'a> {
    Term(&'a Term, Bm25Weight),
    Query(Box<dyn Weight>),
}

/// The `limit` best live documents for the union (sum) of `parts`, best first, equal scores
/// in index order. A document whose clauses all score zero is left out (the first phase's
/// clauses always score above zero where they match).
///
/// # Errors
/// When Tantivy cannot read a segment.
pub(super) fn top(
    searcher: &Searcher,
    parts: &[Part<'_>],
    statistics: &dyn Bm25StatisticsProvider,
    limit: usize,
) -> tantivy::Result<Vec<(f32, DocAddress)>> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    let scoring = EnableScoring::enabled_from_statistics_provider(statistics, searcher);
    let weights = parts
        .iter()
        .map(|part| match part.term {
            Some((term, boost)) => Bm25Weight::for_terms(statistics, std::slice::from_ref(term))
                .map(|weight| Scoring::Term(term, weight.boost_by(boost))),
            None => part.query.weight(scoring).map(Scoring::Query),
        })
        .collect::<tantivy::Result<Vec<_>>>()?;
    let mut best = Best::new(limit);
    let mut touched: Vec<DocId> = Vec::new();
    SCORES.with_borrow_mut(|scores| {
        for (ord, reader) in searcher.segment_readers().iter().enumerate() {
            let size = reader.max_doc() as usize;
            if scores.len() < size {
                scores.resize(size, 0.0);
            }
            touched.clear();
            let mut summed = Ok(());
            for weight in &weights {
                summed = match weight {
                    Scoring::Term(term, bm25) => add_term(reader, term, bm25, scores, &mut touched),
                    Scoring::Query(weight) => weight
                        .scorer(reader, 1.0)
                        .map(|mut scorer| add(scorer.as_mut(), scores, &mut touched)),
                };
                if summed.is_err() {
                    break;
                }
            }
            // Every touched score is read and cleared, also after an error, so the buffer is
            // all zero for the next search.
            // Only a score at least the worst kept can enter (a tie may, by index order).
            let alive = reader.alive_bitset();
            let mut worst = best.threshold();
            for &doc in &touched {
                let score = std::mem::replace(&mut scores[doc as usize], 0.0);
                if score != 0.0 && score >= worst && alive.is_none_or(|alive| alive.is_alive(doc)) {
                    best.push(score, DocAddress::new(ord as u32, doc));
                    worst = best.threshold();
                }
            }
            summed?;
        }
        Ok::<(), tantivy::TantivyError>(())
    })?;
    Ok(best.into_sorted())
}

/// Adds the score of every document `scorer` matches to `scores`, noting in `touched` the
/// documents seen for the first time (a document is noted again if a clause added zero; the
/// caller reads each score once).
fn add(scorer: &mut dyn Scorer, scores: &mut [f32], touched: &mut Vec<DocId>) {
    let mut doc = scorer.doc();
    while doc != TERMINATED {
        let slot = &mut scores[doc as usize];
        if *slot == 0.0 {
            touched.push(doc);
        }
        *slot += scorer.score();
        doc = scorer.advance();
    }
}

/// [`add`] for one term's postings in `reader`, scored with `bm25` as Tantivy's term scorer
/// scores them (the field's norms, or a norm of one where the field keeps none).
fn add_term(
    reader: &SegmentReader,
    term: &Term,
    bm25: &Bm25Weight,
    scores: &mut [f32],
    touched: &mut Vec<DocId>,
) -> tantivy::Result<()> {
    let postings = reader
        .inverted_index(term.field())?
        .read_postings(term, IndexRecordOption::WithFreqs)?;
    let Some(postings) = postings else {
        return Ok(());
    };
    let norms = match reader.fieldnorms_readers().get_field(term.field())? {
        Some(norms) => norms,
        None => FieldNormReader::constant(reader.max_doc(), 1),
    };
    add_postings(postings, &norms, bm25, scores, touched);
    Ok(())
}

fn add_postings(
    mut postings: SegmentPostings,
    norms: &FieldNormReader,
    bm25: &Bm25Weight,
    scores: &mut [f32],
    touched: &mut Vec<DocId>,
) {
    let mut doc = postings.doc();
    while doc != TERMINATED {
        let slot = &mut scores[doc as usize];
        if *slot == 0.0 {
            touched.push(doc);
        }
        *slot += bm25.score(norms.fieldnorm_id(doc), postings.term_freq());
        doc = postings.advance();
    }
}
