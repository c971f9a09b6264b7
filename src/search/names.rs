//! Which interviews a question names: "what does Quispe think about water?" is about Marta
//! Quispe's interviews, whoever else mentions water.
//!
//! A question names an interview through one of its people (interviewee or interviewer) or its
//! outlet. A person counts by any word of their name that is rare in the passages' text (a
//! surname, or a first name nobody else uses), so "Quispe" and "Marta Quispe" both work while a
//! first name shared with common words does not. An outlet is often made of common words ("Work
//! Futures", "Field & Climate"), so it counts only when the question has all of its words.
//!
//! A conversation may have a second guest who answers some paragraphs (`Turn::speakers`): their
//! name names the interview too, and "what does Omar Said think of the second shop?" is answered
//! from Said's paragraphs, not from his partner's (see [`Named::keeps`]).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::analyzer::Analyzer;
use super::language::Language;
use super::query::QueryPlan;
use super::vocabulary::within_one_edit;
use crate::corpus::{Corpus, Interview, Passage};

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
}

/// Whose words in an interview a name asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
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
                    index.person(&mut analyzer, person, at, voice);
                }
            }
            for guest in guests(interview) {
                index.person(&mut analyzer, guest, at, Voice::Guest(guest.to_string()));
            }
            for outlet in [&m.outlet, &m.republished_by].into_iter().flatten() {
                let terms = analyzer.terms(outlet);
                if let Some(first) = terms.first() {
                    index
                        .outlets
                        .entry(first.clone())
                        .or_default()
                        .push((at, terms));
                }
            }
        }
        index
    }

    /// Indexes one person's name words as naming `voice` of interview `at`.
    fn person(&mut self, analyzer: &mut Analyzer, name: &str, at: usize, voice: Voice) {
        for word in analyzer.analyze(name) {
            let Some(term) = word.term else { continue };
            let spellings = self.spellings.entry(term.clone()).or_default();
            if !spellings.contains(&word.surface) {
                spellings.push(word.surface);
            }
            let entry = self.people.entry(term).or_default();
            let known = entry.iter().any(|(i, v)| *i == at && *v == voice);
            if !known {
                entry.push((at, voice.clone()));
            }
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
        for term in terms {
            let mut found = false;
            if let Some(people) = self.people.get(term) {
                if text_frequency(term) <= limit {
                    named.interviews.extend(people.iter().map(|(at, _)| *at));
                    named.voices.extend(people.iter().cloned());
                    found = true;
                }
            }
            for (interview, outlet) in self.outlets.get(term).into_iter().flatten() {
                if outlet.iter().all(|t| asked.contains(t.as_str())) {
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

/// Whether a question's name `term` comes right after a function word written with a capital,
/// which the analysis kept as part of a proper name (see `analyzer::proper`): "São Paulo", "La
/// Paz", "El Alto". Such a name is a place or an institution, not a person: "os jovens vão
/// para São Paulo?" does not ask about an interviewee called Paulo.
pub(super) fn in_a_place_name(plan: &QueryPlan, term: &str, language: Language) -> bool {
    let mut analyzer = Analyzer::new(language);
    let surface = |first: &str| {
        plan.concepts
            .iter()
            .find(|c| {
                c.alternatives
                    .first()
                    .is_some_and(|a| a.terms.iter().any(|t| t == first))
            })
            .map(|c| c.words.clone())
    };
    plan.phrases
        .iter()
        .filter(|pair| pair.gap == 1 && pair.second == term)
        .filter_map(|pair| surface(&pair.first))
        .any(|word| analyzer.analyze(&word).iter().all(|w| w.term.is_none()))
}

/// The other people who answer paragraphs of an interview, each once.
pub(super) fn guests(interview: &Interview) -> Vec<&str> {
    let mut guests: Vec<&str> = Vec::new();
    let credited = interview.turns.iter().flat_map(|t| t.speakers.iter());
    for guest in credited.flatten() {
        if !guests.contains(&guest.as_str()) {
            guests.push(guest);
        }
    }
    guests
}

impl Named {
    /// Which of `candidates` (passage ids) may answer: with no name, all; else the passages of
    /// the named interviews, and among those, when the question names who speaks (the
    /// interviewee or a second guest, not the outlet), only that person's paragraphs, unless
    /// none of them is a candidate (then the whole interview's, rather than nothing).
    pub(super) fn keeps(&self, corpus: &Corpus, candidates: &[usize]) -> Vec<bool> {
        if self.interviews.is_empty() {
            return vec![true; candidates.len()];
        }
        let passages = || candidates.iter().map(|&id| &corpus.passages[id]);
        let in_named: Vec<bool> = passages()
            .map(|p| self.interviews.binary_search(&p.interview).is_ok())
            .collect();
        let voiced: Vec<bool> = passages()
            .zip(&in_named)
            .map(|(p, &named)| named && self.voice_of(corpus, p))
            .collect();
        let mut kept = in_named.clone();
        for &interview in &self.interviews {
            let of_interview = |i: usize| corpus.passages[candidates[i]].interview == interview;
            let any_voiced = (0..candidates.len()).any(|i| of_interview(i) && voiced[i]);
            if any_voiced {
                for (i, keep) in kept.iter_mut().enumerate() {
                    if of_interview(i) {
                        *keep = voiced[i];
                    }
                }
            }
        }
        kept
    }

    /// Whether the passage is said by someone the question names in its interview (any passage,
    /// when the interview was named as a whole).
    fn voice_of(&self, corpus: &Corpus, passage: &Passage) -> bool {
        let guest = passage
            .turn
            .and_then(|turn| corpus.interviews[passage.interview].turns.get(turn))
            .and_then(|turn| turn.speakers.get(passage.paragraph))
            .and_then(Option::as_deref);
        self.voices
            .iter()
            .filter(|(at, _)| *at == passage.interview)
            .any(|(_, voice)| match (voice, guest) {
                (Voice::Whole, _) | (Voice::Interviewee, None) => true,
                (Voice::Guest(named), Some(guest)) => named == guest,
                _ => false,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Metadata;

    fn interview(interviewee: &str, outlet: &str) -> Arc<Interview> {
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

    fn conversation() -> Corpus {
        let turn = |answer: &[&str], speakers: &[Option<&str>]| crate::corpus::Turn {
            question: "Why the second shop?".into(),
            answer: answer.iter().map(|a| a.to_string()).collect(),
            line: 1,
            speakers: speakers.iter().map(|s| s.map(str::to_string)).collect(),
        };
        let mut two = (*interview("Lena Hart", "Roast")).clone();
        two.intro = vec!["Two founders, one roastery.".into()];
        two.turns = vec![turn(
            &["I was against it.", "The square brought customers."],
            &[None, Some("Omar Said")],
        )];
        let mut other = (*interview("Yui Tanaka", "Work Futures")).clone();
        other.turns = vec![turn(&["Shops close."], &[])];
        Corpus::new(vec![two, other])
    }

    #[test]
    fn a_second_guest_names_the_interview_and_keeps_only_their_paragraphs() {
        let corpus = conversation();
        let index = NameIndex::build(&corpus.interviews, Language::En);
        let ids: Vec<usize> = corpus.passages.iter().map(|p| p.id).collect();
        let guest = |p: &Passage| corpus.interview_of(p).speaker(p).to_string();
        let kept_for = |question: &str| -> Vec<String> {
            let terms = Analyzer::default().terms(question);
            let named = index.named(&terms, &|_| 1, 1_000);
            let kept = named.keeps(&corpus, &ids);
            ids.iter()
                .zip(kept)
                .filter(|(_, keep)| *keep)
                .map(|(&id, _)| guest(&corpus.passages[id]))
                .collect()
        };
        assert_eq!(kept_for("what does Omar think of the shop"), ["Omar Said"]);
        assert_eq!(
            kept_for("what does Hart think of the shop"),
            ["Lena Hart", "Lena Hart"],
            "the introduction and Hart's own paragraph"
        );
        assert_eq!(
            kept_for("what do Hart and Omar think").len(),
            3,
            "both named: the whole conversation"
        );
        assert_eq!(kept_for("shops").len(), corpus.passages.len());
    }

    #[test]
    fn a_named_voice_with_no_candidate_keeps_the_whole_interview() {
        let corpus = conversation();
        let index = NameIndex::build(&corpus.interviews, Language::En);
        let terms = Analyzer::default().terms("Omar");
        let named = index.named(&terms, &|_| 1, 1_000);
        let hart_only: Vec<usize> = corpus
            .passages
            .iter()
            .filter(|p| p.interview == 0 && corpus.interview_of(p).speaker(p) == "Lena Hart")
            .map(|p| p.id)
            .collect();
        assert!(named.keeps(&corpus, &hart_only).iter().all(|&k| k));
    }

    fn concept(words: &str, term: &str) -> crate::search::query::Concept {
        use crate::search::query::{Alternative, Concept, Source};
        Concept {
            words: words.into(),
            alternatives: vec![Alternative {
                terms: vec![term.into()],
                source: Source::Typed,
            }],
            weight: 1.0,
        }
    }

    #[test]
    fn a_name_after_a_capitalised_function_word_is_a_place_not_a_person() {
        use crate::search::query::PhrasePair;
        let pair = |first: &str, second: &str, gap| PhrasePair {
            first: first.into(),
            second: second.into(),
            gap,
        };
        let place = QueryPlan {
            concepts: vec![
                concept("jovens", "jov"),
                concept("sao", "sa"),
                concept("paulo", "paul"),
            ],
            phrases: vec![pair("jov", "sa", 4), pair("sa", "paul", 1)],
        };
        assert!(in_a_place_name(&place, "paul", Language::Pt));
        assert!(!in_a_place_name(&place, "jov", Language::Pt));
        let person = QueryPlan {
            concepts: vec![concept("paulo", "paul"), concept("menezes", "menez")],
            phrases: vec![pair("paul", "menez", 1)],
        };
        assert!(!in_a_place_name(&person, "menez", Language::Pt));
        assert!(!in_a_place_name(&person, "paul", Language::Pt));
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
