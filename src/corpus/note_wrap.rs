//! An editors' note wrapped over two lines of one paragraph, as plain-text and Markdown pages
//! wrap their prose at a fixed width ("This interview has been lightly edited for clarity, but
//! kept close to the" / "original conversation."). The line rule drops the note's first line,
//! which holds its words; the rest of the sentence, on the next line, goes with it instead of
//! being read as a paragraph of the introduction.
//!
//! Told by shape: the dropped note's line closes no sentence, and the next line, with no
//! blank line between, carries the sentence on in lower case.

use super::clean::line_clutter;
use super::reading::Clutter;

/// The lines (by index) that carry on an editors' note dropped on the line above: each
/// follows a note's line (or another of these) that closes no sentence, and opens in lower
/// case.
pub fn note_continuations(lines: &[(usize, &str)]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut in_note = false;
    for (k, (_, line)) in lines.iter().enumerate() {
        let carried = in_note && opens_in_lower_case(line);
        if carried {
            found.push(k);
        }
        let note = carried || line_clutter(line) == Some(Clutter::EditorsNote);
        in_note = note && !closes_sentence(line);
    }
    found
}

/// The line opens with a lower-case letter, past any emphasis mark: the middle of a sentence.
fn opens_in_lower_case(line: &str) -> bool {
    let mut letters = line.trim_start_matches(['*', '_']).chars();
    letters.next().is_some_and(char::is_lowercase)
}

/// The line ends a sentence (or the emphasis around one).
fn closes_sentence(line: &str) -> bool {
    let line = line.trim_end().trim_end_matches(['*', '_', ')', ']']);
    line.is_empty() || line.ends_with(['.', '!', '?', '…', '"', '”', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered<'a>(lines: &[&'a str]) -> Vec<(usize, &'a str)> {
        lines.iter().copied().enumerate().collect()
    }

    #[test]
    fn the_wrapped_end_of_an_editors_note_goes_with_it() {
        let lines = numbered(&[
            "# Talking kilns",
            "",
            "This conversation has been edited for clarity, and for the sake of",
            "brevity and of the reader.",
            "",
            "**When did you start?**",
        ]);
        assert_eq!(note_continuations(&lines), [3]);
    }

    #[test]
    fn a_note_closing_its_sentence_or_a_capitalised_next_line_stands_alone() {
        let closed = numbered(&[
            "This interview has been edited for length.",
            "and then some words in lower case",
        ]);
        assert!(note_continuations(&closed).is_empty());
        let capital = numbered(&[
            "This interview has been edited for length and",
            "Ana said so.",
        ]);
        assert!(note_continuations(&capital).is_empty());
        let blank = numbered(&["This interview has been edited for length and", "", "more."]);
        assert!(note_continuations(&blank).is_empty());
    }
}
