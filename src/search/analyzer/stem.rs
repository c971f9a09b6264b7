//! From a word to its index term: stopwords dropped, Snowball stemming guarded against
//! over-stemming in English, folding after the stopword check in Spanish and Portuguese.

use std::borrow::Cow;

use tantivy::tokenizer::{RawTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer};

use super::apart;
use super::auxiliary;
use super::chat;
use super::clitics;
use super::demonyms;
use super::derivation;
use super::english_irregular;
use super::function_words;
use super::gender;
use super::glide;
use super::inflection;
use super::irregular;
use super::orthography;
use super::phrases;
use super::proper;
use super::romance::{
    PORTUGUESE_FRAMING_SET, PORTUGUESE_STOPWORDS, SPANISH_FRAMING_SET, SPANISH_STOPWORDS,
};
use super::short_words;
use super::stopwords::is_stopword;
use super::stressed;
use super::typed_endings;
use super::words::normalize_apostrophes;
use super::{ascii_folded, fold, folding_analyzer, Language};

/// Stems an English word while keeping two families apart that Snowball merges with their root,
/// which made "capital of France" match "capitalism" and "organ" match "organization":
/// `-ism/-ist` words share a stem of their own, and so do `-ize/-ization` words.
///
/// For Spanish and Portuguese it checks the stopword lists on the word as written, then folds
/// and stems it; for other languages a word is its own term.
pub struct TermStemmer {
    language: Language,
    snowball: frostem::Stemmer,
    /// Snowball's stopword list of the language, asked one word at a time (tantivy keeps the
    /// list private); `None` for English (own list) and the neutral analysis (none).
    stopwords: Option<TextAnalyzer>,
    /// ASCII folding of one word, applied after the stopword check.
    folder: TextAnalyzer,
}

impl Default for TermStemmer {
    fn default() -> Self {
        TermStemmer::for_language(Language::En)
    }
}

/// Words Snowball stems onto an unrelated root: "international" and "internally" both become
/// "intern"; "rights" (equal rights, human rights) would become "right" as in "right now".
const STEM_EXCEPTIONS: &[(&str, &str)] = &[
    ("international", "internation"),
    ("internationally", "internation"),
    ("internationals", "internation"),
    ("rights", "rights"),
];

const ISM_SUFFIXES: &[&str] = &["isms", "ism", "ists", "ist", "istic", "istics"];
const IZE_SUFFIXES: &[&str] = &["izing", "izers", "izer", "izes", "ized", "ize"];
/// Nouns in "-ization" often name an institution rather than the act ("international
/// organizations" is not "how ALBA is organised"), so they form a family of their own.
const IZATION_SUFFIXES: &[&str] = &["izations", "ization", "isations", "isation"];
/// British "-ise" spellings join the "-ize" family only with a longer root, as many short "-ise"
/// words are not derived verbs ("promise", "precise").
const ISE_SUFFIXES: &[&str] = &["ising", "isers", "iser", "ises", "ised", "ise"];

/// Least root a suffix family needs: shorter ones are words that only end like the suffix
/// ("list", "size", "prism").
const MIN_ROOT_CHARS: usize = 4;

/// Least root for the "-ise" family: "promise" and "precise" end like it on four-letter roots.
const MIN_ISE_ROOT_CHARS: usize = 5;

/// The English exceptions and suffix families, in a fixed order (for [`super::fingerprint`]).
pub(super) fn english_rules() -> impl Iterator<Item = &'static str> {
    ISM_SUFFIXES
        .iter()
        .chain(IZE_SUFFIXES)
        .chain(IZATION_SUFFIXES)
        .chain(ISE_SUFFIXES)
        .chain(STEM_EXCEPTIONS.iter().flat_map(|(w, s)| [w, s]))
        .copied()
        .chain(english_irregular::english_irregular_rules())
}

