//! The chair of a press briefing, a hearing or a panel (`MS. OKAFOR: We have time for two
//! more.`): a named speaker who opens or closes the session and hands the floor over, but is
//! never the one a question is put to. Taken for a guest, their remarks would be quoted as
//! answers; they belong to the asking side, with the reporters' `Q:` and the host.

use super::askers::questions_between;
use super::labels::{is_nameless, same_speaker};
use super::reading::{Para, Role, Speaker};
use super::Metadata;

/// A chair speaks at least this often (opening the session, then handing over or closing it);
/// a speaker heard once may be a guest cut short.
const MIN_CHAIR_TURNS: usize = 2;

/// The fewest speakers a chaired session has: someone asking, someone answering, the chair.
const MIN_CHAIRED_SPEAKERS: usize = 3;

/// Makes an interviewer of each named speaker taken for a guest who is never put a question
/// (no labelled turn of theirs follows a turn that asks) while another guest is, and who opens
/// or closes the labelled conversation. Roles the front matter gives stay as they are.
pub fn chairs(paras: &[Para], speakers: &mut [Speaker], metadata: &Metadata) {
    if speakers.len() < MIN_CHAIRED_SPEAKERS
        || !speakers.iter().any(|s| s.role == Role::Interviewer)
    {
        return;
    }
    let (_, put_to) = questions_between(paras, speakers);
    let (first, last) = first_and_last(paras, speakers);
    let named = |s: &Speaker| {
        [&metadata.interviewee, &metadata.interviewer]
            .into_iter()
            .flatten()
            .any(|name| same_speaker(&s.label, name))
    };
    let chair: Vec<bool> = (0..speakers.len())
        .map(|i| {
            let s = &speakers[i];
            s.role == Role::Interviewee
                && !is_nameless(&s.label)
                && !named(s)
                && s.count >= MIN_CHAIR_TURNS
                && put_to[i] == 0
                && (first == Some(i) || last == Some(i))
        })
        .collect();
    let guest_stays = (0..speakers.len())
        .any(|i| !chair[i] && speakers[i].role == Role::Interviewee && put_to[i] > 0);
    if !guest_stays {
        return;
    }
    for (speaker, chairs) in speakers.iter_mut().zip(chair) {
        if chairs {
            speaker.role = Role::Interviewer;
        }
    }
}

/// The speakers of the first and the last labelled paragraphs.
fn first_and_last(paras: &[Para], speakers: &[Speaker]) -> (Option<usize>, Option<usize>) {
    let of = |p: &Para| {
        let (found, _) = super::labels::speaker_of(&p.text, speakers)?;
        speakers.iter().position(|s| std::ptr::eq(s, found))
    };
    (paras.iter().find_map(of), paras.iter().rev().find_map(of))
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn speaker(label: &str, role: Role, count: usize) -> Speaker {
        Speaker {
            label: label.to_string(),
            role,
            count,
            line: 1,
        }
    }

    fn briefing() -> Vec<Para> {
        paras(&[
            "MS. OKAFOR: Good afternoon. Two officials will take questions.",
            "DR. STOKES: The water has dropped by forty centimetres.",
            "Q: How many homes lack water?",
            "DR. STOKES: About eleven hundred.",
            "Q: And the cost?",
            "THE MINISTER: Forty million.",
            "MS. OKAFOR: Thank you all.",
        ])
    }

    #[test]
    fn a_chair_who_is_never_asked_joins_the_askers() {
        let mut speakers = vec![
            speaker("MS. OKAFOR", Role::Interviewee, 2),
            speaker("DR. STOKES", Role::Interviewee, 2),
            speaker("Q", Role::Interviewer, 2),
            speaker("THE MINISTER", Role::Interviewee, 1),
        ];
        chairs(&briefing(), &mut speakers, &Metadata::default());
        let roles: Vec<Role> = speakers.iter().map(|s| s.role).collect();
        assert_eq!(
            roles,
            [
                Role::Interviewer,
                Role::Interviewee,
                Role::Interviewer,
                Role::Interviewee
            ]
        );
    }

    #[test]
    fn a_guest_who_answers_stays_a_guest() {
        let body = paras(&[
            "Ana Ruiz: Welcome. Why clay?",
            "Tom Hale: It is cheap.",
            "Ida Brenn: And it breathes.",
            "Ana Ruiz: Does it burn?",
            "Ida Brenn: No.",
            "Tom Hale: Never.",
        ]);
        let mut speakers = vec![
            speaker("Ana Ruiz", Role::Interviewer, 2),
            speaker("Tom Hale", Role::Interviewee, 2),
            speaker("Ida Brenn", Role::Interviewee, 2),
        ];
        chairs(&body, &mut speakers, &Metadata::default());
        assert_eq!(
            speakers[1].role,
            Role::Interviewee,
            "Tom Hale is put a question"
        );
        assert_eq!(speakers[2].role, Role::Interviewee);
    }
}
