//! The names shown with quotes: the interviewee's and the interviewer's, from the front matter
//! when it has them, else from what the text shows (speaker labels, completed from the headline
//! and introduction; the byline; a headline such as "Name: “…”"). A quote is then attributed to
//! a named person wherever the file names one.

use super::clean::byline_name;
use super::display::initials_spelled_in;
use super::fellow_answerers::full_name;
use super::headline_names::{bare_name_headline, title_name, Answers, BARE_NAME_WORDS};
use super::intro_subject::people_named;
use super::joint_label::joint_parts;
use super::journalist::{credited_interviewer, introduced_journalist};
use super::label_person::{person_of_label, without_job_title};
use super::labels::{display_name, is_generic, is_nameless, same_speaker};
use super::name_line::{repeated_lines, spelled_by_name_line};
use super::name_words::is_pronoun;
use super::placeholders::{is_placeholder_author, thanked_host, without_glued_initials};
use super::prose::prose_name;
use super::reading::{Clutter, Dropped, NameSource, Role, Speaker};
use super::reported::reported_conversation;
use super::roles::is_outlet_label;
use super::titled::{headline_subject, without_lead_word};
use super::vocative::{addressed_name, handed_over};
use super::Metadata;
use furniture_byline::furniture_byline;
use label_handle::label_handle;
use outlet_initials::outlet_initials;
use role_phrase::after_any_article;
use std::cell::OnceCell;

mod asker;
mod capitals_opening;
mod closing_hosts;
mod credit_pair;
mod described;
mod furniture_byline;
mod given_name;
mod interview_line;
mod known_people;
mod label_handle;
mod lone_headline_name;
mod no_person;
mod one_person;
mod outlet_initials;
mod presented;
mod pronoun;
mod role_phrase;
mod site_owner;
mod standfirst_subject;

pub use known_people::known_people;

/// The interviewer and the interviewee, in this order (the journalist found first is no
/// candidate for the interviewee): see [`find_interviewer`] and [`find_interviewee`]. The
/// conversation the introduction reports is read once for both. Lines dropped past
/// `last_turn_line` (the last exchange's last line) are the page's closing furniture.
pub fn find_names<'a>(
    metadata: &mut Metadata,
    speakers: &[Speaker],
    (dropped, last_turn_line): (&[Dropped], usize),
    (texts, whole): (&[&'a str], &[&'a str]),
    greeting: Option<&str>,
) -> (NameSource, NameSource) {
    // A title made of the file's name is no text of the page: its lowercase words ("…-ana-ruiz")
    // are the operator's spelling and would make the page's names look like ordinary words.
    let slug = texts.first().copied().filter(|t| is_file_name(t));
    let unslugged = |texts: &[&'a str]| -> Vec<&'a str> {
        let blank = |t: &'a str| if Some(t) == slug { "" } else { t };
        texts.iter().copied().map(blank).collect()
    };
    let (texts, whole) = (unslugged(texts), unslugged(whole));
    let (texts, whole) = (texts.as_slice(), whole.as_slice());
    let mut reported = Reported::new(texts, whole);
    reported.repeated = repeated_lines(dropped, speakers, last_turn_line);
    // "Entrevista de X" over "Entrevistada por Y": X answered, Y asked.
    let (asked, asker) = credit_pair::credit_pair(dropped).unzip();
    let mut interviewer = find_interviewer(metadata, speakers, (dropped, asker), &reported);
    // `whole` ends with the title: the paragraph before it closes the text.
    let last = whole
        .len()
        .checked_sub(2)
        .and_then(|k| whole.get(k).copied());
    let owner = || site_owner::site_owner(dropped, last);
    let mut interviewee =
        find_interviewee(metadata, (speakers, asked), &reported, (greeting, &owner));
    one_person::settle_one_person(metadata, whole, &mut interviewer, &mut interviewee);
    // Last, a columnist's follow line under the piece, or the first name the guest thanks
    // ("Thanks Dana."): read once the guest is known, so a page inviting readers to follow the
    // guest, or a host thanking the guest by name, does not make the guest the interviewer.
    if interviewer == NameSource::Unknown {
        let guest = metadata.interviewee.as_deref();
        let closing: Vec<&str> = (dropped.iter())
            .filter(|d| d.line > last_turn_line)
            .map(|d| d.text.as_str())
            .collect();
        let followed = closing_hosts::followed_author(whole, texts, &closing, guest)
            .or_else(|| closing_hosts::closing_credit(&closing, guest));
        let thanked = || closing_hosts::closing_thanks(whole, texts, guest);
        let thanked = || thanked_host(whole, texts, guest).or_else(thanked);
        if let Some(name) = followed.or_else(thanked) {
            metadata.interviewer = Some(name);
            interviewer = NameSource::Introduction;
        }
    }
    (interviewer, interviewee)
}

/// The title and introduction (`texts`), every paragraph (`whole`), and the conversation the
/// introduction reports ("Reporter Ana Ruiz spoke with Ivo Lund": asker and asked), read when
/// first asked for and then kept, since both names may need it.
struct Reported<'a> {
    texts: &'a [&'a str],
    whole: &'a [&'a str],
    found: OnceCell<Option<(String, String)>>,
    /// Headline lines dropped for repeating the title: still the page's words, so initials
    /// labels may stand for a name only they print ("Ana Lima talks with Rui Sá" over `R.S:`).
    repeated: Vec<&'a str>,
}

