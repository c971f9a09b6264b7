//! The `---` YAML front matter Markdown tools save (Jekyll, Hugo, Obsidian, web clippers): the
//! keys each tool uses for the title, the people, the outlet, the date, the language and the
//! address, read into [`Metadata`]; the TOML reader uses the same spellings for other keys.

use super::placeholders::{author_key_name, is_author_key, is_placeholder_author};
use super::yaml_scalars::{decode_double_quoted, folded_fields};
use super::Metadata;

/// Markdown front matter delimiter (YAML).
pub(super) const YAML_FENCE: &str = "---";

/// A YAML front matter block is short; a `---` with no closing fence in this many lines is a
/// separator.
const MAX_YAML_LINES: usize = 60;

/// A `---` YAML block as saved by Markdown tools (Jekyll, Hugo, Obsidian, web clippers): its
/// title, author (a value or the first item of a list), interviewee, outlet, date, language
/// and web address are used ([`yaml_field`]); other keys are ignored. `None` when
/// the block is not closed or does not look like `key: value` lines.
pub(super) fn split_yaml_front_matter(text: &str) -> Option<(Metadata, &str, usize)> {
    let (block, body, body_line) = yaml_block(text)?;
    let mut metadata = Metadata::default();
    let mut link = None;
    let mut key = String::new();
    let mut listing_guests = false;
    // Values over several lines (block scalars, folded strings) are read on their key's line.
    for line in folded_fields(block) {
        let trimmed = line.trim();
        if let Some(item) = trimmed.strip_prefix("- ") {
            // A list of guests under the last key: each answers. Else the first author is the
            // one named.
            let item = first_yaml_item(item);
            if is_guest_key(&key) && listing_guests && names_someone(&item) {
                add_guest(&mut metadata.interviewee, &item);
                continue;
            }
            link = link.or(yaml_field(&mut metadata, &key, &item));
            continue;
        }
        let Some((name, value)) = trimmed.split_once(':') else {
            // Continuation lines of the previous key.
            if trimmed.is_empty() || trimmed.starts_with('-') || line.starts_with(' ') {
                continue;
            }
            return None;
        };
        if line.starts_with([' ', '\t']) {
            continue;
        }
        key = name.trim().to_string();
        // A guest key with nothing after it opens a list of the guests, unless one is named.
        listing_guests =
            is_guest_key(&key) && value.trim().is_empty() && metadata.interviewee.is_none();
        link = link.or(yaml_field(&mut metadata, &key, value));
    }
    settle_url(&mut metadata, link, body);
    Some((metadata, body, body_line))
}

/// The lines between a `---` opening the text and the `---` closing the block, the body
/// after it and the line the body starts on. `None` when no fence closes the block within
/// [`MAX_YAML_LINES`].
fn yaml_block(text: &str) -> Option<(&str, &str, usize)> {
    let first = text.split_inclusive('\n').next()?.len();
    let mut offset = first;
    for (index, line) in text[first..].split_inclusive('\n').enumerate() {
        if line.trim() == YAML_FENCE {
            return Some((
                &text[first..offset],
                &text[offset + line.len()..],
                index + 3,
            ));
        }
        if index >= MAX_YAML_LINES {
            return None;
        }
        offset += line.len();
    }
    None
}

