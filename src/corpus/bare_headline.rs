//! A headline typed like a sentence: a story site's or a blog's title may be two short
//! fragments or more, each ending with a full stop ("Contest of Tiny Tales. My first thousand
//! readers."), or open with a bracketed status tag ("(CLOSED)-Contest of Tiny Tales"). Standing
//! alone right above the first question, with no introduction between, it is the headline: an
//! introduction presents the guest in sentences of its own length, a headline names the piece
//! in a few words. One short sentence alone is as likely an introduction ("Ana Ruiz is a
//! potter.").

use super::cues::{ends_with_question_mark, sentence_pieces};
use super::head::Head;
use super::labels::{is_asking_label, split_label};
use super::markup::question_number;
use super::reading::Para;
use super::Metadata;

/// A headline typed like a sentence is at most this long.
const MAX_HEADLINE_WORDS: usize = 15;

/// Each sentence of such a headline is a fragment of at most this many words ("My first
/// thousand readers."); an introduction's sentences run longer.
const MAX_FRAGMENT_WORDS: usize = 6;

/// Fragments make a headline from two on: one short sentence above a question is as often a
/// one-line introduction ("Ana Ruiz is a potter." / "Why clay?").
const MIN_FRAGMENTS: usize = 2;

/// A bracketed tag opening a headline is a word in capitals of at most this many letters
/// ("(CLOSED)", "[NEW]").
const MAX_TAG_LETTERS: usize = 12;

/// `head` with the headline typed as sentences ([`is_sentence_headline`]) taken as the title
/// where neither the front matter nor the page's first lines gave one.
pub fn sentence_headline(head: Head, paras: &[Para], metadata: &Metadata) -> Head {
    let rest = &paras[head.body_start.min(paras.len())..];
    if metadata.title.is_some() || head.title.is_some() || !is_sentence_headline(rest) {
        return head;
    }
    Head {
        title: Some(rest[0].text.trim_start_matches('#').trim().to_string()),
        title_line: Some(rest[0].line),
        body_start: head.body_start + 1,
        byline: head.byline,
    }
}

/// True when `paras[0]` is a headline set as short sentences or opening with a bracketed
/// tag, right above the first question (`paras[1]` asks, is question 1 or a `Q:` turn).
pub fn is_sentence_headline(paras: &[Para]) -> bool {
    let (Some(first), Some(next)) = (paras.first(), paras.get(1)) else {
        return false;
    };
    let text = first.text.trim();
    let asks = ends_with_question_mark(&next.text)
        || question_number(&next.text) == Some(1)
        || split_label(&next.text).is_some_and(|l| is_asking_label(&l.label));
    let pieces: Vec<&str> = sentence_pieces(text, &['.', '!']).collect();
    let fragments = pieces.len() >= MIN_FRAGMENTS
        && (pieces.iter()).all(|s| s.split_whitespace().count() <= MAX_FRAGMENT_WORDS);
    asks && !ends_with_question_mark(text)
        && text.split_whitespace().count() <= MAX_HEADLINE_WORDS
        && (fragments || opens_with_tag(text))
}

/// "(CLOSED)-…", "[NEW] …": a bracketed word in capitals opening the line.
fn opens_with_tag(text: &str) -> bool {
    let Some(close) = text.find([')', ']']) else {
        return false;
    };
    let Some(tag) = text[..close].strip_prefix(['(', '[']) else {
        return false;
    };
    let letters = tag.chars().filter(|c| c.is_alphabetic()).count();
    (1..=MAX_TAG_LETTERS).contains(&letters) && !tag.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn short_fragments_or_a_tag_above_the_first_question_make_a_headline() {
        for headline in [
            "Contest of Tiny Tales. My first thousand readers.",
            "(CLOSED)-A contest of tiny tales for the readers of the harbour blog",
        ] {
            let texts = paras(&[headline, "1-¿Qué te inspiró?", "Mi gato."]);
            assert!(is_sentence_headline(&texts), "{headline}");
        }
        let intro = "Lena Brook has written about lighthouses for twenty years. She lives by one.";
        assert!(!is_sentence_headline(&paras(&[
            intro,
            "Why lighthouses?",
            "Light."
        ])));
        let above_intro = paras(&["Tiny Tales.", "Lena Brook writes tales.", "Why?"]);
        assert!(!is_sentence_headline(&above_intro));
        // One short sentence is a one-line introduction.
        let one_line = paras(&["Lena Brook is a potter.", "Why clay?", "It is soft."]);
        assert!(!is_sentence_headline(&one_line));
    }
}
