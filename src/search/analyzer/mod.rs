//! How text becomes index terms, shared by indexing, querying and highlighting so the three can
//! never disagree.
//!
//! Words are runs of letters and digits (keeping inner apostrophes, so "don’t" stays one word),
//! lowercased and ASCII-folded ("Bolívar" -> "bolivar"); stopwords are dropped; the rest are
//! stemmed with Snowball English, guarded against two over-stemmings that cause false matches.
//!
//! Each [`Language`] has its analyzer, registered in the index under
//! [`analyzer_name`]. Spanish and Portuguese words are checked against their stopword lists
//! *before* folding, since folding turns content words into stopwords (Spanish "té", tea, would
//! become "te", you); then they are folded and stemmed, so accents typed or not match.
//! Other languages are only lowercased and folded.

mod about;
mod adverbs;
mod apart;
mod auxiliary;
mod chat;
mod clitics;
mod demonyms;
mod derivation;
mod english_irregular;
mod function_words;
mod gender;
mod glide;
mod inflection;
mod irregular;
mod orthography;
mod phrases;
mod pipelines;
mod probes;
mod proper;
mod recent;
mod romance;
mod short_verbs;
mod short_words;
mod stem;
mod stopwords;
mod stressed;
mod typed_endings;
mod verb_forms;
mod words;

use std::ops::Range;

use crate::fingerprint::Fingerprint;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};

pub use super::language::Language;
pub use about::asks_about_the_interview;
#[cfg(test)]
use pipelines::terms_in;
pub use pipelines::{
    analyzer_name, folded_text, surface_analyzer, term_analyzer, term_analyzer_for, TERM_ANALYZER,
};
use pipelines::{ascii_folded, fold, folding_analyzer, lowercase_analyzer};
use probes::{PROBE_WORDS, ROMANCE_PROBE_WORDS};
pub use recent::forget as forget_recent_analyses;
#[cfg(test)]
pub use recent::words_analysed;
pub use stem::TermStemmer;
pub use stopwords::is_stopword;
pub use words::words;

/// Identifies the analysis rules (stopwords, exceptions, suffix families, the stemmer's
/// output), so an index persisted by another version is rebuilt instead of silently reused.
pub fn fingerprint() -> String {
    let mut fingerprint = Fingerprint::new();
    fingerprint
        .parts(stopwords::english_stopwords())
        .parts(stem::english_rules())
        .parts(Analyzer::default().terms(&PROBE_WORDS.join(" ")))
        .parts(romance::framing_words());
    for language in [Language::Es, Language::Pt, Language::Neutral] {
        fingerprint.parts(Analyzer::new(language).terms(&ROMANCE_PROBE_WORDS.join(" ")));
    }
    fingerprint.hex()
}

/// One analysed word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedWord {
    /// Lowercased, folded word.
    pub surface: String,
    /// Its index term, `None` for stopwords.
    pub term: Option<String>,
    /// Word position in the text (stopwords count), for phrase queries.
    pub position: usize,
    /// Byte range in the original text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
}

/// Analyses text word by word with the same rules as the index.
pub struct Analyzer {
    language: Language,
    /// Splits and lowercases; folds too for English and the neutral analysis.
    surface: TextAnalyzer,
    stemmer: TermStemmer,
    /// Folds Spanish and Portuguese words after their terms are found.
    folder: TextAnalyzer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new(Language::En)
    }
}

impl Analyzer {
    /// The analyzer of a language, with the rules of its index fields.
    pub fn new(language: Language) -> Analyzer {
        let surface = match language {
            Language::En | Language::Neutral => surface_analyzer(),
            Language::Es | Language::Pt => lowercase_analyzer(language),
        };
        Analyzer {
            language,
            surface,
            stemmer: TermStemmer::for_language(language),
            folder: folding_analyzer(),
        }
    }

    /// The language analysed.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Every word of `text` with its term.
    pub fn analyze(&mut self, text: &str) -> Vec<AnalyzedWord> {
        self.words(text, true)
    }

    /// Every word of `text`, lowercased and folded, without terms: for callers that already
    /// know the terms of the corpus's words.
    pub fn surfaces(&mut self, text: &str) -> Vec<AnalyzedWord> {
        self.words(text, false)
    }

    /// The words of `text`, with their terms when `with_terms`.
    fn words(&mut self, text: &str, with_terms: bool) -> Vec<AnalyzedWord> {
        if let Some(words) = recent::recall(self.language, with_terms, text) {
            return words;
        }
        let words = self.analysed(text, with_terms);
        recent::keep(self.language, with_terms, text, &words);
        words
    }