/// Sets the metadata field a YAML key gives, unless an earlier value set it. Tools name the
/// same thing differently, so the usual spellings of each are accepted; a `source` that is not
/// a web address (some clippers put the author's name there) is left out rather than guessed.
/// The address under `link:` or `source:` is returned rather than set: it names the page or
/// the page a post is about, which only the body tells ([`settle_url`]).
#[must_use]
pub(super) fn yaml_field(metadata: &mut Metadata, key: &str, value: &str) -> Option<String> {
    // A group interview's guests, listed under one key: all of them answer.
    let people = listed_people(value);
    if is_guest_key(key) && !people.is_empty() {
        metadata.interviewee.get_or_insert(joined_guests(&people));
        return None;
    }
    let value = first_yaml_item(value);
    if value.is_empty() {
        return None;
    }
    let field = match key.to_lowercase().as_str() {
        // Spanish and Portuguese site templates name their own keys ("titulo", "título"); a
        // news template names the title as schema.org does, `headline` (its `dek` or
        // `subtitle` is the standfirst, never the title).
        "title" | "titulo" | "título" | "headline" => &mut metadata.title,
        // A key spelling a name ("tilda-varga") is the person the site shows as author.
        "author" | "authors" | "by" | "byline" if is_author_key(&value) => {
            if let Some(name) = author_key_name(&value) {
                metadata.interviewer.get_or_insert(name);
            }
            return None;
        }
        "author" | "authors" | "by" | "byline" | "interviewer" | "interviewer_name"
            if is_placeholder_author(&value) =>
        {
            return None
        }
        "author" | "authors" | "by" | "byline" | "interviewer" | "interviewer_name" => {
            &mut metadata.interviewer
        }
        "interviewee" | "interviewee_name" | "guest" | "guest_name" => &mut metadata.interviewee,
        // A conference's or a series' page about one person (`person:`, `speaker:`) names the
        // one who answers.
        "person" | "speaker" if names_someone(&value) => &mut metadata.interviewee,
        "site" | "site_name" | "publication" | "publisher" | "outlet" => &mut metadata.outlet,
        "date" | "published" | "date_published" | "pubdate" => &mut metadata.date,
        "lang" | "language" => &mut metadata.language,
        // `source_url` is where a republished post first appeared (Hexo, Jekyll): the
        // interview's own address.
        "url" | "canonical" | "source_url" if is_web_address(&value) => &mut metadata.url,
        "source" | "link" if is_web_address(&value) => return Some(value),
        _ => return None,
    };
    field.get_or_insert(value);
    None
}

/// The interview's address from a front matter's `link:` or `source:` (`link`), when no key
/// naming the page itself (`url:`, `canonical:`) gave one and [`page_link`] keeps it.
pub(super) fn settle_url(metadata: &mut Metadata, link: Option<String>, body: &str) {
    if metadata.url.is_none() {
        metadata.url = page_link(link, body);
    }
}

/// A front matter's `link:` or `source:` address as the page's own, unless the text links to
/// it: a post linking to the address is about that page (the interviewee's project, the
/// original a link post points to), so the address is not the post's.
pub(super) fn page_link(link: Option<String>, body: &str) -> Option<String> {
    link.filter(|link| !body.contains(link.trim_end_matches('/')))
}

/// A YAML scalar without its quotes, or the first item of a flow list (`["A", "B"]`), with
/// `[[wiki links]]` unwrapped.
pub(super) fn first_yaml_item(value: &str) -> String {
    let clean = |v: &str| {
        let v = v.trim();
        if let Some(inner) = v.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
            return double_quoted(inner.trim());
        }
        let v = v.trim_matches(['"', '\'']).trim();
        let v = v.trim_start_matches("[[").trim_end_matches("]]");
        v.trim().replace("\\\"", "\"")
    };
    let value = value.trim();
    match value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        Some(list) if !value.starts_with("[[") => clean(list.split(',').next().unwrap_or_default()),
        _ => clean(value),
    }
}

/// A YAML double-quoted scalar's text with its escapes decoded ([`decode_double_quoted`]): a
/// quotation mark closing the value is its own, never trimmed off with the enclosing ones.
fn double_quoted(inner: &str) -> String {
    let out = decode_double_quoted(inner);
    let out = out.trim_start_matches("[[").trim_end_matches("]]");
    out.trim().to_string()
}

/// Keys naming who answers, lowercase: a group interview lists several people under them.
const GUEST_KEYS: &[&str] = &[
    "interviewee",
    "interviewee_name",
    "interviewees",
    "guest",
    "guest_name",
    "guests",
    "person",
    "people",
    "speaker",
    "speakers",
    "entrevistado",
    "entrevistada",
    "entrevistados",
];