impl TermStemmer {
    /// The stemmer of a language.
    pub fn for_language(language: Language) -> TermStemmer {
        let algorithm = match language {
            Language::Es => frostem::Algorithm::Spanish,
            Language::Pt => frostem::Algorithm::Portuguese,
            Language::En | Language::Neutral => frostem::Algorithm::English,
        };
        let list = match language {
            Language::Es => SPANISH_STOPWORDS.clone(),
            Language::Pt => PORTUGUESE_STOPWORDS.clone(),
            Language::En | Language::Neutral => None,
        };
        TermStemmer {
            language,
            snowball: frostem::Stemmer::new(algorithm),
            stopwords: list.map(|filter| {
                TextAnalyzer::builder(RawTokenizer::default())
                    .filter(filter)
                    .build()
            }),
            folder: folding_analyzer(),
        }
    }

    /// The index term for a lowercased word (folded too for English and the neutral
    /// analysis, unfolded for Spanish and Portuguese), or `None` for a stopword.
    pub fn term(&mut self, word: &str) -> Option<String> {
        match self.language {
            Language::En => self.english_term(word),
            Language::Neutral => (!word.is_empty()).then(|| word.to_string()),
            Language::Es | Language::Pt => self.romance_term(word),
        }
    }

    /// The index term of the lowercased `word`, found at `start..end` of `text`: a Spanish or
    /// Portuguese function word written as part of a proper name ("o Mais Médicos", "em São
    /// Paulo") is kept and stemmed (see [`proper`]).
    pub fn term_in(&mut self, word: &str, text: &str, start: usize, end: usize) -> Option<String> {
        if self.language == Language::En {
            if let Some(term) = phrases::phrasal_verb(word, text, end) {
                return Some(term.to_string());
            }
            if chat::is_chat(word, text, start, end) {
                return None;
            }
        }
        let romance = matches!(self.language, Language::Es | Language::Pt);
        if romance
            && (phrases::ends_function_phrase(self.language, word, text, start)
                || auxiliary::is_auxiliary(self.language, word, text, start, end))
        {
            return None;
        }
        let kept = proper::is_name_part(text, start, end)
            || proper::is_acronym(text, start, end)
            || (romance && phrases::believes_in(self.language, word, text, end));
        if !(romance && kept) {
            return self.term(word);
        }
        let word = normalize_apostrophes(word);
        match self.language {
            Language::Pt => self.portuguese_term(&word),
            _ => self.spanish_term(&word),
        }
    }

    /// True when `word` (lowercased, not folded) is a Spanish or Portuguese stopword: in
    /// Snowball's list or the framing words, or a form of one (see [`function_words`]).
    fn is_romance_stopword(&mut self, word: &str) -> bool {
        let framing = match self.language {
            Language::Es => &*SPANISH_FRAMING_SET,
            Language::Pt => &*PORTUGUESE_FRAMING_SET,
            Language::En | Language::Neutral => return false,
        };
        let snowball = &mut self.stopwords;
        let mut listed = |spelling: &str| {
            framing.contains(spelling)
                || snowball
                    .as_mut()
                    .is_some_and(|list| !list.token_stream(spelling).advance())
        };
        function_words::is_function_word(self.language, word, &mut listed)
    }

    fn romance_term(&mut self, word: &str) -> Option<String> {
        let word = normalize_apostrophes(word);
        let word = match clitics::after_elision(&word) {
            Some(rest) => Cow::Owned(rest.to_string()),
            None => word,
        };
        let word = match self.language {
            Language::Pt if word.contains('-') => {
                Cow::Owned(inflection::portuguese_verb_without_clitics(&word))
            }
            Language::Es => clitics::spanish_imperative(&word)
                .or_else(|| clitics::spanish_verb_without_two_pronouns(&word))
                .map_or(word, Cow::Owned),
            _ => word,
        };
        if word.is_empty() || self.is_romance_stopword(&word) {
            return None;
        }
        let word = match inflection::superlative_base(&word) {
            Some(base) if self.is_romance_stopword(&base) => return None,
            Some(base) => base,
            None => word.into_owned(),
        };
        if self.language == Language::Pt {
            return self.portuguese_term(&word);
        }
        self.spanish_term(&word)
    }

