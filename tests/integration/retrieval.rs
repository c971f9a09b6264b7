//! Retrieval on the shipped corpus: quality on the labeled set, abstention, robustness to any
//! input, highlights, synonyms and the persisted index.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use interview_bot::config::EngineConfig;
use interview_bot::eval;
use interview_bot::load::{load_engine, reload_engine};
use interview_bot::search::language::Language;
use interview_bot::search::{Abstention, Engine, IndexLocation, IndexSource, SearchSettings};
use proptest::prelude::*;

fn config(corpus_dir: &Path, index: IndexLocation) -> EngineConfig {
    EngineConfig {
        corpus_dir: corpus_dir.to_path_buf(),
        config_dir: PathBuf::from("config"),
        index,
        search: SearchSettings::default(),
    }
}

/// One engine over the shipped corpus and config, shared by the tests of this file.
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        load_engine(&config(Path::new("corpus"), IndexLocation::Memory))
            .unwrap()
            .0
    })
}

// Floors on the shipped corpus's labeled set (100 questions in scope, 19 out of scope), each
// at least two questions under what was measured, so that relabelling one question, or a
// change of ranking that moves one answer a place, does not fail the build; a real loss of
// quality still does.

/// Measured 0.910 (91 of 100).
const MIN_HIT_AT_1: f64 = 0.89;
/// Measured 0.970 (97 of 100).
const MIN_HIT_AT_3: f64 = 0.95;
/// Measured 1.0 (19 of 19 refused, with the figure rule); one question of room, since the
/// issue asks for at least 90 %.
const MIN_OUT_OF_SCOPE_ABSTAINED: f64 = 0.94;
/// Measured 0.0 (none of 100); three questions of room.
const MAX_IN_SCOPE_ABSTAINED: f64 = 0.03;

#[test]
fn labeled_questions_meet_the_quality_bar() {
    let questions = eval::load_labeled(Path::new("tests/data/questions.jsonl")).unwrap();
    let report = eval::evaluate(engine(), &questions);
    let summary = report.summary(true);

    assert!(
        report.in_scope_count() >= 50 && report.out_of_scope_count() >= 10,
        "{summary}"
    );
    assert!(
        report.hit_at(1) >= MIN_HIT_AT_1,
        "hit@1 below {MIN_HIT_AT_1}\n{summary}"
    );
    assert!(
        report.hit_at(3) >= MIN_HIT_AT_3,
        "hit@3 below {MIN_HIT_AT_3}\n{summary}"
    );
    assert!(
        report.abstained_out_of_scope() >= MIN_OUT_OF_SCOPE_ABSTAINED,
        "too few out-of-scope abstentions\n{summary}"
    );
    assert!(
        report.abstained_in_scope() <= MAX_IN_SCOPE_ABSTAINED,
        "too many in-scope abstentions\n{summary}"
    );
}

#[test]
fn the_main_threat_question_quotes_the_capitalism_passage_with_highlights() {
    let outcome = engine().search("What is the main threat against humanity?", 1);
    let hit = &outcome.hits[0];
    assert!(hit
        .passage
        .text
        .starts_with("In short, capitalism is the main threat against humanity"));
    assert!(hit
        .question
        .unwrap()
        .contains("alternative economic and political models"));
    assert_eq!(hit.interview.interviewee(), "Sacha Llorenti");
    let highlighted: Vec<&str> = hit
        .highlights
        .iter()
        .map(|r| &hit.passage.text[r.clone()])
        .collect();
    assert_eq!(highlighted, ["main", "threat", "humanity"]);
}

