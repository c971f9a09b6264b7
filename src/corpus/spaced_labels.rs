//! Speaker labels set off without a colon: initials or a name, then a gap of two spaces or
//! more, a tab, or a dash (`BR  How did…`, `MN\tWell…`, `ANA — Sí…`, `Sue—Right.`), as typed
//! transcripts and some magazines print them. A name and a dash open prose too ("Orvane — the city…"), so such
//! labels count only when the file is laid out with them: two speakers or more, each opening
//! [`MIN_LABEL_USES`] paragraphs, taking turns. Their paragraphs then get the colon the labels
//! lack (`BR: How did…`), so the labelled layouts read them.

use std::collections::HashMap;

use super::labels::{is_name_like, opens_speech};
use super::reading::Para;

/// Each of two labels opens at least this many paragraphs: a name once before a dash is a
/// sentence's aside.
const MIN_LABEL_USES: usize = 2;

/// Share of the labelled paragraphs whose label differs from the one before: an interview's
/// speakers take turns, while names opening prose fall anywhere.
const MIN_TURN_TAKING: f64 = 0.75;

/// Share of the file's paragraphs the labels open: a transcript set this way labels most of
/// its turns, and a few dashed asides in an article are not its layout.
const MIN_LABELLED_SHARE: f64 = 0.4;

/// At most this many characters of spaces and tabs make one gap between a label and its words.
const MAX_GAP_CHARS: usize = 8;

/// Gives a colon to the gap-separated labels of a file laid out with them (see the module doc).
pub fn colon_spaced_labels(paras: &mut [Para]) {
    let strict: Vec<Option<(String, usize)>> = (paras.iter())
        .map(|p| spaced_label(&p.text, true, false))
        .collect();
    let recurring = recurring_labels(&strict);
    if recurring.len() < 2 {
        return;
    }
    let found = with_continuations(paras, strict, &recurring);
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for (label, _) in found.iter().flatten() {
        *uses.entry(label.as_str()).or_default() += 1;
    }
    let seq: Vec<&str> = found.iter().flatten().map(|(l, _)| l.as_str()).collect();
    let turns = seq.windows(2).filter(|w| w[0] != w[1]).count();
    if (turns as f64) < MIN_TURN_TAKING * (seq.len() - 1) as f64
        || (seq.len() as f64) < MIN_LABELLED_SHARE * paras.len() as f64
    {
        return;
    }
    let known: Vec<&str> = (uses.iter())
        .filter(|(_, &n)| n >= MIN_LABEL_USES)
        .map(|(l, _)| *l)
        .collect();
    let texts: Vec<Option<String>> = (paras.iter().zip(&found))
        .map(|(para, found)| {
            let (label, body_start) = found.as_ref()?;
            let body = inner_labels(&para.text[*body_start..], &known);
            Some(format!("{label}: {body}"))
        })
        .collect();
    for (para, text) in paras.iter_mut().zip(texts) {
        if let Some(text) = text {
            para.text = text;
        }
    }
}

/// The labels opening [`MIN_LABEL_USES`] paragraphs or more.
fn recurring_labels(found: &[Option<(String, usize)>]) -> Vec<String> {
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for (label, _) in found.iter().flatten() {
        *uses.entry(label.as_str()).or_default() += 1;
    }
    (uses.into_iter())
        .filter(|&(_, n)| n >= MIN_LABEL_USES)
        .map(|(l, _)| l.to_string())
        .collect()
}

/// `found` with the turns whose words go on in lowercase after a recurring label and a dash
/// (`Jess—and for me too…`): a speaker taking up the sentence someone cut into. Left out,
/// the turn would be read as the words of whoever spoke before it, and the turn-taking
/// count would miss one change of speaker.
fn with_continuations(
    paras: &[Para],
    found: Vec<Option<(String, usize)>>,
    recurring: &[String],
) -> Vec<Option<(String, usize)>> {
    (paras.iter().zip(found))
        .map(|(para, found)| {
            found.or_else(|| {
                spaced_label(&para.text, true, true).filter(|(l, _)| recurring.contains(l))
            })
        })
        .collect()
}

/// `body` with the colon given to the file's `known` labels set inside it after a sentence's
/// end ("…run now?  MO  Too much."), as a line holding two turns prints them; the run-in
/// reading then cuts the line there. Only a gap of spaces or a tab sets a label off there: a
/// name and a dash inside an answer open an aside ("I called. Ana Ruiz — She was my editor —
/// said yes.").
fn inner_labels(body: &str, known: &[&str]) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(end) = rest.find(['.', '?', '!', '…']) {
        let mark = end + rest[end..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&rest[..mark]);
        rest = &rest[mark..];
        let after = rest.trim_start_matches([' ', '\t', '\u{a0}']);
        let labelled =
            spaced_label(after, false, false).filter(|(l, _)| known.contains(&l.as_str()));
        if let (Some((label, start)), true) = (labelled, after.len() < rest.len()) {
            out.push_str(&format!(" {label}: "));
            rest = &after[start..];
        }
    }
    out.push_str(rest);
    out
}

