//! Terminal output for `ask`: the quote, who said it answering what, and the interview.

use std::fmt::Write;

use super::marks::wrap_for;
use crate::search::{Abstention, Hit, SearchOutcome};

/// How matched words are marked in the quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    /// No marking (pipes, files).
    None,
    /// ANSI bold, for a terminal.
    Ansi,
}

/// Renders every hit, or an honest "no good answer" with the reason.
pub fn render(outcome: &SearchOutcome<'_>, emphasis: Emphasis) -> String {
    let mut out = String::new();
    if outcome.hits.is_empty() {
        out.push_str(match outcome.abstention {
            Some(Abstention::NoSearchableWords) => {
                "Nothing to search for: ask a question with a few words about the interview.\n"
            }
            _ => "No passage of the interviews answers that. Try other words, or ask about something the interviewee discussed.\n",
        });
        return out;
    }
    let numbered = outcome.hits.len() > 1;
    for (i, hit) in outcome.hits.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let prefix = if numbered {
            format!("{}. ", i + 1)
        } else {
            String::new()
        };
        render_hit(&mut out, &prefix, hit, emphasis);
    }
    out
}

fn render_hit(out: &mut String, prefix: &str, hit: &Hit<'_>, emphasis: Emphasis) {
    let _ = writeln!(
        out,
        "{prefix}{}",
        quoted(&hit.passage.text, &hit.highlights, emphasis)
    );
    let interviewee = hit.interview.speaker(hit.passage);
    let _ = match hit.question {
        Some(question) => writeln!(out, "   — {interviewee}, answering: {question}"),
        // The introduction is the publisher's, not the interviewee's words.
        None => writeln!(
            out,
            "   — from the publisher’s introduction to the interview with {interviewee}"
        ),
    };
    let outlet = hit
        .interview
        .metadata
        .outlet
        .as_deref()
        .map(|o| format!(" ({o})"))
        .unwrap_or_default();
    let _ = writeln!(out, "   {}{outlet}", hit.interview.title);
}

/// The passage with its matched words marked, in quotation marks: its own if it brings them.
fn quoted(text: &str, highlights: &[std::ops::Range<usize>], emphasis: Emphasis) -> String {
    wrap_for(text).around(&emphasize(text, highlights, emphasis))
}

/// Wraps highlighted byte ranges in ANSI bold. Ranges are sorted and on char boundaries.
pub fn emphasize(text: &str, highlights: &[std::ops::Range<usize>], emphasis: Emphasis) -> String {
    if emphasis == Emphasis::None {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + highlights.len() * 8);
    let mut at = 0;
    for range in highlights {
        if range.start < at || range.end > text.len() {
            continue;
        }
        out.push_str(&text[at..range.start]);
        out.push_str("\x1b[1m");
        out.push_str(&text[range.clone()]);
        out.push_str("\x1b[0m");
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_wraps_ranges_in_multibyte_text() {
        let text = "Bolívar and Martí’s dream";
        assert_eq!(
            emphasize(text, &[0..8, 13..23], Emphasis::Ansi),
            "\x1b[1mBolívar\x1b[0m and \x1b[1mMartí’s\x1b[0m dream"
        );
        assert_eq!(emphasize(text, &[0..8, 9..12], Emphasis::None), text);
    }

    #[test]
    fn a_passage_in_its_own_marks_is_not_quoted_twice_and_keeps_its_highlights() {
        let at = |text: &str, word: &str| {
            let start = text.find(word).unwrap();
            start..start + word.len()
        };
        let own = "“Eu remo todo dia, com chuva ou sol.”";
        let bold = quoted(own, &[at(own, "remo"), at(own, "sol")], Emphasis::Ansi);
        assert_eq!(
            bold,
            "“Eu \x1b[1mremo\x1b[0m todo dia, com chuva ou \x1b[1msol\x1b[0m.”"
        );
        assert_eq!(quoted(own, &[], Emphasis::None), own);
        let phrase = "«Sol», disse ela, e remou.";
        assert_eq!(
            quoted(
                phrase,
                &[at(phrase, "Sol"), at(phrase, "remou")],
                Emphasis::Ansi
            ),
            "“«\x1b[1mSol\x1b[0m», disse ela, e \x1b[1mremou\x1b[0m.”"
        );
    }

    #[test]
    fn overlapping_or_out_of_range_highlights_are_skipped() {
        assert_eq!(
            emphasize("abc", &[0..2, 1..3, 2..9], Emphasis::Ansi),
            "\x1b[1mab\x1b[0mc"
        );
    }
}
