//! Questionnaires set line by line, each prompt on the line right above its one-line answer:
//! from the first question on, every paragraph that asks sits in the same slot of the
//! prompt–answer alternation. A prompt in that slot that asks nothing ("If you met the
//! president…", left for the interviewee to finish) is still the interviewer's, and the
//! answer under it is not a question. An opening request before the first question ("Tell us
//! about your van." / its answer / "Where do you rehearse?") takes the same slot.
//!
//! A short conversation opening at once with its first question shows the alternation
//! another way: every prompt slot asks or speaks to the listener ("I don't know if that
//! happened to you"), every answer slot speaks of its speaker ("I started…"), whatever the
//! prompts' length.

use super::address::{addresses_listener, remark_to_listener, speaks_of_self};
use super::cues::{ends_with_question_mark, is_statement_prompt};
use super::reading::Para;

/// The alternation is the file's layout when this many prompts at least end with `?`.
const MIN_ASKING_PROMPTS: usize = 5;

/// Prompts that ask nothing are the exception: at most one in this many prompt slots.
const MAX_SILENT_PROMPT_SHARE: usize = 4;

/// A conversation read by who speaks to whom has this many exchanges at least: one or two
/// could be an introduction that happens to speak of "you" and "I".
const MIN_ADDRESSED_EXCHANGES: usize = 3;

/// For a file that alternates prompt and answer paragraph by paragraph, whether each paragraph
/// is a prompt; `None` for any other file (a paragraph asking in an answer's slot, an answer
/// slot left empty at the end, too few questions, or a long paragraph in a prompt's slot).
pub fn alternating_prompts(paras: &[Para]) -> Option<Vec<bool>> {
    let asks = |p: &Para| ends_with_question_mark(&p.text);
    let first = opening_request(paras, paras.iter().position(asks)?);
    let slot = |i: usize| i >= first && (i - first).is_multiple_of(2);
    let slots: Vec<usize> = (first..paras.len()).filter(|&i| slot(i)).collect();
    let answers: Vec<usize> = (first..paras.len()).filter(|&i| !slot(i)).collect();
    let asking = slots.iter().filter(|&&i| asks(&paras[i])).count();
    let silent = slots.len() - asking;
    let answers_ask = answers.iter().any(|&i| asks(&paras[i]));
    let prompts_short = slots.iter().all(|&i| is_statement_prompt(&paras[i].text));
    let answered = (paras.len() - first).is_multiple_of(2);
    let by_questions = asking >= MIN_ASKING_PROMPTS
        && silent * MAX_SILENT_PROMPT_SHARE <= slots.len()
        && prompts_short;
    let by_address = first == 0
        && slots.len() >= MIN_ADDRESSED_EXCHANGES
        && (slots.iter()).all(|&i| asks(&paras[i]) || addresses_listener(&paras[i].text))
        && (answers.iter()).all(|&i| speaks_of_self(&paras[i].text));
    let fits = (by_questions || by_address) && !answers_ask && answered;
    fits.then(|| (0..paras.len()).map(slot).collect())
}

/// The slot of the first prompt: the first question, or a request to the listener two
/// paragraphs above it, over an answer that asks nothing ("Tell us about your van.").
fn opening_request(paras: &[Para], mut first: usize) -> usize {
    while first >= 2
        && remark_to_listener(&paras[first - 2].text)
        && is_statement_prompt(&paras[first - 2].text)
        && !ends_with_question_mark(&paras[first - 1].text)
    {
        first -= 2;
    }
    first
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn a_prompt_without_question_mark_keeps_its_slot_in_a_line_by_line_questionnaire() {
        let mut lines = vec![
            "Your first pot?",
            "A lopsided cup, at nine.",
            "Your favourite glaze?",
            "Celadon, always.",
            "If the kiln could talk…",
            "… it would ask for a holiday.",
            "Wheel or hand?",
            "Wheel, mostly.",
            "Morning or night?",
            "Night, with the radio on.",
            "Last question: why clay?",
            "Because it forgives.",
        ];
        let prompts = alternating_prompts(&paras(&lines)).expect("alternating");
        assert!(prompts[4] && !prompts[5]);
        // An answer that asks breaks the alternation: the file is read by its rhythm.
        lines[5] = "Who knows?";
        assert_eq!(alternating_prompts(&paras(&lines)), None);
    }

    #[test]
    fn a_request_before_the_first_question_opens_the_alternation() {
        let lines = [
            "Tell us about your workshop.",
            "A shed behind the house, cold in winter.",
            "Your first pot?",
            "A lopsided cup, at nine.",
            "Your favourite glaze?",
            "Celadon, always.",
            "Wheel or hand?",
            "Wheel, mostly.",
            "Morning or night?",
            "Night, with the radio on.",
            "Why clay?",
            "Because it forgives.",
        ];
        let prompts = alternating_prompts(&paras(&lines)).expect("alternating");
        assert!(prompts[0] && !prompts[1] && prompts[2]);
    }

    #[test]
    fn prompts_speaking_to_the_listener_alternate_with_answers_in_the_first_person() {
        let mut lines = vec![
            "When you started carving, was it for money?",
            "I started at twelve, for my grandfather, and I never thought of money then.",
            "Many carvers burn out in their first years. I don't know if that happened to you.",
            "I was tired once, after a fair, and I learned to say no to orders.",
            "If you take fewer orders, maybe you have time to walk in the woods.",
            "I think that matters.",
        ];
        let prompts = alternating_prompts(&paras(&lines)).expect("alternating");
        assert_eq!(prompts, [true, false, true, false, true, false]);
        // An introduction above the first question: no alternation read from the pronouns.
        lines.insert(0, "Ana Ruiz carves spoons in Soria.");
        lines.insert(1, "She sells them at fairs.");
        assert_eq!(alternating_prompts(&paras(&lines)), None);
    }
}
