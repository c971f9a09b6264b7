//! `index --explain FILE`: how one interview file was read, so an operator checks a new file in
//! seconds. Pure: text in, report out. The report lists the title, who is who (and where each
//! name came from), every question with its line, its answer's paragraph count and the first
//! words of each passage, what was dropped as clutter and why, then warnings with a line and a
//! fix for what looks wrong.

use std::fmt::Write;

pub use super::checks::Warning;
use super::parse::{read, ParseError};
use super::reading::{Clutter, Dropped, NameSource, Reading};
use super::underlined::underline_mark;
use warnings::warnings;

mod misreadings;
mod warnings;

/// Words of each passage shown in the report: enough to recognise it in the file.
const OPENING_WORDS: usize = 8;

/// Line numbers listed in the note on repaired letters: enough to find the damage in the
/// file, few enough to keep the note on one line (a damaged file has it on most lines).
const REPAIRED_LINES_SHOWN: usize = 8;

/// The report on one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// The human-readable report, ending with a newline.
    pub text: String,
    /// Things that look wrong, each with its line and a fix.
    pub warnings: Vec<Warning>,
    /// The file could not be read as an interview at all.
    pub error: Option<ParseError>,
}

impl Explanation {
    /// True when the file parsed and nothing looks wrong.
    pub fn is_clean(&self) -> bool {
        self.error.is_none() && self.warnings.is_empty()
    }
}

/// Parses `text` (an interview file whose id is `id`) and explains how it was read.
pub fn explain_text(id: &str, text: &str) -> Explanation {
    // The index reads the file repaired (see [`super::files::load_file`]): so does the report,
    // which says where.
    let repaired = super::mojibake::repair(text);
    let text = repaired.as_ref().map_or(text, |r| r.text.as_str());
    match read(id, text) {
        Ok(reading) => {
            let mut explanation = explain(&reading, text);
            if let Some(repaired) = &repaired {
                explanation.text.push_str(&repair_note(&repaired.lines));
            }
            explanation
        }
        Err(error) => Explanation {
            text: format!("error: line {}: {}\n", error.line, error.reason),
            warnings: Vec::new(),
            error: Some(error),
        },
    }
}

/// Says which lines held letters written in the wrong encoding and read repaired: the quotes
/// are right, but the file is worth saving again from its source.
fn repair_note(lines: &[usize]) -> String {
    let shown: Vec<String> = lines
        .iter()
        .take(REPAIRED_LINES_SHOWN)
        .map(usize::to_string)
        .collect();
    let more = if lines.len() > shown.len() {
        ", …"
    } else {
        ""
    };
    format!(
        "Repaired: letters saved as UTF-8 read as Windows-1252 (\"Ã¡\" for \"á\") on {} line(s): {}{more}\n",
        lines.len(),
        shown.join(", ")
    )
}

/// Renders how a file was read (from `text`), with its warnings.
pub fn explain(reading: &Reading, text: &str) -> Explanation {
    let warnings = warnings(reading, text);
    let mut text = String::new();
    describe_people(reading, &mut text);
    describe_turns(reading, &mut text);
    describe_dropped(reading, &mut text);
    if warnings.is_empty() {
        text.push_str("No warnings.\n");
    } else {
        let _ = writeln!(text, "Warnings: {}", warnings.len());
        for warning in &warnings {
            let _ = writeln!(
                text,
                "  line {}: {}\n    fix: {}",
                warning.line, warning.message, warning.fix
            );
        }
    }
    Explanation {
        text,
        warnings,
        error: None,
    }
}

fn describe_people(reading: &Reading, out: &mut String) {
    let interview = &reading.interview;
    let title_from = match (&interview.metadata.title, reading.title_line) {
        (Some(_), _) => "front matter".to_string(),
        (None, Some(line)) => format!("line {line}"),
        (None, None) => "file name".to_string(),
    };
    let _ = writeln!(out, "Title: {} ({title_from})", interview.title);
    let _ = writeln!(out, "Layout: {}", reading.layout);
    let name = |name: &Option<String>, source: &NameSource| match name {
        Some(name) => format!("{name} ({source})"),
        None => "unknown (add it to the front matter)".to_string(),
    };
    let _ = writeln!(
        out,
        "Interviewee: {}",
        name(&interview.metadata.interviewee, &reading.interviewee_source)
    );
    let _ = writeln!(
        out,
        "Interviewer: {}",
        name(&interview.metadata.interviewer, &reading.interviewer_source)
    );
    for speaker in &reading.speakers {
        let _ = writeln!(
            out,
            "  label '{}' = {} ({}, first on line {})",
            speaker.label,
            speaker.role,
            paragraphs(speaker.count),
            speaker.line
        );
    }
}

/// "1 paragraph", "3 paragraphs".
fn paragraphs(count: usize) -> String {
    match count {
        1 => "1 paragraph".to_string(),
        _ => format!("{count} paragraphs"),
    }
}

