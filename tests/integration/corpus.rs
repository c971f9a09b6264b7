//! The shipped interview parses into exactly its published structure, and broken files are
//! reported with their file and line while the others still load.

use std::path::Path;

use interview_bot::corpus::{self, Corpus, CorpusError};

fn shipped() -> corpus::Interview {
    corpus::load_file(Path::new("corpus/alba-tcp-sacha-llorenti.txt"))
        .expect("shipped interview parses")
}

#[test]
fn shipped_interview_has_its_published_structure() {
    let interview = shipped();

    assert_eq!(interview.id, "alba-tcp-sacha-llorenti");
    assert_eq!(
        interview.title,
        "ALBA-TCP Executive Secretary: ‘Capitalism is the main threat against humanity’"
    );
    assert_eq!(interview.interviewee(), "Sacha Llorenti");
    assert_eq!(interview.metadata.outlet.as_deref(), Some("Brasil de Fato"));
    assert_eq!(interview.metadata.republished_by.as_deref(), Some("MPPRE"));

    // The standfirst and three intro paragraphs; title and headline are not part of it.
    assert_eq!(interview.intro.len(), 4);
    assert!(interview.intro[0].starts_with("Sacha Llorenti, newly elected executive secretary"));
    assert!(interview.intro[1].starts_with("At the last summit of the Bolivarian Alliance"));
    assert!(interview.intro[3].starts_with("In an exclusive interview with"));

    let answer_lengths: Vec<usize> = interview.turns.iter().map(|t| t.answer.len()).collect();
    assert_eq!(answer_lengths, [4, 6, 2, 2, 4, 6, 5]);

    let first = &interview.turns[0];
    assert!(
        first.question.starts_with("ALBA-TCP issued a statement"),
        "interviewer label removed"
    );
    assert!(
        first.answer[0].starts_with("We called on the U.S. authorities"),
        "interviewee label removed"
    );
    assert!(interview.turns[2]
        .question
        .ends_with("Is it possible to create it as a cryptocurrency?"));
    assert!(interview.turns[6].answer[4].ends_with("will last a long time."));
}

#[test]
fn shipped_text_is_kept_verbatim() {
    let interview = shipped();
    let source = std::fs::read_to_string("corpus/alba-tcp-sacha-llorenti.txt").unwrap();
    assert!(
        interview.intro[1].contains("bloc.\u{a0}The former Bolivian ambassador"),
        "non-breaking spaces kept"
    );
    assert!(
        interview.turns[1].answer[5].contains("Bolívar and Martí’s dream"),
        "accents and curly quotes kept"
    );
    for turn in &interview.turns {
        for paragraph in &turn.answer {
            assert!(
                source.contains(paragraph.as_str()),
                "paragraph altered: {paragraph}"
            );
        }
    }
}

#[test]
fn shipped_corpus_yields_one_passage_per_intro_and_answer_paragraph() {
    let corpus = Corpus::new(vec![shipped()]);
    assert_eq!(corpus.passages.len(), 4 + 29);
    let first_answer = &corpus.passages[4];
    assert_eq!(first_answer.turn, Some(0));
    assert_eq!(corpus.section_of(first_answer).len(), 4);
    assert!(corpus
        .question_of(first_answer)
        .unwrap()
        .starts_with("ALBA-TCP issued"));
}

#[test]
fn broken_files_are_reported_with_file_and_line_and_the_rest_still_loads() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a-good.txt"),
        "Title\n\nIntro.\n\nWhy?\n\nBecause.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("b-empty.txt"), "").unwrap();
    std::fs::write(
        dir.path().join("c-latin1.txt"),
        b"Title\n\nWhy?\n\nBecause caf\xe9.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("d-statement.txt"),
        "Title\n\nNo question here.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.json"), "{}").unwrap();

    let report = corpus::load_dir(dir.path()).unwrap();

    assert_eq!(report.interviews.len(), 1);
    assert_eq!(report.interviews[0].id, "a-good");
    let located: Vec<(String, usize)> = report
        .errors
        .iter()
        .map(|e| match e {
            CorpusError::Parse { path, line, .. } => (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                *line,
            ),
            other => panic!("unexpected error {other}"),
        })
        .collect();
    assert_eq!(
        located,
        [
            ("b-empty.txt".to_string(), 1),
            ("c-latin1.txt".to_string(), 5),
            ("d-statement.txt".to_string(), 1)
        ]
    );
    assert!(report.errors[1].to_string().contains("UTF-8"));
}

#[test]
fn a_missing_directory_is_an_error_naming_it() {
    let error = corpus::load_dir(Path::new("/nonexistent/corpus")).unwrap_err();
    assert!(error.to_string().contains("/nonexistent/corpus"));
    assert!(error.to_string().contains("CORPUS_DIR"));
}

/// Regression for published layouts read wrongly (issue 8): no passage of the archive is
/// empty to the eye, keeps a Markdown escape, or opens with a speaker label or a timestamp.
#[test]
fn no_archive_passage_is_blank_escaped_or_labelled() {
    let report = corpus::load_dir(Path::new("tests/data/interviews")).expect("archive loads");
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    let invisible = |c: char| c.is_whitespace() || ('\u{200b}'..='\u{200d}').contains(&c);
    for interview in &report.interviews {
        let passages = interview
            .intro
            .iter()
            .chain(interview.turns.iter().flat_map(|t| t.answer.iter()));
        for passage in passages {
            let at = format!("{}: {passage:?}", interview.id);
            assert!(!passage.chars().all(invisible), "blank passage in {at}");
            assert!(!passage.contains("\\!") && !passage.contains("\\&"), "{at}");
            assert!(
                !passage.starts_with("R. ") && !passage.starts_with("P. "),
                "{at}"
            );
            assert!(!passage.contains("(00:"), "timestamp label kept in {at}");
        }
    }
}

/// A speaker label read as a question, or questions that never ask while the answers do, make
/// `index --explain` warn.
#[test]
fn explain_warns_when_questions_are_names_or_roles_look_swapped() {
    let named = "T\n\n**Helena Prates**\n\nIt started on a winter beach, three years ago.\n\n\
                 **Rita Lobato**\n\nWith my grandfather's notebook of tides, in red pencil.\n\n\
                 **Helena**\n\nAnd it took three more winters to finish.";
    let explanation = corpus::explain::explain_text("x", named);
    assert!(
        explanation
            .warnings
            .iter()
            .any(|w| w.message.contains("only a name")),
        "{}",
        explanation.text
    );
    let swapped = "T\n\n**The harbour**\n\nWhat did the harbour look like then? Was it busy?\n\n\
                   **The boats**\n\nWho built the boats, and where did the wood come from?";
    let explanation = corpus::explain::explain_text("x", swapped);
    assert!(
        explanation
            .warnings
            .iter()
            .any(|w| w.message.contains("'?'")),
        "{}",
        explanation.text
    );
}
