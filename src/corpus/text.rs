//! The text of a file cut into front matter and paragraphs, with furniture lines dropped on the
//! way (see [`super::clean::line_clutter`]), each paragraph keeping the line it starts on.

use super::blocks::split_blocks;
use super::clean::{is_italic_paragraph, is_open_credit, line_clutter};
use super::cues::is_heading;
use super::labels::is_name_like;
use super::markup::{decode_entities, is_image, strip_image_file_names};
use super::names::is_author_key;
use super::reading::Para;
use super::reading::ParseError;
use super::reading::{Clutter, Dropped};
use super::repair::{is_invisible, unescape_markdown};
use super::toml_head::read_toml_front_matter;
use super::Metadata;

/// Front matter delimiter, as in Hugo and Zola.
const FRONT_MATTER_FENCE: &str = "+++";

/// The name under an "Image by" line is a few words ("Getty / Futurism").
const MAX_CREDIT_NAME_WORDS: usize = 6;

/// Paragraphs at the top that may be a kicker and a headline; see [`drop_caption_fragment`].
const HEADLINE_PARAGRAPHS: usize = 2;

/// See [`drop_caption_fragment`].
const MAX_FRAGMENT_WORDS: usize = 4;

/// Markdown front matter delimiter (YAML).
const YAML_FENCE: &str = "---";

/// A YAML front matter block is short; a `---` with no closing fence in this many lines is a
/// separator.
const MAX_YAML_LINES: usize = 60;

/// Splits an optional `+++` TOML block from the text. Returns the metadata, the body and the
/// line number the body starts on.
pub fn split_front_matter(text: &str) -> Result<(Metadata, &str, usize), ParseError> {
    if let Some(found) = super::scraped::split_scraped_header(text) {
        return Ok(found);
    }
    let first_line = text.lines().next().unwrap_or_default();
    if first_line.trim() == YAML_FENCE {
        if let Some(found) = split_yaml_front_matter(text) {
            return Ok(found);
        }
    }
    if first_line.trim() != FRONT_MATTER_FENCE {
        return Ok((Metadata::default(), text, 1));
    }
    let after_open = &text[first_line.len()..];
    let after_open = after_open
        .strip_prefix("\r\n")
        .or_else(|| after_open.strip_prefix('\n'))
        .unwrap_or(after_open);
    let mut offset = 0;
    let mut line_count = 0;
    for line in after_open.split_inclusive('\n') {
        line_count += 1;
        if line.trim() == FRONT_MATTER_FENCE {
            let metadata = read_toml_front_matter(&after_open[..offset], 2)?;
            return Ok((metadata, &after_open[offset + line.len()..], 2 + line_count));
        }
        offset += line.len();
    }
    Err(ParseError::new(
        1,
        "the front matter opened with '+++' is never closed: add a line with '+++' after the metadata",
    ))
}

/// A few words without punctuation right above a furniture line belong to it: "Techcrunch
/// event" over the event's date, "Sponsored" over an advertisement, a name over its desk.
fn drop_caption_fragment(
    paragraphs: &mut Vec<Para>,
    dropped: &mut Vec<Dropped>,
    (reason, desk): (Clutter, bool),
) {
    // The headline (and a kicker above it) are short and unpunctuated too.
    let fragment = paragraphs.len() > HEADLINE_PARAGRAPHS
        && paragraphs.last().is_some_and(|p| {
            p.text.split_whitespace().count() <= MAX_FRAGMENT_WORDS
                && !p
                    .text
                    .ends_with(['.', '?', '!', ':', '…', '"', '”', '’', ')'])
        });
    // A byline split over two lines: a name ("MARIANE MORISAWA") over its desk ("DA REDAÇÃO"),
    // even right under the headline, which is no name.
    let name_over_desk =
        desk && paragraphs.len() > 1 && paragraphs.last().is_some_and(|p| is_name_like(&p.text));
    if name_over_desk || (fragment && matches!(reason, Clutter::Date | Clutter::PageFurniture)) {
        if let Some(p) = paragraphs.pop() {
            dropped.push(Dropped {
                line: p.line,
                text: p.text,
                reason: match reason {
                    Clutter::Byline => Clutter::Byline,
                    _ => Clutter::PageFurniture,
                },
            });
        }
    }
}

