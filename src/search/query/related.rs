//! Words of general language that stand for one another ("quit" and "resign", "tumour" and
//! "cancer"; Spanish "tubería" and "cañería", Portuguese "novato" and "inexperiente"), built in: a
//! paraphrase shares few of its words with the passage that answers it, and the interviewer's
//! question rarely uses the person's words either.
//!
//! A related word joins the question's concept as one more way of matching it, counting for
//! less than the word itself in the first phase (see [`super::Source::boost`]) and in coverage
//! (see `rerank::RELATED_CREDIT`), and not for proximity; the concept's weight stays the typed
//! word's, so a word the corpus lacks still weighs the most. The operator's synonyms, when they
//! cover a word, take its place.

use std::path::Path;
use std::sync::LazyLock;

use crate::search::analyzer::Language;
use crate::search::synonyms::Synonyms;

/// The built-in lists, in the synonyms file format, one per language.
const ENGLISH: &str = include_str!("related.en.txt");
const SPANISH: &str = include_str!("related.es.txt");
const PORTUGUESE: &str = include_str!("related.pt.txt");

/// A list read with its language's analysis, so its entries meet the index's terms.
fn read(language: Language, name: &str, text: &str) -> Synonyms {
    Synonyms::parse_in(language, Path::new(name), text).0
}

static RELATED_EN: LazyLock<Synonyms> =
    LazyLock::new(|| read(Language::En, "related.en.txt", ENGLISH));
static RELATED_ES: LazyLock<Synonyms> =
    LazyLock::new(|| read(Language::Es, "related.es.txt", SPANISH));
static RELATED_PT: LazyLock<Synonyms> =
    LazyLock::new(|| read(Language::Pt, "related.pt.txt", PORTUGUESE));

/// The list of a language; none for languages without one.
fn list(language: Language) -> Option<&'static Synonyms> {
    match language {
        Language::En => Some(&RELATED_EN),
        Language::Es => Some(&RELATED_ES),
        Language::Pt => Some(&RELATED_PT),
        _ => None,
    }
}

/// The single-word terms related to `term` (an analysed term of a question in `language`),
/// without `term` itself; none for languages without a list.
pub(super) fn related_terms(language: Language, term: &str) -> Vec<String> {
    let Some(list) = list(language) else {
        return Vec::new();
    };
    let query = [term.to_string()];
    let mut related: Vec<String> = list
        .find(&query)
        .into_iter()
        .filter(|found| found.start == 0 && found.len == 1)
        .flat_map(|found| found.alternatives)
        .filter_map(|alternative| match alternative.as_slice() {
            [single] if single != term => Some(single.clone()),
            _ => None,
        })
        .collect();
    related.dedup();
    related
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::Analyzer;

    /// The analysed term of one word in `language`.
    fn term(language: Language, word: &str) -> String {
        Analyzer::new(language).analyze(word)[0]
            .term
            .clone()
            .unwrap()
    }

    #[test]
    fn the_built_in_lists_read_without_errors() {
        for (language, text) in [
            (Language::En, ENGLISH),
            (Language::Es, SPANISH),
            (Language::Pt, PORTUGUESE),
        ] {
            let (list, errors) = Synonyms::parse_in(language, Path::new("related"), text);
            assert!(errors.is_empty(), "{language:?}: {errors:?}");
            assert!(list.len() > 100, "{language:?}");
        }
    }

    /// The lines of a list whose single-word entries share a term with an entry of another
    /// line: once analysed, the two groups would merge into one ("crear" and "creer" are both
    /// "cre"), and a word would find another sense's words.
    fn merged_groups(language: Language, text: &str) -> Vec<(String, String)> {
        let mut analyzer = Analyzer::new(language);
        let mut owner: std::collections::HashMap<String, &str> = Default::default();
        let mut merged = Vec::new();
        let lines = text.lines().map(str::trim);
        for line in lines.filter(|l| !l.is_empty() && !l.starts_with('#')) {
            for entry in line.split(',') {
                let terms: Vec<String> = analyzer
                    .analyze(entry)
                    .into_iter()
                    .filter_map(|w| w.term)
                    .collect();
                let [term] = terms.as_slice() else { continue };
                match owner.get(term.as_str()) {
                    Some(other) if *other != line => {
                        merged.push((other.to_string(), line.to_string()));
                    }
                    _ => {
                        owner.insert(term.clone(), line);
                    }
                }
            }
        }
        merged
    }

    #[test]
    fn no_two_groups_of_a_list_share_a_term() {
        for (language, text) in [(Language::Es, SPANISH), (Language::Pt, PORTUGUESE)] {
            let merged = merged_groups(language, text);
            assert!(merged.is_empty(), "{language:?}: {merged:#?}");
        }
    }

    #[test]
    fn a_word_finds_its_related_words_analysed_like_the_index() {
        let (quit, resign) = (term(Language::En, "quitting"), term(Language::En, "resign"));
        assert!(related_terms(Language::En, &quit).contains(&resign));
        assert!(!related_terms(Language::En, &quit).contains(&quit));
        assert!(related_terms(Language::Neutral, &quit).is_empty());
    }

    #[test]
    fn spanish_and_portuguese_words_find_theirs_in_their_own_language() {
        let es = |w: &str| term(Language::Es, w);
        assert!(related_terms(Language::Es, &es("tuberías")).contains(&es("cañería")));
        let pt = |w: &str| term(Language::Pt, w);
        assert!(related_terms(Language::Pt, &pt("novatos")).contains(&pt("inexperiente")));
        assert!(related_terms(Language::Pt, &term(Language::En, "quitting")).is_empty());
    }
}
