//! A show of two or more hosts and one guest, labelled with names: the hosts open it among
//! themselves and say their own names ("I'm Tom Roe", "This is Ida Berg"), and the guest comes
//! in once a host has named them ("Her name is Annie Lu", "Ada, welcome"). Everyone who spoke
//! before the guest's first turn hosts, and the guest answers; the rhythm of the file says
//! otherwise when a host's remarks are long, or the hosts ask each other.

use super::cues::words;
use super::diarized::is_numbered_voice;
use super::labels::{is_generic, same_speaker, split_label};
use super::reading::{Role, Speaker};
use super::Metadata;

/// The fewest speakers of a hosted show: two hosts and a guest.
const MIN_SHOW_SPEAKERS: usize = 3;

/// A guest's turn of this many words or fewer greets or acknowledges ("Hello.", "Yes, it
/// is."): the guest has not come in with something to say yet.
const MAX_GREETING_WORDS: usize = 3;

/// A word of a label this short is no name a speaker says ("de", "Jr"), so it names nobody.
const MIN_NAME_CHARS: usize = 3;

/// Settles the roles of a show opened by hosts who introduce themselves and then bring in a
/// guest the hosts name: the hosts ask, the guest answers. Roles the front matter gives are
/// kept: when it names someone else as the guest, or one of the hosts, nothing changes.
pub fn settle_hosts(
    paragraphs: &[(&str, usize)],
    metadata: &Metadata,
    speakers: impl Iterator<Item = Speaker>,
) -> Vec<Speaker> {
    let mut speakers: Vec<Speaker> = speakers.collect();
    let Some(guest) = hosted_guest(paragraphs, &speakers) else {
        return speakers;
    };
    let credited = |name: &Option<String>, host: bool| {
        name.as_ref().is_some_and(|name| {
            let named = (speakers.iter().enumerate())
                .filter(|(i, s)| (*i != guest) == host && same_speaker(&s.label, name))
                .count();
            named > 0
        })
    };
    let disagrees = credited(&metadata.interviewee, true)
        || credited(&metadata.interviewer, false)
        || credited(&metadata.outlet, false);
    if disagrees {
        return speakers;
    }
    for (i, speaker) in speakers.iter_mut().enumerate() {
        speaker.role = [Role::Interviewer, Role::Interviewee][usize::from(i == guest)];
    }
    speakers
}

/// True when `speakers` are a hosted show's: its guest is the sole interviewee, and the
/// others host it.
pub fn is_hosted_show(paragraphs: &[(&str, usize)], speakers: &[Speaker]) -> bool {
    hosted_guest(paragraphs, speakers).is_some_and(|guest| {
        (speakers.iter().enumerate()).all(|(i, s)| (s.role == Role::Interviewee) == (i == guest))
    })
}

/// The guest of a hosted show: the speaker whose first turn comes after every other
/// speaker's, whose name a host says before the guest's first turn that is more than a
/// greeting and who does not say their own in it,
/// while one of the hosts says their own. None when the labels are numbered voices or roles.
fn hosted_guest(paragraphs: &[(&str, usize)], speakers: &[Speaker]) -> Option<usize> {
    let nameless = |s: &Speaker| is_numbered_voice(&s.label) || is_generic(&s.label);
    if speakers.len() < MIN_SHOW_SPEAKERS || speakers.iter().any(nameless) {
        return None;
    }
    let turns = turns(paragraphs, speakers);
    let first_turn = |who: usize| turns.iter().position(|(s, _)| *s == who);
    let guest = (0..speakers.len()).max_by_key(|&i| first_turn(i))?;
    // A guest on the line greets before a host names them ("Hello." / "Is this Annie?" /
    // "Yes."): they come in with their first turn that says something.
    let entry = (turns.iter().enumerate())
        .find(|(_, (s, body))| *s == guest && !is_greeting(body))
        .map(|(k, _)| k)
        .or(first_turn(guest))?;
    let before = &turns[..entry];
    let says = |who: usize, named: usize| {
        (before.iter())
            .filter(|(s, _)| *s == who)
            .any(|(_, body)| says_name(body, &speakers[named].label))
    };
    let hosts: Vec<usize> = (0..speakers.len()).filter(|&i| i != guest).collect();
    let introduced = hosts.iter().any(|&h| says(h, guest));
    let self_named = hosts.iter().any(|&h| says(h, h));
    let guest_self_named = says_name(turns[entry].1, &speakers[guest].label);
    (introduced && self_named && !guest_self_named).then_some(guest)
}

/// Each labelled paragraph and the unlabelled ones after it, as the index of its speaker
/// and its text; paragraphs before the first label, or under another label, belong to none.
fn turns<'a>(paragraphs: &[(&'a str, usize)], speakers: &[Speaker]) -> Vec<(usize, &'a str)> {
    let mut out = Vec::new();
    let mut current = None;
    for (text, _) in paragraphs {
        if let Some(labelled) = split_label(text) {
            current = (speakers.iter()).position(|s| same_speaker(&s.label, &labelled.label));
            if let Some(who) = current {
                out.push((who, labelled.body));
            }
            continue;
        }
        if let Some(who) = current {
            out.push((who, *text));
        }
    }
    out
}

