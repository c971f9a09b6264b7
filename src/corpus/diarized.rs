//! Numbered voices of an automatic transcript (`Speaker 1:` … `Speaker 4:`), where the tool
//! may split one person into two numbers: a host heard as `Speaker 1` and `Speaker 3`, a
//! guest as `Speaker 2` and `Speaker 4`. The side of each voice is read from the turns: a
//! voice whose questions others take up and to whom no question leads asks, as does the voice
//! opening the conversation when nobody asks it anything; the voices the questions lead to
//! answer.

use super::askers::questions_between;
use super::cues::ends_with_question_mark;
use super::forms::{is_placeholder, lone_label};
use super::labels::speaker_of;
use super::reading::{Para, Role, Speaker};

/// Numbered voices needed before one person may be heard under two numbers: with two, each
/// is one side.
const MIN_VOICES: usize = 3;

/// The guest of a show with several hosts says at least this share of all the words.
const GUEST_WORD_SHARE: f64 = 0.5;

/// Every host's turns run, on average, to less than this share of the guest's: the hosts
/// ask and react, the guest answers at length.
const HOST_TURN_SHARE: f64 = 0.34;

/// Makes an interviewer of every numbered voice that asks (or opens the conversation) and is
/// never asked, when all speakers are numbered voices of one tool and at least one voice that
/// is asked stays the interviewee. A show of several hosts and one guest is read from the
/// length of the turns first ([`one_guest_at_length`]).
pub fn split_voices(paras: &[Para], speakers: &mut [Speaker]) {
    if speakers.len() < MIN_VOICES || !speakers.iter().all(|s| is_numbered_voice(&s.label)) {
        return;
    }
    if let Some(guest) = one_guest_at_length(paras, speakers) {
        for (i, speaker) in speakers.iter_mut().enumerate() {
            speaker.role = if i == guest {
                Role::Interviewee
            } else {
                Role::Interviewer
            };
        }
        return;
    }
    let (_, put_to) = questions_between(paras, speakers);
    let asked = turns_ending_asking(paras, speakers);
    let opener = speakers
        .iter()
        .enumerate()
        .min_by_key(|(_, s)| s.line)
        .map(|(i, _)| i);
    let hosts: Vec<bool> = (0..speakers.len())
        .map(|i| put_to[i] == 0 && (asked[i] > 0 || Some(i) == opener))
        .collect();
    let guest_stays = (0..speakers.len()).any(|i| !hosts[i] && put_to[i] > 0);
    if !guest_stays || hosts.iter().all(|h| !h) {
        return;
    }
    for (speaker, host) in speakers.iter_mut().zip(hosts) {
        speaker.role = if host {
            Role::Interviewer
        } else {
            Role::Interviewee
        };
    }
}

/// A transcription tool's numbered voice (`Speaker 2`, `SPEAKER_01`).
pub fn is_numbered_voice(label: &str) -> bool {
    is_placeholder(label) && label.split([' ', '_']).count() == 2
}

/// The voice that answers at length while every other voice speaks briefly (a show of
/// several hosts and one guest, the hosts' voices sometimes mixed up by the tool): it says
/// [`GUEST_WORD_SHARE`] of the words or more, and every other voice asks (a turn ending with
/// `?`) and its turns are, on average, under [`HOST_TURN_SHARE`] of the length of its turns.
/// A voice that never asks is the guest's own, split off by the tool.
fn one_guest_at_length(paras: &[Para], speakers: &[Speaker]) -> Option<usize> {
    let mut words = vec![0usize; speakers.len()];
    let mut current: Option<usize> = None;
    for p in paras {
        let text = match speaker_of(&p.text, speakers) {
            Some((s, body)) => {
                current = speakers.iter().position(|t| std::ptr::eq(t, s));
                body
            }
            None => p.text.as_str(),
        };
        if let Some(i) = current {
            words[i] += text.split_whitespace().count();
        }
    }
    let total: usize = words.iter().sum();
    let guest = (0..speakers.len()).max_by_key(|&i| words[i])?;
    let mean = |i: usize| words[i] as f64 / speakers[i].count.max(1) as f64;
    let asks = turns_ending_asking(paras, speakers);
    let brief = (0..speakers.len())
        .filter(|&i| i != guest)
        .all(|i| mean(i) < HOST_TURN_SHARE * mean(guest) && asks[i] > 0);
    (words[guest] as f64 >= GUEST_WORD_SHARE * total as f64 && brief).then_some(guest)
}

