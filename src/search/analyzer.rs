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

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, RemoveLongFilter, StopWordFilter, TextAnalyzer,
    Token, TokenFilter, TokenStream, Tokenizer,
};

pub use super::language::Language;

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

/// Snowball's English stopword list (with contractions in both apostrophe forms handled by
/// normalisation), plus words that only frame a question or a chat message. Tantivy's built-in
/// list is too short for questions: "what does he say about" must not match anything.
const STOPWORDS: &[&str] = &[
    // Snowball English.
    "i",
    "me",
    "my",
    "myself",
    "we",
    "our",
    "ours",
    "ourselves",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "it",
    "its",
    "itself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
    "what",
    "which",
    "who",
    "whom",
    "this",
    "that",
    "these",
    "those",
    "am",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "doing",
    "would",
    "should",
    "could",
    "ought",
    "i'm",
    "you're",
    "he's",
    "she's",
    "it's",
    "we're",
    "they're",
    "i've",
    "you've",
    "we've",
    "they've",
    "i'd",
    "you'd",
    "he'd",
    "she'd",
    "we'd",
    "they'd",
    "i'll",
    "you'll",
    "he'll",
    "she'll",
    "we'll",
    "they'll",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "doesn't",
    "don't",
    "didn't",
    "won't",
    "wouldn't",
    "shan't",
    "shouldn't",
    "can't",
    "cannot",
    "couldn't",
    "mustn't",
    "let's",
    "that's",
    "who's",
    "what's",
    "here's",
    "there's",
    "when's",
    "where's",
    "why's",
    "how's",
    "a",
    "an",
    "the",
    "and",
    "but",
    "if",
    "or",
    "because",
    "as",
    "until",
    "while",
    "of",
    "at",
    "by",
    "for",
    "with",
    "about",
    "against",
    "between",
    "into",
    "through",
    "during",
    "before",
    "after",
    "above",
    "below",
    "to",
    "from",
    "up",
    "down",
    "in",
    "out",
    "on",
    "off",
    "over",
    "under",
    "again",
    "further",
    "then",
    "once",
    "here",
    "there",
    "when",
    "where",
    "why",
    "how",
    "all",
    "any",
    "both",
    "each",
    "few",
    "more",
    "most",
    "other",
    "some",
    "such",
    "no",
    "nor",
    "not",
    "only",
    "own",
    "same",
    "so",
    "than",
    "too",
    "very",
    // Modal and filler words Snowball leaves in.
    "will",
    "can",
    "may",
    "might",
    "must",
    "shall",
    "also",
    "just",
    "s",
    "t",
    "d",
    "ll",
    "re",
    "ve",
    "m",
    "yet",
    "still",
    "ever",
    "even",
    "much",
    "many",
    "whose",
    "whats",
    "wat",
    "u",
    "ur",
    "im",
    "dont",
    "doesnt",
    "didnt",
    "isnt",
    "cant",
    "wont",
    // Words that frame a question rather than carry its topic.
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "telling",
    "told",
    "think",
    "thinks",
    "thinking",
    "thought",
    "thoughts",
    "opinion",
    "opinions",
    "view",
    "views",
    "feel",
    "feels",
    "believe",
    "believes",
    "explain",
    "explains",
    "describe",
    "describes",
    "mention",
    "mentions",
    "mentioned",
    "talk",
    "talks",
    "talked",
    "talking",
    "speak",
    "speaks",
    "spoke",
    "know",
    "knows",
    "mean",
    "means",
    "stance",
    "answer",
    "answered",
    "answers",
    "ask",
    "asked",
    "asks",
    "question",
    "questions",
    "interview",
    "interviewed",
    "please",
    "pls",
    "plz",
    "hey",
    "hi",
    "hello",
    "thanks",
    "thank",
    "bot",
    "lol",
    "ok",
    "okay",
    "yeah",
    "yes",
    "like",
    "actually",
    "really",
    "basically",
    "anything",
    "something",
    "thing",
    "things",
    "stuff",
    "kind",
    "sort",
    "get",
    "got",
    "want",
    "wants",
    "guy",
    "guys",
    "someone",
    "somebody",
    "let",
    "us",
    "regarding",
    "tldr",
    "summary",
    "summarize",
    "quote",
    "quotes",
    "role",
    "roles",
    "play",
    "plays",
    "played",
    "playing",
    "happen",
    "happens",
    "happened",
    "happening",
    "recently",
    "currently",
    "exactly",
    "overall",
    "generally",
    "specifically",
    // Filler adverbs Snowball would stem onto content words ("mainly" -> "main").
    "mainly",
    "obviously",
    "probably",
    "certainly",
    "especially",
    "particularly",
    "simply",
];