/// The label opening `text` before a gap or a dash, and where its words start: one to three
/// name words or initials (`BR`, `Ana Ruiz`), then two spaces or more, a tab, or (when
/// `dash`, at a paragraph's start) a dash, spaced or not (`Sue—Right.`, as oral-history
/// transcripts type it), then words that open speech (or, when `continued`, any words: see
/// [`with_continuations`]).
fn spaced_label(text: &str, dash: bool, continued: bool) -> Option<(String, usize)> {
    let is_dash = |c: char| dash && (c == '—' || c == '–');
    let (end, _) = text.char_indices().find(|&(i, c)| {
        c == '\t'
            || is_dash(c)
            || (c.is_whitespace() && text[i + c.len_utf8()..].starts_with(char::is_whitespace))
    })?;
    let label = text[..end].trim_end();
    let after = &text[end..];
    let body = after.trim_start_matches(|c: char| c.is_whitespace() || is_dash(c));
    let gap = &after[..after.len() - body.len()];
    let dashes = gap.chars().filter(|&c| is_dash(c)).count();
    // A word closing a sentence before two spaces ("Nah.  That was…") is no label.
    let is_label = is_name_like(label) && !label.ends_with(['.', ',', ';', ':', '!', '?']);
    (is_label
        && dashes <= 1
        && gap.chars().count() <= MAX_GAP_CHARS
        && (opens_speech(body) || (continued && body.starts_with(char::is_alphabetic))))
    .then(|| (label.to_string(), text.len() - body.len()))
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn colon(texts: &[&str]) -> Vec<String> {
        let mut body = paras(texts);
        colon_spaced_labels(&mut body);
        body.into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn initials_before_two_spaces_or_a_tab_become_labels() {
        let got = colon(&[
            "An interview with the potter from Pedraluz.",
            "JT  Where did the clay come from?",
            "RV\tFrom the river bank behind the mill. We dug it ourselves.",
            "JT  And the kiln?",
            "RV  My uncle built it in 1961.",
        ]);
        assert_eq!(
            got,
            [
                "An interview with the potter from Pedraluz.",
                "JT: Where did the clay come from?",
                "RV: From the river bank behind the mill. We dug it ourselves.",
                "JT: And the kiln?",
                "RV: My uncle built it in 1961.",
            ]
        );
    }

    #[test]
    fn a_known_label_inside_a_line_gets_its_colon_too() {
        let got = colon(&[
            "JT  Where did the clay come from? RV  The river. Ask JT  later.",
            "RV  We dug it ourselves.",
            "JT  And the kiln?",
            "RV  My uncle built it.",
        ]);
        assert_eq!(
            got[0], "JT: Where did the clay come from? RV: The river. Ask JT  later.",
            "only after a sentence's end"
        );
        let got = colon(&[
            "Ana Ruiz — Did anyone answer?",
            "Ivo Lund — Not at first. I called. Ana Ruiz — She was my editor — said yes.",
            "Ana Ruiz — And then?",
            "Ivo Lund — Then we printed it.",
        ]);
        assert_eq!(
            got[1], "Ivo Lund: Not at first. I called. Ana Ruiz — She was my editor — said yes.",
            "a dash inside a line is an aside"
        );
    }

    #[test]
    fn names_before_a_dash_become_labels() {
        let got = colon(&[
            "ANA — ¿Cuándo abrió la librería?",
            "TOMÁS — En el invierno de 1998.",
            "ANA — ¿Y quién la llevaba?",
            "TOMÁS –  Mi hermana, al principio.",
        ]);
        assert_eq!(got[0], "ANA: ¿Cuándo abrió la librería?");
        assert_eq!(got[3], "TOMÁS: Mi hermana, al principio.");
    }

    #[test]
    fn first_names_glued_to_a_dash_become_labels_with_their_continuations() {
        let got = colon(&[
            "Corvell and Ostrander, Conversation Transcript (2 May 2011)",
            "Mara—Well, the thing about the archive is the dust.",
            "Ines—Um, funny you say that, my notes were titled Dust",
            "Mara—Because that is what it is…",
            "Ines—and for me too, as a reader, you let go of the plan.",
            "Mara—Right. Let go of the plan.",
            "Ines—Exactly. I listen to the tapes and type it all out.",
            "Ines—Then I sort the letters by year.",
        ]);
        assert_eq!(
            got[1],
            "Mara: Well, the thing about the archive is the dust."
        );
        assert_eq!(
            got[4], "Ines: and for me too, as a reader, you let go of the plan.",
            "a recurring label's turn going on in lowercase"
        );
        assert_eq!(got[7], "Ines: Then I sort the letters by year.");
        let prose = [
            "Orvane—the city was quiet that spring.",
            "Tessaly—the other city—was louder.",
            "Orvane—the city again, years later.",
            "Tessaly—the last city.",
        ];
        assert_eq!(
            colon(&prose),
            prose,
            "no label opens speech: nothing recurs"
        );
    }

    #[test]
    fn dashed_asides_in_prose_stay_as_written() {
        let original = [
            "Orvane — The city was quiet that spring.",
            "She left in May. Nobody asked why.",
            "Tessaly — Another city, another winter.",
            "The letters stopped after that.",
            "Orvane — A second visit, years later.",
        ];
        assert_eq!(colon(&original), original, "one recurring name, no turns");
        let runs = [
            "JT  Where?",
            "JT  When?",
            "JT  Why?",
            "RV  Here.",
            "RV  Now.",
            "RV  Because.",
        ];
        assert_eq!(colon(&runs), runs, "labels that do not take turns");
    }

    #[test]
    fn a_single_space_is_no_gap() {
        let original = [
            "Ana Ruiz said yes.",
            "Tomás Vidal said no.",
            "Ana Ruiz left.",
            "Tomás Vidal stayed.",
        ];
        assert_eq!(colon(&original), original);
    }
}
