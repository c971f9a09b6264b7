//! The editor's notes about the guest set after the last answer without a heading that the
//! reading kept ("He uses a tiling window manager.", "She follows three blogs on boats.",
//! "This article first ran on our old site."): the page's voice speaking of the guest, not
//! the guest speaking. Told by person: an answer speaks in the first person somewhere, while
//! a run of closing paragraphs that never does and keeps saying "he"/"she" is about them.
//! Notes name their subject, the guest the introduction or the questions name; an answer
//! telling a story of someone else ("My grandfather fished. He left every night…", in
//! Spanish or Portuguese without any "I") names nobody the page has named.

use super::labels::split_label;
use super::layout::Assembled;
use super::name_words::{name_cased, trim_word, without_possessive, THIRD_PERSON};
use super::reading::{Clutter, Dropped, Para};
use super::Metadata;
use std::collections::HashSet;

/// Notes about the guest come as a list of a few paragraphs; one or two paragraphs without
/// "I" at the end of an answer are the guest talking about someone else.
const MIN_NOTE_PARAGRAPHS: usize = 3;

/// Half the run, at least, speaks of the guest as "he" or "she"; the rest are links and
/// credits ("You can find more at…").
const MIN_THIRD_PERSON_SHARE: f64 = 0.5;

/// First-person words in English, Spanish and Portuguese, lowercase: a paragraph holding one
/// is someone speaking of themselves. Pronouns are a closed class, so the list is complete
/// for these languages; Spanish and Portuguese often drop the subject, so their answers may
/// lack them, which is why the run must also say "he"/"she" (those are rare there too, so
/// the rule stays quiet rather than wrong).
const FIRST_PERSON: &[&str] = &[
    "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "my", "mine", "we",
    "we're", "we’re", "our", "us", "yo", "mi", "mis", "nosotros", "nosotras", "nuestro", "nuestra",
    "eu", "meu", "minha", "meus", "minhas", "nós", "nosso", "nossa", "comigo", "conmigo",
];

/// A person's name as the introduction or a question gives it has a given name and a family
/// name: a single capitalised word there is as often a sentence's first word.
const MIN_NAME_WORDS: usize = 2;

/// Drops from the last answer (of `out`, cut from the body's paragraphs `paras`, in a file
/// whose front matter names `known`) the closing run of [`MIN_NOTE_PARAGRAPHS`] or more paragraphs
/// that never speak in the first person, mostly speak of "him" or "her" and name someone the
/// introduction or the questions name; the answer's first paragraph always stays, and a run
/// where a new speaker's label opens a paragraph is still the conversation.
pub fn drop_notes_about_guest(out: &mut Assembled, paras: &[Para], known: &[&str]) {
    let named = named_people(out, paras, known);
    let Some(turn) = out.turns.last_mut() else {
        return;
    };
    let run = (turn.answer.iter().skip(1).rev())
        .take_while(|(text, _)| !has_any(text, FIRST_PERSON))
        .count();
    let start = turn.answer.len() - run;
    let third = (turn.answer[start..].iter())
        .filter(|(text, _)| has_any(text, THIRD_PERSON))
        .count();
    let names_subject = (turn.answer[start..].iter()).any(|(text, _)| names_any(text, &named));
    let labelled = (start.max(1)..turn.speakers.len())
        .any(|i| turn.speakers[i].is_some() && turn.speakers[i] != turn.speakers[i - 1]);
    if run < MIN_NOTE_PARAGRAPHS
        || (third as f64) < MIN_THIRD_PERSON_SHARE * run as f64
        || !names_subject
        || labelled
    {
        return;
    }
    let notes = turn.answer.split_off(start);
    turn.speakers.truncate(start);
    out.dropped
        .extend(notes.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::AfterInterview,
        }));
}