/// A `---` YAML block as saved by Markdown tools (Jekyll, Hugo, Obsidian, web clippers): its
/// title, author (a value or the first item of a list), interviewee, outlet, date, language
/// and web address are used ([`yaml_field`]); other keys are ignored. `None` when
/// the block is not closed or does not look like `key: value` lines.
fn split_yaml_front_matter(text: &str) -> Option<(Metadata, &str, usize)> {
    let mut metadata = Metadata::default();
    let mut offset = 0;
    let mut key = String::new();
    for (index, line) in text.split_inclusive('\n').enumerate() {
        offset += line.len();
        let trimmed = line.trim();
        if index == 0 {
            continue;
        }
        if trimmed == YAML_FENCE {
            return Some((metadata, &text[offset..], index + 2));
        }
        if index > MAX_YAML_LINES {
            return None;
        }
        if let Some(item) = trimmed.strip_prefix("- ") {
            // A list under the last key: the first author is the one named.
            yaml_field(&mut metadata, &key, item);
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
        yaml_field(&mut metadata, &key, value);
    }
    None
}

/// Sets the metadata field a YAML key gives, unless an earlier value set it. Tools name the
/// same thing differently, so the usual spellings of each are accepted; a `source` that is not
/// a web address (some clippers put the author's name there) is left out rather than guessed.
pub(super) fn yaml_field(metadata: &mut Metadata, key: &str, value: &str) {
    let value = first_yaml_item(value);
    if value.is_empty() {
        return;
    }
    let field = match key.to_lowercase().as_str() {
        "title" => &mut metadata.title,
        "author" | "authors" | "by" | "byline" if is_author_key(&value) => return,
        "author" | "authors" | "by" | "byline" | "interviewer" | "interviewer_name" => {
            &mut metadata.interviewer
        }
        "interviewee" | "interviewee_name" | "guest" | "guest_name" => &mut metadata.interviewee,
        "site" | "site_name" | "publication" | "publisher" | "outlet" => &mut metadata.outlet,
        "date" | "published" | "date_published" | "pubdate" => &mut metadata.date,
        "lang" | "language" => &mut metadata.language,
        "source" | "url" | "link" | "canonical" if is_web_address(&value) => &mut metadata.url,
        _ => return,
    };
    field.get_or_insert(value);
}

/// A YAML scalar without its quotes, or the first item of a flow list (`["A", "B"]`), with
/// `[[wiki links]]` unwrapped.
pub(super) fn first_yaml_item(value: &str) -> String {
    let clean = |v: &str| {
        let v = v.trim().trim_matches(['"', '\'']).trim();
        let v = v.trim_start_matches("[[").trim_end_matches("]]");
        v.trim().replace("\\\"", "\"")
    };
    let value = value.trim();
    match value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        Some(list) if !value.starts_with("[[") => clean(list.split(',').next().unwrap_or_default()),
        _ => clean(value),
    }
}

/// An address a browser opens, not a name some tools put in `source`.
pub(super) fn is_web_address(value: &str) -> bool {
    value.contains("://") || value.starts_with("www.")
}

