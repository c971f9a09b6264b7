//! Who asks in a file whose labels name only the people answering: a conversation with two
//! or more guests (`**Helena Prates:**`, `**Rita Lobato:**`) whose questions are headings or
//! bold paragraphs without a label. Without this, the rhythm rule would make the guest with
//! the shorter answers the interviewer.

use super::clean::strip_emphasis;
use super::cues::{asks_something, is_bold, is_heading};
use super::labels::{is_generic, same_speaker, speaker_of};
use super::reading::{Para, Role, Speaker};
use super::Metadata;

/// Unlabelled prompts (headings or bold paragraphs that ask) needed before they, not a
/// label, are taken as the file's questions.
const MIN_UNLABELLED_PROMPTS: usize = 2;

/// A label whose paragraphs ask at least this often is an asker after all.
const ASKING_SHARE: f64 = 0.5;

/// Makes every speaker an interviewee when the file asks with unlabelled headings or bold
/// paragraphs and the speaker taken for the interviewer was chosen by rhythm alone (no
/// label meaning, no front matter, its paragraphs rarely ask).
pub fn guests_only(paras: &[Para], speakers: &mut [Speaker], metadata: &Metadata) {
    let prompts = paras
        .iter()
        .filter(|p| {
            let typographic = is_heading(&p.text) || is_bold(&p.text);
            typographic
                && asks_something(strip_emphasis(&p.text))
                && speaker_of(&p.text, speakers).is_none()
        })
        .count();
    if prompts < MIN_UNLABELLED_PROMPTS {
        return;
    }
    let named_asker = |s: &Speaker| {
        is_generic(&s.label)
            || [&metadata.interviewer, &metadata.outlet]
                .into_iter()
                .flatten()
                .any(|name| same_speaker(&s.label, name))
    };
    let asks = |s: &Speaker| {
        let (mut asked, mut total) = (0usize, 0usize);
        for p in paras {
            if let Some((found, body)) = speaker_of(&p.text, speakers) {
                if same_speaker(&found.label, &s.label) {
                    total += 1;
                    asked += usize::from(asks_something(body));
                }
            }
        }
        asked as f64 >= ASKING_SHARE * total.max(1) as f64
    };
    let chosen_by_rhythm = speakers
        .iter()
        .filter(|s| s.role == Role::Interviewer)
        .all(|s| !named_asker(s) && !asks(s));
    if chosen_by_rhythm {
        for speaker in speakers.iter_mut() {
            speaker.role = Role::Interviewee;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn speaker(label: &str, role: Role) -> Speaker {
        Speaker {
            label: label.to_string(),
            role,
            count: 2,
            line: 1,
        }
    }

    #[test]
    fn heading_questions_make_every_label_a_guest() {
        let body = paras(&[
            "### How did it start?",
            "**Helena:** On a beach.",
            "**Rita:** With a map.",
            "### Was it hard?",
            "**Helena:** Very hard, nobody wanted it.",
            "**Rita:** Yes.",
        ]);
        let mut speakers = [
            speaker("Helena", Role::Interviewee),
            speaker("Rita", Role::Interviewer),
        ];
        guests_only(&body, &mut speakers, &Metadata::default());
        assert!(speakers.iter().all(|s| s.role == Role::Interviewee));
        let mut asking = [speaker("Q", Role::Interviewer)];
        guests_only(&body, &mut asking, &Metadata::default());
        assert_eq!(asking[0].role, Role::Interviewer);
    }
}
