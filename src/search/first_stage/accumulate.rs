//! The first phase's union scored term at a time: each clause's posting list is walked once
//! and its scores added per document in a buffer as long as the segment, then the best
//! documents are read from the buffer.
//!
//! With a few hundred candidates wanted over words found in several percent of the passages,
//! block-max WAND skips little: the score to beat stays low, and for nearly every document of
//! the union it re-sorts its lists and seeks each one. Summing the lists one after the other
//! does the same additions without that bookkeeping. Each document's score is the sum of the
//! same clause scores as the union's (in clause order, so documents that match alike score
//! exactly alike), and the documents kept are the same.
//!
//! Small corpora are summed too: there every list is a block or two, and building Tantivy's
//! scorers (a boxed scorer per clause, the union's buffers) was nine tenths of the first
//! phase, which summing does without (the same answers to the byte on the shipped interview
//! and the archive of test interviews).

use std::cell::RefCell;

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::BlockSegmentPostings;
use tantivy::query::{Bm25StatisticsProvider, Bm25Weight, EnableScoring, Query, Scorer, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocId, DocSet, Score, Searcher, SegmentReader, Term, TERMINATED};

use super::best::Batched;
use super::seek::{norms_of, Seeker};

/// Posting lists at least this long are scored with a table of the score of a term found once
/// in a passage, per norm ([`add_postings`]): building it takes 256 scores, which a shorter
/// list does not repay.
const ONCE_TABLE_MIN_POSTINGS: u32 = 256;

thread_local! {
    /// Each thread's running scores, one per document of the largest segment searched: all
    /// zero between searches (each segment's part is cleared once read). Adding a posting is
    /// then one addition with no test of whether the document was seen; reading a segment's
    /// scores passes over runs of documents that cannot enter (see [`offer`]).
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

/// How each of `parts` is scored, with `statistics`.
fn scorings<'a>(
    searcher: &Searcher,
    parts: &[Part<'a>],
    statistics: &dyn Bm25StatisticsProvider,
) -> tantivy::Result<Vec<Scoring<'a>>> {
    let scoring = EnableScoring::enabled_from_statistics_provider(statistics, searcher);
    parts
        .iter()
        .map(|part| match part.term {
            Some((term, boost)) => Bm25Weight::for_terms(statistics, std::slice::from_ref(term))
                .map(|weight| Scoring::Term(term, weight.boost_by(boost))),
            None => part.query.weight(scoring).map(Scoring::Query),
        })
        .collect()
}

/// Adds to each of `found` its score for each of `parts` in turn (as the union of the parts
/// would add them after the clauses that found it), seeking each clause's postings to the
/// documents found only.
///
/// # Errors
/// When Tantivy cannot read a segment.
pub(super) fn add_scores(
    searcher: &Searcher,
    parts: &[Part<'_>],
    statistics: &dyn Bm25StatisticsProvider,
    found: &mut [(f32, DocAddress)],
) -> tantivy::Result<()> {
    // Postings move forwards only: visit the documents by segment, then id.
    found.sort_by_key(|(_, address)| *address);
    for scoring in scorings(searcher, parts, statistics)? {
        for segment in found.chunk_by_mut(|a, b| a.1.segment_ord == b.1.segment_ord) {
            let reader = searcher.segment_reader(segment[0].1.segment_ord);
            match &scoring {
                Scoring::Term(term, bm25) => seek_term(reader, term, bm25, segment)?,
                Scoring::Query(weight) => seek_scorer(weight.scorer(reader, 1.0)?, segment),
            }
        }
    }
    Ok(())
}

/// [`add_scores`] of one term in one segment, scored as [`add_term`] scores it.
fn seek_term(
    reader: &SegmentReader,
    term: &Term,
    bm25: &Bm25Weight,
    found: &mut [(f32, DocAddress)],
) -> tantivy::Result<()> {
    let Some(mut seeker) = Seeker::new(reader, term, bm25)? else {
        return Ok(());
    };
    for (score, address) in found {
        if let Some(more) = seeker.score(address.doc_id) {
            *score += more;
        }
    }
    Ok(())
}

/// [`add_scores`] of any query in one segment, through its scorer.
fn seek_scorer(mut scorer: Box<dyn Scorer>, found: &mut [(f32, DocAddress)]) {
    for (score, address) in found {
        if scorer.doc() < address.doc_id {
            scorer.seek(address.doc_id);
        }
        if scorer.doc() == address.doc_id {
            *score += scorer.score();
        }
    }
}

/// The `limit` best live documents for the union (sum) of `parts`, best first, equal scores
/// in index order. A document whose clauses all score zero is left out (the first phase's
/// clauses always score above zero where they match), unless the search is `within` the
/// documents holding one of some terms: then each of those documents is offered, at zero
/// where no clause matches it, as the union required to match the terms scores it. The
/// smallest segment is read first, so that the larger ones start with a score to beat (the
/// documents kept do not depend on the order).
///
/// # Errors
/// When Tantivy cannot read a segment.
pub(super) fn top(
    searcher: &Searcher,
    parts: &[Part<'_>],
    statistics: &dyn Bm25StatisticsProvider,
    limit: usize,
    within: Option<&[Term]>,
) -> tantivy::Result<Vec<(f32, DocAddress)>> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    let weights = scorings(searcher, parts, statistics)?;
    let mut segments: Vec<(u32, &SegmentReader)> =
        (0..).zip(searcher.segment_readers().iter()).collect();
    segments.sort_by_key(|(_, reader)| reader.max_doc());
    let mut best = Batched::new(limit);
    SCORES.with_borrow_mut(|scores| {
        for (ord, reader) in segments {
            let size = reader.max_doc() as usize;
            if scores.len() < size {
                scores.resize(size, 0.0);
            }
            let scores = &mut scores[..size];
            let summed = weights
                .iter()
                .try_for_each(|scoring| scoring.add_to(reader, scores));
            // Read and cleared also after an error, so the buffer is all zero for the next
            // search.
            let offered = match within {
                None => {
                    offer(scores, reader, ord, &mut best);
                    Ok(())
                }
                Some(terms) => holding(reader, terms)
                    .map(|docs| offer_within(scores, &docs, reader, ord, &mut best)),
            };
            scores.fill(0.0);
            summed?;
            offered?;
        }
        Ok::<(), tantivy::TantivyError>(())
    })?;
    Ok(best.into_sorted())
}

/// The documents of segment `reader` holding one of `terms`, in increasing order.
fn holding(reader: &SegmentReader, terms: &[Term]) -> tantivy::Result<Vec<DocId>> {
    let mut docs = Vec::new();
    for term in terms {
        let postings = reader
            .inverted_index(term.field())?
            .read_block_postings(term, IndexRecordOption::Basic)?;
        let Some(mut postings) = postings else {
            continue;
        };
        while !postings.docs().is_empty() {
            docs.extend_from_slice(postings.docs());
            postings.advance();
        }
    }
    docs.sort_unstable();
    docs.dedup();
    Ok(docs)
}

/// Offers `best` each live document of `docs` (of segment `ord`) whose running score, zero
/// included, is at least the worst kept.
fn offer_within(
    scores: &[f32],
    docs: &[DocId],
    reader: &SegmentReader,
    ord: u32,
    best: &mut Batched,
) {
    let alive = reader.alive_bitset();
    for &doc in docs {
        let score = scores[doc as usize];
        if score >= best.threshold() && alive.is_none_or(|alive| alive.is_alive(doc)) {
            best.push(score, DocAddress::new(ord, doc));
        }
    }
}

impl Scoring<'_> {
    /// Adds the clause's score of each document of segment `reader` it matches to `scores`.
    fn add_to(&self, reader: &SegmentReader, scores: &mut [f32]) -> tantivy::Result<()> {
        match self {
            Scoring::Term(term, bm25) => add_term(reader, term, bm25, scores),
            Scoring::Query(weight) => weight
                .scorer(reader, 1.0)
                .map(|mut scorer| add(scorer.as_mut(), scores)),
        }
    }
}