static STOPWORD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| STOPWORDS.iter().copied().collect());

/// Spanish words beyond Snowball's list (tantivy's `StopWordFilter`) that frame a question or
/// a chat message rather than carry its topic, written with their accents: the lists are
/// checked before folding.
const SPANISH_FRAMING: &[&str] = &[
    "qué",
    "cuál",
    "cuáles",
    "cómo",
    "dónde",
    "cuándo",
    "quién",
    "quiénes",
    "cuánto",
    "cuánta",
    "cuántos",
    "cuántas",
    "porqué",
    "dice",
    "dicen",
    "dijo",
    "decir",
    "piensa",
    "piensan",
    "pensar",
    "opina",
    "opinan",
    "opinión",
    "cree",
    "creen",
    "habla",
    "hablan",
    "habló",
    "hablar",
    "explica",
    "explicó",
    "explicar",
    "cuenta",
    "contó",
    "menciona",
    "entrevista",
    "entrevistado",
    "entrevistada",
    "pregunta",
    "respuesta",
    "acerca",
    "respecto",
    "papel",
    "rol",
    "es",
    "son",
    "fue",
    "fueron",
    "ser",
    "hay",
    "puede",
    "pueden",
    "hacer",
    "hace",
    "hacen",
    "usted",
    "ustedes",
    "señor",
    "señora",
    "según",
    "entonces",
    "algo",
    "cosa",
    "cosas",
    "muy",
    "mucho",
    "hola",
    "gracias",
    "favor",
    "bot",
    "cada",
    "vez",
    "veces",
    "algún",
    "alguno",
    "alguna",
    "algunos",
    "algunas",
];

/// Portuguese words beyond Snowball's list that frame a question, see [`SPANISH_FRAMING`].
/// Snowball's list lacks "é" (is), which folding would otherwise merge with "e" (and).
const PORTUGUESE_FRAMING: &[&str] = &[
    "é",
    "são",
    "ser",
    "foi",
    "foram",
    "pode",
    "podem",
    "fazer",
    "faz",
    "fazem",
    "ter",
    "têm",
    "quais",
    "como",
    "onde",
    "quando",
    "quem",
    "porque",
    "porquê",
    "quanto",
    "quanta",
    "quantos",
    "quantas",
    "diz",
    "dizem",
    "disse",
    "dizer",
    "pensa",
    "pensam",
    "pensar",
    "acha",
    "acham",
    "achar",
    "opina",
    "opinião",
    "acredita",
    "fala",
    "falam",
    "falou",
    "falar",
    "explica",
    "explicou",
    "explicar",
    "conta",
    "contou",
    "menciona",
    "entrevista",
    "entrevistado",
    "entrevistada",
    "pergunta",
    "resposta",
    "respeito",
    "papel",
    "senhor",
    "senhora",
    "você",
    "vocês",
    "segundo",
    "então",
    "coisa",
    "coisas",
    "muito",
    "muita",
    "também",
    "ainda",
    "já",
    "olá",
    "oi",
    "obrigado",
    "obrigada",
    "favor",
    "bot",
    "cada",
    "vez",
    "vezes",
    "algum",
    "alguma",
    "alguns",
    "algumas",
];

static SPANISH_FRAMING_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| SPANISH_FRAMING.iter().copied().collect());

static PORTUGUESE_FRAMING_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| PORTUGUESE_FRAMING.iter().copied().collect());

/// Snowball's stopword lists as tantivy ships them, built once.
static SPANISH_STOPWORDS: LazyLock<Option<StopWordFilter>> =
    LazyLock::new(|| StopWordFilter::new(tantivy::tokenizer::Language::Spanish));

static PORTUGUESE_STOPWORDS: LazyLock<Option<StopWordFilter>> =
    LazyLock::new(|| StopWordFilter::new(tantivy::tokenizer::Language::Portuguese));

/// Words whose Spanish and Portuguese analyses show a change of rules or stemmer.
const ROMANCE_PROBE_WORDS: &[&str] = &[
    "é",
    "té",
    "más",
    "nacionalización",
    "integração",
    "comunidades",
    "políticas",
    "saúde",
];

/// Words whose analysis shows a change of rules or of the Snowball stemmer.
const PROBE_WORDS: &[&str] = &[
    "capitalism",
    "organizations",
    "organised",
    "international",
    "vaccines",
    "running",
    "generously",
    "Bolívar’s",
    "U.S.",
    "humanity",
    "democratization",
    "relational",
    "hopefully",
];

