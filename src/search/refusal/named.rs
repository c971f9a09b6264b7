//! When the interviews a question names vouch for a passage that covers little of it.
//!
//! Coverage weighs each word by its rarity in the whole corpus, and a word the corpus never
//! uses weighs the most: "¿Qué piensa Cárdenas de los retiros de las AFP?" covers a quarter
//! of its weight with "los retiros de los fondos de pensiones", since "AFP", which she spells
//! out, weighs as much as a name the archive never mentions. Across an archive such a match
//! is usually chance: every common word is used somewhere. But when the question names
//! interviews (their people or outlet) and a passage of theirs uses a word of the question
//! that those few passages would rarely contain by chance, the match is what the named person
//! talked about, not chance; and when every word it misses is one no passage of the corpus
//! uses, no other passage could have answered better. Such a passage is *vouched for*: it is
//! quoted although its coverage is under the bar, and although it uses the word once.
//!
//! A missed word written as a proper name ("Turquía" in "¿Qué piensa Aguirre del terremoto de
//! Turquía?") is another thing, which a corpus that spoke of it would name: it vouches for
//! nothing. An acronym in capitals ("AFP") is not: texts spell acronyms out. Nor does a passage
//! that meets fewer than half of the topic words: a question the corpus mostly cannot read is
//! about something else. An unknown proper name right beside the name that names the
//! interview is more of that name ("Lia" of "Lia Trovisco"), not a topic.
//!
//! The chance is the corpus's own: a word used by a share `p` of the passages turns up in `n`
//! passages of the named interviews with probability `1 - (1 - p)^n`. With one interview, or a
//! chat that picked one, the named interviews are the whole corpus, every word the corpus uses
//! is certain to be found there, and nothing is vouched for: the rule holds at any corpus size
//! without retuning ("What does Llorenti think about the war in Ukraine?" stays refused in an
//! interview that says "war" in passing). Questions asking for a fact keep their own rules.

use std::cell::OnceCell;
use std::collections::HashSet;

use super::super::analyzer::AnalyzedWord;
use super::super::query::QueryPlan;
use super::super::terms::{CorpusTerms, FieldKind, ResolvedPlan};
use super::super::{Engine, Scope};

/// Probability under which finding a word in the named interviews is not chance: a word the
/// named person uses more often than a coin would put it there is theirs.
pub(in crate::search) const MAX_CHANCE: f64 = 0.5;

/// A vouched passage meets at least one in this many of the question's topic words: a
/// question whose words the corpus mostly never uses ("how do I set up a reverse proxy for
/// her app?") asks about something else, whatever one word the named interview shares.
const MIN_MET_SHARE_INVERSE: usize = 2;

/// What the question's concepts tell about the named interviews, concept by concept.
#[derive(Debug, Clone, PartialEq)]
pub(in crate::search) struct Concept {
    /// Whether it counts towards coverage (a topic word, not a name of the named interviews).
    pub(in crate::search) topical: bool,
    /// Whether some passage of the corpus uses it (in its text or interviewer's question).
    pub(in crate::search) known: bool,
    /// Whether the named interviews would contain it by chance less often than
    /// [`MAX_CHANCE`].
    pub(in crate::search) telling: bool,
    /// Whether the question writes it as a proper name: capitalised, not in capitals, and
    /// not opening the question.
    pub(in crate::search) proper_name: bool,
}

/// Whether `words` (a concept's, folded) are written in `question` (analysed as `analysed`)
/// as a proper name: a capitalised word, not all in capitals, that does not open it.
pub(in crate::search) fn written_as_proper_name(
    question: &str,
    analysed: &[AnalyzedWord],
    words: &str,
) -> bool {
    let proper = |w: &AnalyzedWord| {
        let written = question.get(w.start..w.end).unwrap_or_default();
        let mut letters = written.chars().filter(|c| c.is_alphabetic());
        let capitalised = letters.next().is_some_and(char::is_uppercase);
        capitalised && w.position > 0 && letters.any(char::is_lowercase)
    };
    let mut words = words.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|word| (analysed.iter()).filter(|w| w.surface == word).any(proper))
}

