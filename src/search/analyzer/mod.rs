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
mod function_words;
mod gender;
mod glide;
mod inflection;
mod irregular;
mod orthography;
mod phrases;
mod probes;
mod proper;
mod recent;
mod romance;
mod short_verbs;
mod short_words;
mod stem;
mod stopwords;
mod stressed;
mod verb_forms;
mod words;

use std::borrow::Cow;
use std::ops::Range;

use crate::fingerprint::Fingerprint;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, RemoveLongFilter, TextAnalyzer, TokenStream,
};

pub use super::language::Language;
pub use about::asks_about_the_interview;
use probes::{PROBE_WORDS, ROMANCE_PROBE_WORDS};
pub use recent::forget as forget_recent_analyses;
#[cfg(test)]
pub use recent::words_analysed;
use stem::TermFilter;
pub use stem::TermStemmer;
pub use stopwords::is_stopword;
pub use words::words;
use words::WordTokenizer;

/// Name under which the English term analyzer is registered in the index.
pub const TERM_ANALYZER: &str = "interview_en";

/// Name under which a language's term analyzer is registered in the index.
pub fn analyzer_name(language: Language) -> &'static str {
    match language {
        Language::En => TERM_ANALYZER,
        Language::Es => "interview_es",
        Language::Pt => "interview_pt",
        Language::Neutral => "interview_neutral",
    }
}

/// Longer "words" are noise (URLs, base64) and would bloat the index.
const MAX_WORD_BYTES: usize = 40;

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

/// The English analyzer registered for the English fields: words, lowercase, ASCII folding,
/// then [`TermStemmer`].
pub fn term_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(TermFilter(Language::En))
        .build()
}

/// The analyzer of a language's fields; see the module doc for the order of the steps.
pub fn term_analyzer_for(language: Language) -> TextAnalyzer {
    match language {
        Language::En => term_analyzer(),
        Language::Neutral => surface_analyzer(),
        Language::Es | Language::Pt => TextAnalyzer::builder(word_tokenizer(language))
            .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
            .filter(LowerCaser)
            .filter(TermFilter(language))
            .build(),
    }
}

/// The word splitter of a language: Portuguese keeps a verb's hyphenated pronouns with it.
fn word_tokenizer(language: Language) -> WordTokenizer {
    WordTokenizer {
        joins_clitics: language == Language::Pt,
    }
}

/// Words lowercased, not folded: Spanish and Portuguese stopwords are told apart by accents.
fn lowercase_analyzer(language: Language) -> TextAnalyzer {
    TextAnalyzer::builder(word_tokenizer(language))
        .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
        .filter(LowerCaser)
        .build()
}

/// Folds one whole word (with [`fold`]).
fn folding_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(AsciiFoldingFilter)
        .build()
}

/// The word ASCII-folded exactly as the English fields fold it (an ASCII word is its own
/// folding: the filter leaves it as it is).
fn fold(folder: &mut TextAnalyzer, word: &str) -> String {
    if word.is_ascii() {
        return word.to_string();
    }
    let mut stream = folder.token_stream(word);
    if stream.advance() {
        stream.token().text.clone()
    } else {
        word.to_string()
    }
}

/// [`fold`] without a copy for an ASCII word, its own folding.
fn ascii_folded<'a>(folder: &mut TextAnalyzer, word: &'a str) -> Cow<'a, str> {
    if word.is_ascii() {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold(folder, word))
    }
}

/// Words lowercased and folded but neither stopped nor stemmed: what the query planner needs to
/// look for synonyms and misspellings.
pub fn surface_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
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

    fn terms_in(language: Language, text: &str) -> Vec<String> {
        let mut analyzer = term_analyzer_for(language);
        let mut stream = analyzer.token_stream(text);
        let mut terms = Vec::new();
        while stream.advance() {
            terms.push(stream.token().text.clone());
        }
        terms
    }

    #[test]
    fn spanish_stems_drops_stopwords_and_matches_with_or_without_accents() {
        assert_eq!(
            terms_in(Language::Es, "las comunidades indígenas"),
            terms_in(Language::Es, "comunidad indigena")
        );
        assert!(terms_in(Language::Es, "¿Qué piensa ella sobre el litio?")
            .iter()
            .eq(["liti"].iter()));
        assert_eq!(terms_in(Language::Es, "nacionalización"), ["nacionalic"]);
        // Verb forms meet their infinitive, accented as written or typed without accents.
        for forms in [
            "creció crecio crecer",
            "cambió cambiaría cambiar",
            "vivía vivir",
            "ciudades ciudad",
            "nieve nevadas",
            "gobierno gobernar",
        ] {
            let terms = terms_in(Language::Es, forms);
            assert!(terms.iter().all(|t| *t == terms[0]), "{forms}: {terms:?}");
        }
    }

    #[test]
    fn attached_pronouns_elisions_and_unaccented_nasals_meet_the_plain_word() {
        let spanish = [
            ("cobrarles", "cobrar"),
            ("mostrándonos", "mostrar"),
            ("recuérdenos", "recordar"),
            ("ayúdeme", "ayudar"),
        ];
        assert_same_terms(Language::Es, &spanish);
        let portuguese = [("d'água", "água"), ("mae", "mãe"), ("alemaes", "alemães")];
        assert_same_terms(Language::Pt, &portuguese);
    }

    #[test]
    fn portuguese_stems_and_drops_question_framing() {
        assert_same_terms(Language::Pt, &[("Qual a postura dela? Como se sente?", "")]);
        assert_same_terms(
            Language::Pt,
            &[(
                "Donde veio àquela conclusão, prum leigo?",
                "veio conclusão leigo",
            )],
        );
        assert_same_terms(Language::Es, &[("¿Adónde fue contigo?", "")]);
        assert_same_terms(
            Language::Es,
            &[("¿Cuál es su postura sobre el litio?", "litio")],
        );
        assert_eq!(
            terms_in(Language::Pt, "Qual é o papel da China na África?"),
            ["chin", "afric"]
        );
        assert_eq!(
            terms_in(Language::Pt, "integração"),
            terms_in(Language::Pt, "integracao")
        );
        assert_eq!(
            terms_in(Language::Pt, "políticas públicas"),
            terms_in(Language::Pt, "politica publica")
        );
    }

    #[test]
    fn folding_never_turns_a_content_word_into_a_stopword() {
        // Spanish "té" (tea) folds to "te" (you), Portuguese "pôr" (to put) to "por" (by).
        assert_eq!(terms_in(Language::Es, "té"), ["te"]);
        assert!(terms_in(Language::Es, "te").is_empty());
        assert_eq!(terms_in(Language::Pt, "pôr"), ["por"]);
        assert!(terms_in(Language::Pt, "por").is_empty());
        // "é" (is) and "e" (and) are both only grammar.
        assert!(terms_in(Language::Pt, "é e").is_empty());
    }

    #[test]
    fn the_neutral_analysis_only_lowercases_and_folds() {
        assert_eq!(
            terms_in(Language::Neutral, "Die Löhne und the"),
            ["die", "lohne", "und", "the"]
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
