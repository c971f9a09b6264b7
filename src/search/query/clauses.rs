//! From a plan to Tantivy queries: the clauses both ranking phases build alike (a term or short
//! phrase in one field, the typed words in the metadata), and the full query with a concept's
//! best alternative counting once and phrase boosts.

use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, EmptyQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::{Alternative, Concept, PhrasePair, QueryPlan};

/// Words that may come between two words of a phrase (a synonym's words, or a phrase boost's
/// pair) and still match it: "bank of ALBA" finds "Bank of the ALBA".
const PHRASE_SLOP: u32 = 1;

/// The searchable fields and how much each counts.
#[derive(Debug, Clone, Copy)]
pub struct FieldWeights {
    /// Passage text.
    pub text: (Field, f32),
    /// The interviewer's question the passage answers.
    pub question: (Field, f32),
    /// Interview title, interviewee and outlet.
    pub metadata: (Field, f32),
    /// Extra weight of two question words found next to each other in the text.
    pub phrase: f32,
}

/// Builds the Tantivy query for a plan: BM25 over every field for every alternative (summed
/// over fields), the best alternative of each concept counting once, plus phrase boosts.
/// `present(field, term)` prunes terms a field does not contain: they cannot score, and every
/// clause and nested union costs time.
pub fn to_query(
    plan: &QueryPlan,
    fields: &FieldWeights,
    present: &dyn Fn(Field, &str) -> bool,
) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for concept in &plan.concepts {
        clauses.extend(best_alternative(concept, fields, present).map(|q| (Occur::Should, q)));
        clauses.extend(metadata_clause(concept, fields, present).map(|q| (Occur::Should, q)));
    }
    for phrase in &plan.phrases {
        clauses.extend(phrase_clause(phrase, fields, present).map(|q| (Occur::Should, q)));
    }
    match clauses.len() {
        0 => Box::new(EmptyQuery),
        1 => clauses.remove(0).1,
        _ => Box::new(BooleanQuery::new(clauses)),
    }
}

/// The concept's alternatives in the text and question fields, the best one counting.
fn best_alternative(
    concept: &Concept,
    fields: &FieldWeights,
    present: &dyn Fn(Field, &str) -> bool,
) -> Option<Box<dyn Query>> {
    let mut disjuncts: Vec<Box<dyn Query>> = concept
        .alternatives
        .iter()
        .filter_map(|alternative| alternative_query(alternative, fields, present))
        .collect();
    match disjuncts.len() {
        0 => None,
        1 => Some(disjuncts.remove(0)),
        _ => Some(Box::new(DisjunctionMaxQuery::new(disjuncts))),
    }
}

/// One alternative in the text and question fields that hold all its terms, scores summed.
fn alternative_query(
    alternative: &Alternative,
    fields: &FieldWeights,
    present: &dyn Fn(Field, &str) -> bool,
) -> Option<Box<dyn Query>> {
    let boost = alternative.source.boost();
    let mut per_field: Vec<Box<dyn Query>> = [fields.text, fields.question]
        .into_iter()
        .filter(|(field, _)| alternative.terms.iter().all(|t| present(*field, t)))
        .map(|(field, weight)| {
            let query = terms_query(field, &alternative.terms);
            Box::new(BoostQuery::new(query, weight * boost)) as Box<dyn Query>
        })
        .collect();
    match per_field.len() {
        0 => None,
        1 => per_field.pop(),
        _ => Some(Box::new(BooleanQuery::new(
            per_field.into_iter().map(|q| (Occur::Should, q)).collect(),
        ))),
    }
}

/// The concept's typed words in the metadata, when it holds them all. Metadata only tells
/// interviews apart: the typed words are enough, as one flat clause each (every nested union
/// costs Tantivy a large buffer).
pub(in crate::search) fn metadata_clause(
    concept: &Concept,
    fields: &FieldWeights,
    present: &dyn Fn(Field, &str) -> bool,
) -> Option<Box<dyn Query>> {
    let (field, weight) = fields.metadata;
    let typed = concept.alternatives.first()?;
    if !typed.terms.iter().all(|t| present(field, t)) {
        return None;
    }
    let query = terms_query(field, &typed.terms);
    Some(Box::new(BoostQuery::new(query, weight)))
}

/// The boost for two question words found near each other in the text.
fn phrase_clause(
    phrase: &PhrasePair,
    fields: &FieldWeights,
    present: &dyn Fn(Field, &str) -> bool,
) -> Option<Box<dyn Query>> {
    let (field, _) = fields.text;
    if !present(field, &phrase.first) || !present(field, &phrase.second) {
        return None;
    }
    let query = PhraseQuery::new_with_offset_and_slop(
        vec![
            (0, Term::from_field_text(field, &phrase.first)),
            (phrase.gap, Term::from_field_text(field, &phrase.second)),
        ],
        PHRASE_SLOP,
    );
    Some(Box::new(BoostQuery::new(Box::new(query), fields.phrase)))
}

/// A term query for one term, a phrase query (with [`PHRASE_SLOP`]) for several.
pub(in crate::search) fn terms_query(field: Field, terms: &[String]) -> Box<dyn Query> {
    if let [term] = terms {
        return Box::new(TermQuery::new(
            Term::from_field_text(field, term),
            IndexRecordOption::WithFreqs,
        ));
    }
    let terms = terms
        .iter()
        .enumerate()
        .map(|(i, t)| (i, Term::from_field_text(field, t)))
        .collect();
    Box::new(PhraseQuery::new_with_offset_and_slop(terms, PHRASE_SLOP))
}