#[test]
fn accents_typos_and_chatty_phrasing_still_find_the_passage() {
    let cases = [
        ("Bolivar and Marti", "Bolívar and Martí’s dream"),
        ("capitalsim main threat", "capitalism is the main threat"),
        (
            "@bot hey what did he say about the vaccine bank??",
            "vaccine acquisition",
        ),
        (
            "Organization of American States",
            "the greatest threat was the OAS",
        ),
    ];
    for (question, expected) in cases {
        let outcome = engine().search(question, 1);
        let text = &outcome
            .hits
            .first()
            .unwrap_or_else(|| panic!("no answer to {question:?}"))
            .passage
            .text;
        assert!(text.contains(expected), "{question:?} -> {text}");
    }
}

#[test]
fn questions_the_interview_does_not_answer_get_no_passage() {
    for question in [
        "What is the recipe for chocolate cake?",
        "Who won the world cup?",
        "the of and what",
    ] {
        let outcome = engine().search(question, 3);
        assert!(
            outcome.hits.is_empty(),
            "{question:?} answered with {:?}",
            outcome.hits[0].passage.text
        );
        assert!(outcome.abstention.is_some());
    }
    assert_eq!(
        engine().search("?!", 1).abstention,
        Some(Abstention::NoSearchableWords)
    );
}

#[test]
fn what_is_it_about_gets_the_introduction() {
    for question in [
        "what is this interview about?",
        "whats the article about in one line",
        "tldr",
    ] {
        let outcome = engine().search(question, 1);
        let text = &outcome.hits[0].passage.text;
        assert!(
            text.starts_with("Sacha Llorenti, newly elected"),
            "{question}"
        );
    }
    let off_topic = engine().search("what does the interview say about chocolate cake", 1);
    assert!(
        off_topic.hits.is_empty(),
        "a topic the interview lacks is still refused"
    );
}

#[test]
fn synonyms_come_from_the_operator_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("synonyms.txt"), "gelato, Bank of ALBA\n").unwrap();
    let mut custom = config(Path::new("corpus"), IndexLocation::Memory);
    custom.config_dir = dir.path().to_path_buf();
    let (engine, report) = load_engine(&custom).unwrap();
    assert!(report.synonym_errors.is_empty());
    let outcome = engine.search("gelato", 1);
    assert!(outcome.hits[0]
        .passage
        .text
        .contains("The Bank of ALBA played"));

    custom.config_dir = dir.path().join("missing");
    let (engine, _) = load_engine(&custom).unwrap();
    assert!(engine.search("gelato", 1).hits.is_empty());
}

#[test]
fn persisted_index_is_reused_while_the_corpus_is_unchanged_and_updated_after_a_change() {
    let corpus_dir = tempfile::tempdir().unwrap();
    let index_dir = tempfile::tempdir().unwrap();
    let index_path = index_dir.path().join("index");
    std::fs::copy(
        "corpus/alba-tcp-sacha-llorenti.txt",
        corpus_dir.path().join("a.txt"),
    )
    .unwrap();
    let settings = config(
        corpus_dir.path(),
        IndexLocation::Directory(index_path.clone()),
    );

    let (_, first) = load_engine(&settings).unwrap();
    let (engine, second) = load_engine(&settings).unwrap();
    assert_eq!(first.index_source, IndexSource::BuiltOnDisk);
    assert_eq!(second.index_source, IndexSource::Restored);
    assert!(!engine.search("Almagro", 1).hits.is_empty());

    std::fs::write(
        corpus_dir.path().join("b.txt"),
        "Gardening talk\n\nWhy roses?\n\nRoses are resilient.\n",
    )
    .unwrap();
    let (engine, third) = load_engine(&settings).unwrap();
    assert_eq!(third.index_source, IndexSource::Updated);
    assert_eq!(third.files_read, 1, "only the new file is read");
    assert!(engine.search("resilient roses", 1).hits[0]
        .passage
        .text
        .contains("resilient"));
    let index_versions = std::fs::read_dir(&index_path)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count();
    assert_eq!(index_versions, 1, "stale index removed");
}