    /// The words of `text` analysed anew.
    fn analysed(&mut self, text: &str, with_terms: bool) -> Vec<AnalyzedWord> {
        let folds_after = matches!(self.language, Language::Es | Language::Pt);
        let Analyzer {
            surface,
            stemmer,
            folder,
            ..
        } = self;
        let mut out = Vec::new();
        let mut stream = surface.token_stream(text);
        while stream.advance() {
            let token = stream.token();
            let surface = if folds_after {
                fold(folder, &token.text)
            } else {
                token.text.clone()
            };
            out.push(AnalyzedWord {
                term: if with_terms {
                    stemmer.term_in(&token.text, text, token.offset_from, token.offset_to)
                } else {
                    None
                },
                surface,
                position: token.position,
                start: token.offset_from,
                end: token.offset_to,
            });
        }
        out
    }

    /// Calls `found` with each word of `text`, lowercased and folded as [`Analyzer::surfaces`]
    /// gives it, and its byte range, without keeping the words: what highlighting a passage
    /// needs.
    pub fn each_surface(&mut self, text: &str, mut found: impl FnMut(&str, Range<usize>)) {
        let folds_after = matches!(self.language, Language::Es | Language::Pt);
        let Analyzer {
            surface, folder, ..
        } = self;
        let mut stream = surface.token_stream(text);
        while stream.advance() {
            let token = stream.token();
            let range = token.offset_from..token.offset_to;
            if folds_after {
                found(&ascii_folded(folder, &token.text), range);
            } else {
                found(&token.text, range);
            }
        }
    }

    /// The index term of a single word (used for synonym entries).
    pub fn terms(&mut self, text: &str) -> Vec<String> {
        self.analyze(text)
            .into_iter()
            .filter_map(|w| w.term)
            .collect()
    }
}

/// The index terms of `text` in `language`, for the tests of the analysis modules.
#[cfg(test)]
fn test_terms(language: Language, text: &str) -> Vec<String> {
    Analyzer::new(language).terms(text)
}

/// Asserts that both texts of every pair have the same index terms in `language`.
#[cfg(test)]
fn assert_same_terms(language: Language, pairs: &[(&str, &str)]) {
    for (text, plain) in pairs {
        assert_eq!(
            test_terms(language, text),
            test_terms(language, plain),
            "{text:?} / {plain:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_terms(text: &str) -> Vec<String> {
        terms_in(Language::En, text)
    }

    #[test]
    fn folding_stemming_and_stopwords() {
        assert_eq!(
            index_terms("Bolívar’s dream"),
            index_terms("bolivar dreams")
        );
        assert!(index_terms("What does he think about the").is_empty());
        assert!(index_terms("we won’t have learned").contains(&"learn".to_string()));
        assert!(!index_terms("we won’t").contains(&"won".to_string()));
    }

    #[test]
    fn dotted_and_capitalised_us_is_the_country_not_a_stopword() {
        assert_eq!(
            index_terms("the U.S. authorities"),
            index_terms("US authorities")
        );
        assert_eq!(index_terms("tell us"), index_terms("tell"));
    }

    #[test]
    fn chat_fillers_around_a_question_are_no_topic() {
        assert_eq!(
            index_terms("so what did he do before Google, anyway?"),
            index_terms("Google")
        );
        assert_eq!(
            index_terms("btw can you remind me about the strike"),
            index_terms("strike")
        );
    }
    #[test]
    fn word_analysis_agrees_with_the_index_in_every_language() {
        let text = "¿Cuál es el papel de las políticas públicas en la integração? Bolívar’s";
        for language in Language::ALL {
            let words = Analyzer::new(language).terms(text);
            assert_eq!(words, terms_in(language, text), "{language:?}");
        }
        let surfaces = Analyzer::new(Language::Pt).surfaces("Integração É");
        assert_eq!(surfaces[0].surface, "integracao");
        assert_eq!(surfaces[1].surface, "e");
        let mut each = Vec::new();
        let found = |s: &str, range: Range<usize>| each.push((s.to_string(), range));
        Analyzer::new(Language::Pt).each_surface("Integração É", found);
        let expected = surfaces.into_iter().map(|w| (w.surface, w.start..w.end));
        assert_eq!(each, expected.collect::<Vec<_>>());
    }

    #[test]
    fn analyzer_reports_positions_and_byte_ranges() {
        let words = Analyzer::default().analyze("The Bank of ALBA");
        let described: Vec<_> = words
            .iter()
            .map(|w| {
                (
                    w.surface.as_str(),
                    w.term.as_deref(),
                    w.position,
                    w.start,
                    w.end,
                )
            })
            .collect();
        assert_eq!(
            described,
            [
                ("the", None, 0, 0, 3),
                ("bank", Some("bank"), 1, 4, 8),
                ("of", None, 2, 9, 11),
                ("alba", Some("alba"), 3, 12, 16),
            ]
        );
    }
}
