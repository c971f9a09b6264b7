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

/// Makes an interviewer of every numbered voice that asks (or opens the conversation) and is
/// never asked, when all speakers are numbered voices of one tool and at least one voice that
/// is asked stays the interviewee.
pub fn split_voices(paras: &[Para], speakers: &mut [Speaker]) {
    let numbered = |s: &Speaker| is_placeholder(&s.label) && s.label.split([' ', '_']).count() == 2;
    if speakers.len() < MIN_VOICES || !speakers.iter().all(numbered) {
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