/// The key names who answers ([`GUEST_KEYS`]).
pub(crate) fn is_guest_key(key: &str) -> bool {
    GUEST_KEYS.contains(&key.trim().to_lowercase().as_str())
}

/// The people a flow list names (`[Ana Gil, "Tom Reed"]`), each cleaned as
/// [`first_yaml_item`] cleans one; empty unless the value is such a list of two names or
/// more.
pub(crate) fn listed_people(value: &str) -> Vec<String> {
    let value = value.trim();
    let Some(list) = (value.strip_prefix('[').and_then(|v| v.strip_suffix(']')))
        .filter(|_| !value.starts_with("[["))
    else {
        return Vec::new();
    };
    let people: Vec<String> = list.split(',').map(first_yaml_item).collect();
    match people.len() > 1 && people.iter().all(|p| names_someone(p)) {
        true => people,
        false => Vec::new(),
    }
}

/// Several guests of a group interview as the one name their quotes are credited to: every
/// name, in the page's order, so a question naming any of them finds the interview.
pub(crate) fn joined_guests(people: &[String]) -> String {
    people.join(", ")
}

/// Adds `person`, an item of the list under a guest key, to the guests named so far.
pub(crate) fn add_guest(guests: &mut Option<String>, person: &str) {
    match guests {
        Some(named) if !named.split(", ").any(|n| n == person) => {
            named.push_str(", ");
            named.push_str(person);
        }
        Some(_) => {}
        None => *guests = Some(person.to_string()),
    }
}

/// A name with particles has a few more words than a plain one ("Ana de la Torre Ruiz"); a
/// longer value under `person:` is a description, not a name.
const MAX_NAME_WORDS_WITH_PARTICLES: usize = 6;

/// A value that may be a name: a few words, one of them capitalised, no address ("Ana de la
/// Torre", not "true" nor a link).
pub(crate) fn names_someone(value: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    (1..=MAX_NAME_WORDS_WITH_PARTICLES).contains(&words.len())
        && words
            .iter()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !is_web_address(value)
}

