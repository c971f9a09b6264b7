//! What follows the last answer on a published page and is not part of the conversation. Read
//! from the file's structure in two passes: before the turns are cut, the closing paragraphs
//! that are no sentence of the interviewee's (here: a promotion ending with a colon before its
//! dropped link, the outlet's address and phone number, a service box, credits in another
//! script; a signed blog footer in [`signed`]); after, the matter under a closing heading such
//! as "Highlights" or "Related sessions" and the closing thanks ([`closing_matter`]).

use std::sync::LazyLock;

use regex::Regex;

use super::clean::{has_email, is_dated_note, is_italic_paragraph};
use super::cues::{asks_something, words};
use super::reading::{Clutter, Dropped, Para};

mod closing_matter;
mod promotion;
mod reaction;
mod section_headings;
mod signed;

pub use closing_matter::drop_closing_matter;
pub(super) use reaction::{is_speaker_reaction, stands_right_after};
use signed::drop_signed_footer;

/// An address or phone line is a few words ("Calle Mayor, 7", "Tel. 555 01 02 - SORIA").
const MAX_CONTACT_WORDS: usize = 8;

/// A link's words left after the last answer ("Comments", "Leave a reply") are this short.
const MAX_FRAGMENT_WORDS: usize = 3;

/// A closing paragraph with this share of its letters in another script than the file's is a
/// translation project's or a syndication's credits ("作者：… 译者：…" under an English
/// interview): a name in its own script inside an answer is a few letters of a long sentence.
const MIN_FOREIGN_SHARE: f64 = 0.3;

/// A listing's fields in capitals ("WHERE: … WHEN: … PRICE: …", the service box a paper sets
/// under a show's interview): this many different keys in one closing paragraph.
const MIN_LISTING_KEYS: usize = 3;

/// Drops the closing paragraphs of the body that are not the interviewee's words: italic
/// editors' notes, contact lines with an email, address or phone, a lead-in ending with a
/// colon whose link was dropped, and credits in another script. At least one paragraph stays.
pub fn drop_trailer(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
    let whole: String = paras.iter().map(|p| format!("{} ", p.text)).collect();
    let script = whatlang::detect_script(&whole);
    drop_signed_footer(paras, dropped);
    while paras.len() > 1 {
        let n = paras.len();
        let after_furniture = dropped
            .iter()
            .any(|d| d.line > paras[n - 2].line && d.line < paras[n - 1].line);
        let closes_page = after_furniture || closes_a_sentence(&paras[n - 2].text);
        let fragment = closes_page && is_fragment(&paras[n - 1].text);
        let foreign = script.is_some_and(|script| is_foreign(&paras[n - 1].text, script));
        let reason = trailer(&paras[n - 1].text)
            .or((fragment || foreign).then_some(Clutter::AfterInterview));
        // Right under a question it is the answer ("Where can readers find you?" / "These
        // are my videos:" over links the page drops), whatever it looks like.
        let Some(reason) = reason.filter(|_| !asks_something(&paras[n - 2].text)) else {
            break;
        };
        if let Some(p) = paras.pop() {
            dropped.push(Dropped {
                line: p.line,
                text: p.text,
                reason,
            });
        }
    }
}
/// Why a closing paragraph is not part of the interview, if it is not.
fn trailer(text: &str) -> Option<Clutter> {
    let text = text.trim();
    if is_italic_paragraph(text) || has_email(text) {
        Some(Clutter::EditorsNote)
    } else if text.ends_with(':') || is_contact(text) || is_listing(text) || is_dated_note(text) {
        Some(Clutter::AfterInterview)
    } else {
        None
    }
}

/// A closing link's words ("Comments", "Leave a reply") under the page's furniture: a few
/// words, no sentence.
fn is_fragment(text: &str) -> bool {
    // A colon opens a speaker label ("A: Yes") or a list ("Tags: …"): not a lone link's words.
    words(text) <= MAX_FRAGMENT_WORDS
        && !text.contains(':')
        && !text.trim_end().ends_with(['.', '?', '!', '…', '"', '”'])
}

/// The paragraph before a closing fragment ends a sentence (not a question, not a label's
/// lead-in): a few words after it that are no sentence are a link left by the page, not a
/// one-word answer, which follows a question.
fn closes_a_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '…', '"', '”', '»'])
}

/// The target of a Markdown link (`](https://…)`, `][a]`): not shown on the page.
static LINK_TARGET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\]\([^)]*\)|\]\[[^\]]*\]").expect("a valid link target pattern"));

/// True when much of the paragraph's text (web addresses left out) is in another script than
/// `script`; see [`MIN_FOREIGN_SHARE`].
fn is_foreign(text: &str, script: whatlang::Script) -> bool {
    let shown = LINK_TARGET.replace_all(text, "]");
    let mut letters = 0usize;
    let mut foreign = 0usize;
    for word in shown.split_whitespace().filter(|w| !w.contains("://")) {
        for c in word.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            let mut buffer = [0; 4];
            let own = whatlang::detect_script(c.encode_utf8(&mut buffer)) == Some(script);
            foreign += usize::from(!own);
        }
    }
    letters > 0 && foreign as f64 >= MIN_FOREIGN_SHARE * letters as f64
}

