//! Exchanges set as one block: some blogs print each prompt on its own line with the answer on
//! the very next line, and a blank line only between exchanges. When every recognised question
//! of a plain-text file is set that way, a block of the same shape at the end of the
//! introduction is an exchange too, even when its prompt is a statement that names people
//! ("The inspector is an odd policeman, somewhere between two film detectives; over to
//! you." / the answer): a line that stands out as short above a long one, in a block of its
//! own. An introduction's paragraphs do not pair off that way.

use super::cues::{asks_something, words};
use super::layout::{Assembled, Draft};
use super::rhythm::{PROMPT_WORDS_RANGE, STANDS_OUT_SHARE};

/// Which lines of the file's body are blank.
pub struct BlankLines {
    /// Line number of the body's first line.
    first: usize,
    /// For each line of the body, whether it holds only white space.
    blank: Vec<bool>,
}

impl BlankLines {
    /// The blank lines of `body`, whose first line is `first` in the file.
    pub fn of(body: &str, first: usize) -> BlankLines {
        let blank = body.lines().map(|l| l.trim().is_empty()).collect();
        BlankLines { first, blank }
    }

    /// Line `line` of the file is blank (the line before the body counts as blank).
    fn is_blank(&self, line: usize) -> bool {
        line < self.first || self.blank.get(line - self.first).copied().unwrap_or(true)
    }

    /// A paragraph starting on `line` opens a block: a blank line stands above it.
    fn opens_block(&self, line: usize) -> bool {
        line == 0 || self.is_blank(line - 1)
    }
}

/// Moves the introduction's last blocks to the turns while each is a short line right above
/// a long one, the shape of every recognised exchange of the file.
pub fn take_glued_openings(out: &mut Assembled, blanks: &BlankLines) {
    let glued = |d: &Draft| {
        d.answer.first().is_some_and(|(_, l)| *l == d.line + 1) && blanks.opens_block(d.line)
    };
    if out.turns.is_empty() || !out.turns.iter().all(glued) {
        return;
    }
    while out.intro.len() > 2 {
        let n = out.intro.len();
        let ((prompt, line), (answer, answer_line)) = (&out.intro[n - 2], &out.intro[n - 1]);
        let length = words(prompt) as f64;
        let exchange = *answer_line == line + 1
            && blanks.opens_block(*line)
            && !asks_something(prompt)
            && length <= PROMPT_WORDS_RANGE.1
            && length < words(answer) as f64 * STANDS_OUT_SHARE;
        if !exchange {
            return;
        }
        let answer = out.intro.remove(n - 1);
        let (question, line) = out.intro.remove(n - 2);
        out.turns.insert(
            0,
            Draft {
                question,
                line,
                answer: vec![answer],
                speakers: vec![None],
                ..Draft::default()
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LONG: &str = "A long answer that goes on and on about the detective, his habits, his \
                        cooking and the town he works in, with more words than any prompt.";

    fn para(text: &str, line: usize) -> (String, usize) {
        (text.to_string(), line)
    }

    fn assembled() -> Assembled {
        Assembled {
            intro: vec![
                para(
                    "We talked to the author about his new novel, the second one.",
                    3,
                ),
                para(
                    "The detective is odd, somewhere between two film heroes.",
                    5,
                ),
                para(LONG, 6),
            ],
            turns: vec![Draft {
                question: "Why a bible verse?".into(),
                line: 8,
                answer: vec![para(LONG, 9)],
                speakers: vec![None],
                ..Draft::default()
            }],
            ..Assembled::default()
        }
    }

    #[test]
    fn a_short_line_above_a_long_one_in_its_own_block_is_an_exchange() {
        let body = "T\n\nIntro.\n\nPrompt.\nAnswer.\n\nQuestion?\nAnswer.";
        let mut out = assembled();
        take_glued_openings(&mut out, &BlankLines::of(body, 1));
        assert_eq!(out.intro.len(), 1);
        assert_eq!(out.turns.len(), 2);
        assert_eq!(out.turns[0].line, 5);
    }

    #[test]
    fn a_file_that_sets_its_answers_apart_keeps_its_introduction() {
        let body = "T\n\nIntro.\n\nPrompt.\nAnswer.\n\nQuestion?\n\nAnswer.";
        let mut out = assembled();
        out.turns[0].answer[0].1 = 10;
        take_glued_openings(&mut out, &BlankLines::of(body, 1));
        assert_eq!(out.intro.len(), 3);
        let mut long_prompt = assembled();
        long_prompt.intro[1].0 = LONG.to_string();
        take_glued_openings(&mut long_prompt, &BlankLines::of(body, 1));
        assert_eq!(long_prompt.intro.len(), 3);
    }
}
