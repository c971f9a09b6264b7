//! Speakers a page introduces by first name (`Ann: …`, `Hal: …`) and then shortens to
//! the initial (`A: …`, `H: …`): the letters are those people, not the `A` of "answer"
//! (the rule itself is [`crate::corpus::initials`]).

use super::block::{Block, Label};
use crate::corpus::initials::{colon_word, initial_names};

/// Labels every paragraph opened by a shortened speaker or by the first name it stands for
/// with that first name, when the page shortens its speakers that way.
pub fn expand_initials(blocks: &mut [Block]) {
    let words: Vec<Option<&str>> = blocks.iter().map(|b| colon_word(&b.original)).collect();
    let mapped: Vec<(String, String)> = initial_names(&words)
        .into_iter()
        .map(|(l, n)| (l.to_string(), n.to_string()))
        .collect();
    if mapped.is_empty() {
        return;
    }
    for block in blocks.iter_mut() {
        let Some(word) = colon_word(&block.original) else {
            continue;
        };
        let Some((_, name)) = mapped.iter().find(|(l, n)| l == word || n == word) else {
            continue;
        };
        if block.label.is_none() {
            let colon = block.text.find(':').unwrap_or_default();
            block.text = block.text[colon + 1..]
                .trim_start_matches(['*', '_'])
                .trim()
                .to_string();
        }
        block.label = Some(Label::Name(name.clone()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str) -> Block {
        let mut block = Block::plain(text);
        if let Some(body) = text.strip_prefix("A: ") {
            block.text = body.to_string();
            block.label = Some(Label::Answer);
        }
        block
    }

    #[test]
    fn an_interviewer_shortened_to_a_is_no_answer_label() {
        let mut blocks: Vec<Block> = [
            "Ann: I am here with Hal.",
            "Hal: Hi.",
            "A: What do you draw?",
            "H: Covers.",
            "A: Why covers?",
            "H: Nobody else would.",
        ]
        .map(block)
        .to_vec();
        expand_initials(&mut blocks);
        assert_eq!(blocks[2].label, Some(Label::Name("Ann".into())));
        assert_eq!(blocks[2].text, "What do you draw?");
        assert_eq!(blocks[0].label, Some(Label::Name("Ann".into())));
        assert_eq!(blocks[5].label, Some(Label::Name("Hal".into())));
        assert_eq!(blocks[5].text, "Nobody else would.");
    }
}
