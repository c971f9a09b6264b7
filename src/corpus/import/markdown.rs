//! The paragraphs of a Markdown article: blank-line separated paragraphs, `#` headings, whole
//! paragraphs in `**bold**` or `*italics*`, `**Name:**` labels. Markup characters are removed,
//! the words are kept as written. An optional front matter block (`---` YAML-style `key: value`
//! lines, or `+++` TOML) gives the title, date, address, outlet and language.

use super::block::{collapse_whitespace, is_linked_prose, read_label, Block, Cue};
use super::closing::{
    closing_start, is_caption_after_figure, is_rule, without_attribute_lists, without_images, Shape,
};
use super::front::front_matter;
use super::meta::PageMeta;
use crate::corpus::markup::{decode_entities, is_shortcode};

/// A paragraph made mostly of links ("[Read more](…)Read more", link lists) is navigation,
/// as in HTML pages.
const MAX_LINK_SHARE: f64 = 0.5;

/// A speaker label is a name or a role of a few words ("Avó do João", "Ana Ruiz Paz"); a longer
/// bold run before a colon is a sentence in bold.
const MAX_LABEL_WORDS: usize = 5;

/// Reads a Markdown page: its metadata (front matter, else the first `#` heading as title) and
/// its paragraphs.
pub fn read_markdown(source: &str) -> (PageMeta, Vec<Block>) {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let (mut meta, body) = front_matter(source);
    let mut blocks = Blocks::default();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut in_fence = false;
    let mut last_rule = None;
    for line in body.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            blocks.flush(&mut paragraph);
            continue;
        }
        if in_fence {
            continue;
        }
        // A line of `=` under a paragraph's lines underlines them as a first-level heading
        // (a setext heading: `Title` then `=====`).
        if !paragraph.is_empty() && !trimmed.is_empty() && trimmed.chars().all(|c| c == '=') {
            let text = inline_text(&paragraph.join(" "));
            paragraph.clear();
            blocks.item = false;
            if meta.title.is_none() {
                meta.title = Some(text);
            } else {
                blocks.heading(1, text);
            }
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
            let text = inline_text(text);
            if level == 1 && meta.title.is_none() {
                meta.title = Some(text);
                continue;
            }
            blocks.heading(level, text);
            continue;
        }
        let content = trimmed.trim_start_matches('>').trim_start();
        // Each list item is its own paragraph, and so is a turn whose label opens the line
        // (`**Pergunta:** …?  ` then `**Resposta:** …`).
        if opens_with_label(content) || list_item(content).is_some() {
            blocks.flush(&mut paragraph);
        }
        if let Some(item) = list_item(content) {
            blocks.item = true;
            paragraph.push(item);
            continue;
        }
        paragraph.push(content);
    }
    blocks.flush(&mut paragraph);
    let Blocks {
        mut blocks, shapes, ..
    } = blocks;
    if let Some(start) = closing_start(&blocks, &shapes, last_rule) {
        blocks.truncate(start);
    }
    (meta, blocks)
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
}

impl Blocks {
    fn push(&mut self, block: Block, shape: Shape) {
        self.announced = super::announces_list(&block) || (self.announced && self.item);
        self.blocks.push(block);
        self.shapes.push(shape);
        self.after_figure = false;
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
        let source = collapse_whitespace(&kept.join(" "));
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
        let (inner, after, marks) = emphasised_prefix(rest)?;
        if inner.trim().is_empty() {
            return None;
        }
        runs.push(marks);
        rest = after.trim_start();
    }
    (!runs.is_empty()).then_some(runs)
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

/// Text without Markdown markup: emphasis markers, link targets, images, code ticks and
/// backslash escapes removed.
fn inline_text(source: &str) -> String {
    let chars: Vec<char> = without_attribute_lists(source).chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() && chars[i + 1].is_ascii_punctuation() => {
                out.push(chars[i + 1]);
                i += 2;
                continue;
            }
            '!' if chars.get(i + 1) == Some(&'[') => {
                // An image: drop it with its alt text and its attribute list (`{: .w-50}`).
                if let Some(end) = link_end(&chars, i + 1) {
                    i = end;
                    if chars.get(i) == Some(&'{') {
                        i = chars[i..]
                            .iter()
                            .position(|&c| c == '}')
                            .map_or(i, |p| i + p + 1);
                    }
                    continue;
                }
            }
            '[' => {
                if let Some(end) = link_end(&chars, i).or_else(|| reference_end(&chars, i)) {
                    let close = chars[i..end]
                        .iter()
                        .position(|&c| c == ']')
                        .map_or(end, |p| i + p);
                    out.push_str(&inline_text(
                        &chars[i + 1..close].iter().collect::<String>(),
                    ));
                    i = end;
                    continue;
                }
            }
            '*' | '`' => {
                i += 1;
                continue;
            }
            '_' => {
                // Underscores inside words (snake_case, URLs) are text; at word edges, emphasis.
                let inside_word = i > 0
                    && chars[i - 1].is_alphanumeric()
                    && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric());
                if !inside_word {
                    i += 1;
                    continue;
                }
            }
            _ => {}
        }
        out.push(c);
        i += 1;
    }
    // `&nbsp;`, `&amp;`: Markdown passes HTML character references through to the page.
    collapse_whitespace(&decode_entities(&out))
}

