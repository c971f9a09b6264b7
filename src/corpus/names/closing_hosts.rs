//! Where a page names its interviewer at its end, when nothing above does:
//! - a columnist's follow line under the piece ("Follow Ana Ruiz", "Acompanhe as publicações
//!   de Ana Ruiz", "Sigue a Ana Ruiz en X"): the column's author asked the questions;
//! - the guest's closing thanks to the host by first name, the last sentence of the last
//!   answer ("Muchas gracias, Tesa."), as guests of written interviews sign off.

use crate::corpus::name_words::{name_cased, trim_word};
use crate::corpus::page_ends::followed_name;
use crate::corpus::placeholders::thanked_first_name;
use crate::corpus::thanks::{STRONGER, THANKING};

/// The follow line sits under the piece: among this many last paragraphs.
const CLOSING_PARAGRAPHS: usize = 3;

/// The name a follow line gives ([`followed_name`], the detector that also takes the line off
/// the last answer), looked for in the last paragraphs of `whole` (every paragraph, the title
/// last) that stand as one line of their own, and in the lines dropped as page furniture under
/// the last exchange (`closing`). A name sharing a word with the guest (`guest`) or with the title and
/// introduction (`intro`) is the guest's: pages invite readers to follow the person they
/// present too.
pub(super) fn followed_author(
    whole: &[&str],
    intro: &[&str],
    closing: &[&str],
    guest: Option<&str>,
) -> Option<String> {
    let body = &whole[..whole.len().saturating_sub(1)];
    let last = body.iter().rev().take(CLOSING_PARAGRAPHS);
    let presented = |name: &str| {
        let words = guest.into_iter().chain(intro.iter().copied());
        let mut words = words.flat_map(str::split_whitespace).map(trim_word);
        words.any(|w| name.split_whitespace().any(|n| n == w))
    };
    (last.chain(closing))
        // A line glued under an answer is the answer's own last line.
        .filter(|text| text.trim().lines().count() == 1)
        .filter_map(|text| followed_name(text.trim()))
        .find(|name| !presented(name))
}

/// Passive verbs crediting a piece to who made it, with their agent's preposition, lowercase
/// ("The interview was conducted by…", "La entrevista fue realizada por…", "A entrevista foi
/// feita por…").
const CREDITED_BY: &[&str] = &[
    "conducted by",
    "realizada por",
    "conducida por",
    "hecha por",
    "conduzida por",
    "feita por",
];

/// Words naming the piece in a credit sentence, lowercase stems ("interview", "entrevista"):
/// the sentence is about the interview, not about something the guest made.
const INTERVIEW_WORDS: &[&str] = &["interview", "entrevista"];

/// A full name in a credit has two to four capitalised words (particles aside).
const CREDIT_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// Lowercase words a person's name holds between its capitalised words ("Ana de la Torre"):
/// not "of", "the" or a conjunction, which open an outlet ("Nilo Fresco of Tide Weekly") or a
/// second person ("Ana Gil y Rui Lobo").
const PERSON_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "la", "van", "von", "di",
];

/// The interviewer a closing sentence credits ("The interview was conducted by Ana Ruiz at
/// Tide Weekly."), in the lines under the last exchange (`closing`): a sentence naming the
/// interview, then a passive verb and its agent ([`CREDITED_BY`]), then the run of
/// capitalised words after it. The answers above are the guest's words, who may tell of
/// another interview; a name sharing a word with the guest (`guest`) is the guest's.
pub(super) fn closing_credit(closing: &[&str], guest: Option<&str>) -> Option<String> {
    let sentences = closing
        .iter()
        .flat_map(|t| t.split_inclusive(['.', '!', '?']));
    let guests = |name: &String| {
        let mut words = guest
            .into_iter()
            .flat_map(str::split_whitespace)
            .map(trim_word);
        words.any(|w| name.split_whitespace().any(|n| n == w))
    };
    sentences
        .filter_map(credited_name)
        .find(|name| !guests(name))
}

