//! The bot's interface texts, read from `config/texts/<language>.toml` so operators can reword
//! or translate them without touching code.
//!
//! English (`en.toml`) is the reference: it must define every key. Other languages may define
//! any subset; missing keys fall back to English. Values are Telegram HTML templates, checked at
//! load so a typo in a tag cannot make Telegram reject every reply.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::render::telegram::validate_html;

/// The language every other falls back to.
pub const DEFAULT_LANGUAGE: &str = "en";

/// Keys the bot uses; `en.toml` must define all of them.
pub const KEYS: &[&str] = &[
    "welcome",
    "help",
    "ask_usage",
    "nothing_to_search",
    "no_match",
    "no_match_no_suggestions",
    "send_text",
    "flood",
    "attribution_answer",
    "attribution_intro",
    "source",
    "full_answer_header",
    "intro_header",
    "topics_header",
    "about_interview",
    "about_republished",
    "about_footer",
    "quote_not_found",
    "quote_usage",
    "button_full_answer",
    "button_next_match",
    "button_share",
    "no_more_matches",
    "button_expired",
    "button_helpful",
    "button_not_helpful",
    "feedback_thanks",
    "inline_no_match",
    "not_allowed",
    "command_start",
    "command_help",
    "command_ask",
    "command_topics",
    "command_random",
    "command_about",
    "command_quote",
    "command_interviews",
    "command_use",
    "help_archive",
    "interviews_header",
    "interviews_entry",
    "interviews_only_one",
    "button_previous_page",
    "button_next_page",
    "button_all_interviews",
    "use_chosen",
    "use_all",
    "use_unknown",
    "use_usage",
    "use_failed",
    "card_scope",
];

/// A texts file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{line}: {reason}")]
pub struct TextsError {
    /// The file.
    pub path: PathBuf,
    /// 1-based line (0 when the whole file is concerned).
    pub line: usize,
    /// What is wrong and what to do.
    pub reason: String,
}

/// Interface texts for every language found.
#[derive(Debug, Clone)]
pub struct Texts {
    languages: HashMap<String, HashMap<String, String>>,
}

impl Texts {
    /// Reads every `*.toml` file of `dir`.
    ///
    /// # Errors
    /// An error when `en.toml` is missing, unreadable, incomplete or invalid: the bot cannot talk
    /// without it. Problems in other languages are returned as warnings and those files skipped.
    pub fn load(dir: &Path) -> Result<(Texts, Vec<TextsError>), TextsError> {
        let reference = dir.join(format!("{DEFAULT_LANGUAGE}.toml"));
        let english = read_language(&reference)?;
        if let Some(missing) = KEYS.iter().find(|key| !english.contains_key(**key)) {
            return Err(TextsError {
                path: reference,
                line: 0,
                reason: format!(
                    "the key '{missing}' is missing; every key must be defined in English"
                ),
            });
        }
        let mut languages = HashMap::from([(DEFAULT_LANGUAGE.to_string(), english)]);
        let mut warnings = Vec::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|entries| entries.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        for path in files {
            let Some(language) = path
                .file_stem()
                .and_then(|s| s.to_str())
                .map(str::to_string)
            else {
                continue;
            };
            if language == DEFAULT_LANGUAGE
                || path.extension().and_then(|e| e.to_str()) != Some("toml")
            {
                continue;
            }
            match read_language(&path) {
                Ok(texts) => {
                    if let Some(unknown) = texts.keys().find(|key| !KEYS.contains(&key.as_str())) {
                        warnings.push(TextsError {
                            path: path.clone(),
                            line: 0,
                            reason: format!("unknown key '{unknown}' ignored"),
                        });
                    }
                    languages.insert(language, texts);
                }
                Err(error) => warnings.push(error),
            }
        }
        Ok((Texts { languages }, warnings))
    }

    /// The language to answer a user in, from their Telegram `language_code` ("pt-br" -> "pt").
    pub fn language_for(&self, language_code: Option<&str>) -> &str {
        let Some(code) = language_code else {
            return DEFAULT_LANGUAGE;
        };
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        self.languages
            .get_key_value(&primary)
            .map_or(DEFAULT_LANGUAGE, |(language, _)| language.as_str())
    }

    /// Languages with a texts file, English first.
    pub fn languages(&self) -> Vec<&str> {
        let mut languages: Vec<&str> = self.languages.keys().map(String::as_str).collect();
        languages.sort_by_key(|l| (*l != DEFAULT_LANGUAGE, *l));
        languages
    }

    /// A text in `language`, falling back to English.
    pub fn get(&self, language: &str, key: &str) -> &str {
        self.languages
            .get(language)
            .and_then(|texts| texts.get(key))
            .or_else(|| self.languages[DEFAULT_LANGUAGE].get(key))
            .map_or("", String::as_str)
    }
}

fn read_language(path: &Path) -> Result<HashMap<String, String>, TextsError> {
    let error = |line: usize, reason: String| TextsError {
        path: path.to_path_buf(),
        line,
        reason,
    };
    let text =
        std::fs::read_to_string(path).map_err(|e| error(0, format!("cannot read it: {e}")))?;
    let table: HashMap<String, String> = toml::from_str(&text).map_err(|e| {
        let line = e
            .span()
            .map_or(0, |span| 1 + text[..span.start].matches('\n').count());
        error(line, format!("invalid TOML: {}", e.message().trim_end()))
    })?;
    for (key, value) in &table {
        if let Err(reason) = validate_html(value) {
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with(key.as_str()))
                .map_or(0, |i| i + 1);
            return Err(error(line, format!("'{key}': {reason}")));
        }
    }
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Texts {
        Texts::load(Path::new("config/texts"))
            .expect("shipped texts load")
            .0
    }

    #[test]
    fn shipped_texts_load_in_three_languages_without_warnings() {
        let (texts, warnings) = Texts::load(Path::new("config/texts")).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(texts.languages(), ["en", "es", "pt"]);
    }

    #[test]
    fn language_codes_pick_a_language_or_english() {
        let texts = shipped();
        assert_eq!(texts.language_for(Some("pt-BR")), "pt");
        assert_eq!(texts.language_for(Some("es")), "es");
        assert_eq!(texts.language_for(Some("de")), "en");
        assert_eq!(texts.language_for(None), "en");
        assert_eq!(texts.get("es", "button_full_answer"), "Respuesta completa");
        assert_eq!(
            texts.get("es", "source"),
            texts.get("en", "source"),
            "falls back to English"
        );
    }

    #[test]
    fn broken_files_are_reported_with_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let english = std::fs::read_to_string("config/texts/en.toml").unwrap();
        std::fs::write(dir.path().join("en.toml"), &english).unwrap();
        std::fs::write(dir.path().join("de.toml"), "flood = \"<b>zu schnell\"\n").unwrap();
        std::fs::write(dir.path().join("fr.toml"), "flood = \n").unwrap();
        let (texts, warnings) = Texts::load(dir.path()).unwrap();
        assert_eq!(texts.languages(), ["en"]);
        let described: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert!(
            described[0].contains("de.toml:1: 'flood': <b> is never closed"),
            "{described:?}"
        );
        assert!(
            described[1].contains("fr.toml:1: invalid TOML"),
            "{described:?}"
        );

        std::fs::write(
            dir.path().join("en.toml"),
            english.replace("flood =", "flod ="),
        )
        .unwrap();
        let error = Texts::load(dir.path()).unwrap_err();
        assert!(error.to_string().contains("'flood' is missing"), "{error}");
    }
}
