//! The turns of a reading as the interview keeps them: each drafted question with its answer
//! paragraphs, who said each paragraph, and their lines; names a page repeats inside a
//! labelled turn ("Q: Mara Quist: …") and an editor's notes inside an answer are not quoted.

use super::askers::{sole_guest, speakers};
use super::forms::is_placeholder;
use super::labels::{same_speaker, split_label};
use super::layout::{Assembled, Draft};
use super::marked_list::without_bullet;
use super::notes::without_editor_notes;
use super::reading::{Speaker, TurnLines};
use super::vocative::addressed_guest;
use super::{Metadata, Turn};

/// The turns and their lines; the front matter and the label of the only answering speaker
/// both name the interviewee.
pub fn turns(
    assembled: &Assembled,
    (metadata, labels): (&Metadata, &[Speaker]),
    texts: &[&str],
) -> (Vec<Turn>, Vec<TurnLines>) {
    let guest = sole_guest(labels);
    // A page that labels its first exchange with the people's names ("Q: Mara Quist: …",
    // "A: Ines Varga: …" once imported) names them again inside the turn.
    let asking: Vec<&str> = [&metadata.interviewer, &metadata.outlet]
        .into_iter()
        .filter_map(Option::as_deref)
        .collect();
    let answering: Vec<&str> = metadata.interviewee.as_deref().into_iter().collect();
    let (asking, answering) = (&asking[..], &answering[..]);
    // A panel numbered by a transcription tool: the voice answering first is the interviewee;
    // another one is the guest a question turns to, named from the greeting.
    let primary = (assembled.turns.first())
        .and_then(|t| t.speakers.first().cloned().flatten())
        .filter(|l| is_placeholder(l));
    let known: Vec<&str> = (texts.iter().copied())
        .chain(assembled.turns.first().map(|t| t.question.as_str()))
        .collect();
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
                            without_editor_notes(without_bullet(without_name_label(t, named)))
                        })
                        .collect(),
                    line: draft.line,
                    speakers: panel_voices(
                        speakers(draft, (metadata, guest.as_deref()), texts),
                        draft,
                        (primary.as_deref(), &known),
                    ),
                },
                TurnLines {
                    question: draft.line,
                    answer: draft.answer.iter().map(|(_, l)| *l).collect(),
                },
            )
        })
        .unzip()
}

/// The speakers of a turn's answer paragraphs with a panel's other numbered voices named when
/// the question turns to them (`Speaker 3` after "Lars, what are you working on?" is Lars
/// Berg, not the interviewee).
fn panel_voices(
    mut named: Vec<Option<String>>,
    draft: &Draft,
    (primary, known): (Option<&str>, &[&str]),
) -> Vec<Option<String>> {
    let Some(primary) = primary else {
        return named;
    };
    // The one voice the question turns to: a second numbered voice answering too is not that
    // person as well.
    let mut turned_to: Option<&str> = None;
    for (i, label) in draft.speakers.iter().enumerate() {
        let Some(label) = label
            .as_deref()
            .filter(|l| is_placeholder(l) && *l != primary)
        else {
            continue;
        };
        if turned_to.is_some_and(|t| t != label) {
            continue;
        }
        // A transcription tool may number one person anew after a break: only a question
        // turning to someone by name says a new guest answers.
        let Some(voice) = addressed_guest(&draft.question, known) else {
            continue;
        };
        if named.is_empty() {
            named = vec![None; draft.speakers.len()];
        }
        named[i] = Some(voice);
        turned_to = Some(label);
    }
    named
}

/// `text` without a leading label that names one of `names` (`Mara Quist: MPLSART profiled
/// you…` when Mara Quist asks); other text as it is.
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
            without_name_label("Mara Quist: What happened since then?", &["Mara Quist"]),
            "What happened since then?"
        );
        assert_eq!(
            without_name_label("Ana Ruiz: yes.", &["Tom Bell"]),
            "Ana Ruiz: yes."
        );
    }

    #[test]
    fn only_the_first_other_voice_is_the_guest_the_question_turns_to() {
        let draft = Draft {
            question: "Thanks, Eva. Lars, what are you working on?".to_string(),
            line: 1,
            answer: vec![("Bells.".to_string(), 2), ("And whistles.".to_string(), 3)],
            speakers: vec![Some("Speaker 3".to_string()), Some("Speaker 4".to_string())],
            ..Draft::default()
        };
        let known = ["Today: Eva Holm and Lars Berg."];
        let named = panel_voices(Vec::new(), &draft, (Some("Speaker 2"), &known));
        assert_eq!(named, [Some("Lars Berg".to_string()), None]);
    }
}
