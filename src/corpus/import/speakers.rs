//! Speakers named by labels on a page (`<strong>Ana Ruiz:</strong> …`): who asks, who answers,
//! and how their names are written in the corpus file.

use std::collections::HashMap;

use super::block::{word_count, Block, Cue, Label};
pub(super) use super::label_case::display_name;
use super::structure::{ends_with_question_mark, is_unlabelled_heading, Role, MIN_SPEAKER_TURNS};
use super::typography::is_prompt_sized;
use crate::corpus::forms::is_initials_of;

/// Name labels (`<strong>Ana Ruiz:</strong> …`): the speaker whose turns read as prompts (they
/// end with `?` or are set as headings or bold) asks; everyone else answers, and the answerer
/// who says the most is the interviewee. A later short form of a name ("Ruiz:") is the same
/// person.
pub(super) fn by_name_labels(blocks: &[Block]) -> Option<(Vec<Role>, String, Option<String>)> {
    let names: Vec<Option<&str>> = blocks
        .iter()
        .map(|b| match &b.label {
            Some(Label::Name(name)) => Some(name.as_str()),
            _ => None,
        })
        .collect();
    let mut canonical: Vec<&str> = names.iter().flatten().copied().collect();
    canonical.sort_by_key(|name| std::cmp::Reverse(name.len()));
    canonical.dedup();
    let labelled: Vec<&str> = names.iter().flatten().copied().collect();
    let speaker_of = |name: &str| -> String {
        canonical
            .iter()
            .find(|full| is_short_form(name, full) && !answer_each_other(&labelled, name, full))
            .map_or(name, |full| *full)
            .to_string()
    };

    let stats = speaker_stats(blocks, &names, &speaker_of);
    if stats.len() < 2 {
        return None;
    }
    let (asker, interviewee) = asker_and_interviewee(&stats)?;
    let co_askers = co_askers(blocks, &names, &speaker_of, &stats, asker);
    let answering = |name: &String| Some(name) != asker && !co_askers.contains(name);
    let interviewee = most_said(&stats, answering).unwrap_or(interviewee);
    let prompt_cue = asker
        .is_none()
        .then(|| unlabelled_prompt_cue(blocks))
        .flatten();
    let roles: Vec<Role> = names
        .iter()
        .zip(blocks)
        .map(|(name, block)| match name {
            None if prompt_cue.is_some() && is_unlabelled_prompt(block, prompt_cue) => {
                Role::Question
            }
            None if is_unlabelled_heading(block) => Role::Skip,
            Some(name) if !stats.contains_key(&speaker_of(name)) => Role::Continue,
            Some(name) if Some(&speaker_of(name)) == asker => Role::Question,
            Some(name) if co_askers.contains(&speaker_of(name)) => Role::Question,
            Some(_) => Role::Answer,
            None => Role::Continue,
        })
        .collect();
    if asker.is_none() && !roles.contains(&Role::Question) {
        return None;
    }
    Some((
        roles,
        display_name(interviewee),
        asker.map(|a| display_name(a)),
    ))
}

/// A host who speaks several labelled turns before anyone answers (a welcome, a sponsor's
/// message, then "So, onto the episode…") introduces the show: only the last of those turns
/// is the first question, the talk before it is introduction, as the corpus reader takes it.
pub(super) fn host_opening_introduces(blocks: &[Block], roles: &mut [Role]) {
    let Some(first_answer) = roles.iter().position(|r| *r == Role::Answer) else {
        return;
    };
    let Some(last_asked) = (0..first_answer)
        .rev()
        .find(|&i| roles[i] == Role::Question && matches!(blocks[i].label, Some(Label::Name(_))))
    else {
        return;
    };
    for role in &mut roles[..last_asked] {
        if *role == Role::Question {
            *role = Role::Continue;
        }
    }
}

