//! The `+++` TOML front matter of Hugo and Zola. The project's own keys are read strictly (a
//! typo in one is an error naming its line); the other keys site generators write (`draft`,
//! `tags`, `author`, …) are read as a YAML block's are, so a saved site page loads as it is.

use super::reading::ParseError;
use super::yaml_head::{settle_url, yaml_field};
use super::Metadata;

/// The keys of [`Metadata`], as written in front matter.
const METADATA_KEYS: [&str; 9] = [
    "title",
    "interviewee",
    "interviewer",
    "outlet",
    "republished_by",
    "url",
    "date",
    "language",
    "translation_of",
];

/// An unknown key this close to one of [`METADATA_KEYS`] (edits: insert, delete, replace or swap
/// two letters) is a typo of it ("interviwee", "titel"), not a site generator's own key: two
/// edits catch a doubled slip, and no generator key is that close to ours.
const MAX_KEY_TYPO_EDITS: usize = 2;

/// Keys shorter than this are too short for a typo check: `lang` is one edit from nothing of
/// ours, but "url" is two edits from many three-letter words.
const MIN_TYPO_KEY_LEN: usize = 4;

/// Reads the text between the `+++` fences, which starts on line `first_line` of the file;
/// `body` is the text after them, which tells whether a `link` names the page.
pub(super) fn read_toml_front_matter(
    toml_text: &str,
    first_line: usize,
    body: &str,
) -> Result<Metadata, ParseError> {
    let table = toml::from_str::<toml::Table>(toml_text).map_err(|e| {
        let line = e
            .span()
            .map_or(0, |span| toml_text[..span.start].matches('\n').count());
        ParseError::new(
            first_line + line,
            format!("invalid front matter: {}", e.message().trim_end()),
        )
    })?;
    let line_of = |key: &str| first_line + key_line(toml_text, key);
    let mut metadata = Metadata::default();
    let mut link = None;
    for (key, value) in &table {
        let Some(field) = own_field(&mut metadata, key) else {
            continue;
        };
        let text = text_value(value).ok_or_else(|| {
            ParseError::new(
                line_of(key),
                format!("invalid front matter: `{key}` must be text in quotes, e.g. {key} = \"…\""),
            )
        })?;
        *field = Some(text);
    }
    for (key, value) in &table {
        if METADATA_KEYS.contains(&key.as_str()) {
            continue;
        }
        if let Some(known) = typo_of(key) {
            return Err(ParseError::new(
                line_of(key),
                format!("invalid front matter: unknown key `{key}`: did you mean `{known}`?"),
            ));
        }
        if let Some(text) = first_text(value) {
            link = link.or(yaml_field(&mut metadata, key, &text));
        }
    }
    settle_url(&mut metadata, link, body);
    Ok(metadata)
}

/// The field of [`Metadata`] a key of ours names.
fn own_field<'m>(metadata: &'m mut Metadata, key: &str) -> Option<&'m mut Option<String>> {
    Some(match key {
        "title" => &mut metadata.title,
        "interviewee" => &mut metadata.interviewee,
        "interviewer" => &mut metadata.interviewer,
        "outlet" => &mut metadata.outlet,
        "republished_by" => &mut metadata.republished_by,
        "url" => &mut metadata.url,
        "date" => &mut metadata.date,
        "language" => &mut metadata.language,
        "translation_of" => &mut metadata.translation_of,
        _ => return None,
    })
}

/// A value that is text: a string, or a date written bare as Hugo does (`date = 2024-05-01`).
fn text_value(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Datetime(d) => Some(d.to_string()),
        _ => None,
    }
}

/// A text value, or the first item of a list of them (`authors = ["Ana Ruiz"]`).
fn first_text(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::Array(items) => items.first().and_then(text_value),
        other => text_value(other),
    }
}

/// The key of ours an unknown key is a typo of, if any (see [`MAX_KEY_TYPO_EDITS`]).
fn typo_of(key: &str) -> Option<&'static str> {
    if key.chars().count() < MIN_TYPO_KEY_LEN {
        return None;
    }
    let key = key.to_lowercase();
    METADATA_KEYS
        .into_iter()
        .find(|known| strsim::damerau_levenshtein(&key, known) <= MAX_KEY_TYPO_EDITS)
}

/// The 0-based line of the block where `key` is set (0 when it cannot be found, e.g. a quoted
/// key): error messages point at it.
fn key_line(toml_text: &str, key: &str) -> usize {
    toml_text
        .lines()
        .position(|line| {
            line.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Metadata, ParseError> {
        read_toml_front_matter(text, 2, "")
    }

    #[test]
    fn site_generator_keys_are_read_or_ignored_not_refused() {
        let m = read("title = \"Mills\"\ndraft = true\ntags = [\"water\"]\n[params]\nx = 1\n")
            .expect("a Hugo header loads");
        assert_eq!(m.title.as_deref(), Some("Mills"));
        let m = read("authors = [\"Sam Pike\"]\ndate = 2024-05-01\n").expect("loads");
        assert_eq!(m.interviewer.as_deref(), Some("Sam Pike"));
        assert_eq!(m.date.as_deref(), Some("2024-05-01"), "a bare date is text");
    }

    #[test]
    fn our_own_keys_win_over_a_generator_spelling_of_them() {
        let m = read("author = \"Desk\"\ninterviewer = \"Sam Pike\"\n").expect("loads");
        assert_eq!(m.interviewer.as_deref(), Some("Sam Pike"));
    }

    #[test]
    fn a_typo_of_our_key_is_an_error_on_its_line() {
        let e = read("title = \"Mills\"\ninterviwee = \"Lena Hart\"\n").expect_err("a typo");
        assert_eq!(e.line, 3);
        assert!(
            e.reason.contains("did you mean `interviewee`"),
            "{}",
            e.reason
        );
        let e = read("title = \"Mills\"\n\nurl = 3\n").expect_err("not text");
        assert_eq!(e.line, 4);
        assert!(e.reason.contains("must be text"), "{}", e.reason);
    }

    #[test]
    fn a_link_is_the_address_unless_the_body_links_to_it() {
        let head = "title = \"Kilns\"\nlink = \"https://kilns.example/ines\"\n";
        let m = read_toml_front_matter(head, 2, "Q: Why?\n\nA: Heat.\n").expect("loads");
        assert_eq!(m.url.as_deref(), Some("https://kilns.example/ines"));
        let body = "Ines runs [a kiln shop](https://kilns.example/ines/).\n";
        let m = read_toml_front_matter(head, 2, body).expect("loads");
        assert_eq!(m.url, None);
    }

    #[test]
    fn broken_toml_names_its_line() {
        let e = read("title = \"Mills\"\ndate = \n").expect_err("broken");
        assert_eq!(e.line, 3, "{}", e.reason);
    }

    #[test]
    fn the_key_list_matches_the_metadata_fields() {
        let fields = serde_json::to_value(Metadata::default()).expect("serialises");
        let mut names: Vec<&str> = fields
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut ours = METADATA_KEYS.to_vec();
        names.sort_unstable();
        ours.sort_unstable();
        assert_eq!(names, ours);
    }
}
