//! What a Markdown article carries besides its text, told by the page's structure rather than
//! by its words: image lines (with a Kramdown attribute list such as `{: .w-50}`), the caption
//! set in italics right under an image, and the closing matter after the page's last rule (a
//! newsletter promotion, an editors' note) that would otherwise be read as the last answer.

use super::block::{word_count, Block, Cue};
use crate::corpus::clean::{is_italic_paragraph, line_clutter};
use crate::corpus::markup::is_image;

/// The matter after the page's last rule is furniture only when it is this short: a footer
/// under the rule (an editors' note, the author's bio, follow and sign-up lines, tags) runs to
/// a handful of short paragraphs; a section of the conversation after a rule opens with a
/// question, which no note is.
const MAX_CLOSING_BLOCKS: usize = 8;

/// A closing promotion or note is one or two sentences; a longer paragraph is text.
const MAX_CLOSING_WORDS: usize = 60;

/// How a paragraph looked in the source, beyond its cue: what closing matter looks like.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    /// It holds a link (`[text](target)`): promotions point somewhere.
    pub link: bool,
}

/// A line that is only an image (`![alt](src)`), with or without an attribute list after it.
pub fn is_image_line(line: &str) -> bool {
    is_image(&without_attribute_lists(line))
}

/// A line set wholly in italics (`_…_`, `*…*`) with no other mark of the same kind inside, as
/// captions under images are.
pub fn is_italic_line(line: &str) -> bool {
    let line = line.trim();
    // The first character is the ASCII mark when the line is italic.
    is_italic_paragraph(line) && !line[1..line.len() - 1].contains(&line[..1])
}

/// The lines of one paragraph without its images and the italic caption right under one.
pub fn without_images<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let mut kept = Vec::with_capacity(lines.len());
    let mut after_image = false;
    for line in lines {
        if is_image_line(line) {
            after_image = true;
            continue;
        }
        if after_image && is_italic_line(line) {
            continue;
        }
        after_image = false;
        kept.push(*line);
    }
    kept
}

/// A caption is a phrase: past this many words an italic paragraph is text.
const MAX_CAPTION_WORDS: usize = 25;

/// An italic paragraph right under a figure (an image, a component) that reads as its caption:
/// short and asking nothing.
pub fn is_caption_after_figure(source: &str) -> bool {
    let source = source.trim();
    is_italic_line(source)
        && word_count(source) <= MAX_CAPTION_WORDS
        && !source.trim_end_matches(['*', '_']).ends_with(['?', '？'])
}