/// Whether each concept of `plan` is written as a proper name in the question, and the words
/// of those that also name an interview (by `naming`).
fn proper_names<'p>(
    plan: &'p QueryPlan,
    naming: &[bool],
    (question, analysed): (&str, &[AnalyzedWord]),
) -> (Vec<bool>, Vec<&'p str>) {
    let proper: Vec<bool> = (plan.concepts.iter())
        .map(|c| written_as_proper_name(question, analysed, &c.words))
        .collect();
    let names_written = (plan.concepts.iter().zip(naming))
        .zip(&proper)
        .filter(|((_, &names), &proper)| names && proper)
        .map(|((c, _), _)| c.words.as_str())
        .collect();
    (proper, names_written)
}

/// Whether a concept's `words` (folded) stand right before or after one of `names` (the
/// words of concepts that name an interview) in the analysed question.
fn beside_a_name(analysed: &[AnalyzedWord], words: &str, names: &[&str]) -> bool {
    let positions = |words: &str| -> Vec<usize> {
        let words: Vec<&str> = words.split_whitespace().collect();
        (analysed.iter())
            .filter(|w| words.contains(&w.surface.as_str()))
            .map(|w| w.position)
            .collect()
    };
    let named: Vec<usize> = names.iter().flat_map(|n| positions(n)).collect();
    positions(words)
        .iter()
        .any(|&at| named.iter().any(|&n| n.abs_diff(at) == 1))
}

/// Probability that `passages` passages drawn from the corpus contain, by chance, a word
/// used by `share` (0..=1) of the corpus's passages.
pub(in crate::search) fn chance(share: f64, passages: usize) -> f64 {
    1.0 - (1.0 - share.clamp(0.0, 1.0)).powi(passages.min(i32::MAX as usize) as i32)
}

/// Whether a passage that matches the concepts marked in `matched` (in plan order) is vouched
/// for: it matches a telling topic word, and every topic word it misses is one the corpus
/// never uses, not written as a proper name.
pub(in crate::search) fn vouches(concepts: &[Concept], matched: &[bool]) -> bool {
    let topic = || concepts.iter().zip(matched).filter(|(c, _)| c.topical);
    let telling = topic().any(|(c, &m)| m && c.telling);
    let misses_only_unknown = topic().all(|(c, &m)| m || !(c.known || c.proper_name));
    let met = topic().filter(|(_, &m)| m).count();
    telling && misses_only_unknown && met * MIN_MET_SHARE_INVERSE >= topic().count()
}

/// The evidence of the named interviews for one question.
pub(in crate::search) struct Vouching<'e> {
    /// The reading's terms, to tell which concepts a passage matches.
    terms: &'e CorpusTerms,
    /// The question's concepts as term ids, in plan order.
    resolved: &'e ResolvedPlan,
    /// The engine, for the passages.
    engine: &'e Engine,
    /// The named interviews within the search's scope: only their passages are vouched for.
    interviews: HashSet<usize>,
    /// What each concept tells, in plan order.
    concepts: Vec<Concept>,
}

impl Vouching<'_> {
    /// Whether passage `id` is vouched for (see [`vouches`]).
    pub(in crate::search) fn vouches(&self, id: usize) -> bool {
        let passage = &self.engine.corpus.passages[id];
        if !self.interviews.contains(&passage.interview) {
            return false;
        }
        let matched: Vec<bool> = self
            .resolved
            .concepts
            .iter()
            .map(|concept| {
                concept.alternatives.iter().any(|ids| {
                    ids.iter().all(|id| {
                        id.is_some_and(|id| {
                            self.terms.in_text(passage, id) || self.terms.in_question(passage, id)
                        })
                    })
                })
            })
            .collect();
        vouches(&self.concepts, &matched)
    }
}

