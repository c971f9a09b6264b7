//! A label of a word or two ending with a colon on a paragraph of its own ("Desktop:", "En
//! casa:") heading the paragraph or list under it inside an answer, as setup interviews sort a
//! reply by topic. Quoted alone it says nothing, and as a passage of its own its topic word
//! wins a search over the paragraph it heads: it joins that paragraph, which then opens with
//! the label.

use super::cues::{ends_with_question_mark, heading_level, words};
use super::labels::split_label;
use super::list_bullet::bullet_body;
use super::reading::Para;

/// A topic label is a word or two ("Hardware:", "En casa:"); a longer line ending with a colon
/// announces what follows in a sentence of its own.
const MAX_LABEL_WORDS: usize = 2;

/// Joins each topic label inside an answer to the paragraph it heads. A label is inside an
/// answer when it stands right under a paragraph that asks, or under a paragraph a label it
/// joined heads (its siblings further down the same answer), so a questionnaire's field after
/// an answer ("Favourite film:") stays a prompt. A speaker label the file uses (the same
/// label opening another paragraph) never joins, nor does a label set in emphasis or as a
/// heading (how bold prompts are set), nor one above a paragraph that asks.
pub fn join_label_heads(paras: &mut Vec<Para>) {
    let mut i = 0;
    // The paragraph before `i` asks.
    let mut after_question = false;
    // The reply since the last question opened with a label that joined its paragraph.
    let mut labelled = false;
    while i < paras.len() {
        let heads = is_topic_label(&paras[i].text)
            && (after_question || labelled)
            && !used_elsewhere(paras, i)
            && paras.get(i + 1).is_some_and(|next| is_headed(&next.text));
        if heads {
            let next = paras.remove(i + 1);
            let body = without_bullet(&next.text);
            paras[i].text = format!("{} {body}", paras[i].text.trim());
            (after_question, labelled) = (false, true);
            i += 1;
            continue;
        }
        let text = &paras[i].text;
        after_question = ends_with_question_mark(text);
        let set_apart = heading_level(text).is_some() || emphasised(text);
        labelled &= !after_question && !set_apart;
        i += 1;
    }
}

/// A word or two ending with a colon, plain text (no emphasis, no heading), asking nothing.
fn is_topic_label(text: &str) -> bool {
    let text = text.trim();
    let Some(label) = text.strip_suffix(':') else {
        return false;
    };
    (1..=MAX_LABEL_WORDS).contains(&words(label))
        && label.chars().any(char::is_alphabetic)
        && !label.contains([':', '?', '*', '_', '#', '[', '(', '.'])
}

/// The paragraph under a label is one it can head: plain words that ask nothing.
fn is_headed(text: &str) -> bool {
    !is_topic_label(text)
        && !ends_with_question_mark(text)
        && heading_level(text).is_none()
        && !emphasised(text)
}

/// The headed paragraph without the bullet of a list's first item: under its label the list
/// reads as the label's sentence ("Desktop: a tower…").
fn without_bullet(text: &str) -> &str {
    bullet_body(text).unwrap_or(text)
}

/// Set in bold or italics as a whole, as files set their prompts.
fn emphasised(text: &str) -> bool {
    let text = text.trim();
    text.starts_with(['*', '_']) && text.ends_with(['*', '_'])
}

/// The label also opens another paragraph of the file, alone or before words: a speaker's
/// label, not a topic.
fn used_elsewhere(paras: &[Para], at: usize) -> bool {
    let label = paras[at].text.trim().trim_end_matches(':').trim();
    let same = |p: &Para| {
        let text = p.text.trim();
        text.trim_end_matches(':')
            .trim()
            .eq_ignore_ascii_case(label)
            || split_label(text).is_some_and(|l| l.label.eq_ignore_ascii_case(label))
    };
    (paras.iter().enumerate()).any(|(i, p)| i != at && same(p))
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn joined(lines: &[&str]) -> Vec<String> {
        let mut body = paras(lines);
        join_label_heads(&mut body);
        body.into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn a_topic_label_in_an_answer_joins_the_paragraph_it_heads() {
        let texts = joined(&[
            "What would be your dream setup?",
            "En casa:",
            "A bigger desk by the window.",
            "Oficina:",
            "Silence, and a second tablet.",
            "And software?",
            "A font editor.",
        ]);
        assert_eq!(
            texts,
            [
                "What would be your dream setup?",
                "En casa: A bigger desk by the window.",
                "Oficina: Silence, and a second tablet.",
                "And software?",
                "A font editor.",
            ]
        );
    }

    #[test]
    fn a_field_after_an_answer_stays_a_prompt() {
        let lines = [
            "What makes you laugh?",
            "My brother's jokes.",
            "Favourite series:",
            "The old detective ones.",
            "Presenter:",
            "The one who hosted the quiz.",
        ];
        assert_eq!(joined(&lines), lines);
    }

    #[test]
    fn a_speaker_label_or_a_bold_label_is_no_topic() {
        let lines = [
            "Why boats?",
            "Rui:",
            "Because my father built them.",
            "Rui: And his father too.",
        ];
        assert_eq!(joined(&lines), lines);
        let bold = ["Why boats?", "**Hardware:**", "A lathe."];
        assert_eq!(joined(&bold), bold);
        let listed = joined(&["Why boats?", "Tools:", "- a lathe\n- a plane"]);
        assert_eq!(listed[1], "Tools: a lathe\n- a plane");
        let asking = ["Why boats?", "Well:", "Who would not?"];
        assert_eq!(joined(&asking), asking);
    }
}
