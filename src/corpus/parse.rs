//! Turns the text of one published interview into an [`Interview`].
//!
//! Two layouts are understood, both with paragraphs separated by blank lines:
//! - **As published**: the first paragraph is the title (a repeated headline right after it is
//!   skipped), then introduction paragraphs, then questions (paragraphs ending with `?`, possibly
//!   opened by the interviewer's label such as `Brasil de Fato:`), each followed by its answer
//!   paragraphs (the first possibly opened by the interviewee's label, `Sacha Llorenti :`).
//! - **Explicit labels**: questions start with `Q:` and answers with `A:`; unlabelled paragraphs
//!   continue whatever came before. Used as soon as one paragraph starts with `Q:`, so a rhetorical
//!   `?` inside an answer cannot split it.
//!
//! Paragraph text is kept verbatim (non-breaking spaces, curly quotes) apart from trimming and
//! removing speaker labels; the line of every paragraph is remembered for error messages.

use super::reading::{Layout, NameSource, Reading, TurnLines};
use super::{Interview, Metadata, Turn};

/// Front matter delimiter, as in Hugo and Zola.
const FRONT_MATTER_FENCE: &str = "+++";

/// A speaker label is the text before a colon near the start of a paragraph; past this many
/// bytes a colon belongs to the sentence.
const MAX_LABEL_BYTES: usize = 60;

/// Lowercase words allowed inside a name-like label ("Brasil de Fato", "Ludwig van Beethoven").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "y", "e",
    "al", "bin", "of", "the",
];

/// Why a text is not a valid interview, with the 1-based line to look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Line in the file (front matter included).
    pub line: usize,
    /// What is wrong and how to fix it.
    pub reason: String,
}

impl ParseError {
    fn new(line: usize, reason: impl Into<String>) -> ParseError {
        ParseError {
            line,
            reason: reason.into(),
        }
    }
}

/// A block of text between blank lines, joined into one line.
#[derive(Debug)]
struct Paragraph {
    text: String,
    line: usize,
}

/// The role a speaker label gives a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label<'a> {
    /// `Q:` or `Question:`.
    Question,
    /// `A:` or `Answer:`.
    Answer,
    /// A person's or outlet's name.
    Speaker(&'a str),
}

/// Parses the text of one interview file. `id` becomes [`Interview::id`].
///
/// # Errors
/// A [`ParseError`] naming the line when the front matter is invalid, the text is empty, no
/// question is found, or a question has no answer.
pub fn parse(id: &str, text: &str) -> Result<Interview, ParseError> {
    read(id, text).map(|reading| reading.interview)
}

