//! A speaker label left alone on its line once ("JH:" over a list the reply is made of), in a
//! file whose turns otherwise carry the same label before their words ("JH: I do…"). The
//! label opens the reply below it; read alone it labels nothing, and the reply would run on
//! from the question above.

use super::cues::is_heading;
use super::forms::lone_label;
use super::labels::split_label;
use super::reading::Para;

/// The label opens this many other paragraphs at least before its line alone counts as that
/// speaker's: a heading ending with a colon ("Notes:") opens none.
const MIN_LABEL_USES: usize = 2;

/// Joins each paragraph that is only a label the file uses elsewhere to the paragraph after
/// it ("JH:" / "* It is the place…" as "JH: * It is the place…").
pub fn join_used_lone_labels(paras: &mut Vec<Para>) {
    let uses = |label: &str| {
        paras
            .iter()
            .filter_map(|p| split_label(&p.text))
            .filter(|l| !l.body.trim().is_empty() && l.label.eq_ignore_ascii_case(label))
            .count()
    };
    let lone: Vec<bool> = paras
        .iter()
        .map(|p| lone_label(&p.text).is_some_and(|label| uses(label) >= MIN_LABEL_USES))
        .collect();
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    let mut label_above = false;
    for (para, is_lone) in paras.drain(..).zip(lone) {
        match out.last_mut() {
            Some(label) if label_above && !is_lone && !is_heading(&para.text) => {
                let name = lone_label(&label.text).unwrap_or_default().to_string();
                label.text = format!("{name}: {}", para.text);
                label_above = false;
            }
            _ => {
                out.push(para);
                label_above = is_lone;
            }
        }
    }
    *paras = out;
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn a_label_the_file_uses_opens_the_reply_under_it() {
        let mut body = paras(&[
            "KB: Why the sea?",
            "WC: Because of my father.",
            "KB: And now?",
            "WC: Still the sea.",
            "KB: Three reasons to go?",
            "WC:",
            "* the light",
        ]);
        join_used_lone_labels(&mut body);
        let texts: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.last(), Some(&"WC: * the light"));
        assert_eq!(texts.len(), 6);
        // A colon closing a heading-like line the file never uses as a label stays.
        let mut notes = paras(&["Notes:", "Two things."]);
        join_used_lone_labels(&mut notes);
        assert_eq!(notes.len(), 2);
    }
}
