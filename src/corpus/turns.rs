//! The turns of a reading as the interview keeps them: each drafted question with its answer
//! paragraphs, who said each paragraph, and their lines; names a page repeats inside a
//! labelled turn ("Q: Gabby Coll: …") and an editor's notes inside an answer are not quoted.

use super::askers::{sole_guest, speakers};
use super::labels::{same_speaker, split_label};
use super::layout::Assembled;
use super::notes::without_editor_notes;
use super::reading::{Speaker, TurnLines};
use super::{Metadata, Turn};

/// The turns and their lines; the front matter and the label of the only answering speaker
/// both name the interviewee.
pub fn turns(
    assembled: &Assembled,
    (metadata, labels): (&Metadata, &[Speaker]),
    texts: &[&str],
) -> (Vec<Turn>, Vec<TurnLines>) {
    let guest = sole_guest(labels);
    // A page that labels its first exchange with the people's names ("Q: Gabby Coll: …",
    // "A: Amina Harper: …" once imported) names them again inside the turn.
    let asking: Vec<&str> = [&metadata.interviewer, &metadata.outlet]
        .into_iter()
        .filter_map(Option::as_deref)
        .collect();
    let answering: Vec<&str> = metadata.interviewee.as_deref().into_iter().collect();
    let (asking, answering) = (&asking[..], &answering[..]);
    assembled
        .turns
        .iter()
        .map(|draft| {
            (
                Turn {
                    question: without_name_label(&draft.question, asking).to_string(),
                    answer: draft
                        .answer
                        .iter()
                        .enumerate()
                        .map(|(i, (t, _))| {
                            let named = if i == 0 { answering } else { &[][..] };
                            without_editor_notes(without_name_label(t, named))
                        })
                        .collect(),
                    line: draft.line,
                    speakers: speakers(draft, (metadata, guest.as_deref()), texts),
                },
                TurnLines {
                    question: draft.line,
                    answer: draft.answer.iter().map(|(_, l)| *l).collect(),
                },
            )
        })
        .unzip()
}

/// `text` without a leading label that names one of `names` (`Gabby Coll: MPLSART profiled
/// you…` when Gabby Coll asks); other text as it is.
pub fn without_name_label<'a>(text: &'a str, names: &[&str]) -> &'a str {
    match split_label(text) {
        Some(l) if !l.period && names.iter().any(|n| same_speaker(&l.label, n)) => l.body,
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_label_naming_one_of_the_people_is_removed() {
        assert_eq!(
            without_name_label("Gabby Coll: What happened since then?", &["Gabby Coll"]),
            "What happened since then?"
        );
        assert_eq!(
            without_name_label("Ana Ruiz: yes.", &["Tom Bell"]),
            "Ana Ruiz: yes."
        );
    }
}
