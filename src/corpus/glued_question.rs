//! A question glued to its answer: a page that set each question in an element of its own
//! (a bold line, a heading) loses the break between the two when its text is copied, and the
//! answer's first capital follows the question mark without a space ("Is the album a
//! purge?I guess you could say that."). Nobody types a sentence that way; the missing space
//! is the element's edge. The paragraph is cut there: the question, then the answer, both on
//! the paragraph's line, so a question opening the paragraph is read as a prompt.

use super::reading::Para;

/// A question run into its answer is a prompt: at most this many words (as for questions run
/// into answers with a space, see `inline_qa`).
const MAX_GLUED_QUESTION_WORDS: usize = 60;

/// Characters a web address or a file path carries around a `?` (`page.php?Id=3`): a word
/// holding one is no sentence.
const ADDRESS_MARKS: &[char] = &['/', '=', '&', '\\'];

/// Where the answer starts in `text`: right after the first `?` (or `？`) that ends the
/// paragraph's opening question and is followed straight by a capital letter.
fn glued_answer_start(text: &str) -> Option<usize> {
    let (at, mark) = text.match_indices(['?', '？']).next()?;
    let end = at + mark.len();
    let rest = &text[end..];
    let next = rest.chars().next()?;
    let before = text[..at].chars().next_back()?;
    let word = text[..at]
        .split_whitespace()
        .next_back()
        .unwrap_or_default();
    let glued = next.is_uppercase()
        && (before.is_alphanumeric() || matches!(before, '"' | '”' | '»' | ')'));
    let sentence =
        !word.contains(ADDRESS_MARKS) && !rest.split_whitespace().next()?.contains(ADDRESS_MARKS);
    let short = text[..end].split_whitespace().count() <= MAX_GLUED_QUESTION_WORDS;
    (glued && sentence && short).then_some(end)
}

/// Cuts each paragraph opening with a question glued to its answer into the question and
/// the answer.
pub fn split_glued_questions(paras: &mut Vec<Para>) {
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    for para in paras.drain(..) {
        match glued_answer_start(&para.text) {
            Some(end) => {
                let answer = Para {
                    text: para.text[end..].to_string(),
                    ..para.clone()
                };
                out.push(Para {
                    text: para.text[..end].to_string(),
                    ..para
                });
                out.push(answer);
            }
            None => out.push(para),
        }
    }
    *paras = out;
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn split(text: &str) -> Vec<String> {
        let mut ps = paras(&[text]);
        split_glued_questions(&mut ps);
        ps.into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn a_question_glued_to_its_answer_is_cut_at_the_missing_space() {
        assert_eq!(
            split("Did the tour change you?Absolutely not. I stayed home."),
            ["Did the tour change you?", "Absolutely not. I stayed home."]
        );
        assert_eq!(
            split("¿Y el disco?Lo grabamos en casa."),
            ["¿Y el disco?", "Lo grabamos en casa."]
        );
    }

    #[test]
    fn spaced_questions_addresses_and_marks_stay_whole() {
        for text in [
            "Did the tour change you? Absolutely not.",
            "See page.php?Id=3 for the list.",
            "What?! You never told me.",
            "Why now?” she asked.",
            "Who knows?",
        ] {
            assert_eq!(split(text), [text]);
        }
    }
}