/// A corpus directory with the shipped interview and a broken file, and settings persisting the
/// index in another temporary directory.
fn persisted_corpus() -> (tempfile::TempDir, tempfile::TempDir, EngineConfig) {
    let corpus_dir = tempfile::tempdir().unwrap();
    let index_dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "corpus/alba-tcp-sacha-llorenti.txt",
        corpus_dir.path().join("a.txt"),
    )
    .unwrap();
    std::fs::write(
        corpus_dir.path().join("z.txt"),
        "Title\n\nNo questions here.\n",
    )
    .unwrap();
    let settings = config(
        corpus_dir.path(),
        IndexLocation::Directory(index_dir.path().join("index")),
    );
    (corpus_dir, index_dir, settings)
}

fn saved_corpus_files(settings: &EngineConfig) -> Vec<PathBuf> {
    let IndexLocation::Directory(dir) = &settings.index else {
        unreachable!()
    };
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .collect()
}

#[test]
fn a_restored_corpus_serves_and_reports_the_same_as_reading_the_files() {
    let (_corpus, _index, settings) = persisted_corpus();
    let (built, first) = load_engine(&settings).unwrap();
    let (restored, second) = load_engine(&settings).unwrap();
    assert_eq!(first.index_source, IndexSource::BuiltOnDisk);
    assert_eq!(second.index_source, IndexSource::Restored);
    assert_eq!(first.corpus_errors.len(), 1);
    assert_eq!(
        second.corpus_errors, first.corpus_errors,
        "broken files reported again"
    );
    assert_eq!(restored.corpus().interviews, built.corpus().interviews);
    assert_eq!(restored.corpus().passages, built.corpus().passages);
    for question in [
        "What is the main threat against humanity?",
        "capitalsim main threat",
        "palestinian cause",
        "What is the recipe for chocolate cake?",
    ] {
        let (a, b) = (built.search(question, 3), restored.search(question, 3));
        let describe = |o: &interview_bot::search::SearchOutcome<'_>| {
            o.hits
                .iter()
                .map(|h| (h.passage.id, h.score.to_bits(), h.highlights.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(describe(&a), describe(&b), "{question}");
        assert_eq!(a.abstention, b.abstention, "{question}");
    }
}

#[test]
fn an_edited_file_is_read_again_even_with_its_size_and_modification_time_restored() {
    let (corpus, _index, settings) = persisted_corpus();
    load_engine(&settings).unwrap();
    let path = corpus.path().join("a.txt");
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replacen("Almagro", "Almagrx", 1);
    assert_eq!(edited.len(), text.len());
    std::fs::write(&path, edited).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(modified)
        .unwrap();

    let (engine, report) = load_engine(&settings).unwrap();
    assert_ne!(report.index_source, IndexSource::Restored);
    assert!(engine
        .corpus()
        .passages
        .iter()
        .any(|p| p.text.contains("Almagrx")));
    assert_eq!(
        saved_corpus_files(&settings).len(),
        1,
        "old saved corpus removed"
    );
}

#[test]
fn a_saved_corpus_altered_on_disk_is_caught_by_its_checksum() {
    let (_corpus, _index, settings) = persisted_corpus();
    load_engine(&settings).unwrap();
    let saved = saved_corpus_files(&settings);
    let mut bytes = std::fs::read(&saved[0]).unwrap();
    let at = bytes
        .windows(7)
        .position(|w| w == b"Almagro")
        .expect("the text is in the saved corpus");
    bytes[at + 6] = b'x';
    std::fs::write(&saved[0], &bytes).unwrap();

    let (engine, report) = load_engine(&settings).unwrap();
    assert_eq!(
        report.index_source,
        IndexSource::Reused,
        "the files were read"
    );
    assert!(!engine
        .corpus()
        .passages
        .iter()
        .any(|p| p.text.contains("Almagrx")));
}

#[test]
fn a_reload_saves_what_it_read_so_the_next_start_reuses_it() {
    let (corpus, _index, settings) = persisted_corpus();
    let (engine, _) = load_engine(&settings).unwrap();
    std::fs::write(
        corpus.path().join("b.txt"),
        "Gardening talk\n\nWhy roses?\n\nRoses are resilient.\n",
    )
    .unwrap();

    let (_, reloaded) = reload_engine(&settings, Some(&engine)).unwrap();
    let (restarted, report) = load_engine(&settings).unwrap();

    assert_eq!(reloaded.index_source, IndexSource::Updated);
    assert_eq!(reloaded.files_read, 1, "only the new file is read");
    assert_eq!(report.index_source, IndexSource::Restored);
    assert_eq!(restarted.corpus().interviews.len(), 2);
    assert!(!restarted.search("resilient roses", 1).hits.is_empty());
}

#[test]
fn a_damaged_saved_corpus_is_ignored_and_written_again() {
    let (_corpus, _index, settings) = persisted_corpus();
    load_engine(&settings).unwrap();
    let saved = saved_corpus_files(&settings);
    assert_eq!(saved.len(), 1);
    let bytes = std::fs::read(&saved[0]).unwrap();
    std::fs::write(&saved[0], &bytes[..bytes.len() / 2]).unwrap();

    let (engine, report) = load_engine(&settings).unwrap();
    assert_eq!(report.index_source, IndexSource::Reused);
    assert_eq!(report.corpus_errors.len(), 1);
    assert!(!engine.search("Almagro", 1).hits.is_empty());
    let (_, again) = load_engine(&settings).unwrap();
    assert_eq!(again.index_source, IndexSource::Restored);
}

#[test]
fn an_index_directory_holding_other_files_is_refused_untouched() {
    let index_dir = tempfile::tempdir().unwrap();
    std::fs::write(index_dir.path().join("precious.txt"), "keep me").unwrap();
    let settings = config(
        Path::new("corpus"),
        IndexLocation::Directory(index_dir.path().to_path_buf()),
    );
    let error = load_engine(&settings).unwrap_err().to_string();
    assert!(error.contains("not empty"), "{error}");
    assert_eq!(
        std::fs::read_to_string(index_dir.path().join("precious.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn hostile_questions_never_fail() {
    let long = "capitalism ".repeat(1_000);
    let questions = [
        "\"(title:foo AND",
        "*",
        "<script>alert(1)</script> & co",
        "🙂🙂🙂",
        "مرحبا كيف حالك",
        "\0\0",
        "the and of what who",
        long.as_str(),
        "a\u{301}\u{301}\u{301}",
        "U.S.A.S.",
        "'''",
        "-- DROP TABLE",
    ];
    for question in questions {
        let outcome = engine().search(question, 5);
        assert!(outcome.hits.len() <= 5);
        assert!(
            outcome.hits.is_empty() == outcome.abstention.is_some(),
            "{question:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_question_gets_well_formed_hits(question in any::<String>(), limit in 1usize..12) {
        let outcome = engine().search(&question, limit);
        prop_assert!(outcome.hits.len() <= limit);
        for hit in &outcome.hits {
            prop_assert!((0.0..=1.0).contains(&hit.coverage));
            let mut previous_end = 0;
            for range in &hit.highlights {
                prop_assert!(range.start >= previous_end && range.start < range.end);
                prop_assert!(hit.passage.text.get(range.clone()).is_some(), "range on char boundaries");
                previous_end = range.end;
            }
        }
    }

    #[test]
    fn questions_built_from_corpus_words_never_fail(words in proptest::collection::vec(
        prop::sample::select(vec!["vaccine", "Bolívar", "OAS", "the", "U.S.", "capitalsim", "?", "don’t", "@bot", "Organization", "of", "American", "States"]),
        0..30,
    )) {
        let question = words.join(" ");
        let outcome = engine().search(&question, 3);
        prop_assert!(outcome.hits.is_empty() == outcome.abstention.is_some());
    }
}

#[test]
fn a_reload_reads_only_the_changed_files_and_serves_like_a_fresh_start() {
    let (corpus, _index, settings) = persisted_corpus();
    std::fs::write(
        corpus.path().join("b.txt"),
        "Gardening talk\n\nWhy roses?\n\nRoses are resilient.\n",
    )
    .unwrap();
    let (engine, _) = load_engine(&settings).unwrap();
    std::fs::write(
        corpus.path().join("b.txt"),
        "Gardening talk\n\nWhy tulips?\n\nTulips are fragile.\n",
    )
    .unwrap();

    let (reloaded, report) = reload_engine(&settings, Some(&engine)).unwrap();
    let (restarted, restart) = load_engine(&settings).unwrap();

    assert_eq!(report.index_source, IndexSource::Updated);
    assert_eq!(report.files_read, 1);
    assert_eq!(
        report.corpus_errors.len(),
        1,
        "the broken file is still reported"
    );
    assert_eq!(restart.index_source, IndexSource::Restored);
    assert!(reloaded.search("resilient roses", 1).hits.is_empty());
    assert!(!reloaded.search("fragile tulips", 1).hits.is_empty());
    assert!(
        !engine.search("resilient roses", 1).hits.is_empty(),
        "the engine being replaced still answers as before"
    );
    assert_eq!(reloaded.corpus().passages, restarted.corpus().passages);
    for question in ["fragile tulips", "Almagro OAS", "capitalsim main threat"] {
        let (a, b) = (reloaded.search(question, 3), restarted.search(question, 3));
        let ids = |o: &interview_bot::search::SearchOutcome<'_>| {
            o.hits.iter().map(|h| h.passage.id).collect::<Vec<_>>()
        };
        assert_eq!(ids(&a), ids(&b), "{question}");
    }
}

/// hit@1 the Spanish and Portuguese questions must reach over the archive and the translation
/// (0.603 measured, 44 of 73; set two questions under it). Far below the 0.85: several archive interviews use layouts (`P:`/`R:`
/// labels, dialogue dashes, Markdown headings) that the parser of this version misreads (one
/// does not load at all), which no analysis can make up for; raise it as the parser learns them.
const ES_PT_MIN_HIT_AT_1: f64 = 0.57;

/// An engine over the archive's interviews and the shipped corpus (English original and its
/// Portuguese translation), in memory.
fn multilingual_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        for source in ["tests/data/interviews", "corpus"] {
            for entry in std::fs::read_dir(source).unwrap() {
                let path = entry.unwrap().path();
                std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
            }
        }
        let engine = load_engine(&config(dir.path(), IndexLocation::Memory))
            .unwrap()
            .0;
        drop(dir);
        engine
    })
}

fn labeled(files: &[&str]) -> Vec<eval::LabeledQuestion> {
    files
        .iter()
        .flat_map(|file| eval::load_labeled(Path::new(file)).unwrap())
        .collect()
}

#[test]
fn spanish_and_portuguese_questions_find_their_interviews_passages() {
    let questions = labeled(&[
        "tests/data/archive/questions/espt.dev.jsonl",
        "tests/data/archive/questions/espt.heldout.jsonl",
        "tests/data/translation/questions-pt.jsonl",
    ]);
    assert!(questions
        .iter()
        .all(|q| matches!(q.language.as_deref(), Some("es" | "pt"))));

    let report = eval::evaluate(multilingual_engine(), &questions);

    let summary = report.summary(true);
    assert!(
        report.hit_at(1) >= ES_PT_MIN_HIT_AT_1,
        "hit@1 below {ES_PT_MIN_HIT_AT_1}\n{summary}"
    );
}

#[test]
fn an_english_only_corpus_reads_questions_once_in_english() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "corpus/alba-tcp-sacha-llorenti.txt",
        dir.path().join("alba.txt"),
    )
    .unwrap();
    let (engine, _) = load_engine(&config(dir.path(), IndexLocation::Memory)).unwrap();
    assert_eq!(engine.languages(), [Language::En]);
    assert_eq!(
        multilingual_engine().languages(),
        [Language::En, Language::Es, Language::Pt]
    );
}

