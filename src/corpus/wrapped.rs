//! Questions inside a block of hard-wrapped lines (text copied from a PDF, no blank line
//! between a question and the answers around it): the question starts at the start of a line
//! right after a finished sentence and ends on a line ending with `?`, a few lines later.

/// A line of a block with its line number.
type Line = (usize, String);

/// A question set inside a wrapped block spans at most this many lines.
const MAX_QUESTION_LINES: usize = 3;

/// For each line of a block, whether a question starts there: the line above ends a sentence,
/// and within [`MAX_QUESTION_LINES`] lines one ends with `?` that `is_short` (a question ends
/// its paragraph, leaving its line short), with no sentence ending before it.
pub fn question_starts(lines: &[Line], is_short: impl Fn(&str) -> bool) -> Vec<bool> {
    let ends_sentence = |l: &str| l.trim_end().ends_with(['.', '!', '…', '”', '"', '»']);
    let asks = |l: &str| l.trim_end().ends_with(['?', '？']);
    (0..lines.len())
        .map(|i| {
            if i == 0 || !ends_sentence(&lines[i - 1].1) {
                return false;
            }
            let starts_capital = lines[i]
                .1
                .chars()
                .find(|c| c.is_alphanumeric() || *c == '¿');
            if !starts_capital.is_some_and(|c| c.is_uppercase() || c == '¿') {
                return false;
            }
            let question = lines[i..].iter().take(MAX_QUESTION_LINES);
            for (_, text) in question {
                if asks(text) {
                    return is_short(text);
                }
                if ends_sentence(text) {
                    return false;
                }
            }
            false
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Line> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| (i + 1, t.to_string()))
            .collect()
    }

    #[test]
    fn a_question_after_a_finished_sentence_starts_its_line() {
        let block = lines(&[
            "It went well. We sold more",
            "than last year.",
            "What was the best",
            "moment?",
            "The poetry night.",
        ]);
        let starts = question_starts(&block, |_| true);
        assert_eq!(starts, vec![false, false, true, false, false]);
    }

    #[test]
    fn a_question_inside_a_sentence_or_a_full_line_starts_nothing() {
        let block = lines(&["It went well, and", "Why not?", "We sold more."]);
        assert!(!question_starts(&block, |_| true).contains(&true));
        let block = lines(&["It went well.", "Why not, after all this time?", "More."]);
        assert!(!question_starts(&block, |_| false).contains(&true));
    }
}
