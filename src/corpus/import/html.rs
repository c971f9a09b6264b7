//! The article's paragraphs, read from its HTML: block elements become paragraphs, inline text
//! is kept verbatim (entities decoded, non-breaking spaces and curly quotes kept, `<br>` read
//! as a space unless the lines it parts open with speaker labels, links' text kept), and each paragraph remembers whether it was bold, italic or a
//! heading, and the bold label it opened with.

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{ElementRef, Node};

use super::article::{holds_most_text, is_never_text, names_furniture};
use super::block::{collapse_whitespace, is_linked_prose, read_label, Block, Cue, Label};
use super::closing::{closing_start, Shape};
use super::marked::{label_marked, marked_side, marks_both_sides};
use super::turn_lines::turn_starts;

/// A paragraph made mostly of link text is a list of links (related articles, "Read more",
/// tags), not something the interviewee said.
const MAX_LINK_SHARE: f64 = 0.5;

/// Elements that start and end a paragraph; everything else is inline.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "hr",
    "address",
    "details",
    "summary",
    "center",
    "body",
    "html",
];

/// A piece of text with the inline styles around it.
#[derive(Debug)]
struct Run {
    text: String,
    bold: bool,
    italic: bool,
    link: bool,
    /// Inside `<small>`: the fine print a page sets captions and credits in.
    small: bool,
}

/// Reads the paragraphs of `root`, skipping furniture inside it.
pub fn read_blocks(root: ElementRef<'_>) -> Vec<Block> {
    let total_chars: usize = root.text().map(str::len).sum();
    let mut reader = Reader {
        marks: marks_both_sides(root),
        ..Reader::default()
    };
    // Iterative traversal: a page nested ten thousand levels deep must not exhaust the stack.
    let mut skipping: Option<NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(text) => reader.text(&text.text),
                    Node::Element(_) => {
                        let element = ElementRef::wrap(node).expect("an element node");
                        let is_root = node.id() == root.id();
                        let furniture = is_never_text(element)
                            || (!is_root
                                && names_furniture(element)
                                && !holds_most_text(element, total_chars));
                        if furniture {
                            if matches!(element.value().name(), "img" | "picture") {
                                reader.image = true;
                            }
                            skipping = Some(node.id());
                        } else {
                            reader.open(element.value().name());
                            reader.mark(element);
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                } else if skipping.is_none() {
                    if let Node::Element(element) = node.value() {
                        reader.close(element.name());
                    }
                    reader.unmark(node.id());
                }
            }
        }
    }
    reader.flush();
    let Reader {
        mut blocks,
        shapes,
        last_rule,
        ..
    } = reader;
    if let Some(start) = closing_start(&blocks, &shapes, last_rule) {
        blocks.truncate(start);
    }
    blocks
}

/// Paragraph assembly state while walking the tree.
#[derive(Debug, Default)]
struct Reader {
    blocks: Vec<Block>,
    /// How each paragraph looked, beside `blocks`.
    shapes: Vec<Shape>,
    /// How many paragraphs stood before the last `<hr>`.
    last_rule: Option<usize>,
    runs: Vec<Run>,
    bold: usize,
    italic: usize,
    link: usize,
    small: usize,
    /// The current paragraph holds an image: its fine print is the image's caption.
    image: bool,
    /// A line break with no text after it yet.
    broken: bool,
    /// Where each line of the current paragraph after a single `<br>` starts, as an index into
    /// `runs`: a paragraph holding several speakers' turns is cut there.
    line_starts: Vec<usize>,
    /// The page marks its questions and answers in ids or classes ([`super::marked`]).
    marks: bool,
    /// The marked elements open: element, side, index of its first paragraph.
    marked: Vec<(NodeId, Label, usize)>,
    heading: Option<u8>,
}

impl Reader {
    fn open(&mut self, name: &str) {
        match name {
            // Two line breaks in a row (`<br><br>`) are a blank line: a new paragraph.
            "br" if self.broken => self.flush(),
            "br" => {
                self.text(" ");
                self.broken = true;
                self.line_starts.push(self.runs.len());
            }
            "strong" | "b" => self.bold += 1,
            "em" | "i" => self.italic += 1,
            "a" => self.link += 1,
            "small" => self.small += 1,
            "hr" => {
                self.flush();
                self.last_rule = Some(self.blocks.len());
            }
            _ if BLOCK_TAGS.contains(&name) => {
                self.flush();
                self.heading = heading_level(name).or(self.heading);
            }
            _ => {}
        }
    }