/// What a search needs to ask the named interviews, read only when a refusal asks them
/// (most questions have a passage that reaches the bar).
pub(in crate::search) struct Voucher<'e> {
    /// The engine searched.
    engine: &'e Engine,
    /// The reading's terms.
    terms: &'e CorpusTerms,
    /// The question as read, with its concepts' weights and names.
    plan: &'e QueryPlan,
    /// The same concepts as term ids.
    resolved: &'e ResolvedPlan,
    /// The interviews the search may quote.
    scope: &'e Scope,
    /// The question as written and analysed, to see how it writes each word.
    question: (&'e str, &'e [AnalyzedWord]),
    /// The evidence, once read; `None` inside when nothing may be vouched for.
    vouching: OnceCell<Option<Vouching<'e>>>,
}

impl Voucher<'_> {
    /// Whether the named interviews vouch for passage `id` (see [`vouches`]).
    pub(in crate::search) fn vouches(&self, id: usize) -> bool {
        let vouching = self.vouching.get_or_init(|| {
            let Voucher {
                engine,
                terms,
                plan,
                resolved,
                scope,
                question,
                ..
            } = self;
            engine.vouching(terms, plan, resolved, scope, *question)
        });
        vouching.as_ref().is_some_and(|v| v.vouches(id))
    }
}

impl Engine {
    /// The named interviews' voucher for one search of `question` (and its analysed words).
    pub(in crate::search) fn voucher<'e>(
        &'e self,
        terms: &'e CorpusTerms,
        (plan, resolved): (&'e QueryPlan, &'e ResolvedPlan),
        scope: &'e Scope,
        question: (&'e str, &'e [AnalyzedWord]),
    ) -> Voucher<'e> {
        Voucher {
            engine: self,
            terms,
            plan,
            resolved,
            scope,
            question,
            vouching: OnceCell::new(),
        }
    }

    /// The named interviews' evidence for a question that names some (within `scope`) and
    /// asks for no fact, searched across several interviews; `None` otherwise.
    fn vouching<'e>(
        &'e self,
        terms: &'e CorpusTerms,
        plan: &QueryPlan,
        resolved: &'e ResolvedPlan,
        scope: &Scope,
        (question, analysed): (&str, &[AnalyzedWord]),
    ) -> Option<Vouching<'e>> {
        if !self.spans_several_interviews(scope) {
            return None;
        }
        let (named, naming) = self.named(terms, plan);
        let interviews: HashSet<usize> = (named.interviews.iter().copied())
            .filter(|&at| scope.includes(at))
            .collect();
        let passages: usize = (interviews.iter())
            .map(|&at| self.corpus.passages.of_interview(at).len())
            .sum();
        if passages == 0 {
            return None;
        }
        let corpus = terms.analysed_passages().max(1) as f64;
        let used =
            |t: &String| terms.present(FieldKind::Text, t) || terms.present(FieldKind::Question, t);
        let (proper, names_written) = proper_names(plan, &naming, (question, analysed));
        let concepts = (plan.concepts.iter().zip(&naming).zip(&proper))
            .map(|((concept, &names), &proper_name)| {
                let counted = concept.alternatives.iter().filter(|a| a.source.counts());
                let known = counted.clone().any(|a| a.terms.iter().all(used));
                // The most frequent way of matching it: a synonym common enough to be found
                // anywhere makes the concept as likely by chance.
                let frequency = (counted.flat_map(|a| a.terms.iter()))
                    .map(|t| passage_frequency(terms, t))
                    .max()
                    .unwrap_or(0);
                // An unknown proper name beside the name that names the interview is more of
                // that name ("Lia" of "Lia Trovisco", where the text writes neither).
                let of_the_name = !known
                    && proper_name
                    && beside_a_name(analysed, &concept.words, &names_written);
                Concept {
                    topical: !names && !of_the_name,
                    known,
                    telling: known && chance(frequency as f64 / corpus, passages) < MAX_CHANCE,
                    proper_name,
                }
            })
            .collect::<Vec<Concept>>();
        tracing::debug!(passages, ?concepts, "what the named interviews vouch for");
        Some(Vouching {
            terms,
            resolved,
            engine: self,
            interviews,
            concepts,
        })
    }
}