/// Parses like [`parse`] and keeps what `index --explain` shows: lines, layout, name sources.
///
/// # Errors
/// As [`parse`].
pub fn read(id: &str, text: &str) -> Result<Reading, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (metadata, body, body_line) = split_front_matter(text)?;
    let paragraphs = paragraphs(body, body_line);
    if paragraphs.is_empty() {
        return Err(ParseError::new(
            body_line,
            "the interview text is empty: expected a title, an introduction, then questions and answers",
        ));
    }
    let explicit = paragraphs
        .iter()
        .any(|p| matches!(speaker_label(&p.text, &[]), Some((Label::Question, _))));

    let mut rest = paragraphs.into_iter().peekable();
    let title_line = if explicit && starts_with_qa_label(&rest.peek().expect("non-empty").text) {
        None
    } else {
        rest.next().map(|p| (p.text, p.line))
    };
    let (title_line, title_line_number) = match title_line {
        Some((text, line)) => (Some(text), Some(line)),
        None => (None, None),
    };
    if let Some(title) = &title_line {
        while rest
            .next_if(|p| is_repeated_headline(&p.text, title))
            .is_some()
        {}
    }

    let mut known_speakers: Vec<String> = [
        &metadata.interviewee,
        &metadata.interviewer,
        &metadata.outlet,
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect();
    let mut intro = Vec::new();
    let mut intro_lines = Vec::new();
    let mut turn_lines: Vec<TurnLines> = Vec::new();
    let mut turns: Vec<Turn> = Vec::new();
    // In explicit mode, unlabelled paragraphs after `Q:` extend the question until `A:` comes.
    let mut answer_started = false;

    for paragraph in rest {
        let label = speaker_label(&paragraph.text, &known_speakers);
        let body = label.map_or(paragraph.text.as_str(), |(_, body)| body);
        let starts_question = match label {
            Some((Label::Question, _)) => true,
            Some((Label::Answer, _)) => false,
            _ if explicit => false,
            Some((Label::Speaker(name), _)) => {
                is_interviewer(name, &metadata)
                    || (!is_interviewee(name, &metadata) && ends_with_question_mark(body))
            }
            None => ends_with_question_mark(body),
        };

        if starts_question {
            if let Some((Label::Speaker(name), _)) = label {
                if !known_speakers.iter().any(|k| k == name) {
                    known_speakers.push(name.to_string());
                }
            }
            match turns.last_mut() {
                // A question split over two paragraphs, or two questions asked in a row.
                Some(turn) if turn.answer.is_empty() => {
                    turn.question.push(' ');
                    turn.question.push_str(body);
                }
                _ => {
                    turns.push(Turn {
                        question: body.to_string(),
                        answer: Vec::new(),
                        line: paragraph.line,
                    });
                    turn_lines.push(TurnLines {
                        question: paragraph.line,
                        answer: Vec::new(),
                    });
                }
            }
            answer_started = false;
            continue;
        }

        let Some(turn) = turns.last_mut() else {
            if matches!(label, Some((Label::Answer, _))) {
                return Err(ParseError::new(
                    paragraph.line,
                    "an answer labelled 'A:' comes before any question: add the 'Q:' paragraph it answers",
                ));
            }
            intro.push(paragraph.text);
            intro_lines.push(paragraph.line);
            continue;
        };
        if explicit && label.is_none() && !answer_started {
            turn.question.push(' ');
            turn.question.push_str(body);
            continue;
        }
        answer_started = true;
        // A name before a colon is the speaker's label only where a label can stand: at the
        // start of the answer, or when it names a known speaker. Elsewhere ("Latin America:
        // ...") it is part of the text.
        let text = match label {
            Some((Label::Speaker(name), body)) => {
                let known = known_speakers.iter().any(|k| same_person(name, Some(k)));
                if turn.answer.is_empty() || known {
                    if !known {
                        known_speakers.push(name.to_string());
                    }
                    body
                } else {
                    paragraph.text.as_str()
                }
            }
            _ => body,
        };
        turn.answer.push(text.to_string());
        if let Some(lines) = turn_lines.last_mut() {
            lines.answer.push(paragraph.line);
        }
    }

    if turns.is_empty() {
        return Err(ParseError::new(
            body_line,
            "no questions found: a question is a paragraph ending with '?' (optionally opened by the \
             interviewer's name and a colon) or a paragraph starting with 'Q:'",
        ));
    }
    if let Some(unanswered) = turns.iter().find(|t| t.answer.is_empty()) {
        return Err(ParseError::new(
            unanswered.line,
            "this question has no answer: the paragraphs after a question are its answer",
        ));
    }

    let title = metadata
        .title
        .clone()
        .or(title_line)
        .unwrap_or_else(|| id.to_string());
    let source = |name: &Option<String>| {
        if name.is_some() {
            NameSource::FrontMatter
        } else {
            NameSource::Unknown
        }
    };
    Ok(Reading {
        layout: if explicit {
            Layout::Labels
        } else {
            Layout::QuestionMarks
        },
        title_line: title_line_number,
        intro_lines,
        turn_lines,
        interviewee_source: source(&metadata.interviewee),
        interviewer_source: source(&metadata.interviewer),
        speakers: Vec::new(),
        dropped: Vec::new(),
        interview: Interview {
            id: id.to_string(),
            source: Default::default(),
            metadata,
            title,
            intro,
            turns,
        },
    })
}

/// Splits an optional `+++` TOML block from the text. Returns the metadata, the body and the
/// line number the body starts on.
fn split_front_matter(text: &str) -> Result<(Metadata, &str, usize), ParseError> {
    let first_line = text.lines().next().unwrap_or_default();
    if first_line.trim() != FRONT_MATTER_FENCE {
        return Ok((Metadata::default(), text, 1));
    }
    let after_open = &text[first_line.len()..];
    let after_open = after_open
        .strip_prefix("\r\n")
        .or_else(|| after_open.strip_prefix('\n'))
        .unwrap_or(after_open);
    let mut offset = 0;
    let mut line_count = 0;
    for line in after_open.split_inclusive('\n') {
        line_count += 1;
        if line.trim() == FRONT_MATTER_FENCE {
            let toml_text = &after_open[..offset];
            let metadata = toml::from_str::<Metadata>(toml_text).map_err(|e| {
                let line = e
                    .span()
                    .map_or(0, |span| toml_text[..span.start].matches('\n').count());
                ParseError::new(
                    2 + line,
                    format!("invalid front matter: {}", e.message().trim_end()),
                )
            })?;
            return Ok((metadata, &after_open[offset + line.len()..], 2 + line_count));
        }
        offset += line.len();
    }
    Err(ParseError::new(
        1,
        "the front matter opened with '+++' is never closed: add a line with '+++' after the metadata",
    ))
}