/// The asker (the most prompt-like turns; between equals, the one who says less), if anyone's
/// turns read as prompts, and the answerer who says the most.
fn asker_and_interviewee(
    stats: &HashMap<String, SpeakerStats>,
) -> Option<(Option<&String>, &String)> {
    let mut speakers: Vec<(&String, &SpeakerStats)> = stats.iter().collect();
    speakers.sort_by(|a, b| a.0.cmp(b.0));
    let share = |s: &SpeakerStats| s.prompts as f64 / s.turns as f64;
    let asker = (speakers.iter())
        .max_by(|(_, a), (_, b)| share(a).total_cmp(&share(b)).then(b.words.cmp(&a.words)))
        .filter(|(_, s)| share(s) >= MIN_ASKER_PROMPT_SHARE)
        .map(|(name, _)| *name)
        .or_else(|| lone_asker(&speakers));
    let (interviewee, _) = *speakers
        .iter()
        .filter(|(name, _)| Some(*name) != asker)
        .max_by_key(|(_, s)| s.words)?;
    Some((asker, interviewee))
}

/// In a conversation of two where the host's turns mix questions with remarks ("It's a big
/// story."), the one who asks at least [`MIN_LONE_ASKER_PROMPTS`] times, more than
/// [`ASKER_OVER_GUEST`] times as often as the other (a guest may ask back once: "Of the
/// documentation, you mean?"), is the host; when the other never asks, the host must also say
/// less (an answerer's rhetorical questions are not a host's prompts).
fn lone_asker<'a>(speakers: &[(&'a String, &SpeakerStats)]) -> Option<&'a String> {
    let [(a, sa), (b, sb)] = speakers else {
        return None;
    };
    let asks = |x: &SpeakerStats, y: &SpeakerStats| {
        x.prompts >= MIN_LONE_ASKER_PROMPTS
            && x.prompts > ASKER_OVER_GUEST * y.prompts
            && (x.words < y.words || y.prompts > 0)
    };
    if asks(sa, sb) {
        Some(*a)
    } else if asks(sb, sa) {
        Some(*b)
    } else {
        None
    }
}

/// See [`lone_asker`]: two questions make a habit, one may be an aside.
const MIN_LONE_ASKER_PROMPTS: usize = 2;

/// See [`lone_asker`]: the host asks more than twice as often as the guest asks back.
const ASKER_OVER_GUEST: usize = 2;

/// Among the speakers `keep` accepts, the one who says the most (on a tie, the first by name).
fn most_said(
    stats: &HashMap<String, SpeakerStats>,
    keep: impl Fn(&String) -> bool,
) -> Option<&String> {
    stats
        .iter()
        .filter(|(name, _)| keep(name))
        .max_by(|a, b| a.1.words.cmp(&b.1.words).then(b.0.cmp(a.0)))
        .map(|(name, _)| name)
}

/// A speaker's questions make it a second asker once it has asked this many that someone
/// else took up: one question is a guest's aside, two are a habit.
const MIN_CO_ASKER_QUESTIONS: usize = 2;

/// The fewest speakers a conversation with several askers has: two hosts and a guest.
const MIN_CO_HOSTED_SPEAKERS: usize = 3;

/// In a conversation of three or more, the speakers besides `asker` who ask more questions
/// than are put to them (a podcast's second host); empty unless someone who is asked is left
/// to answer.
fn co_askers(
    blocks: &[Block],
    names: &[Option<&str>],
    speaker_of: &dyn Fn(&str) -> String,
    stats: &HashMap<String, SpeakerStats>,
    asker: Option<&String>,
) -> Vec<String> {
    if stats.len() < MIN_CO_HOSTED_SPEAKERS {
        return Vec::new();
    }
    let mut asked: HashMap<String, usize> = HashMap::new();
    let mut put_to: HashMap<String, usize> = HashMap::new();
    // The speaker of the turn so far, and whether its latest paragraph asks.
    let mut last: Option<(String, bool)> = None;
    for (block, name) in blocks.iter().zip(names) {
        let asks = ends_with_question_mark(&block.text);
        let Some(name) = name else {
            if let Some((_, asking)) = last.as_mut() {
                *asking = asks;
            }
            continue;
        };
        let speaker = speaker_of(name);
        if let Some((previous, true)) = last.as_ref().filter(|(p, _)| *p != speaker) {
            *asked.entry(previous.clone()).or_default() += 1;
            *put_to.entry(speaker.clone()).or_default() += 1;
        }
        last = Some((speaker, asks));
    }
    let count = |map: &HashMap<String, usize>, name: &str| map.get(name).copied().unwrap_or(0);
    let found: Vec<String> = stats
        .keys()
        .filter(|name| Some(*name) != asker)
        .filter(|name| {
            count(&asked, name) >= MIN_CO_ASKER_QUESTIONS
                && count(&asked, name) > count(&put_to, name)
        })
        .cloned()
        .collect();
    let answerer_left = stats
        .keys()
        .any(|name| Some(name) != asker && !found.contains(name) && count(&put_to, name) > 0);
    if answerer_left {
        found
    } else {
        Vec::new()
    }
}

