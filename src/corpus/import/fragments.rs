//! Page furniture among the article's paragraphs: a plain paragraph of a few words that closes
//! no sentence ("Read more", "Customer story", a photographer's name) is a button, a label or a
//! caption, not something anyone said. The items of a list a paragraph announces, and a few
//! words said between two quoted replies, stay.

use super::block::{self, Block};
use crate::corpus::cues::closes_with;
use crate::corpus::quoted::{closes_quotation, opens_quotation};

/// A plain paragraph of at most this many words without a sentence's closing punctuation is
/// furniture: buttons, labels and captions run to one to three words.
const MAX_FRAGMENT_WORDS: usize = 3;

/// A paragraph announcing a list ("In the workshop I keep:"), a speaker's or not: not set
/// apart as a prompt, more words than a fragment, ending with a colon. The short lines under
/// it are its items, not page furniture, however few their words or however many their links.
pub(super) fn announces_list(block: &Block) -> bool {
    block.cue.is_none()
        && block.text.trim_end().ends_with(':')
        && block::word_count(&block.text) > MAX_FRAGMENT_WORDS
}

/// The paragraphs without page furniture: fragments go, except the items of a list a
/// paragraph announces (the phrases under it, up to the first that ends a sentence or stands
/// out as a prompt).
pub(super) fn without_fragments(blocks: Vec<Block>) -> Vec<Block> {
    let mut in_list = false;
    let mut kept = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        let phrase = b.cue.is_none() && b.label.is_none() && !closes_sentence(&b.text);
        let keep = !is_fragment(b) || (in_list && phrase) || between_quotations(&blocks, i);
        in_list = announces_list(b) || (in_list && phrase);
        if keep {
            kept.push(b.clone());
        }
    }
    kept
}

/// Block `i` stands between two quoted replies, the one before closing its quotation and the
/// one after opening another: a few words said in the conversation (an interviewer's "A
/// priori até"), not page furniture.
fn between_quotations(blocks: &[Block], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| blocks.get(j));
    before.is_some_and(|b| closes_quotation(&b.text))
        && blocks.get(i + 1).is_some_and(|b| opens_quotation(&b.text))
}

/// True when a block's text closes a sentence with a mark, whatever quotes or brackets follow
/// it: stricter than the plain reader's line test, since a page's phrase in quotes or
/// brackets ("“Customer story”") is furniture, not a sentence.
fn closes_sentence(text: &str) -> bool {
    let closers = ['"', '\'', '”', '’', ')', '»'];
    closes_with(text, &closers, &['.', '!', '?', '…', '。', '？'])
}

/// A plain paragraph of a few words that is not a sentence ("Read more", "Customer story",
/// "Industry:", a photographer's name) is page furniture, not something anyone said.
fn is_fragment(block: &Block) -> bool {
    block.label.is_none()
        && block.cue.is_none()
        && block::word_count(&block.text) <= MAX_FRAGMENT_WORDS
        && !closes_sentence(&block.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_fragments_are_furniture_but_short_sentences_are_not() {
        assert!(is_fragment(&Block::plain("Read more")));
        assert!(is_fragment(&Block::plain("Industry:")));
        assert!(!is_fragment(&Block::plain("No.")));
        assert!(!is_fragment(&Block::plain("“Never again.”")));
        assert!(!is_fragment(&Block::plain("A sentence of several words")));
    }
}