/// Identifies the analysis rules (stopwords, exceptions, suffix families, the stemmer's
/// output), so an index persisted by another version is rebuilt instead of silently reused.
pub fn fingerprint() -> String {
    use std::hash::Hasher;
    let mut hasher = fnv::FnvHasher::default();
    let mut analyzer = Analyzer::default();
    let rules = STOPWORDS
        .iter()
        .chain(ISM_SUFFIXES)
        .chain(IZE_SUFFIXES)
        .chain(IZATION_SUFFIXES)
        .chain(ISE_SUFFIXES)
        .chain(STEM_EXCEPTIONS.iter().flat_map(|(w, s)| [w, s]));
    for rule in rules {
        hasher.write(rule.as_bytes());
        hasher.write_u8(0);
    }
    for term in analyzer.terms(&PROBE_WORDS.join(" ")) {
        hasher.write(term.as_bytes());
        hasher.write_u8(0);
    }
    for rule in SPANISH_FRAMING.iter().chain(PORTUGUESE_FRAMING) {
        hasher.write(rule.as_bytes());
        hasher.write_u8(0);
    }
    for language in [Language::Es, Language::Pt, Language::Neutral] {
        for term in Analyzer::new(language).terms(&ROMANCE_PROBE_WORDS.join(" ")) {
            hasher.write(term.as_bytes());
            hasher.write_u8(0);
        }
    }
    format!("{:016x}", hasher.finish())
}

/// Iterates over the words of `text` as `(byte range start, byte range end, word)`: runs of
/// letters and digits, with apostrophes kept between letters.
pub fn words(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, first) = chars.find(|(_, c)| c.is_alphanumeric())?;
        if let Some(end) = acronym_end(text, start, first) {
            while chars.next_if(|&(i, _)| i < end).is_some() {}
            return Some((start, end, &text[start..end]));
        }
        let mut end = start;
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                chars.next();
                end = i + c.len_utf8();
            } else if is_apostrophe(c) {
                let mut ahead = chars.clone();
                ahead.next();
                match ahead.peek() {
                    Some(&(_, next)) if next.is_alphanumeric() => {
                        chars.next();
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        if end == start {
            end = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
        Some((start, end, &text[start..end]))
    })
}

/// Dotted acronyms ("U.S.", "U.N.") are one word, without the final dot, so they do not vanish
/// as the stopwords "us" and "s".
fn acronym_end(text: &str, start: usize, first: char) -> Option<usize> {
    static ACRONYM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\p{L}(?:\.\p{L})+(?:\.|\b)").expect("valid pattern"));
    let rest = &text[start..];
    if !first.is_alphabetic() || !rest[first.len_utf8()..].starts_with('.') {
        return None;
    }
    let found = ACRONYM.find(rest)?;
    Some(start + found.as_str().trim_end_matches('.').len())
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// True for words that never become index terms. Expects a lowercased, folded word.
pub fn is_stopword(word: &str) -> bool {
    let word = normalize_apostrophes(word);
    STOPWORD_SET.contains(word.as_ref())
}

fn normalize_apostrophes(word: &str) -> Cow<'_, str> {
    if word.chars().any(|c| c != '\'' && is_apostrophe(c)) {
        Cow::Owned(
            word.chars()
                .map(|c| if is_apostrophe(c) { '\'' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(word)
    }
}

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

    /// True when `word` (lowercased, not folded) is a Spanish or Portuguese stopword.
    fn is_romance_stopword(&mut self, word: &str) -> bool {
        let framing = match self.language {
            Language::Es => &*SPANISH_FRAMING_SET,
            Language::Pt => &*PORTUGUESE_FRAMING_SET,
            Language::En | Language::Neutral => return false,
        };
        if framing.contains(word) {
            return true;
        }
        match &mut self.stopwords {
            Some(list) => !list.token_stream(word).advance(),
            None => false,
        }
    }

    fn romance_term(&mut self, word: &str) -> Option<String> {
        let word = normalize_apostrophes(word);
        if word.is_empty() || self.is_romance_stopword(&word) {
            return None;
        }
        // Stemming the folded word makes a question typed without accents find the same stem.
        let folded = fold(&mut self.folder, &word);
        Some(self.snowball.stem(&folded).into_owned())
    }

    /// The English index term for a lowercased, folded word, or `None` for a stopword.
    fn english_term(&self, word: &str) -> Option<String> {
        let word = normalize_apostrophes(word);
        if STOPWORD_SET.contains(word.as_ref()) {
            return None;
        }
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix('\''))
            .unwrap_or(&word);
        if word.is_empty() {
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
            (ISM_SUFFIXES, "ism", 4),
            (IZATION_SUFFIXES, "ization", 4),
            (IZE_SUFFIXES, "iz", 4),
            (ISE_SUFFIXES, "iz", 5),
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

/// The English analyzer registered for the English fields: words, lowercase, ASCII folding,
/// then [`TermStemmer`].
pub fn term_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer)
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
        Language::Es | Language::Pt => TextAnalyzer::builder(WordTokenizer)
            .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
            .filter(LowerCaser)
            .filter(TermFilter(language))
            .build(),
    }
}

/// Words lowercased, not folded: Spanish and Portuguese stopwords are told apart by accents.
fn lowercase_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer)
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

/// The word ASCII-folded exactly as the English fields fold it.
fn fold(folder: &mut TextAnalyzer, word: &str) -> String {
    let mut stream = folder.token_stream(word);
    if stream.advance() {
        stream.token().text.clone()
    } else {
        word.to_string()
    }
}

/// Words lowercased and folded but neither stopped nor stemmed: what the query planner needs to
/// look for synonyms and misspellings.
pub fn surface_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer)
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
            Language::Es | Language::Pt => lowercase_analyzer(),
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
                term: stemmer.term(&token.text),
                surface,
                position: token.position,
                start: token.offset_from,
                end: token.offset_to,
            });
        }
        out
    }

    /// Every word of `text`, lowercased and folded, without terms: for callers that already
    /// know the terms of the corpus's words.
    pub fn surfaces(&mut self, text: &str) -> Vec<AnalyzedWord> {
        let folds_after = matches!(self.language, Language::Es | Language::Pt);
        let Analyzer {
            surface, folder, ..
        } = self;
        let mut out = Vec::new();
        let mut stream = surface.token_stream(text);
        while stream.advance() {
            let token = stream.token();
            out.push(AnalyzedWord {
                term: None,
                surface: if folds_after {
                    fold(folder, &token.text)
                } else {
                    token.text.clone()
                },
                position: token.position,
                start: token.offset_from,
                end: token.offset_to,
            });
        }
        out
    }

    /// The index term of a single word (used for synonym entries).
    pub fn terms(&mut self, text: &str) -> Vec<String> {
        self.analyze(text)
            .into_iter()
            .filter_map(|w| w.term)
            .collect()
    }
}