impl<'a> Reported<'a> {
    fn new(texts: &'a [&'a str], whole: &'a [&'a str]) -> Self {
        let found = OnceCell::new();
        Reported {
            texts,
            whole,
            found,
            repeated: Vec::new(),
        }
    }

    /// The asker and the asked, if the introduction reports the conversation.
    fn conversation(&self) -> Option<&(String, String)> {
        let read = || reported_conversation(self.texts, self.whole);
        self.found.get_or_init(read).as_ref()
    }
}

/// The interviewee: front matter, else the most used answer label, else the person an
/// archive's credit lines name as interviewed (`credited`), else the headline, else the person
/// the title and introduction name ([`prose_name`]). `texts` are the title and the
/// introduction, `whole` every paragraph of the interview.
fn find_interviewee(
    metadata: &mut Metadata,
    (speakers, credited): (&[Speaker], Option<(String, usize)>),
    page: &Reported,
    (greeting, owner): (Option<&str>, &dyn Fn() -> Option<String>),
) -> NameSource {
    let (texts, whole) = (page.texts, page.whole);
    if let Some(name) = &metadata.interviewee {
        metadata.interviewee = Some(without_glued_initials(name).to_string());
        spell_out_initials(metadata, texts);
        return NameSource::FrontMatter;
    }
    if let Some((name, line)) =
        answer_label_name(speakers, (texts, &page.repeated), whole, greeting)
    {
        metadata.interviewee = Some(name);
        return NameSource::Label { line };
    }
    if let Some((name, line)) = credited {
        metadata.interviewee = Some(name);
        return NameSource::Credit { line };
    }
    let answering = |nameless: fn(&str) -> bool| {
        (speakers.iter()).any(|s| s.role == Role::Interviewee && nameless(&s.label))
    };
    if answering(only_initials) {
        return NameSource::Unknown;
    }
    let (nameless_answers, role_answers) = (answering(is_nameless), answering(is_generic));
    let answers = match (role_answers, speakers.is_empty()) {
        (true, _) => Answers::ByRole,
        (false, true) => Answers::Unlabelled,
        (false, false) => Answers::ByName,
    };
    if let Some(name) = title_name(texts, whole, answers) {
        let shown = display_name(&name, texts);
        metadata.interviewee = Some(without_job_title(&shown, whole));
        return NameSource::Title;
    }
    if let Some(name) = interview_line::interview_line_name(texts, whole) {
        metadata.interviewee = Some(name);
        return NameSource::Title;
    }
    // A transcript labelled `Speaker 2:` often names its guest only in the host's greeting
    // ("Today I'm with Mara Quist, who…").
    let greeting = greeting.filter(|_| nameless_answers);
    introduction_name(metadata, page, (greeting, owner))
}

