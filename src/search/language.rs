//! The languages passages and questions are analysed in, and which one an interview is in.
//!
//! English, Spanish and Portuguese have rules of their own (Snowball stemmer, stopwords, the
//! words that frame a question). Any other language gets a neutral analysis: words lowercased
//! and folded, nothing stemmed or dropped, so its passages are still found word for word
//! without English rules mangling them.

use serde::{Deserialize, Serialize};

use crate::corpus::Interview;

/// Bytes of an interview's text given to language detection: plenty for a confident guess,
/// and detection stays cheap on a large archive.
const DETECTION_SAMPLE_BYTES: usize = 4_000;

/// An analysis language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum Language {
    /// English: the shipped analysis, with its guarded stemming.
    #[default]
    En,
    /// Spanish.
    Es,
    /// Portuguese.
    Pt,
    /// Any other language: lowercase and folding only.
    Neutral,
}

impl Language {
    /// Every analysis language, English first (it breaks ties between equal answers).
    pub const ALL: [Language; 4] = [Language::En, Language::Es, Language::Pt, Language::Neutral];

    /// ISO 639-1 code; `und` (undetermined) for the neutral analysis.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::Pt => "pt",
            Language::Neutral => "und",
        }
    }

    /// The language's name in the language itself, for buttons offering another version.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Es => "Español",
            Language::Pt => "Português",
            Language::Neutral => "Original",
        }
    }

    /// The supported language a front-matter value names (`pt`, `pt-BR`, `por`,
    /// `Portuguese`), or `None` when it names another one.
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        match primary {
            "en" | "eng" | "english" => Some(Language::En),
            "es" | "spa" | "spanish" | "español" | "espanol" => Some(Language::Es),
            "pt" | "por" | "portuguese" | "português" | "portugues" => Some(Language::Pt),
            _ => None,
        }
    }
}

/// The language an interview is analysed in, and the code of an unsupported language it is
/// written in (for the operator's warning).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewLanguage {
    /// The analysis used.
    pub language: Language,
    /// Set when the interview is in a language without rules of its own.
    pub unsupported: Option<String>,
}

/// The front matter's `language`, else the language detected in the interview's text. A text
/// detection cannot place is treated as English, as before languages were told apart.
pub fn of_interview(interview: &Interview) -> InterviewLanguage {
    if let Some(code) = interview.metadata.language.as_deref() {
        return match Language::from_code(code) {
            Some(language) => InterviewLanguage {
                language,
                unsupported: None,
            },
            None => InterviewLanguage {
                language: Language::Neutral,
                unsupported: Some(code.trim().to_string()),
            },
        };
    }
    detect(&sample(interview))
}

/// The language of a long text; short texts (questions) are never detected, see
/// [`crate::search`].
fn detect(text: &str) -> InterviewLanguage {
    let supported = |language| InterviewLanguage {
        language,
        unsupported: None,
    };
    match whatlang::detect(text) {
        Some(info) => match info.lang() {
            whatlang::Lang::Eng => supported(Language::En),
            whatlang::Lang::Spa => supported(Language::Es),
            whatlang::Lang::Por => supported(Language::Pt),
            other => InterviewLanguage {
                language: Language::Neutral,
                unsupported: Some(other.code().to_string()),
            },
        },
        None => supported(Language::En),
    }
}

/// The interview's words, up to [`DETECTION_SAMPLE_BYTES`], answers first (titles are short and
/// often carry names).
fn sample(interview: &Interview) -> String {
    let mut text = String::new();
    let answers = interview.turns.iter().flat_map(|t| t.answer.iter());
    for paragraph in answers.chain(interview.intro.iter()) {
        if text.len() >= DETECTION_SAMPLE_BYTES {
            break;
        }
        text.push_str(paragraph);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Metadata, Turn};

    fn interview(language: Option<&str>, answer: &str) -> Interview {
        Interview {
            id: "x".into(),
            source: Default::default(),
            metadata: Metadata {
                language: language.map(str::to_string),
                ..Metadata::default()
            },
            title: "T".into(),
            intro: Vec::new(),
            turns: vec![Turn {
                question: "Q?".into(),
                answer: vec![answer.into()],
                line: 1,
                speakers: Vec::new(),
            }],
        }
    }

    #[test]
    fn front_matter_wins_and_names_regional_variants() {
        let found = of_interview(&interview(Some("pt-BR"), "The text is English."));
        assert_eq!(found.language, Language::Pt);
        assert_eq!(Language::from_code("Spanish"), Some(Language::Es));
        let french = of_interview(&interview(Some("fr"), "Bonjour"));
        assert_eq!(french.language, Language::Neutral);
        assert_eq!(french.unsupported.as_deref(), Some("fr"));
    }

    #[test]
    fn long_texts_without_front_matter_are_detected() {
        let pt =
            "A saúde pública no Brasil depende do SUS, que atende milhões de pessoas todos os \
                  dias nas cidades e no interior, mesmo com pouco dinheiro e muitos desafios.";
        assert_eq!(of_interview(&interview(None, pt)).language, Language::Pt);
        let es = "La salud pública en Argentina depende de los hospitales provinciales, que \
                  atienden a millones de personas todos los días con muy poco presupuesto.";
        assert_eq!(of_interview(&interview(None, es)).language, Language::Es);
        let de = "Die Gewerkschaften verlangen höhere Löhne, weil die Preise seit zwei Jahren \
                  schneller steigen als die Einkommen der meisten Beschäftigten im Land.";
        let german = of_interview(&interview(None, de));
        assert_eq!(german.language, Language::Neutral);
        assert!(german.unsupported.is_some());
    }
}
