//! Questionnaires set line by line, each prompt on the line right above its one-line answer:
//! from the first question on, every paragraph that asks sits in the same slot of the
//! prompt–answer alternation. A prompt in that slot that asks nothing ("If you met the
//! president…", left for the interviewee to finish) is still the interviewer's, and the
//! answer under it is not a question.

use super::cues::{ends_with_question_mark, is_statement_prompt};
use super::reading::Para;

/// The alternation is the file's layout when this many prompts at least end with `?`.
const MIN_ASKING_PROMPTS: usize = 5;

/// Prompts that ask nothing are the exception: at most one in this many prompt slots.
const MAX_SILENT_PROMPT_SHARE: usize = 4;

/// For a file that alternates prompt and answer paragraph by paragraph, whether each paragraph
/// is a prompt; `None` for any other file (a paragraph asking in an answer's slot, an answer
/// slot left empty at the end, too few questions, or a long paragraph in a prompt's slot).
pub fn alternating_prompts(paras: &[Para]) -> Option<Vec<bool>> {
    let asks = |p: &Para| ends_with_question_mark(&p.text);
    let first = paras.iter().position(asks)?;
    let slot = |i: usize| i >= first && (i - first).is_multiple_of(2);
    let slots: Vec<usize> = (first..paras.len()).filter(|&i| slot(i)).collect();
    let asking = slots.iter().filter(|&&i| asks(&paras[i])).count();
    let silent = slots.len() - asking;
    let answers_ask = (first..paras.len()).any(|i| !slot(i) && asks(&paras[i]));
    let prompts_short = slots.iter().all(|&i| is_statement_prompt(&paras[i].text));
    let answered = (paras.len() - first).is_multiple_of(2);
    let fits = asking >= MIN_ASKING_PROMPTS
        && silent * MAX_SILENT_PROMPT_SHARE <= slots.len()
        && !answers_ask
        && prompts_short
        && answered;
    fits.then(|| (0..paras.len()).map(slot).collect())
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
}
