//! A group interview that puts the same questions to each guest in turn, one section a guest,
//! each section opened by a heading that is only the guest's name ("Inês Prado" / the
//! questions / "Davi" / the same questions again). The heading says who answers the section:
//! it asks nothing and is no introduction, a question repeated under the next heading is a
//! new question for the new guest (not a copy printed twice), and the section's answers are
//! that guest's words.
//!
//! Judged from structure alone: at least two name-like headings, each followed by questions
//! that the other headings' sections ask again word for word. A heading over a topic ("Early
//! Years") is followed by new questions, not by the questions of another section.

use std::collections::HashSet;

use super::clean::strip_emphasis;
use super::cues::ends_with_question_mark;
use super::display::display_name;
use super::labels::{is_name_like, same_speaker, split_label};
use super::name_words::{name_cased, starts_capitalised, trim_word};
use super::reading::{Clutter, Dropped, Para};

/// A guest's heading is a name: at most this many words ("Ana", "Rui Lobo Nunes").
const MAX_HEADING_WORDS: usize = 3;

/// A section repeats another's questions when it asks at least this many of them again: one
/// shared "Why?" or "And then?" happens in any conversation, two make a questionnaire.
const MIN_SHARED_QUESTIONS: usize = 2;

/// A guest section: the line of its heading and the guest's name as the heading gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuestSection {
    /// Line of the heading; the section runs to the next heading.
    pub line: usize,
    /// The guest's name as the heading prints it.
    pub name: String,
}

/// Takes the guest headings out of `paras` (dropped as section titles) and returns the
/// sections in order; nothing changes in a file without them.
/// `known` holds the names the front matter gives (the guest it names, often only the first
/// of the group).
pub fn take_guest_sections(
    paras: &mut Vec<Para>,
    known: &[&str],
    dropped: &mut Vec<Dropped>,
) -> Vec<GuestSection> {
    let sections = guest_sections(&texts_of(paras), known);
    paras.retain(|p| {
        if !sections.iter().any(|s| s.line == p.line) {
            return true;
        }
        dropped.push(Dropped {
            line: p.line,
            text: p.text.clone(),
            reason: Clutter::SectionTitle,
        });
        false
    });
    sections
}

/// Labels naming the guest of the section they stand in ("DAVI ROCHA - …" under "Davi"): the
/// guest's speaker label, though the section labels only its first answer.
pub fn guest_labels(paragraphs: &[(&str, usize)]) -> Vec<String> {
    let sections = guest_sections(paragraphs, &[]);
    let guest = |line: usize| sections.iter().rev().find(|s| s.line < line);
    (paragraphs.iter())
        .filter_map(|&(text, line)| Some((split_label(text)?, guest(line)?)))
        .filter(|(l, s)| !l.period && same_speaker(&l.label, &s.name))
        .map(|(l, _)| l.label)
        .collect()
}

fn texts_of(paras: &[Para]) -> Vec<(&str, usize)> {
    paras.iter().map(|p| (p.text.as_str(), p.line)).collect()
}

/// The lines where a new guest starts answering, in order: `starts` (found otherwise) and
/// the guest sections, each guest with the fullest name in `texts` (title, introduction,
/// labels: "Davi" as "Davi Rocha"), to credit their answers.
pub fn guest_starts(
    mut starts: Vec<(usize, String)>,
    sections: &[GuestSection],
    texts: &[&str],
) -> Vec<(usize, String)> {
    starts.extend((sections.iter()).map(|s| (s.line, display_name(&s.name, texts))));
    starts.sort_by_key(|(line, _)| *line);
    starts
}

/// The lines of the guest sections' headings in `paras`, in order: where a question printed
/// again is put to a new guest (see [`take_guest_sections`]).
pub fn guest_heading_lines(paras: &[Para]) -> Vec<usize> {
    (guest_sections(&texts_of(paras), &[]).iter())
        .map(|s| s.line)
        .collect()
}

