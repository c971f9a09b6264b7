//! The `interview-bot` binary as an operator uses it: `ask` (text, JSON, batch), `index`,
//! `eval`, and clear errors with non-zero exits for bad settings.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The binary, run from an empty directory (so no stray `.env` is read) against the shipped
/// corpus and config.
fn bot(workdir: &Path) -> Command {
    let mut command = Command::cargo_bin("interview-bot").unwrap();
    command
        .current_dir(workdir)
        .env("CORPUS_DIR", repo("corpus"))
        .env("CONFIG_DIR", repo("config"))
        .env_remove("INDEX_DIR")
        .env_remove("MIN_COVERAGE")
        .env_remove("RUST_LOG");
    command
}

/// What one run of the binary printed, as text, and its exit code.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `command` (made by [`bot`]) to its end.
fn run(command: &mut Command) -> Run {
    let output = command.output().unwrap();
    Run {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// Runs the binary with `args` in a fresh empty directory against the shipped corpus.
fn run_args(args: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    run(bot(dir.path()).args(args))
}

fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

/// A corpus folder in `dir` with the shipped interview (as `alba.txt`) and `files`, each a
/// name and its text.
fn corpus_with(dir: &Path, files: &[(&str, &str)]) -> PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::copy(
        repo("corpus/alba-tcp-sacha-llorenti.txt"),
        corpus.join("alba.txt"),
    )
    .unwrap();
    for (name, text) in files {
        std::fs::write(corpus.join(name), text).unwrap();
    }
    corpus
}

/// The shipped corpus, parsed.
fn shipped_corpus() -> interview_bot::corpus::Corpus {
    let loaded = interview_bot::corpus::load_dir(&repo("corpus")).unwrap();
    interview_bot::corpus::Corpus::new(loaded.interviews)
}

#[test]
fn ask_prints_the_quote_its_question_and_the_interview() {
    let output = run_args(&["ask", "What is the main threat against humanity?"]);
    assert_eq!(output.code, Some(0));
    let stdout = output.stdout;
    assert!(
        stdout.contains("“In short, capitalism is the main threat against humanity."),
        "{stdout}"
    );
    assert!(
        stdout.contains("— Sacha Llorenti, answering: After experiencing the COVID-19 pandemic"),
        "{stdout}"
    );
    assert!(stdout.contains("(Brasil de Fato)"), "{stdout}");
}

#[test]
fn ask_never_attributes_the_introduction_to_the_interviewee() {
    let output = run_args(&["ask", "What is this interview about?"]);
    assert_eq!(output.code, Some(0));
    let stdout = output.stdout;
    assert!(
        stdout.contains("— from the publisher’s introduction to the interview with Sacha Llorenti"),
        "{stdout}"
    );
    assert!(!stdout.contains("— Sacha Llorenti,"), "{stdout}");
}

#[test]
fn ask_json_has_exactly_the_documented_shape() {
    let output = run_args(&["ask", "--json", "--top", "3", "Bolivar", "and", "Marti"]);
    assert_eq!(output.code, Some(0));
    let answers = json_lines(&output.stdout);
    assert_eq!(answers.len(), 1);
    let answer = answers[0].as_object().unwrap();
    assert_eq!(answer.keys().collect::<Vec<_>>(), ["query", "results"]);
    assert_eq!(answer["query"], "Bolivar and Marti");
    let results = answer["results"].as_array().unwrap();
    assert!(!results.is_empty() && results.len() <= 3);
    for (i, result) in results.iter().enumerate() {
        let result = result.as_object().unwrap();
        let mut keys: Vec<_> = result.keys().cloned().collect();
        keys.sort();
        assert_eq!(
            keys,
            [
                "highlights",
                "interview",
                "question",
                "rank",
                "score",
                "text",
                "translations"
            ]
        );
        assert_eq!(result["rank"], i + 1);
        assert!(result["score"].as_f64().unwrap() > 0.0);
        assert!(result["question"].is_string() || result["question"].is_null());
        let text = result["text"].as_str().unwrap();
        for range in result["highlights"].as_array().unwrap() {
            let (start, end) = (
                range[0].as_u64().unwrap() as usize,
                range[1].as_u64().unwrap() as usize,
            );
            assert!(
                text.get(start..end).is_some(),
                "highlight on char boundaries"
            );
        }
    }
    let best = results[0]["text"].as_str().unwrap();
    assert!(best.contains("Bolívar and Martí’s dream"));
    let highlighted: Vec<&str> = results[0]["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &best[r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize])
        .collect();
    assert_eq!(highlighted, ["Bolívar", "Martí’s"]);
}

#[test]
fn ask_json_reports_no_good_answer_as_empty_results() {
    let output = run_args(&["ask", "--json", "What is the recipe for chocolate cake?"]);
    assert_eq!(output.code, Some(0));
    assert_eq!(
        json_lines(&output.stdout)[0]["results"],
        serde_json::json!([])
    );
}

#[test]
fn batch_answers_one_question_per_line_from_a_file_or_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let questions =
        "Almagro OAS\n\nvaccine bank\r\n\u{200b}\n \u{feff}\u{a0}\nchocolate cake recipe\n\u{0}*\"(title:foo AND\n";
    std::fs::write(dir.path().join("questions.txt"), questions).unwrap();

    let from_file = run(bot(dir.path()).args(["ask", "--batch", "questions.txt"]));
    assert_eq!(from_file.code, Some(0));
    let answers = json_lines(&from_file.stdout);
    let queries: Vec<&str> = answers
        .iter()
        .map(|a| a["query"].as_str().unwrap())
        .collect();
    assert_eq!(
        queries,
        [
            "Almagro OAS",
            "vaccine bank",
            "chocolate cake recipe",
            "\u{0}*\"(title:foo AND"
        ]
    );
    assert!(answers[0]["results"][0]["text"]
        .as_str()
        .unwrap()
        .contains("Almagro"));
    assert_eq!(answers[2]["results"], serde_json::json!([]));

    let from_stdin = run(bot(dir.path())
        .args(["ask", "--batch", "-"])
        .write_stdin(questions));
    assert_eq!(from_stdin.stdout, from_file.stdout);
}

#[test]
fn a_missing_corpus_directory_is_a_clear_error_with_a_non_zero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(bot(dir.path())
        .env("CORPUS_DIR", "/nonexistent/interviews")
        .args(["ask", "hello"]));
    assert_eq!(output.code, Some(2));
    let stderr = output.stderr;
    assert!(
        stderr.contains("/nonexistent/interviews") && stderr.contains("CORPUS_DIR"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_corpus_without_any_valid_interview_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.txt"), "Only a title\n").unwrap();
    let output = run(bot(dir.path())
        .env("CORPUS_DIR", dir.path())
        .args(["ask", "hello"]));
    assert_eq!(output.code, Some(2));
    let stderr = output.stderr;
    assert!(
        stderr.contains("no interview could be loaded") && stderr.contains("broken.txt:1"),
        "{stderr}"
    );
}

#[test]
fn ask_answers_past_a_broken_file_and_says_so_in_one_line_pointing_to_index() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_with(dir.path(), &[("zz-broken.txt", "Only a title\n")]);
    let output = run(bot(dir.path())
        .env("CORPUS_DIR", &corpus)
        .args(["ask", "What is the main threat against humanity?"]));
    assert_eq!(output.code, Some(0));
    assert!(!output.stdout.is_empty());
    let stderr = output.stderr;
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with("warning: 1 interview file(s)")
            && lines[0].contains("interview-bot index"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("zz-broken.txt"),
        "details are index's job: {stderr}"
    );
}

#[test]
fn a_missing_config_folder_is_named_and_the_question_still_answered() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-config");
    let run = run(bot(dir.path())
        .env("CONFIG_DIR", &missing)
        .args(["ask", "What is the main threat against humanity?"]));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains("no-config"), "{}", run.stderr);
    assert!(run.stderr.contains("CONFIG_DIR"), "{}", run.stderr);
    assert!(!run.stdout.trim().is_empty());
}

