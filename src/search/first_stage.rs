//! The first phase of ranking: a flat disjunction of weighted terms, which Tantivy scores with
//! block-max WAND (skipping blocks of documents that cannot reach the current top), so its cost
//! stays nearly flat as the archive grows. Phrases, coverage and the choice of paragraph are left
//! to the second phase ([`super::rerank`]), which sees only the candidates found here.

use tantivy::query::{BooleanQuery, BoostQuery, EmptyQuery, Occur, Query};
use tantivy::schema::Field;

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