/// Documents whose running scores are read a run at a time: a run none of whose scores can
/// enter the candidates is passed over after one comparison of the run with the score to beat
/// (done with vector instructions).
const RUN: usize = 16;

/// Offers `best` every live document of segment `ord` whose running score is above zero and
/// at least the worst kept (a tie may enter, by index order). Scores are never negative (BM25
/// with positive boosts), so those above zero are those at or above the least positive number.
fn offer(scores: &[f32], reader: &SegmentReader, ord: u32, best: &mut Batched) {
    let alive = reader.alive_bitset();
    let least = f32::from_bits(1);
    let mut floor = best.threshold().max(least);
    let (runs, last) = scores.as_chunks::<RUN>();
    let runs = runs.iter().map(|run| run.as_slice()).chain([last]);
    for (at, run) in runs.enumerate() {
        // No early exit, so that the comparisons are made side by side.
        if !run.iter().fold(false, |any, &score| any | (score >= floor)) {
            continue;
        }
        for (within, &score) in run.iter().enumerate() {
            let doc = (at * RUN + within) as DocId;
            if score >= floor && alive.is_none_or(|alive| alive.is_alive(doc)) {
                best.push(score, DocAddress::new(ord, doc));
                floor = best.threshold().max(least);
            }
        }
    }
}

/// Adds the score of every document `scorer` matches to `scores`.
fn add(scorer: &mut dyn Scorer, scores: &mut [f32]) {
    let mut doc = scorer.doc();
    while doc != TERMINATED {
        scores[doc as usize] += scorer.score();
        doc = scorer.advance();
    }
}

/// [`add`] for one term's postings in `reader`, scored with `bm25` as Tantivy's term scorer
/// scores them (the field's norms, or a norm of one where the field keeps none), read a block
/// of documents and frequencies at a time.
fn add_term(
    reader: &SegmentReader,
    term: &Term,
    bm25: &Bm25Weight,
    scores: &mut [f32],
) -> tantivy::Result<()> {
    let postings = reader
        .inverted_index(term.field())?
        .read_block_postings(term, IndexRecordOption::WithFreqs)?;
    let Some(postings) = postings else {
        return Ok(());
    };
    let norms = norms_of(reader, term)?;
    add_postings(postings, &norms, bm25, scores);
    Ok(())
}

fn add_postings(
    mut postings: BlockSegmentPostings,
    norms: &FieldNormReader,
    bm25: &Bm25Weight,
    scores: &mut [f32],
) {
    // A term found once in a passage, the usual case: its score per norm, computed as the
    // scorer computes it (for a long list only).
    let once: Option<[Score; 256]> = (postings.doc_freq() >= ONCE_TABLE_MIN_POSTINGS)
        .then(|| std::array::from_fn(|norm| bm25.score(norm as u8, 1)));
    loop {
        let docs = postings.docs();
        if docs.is_empty() {
            break;
        }
        // A field without frequencies reads as frequency one (`freq` is then prefilled).
        for (at, &doc) in docs.iter().enumerate() {
            let frequency = postings.freq(at);
            let norm = norms.fieldnorm_id(doc);
            let score = match &once {
                Some(once) if frequency == 1 => once[norm as usize],
                _ => bm25.score(norm, frequency),
            };
            scores[doc as usize] += score;
        }
        postings.advance();
    }
}