#[test]
fn an_invalid_setting_names_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(bot(dir.path())
        .env("MIN_COVERAGE", "lots")
        .args(["ask", "hello"]));
    assert_eq!(output.code, Some(2));
    assert!(output.stderr.contains("MIN_COVERAGE"));
}

#[test]
fn index_reports_interviews_and_broken_files() {
    let dir = tempfile::tempdir().unwrap();
    let broken = ("zz-broken.txt", "Title\n\nIntro.\n\nA question?\n");
    let corpus = corpus_with(dir.path(), &[broken]);

    let output = run(bot(dir.path()).env("CORPUS_DIR", &corpus).arg("index"));
    assert_eq!(output.code, Some(1), "broken files make the exit code 1");
    let stdout = output.stdout;
    // Counted from the shipped interview, so that editing it does not break this test.
    let shipped = interview_bot::corpus::load_file(&corpus.join("alba.txt")).unwrap();
    let questions = shipped.turns.len();
    let passages = interview_bot::corpus::Corpus::new(vec![shipped])
        .passages
        .len();
    assert!(
        stdout.contains(&format!(
            "alba.txt: ALBA-TCP Executive Secretary: ‘Capitalism is the main threat against \
             humanity’ ({questions} questions, {passages} passages)"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("zz-broken.txt:5: this question has no answer"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("1 interviews, {passages} passages")),
        "{stdout}"
    );
}

#[test]
fn index_writes_and_then_reuses_a_persisted_index() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let with_index = |args: &[&str]| run(bot(dir.path()).env("INDEX_DIR", &index).args(args));
    let first = with_index(&["index"]);
    assert_eq!(first.code, Some(0));
    assert!(first.stdout.contains("index built in"));
    let second = with_index(&["index"]);
    assert!(second
        .stdout
        .contains("(interview files unchanged, not read again)"));
    let asked = with_index(&["ask", "--json", "Almagro"]);
    assert!(json_lines(&asked.stdout)[0]["results"][0]["text"]
        .as_str()
        .unwrap()
        .contains("Almagro"));
}

#[test]
fn eval_prints_the_quality_figures() {
    let questions = repo("tests/data/questions.jsonl");
    let output = run_args(&["eval", questions.to_str().unwrap()]);
    assert_eq!(output.code, Some(0));
    let stdout = output.stdout;
    for figure in [
        "hit@1:",
        "hit@3:",
        "MRR:",
        "out-of-scope abstained:",
        "in-scope wrongly abstained:",
    ] {
        assert!(stdout.contains(figure), "{stdout}");
    }
}

#[test]
fn report_summarises_the_feedback_log() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("feedback.jsonl");
    let engine_corpus = shipped_corpus();
    let almagro = engine_corpus
        .passages
        .iter()
        .filter(|p| engine_corpus.interview_of(p).id == "alba-tcp-sacha-llorenti")
        .find(|p| p.text.contains("Almagro"))
        .unwrap();
    let quote = engine_corpus.quote_id(almagro);
    let lines = [
        r#"{"kind":"unanswered","time":1,"question":"What about Bitcoin?"}"#.to_string(),
        r#"{"kind":"unanswered","time":2,"question":"bitcoin price"}"#.to_string(),
        format!(
            r#"{{"kind":"rated","time":3,"helpful":false,"question":"oas","quote":"{quote}"}}"#
        ),
        "not json".to_string(),
    ];
    std::fs::write(&log, lines.join("\n")).unwrap();

    let output = run(bot(dir.path()).env("FEEDBACK_LOG", &log).arg("report"));

    assert_eq!(output.code, Some(0));
    let stdout = output.stdout;
    assert!(stdout.contains("unanswered questions: 2"), "{stdout}");
    assert!(stdout.contains("2  bitcoin"), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "1 not helpful,   0 helpful  {quote}  “In our region, the greatest threat"
        )),
        "{stdout}"
    );
    assert!(stdout.contains("unreadable lines skipped: [4]"), "{stdout}");

    let missing = run(bot(dir.path()).env_remove("FEEDBACK_LOG").arg("report"));
    assert_eq!(missing.code, Some(2));
    assert!(missing.stderr.contains("FEEDBACK_LOG"));
}

