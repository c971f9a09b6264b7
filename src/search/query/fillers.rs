//! Words of a chat message that carry no topic although no stopword list holds them: written
//! laughter, told by its form, not listed.
//!
//! Laughter is written as one short syllable said over and over ("haha", "jajaja", "kkkk",
//! "rsrs"): a word made of one unit of one or two letters repeated, that the corpus never
//! uses, is an interjection. Weighed as an unknown word it weighed the most of the question
//! and pushed "jaja ¿y el perro del vecino?" under the coverage bar. A name or a family word
//! has the same form ("Pepe", "Coco", "vovó", "mamá"), so the word is judged as written: one
//! with an accent or a capital initial is never laughter, and laughter stands apart from the
//! sentence, opening or closing the message or followed by punctuation ("haha, where…").

use crate::search::analyzer::AnalyzedWord;

/// Least repetitions of a one-letter unit that make laughter ("kkk"); two would be a doubled
/// letter of an abbreviation ("ss", "mm").
const MIN_LETTER_REPEATS: usize = 3;

/// Least repetitions of a two-letter unit that make laughter ("jaja", "rsrs").
const MIN_SYLLABLE_REPEATS: usize = 2;

/// Punctuation after a word that sets it apart from the sentence, as laughter is set apart.
const SETTING_APART: [char; 5] = [',', '!', '?', '.', '…'];

/// The question's words with the terms of laughter taken away (they stay as words, like
/// stopwords, so positions keep their meaning); `text` is what the words were analysed from
/// and `known` tells a term the corpus uses.
pub(super) fn without_fillers(
    mut words: Vec<AnalyzedWord>,
    text: &str,
    known: &dyn Fn(&str) -> bool,
) -> Vec<AnalyzedWord> {
    let last = words.len().saturating_sub(1);
    for (at, word) in words.iter_mut().enumerate() {
        let written = text.get(word.start..word.end).unwrap_or_default();
        let apart = at == 0 || at == last || followed_by_punctuation(text, word.end);
        let laughs = word
            .term
            .as_deref()
            .is_some_and(|term| !known(term) && apart && is_laughter(written));
        if laughs {
            word.term = None;
        }
    }
    words
}

/// Whether the first character after `end` (spaces skipped) sets the word apart.
fn followed_by_punctuation(text: &str, end: usize) -> bool {
    (text
        .get(end..)
        .unwrap_or_default()
        .trim_start()
        .chars()
        .next())
    .is_some_and(|c| SETTING_APART.contains(&c))
}

/// Whether a word, as written, is one unit of one or two lowercase unaccented letters written
/// over and over ("kkk", "haha").
fn is_laughter(written: &str) -> bool {
    let letters: Vec<char> = written.chars().collect();
    if !letters.iter().all(|c| c.is_ascii_lowercase()) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::{Analyzer, Language};

    fn terms(language: Language, question: &str, known: &[&str]) -> Vec<String> {
        let words = Analyzer::new(language).analyze(question);
        let known = |term: &str| known.contains(&term);
        without_fillers(words, question, &known)
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
                "jaja ¿y el perro del vecino?",
                "¿y el perro del vecino?",
            ),
            (Language::Pt, "kkkk e o barco novo?", "e o barco novo?"),
            (Language::Pt, "kkk e o barco novo?", "e o barco novo?"),
            (
                Language::En,
                "haha, where does he swim",
                "where does he swim",
            ),
            (Language::Pt, "e a horta? rsrs", "e a horta?"),
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

    #[test]
    fn a_name_or_family_word_of_the_same_form_stays() {
        for (language, question) in [
            (Language::Es, "¿Qué opina de Pepe?"),
            (Language::En, "What about Coco's album?"),
            (Language::Pt, "O que a vovó ensinou?"),
            (Language::Es, "¿Qué le dijo su mamá?"),
            (Language::En, "Did they rate it AAA?"),
            (Language::Pt, "O que o tutu de feijão leva?"),
        ] {
            assert_eq!(
                terms(language, question, &[]),
                plain(language, question),
                "{question}"
            );
        }
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
    fn the_plan_of_a_chat_message_leaves_its_laughter_out() {
        let plan = crate::search::query::plan(
            "jaja ¿y el huerto, da tomates?",
            &mut Analyzer::new(Language::Es),
            &crate::search::synonyms::Synonyms::default(),
            &crate::search::vocabulary::Vocabulary::default(),
            &Knows,
        );
        let words: Vec<&str> = plan.concepts.iter().map(|c| c.words.as_str()).collect();
        assert_eq!(words, ["huerto", "da", "tomates"]);
    }

    #[test]
    fn a_closing_or_what_tag_asks_nothing_but_an_accented_alternative_stays() {
        assert_eq!(
            terms(Language::Pt, "ela vai abrir outra padaria ou quê?", &[]),
            plain(Language::Pt, "ela vai abrir outra padaria?")
        );
        assert_eq!(
            terms(Language::Es, "¿Prefiere café o té?", &[]),
            ["prefer", "caf", "te"]
        );
    }
}
