//! Unit tests of updating an engine in place.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::*;
use crate::search::testing::{archive_interviews, engine_of};

/// Tantivy sums BM25 scores in another order across segments written another way.
const SCORE_TOLERANCE: f32 = 1e-4;

/// A new interview of our own (fictional), sharing words with the archive and adding some.
const ADDED: &str = "A beekeeper on drought and lithium\n\n\
    Nadia Perrin keeps bees on the edge of the salt flats.\n\n\
    Why do your hives move every spring?\n\n\
    The drought pushes the flowers uphill, so the hives follow the water. \
    Lithium pumping lowered the springs near the village.\n\n\
    We lost a third of the colonies in two dry years.\n\n\
    What would help beekeepers most?\n\n\
    Clear water rules, and a cooperative that sells honey abroad at a fair price.\n";

fn questions() -> Vec<String> {
    let dir = Path::new("tests/data/archive/questions");
    let mut questions = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines().filter(|l| l.starts_with('{')) {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            questions.push(value["question"].as_str().unwrap().to_string());
        }
    }
    questions.sort();
    // Typos, new words only in the edited interview, words of the removed one.
    questions.extend(
        [
            "lithum royalties",
            "What does the okapi sanctuary plan?",
            "zebrafish husbandry",
            "What is this interview about?",
        ]
        .map(String::from),
    );
    questions
}

/// An interview edited: one answer paragraph dropped, one with new words added.
fn edited(interview: &Interview) -> Interview {
    let mut edited = interview.clone();
    edited.turns[0].answer.remove(0);
    edited.turns[1]
        .answer
        .push("The okapi sanctuary plan needs zebrafish husbandry and patience.".into());
    edited
}

/// Everything the engine keeps per term, by term rather than by id (ids are internal).
fn by_term(terms: &CorpusTerms) -> BTreeMap<String, [u32; 4]> {
    terms
        .ids
        .iter()
        .map(|(term, &id)| {
            let id = id as usize;
            let counts = [
                terms.text_frequency[id],
                terms.question_frequency[id],
                terms.metadata_frequency[id],
                terms.occurrences[id],
            ];
            (term.clone(), counts)
        })
        .filter(|(_, counts)| counts.iter().any(|&c| c > 0))
        .collect()
}

fn term_sets(terms: &CorpusTerms) -> Vec<BTreeSet<&str>> {
    let names: BTreeMap<u32, &str> = terms.ids.iter().map(|(t, &id)| (id, t.as_str())).collect();
    let set = |ids: &[u32]| ids.iter().map(|id| names[id]).collect::<BTreeSet<_>>();
    terms
        .passage_terms
        .iter()
        .flat_map(|p| p.iter().map(|ids| set(ids)))
        .chain(
            terms
                .question_terms
                .iter()
                .flat_map(|q| q.iter().map(|ids| set(ids))),
        )
        .chain(terms.name_terms.iter().map(|ids| set(ids)))
        .collect()
}

/// The archive with interview `edit` edited, `remove` removed and a new one added at the
/// end, with where each interview comes from.
fn revision(
    before: &[Arc<Interview>],
    edit: usize,
    remove: usize,
) -> (Vec<Arc<Interview>>, Vec<Origin>) {
    let added = crate::corpus::parse("zz-added", ADDED).unwrap();
    let mut after: Vec<Arc<Interview>> = Vec::new();
    let mut origins = Vec::new();
    for (index, interview) in before.iter().enumerate() {
        if index == edit {
            after.push(Arc::new(edited(interview)));
            origins.push(Origin::Read);
        } else if index != remove {
            after.push(Arc::clone(interview));
            origins.push(Origin::Kept(index));
        }
    }
    after.push(Arc::new(added));
    origins.push(Origin::Read);
    (after, origins)
}

/// The archive's interviews not written in English, by index.
fn not_english(interviews: &[Arc<Interview>]) -> Vec<usize> {
    (0..interviews.len())
        .filter(|&i| super::language::of_interview(&interviews[i]).language != Language::En)
        .collect()
}

#[test]
fn an_engine_updated_in_place_answers_exactly_like_one_built_from_scratch() {
    let before = archive_interviews();
    let engine = engine_of(before.clone());
    let others = not_english(&before);
    assert!(others.len() >= 2, "the archive has Spanish and Portuguese");
    // English interviews edited and removed, then interviews of the other languages: each
    // language's fields and term tables are updated on their own.
    for (edit, remove) in [(1, 2), (others[0], others[others.len() - 1])] {
        assert_updated_like_scratch(&engine, &before, edit, remove, REWRITE_UP_TO_DOCS);
    }
    // The engine it came from still answers from the index as it was.
    let old = engine.search("okapi sanctuary zebrafish", 1);
    assert!(
        old.hits.is_empty(),
        "the old engine never sees the new text"
    );
}

