//! Name words the interviews also write as ordinary words: the newsroom "Redação Maré Cheia"
//! is named by words that "a maré está cheia" (the tide is high) uses with no name in mind.
//!
//! What tells them apart is how the corpus writes them: a name is capitalised wherever it
//! appears, an ordinary word mostly is not. Such a name still names its interview when the
//! question has nothing else the corpus knows ("what did maré cheia publish?"), but a question
//! that uses the words among others is about the tide, not the newsroom.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::corpus::Interview;

/// Share of a name word's uses in the interviews' text, written in lowercase, at and above
/// which it is an ordinary word of the corpus: a name is capitalised wherever it is written,
/// and sentence openings (capitalised whatever the word) are rarely most of an ordinary
/// word's uses.
const ORDINARY_MIN_LOWERCASE_SHARE: f64 = 0.5;

/// Of `words` (name words lowercased as written), those the interviews' text writes, each with
/// whether it is an ordinary word: written in lowercase at least
/// [`ORDINARY_MIN_LOWERCASE_SHARE`] of the times. A word the text never writes is not there.
pub(super) fn ordinary_words(
    interviews: &[Arc<Interview>],
    words: &HashSet<String>,
) -> HashMap<String, bool> {
    // (lowercase uses, capitalised uses) of each name word.
    let mut uses: HashMap<&str, (u64, u64)> = HashMap::new();
    let texts = interviews.iter().flat_map(|interview| {
        let turns = interview.turns.iter();
        let said = turns.flat_map(|t| std::iter::once(&t.question).chain(&t.answer));
        interview.intro.iter().chain(said)
    });
    // One buffer for every token: this reads the whole corpus at each index build.
    let mut lower = String::new();
    for text in texts {
        for token in text.split_whitespace() {
            let token = token.trim_matches(|c: char| !c.is_alphanumeric());
            let Some(first) = token.chars().next() else {
                continue;
            };
            lower.clear();
            lower.extend(token.chars().flat_map(char::to_lowercase));
            let Some(word) = words.get(&lower) else {
                continue;
            };
            let entry = uses.entry(word.as_str()).or_default();
            match first.is_lowercase() {
                true => entry.0 += 1,
                false => entry.1 += 1,
            }
        }
    }
    uses.into_iter()
        .map(|(word, (lower, upper))| {
            let share = lower as f64 / (lower + upper) as f64;
            (word.to_string(), share >= ORDINARY_MIN_LOWERCASE_SHARE)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_word_written_mostly_in_lowercase_is_ordinary() {
        let mut interview = crate::search::names::tests::interview("Ana Tide", "High Tide");
        Arc::get_mut(&mut interview).unwrap().intro = vec![
            "The tide was high. Tide tables, the tide and Ana Tide of High Tide.".into(),
            "Ana said the tide turns.".into(),
        ];
        let words: HashSet<String> = ["ana", "tide", "high", "desk"].map(String::from).into();
        let ordinary = ordinary_words(&[interview], &words);
        assert_eq!(ordinary.get("tide"), Some(&true), "{ordinary:?}");
        assert_eq!(ordinary.get("high"), Some(&true), "half its uses");
        assert_eq!(ordinary.get("ana"), Some(&false), "{ordinary:?}");
        assert_eq!(ordinary.get("desk"), None, "never written");
    }
}
