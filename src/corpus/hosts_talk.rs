//! A show of several hosts and one guest, as a transcription tool numbers its voices
//! (`SPEAKER_00:` … `SPEAKER_03:`): the hosts also talk among themselves (the welcome, a
//! sponsor's message, one host teasing another). The guest answers only the last host who
//! spoke before them; what the other hosts said in the run of host turns before it was said
//! among the hosts, and a host's short reaction between two turns of the guest ("Hello!",
//! "Thanks for listening!") interrupts nobody. Neither is a question nor the guest's words.

use super::cues::{asks_something, sentence_pieces, words, SENTENCE_ENDS};
use super::diarized::is_numbered_voice;
use super::labels::{speaker_of, split_label};
use super::named_hosts::{is_greeting, is_hosted_show};
use super::reading::{Clutter, Dropped, Para, Role, Speaker};
use super::thanks::opens_with_thanks;

/// A host's reaction that asks nothing runs to this many words at most ("Yeah.", "Mm-hm.").
const REACTION_MAX_WORDS: usize = 2;

/// An exclamation that asks nothing runs to this many words at most when it is a reaction
/// ("Thanks for listening!", "Oh, that's great!").
const EXCLAMATION_MAX_WORDS: usize = 4;

/// Drops the hosts' talk among themselves and their reactions, in a file whose speakers are
/// all numbered voices, two or more of them hosts and one the guest.
pub fn drop_hosts_talk(paras: &mut Vec<Para>, speakers: &[Speaker], dropped: &mut Vec<Dropped>) {
    let hosts = speakers
        .iter()
        .filter(|s| s.role == Role::Interviewer)
        .count();
    let guests = speakers.len() - hosts;
    let labelled: Vec<(&str, usize)> = paras.iter().map(|p| (p.text.as_str(), p.line)).collect();
    let voices = speakers.iter().all(|s| is_numbered_voice(&s.label));
    if hosts < 2 || guests != 1 || !(voices || is_hosted_show(&labelled, speakers)) {
        return;
    }
    let turns = turns(paras, speakers);
    let mut drop = vec![None; paras.len()];
    let mut run: Vec<&Turn> = Vec::new();
    // A named show's guest greets before coming in ("Hello?" / "Is this Ada?" / "Yes."): the
    // greetings go as interjections, and the hosts' run goes on to the question answered.
    let mut greeting = !voices;
    for turn in &turns {
        if turn.host {
            run.push(turn);
            continue;
        }
        let body = split_label(&paras[turn.first].text).map_or("", |l| l.body);
        greeting &= turn.end == turn.first + 1
            && (is_greeting(body)
                || (thanks_for_welcome(body) && run.last().is_some_and(|t| welcomes(t, paras))));
        if greeting {
            drop[turn.first] = Some(Clutter::Interjection);
            continue;
        }
        mark_run(&run, paras, &mut drop);
        run.clear();
    }
    let mut kept = Vec::with_capacity(paras.len());
    for (para, reason) in paras.drain(..).zip(drop) {
        match reason {
            Some(reason) => dropped.push(Dropped {
                line: para.line,
                text: para.text,
                reason,
            }),
            None => kept.push(para),
        }
    }
    *paras = kept;
}

/// A guest's reply to being welcomed runs to this many words at most, in one sentence ("Thank
/// you so much for having me on the show."): longer, the guest has begun to say something.
const MAX_WELCOME_REPLY_WORDS: usize = 15;

/// A guest's turn of one short sentence ([`MAX_WELCOME_REPLY_WORDS`]) that opens with a word
/// of thanks of the file's language ("Thank you so much for having me.", "Gracias por
/// invitarme.") or only greets ([`is_greeting`]): said to a host's welcome ([`welcomes`]), it
/// answers no question, so the hosts' run goes on to the question the guest answers.
fn thanks_for_welcome(body: &str) -> bool {
    let inner = body.trim_end_matches(['.', '!', ' ']);
    let one_sentence = words(body) <= MAX_WELCOME_REPLY_WORDS && !inner.contains(['.', '!', '?']);
    one_sentence && (opens_with_thanks(body) || is_greeting(body))
}

/// The host's turn ends by welcoming or greeting the guest ("Our guest mends organs. Ada Lu,
/// welcome."): its last sentence asks nothing and is a greeting ([`is_greeting`]). A prompt
/// ("Ada Lu, tell us how you started.") is longer, and the guest's reply answers it.
fn welcomes(turn: &Turn, paras: &[Para]) -> bool {
    let text = &paras[turn.end - 1].text;
    let body = split_label(text).map_or(text.as_str(), |l| l.body);
    let last = sentence_pieces(body, &SENTENCE_ENDS)
        .last()
        .map_or(body, str::trim);
    !asks(turn, paras) && is_greeting(last)
}