/// A guest's turn that only greets or acknowledges ("Hello?", "Yes, it is."): before the guest
/// says something, it answers no question of the show's.
pub fn is_greeting(body: &str) -> bool {
    words(body) <= MAX_GREETING_WORDS
}

/// True when `text` says one of the names in `label` as a capitalised word ("Ada", "Okafor").
fn says_name(text: &str, label: &str) -> bool {
    let names: Vec<&str> = (label.split_whitespace())
        .filter(|w| w.chars().count() >= MIN_NAME_CHARS)
        .collect();
    (text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .any(|w| names.iter().any(|n| n.to_lowercase() == w.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker(label: &str, role: Role) -> Speaker {
        Speaker {
            label: label.to_string(),
            role,
            count: 2,
            line: 1,
        }
    }

    fn lines<'a>(texts: &[&'a str]) -> Vec<(&'a str, usize)> {
        (texts.iter().enumerate())
            .map(|(i, t)| (*t, 2 * i + 1))
            .collect()
    }

    const SHOW: &[&str] = &[
        "NORA PELL: Good morning, I'm Nora Pell.",
        "SAM ODE: And I'm Sam Ode. Nora, did you bring the thermos?",
        "NORA PELL: I did. Sam met a ferryman last week. His name is Ivo Lark.",
        "SAM ODE: Ivo, welcome. How long have you run the ferry?",
        "IVO LARK: Thirty years this spring, the same boat and the same rope.",
    ];

    fn show_speakers() -> Vec<Speaker> {
        vec![
            speaker("NORA PELL", Role::Interviewer),
            speaker("SAM ODE", Role::Interviewee),
            speaker("IVO LARK", Role::Interviewee),
        ]
    }

    fn roles(speakers: &[Speaker]) -> Vec<Role> {
        speakers.iter().map(|s| s.role).collect()
    }

    #[test]
    fn hosts_who_name_themselves_ask_and_the_guest_they_name_answers() {
        let found = settle_hosts(
            &lines(SHOW),
            &Metadata::default(),
            show_speakers().into_iter(),
        );
        let (ask, answer) = (Role::Interviewer, Role::Interviewee);
        assert_eq!(roles(&found), [ask, ask, answer]);
        assert!(is_hosted_show(&lines(SHOW), &found));
        assert!(!is_hosted_show(&lines(SHOW), &show_speakers()));
    }

    #[test]
    fn no_show_without_a_self_introduction_or_against_the_front_matter() {
        let mut unnamed = SHOW.to_vec();
        unnamed[0] = "NORA PELL: Good morning.";
        unnamed[1] = "SAM ODE: Morning. Nora, did you bring the thermos?";
        let stripped = unnamed;
        let found = settle_hosts(
            &lines(&stripped),
            &Metadata::default(),
            show_speakers().into_iter(),
        );
        assert_eq!(roles(&found), roles(&show_speakers()));
        let metadata = Metadata {
            interviewee: Some("Sam Ode".to_string()),
            ..Metadata::default()
        };
        let found = settle_hosts(&lines(SHOW), &metadata, show_speakers().into_iter());
        assert_eq!(roles(&found), roles(&show_speakers()));
    }

    #[test]
    fn a_guest_who_greets_before_being_named_is_still_the_guest() {
        let show = [
            "NORA PELL: Good morning, I'm Nora Pell.",
            "SAM ODE: And I'm Sam Ode. Today, a ferry.",
            "IVO LARK: Hello?",
            "SAM ODE: Is this Ivo?",
            "IVO LARK: Yes, it is.",
            "NORA PELL: How long have you run the ferry?",
            "IVO LARK: Thirty years this spring, the same boat and the same rope.",
        ];
        assert_eq!(hosted_guest(&lines(&show), &show_speakers()), Some(2));
        // Nobody names him before he says something: no hosted guest.
        let unnamed = show.map(|t| t.replace("Is this Ivo?", "Is this the ferry?"));
        let unnamed: Vec<&str> = unnamed.iter().map(String::as_str).collect();
        assert_eq!(hosted_guest(&lines(&unnamed), &show_speakers()), None);
    }

    #[test]
    fn a_guest_who_names_themselves_first_is_no_hosted_guest() {
        let mut show = SHOW.to_vec();
        show.insert(4, "IVO LARK: Ivo Lark here, hello.");
        assert_eq!(hosted_guest(&lines(&show), &show_speakers()), None);
        assert_eq!(hosted_guest(&lines(SHOW), &show_speakers()), Some(2));
    }
}
