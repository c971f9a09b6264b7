//! Words of general English that stand for one another ("quit" and "resign", "tumour" and
//! "cancer"), built in: a paraphrase shares few of its words with the passage that answers it,
//! and the interviewer's question rarely uses the person's words either.
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

/// The built-in list, in the synonyms file format.
const ENGLISH: &str = include_str!("related.en.txt");

static RELATED_EN: LazyLock<Synonyms> =
    LazyLock::new(|| Synonyms::parse_in(Language::En, Path::new("related.en.txt"), ENGLISH).0);

/// The single-word terms related to `term` (an analysed term of a question in `language`),
/// without `term` itself; none for languages without a list.
pub(super) fn related_terms(language: Language, term: &str) -> Vec<String> {
    if language != Language::En {
        return Vec::new();
    }
    let query = [term.to_string()];
    RELATED_EN
        .find(&query)
        .into_iter()
        .filter(|found| found.start == 0 && found.len == 1)
        .flat_map(|found| found.alternatives)
        .filter_map(|alternative| match alternative.as_slice() {
            [single] if single != term => Some(single.clone()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_list_reads_without_errors() {
        let (list, errors) = Synonyms::parse_in(Language::En, Path::new("related"), ENGLISH);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(list.len() > 100);
    }

    #[test]
    fn a_word_finds_its_related_words_analysed_like_the_index() {
        let mut analyzer = crate::search::analyzer::Analyzer::new(Language::En);
        let mut term = |w: &str| analyzer.analyze(w)[0].term.clone().unwrap();
        let (quit, resign) = (term("quitting"), term("resign"));
        assert!(related_terms(Language::En, &quit).contains(&resign));
        assert!(!related_terms(Language::En, &quit).contains(&quit));
        assert!(related_terms(Language::Es, &quit).is_empty());
    }
}
