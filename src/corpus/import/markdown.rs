//! The paragraphs of a Markdown article: blank-line separated paragraphs, `#` headings, whole
//! paragraphs in `**bold**` or `*italics*`, `**Name:**` labels. Markup characters are removed,
//! the words are kept as written. An optional front matter block (`---` YAML-style `key: value`
//! lines, or `+++` TOML) gives the title, date, address, outlet and language.

use super::block::{
    collapse_whitespace, is_linked_prose, plain_name_label, read_label, Block, Cue, Label,
};
use super::closing::{closing_start, is_caption_after_figure, is_rule, without_images, Shape};
use super::front::front_matter;
use super::html_blocks::{opens_html_block, read_html_block};
use super::inline::{inline_text, is_link_definition, is_link_only, link_share, unlinked_text};
use super::meta::PageMeta;
use super::setext::underline_level;
use std::borrow::Cow;

use crate::corpus::bold_spans::rejoined_bold_spans;
use crate::corpus::bold_tags::html_bold_as_markdown;
use crate::corpus::markup::is_shortcode;

/// A paragraph made mostly of links ("[Read more](…)Read more", link lists) is navigation,
/// as in HTML pages.
const MAX_LINK_SHARE: f64 = 0.5;

/// A speaker label is a name or a role of a few words ("Avó do João", "Ana Ruiz Paz"); a longer
/// bold run before a colon is a sentence in bold.
const MAX_LABEL_WORDS: usize = 5;

/// Reads a Markdown page: its metadata (front matter, else the first `#` heading as title) and
/// its paragraphs.
pub fn read_markdown(source: &str) -> (PageMeta, Vec<Block>) {
    let (mut meta, body) = front_matter(source);
    meta.settle_link(body);
    let mut blocks = Blocks::default();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut hidden = super::hidden::Hidden::default();
    let mut last_rule = None;
    let raw_lines: Vec<&str> = body.lines().collect();
    let lines = bold_lines(&raw_lines);
    for (raw, line) in &lines {
        let trimmed = line.trim();
        if hidden.skips(trimmed) || blocks.html_line(raw, &mut paragraph) {
            blocks.flush(&mut paragraph);
            continue;
        }
        if let Some(level) = underline_level(&paragraph, blocks.item, trimmed) {
            let text = inline_text(&std::mem::take(&mut paragraph).join(" "));
            blocks.item = false;
            blocks.titled(&mut meta, level, text);
            continue;
        }
        if is_rule(trimmed) {
            blocks.flush(&mut paragraph);
            last_rule = Some(blocks.blocks.len());
            continue;
        }
        if ends_paragraph(trimmed) || is_link_definition(trimmed) {
            blocks.flush(&mut paragraph);
            blocks.after_figure |= is_shortcode(trimmed) && !trimmed.starts_with("<!--");
            continue;
        }
        if let Some((level, text)) = heading(trimmed) {
            blocks.flush(&mut paragraph);
            blocks.titled(&mut meta, level, inline_text(text));
            continue;
        }
        let content = trimmed.trim_start_matches('>').trim_start();
        // Each list item is its own paragraph, and so is a turn whose label opens the line
        // (`**Pergunta:** …?  ` then `**Resposta:** …`).
        let item = list_item(content);
        if opens_with_label(content) || item.is_some() || blocks.bold_edge(content) {
            blocks.flush(&mut paragraph);
        }
        blocks.item |= item.is_some();
        paragraph.push(item.unwrap_or(content));
    }
    blocks.flush(&mut paragraph);
    blocks.end_html();
    let (mut blocks, shapes) = (blocks.blocks, blocks.shapes);
    if let Some(start) = closing_start(&blocks, &shapes, last_rule) {
        blocks.truncate(start);
    }
    if let Some(standfirst) = standfirst_block(meta.standfirst.take(), &blocks) {
        blocks.insert(0, standfirst);
    }
    (meta, blocks)
}

/// Each raw line with its text as read: HTML bold as Markdown bold, and a bold prompt over two
/// lines read on the line opening it.
fn bold_lines<'a>(raw_lines: &[&'a str]) -> Vec<(&'a str, Cow<'a, str>)> {
    let spans = rejoined_bold_spans(raw_lines);
    (raw_lines.iter().zip(spans))
        .map(|(&raw, span)| match span {
            Some(span) => (raw, Cow::Owned(span)),
            None => (raw, html_bold_as_markdown(raw)),
        })
        .collect()
}

/// The front matter's standfirst (`excerpt:`, `description:`) as the introduction's first
/// paragraph, without the sentences the text says again: those are an excerpt the site cut
/// from the text, and written out they would be quoted twice (or, copied from the first
/// answer, make that answer seem to start in the introduction).
fn standfirst_block(standfirst: Option<String>, blocks: &[Block]) -> Option<Block> {
    let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    let standfirst = super::repeated::unrepeated(&standfirst?, &texts)?;
    let mut read = Blocks::default();
    read.flush(&mut vec![standfirst.as_str()]);
    read.blocks.pop()
}