/// See [`take_guest_sections`]. A heading is a guest's when a name it gives stands elsewhere
/// (the text, or `known`, the front matter's names), or when another heading over the same
/// questions is named in `known`: a front matter naming the first guest of a group names none of the others,
/// whose headings then say who answers as the first one's does.
fn guest_sections(paras: &[(&str, usize)], known: &[&str]) -> Vec<GuestSection> {
    // A heading right under a question is a one-word answer ("Nunca", "Lisboa").
    let headings: Vec<usize> = (1..paras.len())
        .filter(|&i| is_guest_heading(paras[i].0) && !ends_with_question_mark(paras[i - 1].0))
        .collect();
    let asked: Vec<HashSet<String>> = (headings.iter().enumerate())
        .map(|(k, &i)| {
            let end = headings.get(k + 1).copied().unwrap_or(paras.len());
            questions(&paras[i + 1..end])
        })
        .collect();
    let repeated = |k: usize| {
        (0..asked.len())
            .any(|j| j != k && asked[k].intersection(&asked[j]).count() >= MIN_SHARED_QUESTIONS)
    };
    let named: Vec<bool> = (headings.iter())
        .map(|&i| named_elsewhere(paras, i) || named_in(known, heading_text(paras[i].0)))
        .collect();
    // Only the front matter's names vouch for the other headings: a name the text repeats
    // may head one section beside a topic heading ("Ten Years Later") over the same questions.
    let any_named = (0..headings.len())
        .any(|k| named_in(known, heading_text(paras[headings[k]].0)) && repeated(k));
    let sections: Vec<GuestSection> = (headings.iter().enumerate())
        .filter(|&(k, &i)| {
            let cased = heading_text(paras[i].0)
                .split_whitespace()
                .any(|w| name_cased(trim_word(w)));
            repeated(k) && (named[k] || (any_named && cased))
        })
        .map(|(_, &i)| GuestSection {
            line: paras[i].1,
            name: heading_text(paras[i].0).to_string(),
        })
        .collect();
    if sections.len() < 2 {
        return Vec::new();
    }
    sections
}

/// The heading's name stands in another paragraph too (the introduction presents the guests,
/// a label names them): a topic heading ("Early Years") is named nowhere else. The name is
/// found as whole words ("Ana" is not in "semana", nor "Davi" in "David"), written with a
/// capital as a name is ("Claro" is not named by "claro que sí"), and holds a word cased as a
/// name ("Ana", not "NUNCA").
fn named_elsewhere(paras: &[(&str, usize)], i: usize) -> bool {
    let fold = |word: &str| trim_word(word).to_lowercase().replace('’', "'");
    let heading: Vec<&str> = heading_text(paras[i].0).split_whitespace().collect();
    let name: Vec<String> = heading.iter().map(|w| fold(w)).collect();
    if !heading.iter().any(|w| name_cased(trim_word(w))) {
        return false;
    }
    (paras.iter().enumerate()).any(|(j, (text, _))| {
        let words: Vec<&str> = text.split_whitespace().collect();
        let found = words.windows(name.len()).any(|run| {
            starts_capitalised(trim_word(run[0]))
                && run.iter().map(|w| fold(w)).eq(name.iter().cloned())
        });
        j != i && words.len() > name.len() && found
    })
}

/// The heading's words stand, as whole words in order, in one of the `known` names ("Inês"
/// or "Inês Prado" in "Inês Prado").
fn named_in(known: &[&str], heading: &str) -> bool {
    let fold = |word: &str| trim_word(word).to_lowercase();
    let heading: Vec<String> = heading.split_whitespace().map(fold).collect();
    !heading.is_empty()
        && known.iter().any(|name| {
            let words: Vec<String> = name.split_whitespace().map(fold).collect();
            words
                .windows(heading.len())
                .any(|run| run == heading.as_slice())
        })
}

