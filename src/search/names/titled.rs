//! People an interview names only in its title: a file whose front matter gives no interviewee
//! but whose title is "Vadim Orlenko on open source" is still about Orlenko, and "what
//! does Vadim Orlenko think about X?" should be answered from it.
//!
//! A person's name in a title is a run of two capitalised words or more, as in a question (see
//! [`super::NamesWritten`]). Titles capitalise other words too ("Mapline Creator", "Open
//! Source" in title case), so a word the interviews' text writes mostly in lowercase is an
//! ordinary word (see [`super::ordinary`]) and is no part of a name, nor is a function word.

use std::collections::HashSet;
use std::sync::Arc;

use super::capitalised::{capitalised_runs, Capitals};
use super::ordinary::ordinary_words;
use crate::corpus::Interview;
use crate::search::analyzer::Analyzer;

/// Least words of a name read from a title: one capitalised word is as often a place, a
/// product or the title's first word.
const MIN_TITLE_NAME_WORDS: usize = 2;

/// The people named in the titles of the interviews whose interviewee is unknown, as
/// (interview, name as written).
pub(super) fn title_people(
    interviews: &[Arc<Interview>],
    analyzer: &mut Analyzer,
) -> Vec<(usize, String)> {
    let runs: Vec<(usize, Vec<(String, String)>)> = (interviews.iter().enumerate())
        .filter(|(_, interview)| interview.metadata.interviewee.is_none())
        .flat_map(|(at, interview)| {
            let runs = capitalised_runs(analyzer, &interview.title, Capitals::Leading);
            runs.into_iter().map(move |run| {
                let words = run.into_iter().map(|w| {
                    let lower = w.written.to_lowercase();
                    (w.written, lower)
                });
                (at, words.collect())
            })
        })
        .collect();
    let words: HashSet<String> = (runs.iter().flat_map(|(_, run)| run))
        .map(|(_, lower)| lower.clone())
        .collect();
    let ordinary = ordinary_words(interviews, &words);
    let mut people = Vec::new();
    for (at, run) in runs {
        for part in run.split(|(_, lower)| ordinary.get(lower) == Some(&true)) {
            if part.len() >= MIN_TITLE_NAME_WORDS {
                let name: Vec<&str> = part.iter().map(|(written, _)| written.as_str()).collect();
                people.push((at, name.join(" ")));
            }
        }
    }
    people
}

/// Least letters of a word of a file's name read as a name word: shorter ones are language
/// codes ("pt", "es") and abbreviations.
const MIN_FILE_NAME_WORD_CHARS: usize = 3;

