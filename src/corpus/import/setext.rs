//! Setext headings: a line underlined with `=` (first level) or `-` (second level), as
//! Markdown writers and Pelican posts set a title (`Conversa com Lia` / `----------------`).

use crate::corpus::underlined::underline_mark;

/// The heading level `trimmed` gives the paragraph read so far (`paragraph`, `item` when it is
/// a list item), if it underlines it: the marks are the plain reader's
/// ([`underline_mark`]). A line of `=` underlines any paragraph; a line of `-` only a single
/// line that is no list item: under a longer paragraph it stays a rule, as writers who wrap
/// their prose mean it.
pub fn underline_level(paragraph: &[&str], item: bool, trimmed: &str) -> Option<u8> {
    if paragraph.is_empty() {
        return None;
    }
    // Markdown reads a line of `=` of any length as an underline ("Title" / "="): no rule or
    // stray bullet is typed with it, so the plain reader's minimum length is the dashes' only.
    if !trimmed.is_empty() && trimmed.chars().all(|c| c == '=') {
        return Some(1);
    }
    (underline_mark(trimmed)? == 2 && paragraph.len() == 1 && !item).then_some(2)
}

#[cfg(test)]
mod tests {
    use super::super::block::Cue;
    use super::super::markdown::read_markdown;
    use super::*;

    #[test]
    fn a_line_underlined_with_dashes_is_a_heading_and_a_rule_under_prose_stays_a_rule() {
        let (meta, blocks) = read_markdown("Conversa com Lia\n----------------\n\nTexto um.\n");
        assert_eq!(meta.title, None);
        assert_eq!(blocks[0].text, "Conversa com Lia");
        assert_eq!(blocks[0].cue, Some(Cue::Heading(2)));
        assert_eq!(blocks[1].text, "Texto um.");
        let (_, blocks) = read_markdown("Uma linha\nde prosa.\n---\n\nTexto dois.\n");
        assert_eq!(blocks[0].text, "Uma linha de prosa.");
        assert_eq!(blocks[0].cue, None);
        assert_eq!(underline_level(&["- item"], true, "---"), None);
        assert_eq!(underline_level(&["Título"], false, "--"), None);
        assert_eq!(underline_level(&["Título", "longo"], false, "==="), Some(1));
    }

    #[test]
    fn a_short_line_of_equals_signs_underlines_a_heading() {
        assert_eq!(underline_level(&["Título"], false, "="), Some(1));
        assert_eq!(underline_level(&["Título"], false, "=="), Some(1));
        assert_eq!(underline_level(&["Título"], false, "-"), None);
    }
}