/// The interviewee the introduction (or a transcript's greeting, `greeting`) names, when
/// neither labels nor the headline do.
fn introduction_name(
    metadata: &mut Metadata,
    page: &Reported,
    (greeting, owner): (Option<&str>, &dyn Fn() -> Option<String>),
) -> NameSource {
    let (texts, whole) = (page.texts, page.whole);
    // The journalist the introduction presents is no candidate, nor is their outlet.
    let presented = introduced_journalist(texts)
        .filter(|(name, _)| metadata.interviewer.as_deref() == Some(name.as_str()));
    let other =
        (presented.as_ref().map(|(_, about)| about.as_str())).or(metadata.interviewer.as_deref());
    // "Reporter X spoke with Y": Y answered.
    let reported = (page.conversation())
        .map(|(_, asked)| asked)
        .filter(|asked| other.is_none_or(|o| !same_speaker(asked, o)));
    if let Some(asked) = reported {
        metadata.interviewee = Some(display_name(asked, texts));
        return NameSource::Introduction;
    }
    // A sentence's subject read from its capitalised first word may be a pronoun ("She").
    let named =
        people_named(texts, whole, other).and_then(|n| pronoun::unless_pronoun(n, texts, whole));
    // "Rádio Vale Azul conversou com a artista": who talked with the guest asked.
    let named = named.filter(|n| !asker::asks(n, texts));
    // "What if…?", "o site Cultura Viva", "aka Salt Dogs": no person.
    let named = named.filter(|n| !no_person::is_no_person(n, whole));
    if let Some(name) = described_over(named.as_deref(), texts, whole, other) {
        // Written in full in its apposition: no fuller form is looked for.
        metadata.interviewee = Some(name);
        return NameSource::Introduction;
    }
    // A role the text writes after an article ("an Events Manager") is nobody: a headline that
    // is only a personal name then names the guest.
    let role = named
        .as_deref()
        .is_some_and(|n| after_any_article(n, whole));
    if let Some(name) = role.then(|| headline_over_role(texts, whole)).flatten() {
        metadata.interviewee = Some(name);
        return NameSource::Title;
    }
    let named = named.filter(|_| !role);
    // A panel transcript labelled `Speaker 2:`: the guest the host hands the word to.
    if let Some(name) = greeting
        .filter(|_| named.is_none())
        .and_then(|g| handed_over(g, whole))
    {
        metadata.interviewee = Some(name);
        return NameSource::Introduction;
    }
    let named = named.or_else(|| {
        weaker_name(page, (greeting, owner), other).filter(|n| !no_person::is_imperative(n, whole))
    });
    settle_introduction_name(metadata, named, texts, whole)
}

/// A headline that is only a personal name, read when the introduction's name was a role.
fn headline_over_role(texts: &[&str], whole: &[&str]) -> Option<String> {
    let body = &whole[..whole.len().saturating_sub(1)];
    texts.first().and_then(|t| bare_name_headline(t, body))
}

/// Nobody named in full: the person the greeting addresses, the surname the headline opens
/// with ("Moreira fala sobre…"), a standfirst in capitals, the site's owner, and the lone
/// words of a standfirst or a headline, surest first.
fn weaker_name(
    page: &Reported,
    (greeting, owner): (Option<&str>, &dyn Fn() -> Option<String>),
    other: Option<&str>,
) -> Option<String> {
    let (texts, whole) = (page.texts, page.whole);
    greeting
        .and_then(|g| addressed(g, whole).or_else(|| prose_name(&[g], whole, other)))
        .or_else(|| presented::presented_guest(texts, whole))
        .or_else(|| texts.first().and_then(|t| headline_subject(t, whole)))
        .or_else(|| capitals_opening::name_in_capitals(texts, whole))
        // A personal site's owner answers its readers' questions: surer than a lone word.
        .or_else(owner)
        .or_else(|| standfirst_subject::standfirst_subject(texts, whole))
        .or_else(|| (texts.first()).and_then(|t| lone_headline_name::lone_headline_name(t, whole)))
}

/// The person the opening describes by an age or a relation ("A cantora Lelé, 40, filha de
/// …"), over the name the prose rules found (`named`) unless only that name is in the title.
fn described_over(
    named: Option<&str>,
    texts: &[&str],
    whole: &[&str],
    other: Option<&str>,
) -> Option<String> {
    let described = described::described_person(texts, whole)
        .filter(|d| other.is_none_or(|o| !same_speaker(d, o)))?;
    let title = texts.first().copied().unwrap_or_default();
    let headline_only = named.is_some_and(|n| title.contains(n) && !title.contains(&described));
    (!headline_only).then_some(described)
}