/// Passages whose text or interviewer's question contains `term` (the larger count, as the
/// weights count it): a word of the interviewer's questions is found there by chance too.
fn passage_frequency(terms: &CorpusTerms, term: &str) -> u64 {
    terms.id(term).map_or(0, |id| {
        let id = id as usize;
        u64::from(terms.text_frequency[id].max(terms.question_frequency[id]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concept(topical: bool, known: bool, telling: bool) -> Concept {
        Concept {
            topical,
            known,
            telling,
            proper_name: false,
        }
    }

    #[test]
    fn a_word_few_passages_use_is_seldom_found_by_chance_in_a_few_passages_but_always_in_all() {
        assert!(chance(2.0 / 300.0, 30) < MAX_CHANCE);
        assert!(chance(30.0 / 300.0, 30) > MAX_CHANCE);
        assert!(chance(1.0 / 300.0, 300) > MAX_CHANCE);
        assert_eq!(chance(0.0, 30), 0.0);
        assert_eq!(chance(1.0, 1), 1.0);
    }

    #[test]
    fn a_telling_word_vouches_only_when_every_word_missed_is_unknown_to_the_corpus() {
        let name = concept(false, true, false);
        let telling = concept(true, true, true);
        let unknown = concept(true, false, false);
        let common = concept(true, true, false);
        let question = [name.clone(), telling.clone(), unknown.clone()];
        assert!(vouches(&question, &[false, true, false]));
        assert!(!vouches(&question, &[true, false, false]), "the name alone");
        let known_missed = [name, telling.clone(), common.clone()];
        assert!(!vouches(&known_missed, &[false, true, false]));
        let only_common = [common, unknown.clone()];
        assert!(!vouches(&only_common, &[true, false]));
        let place = Concept {
            proper_name: true,
            ..unknown
        };
        assert!(
            !vouches(&[telling.clone(), place], &[true, false]),
            "another thing"
        );
        let mostly_unknown = [telling, unknown.clone(), unknown.clone(), unknown];
        assert!(
            !vouches(&mostly_unknown, &[true, false, false, false]),
            "one word of four the corpus knows"
        );
    }

    #[test]
    fn a_word_the_interviewers_ask_more_than_answers_counts_by_its_questions() {
        let terms = &crate::search::testing::archive_engine().analyses[0];
        let (term, &id) = (terms.ids.iter())
            .find(|(_, &id)| {
                let id = id as usize;
                terms.question_frequency[id] > terms.text_frequency[id]
            })
            .expect("a word asked more often than answered");
        let asked = u64::from(terms.question_frequency[id as usize]);
        assert_eq!(passage_frequency(terms, term), asked);
        assert_eq!(passage_frequency(terms, "nosuchwordanywhere"), 0);
    }

    #[test]
    fn a_word_right_beside_a_name_is_part_of_it() {
        use crate::search::analyzer::{Analyzer, Language};
        let question = "O que Lia Trovisco pensa de Pessoa?";
        let analysed = Analyzer::new(Language::Pt).analyze(question);
        assert!(beside_a_name(&analysed, "lia", &["trovisco"]));
        assert!(!beside_a_name(&analysed, "pessoa", &["trovisco"]));
        assert!(!beside_a_name(&analysed, "lia", &[]));
    }

    #[test]
    fn a_capitalised_word_inside_the_question_is_a_proper_name_but_an_acronym_is_not() {
        use crate::search::analyzer::{Analyzer, Language};
        let question = "¿Qué piensa Aguirre del terremoto de Turquía y de las AFP?";
        let analysed = Analyzer::new(Language::Es).analyze(question);
        assert!(written_as_proper_name(question, &analysed, "turquia"));
        assert!(!written_as_proper_name(question, &analysed, "afp"));
        assert!(!written_as_proper_name(question, &analysed, "terremoto"));
        let opening = "Turquía, ¿qué dijo?";
        let analysed = Analyzer::new(Language::Es).analyze(opening);
        assert!(!written_as_proper_name(opening, &analysed, "turquia"));
    }
}
