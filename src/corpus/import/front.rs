//! The front matter of a Markdown page (`---` YAML-style `key: value` lines, or `+++` TOML):
//! the title, date, address, outlet, language and author an import writes into its own front
//! matter.

use super::meta::PageMeta;
use crate::corpus::names::is_author_key;
use crate::corpus::yaml_head::{first_yaml_item, is_web_address};

/// Splits a `---` or `+++` front matter block off and reads the fields an import needs.
pub fn front_matter(source: &str) -> (PageMeta, &str) {
    let mut meta = PageMeta::default();
    if let Some((found, body, _)) = crate::corpus::scraped::split_scraped_header(source) {
        meta.title = found.title;
        meta.url = found.url;
        meta.outlet = found.outlet;
        meta.author = found.interviewer;
        return (meta, body);
    }
    let first = source.lines().next().unwrap_or_default().trim();
    if first != "---" && first != "+++" {
        return (meta, source);
    }
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
    (PageMeta::default(), source)
}

/// The fields of a front matter block (`key: value` or `key = value` lines). A YAML list under
/// a key gives its first item (`author:` then `  - "[[Rita Gomez]]"`, as web clippers write it).
fn read_fields(meta: &mut PageMeta, block: &str, separator: char) {
    let mut last_key = String::new();
    for field in block.lines() {
        let (key, value) = match field.trim().strip_prefix("- ") {
            Some(item) => (last_key.clone(), item),
            None => match field.split_once(separator) {
                Some((key, value)) => {
                    last_key = key.trim().to_ascii_lowercase();
                    (last_key.clone(), value)
                }
                None => continue,
            },
        };
        let value = first_yaml_item(value);
        if value.is_empty() {
            continue;
        }
        match key.as_str() {
            "title" | "titulo" | "título" => meta.title = Some(value),
            "excerpt" | "description" | "summary" | "resumen" | "resumo" => {
                meta.standfirst = Some(value)
            }
            "date" | "published" => meta.date = Some(value),
            "url" | "canonical" | "canonical_url" | "link" | "source" if is_web_address(&value) => {
                meta.url = Some(value)
            }
            "outlet" | "site" | "site_name" | "publication" => meta.outlet = Some(value),
            "lang" | "language" => meta.language = Some(value.to_ascii_lowercase()),
            "interviewee" | "interviewee_name" | "guest" | "guest_name" | "entrevistado"
            | "entrevistada" => meta.interviewee = Some(value),
            "author" | "authors" | "by" | "byline" | "interviewer"
                if meta.author.is_none() && !is_author_key(&value) =>
            {
                meta.author = Some(value)
            }
            _ => {}
        }
    }
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
}