#[test]
fn index_explain_shows_how_one_file_is_read_without_a_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let explain = |file: &Path| {
        run(bot(dir.path())
            .env("CORPUS_DIR", dir.path().join("missing"))
            .args(["index", "--explain"])
            .arg(file))
    };
    let stdout = explain(&repo("corpus/alba-tcp-sacha-llorenti.txt")).stdout;
    assert!(stdout.contains("Interviewee: Sacha Llorenti"), "{stdout}");
    assert!(stdout.contains("Questions: 7"), "{stdout}");
    assert!(
        stdout.contains("line 23: We called on the U.S."),
        "{stdout}"
    );

    let broken = dir.path().join("broken.txt");
    std::fs::write(&broken, "Title\n\nNo question at all.\n").unwrap();
    let output = explain(&broken);
    assert_eq!(output.code, Some(1), "a file that does not parse");
    assert!(output.stdout.contains("error: line 1: no questions found"));

    let output = explain(Path::new("/nonexistent/file.txt"));
    assert_eq!(output.code, Some(2), "an unreadable file");
}

#[test]
fn index_warns_about_an_interview_in_a_language_without_analysis_rules() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(
        corpus.join("weber.txt"),
        "+++\nlanguage = \"de\"\n+++\nGespräch mit Anna Weber\n\nEin Gespräch über Löhne.\n\n\
         Was verlangen die Gewerkschaften?\n\nHöhere Löhne, weil die Preise schneller steigen.\n",
    )
    .unwrap();
    let in_corpus = |args: &[&str]| run(bot(dir.path()).env("CORPUS_DIR", &corpus).args(args));

    let output = in_corpus(&["index"]);

    assert_eq!(output.code, Some(0));
    let stdout = output.stdout;
    assert!(
        stdout.contains("weber.txt: language `de` has no analysis rules"),
        "{stdout}"
    );
    let answer = in_corpus(&["ask", "--json", "Löhne Preise"]);
    let answers = json_lines(&answer.stdout);
    let text = answers[0]["results"][0]["text"].as_str().unwrap();
    assert!(text.starts_with("Höhere Löhne"), "found word for word");
}

#[test]
fn ask_json_gives_the_quote_ids_of_the_aligned_translations() {
    let question = "O que a ALBA pediu às autoridades dos Estados Unidos?";
    let output = run_args(&["ask", "--json", question]);
    assert_eq!(output.code, Some(0));
    let answers = json_lines(&output.stdout);
    let best = &answers[0]["results"][0];
    assert!(
        best["text"]
            .as_str()
            .unwrap()
            .starts_with("Nós pedimos às autoridades dos Estados Unidos"),
        "a Portuguese question is answered from the Portuguese version: {best}"
    );
    let translations = best["translations"].as_array().unwrap();
    assert_eq!(translations.len(), 1, "{best}");
    assert_eq!(translations[0]["language"], "en");
    let quote_id = translations[0]["quote_id"].as_str().unwrap();

    let corpus = shipped_corpus();
    let english = corpus.find_quote(quote_id).unwrap();
    assert!(
        english
            .text
            .starts_with("We called on the U.S. authorities to comply"),
        "{}",
        english.text
    );
}