/// Cuts the body into paragraphs at blank lines. A text without any blank line between its
/// lines is read as one paragraph per line, as some sites publish it that way.
fn paragraphs(body: &str, first_line: usize) -> Vec<Paragraph> {
    let lines: Vec<(usize, &str)> = body
        .lines()
        .enumerate()
        .map(|(i, line)| (first_line + i, line.trim()))
        .collect();
    // Only blank lines between text count: a trailing or leading one says nothing.
    let first_text = lines.iter().position(|(_, l)| !l.is_empty());
    let last_text = lines.iter().rposition(|(_, l)| !l.is_empty());
    let has_blank_separator = match (first_text, last_text) {
        (Some(first), Some(last)) => lines[first..=last].iter().any(|(_, l)| l.is_empty()),
        _ => false,
    };

    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut open = false;
    for (line_number, line) in lines {
        if line.is_empty() {
            open = false;
            continue;
        }
        match paragraphs.last_mut() {
            Some(paragraph) if open && has_blank_separator => {
                paragraph.text.push(' ');
                paragraph.text.push_str(line);
            }
            _ => paragraphs.push(Paragraph {
                text: line.to_string(),
                line: line_number,
            }),
        }
        open = true;
    }
    paragraphs
}

/// Finds a speaker label (`Name:`, `Name :`, `Q:`, `A:`) at the start of a paragraph and returns
/// it with the text after it. Single-word names count only when they are part of a known
/// speaker's name, so a sentence such as "Therefore: ..." keeps its first word.
fn speaker_label<'a>(
    paragraph: &'a str,
    known_speakers: &[String],
) -> Option<(Label<'a>, &'a str)> {
    let colon = paragraph.find(':').filter(|&i| i <= MAX_LABEL_BYTES)?;
    let label = paragraph[..colon].trim();
    let body = paragraph[colon + 1..].trim();
    if label.is_empty() || body.is_empty() {
        return None;
    }
    let kind = match label.to_lowercase().as_str() {
        "q" | "question" => Label::Question,
        "a" | "answer" => Label::Answer,
        _ if is_name_like(label, known_speakers) => Label::Speaker(label),
        _ => return None,
    };
    Some((kind, body))
}

fn starts_with_qa_label(paragraph: &str) -> bool {
    matches!(
        speaker_label(paragraph, &[]),
        Some((Label::Question | Label::Answer, _))
    )
}

fn is_name_like(label: &str, known_speakers: &[String]) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let capitalised = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    let clean = !label.contains(['.', ',', ';', '!', '?', '"', '“', '”', '(', ')', '[', ']']);
    let shaped = (1..=5).contains(&words.len())
        && capitalised(words[0])
        && words
            .iter()
            .all(|w| capitalised(w) || NAME_PARTICLES.contains(&w.to_lowercase().as_str()));
    if !(clean && shaped) {
        return false;
    }
    words.len() > 1
        || known_speakers.iter().any(|known| {
            known
                .split_whitespace()
                .any(|part| part.eq_ignore_ascii_case(label))
        })
}

fn same_person(label: &str, name: Option<&String>) -> bool {
    let simplify = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    name.is_some_and(|name| {
        let (label, name) = (simplify(label), simplify(name));
        label == name || name.split(' ').any(|part| part == label)
    })
}

fn is_interviewer(label: &str, metadata: &Metadata) -> bool {
    same_person(label, metadata.interviewer.as_ref())
        || same_person(label, metadata.outlet.as_ref())
}

fn is_interviewee(label: &str, metadata: &Metadata) -> bool {
    same_person(label, metadata.interviewee.as_ref())
}

/// True when the paragraph ends with a question mark, ignoring closing quotes and brackets.
fn ends_with_question_mark(paragraph: &str) -> bool {
    paragraph
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)]".contains(c))
        .ends_with(['?', '？'])
}

