//! Speakers named on a line of their own in ordinary case, without a colon, as podcast
//! transcripts set them (`Tom` / the words / `Ida Brenn` / the words): a name alone is
//! also a heading or a signature, so the names count only when two or more of them recur,
//! taking turns.

use super::cues::words;
use super::labels::is_name_like;
use super::reading::Para;

/// A speaker set on a line of its own has a name of at most this many words.
const MAX_NAME_WORDS: usize = 3;

/// Each name must stand alone this often: the host asks many times, the guest answers many
/// times; a heading or a signature is written once.
const MIN_NAME_LINES: usize = 2;

/// A conversation has two voices at least.
const MIN_VOICES: usize = 2;

/// The names the file sets alone on their lines as its speakers, when it does (see the module
/// doc): each recurs [`MIN_NAME_LINES`] times or more, and no two name lines stand in a row
/// (each opens words).
pub fn speaker_names(paras: &[Para]) -> Vec<String> {
    let lone: Vec<Option<&str>> = paras.iter().map(|p| name_line(&p.text)).collect();
    let mut names: Vec<&str> = lone.iter().flatten().copied().collect();
    names.sort_unstable();
    names.dedup();
    names.retain(|n| lone.iter().filter(|m| **m == Some(*n)).count() >= MIN_NAME_LINES);
    let speaks = |n: &Option<&str>| n.is_some_and(|n| names.contains(&n));
    let in_a_row = lone.windows(2).any(|w| speaks(&w[0]) && speaks(&w[1]));
    if names.len() < MIN_VOICES || in_a_row {
        return Vec::new();
    }
    names.into_iter().map(str::to_string).collect()
}

/// A paragraph that is only a name: a few capitalised words, no mark. A Markdown heading
/// mark does not count: some transcripts set each speaker as a heading (`## Ida Brenn`).
pub(super) fn name_line(text: &str) -> Option<&str> {
    let text = text.trim().trim_start_matches('#').trim();
    let bare = text
        .chars()
        .all(|c| c.is_alphabetic() || " '-.".contains(c));
    (bare && words(text) <= MAX_NAME_WORDS && !text.ends_with('.') && is_name_like(text))
        .then_some(text)
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn names_taking_turns_on_their_own_lines_are_speakers() {
        let body = paras(&[
            "Transcript",
            "Ida",
            "Welcome, Tom Hale. How did the boat start?",
            "Tom Hale",
            "With a plank.",
            "Ida",
            "And then?",
            "Tom Hale",
            "The keel.",
        ]);
        assert_eq!(speaker_names(&body), ["Ida", "Tom Hale"]);
        let one = paras(&["Ida", "Welcome.", "Ida", "Goodbye.", "Notes"]);
        assert!(
            speaker_names(&one).is_empty(),
            "one voice is no conversation"
        );
    }
}
