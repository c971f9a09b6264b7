//! The first phase of ranking: a flat disjunction of weighted terms, summed term at a time
//! (see [`accumulate`]); when the question names interviews, Tantivy scores it with block-max
//! WAND (skipping blocks of documents that cannot reach the current top). Phrases, coverage and
//! the choice of paragraph are left to the second phase ([`super::rerank`]), which sees only
//! the candidates found here.

use tantivy::query::{
    Bm25StatisticsProvider, BooleanQuery, BoostQuery, EmptyQuery, EnableScoring, Occur, Query,
    Weight,
};
use tantivy::schema::Field;
use tantivy::{DocAddress, Score, Searcher, Term};

use super::query::{metadata_clause, terms_query, FieldWeights, QueryPlan};

mod accumulate;
mod best;
mod seek;

use best::Best;

/// Builds the first-phase query: every alternative of every concept, in the passage text and
/// the interviewer's question, plus the typed words in the interview's metadata, all as one flat
/// union (no nesting, no phrases of single words), weighted by the field's weight and the
/// alternative's source. With `named` terms, only interviews whose metadata holds one of them
/// are searched. `present(field, term)` prunes terms a field lacks.
///
/// The query is a [`FirstPhaseQuery`]: scored as that union wherever it is used, and split by
/// [`top_documents`] so that very common words do not drive the search for candidates.
pub(super) fn query(
    plan: &QueryPlan,
    fields: &FieldWeights,
    named: &[String],
    present: &dyn Fn(Field, &str) -> bool,
) -> Box<dyn Query> {
    let mut clauses: Vec<Clause> = Vec::new();
    for concept in &plan.concepts {
        for alternative in &concept.alternatives {
            let boost = alternative.source.boost();
            for (field, weight) in [fields.text, fields.question] {
                if alternative.terms.iter().all(|t| present(field, t)) {
                    let query = terms_query(field, &alternative.terms);
                    let boost = weight * boost;
                    let query = Box::new(BoostQuery::new(query, boost));
                    clauses.push(Clause::new(query, field, &alternative.terms, boost));
                }
            }
        }
        if let Some(query) = metadata_clause(concept, fields, present) {
            let typed = concept.alternatives.first().map(|a| a.terms.as_slice());
            let (field, boost) = fields.metadata;
            clauses.push(Clause::new(query, field, typed.unwrap_or(&[]), boost));
        }
    }
    if clauses.is_empty() {
        return Box::new(EmptyQuery);
    }
    let (metadata, _) = fields.metadata;
    let filter: Vec<(Occur, Box<dyn Query>)> = named
        .iter()
        .filter(|t| present(metadata, t))
        .map(|t| {
            (
                Occur::Should,
                terms_query(metadata, std::slice::from_ref(t)),
            )
        })
        .collect();
    let within: Vec<Term> = named
        .iter()
        .filter(|t| present(metadata, t))
        .map(|t| Term::from_field_text(metadata, t))
        .collect();
    // Weighted zero: the names only narrow the interviews searched, they add no score.
    let filter = (!filter.is_empty()).then(|| {
        Box::new(BoostQuery::new(Box::new(BooleanQuery::new(filter)), 0.0)) as Box<dyn Query>
    });
    Box::new(FirstPhaseQuery {
        clauses,
        filter,
        within,
    })
}

/// Which words are too common to drive the search for candidates: those in more than `share`
/// of the live documents and in more than `min_documents`.
#[derive(Debug, Clone, Copy)]
struct Common {
    share: f64,
    min_documents: u64,
}

/// A word in more than a tenth of the passages adds little to BM25 (an inverse document
/// frequency under 2.3, against 4 to 6 for the words that tell passages apart), yet block-max
/// WAND must walk its long posting list: on the archive of one shared vocabulary, most of a
/// question's time. Tried on its 1,000 benchmark questions: a third of the passages changed
/// no answer; a twentieth changed the first answer of 26 % of them (with
/// [`SELECTIVE_PER_CANDIDATE`] at 6), a tenth of 5 %.
const COMMON_SHARE: f64 = 0.1;

/// Posting lists shorter than this cost little to walk: a word is never left out of the search
/// for candidates below it, so small corpora (the shipped interview, the archive of test
/// interviews) are searched with every word.
const COMMON_MIN_DOCUMENTS: u64 = 10_000;