    /// Remembers where a question or answer element the page marks starts.
    fn mark(&mut self, element: ElementRef<'_>) {
        if let Some(side) = marked_side(element).filter(|_| self.marks) {
            self.marked.push((element.id(), side, self.blocks.len()));
        }
    }

    /// Labels the paragraphs of a marked element when it closes.
    fn unmark(&mut self, id: NodeId) {
        if self.marked.last().is_some_and(|(open, _, _)| *open == id) {
            if let Some((_, side, start)) = self.marked.pop() {
                label_marked(&mut self.blocks[start..], side);
            }
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "strong" | "b" => self.bold = self.bold.saturating_sub(1),
            "em" | "i" => self.italic = self.italic.saturating_sub(1),
            "a" => self.link = self.link.saturating_sub(1),
            "small" => self.small = self.small.saturating_sub(1),
            _ if BLOCK_TAGS.contains(&name) => {
                self.flush();
                if heading_level(name).is_some() {
                    self.heading = None;
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if !text.trim().is_empty() {
            self.broken = false;
        }
        self.runs.push(Run {
            text: text.to_string(),
            bold: self.bold > 0,
            italic: self.italic > 0,
            link: self.link > 0,
            small: self.small > 0,
        });
    }

    /// Ends the current paragraph, if it has any text: one block, or one for each speaker's
    /// turn when its lines open with speaker labels (`P.— …<br>R.— …`).
    fn flush(&mut self) {
        self.broken = false;
        let runs = std::mem::take(&mut self.runs);
        let line_starts = std::mem::take(&mut self.line_starts);
        // `<img …><small>Ines Varga, Tidewater, oil, 2021.</small>`: an image's caption
        // in the paragraph that shows it is no one's words.
        let caption = std::mem::take(&mut self.image)
            && runs.iter().all(|r| r.small || r.text.trim().is_empty());
        if caption {
            return;
        }
        let lines = lines_of(&runs, &line_starts);
        let texts: Vec<String> = lines
            .iter()
            .map(|line| line.iter().map(|r| r.text.as_str()).collect())
            .collect();
        let starts = turn_starts(&texts);
        if starts.is_empty() {
            self.push_block(&runs.iter().collect::<Vec<_>>());
            return;
        }
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).copied().unwrap_or(lines.len());
            let turn: Vec<&Run> = lines[start..end].iter().flatten().copied().collect();
            self.push_block(&turn);
        }
    }

    fn push_block(&mut self, runs: &[&Run]) {
        if let Some(block) = block_from_runs(runs, self.heading) {
            let link = runs.iter().any(|r| r.link && !r.text.trim().is_empty());
            self.blocks.push(block);
            self.shapes.push(Shape { link });
        }
    }
}

/// The runs of each line of a paragraph, cut where a single `<br>` stood.
fn lines_of<'r>(runs: &'r [Run], line_starts: &[usize]) -> Vec<Vec<&'r Run>> {
    let mut bounds = vec![0];
    bounds.extend(
        line_starts
            .iter()
            .copied()
            .filter(|&s| s > 0 && s < runs.len()),
    );
    bounds.push(runs.len());
    bounds
        .windows(2)
        .map(|w| runs[w[0]..w[1]].iter().collect())
        .collect()
}

fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', level @ b'1'..=b'6'] => Some(level - b'0'),
        _ => None,
    }
}

