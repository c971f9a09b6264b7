//! An image's caption or alternative text left as a line of its own over the image's credit
//! ("A cook at the stove" / "Photo: Ana Ruiz"): pasting a page drops the picture and keeps
//! both lines. The credit is told by its label; the line over it is the picture's words when
//! it stands as a block of its own, holds a few words and closes no sentence, as a caption
//! does, and the conversation has started above it (over a headline, a credit is the lead
//! photo's and the line above it the headline, which stays). A Markdown page keeps the image
//! itself (`![…][3]`) and sets its caption as a block of its own under it, with no credit:
//! that block, shaped as a caption, goes with the image.

use super::cues::{self, ends_with_question_mark};
use super::name_words::{ARTICLES, INDEFINITE_ARTICLES, PREPOSITIONS};

/// A caption or alternative text is a few words ("Lidia Paz in her kitchen, 2019").
const MAX_CAPTION_WORDS: usize = 8;

/// An alternative text of this many words or more says enough for a block holding most of
/// them to be its caption even as a sentence; with fewer, one shared word ("meter") is as
/// likely the answer going on about the thing shown.
const MIN_ALT_WORDS: usize = 3;

/// A caption repeating its image's words runs to a sentence at most ("The restored loom with
/// its oak frame and iron pedals, in the barn.").
const MAX_ALT_CAPTION_WORDS: usize = 25;

/// Shorter words ("a", "of", "the" aside) are the glue of any two texts.
const MIN_CAPTION_WORD_CHARS: usize = 3;

/// Conjunctions, relatives and possessive determiners (English, Spanish, Portuguese), beside
/// the articles and prepositions of [`super::name_words`]: like them, the glue of any two
/// texts ("the loom and its pedals" and "and then the bank…" share no subject), lowercase.
const GLUE_WORDS: &[&str] = &[
    "and", "but", "nor", "that", "which", "who", "its", "his", "her", "their", "our", "your",
    "pero", "que", "como", "sus", "nuestro", "nuestra", "mas", "mais", "seu", "sua", "seus",
    "suas", "nosso", "nossa",
];

/// The lines (indexes into `lines`) that caption the picture credited on the line under them,
/// given `is_credit`, the test for a credit line.
pub fn captions_over_credits(
    lines: &[(usize, &str)],
    is_credit: impl Fn(&str) -> bool,
) -> Vec<usize> {
    let asked_before = |k: usize| lines[..k].iter().any(|(_, l)| ends_with_question_mark(l));
    (1..lines.len().saturating_sub(1))
        .filter(|&k| {
            let line = lines[k].1.trim();
            lines[k - 1].1.trim().is_empty()
                && is_credit(lines[k + 1].1)
                && !is_credit(line)
                && is_caption_shaped(line)
                && asked_before(k)
        })
        .collect()
}

/// A caption's shape: a few words that close no sentence ("Kiln thermometer", "Lidia Paz in
/// her kitchen, 2019").
fn is_caption_shaped(line: &str) -> bool {
    (1..=MAX_CAPTION_WORDS).contains(&line.split_whitespace().count())
        && !line.ends_with(['.', '!', '?', '…', ':', ';', ',', '"', '”', '’', '»'])
        && !line.starts_with(['#', '*', '_', '>', '-', '['])
}