/// What [`top_documents`] counts as common.
const COMMON: Common = Common {
    share: COMMON_SHARE,
    min_documents: COMMON_MIN_DOCUMENTS,
};

/// Candidates found by the selective words per candidate wanted: the common words, scored on
/// these only, may lift a passage over one the selective words alone ranked higher. With 6,
/// 95 % of the benchmark questions get the same first answer as with every word (2: 89 %).
const SELECTIVE_PER_CANDIDATE: usize = 6;

/// One clause of the first phase's union, with the term it searches when it is a single term
/// (a phrase is never common, whatever its words).
#[derive(Debug)]
struct Clause {
    query: Box<dyn Query>,
    term: Option<Term>,
    /// The factor of the `BoostQuery` the query is: with `term`, the query's score is that
    /// term's BM25 times this, which lets the summing score the term's postings directly.
    boost: Score,
}

impl Clause {
    /// The clause of `query`, which is `terms` searched in `field` (one term: a `TermQuery`
    /// with frequencies), boosted by `boost`.
    fn new(query: Box<dyn Query>, field: Field, terms: &[String], boost: Score) -> Clause {
        let term = match terms {
            [term] => Some(Term::from_field_text(field, term)),
            _ => None,
        };
        Clause { query, term, boost }
    }

    /// The clause as the summing takes it.
    fn part(&self) -> accumulate::Part<'_> {
        accumulate::Part {
            query: self.query.as_ref(),
            term: self.term.as_ref().map(|term| (term, self.boost)),
        }
    }

    /// Whether the clause searches one word found in most passages.
    fn is_common(
        &self,
        statistics: &dyn Bm25StatisticsProvider,
        common: Common,
    ) -> tantivy::Result<bool> {
        let (Some(term), total) = (&self.term, statistics.total_num_docs()?) else {
            return Ok(false);
        };
        let documents = statistics.doc_freq(term)?;
        Ok(documents > common.min_documents && documents as f64 > total as f64 * common.share)
    }
}

/// The first phase's query: the union of its clauses, and the filter of the interviews a
/// question names. Kept as parts so that [`top_documents`] can search for candidates with the
/// selective clauses and score the common ones on the candidates only.
#[derive(Debug)]
pub(super) struct FirstPhaseQuery {
    clauses: Vec<Clause>,
    filter: Option<Box<dyn Query>>,
    /// The filter's terms: the interviews searched are those whose metadata holds one.
    within: Vec<Term>,
}

/// The selective clauses, and the common ones.
type Split<'a> = (Vec<&'a Clause>, Vec<&'a Clause>);

impl Clone for Clause {
    fn clone(&self) -> Self {
        Clause {
            query: self.query.box_clone(),
            term: self.term.clone(),
            boost: self.boost,
        }
    }
}

impl Clone for FirstPhaseQuery {
    fn clone(&self) -> Self {
        FirstPhaseQuery {
            clauses: self.clauses.clone(),
            filter: self.filter.as_ref().map(|f| f.box_clone()),
            within: self.within.clone(),
        }
    }
}

impl FirstPhaseQuery {
    /// The query of `clauses`, narrowed by the filter when there is one.
    fn union(&self, clauses: &[&Clause]) -> BooleanQuery {
        let mut union: Vec<(Occur, Box<dyn Query>)> = clauses
            .iter()
            .map(|clause| (Occur::Should, clause.query.box_clone()))
            .collect();
        union.extend(self.filter.iter().map(|f| (Occur::Must, f.box_clone())));
        BooleanQuery::new(union)
    }

    /// The selective clauses (with the filter) and the common ones, when the question has
    /// both; `None` when every clause is selective, or every one common (then they are all
    /// the evidence there is).
    fn split(
        &self,
        statistics: &dyn Bm25StatisticsProvider,
        rule: Common,
    ) -> tantivy::Result<Option<Split<'_>>> {
        let (mut selective, mut common) = (Vec::new(), Vec::new());
        for clause in &self.clauses {
            if clause.is_common(statistics, rule)? {
                common.push(clause);
            } else {
                selective.push(clause);
            }
        }
        if selective.is_empty() || common.is_empty() {
            return Ok(None);
        }
        Ok(Some((selective, common)))
    }

    /// The `limit` best live documents for the union of `clauses` (with the filter), summed
    /// term at a time (see [`accumulate`]).
    fn top(
        &self,
        searcher: &Searcher,
        clauses: &[&Clause],
        statistics: &dyn Bm25StatisticsProvider,
        limit: usize,
    ) -> tantivy::Result<Vec<(f32, DocAddress)>> {
        let parts: Vec<_> = clauses.iter().map(|clause| clause.part()).collect();
        let within = self.filter.as_ref().map(|_| self.within.as_slice());
        accumulate::top(searcher, &parts, statistics, limit, within)
    }
}

