//! What follows the last answer on a published page and is not part of the conversation: a
//! "Highlights" or "Related sessions" section under its own heading, a "Full transcript: URL"
//! line, a promotion ending with a colon before its (dropped) link, the outlet's address and
//! phone number. Read from the file's structure: a heading after the last question that does
//! not ask starts other matter, and the closing lines that are no sentence are page furniture.

use std::sync::LazyLock;

use regex::Regex;

use super::clean::{has_email, is_dated_note, is_italic_paragraph};
use super::cues::{asks_something, is_bold, is_heading, words};
use super::cut_question::drop_cut_question;
use super::labels::speaker_of;
use super::layout::Assembled;
use super::reading::{Clutter, Dropped, Para, Speaker};
use super::thanks::drop_closing_thanks;

/// Questions that all ask before a closing heading that does not: enough to tell the file's
/// prompts from its closing matter.
const MIN_ASKING_TURNS: usize = 3;

/// A closing section's title is short: "Highlights", "Sesiones relacionadas".
const MAX_CLOSING_TITLE_WORDS: usize = 4;

/// An address or phone line is a few words ("Calle Mayor, 7", "Tel. 555 01 02 - SORIA").
const MAX_CONTACT_WORDS: usize = 8;

/// The lines a blogger leaves between the last answer and the signature are short: "Read the
/// full interview.", "Visit her site to read more of her work."
const MAX_FOOTER_WORDS: usize = 14;

/// A signature names one person: "--Ana Ruiz", "— A. R.", "–Marta Gil Soto".
const MAX_SIGNATURE_WORDS: usize = 4;

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

/// A blog post signed at its foot ("--Ana Ruiz", "— A. R."): the signature and the short
/// lines between the last answer and it ("Read the full interview.", "Visit her website…")
/// are the blogger's, not the interviewee's. Stops at a long paragraph, or at the paragraph
/// right under a question (the answer).
fn drop_signed_footer(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
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

/// Takes what follows the last answer out of it: the matter under a closing heading, a
/// closing list under a title set like the prompts, the interviewer's closing thanks (the
/// editor's notes about the guest go with [`super::third_person_tail`], which reads the
/// headline too).
/// `earlier` are the lines dropped before the turns were cut.
pub fn drop_closing_matter(
    out: &mut Assembled,
    paras: &[Para],
    speakers: &[Speaker],
    earlier: &mut [Dropped],
) {
    drop_after_closing_heading(out, paras, speakers, earlier);
    drop_closing_prompt(out, paras);
    drop_cut_question(out);
    drop_closing_thanks(out, paras, speakers);
}

/// A heading after the last question that does not ask ("## Highlights", "## Sesiones
/// relacionadas") closes the interview: the unlabelled paragraphs after it leave the last
/// answer. A paragraph opened by a speaker label after such a heading keeps the whole answer.
fn drop_after_closing_heading(
    out: &mut Assembled,
    paras: &[Para],
    speakers: &[Speaker],
    earlier: &mut [Dropped],
) {
    let Some(last) = out.turns.last() else {
        return;
    };
    // A heading over a date line was dropped with that line, as its caption ("## Notes" over
    // "Date: …"), before the turns were cut: it still opens the closing matter.
    let closing = |d: &Dropped| {
        (d.reason == Clutter::SectionTitle || is_heading(&d.text)) && d.line > last.line
    };
    let Some(heading) = out
        .dropped
        .iter()
        .chain(earlier.iter())
        .filter(|d| closing(d))
        .map(|d| d.line)
        .min()
    else {
        return;
    };
    let labelled_after = paras
        .iter()
        .any(|p| p.line > heading && speaker_of(&p.text, speakers).is_some());
    let keep = last.answer.iter().filter(|(_, l)| *l < heading).count();
    if labelled_after || keep == 0 {
        return;
    }
    let Some(last) = out.turns.last_mut() else {
        return;
    };
    let moved = last.answer.split_off(keep);
    last.speakers.truncate(keep);
    out.dropped
        .extend(moved.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::AfterInterview,
        }));
    // The headings after it are part of the same closing matter.
    for d in out
        .dropped
        .iter_mut()
        .chain(earlier.iter_mut())
        .filter(|d| d.line >= heading)
    {
        d.reason = Clutter::AfterInterview;
    }
}

