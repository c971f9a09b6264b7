//! The text of a file cut into front matter and paragraphs, with furniture lines dropped on the
//! way (see [`super::clean::line_clutter`]), each paragraph keeping the line it starts on.

use super::blocks::split_blocks;
use super::bold_spans::rejoined_bold_spans;
use super::clean::{is_italic_paragraph, is_open_credit, line_clutter};
use super::credit_caption::{captions_over_credits, captions_under_images};
use super::cues::is_heading;
use super::dated_headline::split_dated_headline;
use super::glued_head::split_glued_head;
use super::labels::is_name_like;
use super::lead_stamp::split_lead_stamp;
use super::markup::{
    decode_entities, image_alt, is_image, strip_image_file_names, without_opening_tags,
};
use super::navigation_block::navigation_lines;
use super::page_ends::{closing_lines, masthead_lines};
use super::page_footer::{footer_lines, Copied};
use super::reading::Para;
use super::reading::ParseError;
use super::reading::{Clutter, Dropped};
use super::repair::{is_invisible, unescape_markdown};
use super::signed_date::split_signed_date;
use super::toml_head::read_toml_front_matter;
use super::underlined::{as_heading, underlined_levels};
use super::wrappers::{inside_paired_tags, without_lone_italics};
use super::yaml_head::{split_yaml_front_matter, YAML_FENCE};
use super::Metadata;

/// Front matter delimiter, as in Hugo and Zola.
const FRONT_MATTER_FENCE: &str = "+++";

/// The name under an "Image by" line is a few words ("Getty / Futurism").
const MAX_CREDIT_NAME_WORDS: usize = 6;

/// Paragraphs at the top that may be a kicker and a headline; see [`drop_caption_fragment`].
const HEADLINE_PARAGRAPHS: usize = 2;

