//! Metadata written as bare `Key: value` lines at the top of a post, with no fence around them:
//! the way Pelican and MultiMarkdown keep a post's title, date, author and tags
//! (`Title: …` / `Date: …` / `Author: …`), ending at the first blank line.
//!
//! Without a fence the block looks like speaker-labelled turns (`Ana: Yes.` / `Q: Why?`), so
//! it counts as metadata only when it opens with one of the keys those formats define and holds
//! at least [`MIN_KNOWN_KEYS`] of them: a speaker is not called `Title` or `Date`.

use super::{is_key_word, MAX_HEAD_LINES};

/// The keys Pelican and MultiMarkdown document for a post's metadata (lower case). Other keys
/// in the block (a site's own `Github:`, `Twitter:`) are kept as long as these open it.
const KNOWN_KEYS: &[&str] = &[
    "title",
    "subtitle",
    "date",
    "modified",
    "tags",
    "keywords",
    "category",
    "slug",
    "author",
    "authors",
    "summary",
    "lang",
    "status",
    "template",
    "email",
    "copyright",
];

/// Two facts the formats define (a title and a date, a date and an author): a single
/// `Title:` line could still be a sentence ("Title: none yet").
const MIN_KNOWN_KEYS: usize = 2;

/// The fields (keys in lower case, values trimmed, empty values left out) of the bare metadata
/// block opening `text`, and the byte offset of its last line; `None` when the text does not
/// open with one (see the module's documentation). The block names each key once and ends at a
/// blank line or the end of the text within [`MAX_HEAD_LINES`] lines: a key said again (`Q:`
/// after `Q:`) or a run of `key: value` lines past that is a transcript or a table.
pub(super) fn metadata_lines(text: &str) -> Option<(Vec<(String, String)>, usize)> {
    let mut fields = Vec::new();
    let mut keys = Vec::new();
    let mut offset = 0;
    let mut last = None;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if line.trim().is_empty() {
            break;
        }
        if n == MAX_HEAD_LINES {
            return None;
        }
        // MultiMarkdown continues a value on indented lines.
        if line.starts_with([' ', '\t']) && !keys.is_empty() {
            last = Some(offset);
            offset += line.len();
            continue;
        }
        let (key, value) = line.trim().split_once(':')?;
        let key = key.to_lowercase();
        if !is_key_word(&key) || keys.contains(&key) {
            return None;
        }
        if keys.is_empty() && !KNOWN_KEYS.contains(&key.as_str()) {
            return None;
        }
        if !value.trim().is_empty() {
            fields.push((key.clone(), value.trim().to_string()));
        }
        keys.push(key);
        last = Some(offset);
        offset += line.len();
    }
    let known = keys
        .iter()
        .filter(|k| KNOWN_KEYS.contains(&k.as_str()))
        .count();
    (known >= MIN_KNOWN_KEYS).then_some((fields, last?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_key_value_lines_opening_a_post_are_its_metadata() {
        let text = "Title: Conversa com Lia Tavares\nDate: 2019-04-02 10:00\nTags: barcos,vela\n\
                    Author: Rui Campos\nTwitter: ruicampos\nBitbucket: \n\nConversa com Lia\n";
        let (fields, last) = metadata_lines(text).expect("metadata");
        assert_eq!(
            fields[0],
            ("title".into(), "Conversa com Lia Tavares".into())
        );
        assert_eq!(fields[1], ("date".into(), "2019-04-02 10:00".into()));
        assert_eq!(fields.len(), 5, "an empty value is left out");
        assert!(text[last..].starts_with("Bitbucket"));
    }

    #[test]
    fn speaker_turns_and_a_lone_title_line_are_not_metadata() {
        assert_eq!(metadata_lines("Ana: Why kites?\nBen: The wind.\n"), None);
        assert_eq!(metadata_lines("Q: Why?\nA: Because.\n"), None);
        assert_eq!(metadata_lines("Title: none yet\n\nText.\n"), None);
        // A sentence inside the block makes it text.
        assert_eq!(
            metadata_lines("Title: Kites\nWe met at the pier.\nDate: 2020\n"),
            None
        );
        // The block must open with a key the formats define.
        assert_eq!(metadata_lines("Ana: Hi\nTitle: x\nDate: y\n"), None);
        // A transcript right under the title and author: its labels say again.
        let text = "Title: Kites\nAuthor: Rui Campos\nQ: Why?\nA: Because.\nQ: And?\nA: So.\n";
        assert_eq!(metadata_lines(text), None);
        // Lines running on past a head's length with no blank line.
        let mut text = String::from("Title: Kites\nDate: 2020\nSummary: kites\n");
        text.push_str(&"  and more kites\n".repeat(MAX_HEAD_LINES));
        text.push_str("\nText.\n");
        assert_eq!(metadata_lines(&text), None);
    }
}