/// One paragraph from its runs: verbatim text, its cue, its leading bold label. `None` for
/// empty paragraphs and link lists.
fn block_from_runs(runs: &[&Run], heading: Option<u8>) -> Option<Block> {
    let raw: String = runs.iter().map(|r| r.text.as_str()).collect();
    let text = collapse_whitespace(&raw);
    if text.is_empty() {
        return None;
    }
    let visible = |run: &&Run| run.text.chars().filter(|c| !c.is_whitespace()).count();
    let total: usize = runs.iter().map(visible).sum();
    let share = |keep: fn(&Run) -> bool| {
        runs.iter().filter(|r| keep(r)).map(visible).sum::<usize>() as f64 / total.max(1) as f64
    };
    let unlinked: String = runs
        .iter()
        .filter(|r| !r.link)
        .map(|r| r.text.as_str())
        .collect();
    if share(|r| r.link) > MAX_LINK_SHARE && !is_linked_prose(&text, &unlinked) {
        return None;
    }
    let leading_bold: String = runs
        .iter()
        .skip_while(|r| visible(r) == 0)
        .take_while(|r| r.bold || visible(r) == 0)
        .map(|r| r.text.as_str())
        .collect();
    // A heading is set in bold by the page's style sheet: a label in it is a bold label.
    let leading_bold = match heading {
        Some(_) => text.clone(),
        None => collapse_whitespace(&leading_bold),
    };
    let (label, body) = match read_label(&text, &leading_bold) {
        Some((label, body)) => (Some(label), body.to_string()),
        None => (None, text.clone()),
    };
    let bold_after_label = leading_bold.len() > text.len() - body.len();
    let cue = match heading {
        Some(level) => Some(Cue::Heading(level)),
        None if share(|r| r.bold) >= 1.0 && (label.is_none() || bold_after_label) => {
            Some(Cue::Bold)
        }
        None if share(|r| r.italic) >= 1.0 => Some(Cue::Italic),
        None => None,
    };
    Some(Block {
        text: body,
        original: text,
        label,
        cue,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn blocks(body: &str) -> Vec<Block> {
        let document = Html::parse_document(&format!("<html><body>{body}</body></html>"));
        read_blocks(document.root_element())
    }

    #[test]
    fn inline_text_is_kept_verbatim() {
        let read =
            blocks("<p>It’s “fine”&nbsp;&amp; <a href=x>linked</a> text,<br>broken\n line.</p>");
        assert_eq!(
            read,
            [Block::plain("It’s “fine”\u{a0}& linked text, broken line.")]
        );
    }

    #[test]
    fn cues_and_labels_come_from_markup() {
        let read = blocks(
            "<h3>A heading?</h3><p><strong>Bold prompt?</strong></p><p><em>Italic.</em></p>\
             <p><strong>Ana Ruiz:</strong> An answer.</p><p><b>Q:</b> Asked?</p>\
             <p><strong>Q: Bold question?</strong></p>",
        );
        let cues: Vec<_> = read.iter().map(|b| b.cue).collect();
        assert_eq!(
            cues,
            [
                Some(Cue::Heading(3)),
                Some(Cue::Bold),
                Some(Cue::Italic),
                None,
                None,
                Some(Cue::Bold)
            ]
        );
        assert_eq!(read[3].text, "An answer.");
        assert_eq!(
            read[3].label,
            Some(super::super::block::Label::Name("Ana Ruiz".into()))
        );
        assert_eq!(read[4].text, "Asked?");
        assert_eq!(read[5].text, "Bold question?");
    }

    #[test]
    fn furniture_and_link_lists_are_dropped() {
        let read = blocks(
            "<div><nav><p>Home</p></nav><p>Kept paragraph of text.</p>\
             <div class=\"share-buttons\"><p>Share this</p></div><script>var x;</script>\
             <ul><li><a href=a>Related one</a></li></ul><p>Read more: <a href=b>a long link title</a></p></div>",
        );
        assert_eq!(read, [Block::plain("Kept paragraph of text.")]);
        let linked = blocks(
            "<p>I'm <a href=a>Ines Vale</a>. I run the <a href=b>Harbour Clock Workshop</a>.</p>",
        );
        assert_eq!(
            linked,
            [Block::plain(
                "I'm Ines Vale. I run the Harbour Clock Workshop."
            )]
        );
    }

    #[test]
    fn a_promotion_after_the_last_rule_is_not_text() {
        let page = "<p><strong>Why bread?</strong></p><p>Because of my grandmother.</p><hr>\
            <p>Enjoyed this? <a href=/n>Get our weekly letter</a> about food and its people.</p>";
        let read = blocks(page);
        assert_eq!(read.len(), 2);
        assert_eq!(read[1].text, "Because of my grandmother.");
        // A rule between turns leaves what follows it alone.
        let turns = "<p><strong>Why?</strong></p><p>Because.</p><hr>\
            <p><strong>How?</strong></p><p>Slowly, <a href=/x>as here</a>.</p>";
        assert_eq!(blocks(turns).len(), 4);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let deep = format!("{}text{}", "<div>".repeat(3_000), "</div>".repeat(3_000));
        assert_eq!(blocks(&deep).len(), 1);
    }
}
