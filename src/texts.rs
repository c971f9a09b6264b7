//! The bot's interface texts, read from `config/texts/<language>.toml` so operators can reword
//! or translate them without touching code.
//!
//! Each file is deserialised by serde into [`Strings`], one field per key, so code that names a
//! text that does not exist does not compile. English (`en.toml`) is the reference: it must
//! define every key. Other languages may define any subset; their missing keys are filled from
//! English at load. Values are Telegram HTML templates, checked at load so a typo in a tag
//! cannot make Telegram reject every reply.
//!
//! A key no field has (a typo, or a text a newer version dropped) is reported with its file and
//! line as a warning: the file is still used, the key ignored, and the reader sees the English
//! text instead. It is not an error because the bot stays fully usable; `serve` logs the
//! warnings at start and `/reload` lists them to the admin who asked.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::value::{Error as ValueError, MapDeserializer};
use serde::Deserialize;
use toml::Spanned;

use crate::render::telegram::validate_html;

/// The language every other falls back to.
pub const DEFAULT_LANGUAGE: &str = "en";

/// Every interface text of one language; field names are the keys of the TOML files, and
/// `{placeholders}` are filled in by the bot.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Strings {
    /// The reply to `/start`.
    pub welcome: String,
    /// The reply to `/help` (and to admin commands from non-admins).
    pub help: String,
    /// `/ask` without a question.
    pub ask_usage: String,
    /// A question with no searchable word.
    pub nothing_to_search: String,
    /// No passage answers; suggestions follow as buttons.
    pub no_match: String,
    /// No passage answers and there is nothing to suggest.
    pub no_match_no_suggestions: String,
    /// A private message without text (a sticker, a photo).
    pub send_text: String,
    /// A user asking faster than `QUESTIONS_PER_MINUTE`.
    pub flood: String,
    /// Under a quote: `{interviewee}` answering `{question}`.
    pub attribution_answer: String,
    /// Under a quote from the publisher's introduction: `{interviewee}`.
    pub attribution_intro: String,
    /// Under the attribution: `{title}{outlet}`.
    pub source: String,
    /// Above a full answer: `{interviewee}`, `{question}`.
    pub full_answer_header: String,
    /// Above a full introduction: `{title}`.
    pub intro_header: String,
    /// Above the `/topics` buttons.
    pub topics_header: String,
    /// One interview in `/about`: `{title}`, `{interviewee}`, `{outlet}`.
    pub about_interview: String,
    /// Added to an `/about` entry: `{republished_by}`.
    pub about_republished: String,
    /// The end of `/about`.
    pub about_footer: String,
    /// `/quote` with an unknown id; `{example}` is a real one.
    pub quote_not_found: String,
    /// `/quote` without an id; `{example}` is a real one.
    pub quote_usage: String,
    /// The button showing the whole answer.
    pub button_full_answer: String,
    /// The button replacing a card with the next match.
    pub button_next_match: String,
    /// The button sharing a quote inline.
    pub button_share: String,
    /// Notice: "Next match" has nothing more.
    pub no_more_matches: String,
    /// Notice: a button the bot no longer understands.
    pub button_expired: String,
    /// The rating button "helpful".
    pub button_helpful: String,
    /// The rating button "not helpful".
    pub button_not_helpful: String,
    /// Notice after a rating.
    pub feedback_thanks: String,
    /// Above an empty inline answer, leading to the help.
    pub inline_no_match: String,
    /// To chats outside `ALLOWED_CHATS`.
    pub not_allowed: String,
    /// Menu description of `/start`.
    pub command_start: String,
    /// Menu description of `/help`.
    pub command_help: String,
    /// Menu description of `/ask`.
    pub command_ask: String,
    /// Menu description of `/topics`.
    pub command_topics: String,
    /// Menu description of `/random`.
    pub command_random: String,
    /// Menu description of `/about`.
    pub command_about: String,
    /// Menu description of `/quote`.
    pub command_quote: String,
    /// Menu description of `/interviews`.
    pub command_interviews: String,
    /// Menu description of `/use`.
    pub command_use: String,
    /// Added to `/help` when there is an archive to browse.
    pub help_archive: String,
    /// Above a page of `/interviews`: `{count}`, `{page}`, `{pages}`.
    pub interviews_header: String,
    /// One interview of the list: `{number}`, `{title}`, `{details}`.
    pub interviews_entry: String,
    /// `/interviews` with one interview: `{title}`, `{interviewee}`.
    pub interviews_only_one: String,
    /// The button to the newer page of the list.
    pub button_previous_page: String,
    /// The button to the older page of the list.
    pub button_next_page: String,
    /// The button asking about every interview again.
    pub button_all_interviews: String,
    /// A chat picked an interview: `{title}`, `{interviewee}`.
    pub use_chosen: String,
    /// A chat asks about every interview again: `{count}`.
    pub use_all: String,
    /// `/use` with an unknown id; `{example}` is a real one.
    pub use_unknown: String,
    /// `/use` without an id; `{example}` is a real one.
    pub use_usage: String,
    /// `/use <name>` when that person has several interviews, above them: `{name}`, `{count}`.
    pub use_several: String,
    /// The choice could not be saved.
    pub use_failed: String,
    /// Under a card in a chat that picked an interview: `{title}`.
    pub card_scope: String,
}