/// The lines (indexes into `lines`) that caption the image above them, given `alt_of`, the
/// alternative text of an image line: a block of its own whose nearest line above, past blank
/// ones, is an image, and that says the image's words — shaped as a caption and sharing a
/// word with the alternative text ("Kiln thermometer" under `![Kiln thermometer][19]`), or
/// holding most of a longer one, sentence or not. A line of the answer under an image says
/// other words, and stays.
pub fn captions_under_images<'a>(
    lines: &[(usize, &'a str)],
    alt_of: impl Fn(&'a str) -> Option<&'a str>,
) -> Vec<usize> {
    let blank = |k: usize| lines.get(k).is_none_or(|(_, l)| l.trim().is_empty());
    (1..lines.len())
        .filter(|&k| {
            let line = lines[k].1.trim();
            let above = lines[..k].iter().rev().find(|(_, l)| !l.trim().is_empty());
            let Some(alt) = above.and_then(|(_, l)| alt_of(l)) else {
                return false;
            };
            let alt = caption_words(alt);
            let shared = caption_words(line).filter(|w| alt.clone().any(|a| a == *w));
            let shared = shared.count();
            let most = alt.clone().count() >= MIN_ALT_WORDS && 2 * shared >= alt.count();
            alt_of(line).is_none()
                && blank(k + 1)
                && ((is_caption_shaped(line) && shared > 0)
                    || (most && cues::words(line) <= MAX_ALT_CAPTION_WORDS))
        })
        .collect()
}

/// The words of a caption or alternative text that say what is shown, in lowercase: content
/// words of three letters or more, so "a", "of", "de", "the", "and", "los", "que" match
/// nothing.
fn caption_words(text: &str) -> impl Iterator<Item = String> + Clone + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= MIN_CAPTION_WORD_CHARS)
        .map(str::to_lowercase)
        .filter(|w| !is_glue(w))
}

/// A function word of the languages read here: an article, a preposition, a conjunction, a
/// relative or a possessive determiner.
fn is_glue(word: &str) -> bool {
    [ARTICLES, INDEFINITE_ARTICLES, PREPOSITIONS, GLUE_WORDS]
        .iter()
        .any(|list| list.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(text: &str) -> Vec<(usize, &str)> {
        text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect()
    }

    fn is_credit(line: &str) -> bool {
        line.starts_with("Photo:")
    }

    #[test]
    fn a_short_line_over_a_photo_credit_inside_the_conversation_is_a_caption() {
        let text = "Why bread?\nMy mother baked.\n\nA baker at her oven\nPhoto: Tom Reyes\n\
                    And now?\nI bake too.";
        assert_eq!(captions_over_credits(&numbered(text), is_credit), [3]);
    }

    #[test]
    fn a_block_under_an_image_saying_its_words_is_its_caption_and_the_answer_stays() {
        fn alt(line: &str) -> Option<&str> {
            line.strip_prefix("![").and_then(|r| r.split(']').next())
        }
        let text = "![An oscillator][1]\n\nA hand-built oscillator\n\n![A meter][2]\n\
                    The meter finds both faults.\n\n![A scope][3]\nA scope\nthat I borrowed\n\n\
                    ![A meter][4]\n\nMost finish them in a weekend\n\n\
                    ![Restored loom with its oak frame][5]\n\n\
                    The restored loom with its oak frame, in the barn.\n";
        assert_eq!(captions_under_images(&numbered(text), alt), [2, 17]);
    }

    #[test]
    fn an_answer_under_an_image_sharing_only_function_words_with_it_stays() {
        fn alt(line: &str) -> Option<&str> {
            line.strip_prefix("![").and_then(|r| r.split(']').next())
        }
        let text = "![Pedals of the loom](p.jpg)\n\n\
                    The pedals took me a month, and the frame a week.\n\n\
                    ![Los telares de la casa](t.jpg)\n\nLos compré con que\n\n\
                    ![The old kiln and its chimney](k.jpg)\n\nThe kiln and its chimney\n";
        assert_eq!(captions_under_images(&numbered(text), alt), [10]);
        assert!(is_glue("the") && is_glue("los") && is_glue("que") && is_glue("and"));
        assert!(!is_glue("loom"));
    }

    #[test]
    fn a_headline_a_sentence_or_a_joined_line_over_a_credit_stays() {
        // The headline over the lead photo's credit.
        let head = "Lidia Paz, baker\nPhoto: Tom Reyes\n\nWhy bread?\nMy mother baked.";
        assert!(captions_over_credits(&numbered(head), is_credit).is_empty());
        // An answer's sentence over a credit.
        let answer = "Why bread?\n\nMy mother baked it.\nPhoto: Tom Reyes\n\nAnd now?\nToo.";
        assert!(captions_over_credits(&numbered(answer), is_credit).is_empty());
        // A line running on from the one above it is no block of its own.
        let joined = "Why bread?\nMy mother baked\nevery Sunday morning\nPhoto: Tom Reyes";
        assert!(captions_over_credits(&numbered(joined), is_credit).is_empty());
    }
}
