//! A note the editor or the interviewer slips into a speaker's paragraph in brackets and signs
//! with a dash and their name ("[It was. --Ana]", "[The mill closed in 1998. —Ed.]"): a fact
//! checked after the talk, in someone else's voice. Quoted with the answer, it would be read
//! as the speaker's words; it is dropped as an editors' note, and the paragraph keeps the rest.
//!
//! Told by shape, in any language: a bracketed span (bold or italic or neither) whose words
//! end on a dash ("--", "—", "–") and a signature of a few capitalised words or an
//! abbreviation ("Ed.", "N. del E."). A speaker's own brackets ("[Ka-]Ping", "[laughs]")
//! sign nothing.

use super::reading::{Clutter, Dropped, Para};

/// A signature is a name or a short abbreviation: a few words at most.
const MAX_SIGNATURE_WORDS: usize = 3;

/// The dashes that open a signature, longest first so "--" is not read as two "-".
const SIGNING_DASHES: [&str; 3] = ["--", "—", "–"];

/// Drops the signed bracketed notes from `paras` (see the module doc); a paragraph that was
/// only the note is dropped whole.
pub fn drop_signed_notes(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
    for para in paras.iter_mut() {
        while let Some((start, end)) = signed_note_span(&para.text) {
            dropped.push(Dropped {
                line: para.line,
                text: para.text[start..end].trim().to_string(),
                reason: Clutter::EditorsNote,
            });
            let rest = format!(
                "{} {}",
                para.text[..start].trim_end(),
                para.text[end..].trim()
            );
            para.text = rest.trim().to_string();
        }
    }
    paras.retain(|p| !p.text.is_empty());
}

/// Where the first signed note in `text` starts and ends (byte offsets), emphasis marks
/// around its brackets included.
fn signed_note_span(text: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|at| from + at) {
        let close = open + text[open..].find(']')?;
        if is_signed(&text[open + 1..close]) {
            let marks = |c: char| c == '*' || c == '_';
            let start = text[..open].trim_end_matches(marks).len();
            let after = &text[close + 1..];
            let end = close + 1 + (after.len() - after.trim_start_matches(marks).len());
            return Some((start, end));
        }
        from = close + 1;
    }
    None
}

/// The bracket's words end on a dash and a short signature ("It was. --Ana", "…1998. —Ed.").
fn is_signed(inner: &str) -> bool {
    let Some((said, signature)) = SIGNING_DASHES
        .iter()
        .filter_map(|dash| inner.rsplit_once(dash))
        .max_by_key(|(said, _)| said.len())
    else {
        return false;
    };
    let words: Vec<&str> = signature.split_whitespace().collect();
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let signed = (1..=MAX_SIGNATURE_WORDS).contains(&words.len()) && words.iter().all(capitalised);
    // A sentence comes before the signature: not "[Ka-]" or "[1990–]".
    let sentence = said.trim_end().ends_with(['.', '!', '?', '"', '”']) && said.contains(' ');
    signed && sentence && !signature.contains(['[', '('])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Para {
        Para {
            text: text.to_string(),
            line: 7,
            after_break: false,
            after_separator: false,
            quoted: false,
            under_previous: false,
        }
    }

    #[test]
    fn a_signed_note_in_brackets_leaves_the_answer() {
        let mut paras = vec![para(
            "I read the small book first, if it was out. **[It was out by then. --Ana]**",
        )];
        let mut dropped = Vec::new();
        drop_signed_notes(&mut paras, &mut dropped);
        assert_eq!(paras[0].text, "I read the small book first, if it was out.");
        assert_eq!(dropped[0].text, "**[It was out by then. --Ana]**");
        assert_eq!(dropped[0].reason, Clutter::EditorsNote);
        let mut paras = vec![para("The mill [it closed in 1998. —Ed.] was my first job.")];
        drop_signed_notes(&mut paras, &mut dropped);
        assert_eq!(paras[0].text, "The mill was my first job.");
    }

    #[test]
    fn a_speakers_own_brackets_stay() {
        for text in [
            "[Ka-]Ping [Yee] was active then.",
            "That was in [1990–] the early years. [laughs]",
            "[Inaudible] and then we left -- Ana came later.",
            "She said [the plan was dead -- gone] and left.",
        ] {
            let mut paras = vec![para(text)];
            let mut dropped = Vec::new();
            drop_signed_notes(&mut paras, &mut dropped);
            assert_eq!(paras[0].text, text);
            assert!(dropped.is_empty(), "{text}");
        }
    }
}
