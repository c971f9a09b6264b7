//! A photo's caption that closes on the picture's credit, set in brackets or as a link: "Ana
//! Vidal at her studio in 2019. [Photo: Rui Sal](https://…)", "Harbour Hall, 10 March: the
//! choir rehearses. (Photo by Rui Sal/Norpress)", or the credit alone in brackets. A pasted
//! page keeps the caption where the picture stood, and the paragraph reads as a sentence of
//! the introduction or of an answer. Its shape tells it: it closes on a bracketed group whose
//! words open with a credit's label ("Photo:", "Image by", "Foto de") and it speaks of people
//! in the third person, as captions do (an answer says "I", "my", "we" more often than not,
//! and one closing on a credit is a caption glued to it).

use super::address::speaks_in_first_person;
use super::credit_labels::{credit_source, is_credit_opening};
use super::cues::words;

/// A caption before its credit runs to a wire caption at most: the place and date, what is
/// shown, who is in it (forty to fifty words in agency captions, in one sentence: see
/// [`sentences`]).
const MAX_CAPTION_WORDS: usize = 60;

/// A credit in brackets is a few names and an agency ("Photo by Ana Ruiz - Harbour/Norpress
/// via Agency Images").
const MAX_CREDIT_WORDS: usize = 14;

/// The paragraph is a photo's caption closing on its credit in brackets or a link, or the
/// bracketed credit alone (see the module's doc).
pub fn is_credited_caption(plain: &str) -> bool {
    let text = plain.trim().trim_end_matches('.').trim_end();
    let Some((caption, credit)) = closing_group(text) else {
        return false;
    };
    let credit = credit.trim();
    words(caption) <= MAX_CAPTION_WORDS
        && sentences(caption) <= 1
        && !speaks_in_first_person(caption)
        && !speaks_in_first_person(credit)
        && words(credit) <= MAX_CREDIT_WORDS
        && is_credit_opening(credit)
        && credit_source(credit).is_some_and(names_only)
}

/// Small words a credit's names and agencies hold in lowercase: name particles ("Ana de
/// Lima", "van Dijk") and the links between a photographer and an agency ("for", "via",
/// "and").
const CREDIT_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "di", "du", "van", "von", "der", "den", "la", "le", "y",
    "e", "and", "for", "via", "of", "the", "para", "por", "com", "con",
];

/// What a credit names is names only: every word name-cased (a capital first, as names and
/// agencies are written) or a particle of [`CREDIT_PARTICLES`]. A bracket that goes on in
/// lowercase ("photos by the neighbours hang in the hall", "photos by her husband, mostly")
/// is a sentence of the answer, not a credit.
fn names_only(source: &str) -> bool {
    let parts = source.split(|c: char| c.is_whitespace() || matches!(c, '/' | '|' | ',' | '·'));
    let mut named = parts
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .peekable();
    named.peek().is_some()
        && named.all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || CREDIT_PARTICLES.contains(&w)
        })
}

/// The sentences of `text`: one more than its stops followed by a capitalised word. A
/// caption says what the picture shows in one; an introduction with a credit run onto its
/// end ("…signed its coach in March. Reporter Ana Gil spoke with him… (Photo: …)") tells a
/// story in several, and stays.
fn sentences(text: &str) -> usize {
    let stops = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|w| w[0].ends_with(['.', '!', '?']) && w[1].starts_with(char::is_uppercase))
        .count();
    usize::from(!text.trim().is_empty()) + stops
}

/// The text before the paragraph's closing bracketed group, and the group's words: a link's
/// words (`[Photo: X](https://…)`), a group in parentheses or in square brackets.
fn closing_group(text: &str) -> Option<(&str, &str)> {
    if let Some(body) = text.strip_suffix(')') {
        if let Some(at) = body.rfind("](") {
            if !body[at + 2..].contains(char::is_whitespace) {
                let open = body[..at].rfind('[')?;
                return Some((&text[..open], &body[open + 1..at]));
            }
        }
        let open = body.rfind('(')?;
        return Some((&text[..open], &body[open + 1..]));
    }
    let body = text.strip_suffix(']')?;
    let open = body.rfind('[')?;
    Some((&text[..open], &body[open + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_closing_on_its_credit_is_told_from_an_answer() {
        for caption in [
            "Jane Doe at her studio in 2019. [Photo: Mark Lee](https://example.org/p)",
            "(Photo by Mark Lee for Harbour Weekly)",
            "TARROW, MAY 3: Jane Doe shapes a goblet. (Photo by Mark Lee/Norpress via Agency)",
            "The barn at night [Image: Harbour Weekly].",
            "A Rua do Sol em 1950 (Foto de Ana Lima / Arquivo)",
        ] {
            assert!(is_credited_caption(caption), "{caption}");
        }
        for text in [
            "I took that one myself at the studio in 2019. (Photo by me.)",
            "We went to the lake that summer (photo: the one on my desk).",
            "She kept every print (the photos are in the archive).",
            "We rebuilt the barn after the flood (photos by the neighbours hang in the hall).",
            "She kept every print (photos by her husband, mostly).",
            "Jane Doe at her studio in 2019.",
            "See the [photo gallery](https://example.org/g)",
            "The club signed its coach in March. Reporter Ana Gil spoke with him after a \
             session. (Photo: Rui Sal / Agency)",
        ] {
            assert!(!is_credited_caption(text), "{text}");
        }
    }
}