/// The asker's labelled turns mostly read as prompts. When no speaker's do, every labelled
/// speaker answers (several guests) and the questions are set apart without a label.
const MIN_ASKER_PROMPT_SHARE: f64 = 0.5;

/// Without a label, a question set apart by the typography the page's questions use (one
/// that does not ask, "Tell us about the network.", too).
fn is_unlabelled_prompt(block: &Block, cue: Option<Cue>) -> bool {
    block.label.is_none() && block.cue == cue && is_prompt_sized(block)
}

/// The typography (a heading level, bold, italics) most of the page's unlabelled questions
/// use: a standfirst in italics that happens to ask is not one of them.
fn unlabelled_prompt_cue(blocks: &[Block]) -> Option<Cue> {
    let mut counts: HashMap<Cue, usize> = HashMap::new();
    for block in blocks {
        if let Some(cue) = block.cue.filter(|_| block.label.is_none()) {
            if ends_with_question_mark(&block.text) {
                *counts.entry(cue).or_default() += 1;
            }
        }
    }
    let (&cue, _) = counts
        .iter()
        .max_by_key(|(cue, &n)| (n, std::cmp::Reverse(**cue)))?;
    Some(cue)
}

/// Per speaker with at least [`MIN_SPEAKER_TURNS`] turns: turns, turns that read as prompts,
/// and words (unlabelled paragraphs belong to the last one who spoke).
fn speaker_stats(
    blocks: &[Block],
    names: &[Option<&str>],
    speaker_of: &dyn Fn(&str) -> String,
) -> HashMap<String, SpeakerStats> {
    let mut stats: HashMap<String, SpeakerStats> = HashMap::new();
    let mut current: Option<String> = None;
    for (block, name) in blocks.iter().zip(names) {
        if let Some(name) = name {
            let speaker = speaker_of(name);
            let entry = stats.entry(speaker.clone()).or_default();
            entry.turns += 1;
            if ends_with_question_mark(&block.text) || block.cue.is_some() {
                entry.prompts += 1;
            }
            current = Some(speaker);
        }
        if let Some(speaker) = &current {
            stats.entry(speaker.clone()).or_default().words += word_count(&block.text);
        }
    }
    stats.retain(|_, s| s.turns >= MIN_SPEAKER_TURNS);
    stats
}

/// What a speaker's labelled turns look like.
#[derive(Debug, Default)]
struct SpeakerStats {
    turns: usize,
    prompts: usize,
    words: usize,
}

/// When only the answers carry a name label (questions set apart by typography), that one
/// recurring name is the interviewee.
pub(super) fn answer_label(blocks: &[Block], roles: &[Role]) -> Option<String> {
    let mut names = blocks
        .iter()
        .zip(roles)
        .filter_map(|(b, role)| match &b.label {
            Some(Label::Name(name)) => Some((name.as_str(), *role)),
            _ => None,
        });
    let (first, _) = names.next()?;
    let mut count = 1;
    for (name, role) in names {
        if role == Role::Question || !is_short_form(name, first) {
            return None;
        }
        count += 1;
    }
    (count >= MIN_SPEAKER_TURNS).then(|| display_name(first))
}

/// Two labels whose turns follow each other ("João:" then "Avó do João:") are two people,
/// however alike their words: nobody answers themselves.
fn answer_each_other(labelled: &[&str], a: &str, b: &str) -> bool {
    a != b
        && labelled
            .windows(2)
            .any(|w| (w[0] == a && w[1] == b) || (w[0] == b && w[1] == a))
}