/// Cuts the body into paragraphs at blank lines. A text without any blank line between its
/// lines is read as one paragraph per line, as some sites publish it that way. Furniture lines
/// ([`line_clutter`]) are dropped and end the paragraph they stand in, since a byline or a date
/// often sits right under the headline without a blank line.
pub fn paragraphs(body: &str, first_line: usize) -> (Vec<Para>, Vec<Dropped>) {
    let lines: Vec<(usize, &str)> = body
        .lines()
        .enumerate()
        .map(|(i, line)| (first_line + i, line.trim()))
        .collect();
    let mut cutter = Cutter {
        joins_lines: has_blank_separator(&lines),
        ..Cutter::default()
    };
    for (line_number, line) in lines {
        let bold = super::bold_tags::html_bold_as_markdown(line);
        let line = bold.as_ref();
        let decoded = decode_entities(line);
        if is_invisible(&decoded) {
            // A spacer ("&nbsp;", a zero-width space) separates paragraphs like a blank line.
            cutter.open = false;
            continue;
        }
        let credit_name = std::mem::take(&mut cutter.credit_pending)
            && line.split_whitespace().count() <= MAX_CREDIT_NAME_WORDS;
        // An italic line right under an image is its caption, whatever its punctuation.
        let caption = std::mem::take(&mut cutter.image_above) && is_italic_paragraph(line);
        let content = unquoted(line).unwrap_or(line);
        let desk = is_desk_byline(content).then_some(Clutter::Byline);
        let credit = (credit_name || caption).then_some(Clutter::PhotoCredit);
        match line_clutter(content).or(desk).or(credit) {
            Some(reason) => cutter.drop_line(line_number, line, reason),
            None => cutter.keep_line(
                line_number,
                &unescape_markdown(&strip_image_file_names(&decoded)),
            ),
        }
    }
    (
        split_blocks(cutter.paragraphs, cutter.lines_of),
        cutter.dropped,
    )
}

/// Words that name a newsroom rather than a person, lowercase: a desk byline credits the
/// paper's staff ("JOÃO SILVA / DA REDAÇÃO", "Por Redacción", "From the newsroom").
const DESK_WORDS: &[&str] = &[
    "redação",
    "redacao",
    "redacción",
    "redaccion",
    "newsroom",
    "staff",
    "equipo de redacción",
    "equipe de reportagem",
];

/// Words that may stand before a desk word ("da Redação", "de la Redacción", "by the staff").
const DESK_LEAD_WORDS: &[&str] = &[
    "da", "de", "la", "del", "do", "por", "by", "from", "the", "a", "el",
];

/// A desk byline stays this short; a longer line with "redação" in it is a sentence.
const MAX_DESK_BYLINE_WORDS: usize = 8;

/// A short line whose last part, after any "Name /" or "Name," credit, names the newsroom.
fn is_desk_byline(line: &str) -> bool {
    let plain = line.replace(['*', '_'], "");
    if plain.split_whitespace().count() > MAX_DESK_BYLINE_WORDS {
        return false;
    }
    let last = plain
        .rsplit(['/', ',', '|', '–', '—'])
        .next()
        .unwrap_or_default();
    let lower = last.trim().trim_end_matches('.').to_lowercase();
    let mut rest = lower.as_str();
    while let Some((first, after)) = rest.split_once(' ') {
        if !DESK_LEAD_WORDS.contains(&first) {
            break;
        }
        rest = after.trim_start();
    }
    DESK_WORDS.contains(&rest)
}

/// Only blank lines between text count: a trailing or leading one says nothing.
fn has_blank_separator(lines: &[(usize, &str)]) -> bool {
    let first_text = lines.iter().position(|(_, l)| !l.is_empty());
    let last_text = lines.iter().rposition(|(_, l)| !l.is_empty());
    match (first_text, last_text) {
        (Some(first), Some(last)) => lines[first..=last].iter().any(|(_, l)| l.is_empty()),
        _ => false,
    }
}

/// The state of [`paragraphs`] while it walks the lines.
#[derive(Default)]
struct Cutter {
    paragraphs: Vec<Para>,
    dropped: Vec<Dropped>,
    /// The lines of each paragraph, for [`split_blocks`].
    lines_of: Vec<Vec<(usize, String)>>,
    /// Lines without a blank line between them make one paragraph (else one per line).
    joins_lines: bool,
    /// The last paragraph takes the next line.
    open: bool,
    /// Furniture stood since the last paragraph (see [`Para::after_break`]).
    after_break: bool,
    /// "Image by" on one line, the agency on the next.
    credit_pending: bool,
    /// The line before was an image, so an italic line now is its caption.
    image_above: bool,
    /// The last line was kept (no line was dropped since).
    previous_kept: bool,
}

