//! The front matter of a Markdown page (`---` YAML-style `key: value` lines, or `+++` TOML):
//! the title, date, address, outlet, language and author an import writes into its own front
//! matter.

use super::meta::PageMeta;
use crate::corpus::loose_head::split_loose_head;
use crate::corpus::placeholders::{author_key_name, is_author_key, is_placeholder_author};
use crate::corpus::yaml_head::{
    add_guest, first_yaml_item, is_guest_key, is_web_address, joined_guests, listed_people,
    names_someone,
};
use crate::corpus::yaml_scalars::folded_fields;

/// Splits a front matter block off (after a byte order mark) and reads the fields an import
/// needs.
pub fn front_matter(source: &str) -> (PageMeta, &str) {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut meta = PageMeta::default();
    if let Some((found, body, _)) = crate::corpus::scraped::split_scraped_header(source) {
        meta.title = found.title;
        meta.url = found.url;
        meta.outlet = found.outlet;
        meta.author = found.interviewer;
        return (meta, body);
    }
    let first = source.lines().next().unwrap_or_default().trim();
    if first == "---" || first == "+++" {
        let after = &source[source.find('\n').map_or(source.len(), |i| i + 1)..];
        let mut offset = 0;
        for line in after.split_inclusive('\n') {
            if line.trim() == first {
                let body = &after[offset + line.len()..];
                read_fields(
                    &mut meta,
                    &after[..offset],
                    if first == "+++" { '=' } else { ':' },
                );
                return (meta, body);
            }
            offset += line.len();
        }
    }
    // JSON, a comment of `key: value` lines, a fence never closed: metadata all the same.
    match split_loose_head(source) {
        Some(head) => {
            let block: Vec<String> = head
                .fields
                .iter()
                .map(|(key, value)| format!("{key}: {value}"))
                .collect();
            read_fields(&mut meta, &block.join("\n"), ':');
            (meta, head.body)
        }
        None => (meta, source),
    }
}

/// The fields of a front matter block (`key: value` or `key = value` lines). A YAML list under
/// a key gives its first item (`author:` then `  - "[[Rita Gomez]]"`, as web clippers write it).
fn read_fields(meta: &mut PageMeta, block: &str, separator: char) {
    let mut last_key = String::new();
    // A YAML block scalar (`author: >` over an indented line) gives its first line.
    let mut block_scalar = false;
    // The guest key whose list is being read: each item answers.
    let mut listing_guests = false;
    // A name spelled from a key ("tilda-varga") is a guess: a name written out under another
    // key wins, wherever it stands.
    let mut keyed = None;
    for field in &field_lines(block, separator) {
        let field = field.as_str();
        let indented = field.starts_with(char::is_whitespace);
        let item = field.trim().strip_prefix("- ");
        if let Some(item) = item.filter(|_| listing_guests) {
            let item = first_yaml_item(item);
            if names_someone(&item) {
                add_guest(&mut meta.interviewee, &without_affiliation(&item));
            }
            continue;
        }
        let (key, value) = match item {
            // A list of records (`links:` then `- name: …` / `  url: …`) holds other things'
            // facts, not the post's.
            Some(item) if is_field(item, separator) => continue,
            Some(item) => (last_key.clone(), item),
            None if block_scalar && indented => {
                block_scalar = false;
                (last_key.clone(), field.trim())
            }
            None if indented => continue,
            None => match field.split_once(separator) {
                Some((key, value)) => {
                    last_key = key.trim().to_ascii_lowercase();
                    listing_guests = is_guest_key(&last_key)
                        && value.trim().is_empty()
                        && meta.interviewee.is_none();
                    block_scalar = matches!(value.trim(), ">" | "|" | ">-" | "|-");
                    (last_key.clone(), value)
                }
                None => continue,
            },
        };
        // A group interview's guests, listed under one key: all of them answer.
        let people = listed_people(value);
        if is_guest_key(&key) && !people.is_empty() && meta.interviewee.is_none() {
            meta.interviewee = Some(joined_guests(&people));
            continue;
        }
        let value = first_yaml_item(value);
        if value.is_empty() || block_scalar {
            continue;
        }
        set_field(meta, &key, value, &mut keyed);
    }
    if meta.author.is_none() {
        meta.author = keyed;
    }
}

/// The lines of a front matter block, one per field: YAML values over several lines (block
/// scalars, folded strings) are read on their key's line; TOML's `key = value` lines are read
/// as they are.
fn field_lines(block: &str, separator: char) -> Vec<String> {
    match separator {
        ':' => folded_fields(block),
        _ => block.lines().map(str::to_string).collect(),
    }
}

