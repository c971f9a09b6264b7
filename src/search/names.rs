//! Which interviews a question names: "what does Quispe think about water?" is about Marta
//! Quispe's interviews, whoever else mentions water.
//!
//! A question names an interview through one of its people (interviewee or interviewer) or its
//! outlet. A person counts by any word of their name that is rare in the passages' text (a
//! surname, or a first name nobody else uses), so "Quispe" and "Marta Quispe" both work while a
//! first name shared with common words does not. An outlet is often made of common words ("Work
//! Futures", "Field & Climate"), so it counts only when the question has all of its words.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::analyzer::Analyzer;
use super::language::Language;
use crate::corpus::Interview;

/// A person's name word found in more than this share of passages is a common word (a first
/// name like "Rosa" in a Spanish archive, or a surname like "Bell"), not a way of naming them.
const NAME_MAX_TEXT_SHARE: f64 = 0.02;

/// Below this many passages the share above is too coarse: a name may appear in a few
/// passages of a small corpus (the introduction, a reply that quotes it).
const NAME_MIN_TEXT_PASSAGES: u64 = 6;

/// The people and outlets of every interview, by index term.
#[derive(Debug, Default)]
pub(super) struct NameIndex {
    /// The analysis names were read with, that of the questions they are compared with.
    language: Language,
    /// Person name term -> interviews where that person is interviewee or interviewer.
    people: HashMap<String, Vec<usize>>,
    /// First term of an outlet's name -> (interview, all terms of the outlet's name).
    outlets: HashMap<String, Vec<(usize, Vec<String>)>>,
}

/// The interviews a question names and the question terms that name them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Named {
    /// Interview indexes, sorted, unique.
    pub(super) interviews: Vec<usize>,
    /// The question's terms that named them.
    pub(super) terms: Vec<String>,
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
            for person in [&m.interviewee, &m.interviewer].into_iter().flatten() {
                for term in analyzer.terms(person) {
                    let entry = index.people.entry(term).or_default();
                    if entry.last() != Some(&at) {
                        entry.push(at);
                    }
                }
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
            if let Some(interviews) = self.people.get(term) {
                if text_frequency(term) <= limit {
                    named.interviews.extend(interviews);
                    found = true;
                }
            }
            for (interview, outlet) in self.outlets.get(term).into_iter().flatten() {
                if outlet.iter().all(|t| asked.contains(t.as_str())) {
                    named.interviews.push(*interview);
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
}