/// Per voice: how many of its turns end with a question, taken up or not (a transcript cut
/// after a question still shows who asked it).
fn turns_ending_asking(paras: &[Para], speakers: &[Speaker]) -> Vec<usize> {
    let mut asks = vec![0usize; speakers.len()];
    let mut turn: Option<(usize, bool)> = None;
    let mut close = |turn: Option<(usize, bool)>| {
        if let Some((i, true)) = turn {
            asks[i] += 1;
        }
    };
    for p in paras {
        let labelled = speaker_of(&p.text, speakers)
            .and_then(|(s, body)| Some((speakers.iter().position(|t| std::ptr::eq(t, s))?, body)));
        match labelled {
            Some((i, body)) => {
                close(turn.take());
                turn = Some((i, ends_with_question_mark(body)));
            }
            // A speaker line left without words (the text cut there) ends the turn.
            None if lone_label(&p.text).is_some() => close(turn.take()),
            None => {
                if let Some((_, asking)) = turn.as_mut() {
                    *asking = ends_with_question_mark(&p.text);
                }
            }
        }
    }
    close(turn);
    asks
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn voices(n: usize) -> Vec<Speaker> {
        (0..n)
            .map(|i| Speaker {
                label: format!("SPEAKER_0{i}"),
                role: Role::Interviewee,
                count: 0,
                line: 1 + 2 * i,
            })
            .collect()
    }

    fn counted(mut speakers: Vec<Speaker>, body: &[Para]) -> Vec<Speaker> {
        for s in &mut speakers {
            let label = format!("{}:", s.label);
            s.count = body.iter().filter(|p| p.text.starts_with(&label)).count();
        }
        speakers
    }

    const LONG: &str = "Well, the lamp needs oil every night and the lens needs \
        polishing every morning, and between the two there is the clockwork that turns the \
        light, which my grandfather wound by hand for forty years without missing a night.";

    #[test]
    fn the_voice_answering_at_length_is_the_guest_and_the_others_ask() {
        let text = |v: usize, words: &str| format!("SPEAKER_0{v}: {words}");
        let lines = [
            text(0, "Welcome, everyone. Who is with us today?"),
            text(1, "Our guest keeps a lighthouse. Is that right?"),
            text(2, LONG),
            text(1, "What does a night look like?"),
            text(2, LONG),
            text(0, "And the fog, right?"),
            text(2, LONG),
        ];
        let body = paras(&lines.iter().map(String::as_str).collect::<Vec<_>>());
        let mut speakers = counted(voices(3), &body);
        split_voices(&body, &mut speakers);
        let roles: Vec<Role> = speakers.iter().map(|s| s.role).collect();
        assert_eq!(
            roles,
            [Role::Interviewer, Role::Interviewer, Role::Interviewee]
        );
    }

    #[test]
    fn a_brief_voice_that_never_asks_is_the_guest_split_by_the_tool() {
        let text = |v: usize, words: &str| format!("SPEAKER_0{v}: {words}");
        let lines = [
            text(0, "Ida Brenn, welcome to the show."),
            text(1, "Thank you, glad to be here."),
            text(0, "So how true is the old novel?"),
            text(1, "Partly, you know."),
            text(2, LONG),
            text(0, "And the fog?"),
            text(2, LONG),
        ];
        let body = paras(&lines.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(one_guest_at_length(&body, &counted(voices(3), &body)), None);
    }
}