/// A service box: [`MIN_LISTING_KEYS`] different keys in capitals, each before a colon, the
/// first opening the paragraph, and a number (a time, a price, an address).
fn is_listing(text: &str) -> bool {
    let key = |w: &str| {
        w.strip_suffix(':').is_some_and(|k| {
            k.chars().count() >= 2 && k.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
        })
    };
    let mut keys: Vec<&str> = text.split_whitespace().filter(|w| key(w)).collect();
    let opens = text.split_whitespace().next().is_some_and(key);
    keys.sort_unstable();
    keys.dedup();
    opens && keys.len() >= MIN_LISTING_KEYS && text.chars().any(|c| c.is_ascii_digit())
}

/// A few words holding a number and no sentence: an address or a phone number.
fn is_contact(text: &str) -> bool {
    words(text) <= MAX_CONTACT_WORDS
        && text.chars().any(|c| c.is_ascii_digit())
        && !text.ends_with(['.', '?', '!', '…', '"', '”', '»', ')'])
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn contact_lines_and_lead_ins_close_the_page() {
        let mut body = paras(&[
            "Why?",
            "Because the wood moves.",
            "Available in print at:",
            "Calle Mayor, 7",
            "Teléfono 555 01 02 - SORIA",
        ]);
        let mut dropped = Vec::new();
        drop_trailer(&mut body, &mut dropped);
        assert_eq!(body.len(), 2);
        assert_eq!(dropped.len(), 3);
        assert!(dropped.iter().all(|d| d.reason == Clutter::AfterInterview));
    }

    #[test]
    fn a_service_box_closes_the_page() {
        let box_ = "WHERE: Harbour Hall, 12 Quay St. WHEN: Sat., 9 pm. PRICE: 20 to 40.";
        let mut body = paras(&["Will you tour?", "Next spring, if the boat holds.", box_]);
        let mut dropped = Vec::new();
        drop_trailer(&mut body, &mut dropped);
        assert_eq!(body.len(), 2);
        // Two speakers' labels run together are no service box.
        assert!(!is_listing("ANA: Yes, at 9. TOM: No. ANA: Then at 10."));
    }

    #[test]
    fn credits_in_another_script_close_the_page() {
        let mut body = paras(&[
            "What changed?",
            "Everything changed once the lab moved, and the team with it.",
            "We now test every board the week it ships, in the [open](https://x.org/a).",
            "作者：[Ann Lee][a] 译者：[某人](https://example.org/u) 校对：[Bo][b]",
            "本文由 [Team](https://example.org/t) 翻译，[站点](https://example.org/) 推出",
        ]);
        let mut dropped = Vec::new();
        drop_trailer(&mut body, &mut dropped);
        assert_eq!(body.len(), 3);
        assert_eq!(dropped.len(), 2);
        let mut named = paras(&[
            "Who taught you?",
            "My grandmother.",
            "Her name was 李秀英, and she ran the shop on the corner for forty years.",
        ]);
        drop_trailer(&mut named, &mut dropped);
        assert_eq!(named.len(), 3);
    }

    #[test]
    fn an_answer_ending_a_sentence_stays() {
        let mut body = paras(&["Why?", "We opened in 2019.", "Nobody expected it."]);
        let mut dropped = Vec::new();
        drop_trailer(&mut body, &mut dropped);
        assert_eq!(body.len(), 3);
        assert!(dropped.is_empty());
        // paras() numbers lines 1, 3, 5: a dropped line 4 stands before "Comments".
        let mut page = paras(&["Why?", "We opened in 2019.", "Comments"]);
        let mut furniture = vec![Dropped {
            line: 4,
            text: "Weekend Post, March 3, 2004".into(),
            reason: Clutter::Date,
        }];
        drop_trailer(&mut page, &mut furniture);
        assert_eq!((page.len(), furniture.len()), (2, 2));
    }

    #[test]
    fn a_lone_link_after_the_last_sentence_closes_the_page_but_a_short_answer_stays() {
        let mut page = paras(&["Why?", "We opened in 2019.", "Leave a comment"]);
        let mut dropped = Vec::new();
        drop_trailer(&mut page, &mut dropped);
        assert_eq!((page.len(), dropped.len()), (2, 1));
        for answer in [
            ["Ready?", "Yes"],
            ["Said it.", "A: Yes"],
            ["Where?", "My videos:"],
        ] {
            let mut page = paras(&answer);
            let mut dropped = Vec::new();
            drop_trailer(&mut page, &mut dropped);
            assert_eq!(page.len(), 2, "{answer:?}");
        }
    }
}
