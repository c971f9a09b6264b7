//! Pages without labels: the questions are set apart by typography (bold, headings, italics),
//! or, without any markup, are the short paragraphs that end with `?`.

use std::collections::HashMap;

use super::block::{is_sentence, word_count, Block, Cue};
use super::structure::{ends_with_question_mark, is_unlabelled_heading, Role};

/// Longer than this, a bold or heading paragraph is a standfirst or a pull quote, not a prompt.
const MAX_PROMPT_WORDS: usize = 120;

/// Without any markup, a question is a paragraph ending with `?` of at most this many words;
/// longer ones are answers that end on a rhetorical question.
const MAX_PLAIN_QUESTION_WORDS: usize = 60;

/// A cue set on one paragraph only is the page's headline or standfirst: the questions'
/// typography recurs.
const MIN_CUE_USES: usize = 2;

/// Bold paragraphs, headings or italic paragraphs as prompts: whichever of these cues the
/// article uses most often marks the questions; the others are ordinary paragraphs.
pub(super) fn by_typography(blocks: &[Block]) -> Option<Vec<Role>> {
    let mut counts: HashMap<Cue, usize> = HashMap::new();
    for block in blocks {
        if let Some(cue) = block
            .cue
            .filter(|_| is_prompt_sized(block) || asks_at_length(block))
        {
            *counts.entry(cue).or_default() += 1;
        }
    }
    // Ties go to bold, then italics, then the larger heading (the derived order of `Cue`).
    let (&cue, _) = counts
        .iter()
        .filter(|(_, &n)| n >= MIN_CUE_USES)
        .max_by_key(|(cue, &n)| (n, std::cmp::Reverse(**cue)))?;
    let (mut seen_answer, mut seen_question) = (false, false);
    Some(
        blocks
            .iter()
            .map(|b| {
                if (b.cue == Some(cue) && (is_prompt_sized(b) || asks_at_length(b)))
                    || asks_in_bold_among_headings(b, cue)
                {
                    (seen_answer, seen_question) = (false, true);
                    Role::Question
                } else if !seen_question && is_unlabelled_heading(b) && is_sentence(&b.text) {
                    // A standfirst set as a heading above the conversation introduces it.
                    Role::Continue
                } else if is_unlabelled_heading(b) && !ends_with_question_mark(&b.text) {
                    // A heading among bold or italic prompts names a section.
                    Role::Skip
                } else if seen_answer {
                    Role::Continue
                } else {
                    seen_answer = true;
                    Role::Answer
                }
            })
            .collect(),
    )
}

/// On a page whose questions are headings, a paragraph wholly in bold that ends with `?` is a
/// question too: pages set every question in bold and only some as headings.
fn asks_in_bold_among_headings(block: &Block, cue: Cue) -> bool {
    matches!(cue, Cue::Heading(_))
        && block.cue == Some(Cue::Bold)
        && ends_with_question_mark(&block.text)
        && is_prompt_sized(block)
}

/// A paragraph in the prompts' typography that ends with `?` asks even past
/// [`MAX_PROMPT_WORDS`] (a reporter recounting events before asking), up to this many words.
const MAX_ASKING_PROMPT_WORDS: usize = 300;

/// See [`MAX_ASKING_PROMPT_WORDS`]: a standfirst or pull quote does not end with `?`.
fn asks_at_length(block: &Block) -> bool {
    ends_with_question_mark(&block.text) && word_count(&block.text) <= MAX_ASKING_PROMPT_WORDS
}

pub(super) fn is_prompt_sized(block: &Block) -> bool {
    word_count(&block.text) <= MAX_PROMPT_WORDS
}

/// No markup at all: short paragraphs ending with `?` (never the first one, which is the
/// article's opening).
pub(super) fn by_question_marks(blocks: &[Block]) -> Vec<Role> {
    let mut seen_answer = false;
    blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if i > 0
                && ends_with_question_mark(&b.text)
                && word_count(&b.text) <= MAX_PLAIN_QUESTION_WORDS
            {
                seen_answer = false;
                Role::Question
            } else if seen_answer {
                Role::Continue
            } else {
                seen_answer = true;
                Role::Answer
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bold(text: &str) -> Block {
        Block {
            cue: Some(Cue::Bold),
            ..Block::plain(text)
        }
    }

    #[test]
    fn a_long_bold_paragraph_asking_is_still_a_question() {
        let long = format!("{}so what happened?", "word ".repeat(130));
        let blocks = [
            bold("Is it funded?"),
            Block::plain("Partly."),
            bold(&long),
            Block::plain("We moved the work forward."),
            bold(&format!("{}a long quote in bold.", "word ".repeat(130))),
        ];
        let roles = by_typography(&blocks).unwrap();
        assert_eq!(roles[2], Role::Question);
        assert_ne!(roles[4], Role::Question);
    }

    #[test]
    fn one_heading_is_a_standfirst_not_the_questions() {
        let blocks = [
            Block {
                cue: Some(Cue::Heading(2)),
                ..Block::plain("The singer played last night.")
            },
            Block::plain("Why music?"),
            Block::plain("Because I cannot keep quiet."),
        ];
        assert_eq!(by_typography(&blocks), None);
    }
}
