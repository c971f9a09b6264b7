//! Conversations answering every prompt in one paragraph, printed without labels, where some
//! prompts are remarks without `?` ("And the warning to sit down was a good idea.", "Your
//! house is full of girls: your wife and three daughters."). The lengths show the turns: from
//! the first question on, short and long paragraphs alternate, each short one clearly shorter
//! than the replies on both sides of it. An answer running to a second paragraph breaks the
//! alternation at once, so a short closing paragraph of an answer is never read as a prompt.

use super::address::speaks_of_own_side;
use super::cues::{ends_with_question_mark, is_statement_prompt, words};
use super::reading::Para;
use super::rhythm::{PROMPT_WORDS_RANGE, STANDS_OUT_SHARE};

/// The alternation is a pattern from this many exchanges on: one or two short paragraphs
/// between long ones could be an answer's asides.
const MIN_EXCHANGES: usize = 3;

/// A word or two without a closing mark after the last reply ("Read more") is the page's, not
/// a prompt left unanswered: at most this many words.
const MAX_TRAILING_WORDS: usize = 5;

/// For a file whose paragraphs alternate prompt and one-paragraph reply by length from its
/// first question on, whether each paragraph is a prompt; `None` for any other file. A prompt
/// asks (up to the longest prompt any style prints) or is a short statement that does not speak
/// of its speaker's own side, and is shorter than [`STANDS_OUT_SHARE`] of each neighbour; a
/// reply asks nothing. A last short line without a closing mark is left to the page.
pub fn alternating_lengths(paras: &[Para]) -> Option<Vec<bool>> {
    let len = |i: usize| words(&paras[i].text);
    let first = (0..paras.len().saturating_sub(1))
        .find(|&i| ends_with_question_mark(&paras[i].text) && stands_out(paras, i))?;
    let mut end = paras.len();
    if (end - first) % 2 == 1 && is_trailing_line(&paras[end - 1].text) {
        end -= 1;
    }
    let exchanges = (end - first) / 2;
    if (end - first) % 2 == 1 || exchanges < MIN_EXCHANGES {
        return None;
    }
    let prompts_fit = (first..end).step_by(2).all(|i| {
        let text = &paras[i].text;
        let asks = ends_with_question_mark(text) && len(i) as f64 <= PROMPT_WORDS_RANGE.1;
        let remark = is_statement_prompt(text) && !speaks_of_own_side(text);
        (asks || remark) && stands_out(paras, i)
    });
    let replies_fit = (first + 1..end)
        .step_by(2)
        .all(|i| !ends_with_question_mark(&paras[i].text));
    let silent = (first..end)
        .step_by(2)
        .any(|i| !ends_with_question_mark(&paras[i].text));
    (prompts_fit && replies_fit && silent).then(|| {
        (0..paras.len())
            .map(|i| i >= first && i < end && (i - first) % 2 == 0)
            .collect()
    })
}

/// Paragraph `i` is shorter than [`STANDS_OUT_SHARE`] of the paragraph after it and, when
/// there is one, of the paragraph before it.
fn stands_out(paras: &[Para], i: usize) -> bool {
    let length = words(&paras[i].text) as f64;
    let shorter = |j: Option<usize>| {
        j.and_then(|j| paras.get(j))
            .is_none_or(|p| length < words(&p.text) as f64 * STANDS_OUT_SHARE)
    };
    i + 1 < paras.len() && shorter(Some(i + 1)) && shorter(i.checked_sub(1))
}

/// A few words without a closing mark: a page's link or heading after the conversation.
fn is_trailing_line(text: &str) -> bool {
    let text = text.trim();
    words(text) <= MAX_TRAILING_WORDS && !text.ends_with(['.', '!', '?', '…', '"', '”', '»'])
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    const TALK: [&str; 8] = [
        "Tomás Vidal has sailed the coast for thirty years and now writes about it in a slim \
         book of sea stories that has surprised his publisher with its sales this winter.",
        "You have just become a grandfather and you keep writing. Do you find the time?",
        "More than ever, because the baby wakes at five and so do I. I write until the house \
         wakes up, and the chapters have never come faster than this spring.",
        "And the boat stayed in the harbour all summer.",
        "Ha, it did. I told my wife it needed new sails, which was true, but the truth is that \
         I had a book to finish and the sea would have been a distraction.",
        "Your house is full of sailors: your son and two nephews.",
        "And they all read my drafts before the publisher does. They are harder on me than \
         any critic I have met in thirty years of writing.",
        "Read more",
    ];

    #[test]
    fn short_remarks_between_one_paragraph_replies_are_prompts() {
        let prompts = alternating_lengths(&paras(&TALK)).expect("alternating");
        assert_eq!(
            prompts,
            [false, true, false, true, false, true, false, false]
        );
    }

    #[test]
    fn an_answer_in_two_paragraphs_a_remark_in_the_first_person_or_only_questions_read_otherwise() {
        let mut two = TALK.to_vec();
        two.insert(5, "That was my last summer at sea, I think.");
        assert_eq!(alternating_lengths(&paras(&two)), None);
        let mut own = TALK;
        own[3] = "And I stayed in the harbour all summer.";
        assert_eq!(alternating_lengths(&paras(&own)), None);
        let mut asked = TALK;
        asked[3] = "And the boat?";
        asked[5] = "And your son?";
        assert_eq!(alternating_lengths(&paras(&asked)), None);
    }
}
