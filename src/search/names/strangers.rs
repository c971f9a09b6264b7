//! Whether the names a question writes are those of an interview's people or outlet, or of
//! someone the interview does not present (see `refusal::someone_else`).
//!
//! An interview's people are often read wrong or not at all (a round-up of several chefs read
//! as the celebrity its title names, a page naming its guest only in its file name or a list
//! line), so a name word the interview writes anywhere (file name, address, title,
//! introduction, any question or answer) makes the name one of its people too. The words are
//! gathered once per interview, when the index is built: only those written capitalised in
//! the text, which is how a name is written, and every word of the file name, address and
//! title, which are often lowercased. Only the last word of a name counts so (a surname, "K"
//! of "Coach K"): a title or first name ("Coach", "Rosa") written elsewhere is often another
//! person's, or a word of something else ("Rosa-Cruz"), and neither does a single letter.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::{capitalised, NameIndex};
use crate::corpus::Interview;
use crate::search::analyzer::Analyzer;

/// Letters a word needs before being written somewhere in an interview shows it names someone
/// there: a single letter is an initial or a label of anything ("Coach K's name", "Plan B",
/// "K-pop"), while two-letter surnames ("Li", "Ng") are real names.
const MIN_WRITTEN_NAME_CHARS: usize = 2;

/// Whether a word's term is long enough to name someone (see [`MIN_WRITTEN_NAME_CHARS`]).
fn long_enough(word: &str) -> bool {
    word.chars().count() >= MIN_WRITTEN_NAME_CHARS
}

impl NameIndex {
    /// Whether `term` is a word of the name of one of interview `at`'s people (interviewee,
    /// interviewer, guest) or of its outlet, however common the word is in the corpus.
    pub(in crate::search) fn of_interview(&self, term: &str, at: usize) -> bool {
        let person = (self.people.get(term).into_iter().flatten()).any(|(i, _)| *i == at);
        let outlet = (self.written_in.outlets.get(at)).is_some_and(|terms| terms.contains(term));
        person || outlet
    }

    /// Whether interview `at` writes `term` as a name anywhere (see the module's
    /// documentation).
    pub(in crate::search) fn written_in(&self, term: &str, at: usize) -> bool {
        (self.written_in.words.get(at)).is_some_and(|words| words.contains(term))
    }
}

/// By interview, what the question's names are compared with: gathered once when the index is
/// built, so that each question looks a term up rather than scanning every outlet.
#[derive(Debug, Default)]
pub(super) struct WrittenIn {
    /// The name-like terms the interview writes anywhere (see [`written_in`]).
    words: Vec<HashSet<String>>,
    /// Every term of the interview's outlets' names (its outlet, who republished it).
    outlets: Vec<HashSet<String>>,
}

/// The terms of every outlet's name, by interview (see [`WrittenIn::outlets`]).
fn outlet_terms(
    outlets: &HashMap<String, Vec<(usize, Vec<String>)>>,
    n: usize,
) -> Vec<HashSet<String>> {
    let mut by_interview = vec![HashSet::new(); n];
    for (at, terms) in outlets.values().flatten() {
        if let Some(set) = by_interview.get_mut(*at) {
            set.extend(terms.iter().cloned());
        }
    }
    by_interview
}

/// By interview, the terms of every word its file name, address and title write, read as a
/// name (capitalised, as the question writes it), and of every capitalised word of its introduction, questions and answers;
/// and the terms of its outlets' names.
pub(super) fn written_in(
    interviews: &[Arc<Interview>],
    analyzer: &mut Analyzer,
    outlets: &HashMap<String, Vec<(usize, Vec<String>)>>,
) -> WrittenIn {
    let words = (interviews.iter())
        .map(|interview| words_of(interview, analyzer))
        .collect();
    let outlets = outlet_terms(outlets, interviews.len());
    WrittenIn { words, outlets }
}

/// The name-like terms one interview writes (see [`written_in`]).
fn words_of(interview: &Interview, analyzer: &mut Analyzer) -> HashSet<String> {
    let m = &interview.metadata;
    let file = interview.source.file_stem().and_then(|s| s.to_str());
    let labels = [Some(interview.id.as_str()), file, m.url.as_deref()];
    let titles = [Some(interview.title.as_str()), m.title.as_deref()];
    let mut words: HashSet<String> = (labels.into_iter().chain(titles).flatten())
        .flat_map(|label| label.split(|c: char| !c.is_alphanumeric()))
        .flat_map(|word| analyzer.terms(&capitalised(word)))
        .filter(|term| long_enough(term))
        .collect();
    let turns = (interview.turns.iter())
        .flat_map(|turn| std::iter::once(&turn.question).chain(&turn.answer));
    // Most of an interview's words are lowercase and many capitalised ones recur: only the
    // distinct whitespace-separated pieces holding a capital are analysed, each on its own.
    let pieces: HashSet<&str> = (interview.intro.iter().chain(turns))
        .flat_map(|text| text.split_whitespace())
        .filter(|piece| piece.chars().any(char::is_uppercase))
        .collect();
    for piece in pieces {
        words.extend(capitalised_terms(analyzer, piece));
    }
    words
}