/// Drops the writer's reflection on the conversation set after the last answer with no
/// separator or heading ("I came away from this conversation thinking how patient Anselm Roth
/// is. He…"): from the answer's first unlabelled paragraph after its first that names the
/// interviewee the `metadata` settled and speaks of them as "he" or "she"; each paragraph dropped is
/// added to `dropped` too. Only the interviewee the reading settled is the guest (a headline's
/// capitalised words are no one), and only their full name or their surname alone, inside a
/// sentence, names them: "The boat…" opens a sentence, and "Luis Ruiz" is a relative of Ana
/// Ruiz. The guest speaks of themselves as "I", not by name; a blogger's own "I" in the same
/// paragraph does not make it the guest's.
pub fn drop_writers_reflection(
    out: &mut Assembled,
    paras: &[Para],
    metadata: &Metadata,
    dropped: &mut Vec<Dropped>,
) {
    let guest = metadata.interviewee.as_deref();
    let Some(guest) = guest.filter(|g| g.split_whitespace().count() >= MIN_NAME_WORDS) else {
        return;
    };
    let Some(turn) = out.turns.last_mut() else {
        return;
    };
    let unlabelled = |k: usize| {
        let para = paras.iter().find(|p| p.line == turn.answer[k].1);
        para.is_none_or(|p| split_label(&p.text).is_none())
    };
    let Some(start) = (1..turn.answer.len()).find(|&k| {
        let text = &turn.answer[k].0;
        unlabelled(k) && names_guest(text, guest) && has_any(text, THIRD_PERSON)
    }) else {
        return;
    };
    let notes = turn.answer.split_off(start);
    turn.speakers.truncate(start);
    let notes = notes.into_iter().map(|(text, line)| Dropped {
        line,
        text,
        reason: Clutter::AfterInterview,
    });
    let notes: Vec<Dropped> = notes.collect();
    dropped.extend(notes.iter().cloned());
    dropped.sort_by_key(|d| d.line);
    out.dropped.extend(notes);
}

