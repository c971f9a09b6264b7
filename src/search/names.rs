//! Which interviews a question names: "what does Quispe think about water?" is about Marta
//! Quispe's interviews, whoever else mentions water.
//!
//! A question names an interview through one of its people (interviewee or interviewer) or its
//! outlet. A person counts by any word of their name that is rare in the passages' text (a
//! surname, or a first name nobody else uses), so "Quispe" and "Marta Quispe" both work while a
//! first name shared with common words does not. An outlet is often made of common words ("Work
//! Futures", "Field & Climate"), so it counts only when the question has all of its words.
//! A first name two people share names the one whose surname the question writes too, and a
//! name the interviews write as ordinary words names nothing beside other known words (see
//! [`ordinary`]).
//! An interview whose front matter names no interviewee is named by the people its title
//! names (see [`titled`]), and a person labelled in short ("Nora", "OM") by the whole name
//! the interview's text spells too (see [`spelled`]).
//!
//! A conversation may have a second guest who answers some paragraphs (`Turn::speakers`): their
//! name names the interview too, and "what does Omar Said think of the second shop?" is answered
//! from Said's paragraphs, not from his partner's (see [`Named::keeps`]).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::analyzer::Analyzer;
use super::language::Language;
use super::vocabulary::within_one_edit;
use crate::corpus::Interview;

mod capitalised;
mod elsewhere;
mod ordinary;
mod spelled;
mod strangers;
mod titled;
mod voices;
mod written;

pub(super) use voices::guests;
pub(super) use written::{in_a_place_name, NamesWritten};

/// A person's name word found in more than this share of passages is a common word (a first
/// name like "Rosa" in a Spanish archive, or a surname like "Bell"), not a way of naming them.
const NAME_MAX_TEXT_SHARE: f64 = 0.02;

/// Below this many passages the share above is too coarse: a name may appear in a few
/// passages of a small corpus (the introduction, a reply that quotes it).
const NAME_MIN_TEXT_PASSAGES: u64 = 6;

/// Letters a name word needs before a misspelling of it by one edit still names its person:
/// shorter names are one edit from too many words.
const MIN_TYPO_NAME_CHARS: usize = 4;

/// The people and outlets of every interview, by index term.
#[derive(Debug, Default)]
pub(super) struct NameIndex {
    /// The analysis names were read with, that of the questions they are compared with.
    language: Language,
    /// Person name term -> (interview, who that person is in it): interviewee, interviewer or
    /// a second guest.
    people: HashMap<String, Vec<(usize, Voice)>>,
    /// First term of an outlet's name -> (interview, all terms of the outlet's name).
    outlets: HashMap<String, Vec<(usize, Vec<String>)>>,
    /// Person name term -> the name's words as written (lowercased, folded) that give it.
    spellings: HashMap<String, Vec<String>>,
    /// Every name, people's and outlets', as (term, word lowercased as written) pairs.
    written: Vec<Vec<(String, String)>>,
    /// Terms the interviews write as ordinary words (see [`ordinary`]) of names with no word
    /// they write as a name, and of no other name.
    ordinary: HashSet<String>,
    /// By interview, the name-like terms it writes anywhere and its outlets' (see [`strangers`]).
    written_in: strangers::WrittenIn,
}

/// Whose words in an interview a name asks for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Voice {
    /// The whole interview: its outlet or interviewer was named.
    Whole,
    /// The interviewee (and the introduction that presents them).
    Interviewee,
    /// Another person who answers some paragraphs, by the name the paragraphs credit.
    Guest(String),
}

/// The interviews a question names and the question terms that name them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Named {
    /// Interview indexes, sorted, unique.
    pub(super) interviews: Vec<usize>,
    /// The question's terms that named them.
    pub(super) terms: Vec<String>,
    /// Who was named in each named interview, as (interview, voice).
    pub(super) voices: Vec<(usize, Voice)>,
}