/// A Markdown blockquote line (`> text`, `>> text`): the text without its markers.
fn unquoted(line: &str) -> Option<&str> {
    line.starts_with('>')
        .then(|| line.trim_start_matches(|c: char| c == '>' || c.is_whitespace()))
}

impl Cutter {
    fn drop_line(&mut self, line_number: usize, line: &str, reason: Clutter) {
        self.credit_pending = is_open_credit(line);
        self.image_above = is_image(line);
        if std::mem::take(&mut self.previous_kept) {
            let desk = is_desk_byline(line);
            drop_caption_fragment(&mut self.paragraphs, &mut self.dropped, (reason, desk));
            self.lines_of.truncate(self.paragraphs.len());
        }
        self.dropped.push(Dropped {
            line: line_number,
            text: line.to_string(),
            reason,
        });
        self.open = false;
        self.after_break |= matches!(reason, Clutter::PageFurniture | Clutter::Separator);
    }

    fn keep_line(&mut self, line_number: usize, line: &str) {
        self.previous_kept = true;
        let quoted = unquoted(line);
        let line = quoted.unwrap_or(line);
        if line.is_empty() {
            // "> " alone separates the paragraphs of a blockquote.
            self.open = false;
            return;
        }
        // A Markdown heading is one line: the text under it starts a paragraph of its own.
        let heading = is_heading(line);
        self.open &= !heading;
        match self.paragraphs.last_mut() {
            Some(paragraph)
                if self.open && self.joins_lines && paragraph.quoted == quoted.is_some() =>
            {
                paragraph.text.push(' ');
                paragraph.text.push_str(line);
                if let Some(lines) = self.lines_of.last_mut() {
                    lines.push((line_number, line.to_string()));
                }
            }
            _ => {
                self.lines_of.push(vec![(line_number, line.to_string())]);
                self.paragraphs.push(Para {
                    text: line.to_string(),
                    line: line_number,
                    after_break: std::mem::take(&mut self.after_break),
                    quoted: quoted.is_some(),
                });
            }
        }
        self.open = !heading;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn desk_bylines_credit_the_newsroom() {
        for line in [
            "JOÃO SILVA / DA REDAÇÃO",
            "Por Redacción",
            "Redação",
            "Ana Ruiz, de la redacción",
            "From the newsroom",
        ] {
            assert!(is_desk_byline(line), "{line}");
        }
        for line in [
            "A redação decidiu publicar a entrevista inteira.",
            "Staff shortages",
        ] {
            assert!(!is_desk_byline(line), "{line}");
        }
    }

    fn yaml(block: &str) -> Metadata {
        let text = format!("---\n{block}\n---\nTitle\n\nBody.\n");
        split_yaml_front_matter(&text).expect("a front matter").0
    }

    #[test]
    fn html_bold_reads_as_markdown_bold() {
        let (paras, _) = paragraphs("<strong>Why <i>kites</i>?</strong>\n\nThe wind.", 1);
        assert_eq!(paras[0].text, "**Why kites?**");
    }

    #[test]
    fn a_heading_and_a_blockquote_are_paragraphs_of_their_own() {
        let body =
            "### Warped planks\nThe planks warped.\n\n> A standfirst\n> in two lines.\nText.";
        let (paras, _) = paragraphs(body, 1);
        let texts: Vec<(&str, bool)> = paras.iter().map(|p| (p.text.as_str(), p.quoted)).collect();
        assert_eq!(
            texts,
            [
                ("### Warped planks", false),
                ("The planks warped.", false),
                ("A standfirst in two lines.", true),
                ("Text.", false)
            ]
        );
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
        let m = yaml("source: \"Jordan Pike\"\nsite_name: The Ledger");
        assert_eq!(m.url, None, "a name is not a web address");
        assert_eq!(m.outlet.as_deref(), Some("The Ledger"));
        let m = yaml("source: https://example.org/a\nauthor: \"[[Lee Wu]]\"");
        assert_eq!(m.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(m.interviewer.as_deref(), Some("Lee Wu"));
    }
}