/// A closing heading or bold line in a file whose prompts are headings or bold: "## Highlights"
/// after questions that all ask. Its "answer" (a list, a promotion) leaves the interview.
fn drop_closing_prompt(out: &mut Assembled, paras: &[Para]) {
    let Some((last, asked)) = out.turns.split_last() else {
        return;
    };
    let typographic = paras
        .iter()
        .find(|p| p.line == last.line)
        .is_some_and(|p| is_heading(&p.text) || is_bold(&p.text));
    // A title ("Highlights", "Related sessions") over a list, not a prompt ("Tell us more.").
    let title = words(&last.question) <= MAX_CLOSING_TITLE_WORDS
        && !last.question.ends_with(['.', '!', ':', '…']);
    let list = last
        .answer
        .iter()
        .all(|(text, _)| text.starts_with(['-', '*', '•', '+']));
    let closing = typographic
        && title
        && list
        && asked.len() >= MIN_ASKING_TURNS
        && asked.iter().all(|t| asks_something(&t.question))
        && !asks_something(&last.question);
    if !closing {
        return;
    }
    let heading = paras
        .iter()
        .find(|p| p.line == last.line)
        .map(|p| p.text.clone());
    if let Some(turn) = out.turns.pop() {
        let question = (heading.unwrap_or(turn.question), turn.line);
        out.dropped.extend(
            std::iter::once(question)
                .chain(turn.answer)
                .map(|(text, line)| Dropped {
                    line,
                    text,
                    reason: Clutter::AfterInterview,
                }),
        );
    }
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
    fn a_closing_list_under_its_own_heading_leaves_the_last_answer() {
        let body = paras(&[
            "## Why?",
            "Because.",
            "## How?",
            "Slowly.",
            "## When?",
            "Soon.",
            "## Highlights",
            "- Because, slowly, soon.",
        ]);
        let mut out = super::super::layout::assemble(&body, &[]);
        drop_closing_prompt(&mut out, &body);
        assert_eq!(out.turns.len(), 3);
        assert_eq!(out.dropped[0].text, "## Highlights");
        let mut prompt = body.clone();
        prompt[6].text = "## Tell us more.".into();
        prompt[7].text = "More and more.".into();
        let mut out = super::super::layout::assemble(&prompt, &[]);
        drop_closing_prompt(&mut out, &prompt);
        assert_eq!(out.turns.len(), 4);
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

    /// The answers of a parsed text, each as its paragraphs.
    fn answers(text: &str) -> Vec<Vec<String>> {
        let reading = crate::corpus::read("t", text).expect("parses");
        let turns = reading.interview.turns;
        turns.into_iter().map(|t| t.answer).collect()
    }

    #[test]
    fn a_sign_off_after_answers_labelled_on_every_paragraph_is_dropped() {
        let text = "Dias de praia\n\nPergunta: Onde passavas o verão?\n\nResposta: Na casa dos tios.\n\n\
                    Pergunta: Do que tinhas medo?\n\nResposta: Das ondas grandes.\n\nObrigada, terminámos.\n";
        assert_eq!(answers(text)[1], ["Das ondas grandes."]);
        // Labels on the first paragraph only: the unlabelled paragraphs go on answering.
        let text = "Dias de praia\n\nPergunta: Onde passavas o verão?\n\nResposta: Na casa dos tios.\n\n\
                    Ia à praia.\n\nPergunta: Do que tinhas medo?\n\nResposta: Das ondas.\n\nAinda tenho.\n";
        assert_eq!(answers(text)[1].len(), 2);
    }

    #[test]
    fn a_closing_heading_over_a_date_line_still_closes_the_interview() {
        let text = "Entrevista\n\nQ: ¿Cómo empieza?\n\nA: Con una libreta.\n\nQ: ¿Qué le falta?\n\n\
                    A: Una herramienta.\n\n## NOTAS\n\nFecha: 2024-03-03\n\nTranscrito por Ana Ruiz y Luis Paz\n";
        assert_eq!(answers(text)[1], ["Una herramienta."]);
    }

    #[test]
    fn a_page_cut_after_its_last_question_keeps_the_whole_turns() {
        let text = "Harbour pilots\n\nP. ¿Cuántos barcos entran cada día?\n\n\
                    R. Unos cuarenta, más en verano.\n\nP. ¿Y de noche?\n\n\
                    R. La mitad, pero son los grandes.\n\nP. Hablemos del temporal de enero.\n";
        let reading = crate::corpus::read("t", text).expect("a cut page still parses");
        assert_eq!(reading.interview.turns.len(), 2);
        let cut = reading.dropped.iter().find(|d| d.reason == Clutter::CutOff);
        assert_eq!(cut.map(|d| d.line), Some(11));
        let middle = "Pilots\n\nWhy?\n\nHow?\n\nSlowly.\n";
        assert_eq!(answers(middle).len(), 1, "two questions in a row are one");
        assert!(crate::corpus::read("t", "Pilots\n\nIntro.\n\nWhy?\n").is_err());
    }

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
