//! A box printed after the interview under its own title, past a separator ("* * *" /
//! "Other boats in the fleet" / prose about others): the page's sidebar, not the guest's
//! answer. It asks nothing, while the interview above it asked its questions with `?`.
//!
//! A separator may also part the guest's own answer: the title of the poem or song they
//! read out, then its lines and their words about it, all in the first person as the answer
//! above. After a separator, the titled block is a box only when it does not go on in that
//! voice; after an advertisement or a "Read more" line, which only the page prints, it is one.

use super::address::speaks_of_own_side;
use super::cues::ends_with_question_mark;
use super::reading::Para;

/// A box's title is a short line: a phrase, not a sentence.
const MAX_TITLE_WORDS: usize = 12;

/// A block under a title goes on in the answer's voice when at least this share of its
/// paragraphs speak in the first person: a poem or the guest's words after it keep the voice
/// in most lines, while a box about others quotes a line or two at most.
const MIN_OWN_VOICE_SHARE: f32 = 0.5;

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
    let voiced = paras[start].after_separator && goes_on_in_the_voice(paras, start);
    (!voiced && !(start..paras.len()).any(prompt)).then_some(start)
}

/// The block titled at `start` goes on in the voice of the answer above it: that answer's
/// last paragraph speaks in the first person, and so do at least half of the block's
/// paragraphs under the title (a poem's lines, the guest's words after it). A box about
/// others is in the third person, a quoted line or two aside.
fn goes_on_in_the_voice(paras: &[Para], start: usize) -> bool {
    let answer = start.checked_sub(1).map(|k| paras[k].text.as_str());
    let block = &paras[start + 1..];
    let own = block.iter().filter(|p| speaks_of_own_side(&p.text)).count();
    answer.is_some_and(speaks_of_own_side)
        && !block.is_empty()
        && own as f32 >= MIN_OWN_VOICE_SHARE * block.len() as f32
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
    fn a_poem_the_guest_reads_after_a_separator_stays_in_the_answer() {
        let mut body = paras(&[
            "Which song closes your shows?",
            "The one about my father's boat. I will sing you the end of it.",
            "The Last Haul",
            "I rowed out where my father rowed and the nets came up with me.",
            "I never sing it twice in one night, I could not.",
        ]);
        let none = |_: usize| false;
        body[2].after_break = true;
        body[2].after_separator = true;
        assert_eq!(sidebar_start(&body, none), None);
        // The same block after an advertisement: the page's, not the singer's.
        body[2].after_separator = false;
        assert_eq!(sidebar_start(&body, none), Some(2));
        // After a separator, a block about others is a box.
        body[2].after_separator = true;
        body[3].text = "Four other crews sing it at the harbour fair.".into();
        body[4].text = "The fair runs until Sunday.".into();
        assert_eq!(sidebar_start(&body, none), Some(2));
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