/// An address a browser opens, not a name some tools put in `source`.
pub(super) fn is_web_address(value: &str) -> bool {
    value.contains("://") || value.starts_with("www.")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(block: &str) -> Metadata {
        let text = format!("---\n{block}\n---\nTitle\n\nBody.\n");
        split_yaml_front_matter(&text).expect("a front matter").0
    }

    #[test]
    fn yaml_front_matter_in_the_spellings_tools_use() {
        let m = yaml("title: \"A talk\"\nauthor: [\"Redação Maré\", \"Other\"]\nlang: pt-BR");
        assert_eq!(m.title.as_deref(), Some("A talk"));
        assert_eq!(m.interviewer.as_deref(), Some("Redação Maré"));
        assert_eq!(m.language.as_deref(), Some("pt-BR"));
        let m = yaml("authors:\n  - \"[[Sam Pike]]\"\nguest: Ana Ruiz\ndate: 2024-05-01");
        assert_eq!(m.interviewer.as_deref(), Some("Sam Pike"));
        assert_eq!(m.interviewee.as_deref(), Some("Ana Ruiz"));
        assert_eq!(m.date.as_deref(), Some("2024-05-01"));
        let m = yaml("headline: \"The last ropemaker\"\ndek: \"Forty years\"");
        assert_eq!(m.title.as_deref(), Some("The last ropemaker"));
        let m = yaml("titulo: \"Charla con Ana\"\nsubtitulo: \"\"");
        assert_eq!(m.title.as_deref(), Some("Charla con Ana"));
        // An escaped quote closing a double-quoted value is the value's own.
        let m = yaml("title: \"What she calls \\\"slow work.\\\"\"");
        assert_eq!(m.title.as_deref(), Some("What she calls \"slow work.\""));
        let m = yaml("source: \"Jordan Pike\"\nsite_name: The Ledger");
        assert_eq!(m.url, None, "a name is not a web address");
        assert_eq!(m.outlet.as_deref(), Some("The Ledger"));
        let m = yaml("source: https://example.org/a\nauthor: \"[[Lee Wu]]\"");
        assert_eq!(m.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(m.interviewer.as_deref(), Some("Lee Wu"));
    }

    #[test]
    fn block_scalars_and_folded_strings_are_read_whole() {
        let m = yaml("layout: post\ntitle: |\n  Rowing the bay with Ines Carvo\nauthor: 12");
        assert_eq!(m.title.as_deref(), Some("Rowing the bay with Ines Carvo"));
        let m = yaml("title: \"Ines Carvo on \\u201CSlow\\\n  \\ Water\\u201D\"\nlang: en");
        assert_eq!(
            m.title.as_deref(),
            Some("Ines Carvo on \u{201c}Slow Water\u{201d}")
        );
        assert_eq!(m.language.as_deref(), Some("en"));
    }

    #[test]
    fn a_person_or_speaker_key_names_the_interviewee() {
        let m = yaml("person: Ines de la Vega\ntopic: Salt Roads");
        assert_eq!(m.interviewee.as_deref(), Some("Ines de la Vega"));
        let m = yaml("speaker: Omar Haddad\nyear: 2020");
        assert_eq!(m.interviewee.as_deref(), Some("Omar Haddad"));
        assert_eq!(yaml("person: true").interviewee, None, "no name");
        assert_eq!(yaml("speaker: https://omar.example").interviewee, None);
    }

    #[test]
    fn placeholder_authors_name_nobody_and_a_source_url_is_the_address() {
        for author in [
            "None",
            "null",
            "Various",
            "STAFF",
            "Admin",
            "Redacción",
            "~",
        ] {
            assert_eq!(
                yaml(&format!("author: {author}")).interviewer,
                None,
                "{author}"
            );
        }
        assert_eq!(
            yaml("author: Noa Vance").interviewer.as_deref(),
            Some("Noa Vance")
        );
        // A group interview's guests, in a flow list or a block list: each answers.
        assert_eq!(
            yaml("person: [Ana Gil, Tom Reed]").interviewee.as_deref(),
            Some("Ana Gil, Tom Reed")
        );
        assert_eq!(
            yaml("guests:\n  - Ana Gil\n  - Tom Reed\nlang: es")
                .interviewee
                .as_deref(),
            Some("Ana Gil, Tom Reed")
        );
        assert_eq!(
            yaml("interviewee: Ana Gil\nspeakers:\n  - Tom Reed")
                .interviewee
                .as_deref(),
            Some("Ana Gil")
        );
        // A key spelling a name is that person; a login is nobody.
        assert_eq!(
            yaml("author: noa-vance").interviewer.as_deref(),
            Some("Noa Vance")
        );
        assert_eq!(yaml("author: nvance").interviewer, None);
        let m = yaml("source_url: https://blog.example/talk\nlinks:\n  - url: https://x.example");
        assert_eq!(m.url.as_deref(), Some("https://blog.example/talk"));
    }

    #[test]
    fn a_link_the_body_links_to_is_the_posts_subject_not_its_address() {
        let read = |text: &str| split_yaml_front_matter(text).expect("a front matter").0;
        let m = read(
            "---\nlink: https://kilns.example/ines/\n---\nWe talked to [Ines](https://kilns.example/ines) \
             about her kilns.\n\nQ: Why?\n\nA: Heat.\n",
        );
        assert_eq!(m.url, None);
        let m = read(
            "---\nsource: https://kilns.example/ines\nurl: https://blog.example/ines-talk\n---\n\
             Q: Why?\n\nA: Heat.\n",
        );
        assert_eq!(m.url.as_deref(), Some("https://blog.example/ines-talk"));
    }
}