/// Sets the interviewee the introduction names, as the page displays it and without a lead
/// word or a job title run into it.
fn settle_introduction_name(
    metadata: &mut Metadata,
    named: Option<String>,
    texts: &[&str],
    whole: &[&str],
) -> NameSource {
    match named.filter(|n| !is_pronoun(n)) {
        Some(name) => {
            let name = without_lead_word(&name, whole).unwrap_or(name);
            let shown = display_name(&name, texts);
            metadata.interviewee = Some(without_job_title(&shown, whole));
            NameSource::Introduction
        }
        None => NameSource::Unknown,
    }
}

/// The name the most used answer label gives (a one-letter label: the name the greeting
/// addresses), and the label's first line.
fn answer_label_name(
    speakers: &[Speaker],
    (texts, repeated): (&[&str], &[&str]),
    whole: &[&str],
    greeting: Option<&str>,
) -> Option<(String, usize)> {
    let speaker = speakers
        .iter()
        .filter(|s| s.role == Role::Interviewee && !is_nameless(&s.label))
        // On a tie, the first to answer.
        .max_by_key(|s| (s.count, std::cmp::Reverse(s.line)))?;
    let greeted = greeting.and_then(|g| addressed_name(&speaker.label, g));
    // Two guests answering together ("Rosa e Tiago"): each as the page names them in full.
    let joint = joint_parts(&speaker.label)
        .map(|(a, and, b)| format!("{} {and} {}", full_name(a, texts), full_name(b, texts)));
    let name = joint.or(greeted).unwrap_or_else(|| {
        let person = person_of_label(&speaker.label, whole);
        let shown = display_name(&person, texts);
        let shown = given_name::from_given_name(&person, &shown, whole).unwrap_or(shown);
        let initials = shown == speaker.label;
        (initials.then(|| initials_spelled_in(&speaker.label, whole)))
            .flatten()
            .or_else(|| initials.then(|| label_handle(&speaker.label, texts, whole))?)
            .or_else(|| initials.then(|| spelled_in_repeat(&speaker.label, repeated))?)
            .unwrap_or(shown)
    });
    // A one-letter label ("S:") stands for the person the headline or introduction names
    // with that initial.
    let name = match name == speaker.label {
        true => named_with_initial(&name, texts, whole).unwrap_or(name),
        false => name,
    };
    // Initials the text never spells out ("A. L") name nobody a reader would know.
    (!only_initials(&name)).then_some((name, speaker.line))
}

/// The name initials (`label`) stand for in a headline dropped for repeating the title, or
/// in a line that is only a name dropped with the page's header, when they spell one out there.
fn spelled_in_repeat(label: &str, repeated: &[&str]) -> Option<String> {
    let name = display_name(label, repeated);
    (name != label)
        .then_some(name)
        .or_else(|| spelled_by_name_line(label, repeated))
}

/// The person the headline or the introduction names whose name opens with `letter`, a
/// one-letter speaker label: a reader shown "S" learns nothing the page does not tell.
fn named_with_initial(letter: &str, texts: &[&str], whole: &[&str]) -> Option<String> {
    let single = letter.chars().count() == 1 && letter.chars().all(char::is_uppercase);
    let name = single.then(|| {
        title_name(texts, whole, Answers::ByName).or_else(|| people_named(texts, whole, None))
    })??;
    let name = without_lead_word(&name, whole).unwrap_or(name);
    name.starts_with(letter).then_some(name)
}

/// Every word one letter, a period after it or not: "A. L", "J.K.". Answers signed so keep
/// the person unnamed: the headline's name is then more likely the blog's or the journalist's.
fn only_initials(name: &str) -> bool {
    name.split([' ', '.'])
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        && name.contains([' ', '.'])
}

/// Initials in the front matter, written by a tool from an answer label ("MA"), stand for the
/// name the title or introduction spells out ("…With Samir Oudah").
fn spell_out_initials(metadata: &mut Metadata, texts: &[&str]) {
    if let Some(name) = &metadata.interviewee {
        if name.chars().all(char::is_uppercase) && !name.contains(' ') {
            metadata.interviewee = Some(display_name(name, texts));
        }
    }
}