impl NameIndex {
    /// Indexes the names of every interview, read with `language`'s analysis.
    pub(super) fn build(interviews: &[Arc<Interview>], language: Language) -> NameIndex {
        let mut analyzer = Analyzer::new(language);
        let mut index = NameIndex {
            language,
            ..NameIndex::default()
        };
        for (at, interview) in interviews.iter().enumerate() {
            let m = &interview.metadata;
            let people = [
                (&m.interviewee, Voice::Interviewee),
                (&m.interviewer, Voice::Whole),
            ];
            for (person, voice) in people {
                if let Some(person) = person {
                    index.whole_person(&mut analyzer, interview, person, at, voice);
                }
            }
            for guest in guests(interview) {
                let voice = Voice::Guest(guest.to_string());
                index.whole_person(&mut analyzer, interview, guest, at, voice);
            }
            for outlet in [&m.outlet, &m.republished_by].into_iter().flatten() {
                index.written_words(&mut analyzer, outlet);
                let terms = analyzer.terms(outlet);
                if let Some(first) = terms.first() {
                    let outlets = index.outlets.entry(first.clone()).or_default();
                    outlets.push((at, terms));
                }
            }
        }
        for (at, person) in titled::title_people(interviews, &mut analyzer) {
            index.person(&mut analyzer, &person, at, Voice::Interviewee);
        }
        for (at, word) in titled::file_people(interviews) {
            index.person(&mut analyzer, &word, at, Voice::Interviewee);
        }
        index.ordinary = index.ordinary_terms(interviews);
        index.written_in = strangers::written_in(interviews, &mut analyzer, &index.outlets);
        index
    }

    /// The terms the interviews write as ordinary words, of names with no word they write as a
    /// name, and of no other name: "Flores" of "Julieta Flores" names her however "flores" is
    /// used; a word the text never writes ("Redação", a byline's) is neither.
    fn ordinary_terms(&self, interviews: &[Arc<Interview>]) -> HashSet<String> {
        let words: HashSet<String> = (self.written.iter().flatten())
            .map(|(_, w)| w.clone())
            .collect();
        let ordinary_words = ordinary::ordinary_words(interviews, &words);
        let (mut ordinary, mut named) = (HashSet::new(), HashSet::new());
        for name in &self.written {
            let is_name = |w: &String| ordinary_words.get(w) == Some(&false);
            let side = match name.iter().any(|(_, w)| is_name(w)) {
                true => &mut named,
                false => &mut ordinary,
            };
            let is_ordinary = |w: &String| ordinary_words.get(w) == Some(&true);
            let terms = name.iter().filter(|(_, w)| is_name(w) || is_ordinary(w));
            side.extend(terms.map(|(t, _)| t.clone()));
        }
        ordinary.retain(|t| !named.contains(t));
        ordinary
    }

    /// Records how `name`'s words are written, by term.
    fn written_words(&mut self, analyzer: &mut Analyzer, name: &str) {
        let words = analyzer.analyze(name).into_iter().filter_map(|word| {
            let written = name.get(word.start..word.end)?.to_lowercase();
            Some((word.term?, written))
        });
        let words: Vec<(String, String)> = words.collect();
        if !words.is_empty() {
            self.written.push(words);
        }
    }

    /// Indexes one person's name words, and those of the whole name the interview's text
    /// spells for a short one (see [`spelled`]), as naming `voice` of interview `at`.
    fn whole_person(
        &mut self,
        analyzer: &mut Analyzer,
        interview: &Interview,
        name: &str,
        at: usize,
        voice: Voice,
    ) {
        if let Some(whole) = spelled::whole_name(analyzer, interview, name) {
            self.person(analyzer, &whole, at, voice.clone());
        }
        self.person(analyzer, name, at, voice);
    }