/// The words of the file names of the interviews whose interviewee is unknown, or named only
/// by words the interviews write as ordinary words (a page's first word taken for a name:
/// "Tell" of "Tell us about your studio."), as (interview, word as written): an
/// operator names a file after the person (`es-revista-zorrilla.txt`) when the page never
/// writes the name. Words the interviews' text writes mostly in lowercase ("entrevista",
/// "blogs") are ordinary words and name nobody.
pub(super) fn file_people(interviews: &[Arc<Interview>]) -> Vec<(usize, String)> {
    let words_of = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= MIN_FILE_NAME_WORD_CHARS)
            .filter(|w| w.chars().all(char::is_alphabetic))
            .map(str::to_lowercase)
            .collect()
    };
    let files: Vec<(usize, Vec<String>, Option<Vec<String>>)> = (interviews.iter().enumerate())
        .map(|(at, interview)| {
            let stem = interview.source.file_stem().unwrap_or_default();
            let person = interview.metadata.interviewee.as_deref().map(words_of);
            (at, words_of(&stem.to_string_lossy()), person)
        })
        .collect();
    let lower: HashSet<String> = (files.iter())
        .flat_map(|(_, file, person)| file.iter().chain(person.iter().flatten()))
        .cloned()
        .collect();
    let ordinary = ordinary_words(interviews, &lower);
    let is_ordinary = |w: &String| ordinary.get(w) == Some(&true);
    files
        .into_iter()
        .filter(|(_, _, person)| match person {
            None => true,
            // A label of initials ("H") is read by the names its text spells instead.
            Some(words) => !words.is_empty() && words.iter().all(is_ordinary),
        })
        .flat_map(|(at, file, _)| file.into_iter().map(move |w| (at, w)))
        .filter(|(_, w)| !is_ordinary(w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::language::Language;

    fn titled(title: &str, text: &str) -> Arc<Interview> {
        let mut interview = crate::search::names::tests::interview("x", "Ledger");
        let edit = Arc::get_mut(&mut interview).unwrap();
        edit.metadata.interviewee = None;
        edit.title = title.into();
        edit.intro = vec![text.into()];
        interview
    }

    fn people(title: &str, text: &str) -> Vec<String> {
        let mut analyzer = Analyzer::new(Language::En);
        let found = title_people(&[titled(title, text)], &mut analyzer);
        found.into_iter().map(|(_, name)| name).collect()
    }

    #[test]
    fn a_run_of_capitalised_words_in_a_title_is_a_name() {
        let text = "Maps are open source, and the source is open to all.";
        assert_eq!(people("Vadim Orlenko", text), ["Vadim Orlenko"]);
        assert_eq!(
            people("Vadim Orlenko on open source", text),
            ["Vadim Orlenko"]
        );
        assert_eq!(
            people("Vadim Orlenko On Open Source", text),
            ["Vadim Orlenko"],
            "title case: the text writes 'open' and 'source' in lowercase"
        );
        assert_eq!(
            people("Open Source Maps, by Vadim Orlenko", text),
            ["Vadim Orlenko"]
        );
    }

    #[test]
    fn a_question_naming_the_person_of_a_title_names_that_interview_only() {
        use crate::search::names::NameIndex;
        let text = "Maps are open source, and the source is open to all.";
        let interviews = [
            titled("Vadim Orlenko On Open Source", text),
            crate::search::names::tests::interview("Ana Reis", "Open Maps"),
        ];
        let index = NameIndex::build(&interviews, Language::En);
        let named = |question: &str| {
            let terms = Analyzer::new(Language::En).terms(question);
            index.named(&terms, &|_| 1, 1_000).interviews
        };
        assert_eq!(named("What does Vadim Orlenko think of maps?"), [0]);
        assert_eq!(named("what does orlenko say"), [0]);
        assert!(named("is open source the future?").is_empty());
    }

    #[test]
    fn a_single_capitalised_word_or_a_known_interviewee_gives_no_title_name() {
        let text = "Maps are open source.";
        assert!(people("Orlenko on maps", text).is_empty());
        assert!(people("Talking Maps", "Talking about maps.").is_empty());
        let mut analyzer = Analyzer::new(Language::En);
        let known = crate::search::names::tests::interview("Ana Reis", "Ledger");
        let mut with_title = (*known).clone();
        with_title.title = "Vadim Orlenko".into();
        assert!(title_people(&[Arc::new(with_title)], &mut analyzer).is_empty());
    }

    #[test]
    fn a_file_named_after_its_unnamed_interviewee_names_them() {
        use crate::search::names::NameIndex;
        let text = "Una entrevista sobre el ruido. La entrevista fue larga.";
        let mut unnamed = (*titled("El Cultural", text)).clone();
        unnamed.source = "real/es-revista-zorrilla-entrevista.txt".into();
        let mut known = (*crate::search::names::tests::interview("Marta Reis", "Ledger")).clone();
        known.source = "real/es-ledger-rojas.txt".into();
        let interviews = [Arc::new(unnamed), Arc::new(known)];
        let words: Vec<String> = file_people(&interviews)
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(
            words,
            ["revista", "zorrilla"],
            "'entrevista' is an ordinary word"
        );
        let index = NameIndex::build(&interviews, Language::Es);
        let named = |question: &str| {
            let terms = Analyzer::new(Language::Es).terms(question);
            index.named(&terms, &|_| 1, 1_000).interviews
        };
        assert_eq!(named("¿Qué opina Ana Zorrilla del ruido?"), [0]);
        assert!(
            named("¿Qué opina Rojas del ruido?").is_empty(),
            "a known interviewee"
        );
        assert!(named("¿Cómo fue la entrevista?").is_empty());
    }

    #[test]
    fn a_file_names_an_interviewee_read_from_an_ordinary_word() {
        let text = "Tell me more. I tell the band to tell the truth, and we tell stories.";
        let mut misread = (*titled("Tour notes", text)).clone();
        misread.metadata.interviewee = Some("Tell".into());
        misread.source = "real/en-blog-harrow.txt".into();
        let mut initials = (*titled("Notes", text)).clone();
        initials.metadata.interviewee = Some("H".into());
        initials.source = "real/en-zine-brand.txt".into();
        let found = file_people(&[Arc::new(misread), Arc::new(initials)]);
        let words: Vec<&str> = found.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(words, ["blog", "harrow"], "initials are read from the text");
    }
}