/// The name a credit sentence gives after its passive verb, if it is one.
fn credited_name(sentence: &str) -> Option<String> {
    // ASCII lowering keeps byte offsets those of `sentence`.
    let lower = sentence.to_ascii_lowercase();
    let (at, verb) = CREDITED_BY
        .iter()
        .find_map(|v| lower.find(&format!("{v} ")).map(|at| (at, v)))?;
    if !INTERVIEW_WORDS.iter().any(|w| lower[..at].contains(w)) {
        return None;
    }
    let rest = sentence.get(at + verb.len()..)?;
    let mut name: Vec<&str> = Vec::new();
    for word in rest.split_whitespace() {
        let bare = trim_word(word);
        if name_cased(bare) || (!name.is_empty() && PERSON_PARTICLES.contains(&bare)) {
            name.push(bare);
        } else {
            break;
        }
        if word.ends_with([',', '.', ';', ':']) {
            break;
        }
    }
    while name.last().is_some_and(|w| PERSON_PARTICLES.contains(w)) {
        name.pop();
    }
    let capitalised = name.iter().filter(|w| name_cased(w)).count();
    CREDIT_NAME_WORDS
        .contains(&capitalised)
        .then(|| name.join(" "))
}

/// The first name the guest thanks in the last sentence of the conversation ("…os espera.
/// Muchas gracias, Tesa."): a sentence of thanks and one capitalised word only, ending one of
/// the last paragraphs (page furniture may follow it). `guest` (the interviewee, when known)
/// and the words of the title and introduction (`intro`) are no host: a host thanks the guest
/// the same way. A word the text writes in lowercase is no name.
pub(super) fn closing_thanks(
    whole: &[&str],
    intro: &[&str],
    guest: Option<&str>,
) -> Option<String> {
    let body = &whole[..whole.len().saturating_sub(1)];
    let last = body.iter().rev().take(CLOSING_PARAGRAPHS);
    (last.filter_map(|text| thanked_word(last_sentence(text.lines().last()?))))
        .find_map(|word| thanked_first_name(word, whole, intro, guest))
}

/// The word a sentence of thanks addresses ("Muchas gracias, Tesa", "Thank you Ana").
fn thanked_word(sentence: &str) -> Option<&str> {
    let mut words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() > 1 && STRONGER.contains(&trim_word(words[0]).to_lowercase().as_str()) {
        words.remove(0);
    }
    let thanks = trim_word(words.first()?).to_lowercase();
    let you = usize::from(thanks == "thank" && words.get(1).is_some_and(|w| trim_word(w) == "you"));
    if !THANKING.contains(&thanks.as_str()) || words.len() != 2 + you {
        return None;
    }
    words.last().copied()
}