    /// Indexes one person's name words as naming `voice` of interview `at`.
    /// A word is also indexed by the term of its spelling without accents, which people often
    /// type and which the analysis may read apart ("Lucia" is "luci", "Lucía" "luc").
    fn person(&mut self, analyzer: &mut Analyzer, name: &str, at: usize, voice: Voice) {
        self.written_words(analyzer, name);
        for word in analyzer.analyze(name) {
            let Some(term) = word.term else { continue };
            let written = name.get(word.start..word.end).unwrap_or_default();
            let unaccented = (written.to_lowercase() != word.surface)
                .then(|| analyzer.terms(&capitalised(&word.surface)))
                .and_then(|terms| terms.into_iter().next())
                .filter(|other| *other != term);
            for term in std::iter::once(term).chain(unaccented) {
                self.person_term(term, &word.surface, at, &voice);
            }
        }
    }

    /// Indexes one term of a person's name, spelled `surface` (lowercased, folded).
    fn person_term(&mut self, term: String, surface: &str, at: usize, voice: &Voice) {
        let spellings = self.spellings.entry(term.clone()).or_default();
        if !spellings.iter().any(|s| s == surface) {
            spellings.push(surface.to_string());
        }
        let entry = self.people.entry(term).or_default();
        let known = entry.iter().any(|(i, v)| *i == at && v == voice);
        if !known {
            entry.push((at, voice.clone()));
        }
    }

    /// Whether a question's `word` (lowercased, folded), whose term is `term`, may be a
    /// person's name: when the term is a name word, the word must be spelled like it, give
    /// or take a possessive or one typo. Stemming joins words that only share a root:
    /// "tomaran" (they would take) is not "Tomás", nor "futuro" (future) "Futures".
    pub(super) fn spelled_as_name(&self, term: &str, word: &str) -> bool {
        let Some(spellings) = self.spellings.get(term) else {
            return true;
        };
        let bare = ["'s", "’s", "s"]
            .iter()
            .find_map(|suffix| word.strip_suffix(suffix))
            .unwrap_or(word);
        spellings.iter().any(|name| {
            name == word
                || name == bare
                || (name.chars().count() >= MIN_TYPO_NAME_CHARS && within_one_edit(name, word))
        })
    }

    /// The analysis the names were read with.
    pub(super) fn language(&self) -> Language {
        self.language
    }

    /// The interviews named by a question's terms. `text_frequency(term)` is the number of
    /// passages whose text holds the term, out of `passages`.
    pub(super) fn named(
        &self,
        terms: &[String],
        text_frequency: &dyn Fn(&str) -> u64,
        passages: u64,
    ) -> Named {
        let limit = ((passages as f64 * NAME_MAX_TEXT_SHARE) as u64).max(NAME_MIN_TEXT_PASSAGES);
        let asked: HashSet<&str> = terms.iter().map(String::as_str).collect();
        let mut named = Named::default();
        // Name words the corpus writes as ordinary words name nothing when the question has
        // other words the corpus knows: it uses them as ordinary words too.
        let ordinary = |term: &str| self.ordinary.contains(term);
        let more = terms.iter().any(|t| !ordinary(t) && text_frequency(t) > 0);
        let as_word = |term: &str| more && ordinary(term);
        let people = |term: &str| {
            self.people
                .get(term)
                .filter(|_| text_frequency(term) <= limit && !as_word(term))
        };
        let words_of = people_words(asked.iter().filter_map(|term| people(term)));
        for term in terms {
            let mut found = false;
            if let Some(people) = people(term) {
                // A first name shared by two people names the one whose surname is asked too.
                let most = people.iter().map(|p| words_of[p]).max().unwrap_or(0);
                let named_here = people.iter().filter(|p| words_of[*p] == most);
                named
                    .interviews
                    .extend(named_here.clone().map(|(at, _)| *at));
                named.voices.extend(named_here.cloned());
                found = true;
            }
            for (interview, outlet) in self.outlets.get(term).into_iter().flatten() {
                let present = outlet.iter().all(|t| asked.contains(t.as_str()));
                if present && !outlet.iter().all(|t| as_word(t)) {
                    named.interviews.push(*interview);
                    named.voices.push((*interview, Voice::Whole));
                    named
                        .terms
                        .extend(outlet.iter().filter(|t| *t != term).cloned());
                    found = true;
                }
            }
            if found {
                named.terms.push(term.clone());
            }
        }
        named.interviews.sort_unstable();
        named.interviews.dedup();
        named.terms.sort();
        named.terms.dedup();
        named
    }
}