/// An index updated in place (documents deleted and added, not written again) still holds
/// the deleted documents until Tantivy merges their segment; BM25 must not count them. Here
/// an English interview is edited and a Portuguese one removed: Portuguese questions used
/// to get other candidates and coverages than in a fresh build (0.169 against 0.151).
#[test]
fn an_index_updated_by_deleting_documents_ranks_like_one_built_from_scratch() {
    let before = archive_interviews();
    let engine = engine_of(before.clone());
    let at = |id: &str| before.iter().position(|i| i.id == id).unwrap();
    let (edit, remove) = (at("calderon-oxygen-lima"), at("costa-sus-saude-pt"));
    assert_updated_like_scratch(&engine, &before, edit, remove, 0);
}

fn assert_updated_like_scratch(
    engine: &Engine,
    before: &[Arc<Interview>],
    edit: usize,
    remove: usize,
    rewrite_up_to: u32,
) {
    let (after, origins) = revision(before, edit, remove);
    let updated = engine
        .revised_with(after.clone(), &origins, Synonyms::default(), rewrite_up_to)
        .unwrap();
    let scratch = engine_of(after);

    assert_eq!(updated.corpus.passages, scratch.corpus.passages);
    assert_eq!(updated.languages, scratch.languages);
    assert_eq!(updated.languages(), scratch.languages());
    for (mine, theirs) in updated.analyses.iter().zip(&scratch.analyses) {
        assert_eq!(by_term(mine), by_term(theirs), "{:?}", mine.language);
        assert_eq!(term_sets(mine), term_sets(theirs), "{:?}", mine.language);
        assert_eq!(mine.vocabulary.len(), theirs.vocabulary.len());
        assert_eq!(mine.analysed_passages(), theirs.analysed_passages());
    }
    let alive = updated.reader.searcher().num_docs();
    let deleted = updated
        .reader
        .searcher()
        .segment_readers()
        .iter()
        .map(|s| s.num_deleted_docs())
        .sum::<u32>();
    assert_eq!(
        deleted > 0,
        rewrite_up_to == 0,
        "the index was updated in place"
    );
    assert_eq!(alive as usize, scratch.corpus.passages.len());
    for question in questions() {
        let (a, b) = (updated.search(&question, 3), scratch.search(&question, 3));
        let describe = |o: &crate::search::SearchOutcome<'_>| {
            o.hits
                .iter()
                .map(|h| (h.passage.id, h.coverage.to_bits(), h.highlights.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(describe(&a), describe(&b), "{question}");
        for (x, y) in a.hits.iter().zip(&b.hits) {
            let close = (x.score - y.score).abs() <= SCORE_TOLERANCE * y.score.abs();
            assert!(close, "{question}: {} vs {}", x.score, y.score);
        }
        assert_eq!(a.abstention, b.abstention, "{question}");
        assert_eq!(a.plan, b.plan, "{question}");
    }
}

#[test]
fn an_edit_that_names_nobody_new_shares_the_names_index_and_one_that_does_builds_it_again() {
    let before = archive_interviews();
    let engine = engine_of(before.clone());
    let origins: Vec<Origin> = (0..before.len())
        .map(|i| {
            if i == 1 {
                Origin::Read
            } else {
                Origin::Kept(i)
            }
        })
        .collect();
    let mut after = before.clone();
    after[1] = Arc::new(edited(&before[1]));
    let updated = engine
        .revised(after.clone(), &origins, Synonyms::default())
        .unwrap();
    assert!(Arc::ptr_eq(&updated.names[0], &engine.names[0]));

    let mut renamed = edited(&before[1]);
    renamed.metadata.interviewee = Some("Quillon Vetterby".into());
    after[1] = Arc::new(renamed);
    let updated = engine
        .revised(after, &origins, Synonyms::default())
        .unwrap();
    assert!(!Arc::ptr_eq(&updated.names[0], &engine.names[0]));
    let hits = updated.search("What does Quillon Vetterby say about the okapi?", 1);
    assert_eq!(hits.hits.first().map(|h| h.passage.interview), Some(1));
}