/// The interviewer: front matter, else the byline (the asker an archive's credit lines name,
/// `asker`, first), else the question label when it is a name.
fn find_interviewer(
    metadata: &mut Metadata,
    speakers: &[Speaker],
    (dropped, asker): (&[Dropped], Option<(String, usize)>),
    page: &Reported,
) -> NameSource {
    let (texts, whole) = (page.texts, page.whole);
    // A placeholder author ("Various", "None") names nobody: the text is read instead.
    if metadata
        .interviewer
        .as_deref()
        .is_some_and(is_placeholder_author)
    {
        metadata.interviewer = None;
    }
    if let Some(name) = &metadata.interviewer {
        metadata.interviewer = Some(without_glued_initials(name).to_string());
        return NameSource::FrontMatter;
    }
    let byline = asker.or_else(|| {
        (dropped.iter())
            .filter(|d| d.reason == Clutter::Byline)
            .find_map(|d| byline_name(&d.text).map(|name| (name, d.line)))
    });
    if let Some((name, line)) = byline {
        metadata.interviewer = Some(name);
        return NameSource::Byline { line };
    }
    // An outlet's label ("Blog - …?"), or its initials, is no person's name.
    let labelled = speakers.iter().find(|s| {
        s.role == Role::Interviewer
            && !is_nameless(&s.label)
            && !is_outlet_label(&s.label)
            && !outlet_initials(&s.label, texts)
    });
    match labelled {
        Some(speaker) => {
            metadata.interviewer = Some(label_interviewer(&speaker.label, texts, whole));
            NameSource::Label { line: speaker.line }
        }
        None => match unlabelled_interviewer(page) {
            Some(name) => {
                metadata.interviewer = Some(name);
                NameSource::Introduction
            }
            None => match furniture_byline(dropped, whole) {
                Some((name, line)) => {
                    metadata.interviewer = Some(name);
                    NameSource::Byline { line }
                }
                None => NameSource::Unknown,
            },
        },
    }
}

/// The person an interviewer's label names: the name it completes to in the text, the one
/// name word its letters open ("AM": "Amaru"), or for a one-letter label the journalist the
/// introduction presents or credits when their name opens with it.
fn label_interviewer(label: &str, texts: &[&str], whole: &[&str]) -> String {
    let person = display_name(&person_of_label(label, whole), texts);
    let person = match person == label {
        true => label_handle(&person, texts, whole).unwrap_or(person),
        false => person,
    };
    let credited = (introduced_journalist(texts).map(|(name, _)| name))
        .or_else(|| credited_interviewer(texts))
        .filter(|name| person.chars().count() == 1 && name.starts_with(&person));
    credited.unwrap_or(person)
}

/// The interviewer of a file whose questions carry no name: the journalist the introduction
/// presents or credits, else the asker of the conversation it reports.
fn unlabelled_interviewer(page: &Reported) -> Option<String> {
    let texts = page.texts;
    let reported = || page.conversation().map(|(asker, _)| asker.clone());
    let introduced = introduced_journalist(texts).map(|(name, _)| name);
    (introduced.or_else(|| credited_interviewer(texts))).or_else(reported)
}

/// The person a greeting addresses before its first comma ("Felipe, muito obrigado por
/// atender a nossa equipe da Arena Heavy."): the interviewee, not the outlet named after it.
/// The name must be written again in the file (`whole` holds the greeting's paragraph too)
/// and never in lowercase, so "Hola, Ana." is no name.
fn addressed(greeting: &str, whole: &[&str]) -> Option<String> {
    let (name, _) = greeting.split_once(',')?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let shaped = (1..=*BARE_NAME_WORDS.end()).contains(&words.len())
        && words.iter().all(capitalised)
        && words.iter().all(|w| w.chars().all(char::is_alphabetic));
    // Written in the greeting's own paragraph and once more at least.
    let mentions: usize = whole.iter().map(|t| t.matches(name.trim()).count()).sum();
    let again = mentions >= 2;
    let lowercase = whole.iter().any(|text| {
        let lower = name.trim().to_lowercase();
        text.split(|c: char| !c.is_alphabetic()).any(|t| t == lower)
    });
    (shaped && again && !lowercase).then(|| name.trim().to_string())
}

/// A title that is a file's name (`es-nota-ana-ruiz`, `interview_ivo_lund`): one token of
/// lowercase words joined by hyphens or underscores, as the file was named when the page had
/// no headline.
fn is_file_name(title: &str) -> bool {
    !title.is_empty()
        && !title.contains(char::is_whitespace)
        && title.contains(['-', '_'])
        && !title.chars().any(char::is_uppercase)
}

#[cfg(test)]
mod tests;