/// `word` with its first letter in capitals, as a name is written.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// How many of a question's name words each person answers to, from the people each of those
/// words names: "Daniela Aguirre" is two words of Aguirre's name and one of Daniela Rojas's.
fn people_words<'a>(
    named: impl Iterator<Item = &'a Vec<(usize, Voice)>>,
) -> HashMap<&'a (usize, Voice), usize> {
    let mut words = HashMap::new();
    for people in named {
        for person in people {
            *words.entry(person).or_default() += 1;
        }
    }
    words
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::corpus::Metadata;

    pub(in crate::search) fn interview(interviewee: &str, outlet: &str) -> Arc<Interview> {
        Arc::new(Interview {
            id: interviewee.to_lowercase(),
            source: Default::default(),
            metadata: Metadata {
                interviewee: Some(interviewee.into()),
                outlet: Some(outlet.into()),
                ..Metadata::default()
            },
            title: String::new(),
            intro: Vec::new(),
            turns: Vec::new(),
        })
    }

    fn named(index: &NameIndex, question: &str, common: &[&str]) -> Vec<usize> {
        let terms = Analyzer::default().terms(question);
        let frequency = |term: &str| if common.contains(&term) { 500 } else { 1 };
        index.named(&terms, &frequency, 1_000).interviews
    }

    #[test]
    fn a_surname_names_every_interview_of_that_person() {
        let index = NameIndex::build(
            &[
                interview("Marta Quispe", "Andes Review"),
                interview("Yui Tanaka", "Work Futures"),
                interview("Marta Quispe", "Río Abierto"),
            ],
            Language::En,
        );
        assert_eq!(
            named(&index, "what does Quispe think of water", &[]),
            [0, 2]
        );
        assert_eq!(named(&index, "what does tanaka say", &[]), [1]);
    }

    #[test]
    fn a_name_typed_without_its_accents_names_its_person() {
        // "Lucía" is read "luc" (a verb's "-ía"), "Lucia" "luci".
        let index = NameIndex::build(
            &[
                interview("Lucía Martín", "Revista Nube"),
                interview("Rosa Peña", "La Voz"),
            ],
            Language::Es,
        );
        let terms = Analyzer::new(Language::Es).terms("¿Qué opina Lucia del agua?");
        let named = index.named(&terms, &|_| 1, 1_000);
        assert_eq!(named.interviews, [0]);
        assert_eq!(named.terms, ["luci"]);
    }

    #[test]
    fn a_common_word_left_without_its_accent_names_no_one() {
        // "Ángel" is also indexed as "Angel", typed without its accent; the common word
        // "angel" of a question still names no one.
        let index = NameIndex::build(
            &[
                interview("Ángel Mora", "Revista Nube"),
                interview("Yui Tanaka", "Work Futures"),
            ],
            Language::En,
        );
        let angel = Analyzer::default().terms("angel");
        let common: Vec<&str> = angel.iter().map(String::as_str).collect();
        assert!(named(&index, "who is an angel investor", &common).is_empty());
        assert_eq!(named(&index, "what does Angel Mora think", &common), [0]);
        let index = NameIndex::build(
            &[
                interview("Ángeles Mora", "Revista Nube"),
                interview("Rosa Peña", "La Voz"),
            ],
            Language::Es,
        );
        let terms = Analyzer::new(Language::Es).terms("¿Cuántos angeles hay en el cuadro?");
        let common: Vec<String> = Analyzer::new(Language::Es).terms("angeles ángeles");
        let frequency = |t: &str| {
            if common.iter().any(|c| c == t) {
                500
            } else {
                1
            }
        };
        assert!(index.named(&terms, &frequency, 1_000).interviews.is_empty());
    }

    #[test]
    fn a_common_first_name_or_part_of_an_outlet_names_nothing() {
        let index = NameIndex::build(
            &[
                interview("Rosa García", "Work Futures"),
                interview("Yui Tanaka", "Field & Climate"),
            ],
            Language::En,
        );
        assert!(named(&index, "what about rosa and work", &["rosa"]).is_empty());
        assert!(named(&index, "climate and farming", &[]).is_empty());
        assert_eq!(named(&index, "what did Field & Climate publish", &[]), [1]);
    }

    #[test]
    fn a_first_name_shared_with_another_person_names_only_the_one_whose_surname_is_asked() {
        let index = NameIndex::build(
            &[
                interview("Daniela Aguirre", "Agua Viva"),
                interview("Daniela Rojas", "Río Abierto"),
            ],
            Language::En,
        );
        assert_eq!(named(&index, "what does Daniela Aguirre think", &[]), [0]);
        assert_eq!(named(&index, "what does Aguirre think", &[]), [0]);
        assert_eq!(named(&index, "what does Daniela think", &[]), [0, 1]);
        assert_eq!(
            named(&index, "Daniela Aguirre and Daniela Rojas", &[]),
            [0, 1]
        );
    }

    #[test]
    fn a_name_of_words_the_corpus_writes_as_ordinary_words_names_only_when_alone() {
        let mut tides = interview("Ana Reis", "Tide Pool");
        Arc::get_mut(&mut tides).unwrap().intro = vec![
            "When the tide is in, the pool floods. Ana Reis spoke to Tide Pool.".into(),
            "A pool at every tide.".into(),
        ];
        let index = NameIndex::build(&[tides, interview("Yui Tanaka", "Ledger")], Language::En);
        assert!(named(&index, "why does the tide pool flood the city", &[]).is_empty());
        assert_eq!(named(&index, "tide pool", &[]), [0]);
        assert_eq!(
            named(&index, "what does Reis say of the tide pool", &[]),
            [0]
        );
    }

    #[test]
    fn a_word_that_only_shares_a_root_with_a_name_is_not_that_name() {
        let index = NameIndex::build(&[interview("Ana Fielding", "Roast")], Language::En);
        let mut english = Analyzer::new(Language::En);
        let mut term = |word: &str| english.terms(word).remove(0);
        let fielding = term("Fielding");
        assert_eq!(term("fields"), fielding, "the case this guards against");
        assert!(index.spelled_as_name(&fielding, "fielding"));
        assert!(
            index.spelled_as_name(&fielding, "fieldings"),
            "a possessive"
        );
        assert!(index.spelled_as_name(&fielding, "fieldnig"), "one typo");
        assert!(!index.spelled_as_name(&fielding, "fields"));
        assert!(index.spelled_as_name("water", "water"), "not a name word");
    }

    #[test]
    fn a_city_named_like_an_interviewee_does_not_narrow_the_search_to_them() {
        let engine = crate::search::testing::archive_engine();
        let menezes = engine
            .corpus()
            .interviews
            .iter()
            .position(|i| i.id == "menezes-vaccine-factories")
            .unwrap();
        let city = engine.search("os jovens ainda vão embora para São Paulo?", 3);
        assert!(!city.hits.is_empty(), "{:?}", city.abstention);
        assert!(city.hits.iter().all(|h| h.passage.interview != menezes));
        let person = engine.search(
            "What does Paulo Menezes think about technology transfer?",
            3,
        );
        assert!(person.hits.iter().all(|h| h.passage.interview == menezes));
    }
}
