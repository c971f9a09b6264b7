//! Max-score pruning of the summing: the clauses whose best scores together cannot lift a
//! document into the candidates are not walked, only looked up (by seeking their postings)
//! for the documents the other clauses found with a running score high enough.

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::BlockSegmentPostings;
use tantivy::query::Bm25Weight;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, Score, SegmentReader, Term};

/// How far the sums of floating-point scores may stray from the exact sums, as a share: far
/// above the rounding of a few dozen additions (under a millionth), so that no document is
/// left out by a bound that rounding made too tight.
const ROUNDING: f64 = 1e-4;

/// The clauses to walk, as a count of the first of `bounds` (best scores, highest first),
/// when a document must reach `threshold` to enter: the clauses after them score together
/// less than the threshold, so a document they alone match cannot enter.
pub(super) fn essential(bounds: &[Score], threshold: Score) -> usize {
    let mut rest = 0.0f64;
    let mut count = bounds.len();
    while count > 0 {
        let with = rest + f64::from(bounds[count - 1]);
        if with * (1.0 + ROUNDING) >= f64::from(threshold) {
            break;
        }
        rest = with;
        count -= 1;
    }
    count
}

/// The running score a document needs to enter when clauses of best scores summing to `rest`
/// are still to be added and the score to beat is `threshold`.
pub(super) fn needed(threshold: Score, rest: f64) -> Score {
    (f64::from(threshold) / (1.0 + ROUNDING) - rest) as Score
}

/// One term's postings in one segment, looked up for documents in increasing order.
pub(super) struct Seeker<'a> {
    postings: BlockSegmentPostings,
    norms: FieldNormReader,
    bm25: &'a Bm25Weight,
}

impl<'a> Seeker<'a> {
    /// `term`'s postings in `reader`, scored with `bm25`; `None` when the segment lacks it.
    pub(super) fn new(
        reader: &SegmentReader,
        term: &Term,
        bm25: &'a Bm25Weight,
    ) -> tantivy::Result<Option<Seeker<'a>>> {
        let postings = reader
            .inverted_index(term.field())?
            .read_block_postings(term, IndexRecordOption::WithFreqs)?;
        let Some(postings) = postings else {
            return Ok(None);
        };
        let norms = norms_of(reader, term)?;
        Ok(Some(Seeker {
            postings,
            norms,
            bm25,
        }))
    }

    /// The term's score in `doc` (zero where it is absent), as the summing scores a posting;
    /// `doc` at or after the last one asked.
    pub(super) fn score(&mut self, doc: DocId) -> Option<Score> {
        // The first posting at or after the document (past the last: a padding that matches
        // no document).
        let at = self.postings.seek(doc);
        (self.postings.doc(at) == doc).then(|| {
            self.bm25
                .score(self.norms.fieldnorm_id(doc), self.postings.freq(at))
        })
    }
}

/// The norms `term`'s field keeps in `reader`, or a norm of one for every document where the
/// field keeps none (as Tantivy's term scorer reads them).
pub(super) fn norms_of(reader: &SegmentReader, term: &Term) -> tantivy::Result<FieldNormReader> {
    Ok(match reader.fieldnorms_readers().get_field(term.field())? {
        Some(norms) => norms,
        None => FieldNormReader::constant(reader.max_doc(), 1),
    })
}
