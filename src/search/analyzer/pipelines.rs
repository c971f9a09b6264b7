//! The tantivy pipelines registered for the index fields, and the word folding they share with
//! [`super::Analyzer`]: kept in one place so that what the index stores and what a question is
//! turned into are built from the same steps.

use std::borrow::Cow;

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, RemoveLongFilter, TextAnalyzer, TokenStream,
};

use super::stem::TermFilter;
use super::words::WordTokenizer;
use super::Language;

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
pub(super) fn lowercase_analyzer(language: Language) -> TextAnalyzer {
    TextAnalyzer::builder(word_tokenizer(language))
        .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
        .filter(LowerCaser)
        .build()
}

/// Folds one whole word (with [`fold`]).
pub(super) fn folding_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(AsciiFoldingFilter)
        .build()
}

/// The word ASCII-folded exactly as the English fields fold it (an ASCII word is its own
/// folding: the filter leaves it as it is).
pub(super) fn fold(folder: &mut TextAnalyzer, word: &str) -> String {
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
pub(super) fn ascii_folded<'a>(folder: &mut TextAnalyzer, word: &'a str) -> Cow<'a, str> {
    if word.is_ascii() {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold(folder, word))
    }
}

/// A whole text lowercased and folded as the analysis folds a Spanish or Portuguese word
/// ([`fold`]), kept in one piece: for readers of a text's words that need no terms (the
/// question word an interviewer opens with), so they fold exactly as the analysis does.
pub fn folded_text(text: &str) -> String {
    fold(&mut folding_analyzer(), &text.to_lowercase())
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

/// The terms the registered pipeline of `language` gives `text`, for the tests that check
/// the index and the word analysis agree.
#[cfg(test)]
pub(super) fn terms_in(language: Language, text: &str) -> Vec<String> {
    let mut analyzer = term_analyzer_for(language);
    let mut stream = analyzer.token_stream(text);
    let mut terms = Vec::new();
    while stream.advance() {
        terms.push(stream.token().text.clone());
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::assert_same_terms;

    #[test]
    fn a_folded_text_loses_case_and_accents_as_the_analysed_words_do() {
        assert_eq!(folded_text("¿Por Qué se fue?"), "¿por que se fue?");
        assert_eq!(folded_text("Onde estão as ações?"), "onde estao as acoes?");
        assert_eq!(folded_text("Quién"), fold(&mut folding_analyzer(), "quién"));
        assert_eq!(folded_text("And where"), "and where");
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
}