#[test]
fn translated_passages_are_aligned_by_answer_and_paragraph() {
    let engine = engine();
    let corpus = engine.corpus();
    let in_interview = |id: &str, turn: Option<usize>, paragraph: usize| {
        corpus
            .passages
            .iter()
            .find(|p| corpus.interview_of(p).id == id && p.turn == turn && p.paragraph == paragraph)
            .unwrap()
    };
    let english = in_interview("alba-tcp-sacha-llorenti", Some(0), 0);
    let translations = engine.translations(english);
    assert_eq!(translations.len(), 1);
    assert_eq!(translations[0].language, Language::Pt);
    let portuguese = corpus.find_quote(&translations[0].quote_id).unwrap();
    assert!(portuguese
        .text
        .starts_with("Nós pedimos às autoridades dos Estados Unidos"));
    let back = engine.translations(portuguese);
    assert_eq!(back[0].quote_id, corpus.quote_id(english));

    let untranslated = in_interview("alba-tcp-sacha-llorenti", Some(6), 0);
    assert!(
        engine.translations(untranslated).is_empty(),
        "the translation covers the first answers only"
    );
}

/// The archive of test interviews alone, in memory.
fn archive_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        load_engine(&config(
            Path::new("tests/data/interviews"),
            IndexLocation::Memory,
        ))
        .unwrap()
        .0
    })
}