/// For `[text](target)` starting at `start`, the index just after `)`.
fn link_end(chars: &[char], start: usize) -> Option<usize> {
    let close = start + chars[start..].iter().position(|&c| c == ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = close + 1 + chars[close + 1..].iter().position(|&c| c == ')')?;
    Some(end + 1)
}

/// For a reference link (`[text][name]`, `[text][]`) starting at `start`, the index just
/// after its second `]`; the target is defined elsewhere on the page.
fn reference_end(chars: &[char], start: usize) -> Option<usize> {
    let close = start + chars[start..].iter().position(|&c| c == ']')?;
    if chars.get(close + 1) != Some(&'[') {
        return None;
    }
    let end = close + 1 + chars[close + 1..].iter().position(|&c| c == ']')?;
    let name = &chars[close + 2..end];
    (!name.contains(&'[')).then_some(end + 1)
}

/// Any link starting at `start`: inline or by reference.
fn any_link_end(chars: &[char], start: usize) -> Option<usize> {
    link_end(chars, start).or_else(|| reference_end(chars, start))
}

/// A reference link's definition (`[name]: https://…`), which Markdown does not show.
fn is_link_definition(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('[') else {
        return false;
    };
    rest.split_once("]:").is_some_and(|(name, target)| {
        !name.is_empty() && !name.contains('[') && !target.trim().is_empty()
    })
}

/// The paragraph's text outside its links (markup left in: only its words are counted).
fn unlinked_text(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let (mut out, mut i) = (String::new(), 0);
    while i < chars.len() {
        if chars[i] == '[' {
            if let Some(end) = any_link_end(&chars, i) {
                out.push(' ');
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Share of a paragraph's visible characters that are link text (`[text](target)`, images
/// too): the targets are not shown to a reader, so they count for nothing, and prose that
/// carries a few long links is still prose.
fn link_share(source: &str) -> f64 {
    let chars: Vec<char> = source.chars().collect();
    let (mut linked, mut visible, mut i) = (0, 0, 0);
    while i < chars.len() {
        if chars[i] == '[' {
            if let Some(end) = any_link_end(&chars, i) {
                let close = i + chars[i..].iter().position(|&c| c == ']').unwrap_or(0);
                let text = close.saturating_sub(i + 1);
                linked += text;
                visible += text;
                i = end;
                continue;
            }
        }
        visible += 1;
        i += 1;
    }
    linked as f64 / visible.max(1) as f64
}

/// A paragraph that is nothing but one link ("[Subscribe](…)") is furniture.
fn is_link_only(source: &str) -> bool {
    let chars: Vec<char> = source.chars().collect();
    let start = usize::from(chars.first() == Some(&'!'));
    chars.get(start) == Some(&'[') && any_link_end(&chars, start) == Some(chars.len())
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
mod tests {
    use super::*;

    #[test]
    fn turns_start_at_a_label_line_and_div_fences_but_not_at_an_italic_note() {
        let page = "**Pergunta:** Onde passavas o verão?  \n**Resposta:** Na casa dos tios.\n\n\
                    ::: .c-blue\n*Interviewer:* **Where did you sail?**\n:::\n\n\
                    _Objetivo: Contextualizar el perfil_\n\n*Ana Ruiz:* Sí.\n";
        let texts: Vec<String> = read_markdown(page).1.into_iter().map(|b| b.text).collect();
        assert_eq!(texts[1..3], ["Na casa dos tios.", "Where did you sail?"]);
        let labels: Vec<Option<Label>> =
            read_markdown(page).1.into_iter().map(|b| b.label).collect();
        assert!(!labels.contains(&Some(Label::Name("Objetivo".into()))));
        assert_eq!(labels.last(), Some(&Some(Label::Name("Ana Ruiz".into()))));
        // A bold phrase inside a wrapped paragraph is no label.
        assert_eq!(
            read_markdown("We met in Porto and\n**truly** liked it: a river.\n")
                .1
                .len(),
            1
        );
    }
    use crate::corpus::import::block::Label;

    #[test]
    fn headings_emphasis_and_labels_are_cues() {
        let source = "---\ntitle: \"Front\"\ndate: 2024-01-02\n---\n# Page title\n\n\
            Intro with [a link](http://x) and a_b.\n\n---\n\n**Bold prompt?**\n\nAnswer\ncontinues.\n\n\
            ## Heading prompt\n\n*Italic.*\n\n**Ana Ruiz:** Labelled.\n\n[Subscribe](http://s)\n\n\
            - item one\n- item two\n";
        let (meta, blocks) = read_markdown(source);
        assert_eq!(meta.title.as_deref(), Some("Front"));
        assert_eq!(meta.date.as_deref(), Some("2024-01-02"));
        let shown: Vec<(&str, Option<Cue>)> =
            blocks.iter().map(|b| (b.text.as_str(), b.cue)).collect();
        assert_eq!(
            shown,
            [
                ("Page title", Some(Cue::Heading(1))),
                ("Intro with a link and a_b.", None),
                ("Bold prompt?", Some(Cue::Bold)),
                ("Answer continues.", None),
                ("Heading prompt", Some(Cue::Heading(2))),
                ("Italic.", Some(Cue::Italic)),
                ("Labelled.", None),
                ("item one", None),
                ("item two", None),
            ]
        );
        assert_eq!(blocks[6].label, Some(Label::Name("Ana Ruiz".into())));
    }

    #[test]
    fn clipped_pages_lose_their_markup_and_keep_their_author() {
        let source = "---\ntitle: \"T\"\nsource: \"https://x.org/a\"\nauthor:\n  - \"[[Rita Gomez]]\"\n---\n\
            {{< figure src=a.jpg >}}\n\nIntro&nbsp;here &amp; there.\n\n**1- Why?**\n\nBecause.";
        let (meta, blocks) = read_markdown(source);
        assert_eq!(meta.author.as_deref(), Some("Rita Gomez"));
        assert_eq!(meta.url.as_deref(), Some("https://x.org/a"));
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Intro\u{a0}here & there.", "1- Why?", "Because."]);
    }

    #[test]
    fn prose_with_long_links_stays_and_a_list_of_links_goes() {
        let prose = "Plastics are in [estuaries](https://example.org/a/very/long/path), in \
            [fish](https://example.org/b/very/long/path) and [mud](https://example.org/c/d/e).";
        let links = "[Related one](https://x.org/1) · [Related two](https://x.org/2)";
        let (_, blocks) = read_markdown(&format!("{prose}\n\n{links}\n\nThe end."));
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Plastics are in estuaries, in fish and mud.", "The end."]
        );
    }

    #[test]
    fn links_by_reference_are_text_and_linked_sentences_stay() {
        let source = "Tide clocks\n=====\nA subtitle line.\n\n### Who are you?\n\n\
            I'm [Ines Vale](http://x.org \"Her site\"). I restore [tide clocks][tc].\n\n\
            [Related one][r1] · [Related two][r2]\n\n[tc]: http://x.org/tc\n";
        let (meta, blocks) = read_markdown(source);
        assert_eq!(meta.title.as_deref(), Some("Tide clocks"));
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "A subtitle line.",
                "Who are you?",
                "I'm Ines Vale. I restore tide clocks."
            ]
        );
    }

    #[test]
    fn a_list_the_text_announces_keeps_its_link_items() {
        let source = "On my bench I always keep these three things:\n\n\
            1. [Loupe][]\n2. [Oiler][] (for pivots)\n\nThe rest lives in drawers.\n\n\
            - [Home](/)\n- [Shop](/shop)\n";
        let texts: Vec<String> = read_markdown(source)
            .1
            .into_iter()
            .map(|b| b.text)
            .collect();
        assert_eq!(
            texts,
            [
                "On my bench I always keep these three things:",
                "Loupe",
                "Oiler (for pivots)",
                "The rest lives in drawers."
            ]
        );
    }

    #[test]
    fn the_first_heading_is_the_title_without_front_matter() {
        let (meta, blocks) = read_markdown("# Title\n\nText.");
        assert_eq!(meta.title.as_deref(), Some("Title"));
        assert_eq!(blocks, [Block::plain("Text.")]);
    }

    #[test]
    fn emphasis_over_several_marks_is_one_cue_and_labels_inside_it_count() {
        let source = "_**Interviewer:**_ How did you start?\n\n_**Jon Weller:**_ By chance.\n\n\
            **Tell us about** **the shop.**\n\nIt is small.\n\n_**Whole?**_\n\n***Both***\n\n\
            **Bold** then plain.\n\nA snake_case word.";
        let (_, blocks) = read_markdown(source);
        let shown: Vec<(&str, Option<Cue>, Option<Label>)> = blocks
            .iter()
            .map(|b| (b.text.as_str(), b.cue, b.label.clone()))
            .collect();
        assert_eq!(
            shown,
            [
                ("How did you start?", None, Some(Label::Question)),
                ("By chance.", None, Some(Label::Name("Jon Weller".into()))),
                ("Tell us about the shop.", Some(Cue::Bold), None),
                ("It is small.", None, None),
                ("Whole?", Some(Cue::Bold), None),
                ("Both", Some(Cue::Bold), None),
                ("Bold then plain.", None, None),
                ("A snake_case word.", None, None),
            ]
        );
    }

    #[test]
    fn a_footer_after_the_last_rule_and_tags_over_several_lines_go() {
        let page = "**Why?**\n\nBecause.\n\n<Figure\n  alt=\"x\"\n/>\n\n---\n\nLiked it? Sign up.";
        let (_, blocks) = read_markdown(page);
        assert_eq!(blocks.len(), 2);
        let last_exchange = "Text.\n\n---\n\n**Why?**\n\nBecause.";
        assert_eq!(read_markdown(last_exchange).1.len(), 3);
        let (_, image) = read_markdown("![Hull](/img/a.jpg){: .w-50 .right} My project began.");
        assert_eq!(image[0].text, "My project began.");
    }
}