/// The questions of a section, lowercase, without a speaker label ("Blog - Why?" is "why?").
fn questions(paras: &[(&str, usize)]) -> HashSet<String> {
    (paras.iter())
        .filter(|(text, _)| ends_with_question_mark(text))
        .map(|&(text, _)| {
            let body = split_label(text).map_or(text, |l| l.body);
            body.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .collect()
}

/// A paragraph that is a name alone, plain or set as a heading or in bold.
fn is_guest_heading(text: &str) -> bool {
    let name = heading_text(text);
    let words = name.split_whitespace().count();
    (1..=MAX_HEADING_WORDS).contains(&words) && is_name_like(name) && !name.ends_with('.')
}

/// The heading's words without Markdown heading marks or emphasis.
fn heading_text(text: &str) -> &str {
    strip_emphasis(text.trim_start_matches('#').trim())
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    const SECTIONS: &[&str] = &[
        "Two lighthouse keepers, Inês Prado and Davi Rocha, share a rock this winter.",
        "Inês Prado",
        "What do you do before a storm?",
        "Count the candles.",
        "And after it?",
        "Sleep.",
        "## Davi",
        "What do you do before a storm?",
        "Oil the lamp.",
        "And after it?",
        "Walk the rocks for wrecks.",
    ];

    #[test]
    fn name_headings_over_the_same_questions_open_guest_sections() {
        let mut texts = paras(SECTIONS);
        let mut dropped = Vec::new();
        let sections = take_guest_sections(&mut texts, &[], &mut dropped);
        let names: Vec<&str> = sections.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Inês Prado", "Davi"]);
        assert_eq!(texts.len(), SECTIONS.len() - 2);
        assert_eq!(dropped.len(), 2);
        assert_eq!(dropped[1].reason, Clutter::SectionTitle);
        let starts = guest_starts(Vec::new(), &sections, &[SECTIONS[0]]);
        assert_eq!(starts[1], (13, "Davi Rocha".to_string()));
    }

    #[test]
    fn a_label_naming_the_section_guest_is_a_speaker_label() {
        let mut texts: Vec<String> = SECTIONS.iter().map(|t| t.to_string()).collect();
        texts[8] = format!("DAVI - {}", texts[8]);
        texts[3] = format!("Count: {}", texts[3]);
        let paragraphs: Vec<(&str, usize)> = (texts.iter().enumerate())
            .map(|(i, t)| (t.as_str(), 2 * i + 1))
            .collect();
        assert_eq!(guest_labels(&paragraphs), ["DAVI"]);
    }

    #[test]
    fn topic_headings_over_new_questions_are_no_guest_sections() {
        let mut topics: Vec<&str> = SECTIONS.to_vec();
        topics[7] = "What do you do in summer?";
        topics[9] = "Who brings the food?";
        let mut texts = paras(&topics);
        assert!(take_guest_sections(&mut texts, &[], &mut Vec::new()).is_empty());
        assert_eq!(texts.len(), topics.len());
        // The same questions under headings that name nobody the text presents.
        let mut unnamed: Vec<&str> = SECTIONS.to_vec();
        unnamed[0] = "Two lighthouse keepers share a rock this winter.";
        unnamed[1] = "Early Years";
        unnamed[6] = "## Later Years";
        assert!(guest_sections(&texts_of(&paras(&unnamed)), &[]).is_empty());
    }

    #[test]
    fn a_one_word_answer_inside_a_section_is_no_heading() {
        let texts = [
            "Two lighthouse keepers, Inês Prado and Davi Rocha, share a rock this winter.",
            "Inês Prado",
            "Did you ever leave the rock?",
            "Nunca",
            "What do you do before a storm?",
            "Count the candles.",
            "And after it?",
            "Sleep.",
            "## Davi",
            "Did you ever leave the rock?",
            "Nunca, not once.",
            "What do you do before a storm?",
            "Oil the lamp.",
            "And after it?",
            "Walk the rocks.",
        ];
        let sections = guest_sections(&texts_of(&paras(&texts)), &[]);
        let names: Vec<&str> = sections.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Inês Prado", "Davi"]);
    }

    #[test]
    fn a_heading_is_named_elsewhere_by_whole_words_written_as_a_name() {
        let named = |texts: &[&str]| named_elsewhere(&texts_of(&paras(texts)), 1);
        assert!(named(&["Ana Gil and Davi Rocha keep the light.", "Davi"]));
        assert!(!named(&["David Rocha keeps the light.", "Davi"]));
        assert!(!named(&["Na semana passada, choveu.", "Ana"]));
        assert!(!named(&["Es claro que sí, dice.", "Claro"]));
        assert!(!named(&["NUNCA PARE, dice.", "NUNCA"]));
    }

    #[test]
    fn a_front_matter_naming_the_first_guest_opens_every_guest_section() {
        let mut group: Vec<&str> = SECTIONS.to_vec();
        group[0] = "Two lighthouse keepers share a rock this winter.";
        group[6] = "## Davi Rocha";
        group.extend([
            "Lúcia Mar",
            "What do you do before a storm?",
            "Pray.",
            "And after it?",
        ]);
        group.push("Count the gulls.");
        // Named nowhere: the headings could be topics.
        assert!(guest_sections(&texts_of(&paras(&group)), &[]).is_empty());
        let mut texts = paras(&group);
        let sections =
            take_guest_sections(&mut texts, &["Inês Prado", "Tom Reyes"], &mut Vec::new());
        let names: Vec<&str> = sections.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Inês Prado", "Davi Rocha", "Lúcia Mar"]);
        // A name the text repeats vouches for no other heading: without front matter a
        // heading cased as a name ("Ten Years Later") stays a topic.
        let mut topics: Vec<&str> = SECTIONS.to_vec();
        topics[6] = "## Ten Years Later";
        let sections = guest_sections(&texts_of(&paras(&topics)), &[]);
        assert!(sections.iter().all(|s| s.name != "Ten Years Later"));
        // A front matter naming someone else leaves topic-like headings alone.
        assert!(guest_sections(&texts_of(&paras(&group)), &["Tom Reyes"]).is_empty());
    }
}
