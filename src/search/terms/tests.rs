//! Unit tests of the term tables.

use super::*;
use crate::corpus::{Interview, Metadata, Turn};
use crate::search::language::Language;

#[test]
fn stopwords_never_become_spelling_corrections() {
    let interview = interview(
        "i",
        "Where were the bases?",
        &["Where there were bases, there were other bases."],
    );
    let languages = [Language::En];
    let terms = CorpusTerms::build(&Corpus::new(vec![interview]), Language::En, &languages);
    assert!(terms.vocabulary.corrections("wher").is_empty());
    assert!(terms.vocabulary.corrections("thier").is_empty());
    assert!(!terms.vocabulary.corrections("bsaes").is_empty());
}

#[test]
fn passages_find_their_own_terms_and_none_in_another_language() {
    let corpus = Corpus::new(vec![
        interview(
            "a",
            "¿Qué pasó con el agua?",
            &["El agua volvió al pueblo."],
        ),
        interview(
            "b",
            "What about the river?",
            &["Rivers flood.", "Bridges fall."],
        ),
    ]);
    let languages = [Language::Es, Language::En];
    let terms = CorpusTerms::build(&corpus, Language::En, &languages);
    assert_eq!(terms.passage_count(), corpus.passages.len());
    let id = |word: &str| terms.ids[&Analyzer::new(Language::En).terms(word)[0]];
    let bridge = id("bridges");
    let found: Vec<bool> = corpus
        .passages
        .iter()
        .map(|p| terms.in_text(p, bridge))
        .collect();
    assert_eq!(found, [false, false, true]);
    assert!(terms.in_text(&corpus.passages[1], id("rivers")));
}

/// An interview `id` of one turn, with no metadata or introduction.
fn interview(id: &str, question: &str, answer: &[&str]) -> Interview {
    Interview {
        id: id.into(),
        source: Default::default(),
        metadata: Metadata::default(),
        title: "t".into(),
        intro: Vec::new(),
        turns: vec![Turn {
            question: question.into(),
            answer: answer.iter().map(|&a| a.into()).collect(),
            line: 1,
            speakers: Vec::new(),
        }],
    }
}