    /// Spanish is stemmed with its accents, then folded, as Portuguese is: Snowball's verb
    /// endings carry them ("creció", "tenía", "cambiaría" would keep "creci", "teni",
    /// "cambiari" once folded, apart from "crecer", "tener", "cambiar").
    fn spanish_term(&mut self, word: &str) -> Option<String> {
        let folded = ascii_folded(&mut self.folder, word);
        let respelled = irregular::spanish_infinitive(word, &folded)
            .or_else(|| stressed::spanish_stressed_es(word))
            .or_else(|| stressed::spanish_final_stress(word));
        let spelled = typed_endings::spanish_spelling(respelled.as_deref().unwrap_or(word));
        let verb = derivation::derived_verb(&inflection::spanish_singular(&spelled));
        let singular = derivation::spanish_base(&verb);
        let folded_singular = ascii_folded(&mut self.folder, &singular);
        if let Some(term) = gender::masculine_term(true, &folded_singular)
            .or_else(|| apart::own_term(true, &folded_singular))
        {
            return Some(term);
        }
        let stem = self.snowball.stem(&singular);
        let stem = glide::spanish_stem_without_glide(word, fold(&mut self.folder, &stem));
        let stem = irregular::root_spelling(stem);
        let stem = if inflection::keeps_diphthong(&folded) {
            stem
        } else {
            inflection::spanish_stem_without_diphthong(stem)
        };
        let stem = short_words::without_final_vowel(stem);
        let stem = short_words::with_root_vowel(&ascii_folded(&mut self.folder, &verb), stem);
        let singular = ascii_folded(&mut self.folder, &singular);
        let stem = short_words::bare_root(&folded, &singular, stem);
        let stem = irregular::spanish_z_spelling(stem);
        Some(demonyms::place_stem(Language::Es, stem))
    }

    /// Portuguese is stemmed with its accents, then folded (see [`inflection`]).
    fn portuguese_term(&mut self, word: &str) -> Option<String> {
        if let Some(stressed) = stressed::portuguese_stressed_e(word) {
            return Some(ascii_folded(&mut self.folder, &stressed).into_owned());
        }
        let folded = ascii_folded(&mut self.folder, word);
        let infinitive = irregular::portuguese_infinitive(word, &folded);
        let unstressed = stressed::portuguese_final_stress(word);
        let word = infinitive.or(unstressed.as_deref()).unwrap_or(word);
        let current = orthography::current_portuguese_spelling(word);
        let spelled = typed_endings::portuguese_spelling(&current);
        if spelled != word && self.is_romance_stopword(&spelled) {
            return None;
        }
        let singular =
            short_words::portuguese_plain_singular(&inflection::portuguese_singular(&spelled));
        if let Some(term) = apart::own_term(false, &ascii_folded(&mut self.folder, &singular)) {
            return Some(term);
        }
        let derived = derivation::portuguese_base(&derivation::derived_verb(&singular));
        if let Some(term) = gender::masculine_term(false, &ascii_folded(&mut self.folder, &derived))
        {
            return Some(term);
        }
        let stem = self.snowball.stem(&derived);
        let stem = derivation::portuguese_glide(
            &ascii_folded(&mut self.folder, &derived),
            fold(&mut self.folder, &stem),
        );
        let stem = irregular::root_spelling(stem);
        let stem = derivation::portuguese_stem_of_noun_in_cao(stem);
        let stem = glide::portuguese_stem_without_glide(stem);
        let stem = short_words::without_final_vowel(stem);
        let singular = ascii_folded(&mut self.folder, &singular);
        let stem = short_words::bare_root(&folded, &singular, stem);
        Some(demonyms::place_stem(Language::Pt, stem))
    }

