//! Front matter that is neither a closed `---` YAML block nor a `+++` TOML one, as static-site
//! exports and hand-kept blogs leave it at the top of a post:
//! - a JSON object (`{ "title": …, "authors": [ … ] }`, the metadata some site builders keep
//!   in JSON rather than YAML);
//! - an HTML comment holding `key: value` lines (`<!--` / `layout: post` / `title: …` / `-->`,
//!   an old way of hiding metadata from a Markdown renderer);
//! - a `---` block of `key: value` lines whose closing fence was lost, which ends at its first
//!   blank line;
//! - `Key: value` lines with no fence at all, the metadata Pelican and MultiMarkdown read from
//!   the top of a post (`Title: …` / `Date: …` / `Author: …`), ending at the first blank line
//!   (see [`metadata_lines`]).
//!
//! Such text is metadata, never something anyone said: it is split off, and its keys are read
//! as a YAML block's are ([`super::yaml_head::yaml_field`]).

mod metadata_lines;

use super::yaml_head::{settle_url, yaml_field, YAML_FENCE};
use super::Metadata;

/// Metadata is a list of several facts (a title and a date, an author…); one `key: value`
/// line alone is as likely a sentence of the text ("Update: the shop moved").
const MIN_FIELDS: usize = 2;

/// A front matter block is short; a comment or an unclosed fence running longer than this many
/// lines is something else (a commented-out draft, a separator).
const MAX_HEAD_LINES: usize = 60;

/// A block of metadata split off the top of a text: its `key: value` fields in order, the text
/// after it, and the line that text starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LooseHead<'a> {
    /// The top-level fields, keys in lower case; a list gives its items under its key, in order.
    pub fields: Vec<(String, String)>,
    /// The text after the block.
    pub body: &'a str,
    /// The line (from 1) `body` starts on.
    pub body_line: usize,
}

/// The loose front matter at the top of `text`, if any (see the module's documentation).
pub(crate) fn split_loose_head(text: &str) -> Option<LooseHead<'_>> {
    let head = json_head(text)
        .or_else(|| comment_head(text))
        .or_else(|| unclosed_yaml_head(text))
        .or_else(|| {
            let (fields, end) = metadata_lines::metadata_lines(text)?;
            Some(after_head(text, end, fields))
        })?;
    (head.fields.len() >= MIN_FIELDS).then_some(head)
}

/// The metadata of a loose front matter block, its body and the line the body starts on, for
/// the corpus reader (see [`super::text::split_front_matter`]).
pub(crate) fn split_loose_front_matter(text: &str) -> Option<(Metadata, &str, usize)> {
    let head = split_loose_head(text)?;
    let mut metadata = Metadata::default();
    let mut link = None;
    for (key, value) in &head.fields {
        link = link.or(yaml_field(&mut metadata, key, value));
    }
    settle_url(&mut metadata, link, head.body);
    Some((metadata, head.body, head.body_line))
}

/// A JSON object opening the text: its string, number and boolean members, and the string
/// items of its arrays. Nested objects are other things' facts (a project's `link`), not the
/// post's.
fn json_head(text: &str) -> Option<LooseHead<'_>> {
    let start = text.len() - text.trim_start().len();
    if !text[start..].starts_with('{') {
        return None;
    }
    let mut stream =
        serde_json::Deserializer::from_str(&text[start..]).into_iter::<serde_json::Value>();
    let serde_json::Value::Object(object) = stream.next()?.ok()? else {
        return None;
    };
    let end = start + stream.byte_offset();
    let mut fields = Vec::new();
    for (key, value) in &object {
        let key = key.to_lowercase();
        let items = match value {
            serde_json::Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        for item in items {
            let value = match item {
                serde_json::Value::String(s) => s.trim().to_string(),
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::Bool(b) => b.to_string(),
                _ => continue,
            };
            if !value.is_empty() {
                fields.push((key.clone(), value));
            }
        }
    }
    Some(after_head(text, end, fields))
}

/// An HTML comment opening the text whose every line is a `key: value` field (or a list item
/// or an indented continuation of one).
fn comment_head(text: &str) -> Option<LooseHead<'_>> {
    let start = text.len() - text.trim_start().len();
    let inner_start = start + text[start..].strip_prefix("<!--").map(|_| 4)?;
    let inner_len = text[inner_start..].find("-->")?;
    let inner = &text[inner_start..inner_start + inner_len];
    if inner.lines().count() > MAX_HEAD_LINES {
        return None;
    }
    let fields = fields_of(inner.lines())?;
    Some(after_head(text, inner_start + inner_len + 3, fields))
}

/// A `---` line followed by `key: value` lines and then a blank line (or the end) instead of
/// the closing `---`.
fn unclosed_yaml_head(text: &str) -> Option<LooseHead<'_>> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim() != YAML_FENCE {
        return None;
    }
    let mut end = first.len();
    let mut block = Vec::new();
    for line in lines.take(MAX_HEAD_LINES) {
        if line.trim().is_empty() {
            break;
        }
        end += line.len();
        block.push(line.trim_end());
    }
    let fields = fields_of(block.into_iter())?;
    Some(after_head(text, end, fields))
}