impl Query for FirstPhaseQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let all: Vec<&Clause> = self.clauses.iter().collect();
        self.union(&all).weight(scoring)
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for clause in &self.clauses {
            clause.query.query_terms(visitor);
        }
    }
}

/// The `limit` best live documents for `query`, best first, equal scores in index order (as
/// Tantivy's `TopDocs` gives them), scored with `statistics`.
///
/// A [`FirstPhaseQuery`] whose question mixes selective and very common words is searched with
/// the selective ones ([`SELECTIVE_PER_CANDIDATE`] times `limit` documents), then the common
/// ones are scored on those documents only: each found document gets its whole score, as the
/// full union gives it, and the best `limit` are kept.
///
/// # Errors
/// When Tantivy cannot read a segment.
pub(super) fn top_documents(
    searcher: &Searcher,
    query: &dyn Query,
    statistics: &dyn Bm25StatisticsProvider,
    limit: usize,
) -> tantivy::Result<Vec<(f32, DocAddress)>> {
    top_documents_with(searcher, query, statistics, limit, COMMON)
}

/// [`top_documents`] with `common` words left out of the search for candidates.
fn top_documents_with(
    searcher: &Searcher,
    query: &dyn Query,
    statistics: &dyn Bm25StatisticsProvider,
    limit: usize,
    common: Common,
) -> tantivy::Result<Vec<(f32, DocAddress)>> {
    let Some(phase) = first_phase_query(query) else {
        return top_of(searcher, query, statistics, limit);
    };
    let Some((selective, common)) = phase.split(statistics, common)? else {
        let all: Vec<&Clause> = phase.clauses.iter().collect();
        return phase.top(searcher, &all, statistics, limit);
    };
    let wanted = limit.saturating_mul(SELECTIVE_PER_CANDIDATE);
    let mut found = phase.top(searcher, &selective, statistics, wanted)?;
    let common: Vec<_> = common.iter().map(|clause| clause.part()).collect();
    accumulate::add_scores(searcher, &common, statistics, &mut found)?;
    let mut best = Best::new(limit);
    for (score, address) in found {
        best.push(score, address);
    }
    Ok(best.into_sorted())
}

/// The [`FirstPhaseQuery`] `query` is, also when boxed (a `Box<dyn Query>` is a query itself).
fn first_phase_query(query: &dyn Query) -> Option<&FirstPhaseQuery> {
    match query.downcast_ref::<Box<dyn Query>>() {
        Some(boxed) => first_phase_query(boxed.as_ref()),
        None => query.downcast_ref::<FirstPhaseQuery>(),
    }
}

/// The `limit` best live documents for `query`, as [`top_documents`] without the split.
///
/// Tantivy's own collector starts every segment from scratch: each must fill a top `limit` of
/// its own before block-max WAND can skip anything. Here the score to beat is carried from one
/// segment to the next, so that after the first segment whole blocks of common words are
/// skipped: on an archive of many segments where the question's words sit in most passages,
/// most of the work of the first phase.
fn top_of(
    searcher: &Searcher,
    query: &dyn Query,
    statistics: &dyn Bm25StatisticsProvider,
    limit: usize,
) -> tantivy::Result<Vec<(f32, DocAddress)>> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    let weight = query.weight(EnableScoring::enabled_from_statistics_provider(
        statistics, searcher,
    ))?;
    let mut best = Best::new(limit);
    for (ord, reader) in searcher.segment_readers().iter().enumerate() {
        let alive = reader.alive_bitset();
        let mut threshold = best.threshold();
        weight.for_each_pruning(threshold, reader, &mut |doc, score| {
            if alive.is_none_or(|alive| alive.is_alive(doc)) {
                best.push(score, DocAddress::new(ord as u32, doc));
                threshold = best.threshold();
            }
            threshold
        })?;
    }
    Ok(best.into_sorted())
}

#[cfg(test)]
mod tests;
