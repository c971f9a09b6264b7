//! Every archive interview parses to the structure its author wrote down in
//! `tests/data/golden/<id>.json`: title, names, introduction length, each question's opening
//! words and its answer's paragraph count, and no clutter line in any passage.

use std::path::{Path, PathBuf};

use interview_bot::corpus;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Golden {
    title: String,
    interviewee: String,
    interviewer: String,
    intro_paragraphs: usize,
    turns: Vec<GoldenTurn>,
    clutter: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct GoldenTurn {
    question: String,
    answer_paragraphs: usize,
    /// Who says each answer paragraph, when several people answer; empty when the
    /// interviewee says them all.
    #[serde(default)]
    speakers: Vec<String>,
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Compared as readers see them: non-breaking spaces as spaces, runs of spaces as one.
fn normal(text: &str) -> String {
    text.replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What differs between the parsed file and its golden structure; empty when they agree.
fn differences(path: &Path) -> Vec<String> {
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    let golden: Golden = serde_json::from_str(
        &std::fs::read_to_string(repo(&format!("tests/data/golden/{id}.json"))).unwrap(),
    )
    .unwrap();
    // Links between translations are read by the language support, not by the parser: the
    // link line is left out here so the text is checked on its own.
    let text = std::fs::read_to_string(path).unwrap();
    let text: String = text
        .lines()
        .filter(|line| !line.starts_with("translation_of"))
        .map(|line| format!("{line}\n"))
        .collect();
    let interview = match corpus::parse(&id, &text) {
        Ok(interview) => interview,
        Err(error) => {
            return vec![format!(
                "does not parse: line {}: {}",
                error.line, error.reason
            )]
        }
    };
    let mut found = Vec::new();
    let mut expect = |what: &str, got: String, want: String| {
        if normal(&got) != normal(&want) {
            found.push(format!("{what}: got {got:?}, want {want:?}"));
        }
    };
    expect("title", interview.title.clone(), golden.title.clone());
    expect(
        "interviewee",
        interview.interviewee().to_string(),
        golden.interviewee.clone(),
    );
    expect(
        "interviewer",
        interview.metadata.interviewer.clone().unwrap_or_default(),
        golden.interviewer.clone(),
    );
    expect(
        "intro paragraphs",
        interview.intro.len().to_string(),
        golden.intro_paragraphs.to_string(),
    );
    expect(
        "turns",
        interview.turns.len().to_string(),
        golden.turns.len().to_string(),
    );
    for (i, (turn, want)) in interview.turns.iter().zip(&golden.turns).enumerate() {
        if !normal(&turn.question).starts_with(&normal(&want.question)) {
            found.push(format!(
                "turn {}: question {:?}, want {:?}",
                i + 1,
                turn.question.chars().take(60).collect::<String>(),
                want.question
            ));
        }
        let said: Vec<&str> = (0..turn.answer.len())
            .map(|p| {
                turn.speakers
                    .get(p)
                    .and_then(Option::as_deref)
                    .unwrap_or_else(|| interview.interviewee())
            })
            .collect();
        if !want.speakers.is_empty() && said != want.speakers {
            found.push(format!(
                "turn {}: speakers {said:?}, want {:?}",
                i + 1,
                want.speakers
            ));
        }
        if turn.answer.len() != want.answer_paragraphs {
            found.push(format!(
                "turn {}: {} answer paragraphs, want {}",
                i + 1,
                turn.answer.len(),
                want.answer_paragraphs
            ));
        }
    }
    let passages = interview
        .intro
        .iter()
        .chain(interview.turns.iter().flat_map(|t| t.answer.iter()));
    for passage in passages {
        for clutter in &golden.clutter {
            if normal(passage).contains(&normal(clutter)) {
                found.push(format!("clutter quoted: {clutter:?}"));
            }
        }
    }
    found
}

fn archive_files() -> Vec<PathBuf> {
    let mut files = corpus::interview_files(&repo("tests/data/interviews")).unwrap();
    // The Portuguese translation is served from the shipped corpus.
    files.push(repo("corpus/alba-tcp-sacha-llorenti-pt.txt"));
    files
}

#[test]
fn every_archive_interview_parses_to_its_golden_structure() {
    let mut report = String::new();
    let mut failed = 0;
    for path in archive_files() {
        let differences = differences(&path);
        let name = path.file_name().unwrap().to_string_lossy();
        if differences.is_empty() {
            report.push_str(&format!("ok   {name}\n"));
        } else {
            failed += 1;
            report.push_str(&format!("FAIL {name}\n"));
            for difference in differences {
                report.push_str(&format!("       {difference}\n"));
            }
        }
    }
    println!("{report}");
    assert_eq!(failed, 0, "files off their golden structure:\n{report}");
}