/// The fields of `key: value` lines; `None` when a line is something else (a sentence, a
/// heading), since then the block is text, not metadata. Keys are single words
/// (`layout`, `source_url`, `date-published`).
fn fields_of<'l>(lines: impl Iterator<Item = &'l str>) -> Option<Vec<(String, String)>> {
    let mut fields = Vec::new();
    let mut key = String::new();
    for line in lines {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if let Some(item) = trimmed.strip_prefix("- ") {
            if key.is_empty() {
                return None;
            }
            fields.push((key.clone(), item.trim().to_string()));
            continue;
        }
        if line.starts_with([' ', '\t']) && !key.is_empty() {
            // A nested key or a continuation: another thing's fact, or more of the value.
            continue;
        }
        let (name, value) = trimmed.split_once(':')?;
        if !is_key(name) {
            return None;
        }
        key = name.to_lowercase();
        if !value.trim().is_empty() {
            fields.push((key.clone(), value.trim().to_string()));
        }
    }
    let keys = fields
        .iter()
        .map(|(k, _)| k)
        .collect::<std::collections::HashSet<_>>();
    (keys.len() >= MIN_FIELDS).then_some(fields)
}

/// A metadata key: one word of letters, digits, `_` and `-`, starting with a lowercase letter,
/// as site generators write them (`title`, `source_url`). A capital opens a speaker label
/// (`Q: Why?`, `Ana: Yes.`): a transcript under a rule is no metadata.
fn is_key(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_lowercase) && is_key_word(name)
}

/// One word of letters, digits, `_` and `-`, in either case (`title`, `Title`, `save_as`):
/// the shape of a key, the case left to the format.
fn is_key_word(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

/// The head ending at byte `end` of `text` (the rest of its last line goes with it).
fn after_head(text: &str, end: usize, fields: Vec<(String, String)>) -> LooseHead<'_> {
    let end = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
    let body = &text[end..];
    let body_line = text[..end].matches('\n').count() + 1;
    LooseHead {
        fields,
        body,
        body_line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_object_at_the_top_is_metadata() {
        let text = "{\n  \"authors\": [\"Tess Marlow\", \"Other\"],\n  \"title\": \" Talking kites\",\n  \
             \"draft\": false,\n  \"image\": null,\n  \"links\": {\"url\": \"https://x.example/a\"}\n}\n\n\
             *Intro.*\n\n**Why?**\n\nWind.\n";
        let (metadata, body, line) = split_loose_front_matter(text).expect("a front matter");
        assert_eq!(metadata.title.as_deref(), Some("Talking kites"));
        assert_eq!(metadata.interviewer.as_deref(), Some("Tess Marlow"));
        assert_eq!(
            metadata.url, None,
            "a nested object's address is not the post's"
        );
        assert_eq!(body, "\n*Intro.*\n\n**Why?**\n\nWind.\n");
        assert_eq!(line, 8);
        // A sentence in braces is no object; an object of one fact is no front matter.
        assert_eq!(split_loose_head("{curly} words\n"), None);
        assert_eq!(split_loose_head("{\"a\": 1}\nText"), None);
    }

    #[test]
    fn a_comment_of_key_value_lines_is_metadata() {
        let text =
            "<!--\nlayout: post\ntitle: Conversa sobre barcos\ntags:\n  - mar\n-->\nTexto.\n";
        let (metadata, body, line) = split_loose_front_matter(text).expect("a front matter");
        assert_eq!(metadata.title.as_deref(), Some("Conversa sobre barcos"));
        assert_eq!((body, line), ("Texto.\n", 7));
        // A comment holding prose is an editor's note, not metadata.
        assert_eq!(
            split_loose_head("<!-- fix this later: typo -->\nText"),
            None
        );
    }

    #[test]
    fn an_unclosed_fence_ends_at_the_first_blank_line() {
        let text =
            "---\ntitle: Charla con Lía\nauthor: Bruno Vidal\nslug: charla\n\n* * *\n\nTexto.\n";
        let (metadata, body, line) = split_loose_front_matter(text).expect("a front matter");
        assert_eq!(metadata.title.as_deref(), Some("Charla con Lía"));
        assert_eq!(metadata.interviewer.as_deref(), Some("Bruno Vidal"));
        assert_eq!((body, line), ("* * *\n\nTexto.\n", 6));
        // A rule over a paragraph, or over labelled turns, is no front matter.
        assert_eq!(split_loose_head("---\nWe met: twice.\nThen more.\n"), None);
        assert_eq!(
            split_loose_head("---\nQ: Why?\nA: Because.\n\nQ: And?\n"),
            None
        );
    }
}