/// A line that is no text and ends the paragraph: blank, an HTML comment, a shortcode, or the
/// fence of a styled div (`::: .c-blue` … `:::`, Pandoc and Markdown-it).
fn ends_paragraph(trimmed: &str) -> bool {
    trimmed.is_empty()
        || trimmed.starts_with(":::")
        || trimmed.starts_with("<!--")
        || is_shortcode(trimmed)
}

/// The paragraphs read so far, each with its [`Shape`].
#[derive(Default)]
struct Blocks {
    blocks: Vec<Block>,
    shapes: Vec<Shape>,
    /// The last paragraph read was a figure (an image, a component): an italic line under it
    /// is its caption.
    after_figure: bool,
    /// The paragraph being read is a list item.
    item: bool,
    /// The last paragraph kept announced a list ("In the workshop I keep:") or was an item of
    /// such a list: its items stay even when they are only links.
    announced: bool,
    /// The last line read was wholly in bold.
    bold_line: bool,
    /// The lines of the HTML block being read.
    html: Vec<String>,
}

impl Blocks {
    /// A line wholly in bold after a plain one, or a plain one after it: a prompt set apart
    /// from its answer, as HTML exports run them together (`<strong>Why?</strong>` / `Because…`).
    fn bold_edge(&mut self, line: &str) -> bool {
        let bold = emphasis_cue(line) == Some(Cue::Bold);
        bold != std::mem::replace(&mut self.bold_line, bold)
    }

    fn push(&mut self, block: Block, shape: Shape) {
        self.announced = super::announces_list(&block) || (self.announced && self.item);
        self.blocks.push(block);
        self.shapes.push(shape);
        self.after_figure = false;
    }

    /// A heading: the page's title when it is the first of the first level and the front
    /// matter gives none, else a heading below the title.
    fn titled(&mut self, meta: &mut PageMeta, level: u8, text: String) {
        if level == 1 && meta.title.is_none() {
            meta.title = Some(text);
        } else {
            self.heading(level, text);
        }
    }

    /// A heading below the title. Headings are bold on the page, so a name before a colon in
    /// one is a label.
    fn heading(&mut self, level: u8, text: String) {
        let (label, body) = match read_label(&text, &text) {
            Some((label, body)) => (Some(label), body.to_string()),
            None => (None, text.clone()),
        };
        if !body.is_empty() {
            let cue = Some(Cue::Heading(level));
            let block = Block {
                text: body,
                original: text,
                label,
                cue,
            };
            self.push(block, Shape::default());
        }
    }

    /// Takes a line of an HTML block, which runs from a line opening with a block tag to the
    /// next blank line; `false` for a Markdown line.
    fn html_line(&mut self, raw: &str, paragraph: &mut Vec<&str>) -> bool {
        if self.html.is_empty() && !opens_html_block(raw) {
            return false;
        }
        self.flush(paragraph);
        match raw.trim().is_empty() {
            true => self.end_html(),
            false => self.html.push(raw.to_string()),
        }
        true
    }

    /// Ends an HTML block: its paragraphs, read as a page's are; an italic line under a block
    /// of no text (a figure) is its caption.
    fn end_html(&mut self) {
        let lines: Vec<&str> = self.html.iter().map(String::as_str).collect();
        let read = read_html_block(&lines);
        self.after_figure |= !lines.is_empty() && read.is_empty();
        for block in read {
            self.push(block, Shape::default());
        }
        self.html.clear();
        self.item = false;
    }

    /// Ends the paragraph of `lines`: its images and their captions are dropped, and what is
    /// left is dropped too when it is only tags (a JSX component written over several lines).
    fn flush(&mut self, lines: &mut Vec<&str>) {
        let kept = without_images(lines);
        let had_lines = !lines.is_empty();
        lines.clear();
        if kept.is_empty() {
            self.after_figure |= had_lines;
            self.item = false;
            return;
        }
        let joined = kept.join(" ");
        let source = collapse_whitespace(super::hidden::without_leading_shortcode(&joined));
        if is_shortcode(&source) {
            self.after_figure = true;
            return;
        }
        if std::mem::take(&mut self.after_figure) && is_caption_after_figure(&source) {
            return;
        }
        let listed = self.item && self.announced;
        if let Some(block) = block_from_markdown(&source, listed) {
            let link = source.contains("](") || source.contains("][");
            self.push(block, Shape { link });
        }
        self.item = false;
    }
}