/// A headline repeating the title (the page title often adds " - Site" to it). Compared on
/// letters and digits only, so straight and curly quotes do not matter.
fn is_repeated_headline(paragraph: &str, title: &str) -> bool {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (letters(paragraph), letters(title));
    a.chars().count() >= 8 && b.chars().count() >= 8 && (a.starts_with(&b) || b.starts_with(&a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Interview {
        parse("test", text).unwrap_or_else(|e| panic!("line {}: {}", e.line, e.reason))
    }

    #[test]
    fn published_layout_with_labels_nbsp_and_headline() {
        let text =
            "Big Talk Today - Site\n\nBig ‘Talk’ Today\n\nStandfirst line\n\nIntro paragraph.\n\n\
                    Outlet\u{a0}Name: Why now?\n\nJane\u{a0}Doe\u{a0}: Because.\n\nMore.\n\n\
                    And then?\n\nThen this.";
        let interview = parse_ok(text);
        assert_eq!(interview.title, "Big Talk Today - Site");
        assert_eq!(interview.intro, ["Standfirst line", "Intro paragraph."]);
        assert_eq!(interview.turns.len(), 2);
        assert_eq!(interview.turns[0].question, "Why now?");
        assert_eq!(interview.turns[0].answer, ["Because.", "More."]);
        assert_eq!(interview.turns[0].line, 9);
        assert_eq!(interview.turns[1].question, "And then?");
        assert_eq!(interview.turns[1].answer, ["Then this."]);
    }

    #[test]
    fn front_matter_sets_metadata_and_title() {
        let text = "+++\ntitle = \"Shown\"\ninterviewee = \"Jane Doe\"\n+++\nRaw title\n\nWhy?\n\nBecause.\n";
        let interview = parse_ok(text);
        assert_eq!(interview.title, "Shown");
        assert_eq!(interview.interviewee(), "Jane Doe");
        assert_eq!(interview.turns[0].line, 7);
    }

    #[test]
    fn explicit_labels_allow_questions_without_question_marks_and_rhetorical_answers() {
        let text = "Title\n\nIntro.\n\nQ: Tell us about the plan.\n\nIn detail, please.\n\n\
                    A: Who knows?\n\nWe do.\n\nQ: Next\n\nA: Fine.";
        let interview = parse_ok(text);
        assert_eq!(interview.intro, ["Intro."]);
        assert_eq!(interview.turns.len(), 2);
        assert_eq!(
            interview.turns[0].question,
            "Tell us about the plan. In detail, please."
        );
        assert_eq!(interview.turns[0].answer, ["Who knows?", "We do."]);
        assert_eq!(interview.turns[1].answer, ["Fine."]);
    }

    #[test]
    fn explicit_file_may_start_with_a_question() {
        let interview = parse_ok("Q: First?\nA: Yes.\nQ: Second?\nA: No.");
        assert_eq!(interview.title, "test");
        assert_eq!(interview.turns.len(), 2);
        assert_eq!(interview.turns[1].answer, ["No."]);
    }

    #[test]
    fn lines_without_blank_separators_are_paragraphs_and_wrapped_lines_are_joined() {
        let unseparated = parse_ok("Title\nIntro.\nWhy?\nBecause.\r\nAlso.");
        assert_eq!(unseparated.turns[0].answer, ["Because.", "Also."]);
        let wrapped = parse_ok("Title\n\nIntro\nwraps.\n\nWhy\nnot?\n\nBecause\nso.\n");
        assert_eq!(wrapped.intro, ["Intro wraps."]);
        assert_eq!(wrapped.turns[0].question, "Why not?");
        assert_eq!(wrapped.turns[0].answer, ["Because so."]);
    }

    #[test]
    fn name_like_prefixes_inside_answers_are_text_not_labels() {
        let interview = parse_ok(
            "T\n\nWhy?\n\nJane Doe: First.\n\nLatin America: a region.\n\nJane Doe: Again.",
        );
        assert_eq!(
            interview.turns[0].answer,
            ["First.", "Latin America: a region.", "Again."]
        );
    }

    #[test]
    fn a_trailing_blank_line_keeps_one_paragraph_per_line() {
        let interview = parse_ok("Title\nIntro.\nWhy?\nBecause.\n\n");
        assert_eq!(interview.turns[0].answer, ["Because."]);
    }

    #[test]
    fn colon_sentences_are_not_labels() {
        let interview = parse_ok("T\n\nWhy?\n\nIn short: it works.\n\nTherefore: more.");
        assert_eq!(
            interview.turns[0].answer,
            ["In short: it works.", "Therefore: more."]
        );
    }

    #[test]
    fn consecutive_questions_merge_into_one() {
        let interview = parse_ok("T\n\nFirst part?\n\nSecond part?\n\nAnswer.");
        assert_eq!(interview.turns[0].question, "First part? Second part?");
    }

    #[test]
    fn errors_name_the_line_and_the_fix() {
        let cases = [
            ("", 1, "empty"),
            ("   \n\u{a0}\n", 1, "empty"),
            ("Title\n\nNo questions here.\n", 1, "no questions found"),
            ("Title\n\nIntro.\n\nWhy?\n", 5, "no answer"),
            ("+++\ntitle = \"x\"\n", 1, "never closed"),
            (
                "+++\ntitle = \"x\"\nauthor = 3\n+++\nT\n\nQ?\n\nA.",
                3,
                "invalid front matter",
            ),
            (
                "Title\n\nA: orphan answer\n\nQ: q\n\nA: a",
                3,
                "before any question",
            ),
        ];
        for (text, line, reason) in cases {
            let error = parse("x", text).expect_err(text);
            assert_eq!(error.line, line, "{text:?}: {error:?}");
            assert!(error.reason.contains(reason), "{text:?}: {error:?}");
        }
    }

    #[test]
    fn question_marks_before_closing_quotes_count() {
        assert!(ends_with_question_mark("He asked “why?”"));
        assert!(ends_with_question_mark("Why? "));
        assert!(!ends_with_question_mark("Because."));
    }
}