fn describe_turns(reading: &Reading, out: &mut String) {
    let interview = &reading.interview;
    let _ = writeln!(
        out,
        "Introduction: {} (attributed to the publisher)",
        paragraphs(interview.intro.len())
    );
    for (text, line) in interview.intro.iter().zip(&reading.intro_lines) {
        let _ = writeln!(out, "    line {line}: {}", opening(text));
    }
    let _ = writeln!(out, "Questions: {}", interview.turns.len());
    for (number, (turn, lines)) in interview.turns.iter().zip(&reading.turn_lines).enumerate() {
        let _ = writeln!(
            out,
            "  {}. line {}: {} — {}",
            number + 1,
            lines.question,
            opening(&turn.question),
            paragraphs(turn.answer.len())
        );
        for (i, (text, line)) in turn.answer.iter().zip(&lines.answer).enumerate() {
            // Another answerer than the interviewee is named on the paragraph.
            let speaker = turn.speakers.get(i).and_then(Option::as_deref);
            let said_by = speaker.map(|name| format!("({name}) ")).unwrap_or_default();
            let _ = writeln!(out, "    line {line}: {said_by}{}", opening(text));
        }
    }
}

fn describe_dropped(reading: &Reading, out: &mut String) {
    let _ = writeln!(out, "Dropped as clutter: {}", reading.dropped.len());
    for dropped in &reading.dropped {
        let _ = writeln!(
            out,
            "    line {}: {:?} — {}",
            dropped.line,
            dropped.text,
            dropped_reason(dropped)
        );
    }
}

/// Why a line was dropped, in the report's words. A line of `=` or `-` dropped as markup is
/// the underline of the heading on the line above it (a setext heading), not a publishing
/// tool's shortcode: the report says which line it underlined, so the operator sees the
/// heading was read as one.
fn dropped_reason(dropped: &Dropped) -> String {
    match underline_mark(dropped.text.trim()) {
        Some(level) if dropped.reason == Clutter::Markup => format!(
            "underline of the heading on line {} (a level-{level} heading, typography, not text)",
            dropped.line.saturating_sub(1)
        ),
        _ => dropped.reason.to_string(),
    }
}

/// The first words of a passage, with an ellipsis when there is more.
fn opening(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut shown = words[..words.len().min(OPENING_WORDS)].join(" ");
    if words.len() > OPENING_WORDS {
        shown.push('…');
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repair_note_lists_a_few_lines_then_an_ellipsis() {
        let lines: Vec<usize> = (1..=20).collect();
        let note = repair_note(&lines);
        assert!(
            note.contains("on 20 line(s): 1, 2, 3, 4, 5, 6, 7, 8, …"),
            "{note}"
        );
        assert!(repair_note(&[3, 9]).ends_with(": 3, 9\n"));
    }

    #[test]
    fn a_clean_file_lists_title_people_questions_and_passages() {
        let text = "+++\ninterviewee = \"Jane Doe\"\ninterviewer = \"Tom\"\n+++\nBig Talk\n\n\
                    Intro paragraph.\n\nWhy now, after all these years?\n\n\
                    Because the time has come and we are ready for it.\n\nAnd then what happens?\n\n\
                    Then the work starts, and it takes a long time to do it well.";
        let explanation = explain_text("x", text);
        assert!(explanation.is_clean(), "{}", explanation.text);
        assert!(explanation.text.contains("Title: Big Talk (line 5)"));
        assert!(explanation
            .text
            .contains("Interviewee: Jane Doe (front matter)"));
        assert!(explanation
            .text
            .contains("1. line 9: Why now, after all these years? — 1 paragraph"));
        assert!(explanation
            .text
            .contains("line 11: Because the time has come and we are…"));
    }

    #[test]
    fn text_in_the_wrong_encoding_is_read_repaired_and_the_lines_named() {
        let text = "Title\n\nO que Ã© o porto?\n\nUm lugar de trabalho, nÃ£o de passeio.\n\n\
                    E o mar?\n\nO mar Ã© de todos.";
        let explanation = explain_text("x", text);
        assert!(
            explanation.text.contains("O que é o porto?"),
            "{}",
            explanation.text
        );
        assert!(
            explanation.text.contains("on 3 line(s): 3, 5, 9"),
            "{}",
            explanation.text
        );
    }

    #[test]
    fn the_corpus_reader_never_quotes_loose_metadata() {
        let text = "<!--\nlayout: post\ntitle: Conversa sobre barcos\n-->\n\
            A Rita Moura faz barcos de madeira há vinte anos.\n\n\
            ## Como começou?\n\nCom o meu avô, no estaleiro do rio.\n";
        let interview = read("x", text).unwrap().interview;
        assert_eq!(interview.title, "Conversa sobre barcos");
        assert!(interview.intro.iter().all(|p| !p.contains("layout")));
        assert_eq!(interview.turns.len(), 1);
    }

    #[test]
    fn a_file_that_does_not_parse_reports_the_error_line() {
        let explanation = explain_text("x", "Title\n\nNo questions here.\n");
        assert!(!explanation.is_clean());
        assert_eq!(explanation.error.as_ref().map(|e| e.line), Some(1));
        assert!(explanation.text.starts_with("error: line 1:"));
    }

    #[test]
    fn an_underline_is_explained_as_the_heading_it_underlines() {
        let text = "The Clay Diggers\n================\n\nWhy the river?\n\n\
                    Because the bank is grey and soft there every spring.\n\nAnd now?\n\n\
                    Now I dig it with my daughter, every April.";
        let explanation = explain_text("x", text);
        assert!(
            explanation
                .text
                .contains("line 2: \"================\" — underline of the heading on line 1"),
            "{}",
            explanation.text
        );
        assert!(
            !explanation.text.contains("shortcode"),
            "{}",
            explanation.text
        );
        let shortcode = Dropped {
            line: 4,
            text: "{{< figure src=\"a.jpg\" >}}".into(),
            reason: Clutter::Markup,
        };
        assert_eq!(dropped_reason(&shortcode), Clutter::Markup.to_string());
    }
}