/// See [`drop_caption_fragment`].
const MAX_FRAGMENT_WORDS: usize = 4;

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
    if let Some(found) = super::loose_head::split_loose_front_matter(text) {
        return Ok(found);
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
            let body = &after_open[offset + line.len()..];
            let metadata = read_toml_front_matter(&after_open[..offset], 2, body)?;
            return Ok((metadata, body, 2 + line_count));
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

/// Cuts the body into paragraphs at blank lines. A text without any blank line between its
/// lines is read as one paragraph per line, as some sites publish it that way. Furniture lines
/// ([`line_clutter`]) are dropped and end the paragraph they stand in, since a byline or a date
/// often sits right under the headline without a blank line.
pub fn paragraphs(body: &str, first_line: usize) -> (Vec<Para>, Vec<Dropped>) {
    let lines = numbered_lines(body, first_line);
    let mut cutter = Cutter {
        joins_lines: has_blank_separator(&lines),
        ..Cutter::default()
    };
    let chrome = page_chrome(&lines);
    let underlined = underlined_levels(&lines);
    let glued = glued_section_titles(&lines);
    let texts: Vec<&str> = lines.iter().map(|(_, l)| *l).collect();
    let spans = rejoined_bold_spans(&texts);
    for (k, (line_number, line)) in lines.into_iter().enumerate() {
        // A bold prompt over two lines is read on the line opening it.
        let line = spans[k].as_deref().unwrap_or(line);
        if let Some(&(_, reason)) = chrome.iter().find(|(at, _)| *at == k) {
            cutter.drop_line(line_number, line, reason);
            continue;
        }
        if k > 0 && underlined[k - 1].is_some() {
            // A heading's underline is its typography, no break between two parts of the page.
            cutter.drop_line(line_number, line, Clutter::Markup);
            continue;
        }
        let heading = underlined[k].map(|level| as_heading(line, level));
        let line = heading.as_deref().unwrap_or(line);
        let line = without_opening_tags(inside_paired_tags(line).unwrap_or(line));
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
        if cut_dated_head(&mut cutter, line_number, content) {
            continue;
        }
        let desk = is_desk_byline(content).then_some(Clutter::Byline);
        let credit = (credit_name || caption).then_some(Clutter::PhotoCredit);
        let clutter = line_clutter(content).filter(|_| !glued[k]);
        match clutter.or(desk).or(credit) {
            Some(reason) => cutter.drop_line(line_number, line, reason),
            None => cutter.keep_line(
                line_number,
                &unescape_markdown(&strip_image_file_names(&decoded)),
            ),
        }
    }
    let mut paras = split_blocks(cutter.paragraphs, cutter.lines_of);
    paras.iter_mut().for_each(drop_lone_italics);
    (paras, cutter.dropped)
}

/// The lines of `body`, trimmed, each with its line number in the file (the first is
/// `first_line`).
fn numbered_lines(body: &str, first_line: usize) -> Vec<(usize, &str)> {
    (body.lines().enumerate())
        .map(|(i, line)| (first_line + i, line.trim()))
        .collect()
}

/// For each line, whether it is a framed line glued to the text (a cut-off turn, kept).
fn glued_section_titles(lines: &[(usize, &str)]) -> Vec<bool> {
    (0..lines.len())
        .map(|k| super::framed::glued_section_title(lines, k))
        .collect()
}

/// The page's own lines around the text, by index, and why each goes: the site's menu or
/// masthead opening a pasted page, and the blog's footer, the readers' comments, a story
/// bar or a columnist's follow line closing it.
fn page_chrome(lines: &[(usize, &str)]) -> Vec<(usize, Clutter)> {
    let navigation = navigation_lines(lines, |l| line_clutter(l).is_some());
    let copied = if navigation.is_empty() {
        Copied::TextOnly
    } else {
        Copied::WholePage
    };
    let footer = footer_lines(lines, copied, |l| line_clutter(l).is_some());
    let masthead = masthead_lines(lines, |l| line_clutter(l).is_some());
    let captions = captions_over_credits(lines, |l| {
        line_clutter(l.trim()) == Some(Clutter::PhotoCredit)
    });
    let captions = captions
        .into_iter()
        .chain(captions_under_images(lines, image_alt));
    let pages = super::page_numbers::page_number_lines(lines);
    let notes = super::note_wrap::note_continuations(lines);
    (navigation.into_iter().chain(masthead))
        .map(|k| (k, Clutter::SiteHeader))
        .chain(notes.into_iter().map(|k| (k, Clutter::EditorsNote)))
        .chain(pages.into_iter().map(|k| (k, Clutter::Separator)))
        .chain(captions.map(|k| (k, Clutter::PhotoCredit)))
        .chain(
            // A closing line clutter of its own keeps its reason: a byline ("Interview by Ana
            // Ruiz") names the interviewer, which an anonymous "after the interview" would not.
            (footer.into_iter().chain(
                closing_lines(lines)
                    .into_iter()
                    .filter(|&k| line_clutter(lines[k].1).is_none()),
            ))
            .map(|k| (k, Clutter::AfterInterview)),
        )
        .collect()
}

/// The paragraph without a lone italics mark opening or closing it ([`without_lone_italics`]).
fn drop_lone_italics(para: &mut Para) {
    let bare = without_lone_italics(&para.text);
    if bare.len() < para.text.len() {
        para.text = bare.to_string();
    }
}

/// The headline and its date when the text opens with a headline dated at its end, which
/// the date rule alone would drop whole.
/// Cuts the text's first line when it opens with an export's ISO date stamp (the rest is the
/// text), or when it is a headline with its date glued on (and, after the date, the first
/// question): the headline and the question are kept as lines of their own, the date dropped
/// as a date line. Whether the line was cut.
fn cut_dated_head(cutter: &mut Cutter, line_number: usize, content: &str) -> bool {
    let stamped = (cutter.paragraphs.is_empty()).then(|| split_lead_stamp(content));
    if let Some((stamp, rest)) = stamped.flatten() {
        cutter.drop_line(line_number, stamp, Clutter::Date);
        cutter.keep_line(line_number, rest);
        return true;
    }
    if let Some(glued) = (cutter.paragraphs.is_empty())
        .then(|| split_glued_head(content))
        .flatten()
    {
        // "Headline 12 March 2024 Why did you…?": three lines that lost their breaks.
        cutter.keep_line(line_number, glued.headline);
        cutter.drop_line(line_number, glued.date, Clutter::Date);
        cutter.keep_line(line_number, glued.question);
        return true;
    }
    if let Some((headline, date)) = dated_headline(cutter, content) {
        cutter.keep_line(line_number, headline);
        cutter.drop_line(line_number, date, Clutter::Date);
        return true;
    }
    // "Ana Gil. March 2024" under the headline: the page's person signing it.
    let signed = (cutter.paragraphs.len() <= HEADLINE_PARAGRAPHS)
        .then(|| split_signed_date(content))
        .flatten();
    if let Some((name, date)) = signed {
        // A line of its own: the signature is no part of the rubric or headline above it.
        cutter.open = false;
        cutter.keep_line(line_number, name);
        cutter.open = false;
        cutter.drop_line(line_number, date, Clutter::Date);
        return true;
    }
    false
}

fn dated_headline<'a>(cutter: &Cutter, line: &'a str) -> Option<(&'a str, &'a str)> {
    let first = cutter.paragraphs.is_empty();
    let date = line_clutter(line) == Some(Clutter::Date);
    first.then_some(()).filter(|_| date)?;
    split_dated_headline(line)
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
    /// A separator stood since the last paragraph (see [`Para::after_separator`]).
    after_separator: bool,
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
        // A word framed by dashes ("- Publicidade -") is a slot set into the running text,
        // where the article goes on after it: no break between posts.
        let slot = super::framed::framed_clutter(line).is_some();
        self.after_break |= matches!(reason, Clutter::PageFurniture | Clutter::Separator) && !slot;
        self.after_separator |= reason == Clutter::Separator;
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
                    after_separator: std::mem::take(&mut self.after_separator),
                    quoted: quoted.is_some(),
                    under_previous: false,
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
}
