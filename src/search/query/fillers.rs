//! Words of a chat message that carry no topic although no stopword list holds them: written
//! laughter and a closing tag question. Both are told by their form, not listed.
//!
//! - Laughter is written as one short syllable said over and over ("haha", "jajaja", "kkkk",
//!   "rsrs"): a word made of one unit of one or two letters repeated, that the corpus never
//!   uses, is an interjection. Weighed as an unknown word it weighed the most of the question
//!   and pushed "jaja ¿y qué pinta la suegra…?" under the coverage bar.
//! - A tag closing a question offers the alternative "or what?" ("ou quê?", "¿o qué?"): a last
//!   word after "or" / "ou" / "o" whose spelling without its accents is a function word of
//!   the language asks nothing of its own. Portuguese stressed "quê" is not a stopword (its
//!   accent is kept apart from "que"), so "ele vai lançar mais poesia ou quê?" weighed a
//!   content word "que" that no answer says.

use crate::search::analyzer::{AnalyzedWord, Analyzer};

/// Least repetitions of a one-letter unit that make laughter ("kkk"); two would be a doubled
/// letter of an abbreviation ("ss", "mm").
const MIN_LETTER_REPEATS: usize = 3;

/// Least repetitions of a two-letter unit that make laughter ("jaja", "rsrs").
const MIN_SYLLABLE_REPEATS: usize = 2;

/// Words that offer an alternative before a closing tag: English, Portuguese, Spanish "or".
const COORDINATORS: &[&str] = &["or", "ou", "o"];

/// The question's words with the terms of laughter and of a closing tag taken away (they stay
/// as words, like stopwords, so positions keep their meaning); `known` tells a term the corpus
/// uses.
pub(super) fn without_fillers(
    mut words: Vec<AnalyzedWord>,
    analyzer: &mut Analyzer,
    known: &dyn Fn(&str) -> bool,
) -> Vec<AnalyzedWord> {
    for word in &mut words {
        let laughs = word
            .term
            .as_deref()
            .is_some_and(|term| !known(term) && is_laughter(&word.surface));
        if laughs {
            word.term = None;
        }
    }
    if let [.., coordinator, last] = words.as_mut_slice() {
        let tag = COORDINATORS.contains(&coordinator.surface.as_str())
            && coordinator.term.is_none()
            && last.term.is_some()
            && is_function_word(analyzer, &last.surface);
        if tag {
            last.term = None;
        }
    }
    words
}

/// Whether a word is one unit of one or two letters written over and over ("kkk", "haha").
fn is_laughter(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    if !letters.iter().all(|c| c.is_alphabetic()) {
        return false;
    }
    let repeats = |unit: usize, least: usize| {
        letters.len() >= unit * least
            && letters.len().is_multiple_of(unit)
            && letters.chunks(unit).all(|chunk| chunk == &letters[..unit])
    };
    let syllable = letters.len() >= 2 && letters[0] != letters[1];
    repeats(1, MIN_LETTER_REPEATS) || (syllable && repeats(2, MIN_SYLLABLE_REPEATS))
}

/// Whether a word, as folded without its accents (the surfaces are), is a function word of
/// the analyzer's language.
fn is_function_word(analyzer: &mut Analyzer, folded: &str) -> bool {
    let analysed = analyzer.analyze(folded);
    analysed.len() == 1 && analysed[0].term.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::Language;

    fn terms(language: Language, question: &str, known: &[&str]) -> Vec<String> {
        let mut analyzer = Analyzer::new(language);
        let words = analyzer.analyze(question);
        let known = |term: &str| known.contains(&term);
        without_fillers(words, &mut analyzer, &known)
            .into_iter()
            .filter_map(|w| w.term)
            .collect()
    }

    fn plain(language: Language, question: &str) -> Vec<String> {
        Analyzer::new(language).terms(question)
    }

    #[test]
    fn written_laughter_the_corpus_never_uses_carries_no_topic() {
        let cases = [
            (
                Language::Es,
                "jaja ¿y qué opina la suegra?",
                "¿y qué opina la suegra?",
            ),
            (Language::Pt, "kkkk e o disco novo?", "e o disco novo?"),
            (
                Language::En,
                "hahaha where does he live",
                "where does he live",
            ),
            (Language::Pt, "rsrs e a turnê?", "e a turnê?"),
        ];
        for (language, question, without) in cases {
            assert_eq!(
                terms(language, question, &[]),
                plain(language, without),
                "{question}"
            );
        }
    }

    #[test]
    fn a_repeated_word_the_corpus_uses_or_a_doubled_letter_stays() {
        let papa = plain(Language::Es, "papa");
        let known: Vec<&str> = papa.iter().map(String::as_str).collect();
        assert_eq!(terms(Language::Es, "¿y la papa?", &known), papa);
        assert!(!is_laughter("mm"));
        assert!(!is_laughter("aab"));
        assert!(!is_laughter("abc"));
        assert!(is_laughter("kkk"));
    }

    /// A corpus that knows every word but laughter.
    struct Knows;

    impl crate::search::query::TermStatistics for Knows {
        fn document_frequency(&self, term: &str) -> u64 {
            u64::from(!is_laughter(term) && !term.starts_with("jaj"))
        }
        fn document_count(&self) -> u64 {
            10
        }
    }

    #[test]
    fn the_plan_of_a_chat_message_leaves_its_laughter_and_closing_tag_out() {
        let plan = crate::search::query::plan(
            "jaja ¿y la poesía, sale o qué?",
            &mut Analyzer::new(Language::Es),
            &crate::search::synonyms::Synonyms::default(),
            &crate::search::vocabulary::Vocabulary::default(),
            &Knows,
        );
        let words: Vec<&str> = plan.concepts.iter().map(|c| c.words.as_str()).collect();
        assert_eq!(words, ["poesia", "sale"]);
    }

    #[test]
    fn a_closing_or_what_tag_asks_nothing_but_a_real_alternative_stays() {
        assert_eq!(
            terms(Language::Pt, "ele vai lançar mais poesia ou quê?", &[]),
            plain(Language::Pt, "ele vai lançar mais poesia?")
        );
        assert_eq!(
            terms(Language::En, "is she moving to Lisbon or what?", &[]),
            plain(Language::En, "is she moving to Lisbon?")
        );
        assert_eq!(
            terms(Language::Pt, "ele prefere poesia ou prosa?", &[]),
            plain(Language::Pt, "ele prefere poesia ou prosa?")
        );
    }
}
