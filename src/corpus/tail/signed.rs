//! A blog post signed at its foot: the signature and the blogger's short lines above it.

use super::super::cues::{asks_something, words};
use super::super::reading::{Clutter, Dropped, Para};

/// The lines a blogger leaves between the last answer and the signature are short: "Read the
/// full interview.", "Visit her site to read more of her work."
const MAX_FOOTER_WORDS: usize = 14;

/// A signature names one person: "--Ana Ruiz", "— A. R.", "–Marta Gil Soto".
const MAX_SIGNATURE_WORDS: usize = 4;

/// A blog post signed at its foot ("--Ana Ruiz", "— A. R."): the signature and the short
/// lines between the last answer and it ("Read the full interview.", "Visit her website…")
/// are the blogger's, not the interviewee's. Stops at a long paragraph, or at the paragraph
/// right under a question (the answer).
pub fn drop_signed_footer(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
    if paras.len() < 3 || !paras.last().is_some_and(|p| is_signature(&p.text)) {
        return;
    }
    let mut drop = |p: Para| {
        dropped.push(Dropped {
            line: p.line,
            text: p.text,
            reason: Clutter::AfterInterview,
        })
    };
    paras.pop().map(&mut drop);
    while paras.len() > 2 {
        let n = paras.len();
        if words(&paras[n - 1].text) > MAX_FOOTER_WORDS || asks_something(&paras[n - 2].text) {
            break;
        }
        paras.pop().map(&mut drop);
    }
}

/// A signature line: a dash, then a name of one to four capitalised words.
fn is_signature(text: &str) -> bool {
    let Some(name) = text
        .trim()
        .strip_prefix("--")
        .or_else(|| text.trim().strip_prefix(['—', '–']))
    else {
        return false;
    };
    let name: Vec<&str> = name.split_whitespace().collect();
    (1..=MAX_SIGNATURE_WORDS).contains(&name.len())
        && name.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(['?', '!', ':'])
        })
}

#[cfg(test)]
mod tests {
    use super::super::super::rhythm::tests::paras;
    use super::super::drop_trailer;
    use super::*;

    #[test]
    fn a_signed_blog_post_leaves_its_footer_out_of_the_last_answer() {
        let mut page = paras(&[
            "What did the storm take?",
            "The pier, the nets, and two of the boats we had repaired that summer.",
            "We rebuilt the pier first, because without it nobody in the village could fish \
             at all, and the boats could wait another season.",
            "Read the rest at the harbour paper.",
            "Follow Ines on her workshop blog.",
            "--Tom Avery",
        ]);
        let mut dropped = Vec::new();
        drop_trailer(&mut page, &mut dropped);
        assert_eq!((page.len(), dropped.len()), (3, 3));
        let mut unsigned = paras(&["Why?", "Because.", "Slowly, at first."]);
        drop_trailer(&mut unsigned, &mut dropped);
        assert_eq!(unsigned.len(), 3);
        let mut curt = paras(&["Intro.", "Why?", "Because.", "--Tom Avery"]);
        drop_trailer(&mut curt, &mut dropped);
        assert_eq!(curt.len(), 3, "the answer under its question stays");
        assert!(!is_signature("— Sí, claro."));
    }
}
