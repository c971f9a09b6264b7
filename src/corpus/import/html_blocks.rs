//! HTML blocks inside a Markdown article. Markdown lets a post hold raw HTML: a line opening
//! with a block-level tag (`<div>`, `<p>`, `<blockquote>`, `<h2>`…) starts an HTML block that
//! runs to the next blank line (CommonMark's HTML block, kind 6), and exports from HTML
//! sources write whole interviews that way, several paragraphs to one physical line. Such a
//! block is read as an HTML page's paragraphs are ([`super::html::read_blocks`]): each `<p>` is
//! its own paragraph, `<strong>` marks a bold prompt, `<em>Interviewer:</em>` a label.

use super::block::Block;
use super::html::read_blocks;

/// The block-level tags that open an HTML block in CommonMark (kind 6), the ones an article's
/// text is written in. Inline tags (`<strong>`, `<a>`, `<sub>`) open no block: a line starting
/// with one is a Markdown paragraph with some HTML in it.
const BLOCK_OPENERS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "div",
    "dl",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "main",
    "ol",
    "p",
    "section",
    "table",
    "ul",
];

/// The line opens an HTML block: it starts with a block-level tag. A capitalised name
/// (`<Figure`) is a component of MDX, not HTML: the Markdown reader handles those.
pub fn opens_html_block(line: &str) -> bool {
    let Some(rest) = line.trim_start().strip_prefix('<') else {
        return false;
    };
    let name: String = rest
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let after = rest[name.len()..].chars().next();
    let component = name.starts_with(|c: char| c.is_ascii_uppercase()) && name.len() > 1;
    !component
        && BLOCK_OPENERS.contains(&name.to_ascii_lowercase().as_str())
        && matches!(after, Some('>' | ' ' | '/' | '\t') | None)
}

/// The paragraphs of an HTML block's lines.
pub fn read_html_block(lines: &[&str]) -> Vec<Block> {
    let fragment = scraper::Html::parse_fragment(&lines.join("\n"));
    read_blocks(fragment.root_element())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::import::block::Cue;
    use crate::corpus::import::{import_page, PageKind};

    #[test]
    fn block_tags_open_html_blocks_and_inline_tags_do_not() {
        assert!(opens_html_block("<div class=\"x\"><p>Text</p></div>"));
        assert!(opens_html_block("<P>Text"));
        assert!(opens_html_block("<blockquote>"));
        assert!(!opens_html_block("<strong>Why?</strong>"));
        assert!(!opens_html_block("<pre>code</pre>"));
        assert!(!opens_html_block("<param>"));
        assert!(!opens_html_block("Text <p>"));
        assert!(!opens_html_block("<Figure"));
    }

    #[test]
    fn paragraphs_sharing_a_line_are_split_and_keep_their_cues() {
        let line = "<div><div class=\"c-teal\"><p><em>Reporter:</em> <strong>Why do you \
                    race snails?</strong></p> </div><p>Because they never hurry.</p> \
                    <p>And they win <em>sometimes</em>.</p></div>";
        let blocks = read_html_block(&[line]);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts[1..],
            ["Because they never hurry.", "And they win sometimes."]
        );
        assert!(blocks[0].text.ends_with("Why do you race snails?"));
        assert!(blocks[1].cue.is_none() && blocks[1].label.is_none());
    }

    #[test]
    fn a_markdown_post_written_in_html_imports_every_exchange() {
        let turn = |q: &str, a: &str, b: &str| {
            format!(
                "<div><div class=\"c-teal\"><p><em>Reporter:</em> <strong>{q}</strong></p> \
                 </div><p>{a}</p> <p>{b}</p></div>"
            )
        };
        let post = format!(
            "<h1>Snails at the fair</h1>\n\n<blockquote><p>Last spring I raced snails at the \
             county fair, and a reporter asked me about it.</p></blockquote>\n\n{}\n\n{}\n",
            turn(
                "Why do you race snails?",
                "Because they never hurry, and neither do I on a Sunday.",
                "My grandfather raced them before me."
            ),
            turn(
                "Who won this year?",
                "A small brown one called Pepper, by a shell.",
                "We celebrated with lettuce."
            ),
        );
        let imported = import_page(PageKind::Markdown, &post).unwrap();
        let interview = crate::corpus::parse("x", &imported.text).unwrap();
        let questions: Vec<&str> = interview
            .turns
            .iter()
            .map(|t| t.question.as_str())
            .collect();
        assert_eq!(questions, ["Why do you race snails?", "Who won this year?"]);
        assert_eq!(interview.turns[1].answer.len(), 2);
        assert_eq!(imported.title, "Snails at the fair");
    }

    #[test]
    fn html_bold_prompts_run_into_their_answers_are_bold_paragraphs() {
        let page = "<strong>1. Why kites?</strong>\nThe wind.\n<b>2. And now</b>\nStill kites.\n";
        let blocks = super::super::markdown::read_markdown(page).1;
        let read: Vec<(&str, Option<Cue>)> =
            blocks.iter().map(|b| (b.text.as_str(), b.cue)).collect();
        let (bold, plain) = (Some(Cue::Bold), None);
        let expected = [
            ("1. Why kites?", bold),
            ("The wind.", plain),
            ("2. And now", bold),
        ];
        assert_eq!(read[..3], expected);
        assert_eq!(read[3], ("Still kites.", plain));
    }
}
