//! Tests of the first phase: its split, its summing and its order against Tantivy's own.

use tantivy::collector::TopDocs;
use tantivy::query::{Occur, TermQuery};
use tantivy::schema::{IndexRecordOption, Schema, TEXT};
use tantivy::{doc, Index, IndexWriter, Term};

use super::*;

/// Several segments, some with deleted documents, many equal scores; one segment holds more
/// than a block of postings (128) for its words, so they are read from packed blocks.
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
        let documents = if segment == 1 { 700 } else { 60 };
        for i in 0..documents {
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

/// The first phase's clause for one `word` of `text`, boosted, scored from its postings.
fn word_clause(text: Field, word: &str, boost: f32) -> Clause {
    let term = Term::from_field_text(text, word);
    let query = Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs));
    Clause::new(
        Box::new(BoostQuery::new(query, boost)),
        text,
        &[word.into()],
        boost,
    )
}

/// The same `parts`, scored through their queries' scorers instead of their postings.
fn through_queries<'a>(parts: &[accumulate::Part<'a>]) -> Vec<accumulate::Part<'a>> {
    parts
        .iter()
        .map(|part| accumulate::Part {
            term: None,
            ..*part
        })
        .collect()
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

/// Summed term at a time, the union finds the documents block-max WAND finds, with their
/// scores, search after search (each leaves its running scores cleared); a term scored from
/// its postings directly scores exactly as through its query.
#[test]
fn the_union_summed_term_at_a_time_finds_what_block_max_wand_finds() {
    let (index, text) = index_of_segments();
    let searcher = index.reader().unwrap().searcher();
    let term = |word: &str, boost: f32| word_clause(text, word, boost);
    let questions = [
        vec![term("water", 1.0), term("lithium", 0.7), term("salt", 0.9)],
        vec![term("salt", 1.0)],
        vec![term("lithium", 1.0), term("x", 0.3)],
    ];
    for round in 0..2 {
        for clauses in &questions {
            let union = BooleanQuery::new(
                clauses
                    .iter()
                    .map(|c| (Occur::Should, c.query.box_clone()))
                    .collect(),
            );
            let direct: Vec<_> = clauses.iter().map(Clause::part).collect();
            assert!(direct.iter().all(|part| part.term.is_some()));
            let boxed = through_queries(&direct);
            for limit in [0, 1, 3, 10, 50, 1_000] {
                let expected = top_of(&searcher, &union, &searcher, limit).unwrap();
                let found = accumulate::top(&searcher, &direct, &searcher, limit, None).unwrap();
                let through = accumulate::top(&searcher, &boxed, &searcher, limit, None).unwrap();
                assert_eq!(found, through, "round {round}, limit {limit}");
                assert_eq!(found.len(), expected.len(), "round {round}, limit {limit}");
                for ((score, address), (want, wanted)) in found.iter().zip(&expected) {
                    assert_eq!(address, wanted, "round {round}, limit {limit}");
                    assert!((score - want).abs() < 1e-5, "{score} vs {want}");
                }
            }
        }
    }
}

/// Within the documents holding a term (the interviews a question names), the union summed
/// term at a time finds what Tantivy's union required to match the term finds, with the same
/// scores to the bit, documents matching no clause at zero.
#[test]
fn the_union_within_named_documents_is_tantivys_own() {
    let (index, text) = index_of_segments();
    let searcher = index.reader().unwrap().searcher();
    let term = |word: &str, boost: f32| {
        let query = terms_query(text, &[word.into()]);
        Clause::new(
            Box::new(BoostQuery::new(query, boost)),
            text,
            &[word.into()],
            boost,
        )
    };
    let salt = Term::from_field_text(text, "salt");
    let filter = BooleanQuery::new(vec![(Occur::Should, terms_query(text, &["salt".into()]))]);
    let phase = FirstPhaseQuery {
        clauses: vec![term("water", 1.0), term("lithium", 0.7)],
        filter: Some(Box::new(BoostQuery::new(Box::new(filter), 0.0))),
        within: vec![salt],
    };
    let all: Vec<&Clause> = phase.clauses.iter().collect();
    for limit in [0, 1, 3, 10, 50, 1_000] {
        let expected = top_of(&searcher, &phase.union(&all), &searcher, limit).unwrap();
        let found = phase.top(&searcher, &all, &searcher, limit).unwrap();
        assert_eq!(found, expected, "limit {limit}");
        if limit == 1_000 {
            assert!(found.iter().any(|(score, _)| *score == 0.0), "salt alone");
            assert!(found.iter().any(|(score, _)| *score > 0.0));
        }
    }
}

