//! A question as the corpus file shows it: without the list marker or the numbering an editor
//! put before it ("• Why chess?", "3. Why chess?", "Pergunta 3 — Why chess?"); the numbering is
//! the parser's own ([`strip_question_number`]).

use crate::corpus::markup::strip_question_number;

/// Glyphs pages set before each question as a list marker ("• Why chess?").
const BULLETS: &[char] = &['•', '·', '▪', '▸', '►', '■', '◆', '●', '➤'];

/// The question without a list marker or a plain number in front.
pub(super) fn clean_question(text: &str) -> &str {
    let text = text.trim_start().trim_start_matches(BULLETS).trim_start();
    strip_question_number(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers_and_numbers_are_not_part_of_the_question() {
        assert_eq!(clean_question("• Why chess?"), "Why chess?");
        assert_eq!(clean_question("3. Why chess?"), "Why chess?");
    }
}