/// A texts file that cannot be used, or a line of it that is ignored.
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
    /// English, the reference every other language falls back to.
    english: Arc<Strings>,
    /// The other languages' texts (complete: their gaps filled from English), by code.
    others: HashMap<String, Arc<Strings>>,
}

/// One file's keys and values, with where each value starts.
type Entries = BTreeMap<String, Spanned<String>>;

impl Texts {
    /// Reads every `*.toml` file of `dir`.
    ///
    /// # Errors
    /// An error when `en.toml` is missing, unreadable, incomplete or invalid: the bot cannot talk
    /// without it. Problems in other languages, and unknown keys anywhere, are returned as
    /// warnings; a language file with invalid TOML or HTML is skipped.
    pub fn load(dir: &Path) -> Result<(Texts, Vec<TextsError>), TextsError> {
        let reference = dir.join(format!("{DEFAULT_LANGUAGE}.toml"));
        let mut warnings = Vec::new();
        let english = read_language(&reference, &mut warnings)?;
        let keys = fields_of::<Strings>();
        if let Some(missing) = keys.iter().find(|key| !english.contains_key(**key)) {
            return Err(TextsError {
                path: reference,
                line: 0,
                reason: format!(
                    "the key '{missing}' is missing; every key must be defined in English"
                ),
            });
        }
        let mut texts = Texts {
            english: complete(&reference, &english, &Entries::new())?,
            others: HashMap::new(),
        };
        for (language, path) in language_files(dir) {
            let read = read_language(&path, &mut warnings);
            match read.and_then(|own| complete(&path, &english, &own)) {
                Ok(strings) => drop(texts.others.insert(language, strings)),
                Err(error) => warnings.push(error),
            }
        }
        Ok((texts, warnings))
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
        self.others
            .get_key_value(&primary)
            .map_or(DEFAULT_LANGUAGE, |(language, _)| language.as_str())
    }

    /// Languages with a texts file, English first.
    pub fn languages(&self) -> Vec<&str> {
        let mut others: Vec<&str> = self.others.keys().map(String::as_str).collect();
        others.sort();
        std::iter::once(DEFAULT_LANGUAGE).chain(others).collect()
    }

    /// The texts of `language` (complete: missing keys were filled from English), or English's
    /// for a language without a file.
    pub fn get(&self, language: &str) -> &Strings {
        self.others.get(language).unwrap_or(&self.english)
    }
}

/// The `*.toml` files of `dir` other than English's, by language code, sorted.
fn language_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter(|path| path.extension().and_then(|e| e.to_str()) == Some("toml"))
        .filter_map(|path| {
            let language = path.file_stem()?.to_str()?.to_string();
            (language != DEFAULT_LANGUAGE).then_some((language, path))
        })
        .collect()
}

/// English's texts with `own`'s (read from `path`) instead where it has them.
fn complete(path: &Path, english: &Entries, own: &Entries) -> Result<Arc<Strings>, TextsError> {
    let mut merged: BTreeMap<&str, &str> = english
        .iter()
        .map(|(key, value)| (key.as_str(), value.get_ref().as_str()))
        .collect();
    for (key, value) in own {
        if let Some(slot) = merged.get_mut(key.as_str()) {
            *slot = value.get_ref();
        }
    }
    let strings: Result<Strings, ValueError> =
        Strings::deserialize(MapDeserializer::new(merged.into_iter()));
    strings.map(Arc::new).map_err(|e| TextsError {
        path: path.to_path_buf(),
        line: 0,
        reason: e.to_string(),
    })
}