/// Text without Kramdown/Jekyll attribute lists (`{: .w-50 .right}`, `{:#id}`): styling for
/// the page, never words anyone said.
pub fn without_attribute_lists(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("{:") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{:") {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push_str(&rest[..start]);
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// A line that draws a rule between parts of a page: `---`, `***`, `___`, `<hr>`, `<hr/>`.
pub fn is_rule(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let marks = compact.len() >= 3
        && ["-", "*", "_"]
            .iter()
            .any(|mark| compact.chars().all(|c| c.to_string() == *mark));
    marks || matches!(compact.to_ascii_lowercase().as_str(), "<hr>" | "<hr/>")
}

/// Where the closing matter of the article starts, if it has any: the paragraphs after the
/// page's last rule when they are few short notes asking nothing, after at least one question
/// cue;
/// else a last paragraph in italics (an editors' note) under one that is not.
pub fn closing_start(
    blocks: &[Block],
    shapes: &[Shape],
    last_rule: Option<usize>,
) -> Option<usize> {
    if let Some(start) = last_rule.filter(|&s| s > 0 && s < blocks.len()) {
        let asks_before = blocks[..start].iter().any(is_prompt);
        if asks_before
            && blocks.len() - start <= MAX_CLOSING_BLOCKS
            && blocks[start..].iter().all(is_note)
        {
            return Some(start);
        }
    }
    if let Some(start) = closing_heading(blocks) {
        return Some(start);
    }
    // Credits after the note ("Banner image: …") are dropped by the reader anyway: the note
    // above them still ends the article.
    let credits = blocks
        .iter()
        .rev()
        .take_while(|b| line_clutter(&b.text).is_some())
        .count();
    let last = blocks.len().checked_sub(credits + 1)?;
    let previous = last.checked_sub(1).map(|i| &blocks[i])?;
    let note = &blocks[last];
    let italic_note = note.cue == Some(Cue::Italic) && previous.cue != Some(Cue::Italic);
    let linked = shapes.get(last).is_some_and(|s| s.link);
    (italic_note && (linked || is_short_note(note)) && blocks[..last].iter().any(is_prompt))
        .then_some(last)
}

/// A section heading is a short phrase ("Conclusion", "Final words"); a prompt set as a
/// heading without a question mark says more ("Tell us about your first kiln").
const MAX_SECTION_HEADING_WORDS: usize = 2;

/// A page whose headings are its questions needs this many of them before a last heading
/// that asks nothing reads as a section of its own.
const MIN_ASKING_HEADINGS: usize = 2;

/// The last heading when it closes the article: every heading before it asks (there are at
/// least [`MIN_ASKING_HEADINGS`]), it is a short phrase asking nothing, and the few paragraphs
/// under it are notes (the interviewer's thanks and a link), not another answer.
fn closing_heading(blocks: &[Block]) -> Option<usize> {
    let heading = |b: &Block| matches!(b.cue, Some(Cue::Heading(_)));
    let asks = |b: &Block| b.text.trim_end().ends_with(['?', '？']);
    let last = blocks.iter().rposition(heading)?;
    let before: Vec<&Block> = blocks[..last].iter().filter(|b| heading(b)).collect();
    let after = &blocks[last + 1..];
    let phrase = word_count(&blocks[last].text) <= MAX_SECTION_HEADING_WORDS
        && !blocks[last]
            .text
            .trim_end()
            .ends_with(['?', '？', '.', ':']);
    let closes = phrase
        && before.len() >= MIN_ASKING_HEADINGS
        && before.iter().all(|b| asks(b))
        && (1..=MAX_CLOSING_BLOCKS).contains(&after.len())
        && after.iter().all(is_note);
    closes.then_some(last)
}

/// A paragraph that can open a turn: labelled, bold, a heading, or ending with '?'.
fn is_prompt(block: &Block) -> bool {
    block.label.is_some()
        || matches!(block.cue, Some(Cue::Bold | Cue::Heading(_)))
        || block.text.trim_end().ends_with(['?', '？'])
}

/// Short and asks nothing: a promotion or a note, not an exchange.
fn is_note(block: &Block) -> bool {
    !is_prompt(block) && is_short_note(block)
}

fn is_short_note(block: &Block) -> bool {
    word_count(&block.text) <= MAX_CLOSING_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn italic(text: &str) -> Block {
        Block {
            cue: Some(Cue::Italic),
            ..Block::plain(text)
        }
    }

    fn bold(text: &str) -> Block {
        Block {
            cue: Some(Cue::Bold),
            ..Block::plain(text)
        }
    }

    #[test]
    fn images_with_attribute_lists_and_their_captions_are_not_text() {
        assert!(is_image_line(
            "![Hull](/img/IMG_20240210.jpg){: .w-50 .right}"
        ));
        assert!(is_image_line(" ![](a.png) "));
        assert!(!is_image_line("![a](b.png) and then words"));
        let lines = [
            "![Teaching](/img/t.jpg){: .w-50}",
            "_Lena at the harbour_",
            "The answer starts here.",
            "_This italic line is the answer's own._",
        ];
        assert_eq!(
            without_images(&lines),
            [
                "The answer starts here.",
                "_This italic line is the answer's own._"
            ]
        );
        assert_eq!(
            without_attribute_lists("Text {: .big} more{:#x}"),
            "Text  more"
        );
        assert!(is_caption_after_figure(
            "_A kiosk in the market, two weeks on_"
        ));
        assert!(!is_caption_after_figure("_Why a kiosk?_"));
        assert!(!is_caption_after_figure("Plain words."));
    }

    #[test]
    fn rules_are_dashes_stars_underscores_or_an_hr_tag() {
        for rule in ["---", "* * *", "___", "<hr/>", "<HR>", "<hr />"] {
            assert!(is_rule(rule), "{rule}");
        }
        assert!(!is_rule("--"));
        assert!(!is_rule("<br/>"));
    }

    #[test]
    fn a_short_section_after_the_last_rule_closes_the_article() {
        let blocks = [
            Block::plain("Intro."),
            bold("Why bread?"),
            Block::plain("Because of my grandmother."),
            italic("Want more stories like this? Subscribe to our newsletter!"),
        ];
        let shapes = [Shape::default(); 4];
        assert_eq!(closing_start(&blocks, &shapes, Some(3)), Some(3));
        // Without a rule, the italic note at the end goes too.
        assert_eq!(closing_start(&blocks, &shapes, None), Some(3));
        // A rule that separates turns is not a closing one: a question follows it.
        assert_eq!(closing_start(&blocks[..3], &shapes, Some(1)), None);
        // A long paragraph after the rule is text; a short plain one is a note.
        let long = "word ".repeat(MAX_CLOSING_WORDS + 1);
        let plain = [bold("Why?"), Block::plain("Because."), Block::plain(long)];
        assert_eq!(closing_start(&plain, &shapes[..3], Some(2)), None);
        let short = [
            bold("Why?"),
            Block::plain("Because."),
            Block::plain("Liked it?"),
        ];
        assert_eq!(
            closing_start(&short, &shapes[..3], Some(2)),
            None,
            "it asks"
        );
        let short = [
            bold("Why?"),
            Block::plain("Because."),
            Block::plain("Sign up."),
        ];
        assert_eq!(closing_start(&short, &shapes[..3], Some(2)), Some(2));
        // A footer of several notes under the rule goes whole: note, bio, follow, sign-up.
        let footer = [
            bold("Why?"),
            Block::plain("Because."),
            italic("Her clocks are on show until March."),
            Block::plain("Sam Ortiz is a writer based in Falmouth."),
            Block::plain("Follow us on Mastodon."),
            Block::plain("Did you enjoy this? Sign up for our letter."),
        ];
        assert_eq!(
            closing_start(&footer, &[Shape::default(); 6], Some(2)),
            Some(2)
        );
        // A credit under the italic note does not hide it.
        let credited = [
            bold("Why?"),
            Block::plain("Because the river rose."),
            italic("To see more of her work, visit her website."),
            Block::plain("Banner image: The Flood (detail), oil on canvas, 2019."),
        ];
        assert_eq!(closing_start(&credited, &shapes, None), Some(2));
        // Answers set in italics throughout keep their last paragraph.
        let all_italic = [bold("Why?"), italic("Because."), italic("And more.")];
        assert_eq!(closing_start(&all_italic, &shapes[..3], None), None);
        // A plain last answer stays.
        assert_eq!(closing_start(&blocks[..3], &shapes[..3], None), None);
    }

    #[test]
    fn a_last_heading_asking_nothing_after_question_headings_closes_the_article() {
        let heading = |text: &str| Block {
            cue: Some(Cue::Heading(2)),
            ..Block::plain(text)
        };
        let mut blocks = vec![
            heading("Why clay?"),
            Block::plain("It forgives."),
            heading("Who next?"),
            Block::plain("My neighbour, who throws bowls."),
            heading("Wrapping up"),
            Block::plain("Thanks for the talk, Rui!"),
        ];
        let shapes = [Shape::default(); 6];
        assert_eq!(closing_start(&blocks, &shapes, None), Some(4));
        // A prompt set as a heading without a question mark is longer: it stays.
        blocks[4] = heading("Tell us about your first kiln");
        assert_eq!(closing_start(&blocks, &shapes, None), None);
    }
}