/// Sets the field `key` of `meta` to `value`, when the key names one and the value fits it; a
/// name only spelled in an author key goes to `keyed`.
// long-match: one arm per key the formats spell, read in one place.
fn set_field(meta: &mut PageMeta, key: &str, value: String, keyed: &mut Option<String>) {
    match key {
        "title" | "titulo" | "título" => meta.title = Some(value),
        // A news template's name for the title (schema.org's), under a `title` it yields to.
        "headline" if meta.title.is_none() => meta.title = Some(value),
        "excerpt" | "description" | "summary" | "resumen" | "resumo" => {
            meta.standfirst = Some(value)
        }
        // A magazine's subtitle is its standfirst ("Ana Ruiz talks kilns with…"), unless
        // the page gave one under its own key.
        "subtitle" | "dek" | "standfirst" if meta.standfirst.is_none() => {
            meta.standfirst = Some(value)
        }
        "date" | "published" => meta.date = Some(value),
        "url" | "canonical" | "canonical_url" | "permalink" | "source_url"
            if is_web_address(&value) =>
        {
            meta.url = Some(value)
        }
        "link" | "source" if is_web_address(&value) => meta.link = Some(value),
        "outlet" | "site_name" | "publication" => meta.outlet = Some(value),
        // Pelican's `Site:` is the author's own page, not the outlet's name.
        "site" if !is_web_address(&value) => meta.outlet = Some(value),
        "lang" | "language" => meta.language = Some(value.to_ascii_lowercase()),
        "interviewee" | "interviewee_name" | "guest" | "guest_name" | "entrevistado"
        | "entrevistada" => meta.interviewee = Some(value),
        // A conference's or a series' page about one person (`person:`, `speaker:`) names
        // the one who answers; a value that names no one (`person: true`) is no name.
        "person" | "speaker" if meta.interviewee.is_none() && names_someone(&value) => {
            meta.interviewee = Some(without_affiliation(&value))
        }
        "topic" | "talk" | "tema" if !is_web_address(&value) => meta.topic = Some(value),
        "author" | "authors" | "by" | "byline" | "interviewer"
            if meta.author.is_none()
                && !is_author_key(&value)
                && !is_placeholder_author(&value) =>
        {
            meta.author = Some(without_affiliation(&value))
        }
        // A key spelling a name ("tilda-varga") is the person the site shows as author.
        "author" | "authors" | "by" | "byline" if keyed.is_none() => {
            *keyed = author_key_name(&value)
        }
        // A clipper's `source` is an address; a name there is the article's author.
        "source" if meta.author.is_none() && is_person_name(&value) => meta.author = Some(value),
        _ => {}
    }
}

/// A `key: value` (or `key = value`) field rather than a plain value.
fn is_field(text: &str, separator: char) -> bool {
    text.split_once(separator).is_some_and(|(key, value)| {
        let key = key.trim();
        !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            && (value.is_empty() || value.starts_with(' '))
    })
}

/// A person's name has this many words at most ("Ana María Gil Ruiz").
const MAX_NAME_WORDS: usize = 4;

/// "Dana Reyes (Harbour Labs)" is Dana Reyes: the employer in parentheses is no part of the name.
fn without_affiliation(value: &str) -> String {
    match value.split_once(" (") {
        Some((name, rest)) if rest.trim_end().ends_with(')') => name.trim().to_string(),
        _ => value.to_string(),
    }
}

