//! A pronoun read as the introduction's subject ("…my best friend Jen is a librarian. She has
//! recommended…"): a sentence opening with a capitalised word is read for a surname there, and
//! "She" opens it the same way. The pronoun stands for someone the paragraph named before it:
//! the nearest name word written inside a sentence (a sentence's first word is capitalised
//! whatever it is), which the text never writes in lowercase and names again elsewhere.

use crate::corpus::name_words::{is_pronoun, name_cased, trim_word, written_lowercase};

/// A name the pronoun stands for is written this many times at least in the file: once in the
/// sentence before the pronoun, and again where the page presents the person.
const MIN_ANTECEDENT_USES: usize = 2;

/// The name a subject `found` by reading sentence openings stands for: `found` itself when it
/// is no pronoun, else the name the pronoun refers to in the introduction (`texts` past the
/// title), else none.
pub(super) fn unless_pronoun(found: String, texts: &[&str], whole: &[&str]) -> Option<String> {
    if !is_pronoun(&found) {
        return Some(found);
    }
    texts
        .iter()
        .skip(1)
        .find_map(|text| antecedent(&found, text, whole))
}

/// The nearest name word before `pronoun` opens a sentence of `text`.
fn antecedent(pronoun: &str, text: &str, whole: &[&str]) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let opens = |i: usize| i == 0 || words[i - 1].ends_with(['.', '!', '?', ':', '"', '”']);
    let at = (0..words.len()).find(|&i| opens(i) && trim_word(words[i]) == pronoun)?;
    let uses = |name: &str| {
        (whole.iter().flat_map(|t| t.split_whitespace()))
            .filter(|w| trim_word(w) == name)
            .count()
    };
    (0..at).rev().find_map(|i| {
        let word = trim_word(words[i]);
        let name = !opens(i)
            && name_cased(word)
            && word.chars().all(char::is_alphabetic)
            && !is_pronoun(word)
            && !written_lowercase(word, whole)
            && uses(word) >= MIN_ANTECEDENT_USES;
        name.then(|| word.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pronoun_opening_a_sentence_stands_for_the_name_before_it() {
        let intro = "My old neighbour Tove keeps bees on the roof. She sells the honey.";
        let whole = [intro, "Why bees?", "Tove: they were there first.", "Yes."];
        let texts = ["Meet a beekeeper", intro];
        assert_eq!(
            unless_pronoun("She".into(), &texts, &whole).as_deref(),
            Some("Tove")
        );
        assert_eq!(
            unless_pronoun("Quiroga".into(), &texts, &whole).as_deref(),
            Some("Quiroga")
        );
        // Nobody named before the pronoun: no name at all rather than the pronoun.
        let bare = "She keeps bees on the roof. The honey sells.";
        let whole = [bare, "Why bees?", "They were there first."];
        assert_eq!(unless_pronoun("She".into(), &["Bees", bare], &whole), None);
    }
}