/// The host's turn asks the guest something: the guest answers the last host who spoke.
fn asks(turn: &Turn, paras: &[Para]) -> bool {
    (turn.first..turn.end).any(|i| {
        let text = &paras[i].text;
        asks_something(split_label(text).map_or(text.as_str(), |l| l.body))
    })
}

/// One speaker's turn: its labelled paragraph and the unlabelled ones after it.
struct Turn {
    /// Index of the labelled paragraph (the first of the turn).
    first: usize,
    /// One past the turn's last paragraph.
    end: usize,
    /// The voice's index among the speakers.
    voice: usize,
    /// A host says it.
    host: bool,
}

/// The file's turns; paragraphs before the first label belong to none.
fn turns(paras: &[Para], speakers: &[Speaker]) -> Vec<Turn> {
    let mut out: Vec<Turn> = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        let voice = speaker_of(&p.text, speakers)
            .and_then(|(s, _)| speakers.iter().position(|t| std::ptr::eq(t, s)));
        match (voice, out.last_mut()) {
            (Some(voice), _) => out.push(Turn {
                first: i,
                end: i + 1,
                voice,
                host: speakers[voice].role == Role::Interviewer,
            }),
            (None, Some(turn)) => turn.end = i + 1,
            (None, None) => {}
        }
    }
    out
}

/// In a run of host turns right before the guest speaks, marks every turn but the last
/// host's question (its turns at the end of the run, reactions after it left out): the
/// reactions as interjections, the rest as the hosts' talk. A run of reactions only is
/// dropped whole: the guest goes on.
fn mark_run(run: &[&Turn], paras: &[Para], drop: &mut [Option<Clutter>]) {
    let reacts = |t: &Turn| t.end == t.first + 1 && is_reaction(&paras[t.first].text);
    let asking = run.iter().rposition(|t| !reacts(t));
    let mut start = asking.unwrap_or(run.len());
    while let Some(k) = asking {
        if start == 0 || run[start - 1].voice != run[k].voice {
            break;
        }
        start -= 1;
    }
    for (k, turn) in run.iter().enumerate() {
        let reason = match asking {
            Some(a) if (start..=a).contains(&k) => continue,
            _ if reacts(turn) => Clutter::Interjection,
            _ => Clutter::HostsTalk,
        };
        for slot in &mut drop[turn.first..turn.end] {
            *slot = Some(reason);
        }
    }
}

