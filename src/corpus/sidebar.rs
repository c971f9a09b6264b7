//! A box printed after the interview under its own title, past a separator ("* * *" /
//! "Other boats in the fleet" / prose about others): the page's sidebar, not the guest's
//! answer. It asks nothing, while the interview above it asked its questions with `?`.

use super::cues::ends_with_question_mark;
use super::reading::Para;

/// A box's title is a short line: a phrase, not a sentence.
const MAX_TITLE_WORDS: usize = 12;

/// A short line closing no sentence: the title of a box.
fn is_title_line(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=MAX_TITLE_WORDS).contains(&words)
        && !text
            .trim_end()
            .ends_with(['.', '!', '?', ':', '…', '"', '”', '»'])
}

/// Where a sidebar starts, if the file ends with one: a heading right after a separator (or
/// other page furniture), with no paragraph from there on ending with `?` while one before
/// does, and text under the heading. `prompt` tells the paragraphs carrying the file's cue
/// for a question (bold, a heading, a number): a title carrying it, or followed by one
/// ("**Quick-fire round**" / "**Favourite glaze**"), opens more questions, not a box.
pub fn sidebar_start(paras: &[Para], prompt: impl Fn(usize) -> bool) -> Option<usize> {
    let asks = |p: &Para| ends_with_question_mark(&p.text);
    let last_question = paras.iter().rposition(asks)?;
    let start = (last_question + 1..paras.len().saturating_sub(1))
        .find(|&i| paras[i].after_break && is_title_line(&paras[i].text))?;
    (!(start..paras.len()).any(prompt)).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn a_titled_box_after_a_separator_is_a_sidebar() {
        let mut body = paras(&[
            "What changed this season?",
            "The players, mostly. They believe now.",
            "Other boats in the fleet",
            "Three crews tried one this year; two kept them.",
        ]);
        let none = |_: usize| false;
        assert_eq!(sidebar_start(&body, none), None);
        body[2].after_break = true;
        assert_eq!(sidebar_start(&body, none), Some(2));
        // A question after the separator: the interview goes on.
        body[3].text = "Will they keep you?".into();
        assert_eq!(sidebar_start(&body, none), None);
    }

    #[test]
    fn a_round_of_bold_prompts_after_a_separator_is_the_interview() {
        let mut body = paras(&[
            "**What do you fire at?**",
            "Cone ten, mostly.",
            "**Quick-fire round**",
            "**Favourite glaze**",
            "Celadon.",
        ]);
        body[2].after_break = true;
        let bold = |i: usize| body[i].text.starts_with("**");
        assert_eq!(sidebar_start(&body, bold), None);
    }
}