    /// The English index term for a lowercased, folded word, or `None` for a stopword.
    fn english_term(&self, word: &str) -> Option<String> {
        let word = normalize_apostrophes(word);
        if is_stopword(&word) {
            return None;
        }
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix('\''))
            .unwrap_or(&word);
        if word.is_empty() {
            return None;
        }
        let word = english_irregular::english_base(word).unwrap_or(word);
        if is_stopword(word) {
            return None;
        }
        if let Some(stem) = STEM_EXCEPTIONS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, stem)| stem)
        {
            return Some((*stem).to_string());
        }
        if word.contains('.') {
            // A dotted acronym: stemming would cut "u.s" to "u.".
            return Some(word.to_string());
        }
        let families = [
            (ISM_SUFFIXES, "ism", MIN_ROOT_CHARS),
            (IZATION_SUFFIXES, "ization", MIN_ROOT_CHARS),
            (IZE_SUFFIXES, "iz", MIN_ROOT_CHARS),
            (ISE_SUFFIXES, "iz", MIN_ISE_ROOT_CHARS),
        ];
        for (suffixes, marker, min_root) in families {
            if let Some(root) = suffixes.iter().find_map(|s| word.strip_suffix(s)) {
                if root.chars().count() >= min_root {
                    return Some(format!("{}{marker}", self.snowball.stem(root)));
                }
            }
        }
        Some(self.snowball.stem(word).into_owned())
    }
}

/// Drops stopwords and replaces words by their [`TermStemmer`] term in the language; positions
/// are kept so a phrase query can skip the removed words.
#[derive(Clone, Copy)]
pub(super) struct TermFilter(pub(super) Language);

#[derive(Clone)]
pub(super) struct TermFilterTokenizer<T> {
    inner: T,
    language: Language,
}

impl TokenFilter for TermFilter {
    type Tokenizer<T: Tokenizer> = TermFilterTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> TermFilterTokenizer<T> {
        TermFilterTokenizer {
            inner: tokenizer,
            language: self.0,
        }
    }
}

impl<T: Tokenizer> Tokenizer for TermFilterTokenizer<T> {
    type TokenStream<'a> = TermFilterStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        TermFilterStream {
            tail: self.inner.token_stream(text),
            stemmer: TermStemmer::for_language(self.language),
            text,
        }
    }
}

pub(super) struct TermFilterStream<'a, T> {
    tail: T,
    stemmer: TermStemmer,
    /// The text analysed, whose capitals tell name parts apart (see [`proper`]).
    text: &'a str,
}

impl<T: TokenStream> TokenStream for TermFilterStream<'_, T> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            let token = self.tail.token();
            let (start, end) = (token.offset_from, token.offset_to);
            if let Some(term) = self.stemmer.term_in(&token.text, self.text, start, end) {
                self.tail.token_mut().text = term;
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guarded_stemming_keeps_derived_families_apart_from_roots() {
        let stem = |w: &str| TermStemmer::default().term(w).unwrap();
        assert_ne!(stem("capital"), stem("capitalism"));
        assert_eq!(stem("capitalism"), stem("capitalist"));
        assert_ne!(stem("organ"), stem("organizations"));
        assert_eq!(stem("organizing"), stem("organized"));
        assert_eq!(stem("organisations"), stem("organization"));
        assert_ne!(
            stem("organized"),
            stem("organizations"),
            "the act is not the institution"
        );
        assert_eq!(stem("vaccines"), stem("vaccine"));
        assert_eq!(stem("organised"), stem("organized"));
        assert_eq!(stem("size"), "size");
        assert_ne!(stem("international"), stem("internally"));
        assert_ne!(
            stem("rights"),
            stem("right"),
            "equal rights are not 'right now'"
        );
        assert!(!stem("promise").ends_with("iz"));
    }
}