/// One paragraph: whole-paragraph emphasis is its cue, an emphasised `Name:` opening its label.
/// A paragraph of links is navigation unless it reads as prose or is an item of a list the
/// text announced (`listed`).
fn block_from_markdown(source: &str, listed: bool) -> Option<Block> {
    let links = is_link_only(source) || link_share(source) > MAX_LINK_SHARE;
    if links && !listed && !is_linked_prose(&inline_text(source), &unlinked_text(source)) {
        return None;
    }
    let cue = emphasis_cue(source);
    // A name label is set in bold, or in italics on the label alone (`*Ana Ruiz:* …`); a
    // paragraph wholly in italics ("_Objetivo: contextualizar…_") is a note, not a turn.
    let leading = emphasised_prefix(source.trim())
        .filter(|(inner, after, marks)| {
            marks.contains("**")
                || marks.contains("__")
                || inner.trim_end().ends_with(':')
                || after.starts_with(':')
        })
        .map(|(inner, _, _)| inline_text(inner))
        .unwrap_or_default();
    let text = inline_text(source);
    if text.is_empty() {
        return None;
    }
    let (label, body) = match read_label(&text, &leading) {
        Some((label, body)) => (Some(label), body.to_string()),
        None => (None, text.clone()),
    };
    // `**Ana Ruiz:** answer` is a label, not a bold paragraph.
    let cue = cue.filter(|_| label.is_none() || leading.len() > text.len() - body.len());
    // `Ben: _Why Widget?_`: a prompt in italics behind a plain name label.
    let cued = (label.is_none() && cue.is_none())
        .then(|| plain_name_label(source.trim()))
        .flatten()
        .and_then(|(name, rest)| Some((name, emphasis_cue(rest)?, inline_text(rest))));
    if let Some((name, cue, body)) = cued {
        return Some(Block {
            text: body,
            original: text,
            label: Some(Label::Name(name.to_string())),
            cue: Some(cue),
        });
    }
    Some(Block {
        text: body,
        original: text,
        label,
        cue,
    })
}

/// The cue of a paragraph whose every word is emphasised: bold when a bold mark (`**`, `__`)
/// is among its marks, else italic. Editors leave several runs side by side
/// (`**Question part** **more**`) and nest marks (`_**…**_`): both count as whole.
fn emphasis_cue(source: &str) -> Option<Cue> {
    let runs = emphasis_runs(source)?;
    if runs
        .iter()
        .any(|run| run.contains("**") || run.contains("__"))
    {
        Some(Cue::Bold)
    } else {
        Some(Cue::Italic)
    }
}

/// The opening marks of every emphasised run (`**`, `_**`, `*`) when the runs cover the whole
/// paragraph; `None` when a word stands outside them. Marks close in mirrored order.
fn emphasis_runs(source: &str) -> Option<Vec<&str>> {
    let mut runs = Vec::new();
    let mut rest = source.trim();
    while !rest.is_empty() {
        let (inner, after, marks) = emphasised_link(rest).or_else(|| emphasised_prefix(rest))?;
        if inner.trim().is_empty() {
            return None;
        }
        runs.push(marks);
        rest = after.trim_start();
    }
    (!runs.is_empty()).then_some(runs)
}

/// For text opening with a link whose words are all emphasised (`[**The paper**](…) **…**`,
/// as a page links a word of a bold question), the link's words, what follows the link, and
/// the marks.
fn emphasised_link(text: &str) -> Option<(&str, &str, &str)> {
    let words = text.strip_prefix('[')?;
    let (label, rest) = words.split_once("](")?;
    let (_, after) = rest.split_once(')')?;
    let (inner, left, marks) = emphasised_prefix(label)?;
    left.trim().is_empty().then_some((inner, after, marks))
}

/// For text opening with emphasis marks, the emphasised text, what follows it, and the marks.
fn emphasised_prefix(text: &str) -> Option<(&str, &str, &str)> {
    let open_len = text.find(|c: char| c != '*' && c != '_')?;
    if open_len == 0 {
        return None;
    }
    let marks = &text[..open_len];
    let closing: String = marks.chars().rev().collect();
    let body = &text[open_len..];
    let end = body.find(closing.as_str())?;
    let after = &body[end + closing.len()..];
    // Closing marks end the run only at a word's edge (`snake_case` is a word).
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((&body[..end], after, marks))
}

/// A line opening with an emphasised speaker label (`**Resposta:** …`, `**Ana Ruiz**: …`):
/// a transcript's next turn even without a blank line before it.
fn opens_with_label(line: &str) -> bool {
    emphasised_prefix(line.trim()).is_some_and(|(inner, after, _)| {
        let inner = inner.trim_end();
        let label = inner.strip_suffix(':').unwrap_or(inner);
        let colon = inner.ends_with(':') || after.starts_with(':');
        let body = after.trim_start_matches(':').trim();
        colon && !body.is_empty() && label.split_whitespace().count() <= MAX_LABEL_WORDS
    })
}

fn heading(line: &str) -> Option<(u8, &str)> {
    let level = line.chars().take_while(|&c| c == '#').count();
    let rest = &line[level..];
    ((1..=6).contains(&level) && (rest.is_empty() || rest.starts_with(' ')))
        .then(|| (level as u8, rest.trim().trim_end_matches('#').trim()))
}

fn list_item(line: &str) -> Option<&str> {
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some(rest);
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(rest);
        }
    }
    None
}

#[cfg(test)]
mod tests;