/// A question of a common word and rarer ones: candidates are found with the rarer words,
/// and each gets the score the full union gives it.
#[test]
fn candidates_found_without_the_common_words_keep_their_whole_score() {
    let (index, text) = index_of_segments();
    let searcher = index.reader().unwrap().searcher();
    let clause = |word: &str, boost: f32| word_clause(text, word, boost);
    let phase = FirstPhaseQuery {
        clauses: vec![
            clause("water", 1.0),
            clause("lithium", 1.5),
            clause("salt", 0.9),
        ],
        filter: None,
        within: Vec::new(),
    };
    let rule = Common {
        share: 0.5,
        min_documents: 0,
    };
    assert!(
        phase.split(&searcher, rule).unwrap().is_some(),
        "water is common"
    );
    let exact = searcher
        .search(&phase, &TopDocs::with_limit(10_000).order_by_score())
        .unwrap();
    let boxed: Box<dyn Query> = Box::new(phase.clone());
    for limit in [1, 3, 10] {
        let found = top_documents_with(&searcher, &boxed, &searcher, limit, rule).unwrap();
        assert_eq!(found.len(), limit);
        assert!(found.windows(2).all(|w| w[0].0 >= w[1].0), "best first");
        for (score, address) in &found {
            let (full, _) = exact.iter().find(|(_, a)| a == address).unwrap();
            assert!((score - full).abs() < 1e-5, "{score} vs {full}");
        }
        // The common words are added last, so the sum may differ in its last bit.
        let best = (found[0].0 - exact[0].0).abs() < 1e-5;
        assert!(best, "the best document is found");
    }
}

/// The common words' scores added to the candidates by seeking a term's postings are the
/// scores its query's scorer gives, to the bit, in every segment (packed blocks included).
#[test]
fn scores_added_by_seeking_postings_are_the_scorers_own() {
    let (index, text) = index_of_segments();
    let searcher = index.reader().unwrap().searcher();
    let clause = |word: &str, boost: f32| word_clause(text, word, boost);
    let clauses = [
        clause("water", 0.8),
        clause("x", 1.3),
        clause("absent", 1.0),
    ];
    let direct: Vec<_> = clauses.iter().map(Clause::part).collect();
    let boxed = through_queries(&direct);
    // Every third document of every segment, starting from a score of its own.
    let found: Vec<(f32, DocAddress)> = (0..searcher.segment_readers().len() as u32)
        .flat_map(|ord| {
            let size = searcher.segment_reader(ord).max_doc();
            (0..size)
                .step_by(3)
                .map(move |doc| (0.25 * (doc % 5) as f32, DocAddress::new(ord, doc)))
        })
        .rev()
        .collect();
    let (mut seeking, mut scoring) = (found.clone(), found.clone());
    accumulate::add_scores(&searcher, &direct, &searcher, &mut seeking).unwrap();
    accumulate::add_scores(&searcher, &boxed, &searcher, &mut scoring).unwrap();
    assert_eq!(seeking, scoring);
    let changed = seeking.iter().filter(|s| !found.contains(s)).count();
    assert!(changed > found.len() / 3, "{changed} of {}", found.len());
}

/// Kept in a buffer cut down when full, the best documents are those of the heap, in order.
#[test]
fn the_best_documents_batched_are_the_heaps() {
    for limit in [0, 1, 3, 64] {
        let (mut heap, mut batched) = (Best::new(limit), best::Batched::new(limit));
        for doc in 0..1_000u32 {
            let score = ((doc * 7919) % 97) as f32 / 8.0;
            let address = DocAddress::new(doc % 3, doc);
            if score >= batched.threshold() {
                batched.push(score, address);
            }
            heap.push(score, address);
        }
        assert_eq!(batched.into_sorted(), heap.into_sorted(), "limit {limit}");
    }
}