/// The text names `guest` by the full name, or by the surname alone inside a sentence (not
/// after another capitalised word, which would make it someone else's name).
fn names_guest(text: &str, guest: &str) -> bool {
    let Some(surname) = guest.split_whitespace().last() else {
        return false;
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let surname_alone = (1..words.len()).any(|i| {
        let before = words[i - 1];
        name_word(words[i]) == surname
            && !before.ends_with(['.', '!', '?', ':', '"', '“'])
            && !name_cased(trim_word(before))
    });
    text.contains(guest) || surname_alone
}

/// The words of the people the front matter (`known`), the paragraphs of the whole body
/// before the first question (headline, introduction) and the questions name: runs of at
/// least [`MIN_NAME_WORDS`] words written as names are ("Rui Dias mends nets").
fn named_people(out: &Assembled, paras: &[Para], known: &[&str]) -> HashSet<String> {
    let first_question = out.turns.first().map_or(usize::MAX, |turn| turn.line);
    let texts = (known.iter().copied())
        .chain(
            paras
                .iter()
                .filter(|p| p.line < first_question)
                .map(|p| p.text.as_str()),
        )
        .chain(out.intro.iter().map(|(text, _)| text.as_str()))
        .chain(out.turns.iter().map(|turn| turn.question.as_str()));
    let mut named = HashSet::new();
    for text in texts {
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut i = 0;
        while i < words.len() {
            let run = (words[i..].iter())
                .take_while(|w| name_cased(trim_word(w)))
                .count();
            if run >= MIN_NAME_WORDS {
                named.extend(words[i..i + run].iter().map(|w| name_word(w)));
            }
            i += run.max(1);
        }
    }
    named
}

/// The text names one of `named` (a pronoun written with a capital is nobody's name).
fn names_any(text: &str, named: &HashSet<String>) -> bool {
    text.split_whitespace()
        .map(name_word)
        .any(|w| named.contains(&w) && !THIRD_PERSON.contains(&w.to_lowercase().as_str()))
}

/// A word as a name: without the punctuation around it and without a possessive ending.
fn name_word(word: &str) -> String {
    without_possessive(trim_word(word)).to_string()
}

fn has_any(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .any(|w| words.contains(&w.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn notes_about_the_guest_after_the_last_answer_are_not_quoted() {
        let text = "Rui Dias mends nets in Vila Cardal.\n\nWhy nets?\n\nMy father did.\n\n\
                    And now?\n\nI teach two apprentices. We start at six.\n\n\
                    Rui uses a bone needle he carved himself.\n\n\
                    He keeps a list of knots on the workshop door.\n\n\
                    His apprentices sell their first nets at the market.\n\n\
                    This piece first ran in the Harbour Gazette.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        let last = &reading.interview.turns.last().unwrap().answer;
        assert_eq!(last, &["I teach two apprentices. We start at six."]);
    }

    #[test]
    fn the_writers_reflection_naming_the_guest_after_the_last_answer_is_not_quoted() {
        let text = "I drove up the coast to meet Anselm Roth, who kept the light.\n\n\
                    Q: Were you afraid?\n\nA: Once, in a storm. I held a blanket to the glass.\n\n\
                    I came away thinking how patient Anselm Roth is. He spoke of the storm calmly.\n\n\
                    If you pass the point, look at the light. I will think of him.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        let last = &reading.interview.turns.last().unwrap().answer;
        assert_eq!(last, &["Once, in a storm. I held a blanket to the glass."]);
    }

    #[test]
    fn a_headline_or_a_relative_sharing_the_surname_is_not_the_guest() {
        let text = "The Last Lighthouse Keeper\n\nAna Ruiz kept the light on Isla Parda.\n\n\
                    Q: Whose boat was it?\n\nA: We rowed it out each spring.\n\n\
                    The boat was my father's. He built it in 1970.\n\n\
                    My dad, Luis Ruiz, ran it; he never learned to swim.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.turns.last().unwrap().answer.len(), 3);
        let none =
            crate::corpus::read("t", "Q: Why?\n\nA: Because.\n\nHe left.\n").expect("parses");
        assert_eq!(none.interview.turns.last().unwrap().answer.len(), 2);
    }

    #[test]
    fn an_answer_speaking_of_a_mentor_by_name_stays() {
        let text = "Anselm Roth kept the light; Ada Brun taught him.\n\n\
                    Who taught you?\n\nAda Brun, in the seventies.\n\n\
                    She made me wind the clock twice. Ada was strict, and she was right.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.turns.last().unwrap().answer.len(), 2);
    }

    #[test]
    fn an_answer_about_someone_else_stays() {
        let text = "Rui Dias mends nets.\n\nWhy nets?\n\nMy father did.\n\n\
                    Who taught you?\n\nMy uncle, mostly.\n\n\
                    He had a bone needle.\n\nHe never wasted twine.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.turns.last().unwrap().answer.len(), 3);
    }

    #[test]
    fn paragraphs_opened_by_speakers_labels_stay() {
        let text = "Ida Holm and Tom Berg keep the light at Hvidklit.\n\n\
                    Q: Who does what?\n\nIda Holm: It depends on the day.\n\n\
                    Tom Berg: She keeps the logbook, Ida Holm is precise.\n\n\
                    Ida Holm: He cleans the lens every morning.\n\n\
                    Tom Berg: She counts the ships that pass.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.turns.last().unwrap().answer.len(), 4);
    }

    #[test]
    fn a_spanish_story_told_of_someone_else_stays_whole() {
        let text =
            "Tomás Vera repara barcas en Punta Serena.\n\n¿Por qué barcas?\n\nMe gustan.\n\n\
                    ¿Quién le enseñó?\n\nMi abuelo era pescador.\n\n\
                    Salía cada noche. Él decía que el mar no espera.\n\n\
                    Ella lo esperaba en el muelle con pan.\n\nMurió en el 98.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.turns.last().unwrap().answer.len(), 4);
    }
}