/// Reads one file: its entries with valid HTML, known keys only; unknown keys go to `warnings`.
fn read_language(path: &Path, warnings: &mut Vec<TextsError>) -> Result<Entries, TextsError> {
    let error = |line: usize, reason: String| TextsError {
        path: path.to_path_buf(),
        line,
        reason,
    };
    let text =
        std::fs::read_to_string(path).map_err(|e| error(0, format!("cannot read it: {e}")))?;
    let line_of = |offset: usize| 1 + text[..offset.min(text.len())].matches('\n').count();
    let mut entries: Entries = toml::from_str(&text).map_err(|e| {
        let line = e.span().map_or(0, |span| line_of(span.start));
        error(line, format!("invalid TOML: {}", e.message().trim_end()))
    })?;
    let keys = fields_of::<Strings>();
    entries.retain(|key, value| {
        let known = keys.contains(&key.as_str());
        if !known {
            let reason = format!("unknown key '{key}' ignored (a typo? see en.toml for the keys)");
            warnings.push(error(line_of(value.span().start), reason));
        }
        known
    });
    for (key, value) in &entries {
        if let Err(reason) = validate_html(value.get_ref()) {
            return Err(error(
                line_of(value.span().start),
                format!("'{key}': {reason}"),
            ));
        }
    }
    Ok(entries)
}

/// The field names of a struct that serde derives `Deserialize` for: the list the derive hands
/// to `deserialize_struct`, caught by a deserializer that reads nothing.
fn fields_of<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    struct Probe(&'static [&'static str]);

    impl<'de> serde::Deserializer<'de> for &mut Probe {
        type Error = ValueError;

        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, ValueError> {
            Err(serde::de::Error::custom("only structs are probed"))
        }

        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, ValueError> {
            self.0 = fields;
            Err(serde::de::Error::custom("probed"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }

    let mut probe = Probe(&[]);
    let _probed = T::deserialize(&mut probe);
    probe.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Texts {
        Texts::load(Path::new("config/texts"))
            .expect("shipped texts load")
            .0
    }

    /// A texts directory with the shipped English and `files` beside it.
    fn directory(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let english = std::fs::read_to_string("config/texts/en.toml").unwrap();
        std::fs::write(dir.path().join("en.toml"), english).unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        dir
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
        assert_eq!(texts.get("es").button_full_answer, "Respuesta completa");
        assert_eq!(texts.get("de"), texts.get("en"), "no file: English");
    }

    #[test]
    fn a_key_missing_in_spanish_is_filled_from_english() {
        let dir = directory(&[("es.toml", "flood = \"Más despacio, por favor.\"\n")]);
        let (texts, warnings) = Texts::load(dir.path()).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        let (spanish, english) = (texts.get("es"), texts.get("en"));
        assert_eq!(spanish.flood, "Más despacio, por favor.");
        assert_eq!(spanish.welcome, english.welcome);
        assert_eq!(
            spanish.source, english.source,
            "the shipped es.toml has no source"
        );
    }

    #[test]
    fn an_unknown_key_is_reported_with_its_file_and_line_and_the_rest_is_used() {
        let dir = directory(&[(
            "es.toml",
            "# Spanish\nflood = \"Más despacio.\"\n\nwelcom = \"Hola\"\n",
        )]);
        let (texts, warnings) = Texts::load(dir.path()).unwrap();
        let described: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(described.len(), 1, "{described:?}");
        assert!(
            described[0].ends_with(
                "es.toml:4: unknown key 'welcom' ignored (a typo? see en.toml for the keys)"
            ),
            "{described:?}"
        );
        assert_eq!(texts.get("es").flood, "Más despacio.");
        assert_eq!(texts.get("es").welcome, texts.get("en").welcome);
    }

    #[test]
    fn broken_files_are_reported_with_file_and_line() {
        let dir = directory(&[
            ("de.toml", "flood = \"<b>zu schnell\"\n"),
            ("fr.toml", "flood = \n"),
        ]);
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

        let english = std::fs::read_to_string("config/texts/en.toml").unwrap();
        std::fs::write(
            dir.path().join("en.toml"),
            english.replace("flood =", "flod ="),
        )
        .unwrap();
        let error = Texts::load(dir.path()).unwrap_err();
        assert!(error.to_string().contains("'flood' is missing"), "{error}");
    }

    #[test]
    fn every_field_is_a_key_of_the_english_file() {
        let keys = fields_of::<Strings>();
        assert_eq!(keys.len(), 52);
        assert!(keys.contains(&"welcome") && keys.contains(&"card_scope"));
    }
}