// Floors on the archive's held-out questions (never used to tune; 65 in scope, 12 off topic),
// each at least two questions under what was measured, so that one relabelled question does
// not fail the build. The targets (0.80, 0.92, 0.97, 0.95, 85 %, 3 %) are not reached
// yet; these floors keep what was reached.

/// Measured 0.738 (48 of 65; 0.723 before the introduction features of the second phase).
const ARCHIVE_MIN_HIT_AT_1: f64 = 0.70;
/// Measured 0.815 (53 of 65).
const ARCHIVE_MIN_ANSWER_HIT_AT_1: f64 = 0.78;
/// Measured 0.892 (58 of 65; 0.908 when this floor was set).
const ARCHIVE_MIN_INTERVIEW_HIT_AT_1: f64 = 0.87;
/// Measured 0.877 (57 of 65; 0.862 before the introduction features).
const ARCHIVE_MIN_HIT_AT_3: f64 = 0.84;
/// Measured 0.667 (8 of 12 refused); two questions of room.
const ARCHIVE_MIN_OFF_TOPIC_REFUSED: f64 = 0.5;
/// Measured 0.046 (3 of 65 wrongly refused); two questions of room.
const ARCHIVE_MAX_IN_SCOPE_REFUSED: f64 = 0.08;

#[test]
fn held_out_archive_questions_meet_the_archive_floors() {
    let questions = labeled(&[
        "tests/data/archive/questions/en1.heldout.jsonl",
        "tests/data/archive/questions/en2.heldout.jsonl",
        "tests/data/archive/questions/espt.heldout.jsonl",
    ]);
    assert!(questions.len() >= 70, "the held-out set is in place");

    let report = eval::evaluate(archive_engine(), &questions);

    let m = report.metrics();
    let summary = report.summary(true);
    assert!(m.hit1 >= ARCHIVE_MIN_HIT_AT_1, "hit@1\n{summary}");
    assert!(
        m.answer_hit1 >= ARCHIVE_MIN_ANSWER_HIT_AT_1,
        "answer hit@1\n{summary}"
    );
    assert!(
        m.interview_hit1 >= ARCHIVE_MIN_INTERVIEW_HIT_AT_1,
        "interview hit@1\n{summary}"
    );
    assert!(m.hit3 >= ARCHIVE_MIN_HIT_AT_3, "hit@3\n{summary}");
    assert!(
        m.refused_out_of_scope >= ARCHIVE_MIN_OFF_TOPIC_REFUSED,
        "off-topic refused\n{summary}"
    );
    assert!(
        m.refused_in_scope <= ARCHIVE_MAX_IN_SCOPE_REFUSED,
        "in-scope refused\n{summary}"
    );
}