/// Two to four capitalised words and nothing else: "Tomás Ferreira".
fn is_person_name(value: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    (2..=MAX_NAME_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spanish_title_and_an_excerpt_are_read() {
        let (meta, body) =
            front_matter("---\ntitulo: \"Charla\"\nexcerpt: \"Ana teje.\"\n---\nText");
        assert_eq!(meta.title.as_deref(), Some("Charla"));
        assert_eq!(meta.standfirst.as_deref(), Some("Ana teje."));
        assert_eq!(body, "Text");
    }

    #[test]
    fn json_comment_and_unclosed_front_matter_are_metadata_not_text() {
        let (meta, body) = front_matter(
            "{\n \"title\": \"Kites\",\n \"authors\": [\"Tess Marlow\"]\n}\n\n**Why?**\n\nWind.",
        );
        assert_eq!(meta.title.as_deref(), Some("Kites"));
        assert_eq!(meta.author.as_deref(), Some("Tess Marlow"));
        assert_eq!(body, "\n**Why?**\n\nWind.");
        // An author key spelling a name names the author; a login names nobody.
        let (meta, _) = front_matter(
            "{\n \"title\": \"Kites\",\n \"authors\": [\n  \"tess-marlow\"\n ]\n}\n\nWind.",
        );
        assert_eq!(meta.author.as_deref(), Some("Tess Marlow"));
        let (meta, _) = front_matter("---\ntitle: Kites\nauthor: tmarlow\n---\nWind.");
        assert_eq!(meta.author, None);
        let (meta, body) = front_matter("<!--\nlayout: post\ntitle: Barcos\n-->\nTexto.");
        assert_eq!((meta.title.as_deref(), body), (Some("Barcos"), "Texto."));
        let (meta, body) = front_matter("---\ntitle: Lía\nslug: lia\n\nTexto.");
        assert_eq!((meta.title.as_deref(), body), (Some("Lía"), "Texto."));
    }

    #[test]
    fn only_top_level_keys_count_and_placeholder_authors_name_nobody() {
        let page = "---\ntitle: T\nauthor: \"Various\"\nsource_url: https://blog.example/t\n\
            links:\n  - name: home\n    url: https://home.example/\nprojects:\n  - name: Kiln\n    \
            link: https://kiln.example\n---\nText";
        let (meta, _) = front_matter(page);
        assert_eq!(meta.author, None);
        assert_eq!(meta.url.as_deref(), Some("https://blog.example/t"));
        assert_eq!(meta.link, None);
    }

    #[test]
    fn a_name_written_under_a_later_key_wins_over_one_spelled_from_a_key() {
        let (meta, _) = front_matter("---\nauthor: lena-moraes\ninterviewer: Tom Reed\n---\nText");
        assert_eq!(meta.author.as_deref(), Some("Tom Reed"));
        let (meta, _) = front_matter("---\nauthor: lena-moraes\n---\nText");
        assert_eq!(meta.author.as_deref(), Some("Lena Moraes"));
    }

    #[test]
    fn an_author_in_a_block_scalar_or_a_clipper_source_is_the_author() {
        let (meta, _) = front_matter("---\nauthor: >\n  Ana Ruiz (Tide Museum)\n---\nText");
        assert_eq!(meta.author.as_deref(), Some("Ana Ruiz"));
        let (meta, _) = front_matter("---\nsource: \"Tom Reed\"\n---\nText");
        assert_eq!(meta.author.as_deref(), Some("Tom Reed"));
        let (meta, _) = front_matter("---\nsource: \"https://a.b/c\"\n---\nText");
        assert_eq!(
            (meta.author, meta.link.as_deref()),
            (None, Some("https://a.b/c"))
        );
    }

    #[test]
    fn folded_values_are_read_whole_and_a_subtitle_is_the_standfirst() {
        let page = "---\ntitle: \"Salt \\u201CRoads\\\n  \\ Home\\u201D\"\nsubtitle: >-\n  \
                    Tam Ross talks kilns with\n  Ada Wren.\nauthors:\n  - tr12\n---\nText";
        let (meta, body) = front_matter(page);
        assert_eq!(
            meta.title.as_deref(),
            Some("Salt \u{201c}Roads Home\u{201d}")
        );
        assert_eq!(
            meta.standfirst.as_deref(),
            Some("Tam Ross talks kilns with Ada Wren.")
        );
        assert_eq!(body, "Text");
    }

    #[test]
    fn a_person_key_names_the_interviewee_and_a_topic_key_the_subject() {
        let page =
            "---\nperson: Odile Marchetti (Loom Works)\nyear: 2019\ntopic: Weaving with Code\n\
                    ---\nOdile speaks on Sunday.";
        let (meta, _) = front_matter(page);
        assert_eq!(meta.interviewee.as_deref(), Some("Odile Marchetti"));
        assert_eq!(meta.topic.as_deref(), Some("Weaving with Code"));
        let (meta, _) = front_matter("---\nspeaker: true\ninterviewee: Ana Gil\n---\nText");
        assert_eq!(meta.interviewee.as_deref(), Some("Ana Gil"));
        // A group interview lists its guests: each of them answers.
        let (meta, _) = front_matter("---\nperson: [Ana Gil, \"Tom Reed\"]\n---\nText");
        assert_eq!(meta.interviewee.as_deref(), Some("Ana Gil, Tom Reed"));
        let (meta, _) =
            front_matter("---\nspeakers:\n  - Ana Gil (Loom)\n  - Tom Reed\ntitle: T\n---\nText");
        assert_eq!(meta.interviewee.as_deref(), Some("Ana Gil, Tom Reed"));
        let (meta, _) = front_matter("---\ninterviewee: Ana Gil\nperson: Tom Reed\n---\nText");
        assert_eq!(
            meta.interviewee.as_deref(),
            Some("Ana Gil"),
            "the explicit key wins"
        );
    }

    #[test]
    fn pelican_metadata_lines_are_front_matter_and_its_site_is_no_outlet() {
        let page = "Title: Conversa com Lia Tavares\nDate: 2019-04-02 10:00\nAuthor: Rui Campos\n\
                    Site: https://rui.example\nCategory: Vela\n\n\nConversa com Lia Tavares\n---\n";
        let (meta, body) = front_matter(page);
        assert_eq!(meta.title.as_deref(), Some("Conversa com Lia Tavares"));
        assert_eq!(meta.author.as_deref(), Some("Rui Campos"));
        assert_eq!(meta.date.as_deref(), Some("2019-04-02 10:00"));
        assert_eq!(meta.outlet, None, "the author's own site is not the outlet");
        assert_eq!(body, "\n\nConversa com Lia Tavares\n---\n");
    }
}
