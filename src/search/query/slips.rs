//! Function words mistyped: a word the corpus never uses that is a function word of the
//! question's language with one letter left out ("shoud", "becuse", "tambin") carries no
//! topic.
//!
//! Stopwords are never spelling candidates (see `vocabulary`), so such a slip found no
//! correction, weighed what a word no passage uses weighs — the most of the question — and
//! asked for things no passage says: "how much shoud african goverments spend on health" took
//! "shoud" for the thing whose amount is asked and was refused. The analysis itself tells a
//! function word (it gives it no term), so no list is kept here. Only a letter left out is
//! read as a slip: a word with one letter *more* than a function word, one changed or two
//! swapped, is as often a word of its own ("estadio" is "estado" and an "i", "whale" is
//! "while" with an "a", English "dream" is Portuguese "deram" with two letters swapped). The
//! first letter is never the slip, as for spelling corrections, and a word written with a
//! capital inside the question is a name, and a word after an article is the noun or
//! adjective the article introduces ("how deep was the trough": "trough" is "through" without
//! its "h", but no function word follows "the").

use crate::search::analyzer::{AnalyzedWord, Analyzer};

/// Fewest letters of a word read as a slip: shorter words are one letter from too many
/// function words, and are words of their own ("mesa", a table, is Portuguese "mesma"
/// without its "m"; "wat", "tht").
pub(super) const MIN_SLIP_CHARS: usize = 5;

/// Letters a slip may have left out: the Latin alphabet and the accented letters of Spanish
/// and Portuguese function words ("também", "está", "não").
const LETTERS: &str = "abcdefghijklmnopqrstuvwxyzáéíóúâêôãõàçñü";

/// Articles of English, Spanish and Portuguese (with Spanish and Portuguese contractions of a
/// preposition and an article): the word after one is the noun or adjective it introduces,
/// never a function word. English "a" is left out: Spanish and Portuguese write it as a
/// preposition before function words ("a pesar", "a partir").
const ARTICLES: &[&str] = &[
    "the", "an", "el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al", "o", "os",
    "as", "um", "uma", "uns", "umas", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao",
    "aos", "pelo", "pela", "pelos", "pelas", "num", "numa",
];

/// The question's words with the terms of mistyped function words taken away (they stay as
/// words, like stopwords, so positions keep their meaning); `text` is what the words were
/// analysed from, `known` tells a term the corpus uses, and `analyzer` (the question's)
/// tells a function word.
pub(super) fn without_slips(
    mut words: Vec<AnalyzedWord>,
    text: &str,
    known: &dyn Fn(&str) -> bool,
    analyzer: &mut Analyzer,
) -> Vec<AnalyzedWord> {
    let mut after_article = false;
    for word in &mut words {
        let follows_article = std::mem::replace(
            &mut after_article,
            ARTICLES.contains(&word.surface.as_str()),
        );
        let Some(term) = word.term.as_deref() else {
            continue;
        };
        let written = text.get(word.start..word.end).unwrap_or_default();
        let name = word.position > 0 && written.chars().any(char::is_uppercase);
        let slip = !known(term) && !name && !follows_article;
        if slip && is_slip(&written.to_lowercase(), analyzer) {
            word.term = None;
        }
    }
    words
}

/// Whether `typed` (lowercase) is a function word of the analyzer's language with one letter
/// left out, its first letter kept.
pub(super) fn is_slip(typed: &str, analyzer: &mut Analyzer) -> bool {
    let letters: Vec<char> = typed.chars().collect();
    if letters.len() < MIN_SLIP_CHARS || !letters.iter().all(|c| c.is_alphabetic()) {
        return false;
    }
    let mut function_word = |candidate: &str| {
        let words = analyzer.analyze(candidate);
        words.len() == 1 && words[0].term.is_none()
    };
    for candidate in omissions_restored(&letters) {
        if function_word(&candidate) {
            return true;
        }
    }
    false
}

/// `letters` with one letter put back after the first.
fn omissions_restored(letters: &[char]) -> impl Iterator<Item = String> + '_ {
    (1..=letters.len()).flat_map(move |at| {
        LETTERS.chars().map(move |letter| {
            let mut word: String = letters[..at].iter().collect();
            word.push(letter);
            word.extend(&letters[at..]);
            word
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::Language;

    fn slip(language: Language, typed: &str) -> bool {
        is_slip(typed, &mut Analyzer::new(language))
    }

    #[test]
    fn a_function_word_missing_a_letter_is_a_slip() {
        assert!(slip(Language::En, "shoud"));
        assert!(slip(Language::En, "becuse"));
        assert!(slip(Language::Es, "tambin"));
        assert!(slip(Language::Pt, "quado"));
    }

    #[test]
    fn words_of_their_own_near_a_function_word_are_no_slips() {
        // A letter more, one changed or two swapped makes another word as often as a slip.
        assert!(!slip(Language::Es, "estadio"));
        assert!(!slip(Language::En, "whale"));
        assert!(!slip(Language::Pt, "dream"));
        assert!(!slip(Language::En, "health"));
        // Short words are near too many function words; the first letter is never the slip.
        assert!(!slip(Language::Pt, "mesa"));
        assert!(!slip(Language::En, "wich"));
        assert!(!slip(Language::En, "hat"), "not \"what\"");
    }

    #[test]
    fn a_word_after_an_article_keeps_its_term() {
        let question = "how deep was the trough after 2008";
        let mut analyzer = Analyzer::new(Language::En);
        let words = analyzer.analyze(question);
        let kept: Vec<String> = without_slips(words, question, &|_| false, &mut analyzer)
            .into_iter()
            .filter_map(|w| w.term)
            .collect();
        assert!(kept.iter().any(|t| t.starts_with("trough")), "{kept:?}");
        assert!(slip(Language::En, "trough"), "a slip elsewhere");
    }

    #[test]
    fn only_unknown_lowercase_words_lose_their_term() {
        let question = "how much shoud Shoud spend, and shoud?";
        let mut analyzer = Analyzer::new(Language::En);
        let words = analyzer.analyze(question);
        let known = |term: &str| term == "spend";
        let kept: Vec<String> = without_slips(words, question, &known, &mut analyzer)
            .into_iter()
            .filter_map(|w| w.term)
            .collect();
        assert_eq!(kept, ["shoud", "spend"]);
        let knows_it = |_: &str| true;
        let words = analyzer.analyze("shoud");
        assert_eq!(
            without_slips(words, "shoud", &knows_it, &mut analyzer)[0].term,
            Some("shoud".to_string())
        );
    }
}