/// The last sentence of a line: after the last full stop, exclamation or question mark that
/// ends a sentence before the line's end.
fn last_sentence(line: &str) -> &str {
    let body = line.trim_end().trim_end_matches(['.', '!', '¡']);
    match body.rfind(['.', '!', '?']) {
        Some(at) => line.trim_end()[at + 1..].trim(),
        None => line.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_follow_line_under_the_piece_names_the_columnist() {
        let whole = [
            "Por que voltou ao palco?",
            "Porque sentia falta do público.",
            "Acompanhe as publicações de Rita Bastião",
            "Três perguntas a Tó Brum",
        ];
        assert_eq!(
            followed_author(&whole, &[], &[], None).as_deref(),
            Some("Rita Bastião")
        );
        // Dropped as page furniture, it is still read.
        let whole = ["Why?", "Because.", "Title"];
        let dropped = ["Follow Nilo Fresco on Instagram"];
        assert_eq!(
            followed_author(&whole, &[], &dropped, None).as_deref(),
            Some("Nilo Fresco")
        );
        // A sentence about following someone, or a capitalised word before the name, is no
        // follow line.
        let whole = [
            "Follow The Leader was our first song, written with Nilo Fresco",
            "T",
        ];
        assert_eq!(followed_author(&whole, &[], &[], None), None);
        let whole = [
            "Siga Nilo Fresco e a banda inteira na turnê de verão pelo país todo",
            "T",
        ];
        assert_eq!(followed_author(&whole, &[], &[], None), None);
        // Readers invited to follow the guest, or someone the introduction presents.
        let whole = ["Why?", "Because.", "Follow Nilo Fresco on Instagram", "T"];
        assert_eq!(followed_author(&whole, &[], &[], Some("Nilo Fresco")), None);
        let intro = ["Nilo Fresco sings."];
        assert_eq!(followed_author(&whole, &intro, &[], None), None);
    }

    #[test]
    fn a_closing_sentence_crediting_the_interview_names_the_interviewer() {
        let closing = ["The interview was conducted by Nilo Fresco at Tide Weekly. Read it all."];
        assert_eq!(
            closing_credit(&closing, None).as_deref(),
            Some("Nilo Fresco")
        );
        let closing = ["Esta entrevista fue realizada por Ana de la Torre."];
        assert_eq!(
            closing_credit(&closing, None).as_deref(),
            Some("Ana de la Torre")
        );
        // Something the guest made, not the interview; a single word.
        let closing = ["The survey was conducted by Nilo Fresco."];
        assert_eq!(closing_credit(&closing, None), None);
        let closing = ["The interview was conducted by Nilo."];
        assert_eq!(closing_credit(&closing, None), None);
    }

    #[test]
    fn a_credit_stops_before_an_outlet_or_a_second_person() {
        let closing = ["The interview was conducted by Nilo Fresco of Tide Weekly."];
        assert_eq!(
            closing_credit(&closing, None).as_deref(),
            Some("Nilo Fresco")
        );
        let closing = ["La entrevista fue realizada por Ana Gil y Rui Lobo."];
        assert_eq!(closing_credit(&closing, None).as_deref(), Some("Ana Gil"));
        // A capital whose lowercase is longer does not shift the offsets ("İ").
        let closing = ["İİ interview was conducted by Nilo Fresco."];
        assert_eq!(
            closing_credit(&closing, None).as_deref(),
            Some("Nilo Fresco")
        );
    }

    #[test]
    fn a_credit_naming_the_guest_names_no_interviewer() {
        let closing = ["The interview was conducted by Tom Reed."];
        assert_eq!(closing_credit(&closing, Some("Tom Reed")), None);
    }

    #[test]
    fn a_credit_or_a_line_glued_to_the_answer_names_no_columnist() {
        // A photo credit set apart: a name, but no invitation to follow.
        let whole = ["Why?", "Because.", "Fotos de Nilo Fresco", "T"];
        assert_eq!(followed_author(&whole, &[], &[], None), None);
        // The answer's own last line, the page's end being no paragraph of its own.
        let whole = [
            "Why?",
            "Because I like it.\nFollow Nilo Fresco on Instagram",
            "T",
        ];
        assert_eq!(followed_author(&whole, &[], &[], None), None);
    }

    #[test]
    fn the_guests_closing_thanks_name_the_host() {
        let whole = [
            "10-Recomienda un libro.",
            "El de mi abuela, sin duda. Muchas gracias, Tesa.",
            "Concurso de cuentos",
        ];
        assert_eq!(
            closing_thanks(&whole, &whole[2..], None).as_deref(),
            Some("Tesa")
        );
        // The guest's own name, a word of the title, or an ordinary word is no host.
        assert_eq!(closing_thanks(&whole, &whole[2..], Some("Tesa Gil")), None);
        let whole = [
            "¿Un libro?",
            "El de mi abuela.",
            "Gracias, Tesa.",
            "Tesa responde",
        ];
        assert_eq!(closing_thanks(&whole, &whole[3..], None), None);
        // Thanks inside a longer sentence are not a sign-off to a person.
        let whole = ["¿Un libro?", "Gracias Tesa por todo lo que hiciste.", "T"];
        assert_eq!(closing_thanks(&whole, &whole[2..], None), None);
    }
}
