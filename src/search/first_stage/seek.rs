//! One term's postings looked up for chosen documents, scored as the summing scores them.

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::BlockSegmentPostings;
use tantivy::query::Bm25Weight;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, Score, SegmentReader, Term};

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