/// A host's reaction: a word or two, or a short exclamation, that asks nothing.
fn is_reaction(labelled: &str) -> bool {
    let body = labelled.split_once(':').map_or(labelled, |(_, b)| b).trim();
    let exclaims = body.ends_with('!') && words(body) <= EXCLAMATION_MAX_WORDS;
    !asks_something(body) && (words(body) <= REACTION_MAX_WORDS || exclaims)
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn voice(n: usize, role: Role) -> Speaker {
        Speaker {
            label: format!("SPEAKER_0{n}"),
            role,
            count: 2,
            line: 1,
        }
    }

    #[test]
    fn the_guest_answers_the_last_host_and_the_hosts_banter_goes() {
        let mut body = paras(&[
            "SPEAKER_00: Welcome to the show, I am Ida.",
            "SPEAKER_01: And I am Tom.",
            "SPEAKER_00: Our guest builds lighthouses. Why lighthouses?",
            "SPEAKER_02: Hello!",
            "SPEAKER_03: Because my grandfather kept one, and I grew up on its stairs.",
            "SPEAKER_01: Thanks for listening!",
            "SPEAKER_03: The stairs taught me more than school.",
            "SPEAKER_01: A word from our sponsor, the ferry company.",
            "SPEAKER_02: So what broke first?",
            "SPEAKER_03: The lens, always the lens.",
        ]);
        let speakers = [
            voice(0, Role::Interviewer),
            voice(1, Role::Interviewer),
            voice(2, Role::Interviewer),
            voice(3, Role::Interviewee),
        ];
        let mut dropped = Vec::new();
        drop_hosts_talk(&mut body, &speakers, &mut dropped);
        let kept: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            kept,
            [
                "SPEAKER_00: Our guest builds lighthouses. Why lighthouses?",
                "SPEAKER_03: Because my grandfather kept one, and I grew up on its stairs.",
                "SPEAKER_03: The stairs taught me more than school.",
                "SPEAKER_02: So what broke first?",
                "SPEAKER_03: The lens, always the lens.",
            ]
        );
        let reasons: Vec<Clutter> = dropped.iter().map(|d| d.reason).collect();
        assert_eq!(
            reasons,
            [
                Clutter::HostsTalk,
                Clutter::HostsTalk,
                Clutter::Interjection,
                Clutter::Interjection,
                Clutter::HostsTalk,
            ]
        );
    }

    #[test]
    fn named_hosts_who_introduce_themselves_lose_their_talk_among_themselves() {
        let mut body = paras(&[
            "RUTH MAE: Hi, I'm Ruth Mae.",
            "OLE BRUN: And I'm Ole Brun. Ruth, this week's guest carves boats. Pia, hello.",
            "PIA SOLL: Hello!",
            "RUTH MAE: Pia, why boats?",
            "PIA SOLL: My father carved them, and I kept his knives.",
        ]);
        let named = |label: &str, role| Speaker {
            label: label.to_string(),
            role,
            count: 2,
            line: 1,
        };
        let mut speakers = [
            named("RUTH MAE", Role::Interviewer),
            named("OLE BRUN", Role::Interviewer),
            named("PIA SOLL", Role::Interviewee),
        ];
        let mut dropped = Vec::new();
        drop_hosts_talk(&mut body, &speakers, &mut dropped);
        // The hosts' greetings go, and so does the guest's: it answers no question.
        let reasons: Vec<Clutter> = dropped.iter().map(|d| d.reason).collect();
        let (talk, greeting) = (Clutter::HostsTalk, Clutter::Interjection);
        assert_eq!(reasons, [talk, talk, greeting]);
        assert_eq!(body.len(), 2);
        assert!(body[0].text.starts_with("RUTH MAE: Pia, why boats?"));
        // A second host left as the guest makes no hosted show: nothing goes.
        speakers[1].role = Role::Interviewee;
        drop_hosts_talk(&mut body, &speakers, &mut dropped);
        assert_eq!(body.len(), 2);
    }

    #[test]
    fn thanks_for_a_welcome_answers_no_question() {
        let named = |label: &str, role| Speaker {
            label: label.to_string(),
            role,
            count: 2,
            line: 1,
        };
        let speakers = [
            named("IDA BERG", Role::Interviewer),
            named("TOM ROE", Role::Interviewer),
            named("ADA LU", Role::Interviewee),
        ];
        let show = |thanks: &str| {
            let mut body = paras(&[
                "IDA BERG: Welcome to the show. I'm Ida Berg.",
                "TOM ROE: And I'm Tom Roe. Did you sleep, Ida?",
                "IDA BERG: Not much.",
                "TOM ROE: Our guest mends church organs. Ada Lu, welcome.",
                thanks,
                "IDA BERG: Glad you could come in.",
                "TOM ROE: So where does an organ break first?",
                "ADA LU: In the bellows. The leather dries out and cracks at the folds.",
            ]);
            drop_hosts_talk(&mut body, &speakers, &mut Vec::new());
            body.into_iter().map(|p| p.text).collect::<Vec<_>>()
        };
        let kept = show("ADA LU: Thank you so much for having me.");
        assert_eq!(
            kept,
            [
                "TOM ROE: So where does an organ break first?",
                "ADA LU: In the bellows. The leather dries out and cracks at the folds.",
            ]
        );
        let kept = show("ADA LU: Thanks. I started at fourteen, in my uncle's workshop.");
        assert_eq!(kept.len(), 4, "two sentences say something: {kept:?}");
        assert!(kept[1].starts_with("ADA LU: Thanks. I started"));
    }

    #[test]
    fn a_short_answer_to_a_prompt_is_no_thanks() {
        let named = |label: &str, role| Speaker {
            label: label.to_string(),
            role,
            count: 2,
            line: 1,
        };
        let speakers = [
            named("IDA BERG", Role::Interviewer),
            named("TOM ROE", Role::Interviewer),
            named("ADA LU", Role::Interviewee),
        ];
        let text = [
            "IDA BERG: Welcome to the show. I'm Ida Berg.",
            "TOM ROE: And I'm Tom Roe. Our guest mends church organs.",
            "TOM ROE: Ada Lu, tell us how you started.",
            "ADA LU: My uncle ran a workshop and I swept its floor at fourteen.",
            "IDA BERG: And where does an organ break first?",
            "ADA LU: In the bellows. The leather dries out and cracks at the folds.",
        ];
        let mut body = paras(&text);
        drop_hosts_talk(&mut body, &speakers, &mut Vec::new());
        let kept: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(kept, text[1..], "the prompt and its answer stay");
    }

    #[test]
    fn one_host_keeps_every_turn() {
        let mut body = paras(&[
            "SPEAKER_00: Hi. Ready?",
            "SPEAKER_01: Yes.",
            "SPEAKER_02: Yes!",
        ]);
        let speakers = [
            voice(0, Role::Interviewer),
            voice(1, Role::Interviewee),
            voice(2, Role::Interviewee),
        ];
        drop_hosts_talk(&mut body, &speakers, &mut Vec::new());
        assert_eq!(body.len(), 3);
    }
}
