//! The header a page-scraping tool writes above the article: a line of `=`, the date, the
//! author, the image address, `---`, then `:key: value` fields (`:title:`, `:url:`, `:site:`)
//! and a closing line of `=`. It is metadata, not text: the title, address, outlet and the
//! author (who asked) are taken from it.

use super::Metadata;

/// A scraper's header is short: no closing line within this many lines, it is text.
const MAX_HEADER_LINES: usize = 30;

/// A rule of `=` at least this long opens and closes the header.
const MIN_RULE_CHARS: usize = 3;

/// A name line of the header has at most this many words.
const MAX_AUTHOR_WORDS: usize = 4;

fn is_rule(line: &str) -> bool {
    let line = line.trim();
    line.len() >= MIN_RULE_CHARS && line.chars().all(|c| c == '=')
}

/// A `:key: value` field line: the key and the value.
fn field(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.trim().strip_prefix(':')?.split_once(':')?;
    let key_shaped = !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_');
    key_shaped.then(|| (key, value.trim()))
}

/// A line of two to four capitalised words without digits: the author's name.
fn is_name_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=MAX_AUTHOR_WORDS).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.contains(['/', ':']))
        && !line.chars().any(|c| c.is_ascii_digit())
}

/// Splits a scraper's header off the text: the metadata it gives, the body after it, and the
/// line number the body starts on. `None` when the text does not open with such a header.
pub fn split_scraped_header(text: &str) -> Option<(Metadata, &str, usize)> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let open = lines.iter().position(|l| !l.trim().is_empty())?;
    if !is_rule(lines[open]) {
        return None;
    }
    let close =
        (open + 1..lines.len().min(open + MAX_HEADER_LINES)).find(|&i| is_rule(lines[i]))?;
    let header = &lines[open + 1..close];
    if !header.iter().any(|l| field(l).is_some()) {
        return None;
    }
    let mut metadata = Metadata::default();
    for line in header {
        match field(line) {
            Some(("title", value)) if !value.is_empty() => metadata.title = Some(value.into()),
            Some(("url", value)) if value.starts_with("http") => metadata.url = Some(value.into()),
            Some(("site", value)) if !value.is_empty() => metadata.outlet = Some(value.into()),
            Some(_) => {}
            None if metadata.interviewer.is_none() && is_name_line(line.trim()) => {
                metadata.interviewer = Some(line.trim().to_string());
            }
            None => {}
        }
    }
    let offset: usize = lines[..=close].iter().map(|l| l.len()).sum();
    Some((metadata, &text[offset..], close + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scraper_header_is_metadata() {
        let text = "\n=====\n01Jan2020\nRui Dias\nhttps://x.org/a.jpg\n---\n:title: Talk\n\
                    :url: https://x.org/talk\n:site: Paper\n=====\n\nBody.\n";
        let (metadata, body, line) = split_scraped_header(text).expect("a header");
        assert_eq!(metadata.title.as_deref(), Some("Talk"));
        assert_eq!(metadata.url.as_deref(), Some("https://x.org/talk"));
        assert_eq!(metadata.outlet.as_deref(), Some("Paper"));
        assert_eq!(metadata.interviewer.as_deref(), Some("Rui Dias"));
        assert_eq!(body, "\nBody.\n");
        assert_eq!(line, 11);
        assert!(split_scraped_header("=====\nA heading underlined\n=====\n").is_none());
    }
}
