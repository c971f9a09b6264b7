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
pub const MIN_CHAIR_TURNS: usize = 2;

/// The fewest speakers a chaired session has: someone asking, someone answering, the chair.
const MIN_CHAIRED_SPEAKERS: usize = 3;

/// A chair's line after a guest's answer passes the floor on ("We have time for two more
/// questions.", "Thank you all."): this many words at most. A speaker who goes on at more
/// length right after a guest adds to the answer, as a second guest does.
pub const MAX_FLOOR_PASSING_WORDS: usize = 8;

/// What the chair test knows of one named speaker's labelled turns.
#[derive(Debug, Default, Clone, Copy)]
pub struct ChairTally {
    /// Labelled turns.
    pub turns: usize,
    /// Turns right after a turn that asks: the speaker is put a question.
    pub asked: usize,
    /// Turns right after another guest's turn.
    pub after_guest: usize,
    /// Of those, turns longer than [`MAX_FLOOR_PASSING_WORDS`].
    pub long_after_guest: usize,
    /// The speaker opens or closes the labelled conversation.
    pub at_edge: bool,
}

impl ChairTally {
    /// Counts one turn of the speaker: whether it follows a question or another guest's turn,
    /// and its words.
    pub fn count_turn(&mut self, asked: bool, after_guest: bool, words: usize) {
        self.turns += 1;
        self.asked += usize::from(asked);
        self.after_guest += usize::from(after_guest);
        self.long_after_guest += usize::from(after_guest && words > MAX_FLOOR_PASSING_WORDS);
    }
}

/// The speaker chairs the session: heard [`MIN_CHAIR_TURNS`] times or more, never put a
/// question, opening or closing the labelled conversation, and never adding to a guest's
/// answer: a turn right after another guest only passes the floor on, and not every turn of
/// theirs follows a guest (a second guest who always speaks after the first, and has the last
/// word, is a guest).
pub fn is_chair(t: &ChairTally) -> bool {
    t.turns >= MIN_CHAIR_TURNS
        && t.asked == 0
        && t.at_edge
        && t.long_after_guest == 0
        && t.after_guest < t.turns
}

/// Makes an interviewer of each named speaker taken for a guest who chairs the session (see
/// [`is_chair`]) while another guest is put a question. Roles the front matter gives stay as
/// they are.
pub fn chairs(paras: &[Para], speakers: &mut [Speaker], metadata: &Metadata) {
    if speakers.len() < MIN_CHAIRED_SPEAKERS
        || !speakers.iter().any(|s| s.role == Role::Interviewer)
    {
        return;
    }
    let (_, put_to) = questions_between(paras, speakers);
    let tallies = tally(paras, speakers, &put_to);
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
                && is_chair(&tallies[i])
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

/// Each speaker's [`ChairTally`] over the labelled paragraphs; `put_to` counts the questions
/// each was put.
fn tally(paras: &[Para], speakers: &[Speaker], put_to: &[usize]) -> Vec<ChairTally> {
    let of = |p: &Para| {
        let (found, rest) = super::labels::speaker_of(&p.text, speakers)?;
        let i = speakers.iter().position(|s| std::ptr::eq(s, found))?;
        Some((i, rest.split_whitespace().count()))
    };
    let turns: Vec<(usize, usize)> = paras.iter().filter_map(of).collect();
    let mut tallies = vec![ChairTally::default(); speakers.len()];
    for (k, &(i, words)) in turns.iter().enumerate() {
        let after_guest = k > 0 && {
            let before = turns[k - 1].0;
            before != i && speakers[before].role == Role::Interviewee
        };
        tallies[i].count_turn(false, after_guest, words);
    }
    for (t, &asked) in tallies.iter_mut().zip(put_to) {
        t.asked = asked;
    }
    let edges = [turns.first(), turns.last()];
    for &(i, _) in edges.into_iter().flatten() {
        tallies[i].at_edge = true;
    }
    tallies
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

    #[test]
    fn a_second_guest_who_speaks_after_the_first_stays_a_guest() {
        let body = paras(&[
            "Host: Why clay?",
            "Tom: It's cheap.",
            "Ida: And it breathes, so rooms stay dry.",
            "Host: Does it burn?",
            "Tom: No.",
            "Ida: Never, it is earth.",
        ]);
        let mut speakers = vec![
            speaker("Host", Role::Interviewer, 2),
            speaker("Tom", Role::Interviewee, 2),
            speaker("Ida", Role::Interviewee, 2),
        ];
        chairs(&body, &mut speakers, &Metadata::default());
        assert_eq!(
            speakers[2].role,
            Role::Interviewee,
            "Ida adds to Tom's answers"
        );
    }
}