/// Refusals on every group's held-out questions (130: 106 in scope, 24 off topic), with the
/// rules for questions asking for a fact and the rarest word said with another. Measured 0.875
/// (21 of 24 refused); two questions of room.
const ALL_HELD_OUT_MIN_OFF_TOPIC_REFUSED: f64 = 0.79;
/// Measured 0.066 (7 of 106 wrongly refused: 5 once the named interviews vouched for a rare
/// word of theirs, then two questions answered from the wrong interview refused as the archive
/// grew — the word statistics of the added test interviews, not a rule, moved them); two
/// questions of room.
const ALL_HELD_OUT_MAX_IN_SCOPE_REFUSED: f64 = 0.085;

#[test]
fn held_out_questions_of_every_group_meet_the_refusal_floors() {
    let mut files: Vec<String> = std::fs::read_dir("tests/data/archive/questions")
        .unwrap()
        .map(|entry| entry.unwrap().path().display().to_string())
        .filter(|path| path.ends_with(".heldout.jsonl"))
        .collect();
    files.sort();
    let questions = labeled(&files.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(questions.len() >= 110, "the held-out sets are in place");

    let report = eval::evaluate(archive_engine(), &questions);

    let m = report.metrics();
    let summary = report.summary(true);
    assert!(
        m.refused_out_of_scope >= ALL_HELD_OUT_MIN_OFF_TOPIC_REFUSED,
        "off-topic refused\n{summary}"
    );
    assert!(
        m.refused_in_scope <= ALL_HELD_OUT_MAX_IN_SCOPE_REFUSED,
        "in-scope refused\n{summary}"
    );
}

#[test]
fn a_question_naming_an_interviewee_quotes_only_their_interviews() {
    let outcome = archive_engine().search("What does Marta Quispe think about the pandemic?", 3);

    assert!(!outcome.hits.is_empty());
    for hit in &outcome.hits {
        assert_eq!(hit.interview.interviewee(), "Marta Quispe");
    }
}

#[test]
fn a_question_about_a_person_none_of_whose_passages_answers_is_refused() {
    // Samba is in the archive, but not in Yui Tanaka's interview; lithium not in Okafor's.
    for question in [
        "What does Yui Tanaka think about samba?",
        "what does okafor say about lithium",
    ] {
        let outcome = archive_engine().search(question, 1);
        assert!(
            outcome.hits.is_empty(),
            "{question}: {:?}",
            outcome.hits[0].passage.text
        );
    }
}

#[test]
fn across_the_archive_a_word_met_only_in_passing_is_no_answer() {
    // "old" and "años" occur somewhere in the named person's interviews, once, far from
    // anything else the question asks.
    for question in [
        "How old is Ngozi Okafor?",
        "¿Cuántos años tiene Rosa García?",
    ] {
        let abstention = archive_engine().search(question, 1).abstention;
        assert!(
            matches!(abstention, Some(Abstention::OnlyInPassing { .. })),
            "{question}: {abstention:?}"
        );
    }
    // "film" is not in Okafor's interviews nor "wine" in Dubois's, and their "firm" and "wind"
    // are not taken for them: no passage uses those beside another word of the question.
    for question in [
        "What is Ngozi Okafor's favourite film?",
        "What is Claire Dubois's favourite wine?",
    ] {
        let abstention = archive_engine().search(question, 1).abstention;
        assert!(
            matches!(abstention, Some(Abstention::LowCoverage { coverage, .. }) if coverage <= 0.0),
            "{question}: {abstention:?}"
        );
    }
    // A fact the introduction gives next to the person's name is an answer.
    let born = archive_engine().search("Where was Marta Quispe born?", 1);
    assert!(born.hits[0].passage.text.contains("born in Potosí"));
}

#[test]
fn a_question_asking_how_many_needs_a_passage_that_gives_the_figure() {
    // Vargas talks about his first goal and his famous one, never about how many he scored.
    let goals = archive_engine().search("How many goals did Diego Vargas score for Bolivia?", 1);
    assert!(
        matches!(goals.abstention, Some(Abstention::NoFigure { .. })),
        "{:?}",
        goals.hits.first().map(|h| &h.passage.text)
    );
    let electricity = archive_engine().search("How much electricity do data centres use?", 1);
    assert!(electricity.hits[0]
        .passage
        .text
        .contains("460 terawatt-hours"));
    let royalty = archive_engine().search("What royalty rate did Bolivian law set on lithium?", 1);
    assert!(royalty.hits[0].passage.text.contains("three per cent"));
}

#[test]
fn in_a_small_archive_a_word_only_one_passage_uses_is_salient_by_itself() {
    // Three short invented interviews, fewer than fifty passages: a share of one in fifty is
    // less than one passage, and the boat's name said once was refused as "in passing".
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("boats.txt", "Wen Harlow", "How did you start?", "My first boss ran the Quillmoor out of the north harbour, and she taught me more about engines than any school could have done."),
        ("bread.txt", "Ada Pell", "Why bake at night?", "The dough needs the cold hours, and the shop opens at six every morning."),
        ("roads.txt", "Ivo Brandt", "What is hard about the job?", "Rain. Every repair we make in the dry months is tested by the first storm."),
    ];
    for (file, who, asked, said) in files {
        let text = format!(
            "+++\ntitle = \"{who} talks\"\ninterviewee = \"{who}\"\nlanguage = \"en\"\n+++\n\
             Q: {asked}\n\nA: {said}\n\nQ: What comes next?\n\nA: More of the same work, I hope.\n"
        );
        std::fs::write(dir.path().join(file), text).unwrap();
    }
    let engine = load_engine(&config(dir.path(), IndexLocation::Memory))
        .unwrap()
        .0;
    let outcome = engine.search("Quillmoor", 1);
    assert_eq!(outcome.abstention, None);
    assert!(outcome.hits[0].passage.text.contains("ran the Quillmoor"));
}

