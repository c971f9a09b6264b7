//! The first phase of ranking: a flat disjunction of weighted terms, which Tantivy scores with
//! block-max WAND (skipping blocks of documents that cannot reach the current top), so its cost
//! stays nearly flat as the archive grows. Phrases, coverage and the choice of paragraph are left
//! to the second phase ([`super::rerank`]), which sees only the candidates found here.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use tantivy::query::{
    Bm25StatisticsProvider, BooleanQuery, BoostQuery, EmptyQuery, EnableScoring, Occur, Query,
};
use tantivy::schema::Field;
use tantivy::{DocAddress, Searcher};

use super::query::{metadata_clause, terms_query, FieldWeights, QueryPlan};

/// Builds the first-phase query: every alternative of every concept, in the passage text and
/// the interviewer's question, plus the typed words in the interview's metadata, all as one flat
/// union (no nesting, no phrases of single words), weighted by the field's weight and the
/// alternative's source. With `named` terms, only interviews whose metadata holds one of them
/// are searched. `present(field, term)` prunes terms a field lacks.
pub(super) fn query(
    plan: &QueryPlan,
    fields: &FieldWeights,
    named: &[String],
    present: &dyn Fn(Field, &str) -> bool,
) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for concept in &plan.concepts {
        for alternative in &concept.alternatives {
            let boost = alternative.source.boost();
            for (field, weight) in [fields.text, fields.question] {
                if alternative.terms.iter().all(|t| present(field, t)) {
                    let query = terms_query(field, &alternative.terms);
                    clauses.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(query, weight * boost)),
                    ));
                }
            }
        }
        clauses.extend(metadata_clause(concept, fields, present).map(|q| (Occur::Should, q)));
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
    if filter.is_empty() {
        return Box::new(BooleanQuery::new(clauses));
    }
    // Weighted zero: the names only narrow the interviews searched, they add no score.
    let filter = BoostQuery::new(Box::new(BooleanQuery::new(filter)), 0.0);
    clauses.push((Occur::Must, Box::new(filter)));
    Box::new(BooleanQuery::new(clauses))
}

/// The `limit` best live documents for `query`, best first, equal scores in index order (as
/// Tantivy's `TopDocs` gives them), scored with `statistics`.
///
/// Tantivy's own collector starts every segment from scratch: each must fill a top `limit` of
/// its own before block-max WAND can skip anything. Here the score to beat is carried from one
/// segment to the next, so that after the first segment whole blocks of common words are
/// skipped: on an archive of many segments where the question's words sit in most passages,
/// most of the work of the first phase.
///
/// # Errors
/// When Tantivy cannot read a segment.
pub(super) fn top_documents(
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

/// The best documents seen so far, the worst on top of the heap.
struct Best {
    limit: usize,
    heap: BinaryHeap<Ranked>,
}

impl Best {
    fn new(limit: usize) -> Best {
        Best {
            limit,
            heap: BinaryHeap::with_capacity(limit + 1),
        }
    }

    /// The score a document must exceed to enter.
    fn threshold(&self) -> f32 {
        match self.heap.peek() {
            Some(worst) if self.heap.len() == self.limit => worst.0,
            _ => f32::MIN,
        }
    }

    fn push(&mut self, score: f32, address: DocAddress) {
        self.heap.push(Ranked(score, address));
        if self.heap.len() > self.limit {
            self.heap.pop();
        }
    }

    fn into_sorted(self) -> Vec<(f32, DocAddress)> {
        // Ascending order of "worse" is best first.
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

#[cfg(test)]
mod tests {
    use tantivy::collector::TopDocs;
    use tantivy::query::{Occur, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, TEXT};
    use tantivy::{doc, Index, IndexWriter, Term};

    use super::*;

    /// Several segments, some with deleted documents, many equal scores.
    fn index_of_segments() -> (Index, Field) {
        let mut builder = Schema::builder();
        let text = builder.add_text_field("text", TEXT);
        let index = Index::create_in_ram(builder.build());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        let words = [
            "water lithium",
            "water",
            "lithium salt water",
            "salt",
            "water water",
        ];
        for segment in 0..4 {
            for i in 0..60 {
                let body = format!(
                    "{} {}",
                    words[(i + segment) % words.len()],
                    "x ".repeat(i % 4)
                );
                writer.add_document(doc!(text => body)).unwrap();
            }
            if segment == 2 {
                writer.delete_term(Term::from_field_text(text, "salt"));
            }
            writer.commit().unwrap();
        }
        (index, text)
    }

    #[test]
    fn the_best_documents_across_segments_are_tantivys_own_in_the_same_order() {
        let (index, text) = index_of_segments();
        let searcher = index.reader().unwrap().searcher();
        assert!(searcher.segment_readers().len() >= 4);
        let term = |word: &str| -> (Occur, Box<dyn Query>) {
            let term = Term::from_field_text(text, word);
            let query = TermQuery::new(term, IndexRecordOption::WithFreqs);
            (Occur::Should, Box::new(query))
        };
        let query = BooleanQuery::new(vec![term("water"), term("lithium"), term("salt")]);
        for limit in [0, 1, 3, 10, 50, 1_000] {
            let expected = searcher
                .search(&query, &TopDocs::with_limit(limit.max(1)).order_by_score())
                .unwrap();
            let found = top_documents(&searcher, &query, &searcher, limit).unwrap();
            let expected = if limit == 0 { Vec::new() } else { expected };
            assert_eq!(found, expected, "limit {limit}");
        }
    }
}
