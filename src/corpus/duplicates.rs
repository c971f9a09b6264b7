//! Paragraphs a page printed twice. A blog's editor or a copy and paste may repeat a question
//! or an answer word for word; kept, the repeated question opens a turn of its own and the
//! same answer is quoted twice. A paragraph long enough to be written once on purpose is a
//! copy when an earlier paragraph has exactly its words.

use std::collections::HashSet;

use super::cues::words;
use super::reading::{Clutter, Dropped, Para};

/// A paragraph this long or longer is written once; shorter ones ("Why?", "Yes, of course.")
/// recur in real conversations.
const MIN_DUPLICATE_WORDS: usize = 8;

/// Drops each paragraph of at least [`MIN_DUPLICATE_WORDS`] words whose words (case and
/// spacing aside) an earlier paragraph already has.
pub fn drop_duplicates(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
    let mut seen = HashSet::new();
    paras.retain(|p| {
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
}