/// "Ruiz" is a short form of "Ana Ruiz" (and of "Ana Ruiz, Diario del Sur"), and so are its
/// initials ("AR"); compared word by word on the name before any affiliation, ignoring case.
pub(super) fn is_short_form(name: &str, full: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(',')
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_lowercase)
            .collect()
    };
    let full_words = words(full);
    let name_words = words(name);
    let full_name = full.split(',').next().unwrap_or_default().trim();
    // "DW" after "Don Watkins": transcripts shorten a name to its initials after first use.
    (!name_words.is_empty() && name_words.iter().all(|word| full_words.contains(word)))
        || is_initials_of(name.trim(), full_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(name: &str, text: &str) -> Block {
        Block {
            label: Some(Label::Name(name.into())),
            ..Block::plain(text)
        }
    }

    #[test]
    fn a_label_answering_a_shorter_one_is_another_person() {
        let blocks = [
            labelled("Rui", "Onde nasceste?"),
            labelled("Mãe do Rui", "Em Viseu, numa casa pequena."),
            labelled("Rui", "E a escola?"),
            labelled("Mãe do Rui", "Ficava longe, a pé pela serra."),
        ];
        let (roles, interviewee, asker) = by_name_labels(&blocks).unwrap();
        assert_eq!(roles[0], Role::Question);
        assert_eq!(roles[1], Role::Answer);
        assert_eq!(
            (interviewee.as_str(), asker.as_deref()),
            ("Mãe do Rui", Some("Rui"))
        );
        // Initials after the full name are the same person too.
        assert!(is_short_form("AR", "Ana Ruiz, Diario del Sur"));
        assert!(!is_short_form("AR", "Ana"));
        // A later surname alone is still the same person.
        assert!(!answer_each_other(
            &["Ana Ruiz", "Q", "Ruiz"],
            "Ruiz",
            "Ana Ruiz"
        ));
    }
}

#[cfg(test)]
mod lone_asker_tests {
    use super::*;

    fn labelled(name: &str, text: &str) -> Block {
        Block {
            label: Some(Label::Name(name.into())),
            ..Block::plain(text)
        }
    }

    #[test]
    fn a_host_mixing_questions_and_remarks_still_asks() {
        let blocks = [
            labelled("Ann", "Thanks for coming."),
            labelled("Hal", "Glad to be here, it is a long way from the coast."),
            labelled("Ann", "What do you draw?"),
            labelled("Hal", "Covers, mostly, and posters for the tours we did."),
            labelled("Ann", "That is a lot of work."),
            labelled("Hal", "It is, and nobody else in the band wanted to do it."),
            labelled("Ann", "Why covers?"),
            labelled(
                "Hal",
                "Because a cover is the first thing anyone sees of a record.",
            ),
        ];
        let (roles, interviewee, asker) = by_name_labels(&blocks).unwrap();
        assert_eq!(roles[2], Role::Question);
        assert_eq!(roles[3], Role::Answer);
        assert_eq!(
            (interviewee.as_str(), asker.as_deref()),
            ("Hal", Some("Ann"))
        );
    }

    #[test]
    fn a_guest_asking_back_once_leaves_the_host_the_asker() {
        let blocks = [
            labelled(
                "Ann",
                "Welcome, Hal, and thanks for the long drive over here.",
            ),
            labelled("Hal", "Thanks."),
            labelled("Ann", "What do you draw?"),
            labelled("Hal", "Covers."),
            labelled(
                "Ann",
                "Good covers sell records, I am told, even now, do they not?",
            ),
            labelled("Hal", "They do."),
            labelled("Ann", "Which cover came first?"),
            labelled("Hal", "The blue one, you mean?"),
            labelled("Ann", "Yes, that one."),
            labelled("Hal", "A friend's."),
        ];
        let (roles, interviewee, asker) = by_name_labels(&blocks).unwrap();
        assert_eq!(roles[7], Role::Answer, "a guest's question back answers");
        assert_eq!(
            (interviewee.as_str(), asker.as_deref()),
            ("Hal", Some("Ann"))
        );
    }

    #[test]
    fn a_host_talking_before_the_guest_answers_introduces_the_show() {
        let host = |text: &str| labelled("Ida Moss", text);
        let guest = |text: &str| labelled("Tom Hale", text);
        let blocks = [
            host("Welcome to the show. First, a word from the ferry company."),
            host("So, Tom, why boats?"),
            guest("Because my father built them, and his father before him."),
            host("And the keel?"),
            guest("Oak, always oak, from the hills above the harbour."),
        ];
        let draft = super::super::structure::structure(&blocks).unwrap();
        assert_eq!(
            draft.intro,
            ["Welcome to the show. First, a word from the ferry company."]
        );
        assert_eq!(draft.turns[0].0, "So, Tom, why boats?");
    }
}