/// The terms of the words `text` writes with a capital first letter.
fn capitalised_terms(analyzer: &mut Analyzer, text: &str) -> Vec<String> {
    let capitalised = |start: usize| {
        (text.get(start..)).is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    };
    (analyzer.analyze(text).into_iter())
        .filter(|word| capitalised(word.start))
        .filter_map(|word| word.term)
        .filter(|term| long_enough(term))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::fixtures::interview_of;
    use crate::search::language::Language;

    #[test]
    fn a_name_word_belongs_to_its_own_interview_only() {
        let mut nora = interview_of("nora", &[("Why bees?", &["Because of my aunt."])]);
        nora.metadata.interviewee = Some("Nora Vale".to_string());
        let mut ivo = interview_of("ivo", &[("Why boats?", &["Because of my father."])]);
        ivo.metadata.interviewee = Some("Ivo Harrow".to_string());
        ivo.metadata.outlet = Some("Harbour Weekly".to_string());
        let index = NameIndex::build(&[Arc::new(nora), Arc::new(ivo)], Language::En);
        assert!(index.of_interview("vale", 0));
        assert!(!index.of_interview("vale", 1));
        assert!(index.of_interview("harrow", 1));
        let weekly = Analyzer::new(Language::En).terms("Weekly");
        assert!(index.of_interview(&weekly[0], 1), "an outlet's word");
        assert!(!index.of_interview("montero", 0));
    }

    #[test]
    fn an_outlets_words_are_of_its_interviews_only() {
        let mut nora = interview_of("nora", &[("Why bees?", &["Because of my aunt."])]);
        nora.metadata.outlet = Some("Harbour Weekly".to_string());
        nora.metadata.republished_by = Some("Coastal Review".to_string());
        let mut ivo = interview_of("ivo", &[("Why boats?", &["Because of my father."])]);
        ivo.metadata.outlet = Some("Harbour Gazette".to_string());
        let index = NameIndex::build(&[Arc::new(nora), Arc::new(ivo)], Language::En);
        let term = |w: &str| Analyzer::new(Language::En).terms(w).remove(0);
        assert!(
            index.of_interview(&term("Weekly"), 0),
            "not only the first word"
        );
        assert!(index.of_interview(&term("Review"), 0), "who republished it");
        assert!(!index.of_interview(&term("Gazette"), 0), "another's outlet");
        assert!(
            index.of_interview(&term("Harbour"), 1),
            "a word two outlets share"
        );
        assert!(!index.of_interview(&term("Weekly"), 2), "no such interview");
    }

    #[test]
    fn a_name_the_interview_writes_anywhere_is_of_its_people() {
        let roundup = interview_of(
            "en-tablefare-quillan",
            &[
                (
                    "What do you cook at home?",
                    &["Mostly soup, as Dora Penhale taught me."],
                ),
                ("Your favourite dish?", &["A slow braise."]),
            ],
        );
        let mut roundup = roundup;
        roundup.metadata.interviewee = Some("Gloria Starling".to_string());
        let index = NameIndex::build(&[Arc::new(roundup)], Language::En);
        let term = |w: &str| Analyzer::new(Language::En).terms(w).remove(0);
        assert!(
            index.written_in(&term("Quillan"), 0),
            "the file name's word"
        );
        assert!(
            index.written_in(&term("Penhale"), 0),
            "another answer's name"
        );
        assert!(!index.written_in(&term("Montero"), 0), "never written");
        assert!(
            !index.written_in(&term("braise"), 0),
            "written, but not as a name"
        );
        assert!(!index.written_in(&term("Quillan"), 1), "no such interview");
        let mut presser = interview_of("presser", &[("Coach K's view?", &["Ask Coach K."])]);
        presser.title = "Notes by K".to_string();
        let index = NameIndex::build(&[Arc::new(presser)], Language::En);
        assert!(!index.written_in("k", 0), "a single letter is an initial");
    }
}
