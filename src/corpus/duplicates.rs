//! Paragraphs a page printed twice. A blog's editor or a copy and paste may repeat a question
//! or an answer word for word; kept, the repeated question opens a turn of its own and the
//! same answer is quoted twice. A paragraph long enough to be written once on purpose is a
//! copy when an earlier paragraph has exactly its words.

use std::collections::HashSet;

use super::cues::words;
use super::guest_sections::guest_heading_lines;
use super::reading::{Clutter, Dropped, Para};

/// A paragraph this long or longer is written once; shorter ones ("Why?", "Yes, of course.")
/// recur in real conversations.
const MIN_DUPLICATE_WORDS: usize = 8;

/// Drops each paragraph of at least [`MIN_DUPLICATE_WORDS`] words whose words (case and
/// spacing aside) an earlier paragraph already has, in the same guest's section: a group
/// interview puts the same questions to each guest under their name
/// ([`guest_heading_lines`]).
pub fn drop_duplicates(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
    let sections = guest_heading_lines(paras);
    let mut seen = HashSet::new();
    let mut section = 0;
    paras.retain(|p| {
        let now = sections.iter().filter(|&&line| line <= p.line).count();
        if now != section {
            section = now;
            seen.clear();
        }
        if words(&p.text) < MIN_DUPLICATE_WORDS {
            return true;
        }
        let key: Vec<String> = p.text.split_whitespace().map(str::to_lowercase).collect();
        if seen.insert(key) {
            return true;
        }
        dropped.push(Dropped {
            line: p.line,
            text: p.text.clone(),
            reason: Clutter::Duplicate,
        });
        false
    });
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn a_long_paragraph_printed_again_is_dropped_and_short_replies_stay() {
        let question = "What made you leave the city for a farm in the hills?";
        let answer = "The noise, mostly, and a goat that needed a home.";
        let mut texts = paras(&[question, answer, "Why?", "Yes.", question, "Why?", "Yes."]);
        texts.push(texts[1].clone());
        texts[7].line = 20;
        let mut dropped = Vec::new();
        drop_duplicates(&mut texts, &mut dropped);
        let kept: Vec<&str> = texts.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(kept, [question, answer, "Why?", "Yes.", "Why?", "Yes."]);
        assert_eq!(dropped.len(), 2);
        assert_eq!(dropped[1].line, 20);
    }

    #[test]
    fn a_question_put_again_to_the_next_guest_is_no_copy() {
        let question = "What do you do on the rock before a winter storm comes in?";
        let other = "And what do you do once the storm has passed over the rock?";
        let mut texts = paras(&[
            "Inês Prado and Davi Rocha share the rock.",
            "Inês Prado",
            question,
            "Candles.",
            other,
            "Sleep.",
            "Davi Rocha",
            question,
            "The lamp.",
            other,
            "Wrecks.",
        ]);
        let mut dropped = Vec::new();
        drop_duplicates(&mut texts, &mut dropped);
        assert!(dropped.is_empty(), "{dropped:?}");
        assert_eq!(texts.len(), 11);
    }
}