#[test]
fn in_a_roundtable_of_three_a_question_naming_one_guest_quotes_only_that_guest() {
    // Three guests answer every question of `menegat-mesa-redonda-marcenaria-pt.txt`, each under
    // a label; the one the question names is the one quoted, whoever spoke first or longest.
    let engine = archive_engine();
    for (question, guest, words) in [
        (
            "O que Rute Paiva pensa das madeiras certificadas?",
            "Rute Paiva",
            "a certificação é o mínimo",
        ),
        (
            "O que Caio Menegat acha das madeiras certificadas?",
            "Caio Menegat",
            "Eu sou mais desconfiado",
        ),
        (
            "O que Lívia Sarzedas pensa das madeiras certificadas?",
            "Lívia Sarzedas",
            "madeira de demolição",
        ),
        (
            "O que Paiva pensa das máquinas de controle numérico?",
            "Rute Paiva",
            "A fresadora pagou",
        ),
    ] {
        let outcome = engine.search(question, 3);

        let first = outcome.hits.first().expect("an answer");
        assert!(first.passage.text.contains(words), "{question}");
        for hit in &outcome.hits {
            assert_eq!(hit.interview.speaker(hit.passage), guest, "{question}");
        }
    }
}

#[test]
fn a_count_given_before_a_comma_answers_how_many() {
    // "Umas sessenta, somando os três": the figure counts the orders asked about; the word
    // after the comma opens another clause and is no noun the figure counts.
    let outcome = archive_engine().search("Quantas encomendas a oficina faz por ano?", 1);

    assert_eq!(outcome.abstention, None);
    let hit = outcome.hits.first().expect("an answer");
    assert!(hit.passage.text.starts_with("Umas sessenta"));
}