/// Splits text into [`words`].
#[derive(Clone, Default)]
struct WordTokenizer;

struct WordTokenStream<'a> {
    words: Box<dyn Iterator<Item = (usize, usize, &'a str)> + 'a>,
    token: Token,
    position: usize,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        WordTokenStream {
            words: Box::new(words(text)),
            token: Token::default(),
            position: 0,
        }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some((start, end, word)) = self.words.next() else {
            return false;
        };
        self.token.text.clear();
        // Capitalised "US" is the country; "us" stays a stopword.
        self.token
            .text
            .push_str(if word == "US" { "U.S" } else { word });
        self.token.offset_from = start;
        self.token.offset_to = end;
        self.token.position = self.position;
        self.position += 1;
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// Drops stopwords and replaces words by their [`TermStemmer`] term in the language; positions
/// are kept so a phrase query can skip the removed words.
#[derive(Clone, Copy)]
struct TermFilter(Language);

#[derive(Clone)]
struct TermFilterTokenizer<T> {
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
    type TokenStream<'a> = TermFilterStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        TermFilterStream {
            tail: self.inner.token_stream(text),
            stemmer: TermStemmer::for_language(self.language),
        }
    }
}

struct TermFilterStream<T> {
    tail: T,
    stemmer: TermStemmer,
}

impl<T: TokenStream> TokenStream for TermFilterStream<T> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            if let Some(term) = self.stemmer.term(&self.tail.token().text) {
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

    fn index_terms(text: &str) -> Vec<String> {
        let mut analyzer = term_analyzer();
        let mut stream = analyzer.token_stream(text);
        let mut terms = Vec::new();
        while stream.advance() {
            terms.push(stream.token().text.clone());
        }
        terms
    }

    #[test]
    fn words_keep_inner_apostrophes_and_split_on_everything_else() {
        let found: Vec<_> = words("Biden’s don't ALBA-TCP 'quoted' COVID-19 — ok")
            .map(|(_, _, w)| w)
            .collect();
        assert_eq!(
            found,
            [
                "Biden’s",
                "don't",
                "ALBA",
                "TCP",
                "quoted",
                "COVID",
                "19",
                "ok"
            ]
        );
    }

    #[test]
    fn word_ranges_are_on_char_boundaries_in_multibyte_text() {
        let text = "¿Qué? Bolívar y Martí’s 🙂 sueño";
        for (start, end, word) in words(text) {
            assert_eq!(&text[start..end], word);
        }
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
        assert_eq!(terms_in(Language::Es, "nacionalización"), ["nacionaliz"]);
    }

    #[test]
    fn portuguese_stems_and_drops_question_framing() {
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
