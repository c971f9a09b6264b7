//! The engine's side of [`super::facts`]: for a question that asks for a fact, whether a
//! candidate passage gives the kind of fact asked near the question's topic words, and —
//! across several interviews — whether it speaks of what the question is about at all.
//!
//! A question asking for a fact ("Quem é o técnico da seleção brasileira?", "Which
//! university did Marta Quispe study at?", "¿Quién ganó el Mundial de 2022?") names one
//! precise thing, and its rarest word is usually that thing. In an archive, the common words
//! of such a question are met together somewhere (a health official's answer on Brazilians and
//! their hospitals), and coverage and salience are reached by a passage about something else.
//! So across several interviews such a question is answered only by a passage whose answer
//! matches its rarest topical word the corpus knows as typed, in a passage's text or in an
//! interviewer's question (a word the corpus never uses, or a typo it corrects, is no evidence
//! either way). Questions about views and reasons ("what
//! does she think…", "why…") are left to coverage: their rarest word is often a paraphrase.
//! Within one interview the reader chose where to look, and the rule is not applied.
//!
//! A yes-or-no question that names one interview's people ("O romance de Elvira Vigna é
//! autobiográfico?") picks that interview as surely as a chat that chose it: there a single
//! mention of the topic answers, as within one interview.

use std::cell::RefCell;
use std::rc::Rc;

use super::analyzer::{AnalyzedWord, Analyzer};
use super::facts::{self, Fact};
use super::query::{Concept, QueryPlan};
use super::rerank::introduction::asks_view;
use super::terms::ConceptMatch;
use super::terms::{CorpusTerms, FieldKind, ResolvedPlan};
use super::together::{Anchor, Sides};
use super::{Engine, Scope};
use crate::corpus::Passage;
use anchor::{anchor, names_one_thing, used_by_passages};

mod anchor;
mod fact;
mod titles;
#[cfg(test)]
mod unused_partner_tests;

/// Share of passages above which the rarest word of a question is a general word rather than
/// the precise thing it names, and need not be said with the question's other words (see
/// [`super::together`]): one passage in twenty, as for focus words.
const ANCHOR_MAX_SHARE: f64 = 0.05;

/// A question that asks for a fact, as passages are checked against it.
pub(super) struct FactAsked {
    /// What it asks for.
    fact: Fact,
    /// The index terms of its topic (not the names of the interviews it names, nor the words
    /// that only ask for the fact).
    topic: Vec<String>,
    /// The index terms of all its words and their alternatives, names included.
    own: Vec<String>,
}

/// The checks a question asking for a fact puts on candidate passages.
pub(super) struct FactChecks<'e> {
    engine: &'e Engine,
    terms: &'e CorpusTerms,
    resolved: &'e ResolvedPlan,
    /// The year, time or name asked for, if any (a quantity is checked by the figure rule).
    asked: Option<FactAsked>,
    /// The concept a passage must match, by index in the plan: the rarest topical one, for a
    /// question asking for a fact across several interviews.
    rarest: Option<usize>,
    /// Whether a word of the question met once is an answer: within one interview (a corpus
    /// of one, a chat that picked one), or for a yes-or-no question that names one interview's
    /// people, which picks it as surely ("¿Era tímida Margarita Salas?").
    in_passing_is_enough: bool,
    /// Reads passages (the question's analyzer, shared with the figure rule).
    reader: &'e RefCell<Analyzer>,
    /// Whether the question names one interview's people, whose title then frames every
    /// answer there (see [`FactChecks::has_rarest`]).
    names_one: bool,
    /// The word the question asks about, across several interviews (see [`super::focus`]).
    focus: Option<ResolvedPlan>,
    /// The question's rarest topical concept and the others it must be said with (see
    /// [`super::together`]), for a question asking for a fact across several interviews.
    anchor: Option<Anchor>,
    /// The analysed words of the titles read so far, by interview: candidates of one
    /// interview share its title, read once per question.
    titles: RefCell<Vec<(usize, Rc<[AnalyzedWord]>)>>,
}

impl FactChecks<'_> {
    /// The year, time or name asked for, if any.
    pub(super) fn fact(&self) -> Option<Fact> {
        self.asked.as_ref().map(|asked| asked.fact)
    }

    /// Whether a word of the question met once in a passage is an answer (see
    /// [`super::refusal::Rules`]).
    pub(super) fn in_passing_is_enough(&self) -> bool {
        self.in_passing_is_enough
    }

    /// Whether a passage must match the question's rarest word (see the module doc) or its
    /// focus word (see [`super::focus`]).
    pub(super) fn needs_rarest(&self) -> bool {
        self.rarest.is_some() || self.focus.is_some()
    }

    /// Whether passage `id` gives the fact asked (see [`facts::gives`]).
    pub(super) fn gives(&self, id: usize) -> bool {
        let Some(asked) = &self.asked else {
            return true;
        };
        self.engine
            .gives_fact(&mut self.reader.borrow_mut(), id, asked)
    }

    /// Whether passage `id`'s answer (any of its paragraphs, or the interviewer's question
    /// it answers) matches the question's rarest topical concept: the answer is about it,
    /// and the paragraph that ranks best may be the one beside the mention.
    /// With a focus word (see [`super::focus`]), the answer must use it too.
    pub(super) fn has_rarest(&self, id: usize) -> bool {
        let focus = self.focus.as_ref();
        if !focus.is_none_or(|focus| self.engine.speaks_of(self.terms, focus, id)) {
            return false;
        }
        let Some(rarest) = self.rarest else {
            return true;
        };
        let (passage, _, matches) = self.section_matches(id);
        let in_answer = matches
            .iter()
            .any(|m| m.get(rarest).is_none_or(|m| m.in_text || m.in_question));
        in_answer || (self.names_one && self.title_has(passage, rarest))
    }

    /// Passage `id`, the paragraphs of its answer, and what each of them matches of the
    /// question's concepts: both passage rules read the whole answer, not the paragraph that
    /// ranked.
    fn section_matches(&self, id: usize) -> (&Passage, &[Passage], Vec<Vec<ConceptMatch>>) {
        let corpus = &self.engine.corpus;
        let passage = &corpus.passages[id];
        let section = corpus.section_of(passage);
        let matches = section
            .iter()
            .map(|p| self.terms.concept_matches(self.resolved, p))
            .collect();
        (passage, section, matches)
    }

    /// Whether the question's rarest word must be said near another of its words (see
    /// [`super::together`]).
    pub(super) fn needs_together(&self) -> bool {
        self.anchor.is_some()
    }

    /// Whether passage `id`'s answer says the question's rarest word near another of its
    /// words (see [`super::together`]).
    pub(super) fn says_together(&self, id: usize) -> bool {
        let (passage, section, matches) = self.section_matches(id);
        self.anchor.as_ref().is_none_or(|anchor| {
            let in_text =
                |m: &[ConceptMatch]| anchor.sides(&|at| m.get(at).is_some_and(|m| m.in_text));
            let paragraphs: Vec<(Sides, &str)> = matches
                .iter()
                .zip(section)
                .map(|(m, p)| (in_text(m), &*p.text))
                .collect();
            let asked = matches.first().map_or_else(Sides::default, |m| {
                anchor.sides(&|at| m.get(at).is_some_and(|m| m.in_question))
            });
            let title = |analyzer: &mut Analyzer| self.title_words(analyzer, passage);
            anchor.said_together(&mut self.reader.borrow_mut(), (asked, &title), &paragraphs)
        })
    }
}

impl Engine {
    /// The checks for `question` (its analysed `words`) in this language's reading;
    /// `asks_figure` when the figure rule already applies.
    pub(super) fn fact_checks<'e>(
        &'e self,
        terms: &'e CorpusTerms,
        plan: &QueryPlan,
        resolved: &'e ResolvedPlan,
        words: &[AnalyzedWord],
        (asks_figure, scope): (bool, &Scope),
        reader: &'e RefCell<Analyzer>,
    ) -> FactChecks<'e> {
        let asked = if asks_figure {
            None
        } else {
            self.fact_asked(terms, plan, words)
        };
        let factoid = asks_figure || asked.is_some() || facts::asks_which(words);
        let several = self.spans_several_interviews(scope);
        let picks_one = || self.names_one_interview(terms, plan, scope);
        // A yes-or-no question or one asking for the view of one interview's people picks that
        // interview as a chat that chose it would, where a single mention answers.
        let asks_them = facts::asks_yes_or_no(words) || asks_view(words);
        let in_passing_is_enough = !several || (!factoid && asks_them && picks_one());
        let rarest = (factoid && several)
            .then(|| self.rarest_known_concept(terms, plan))
            .flatten();
        let focus = several.then(|| self.focus(terms, plan, words)).flatten();
        let rare = |at: &usize| {
            let typed = plan.concepts[*at].alternatives.first();
            let frequency = typed.map_or(0, |a| {
                a.terms
                    .iter()
                    .map(|t| terms.text_frequency(t))
                    .max()
                    .unwrap_or(0)
            });
            names_one_thing(frequency, terms.analysed_passages())
        };
        // A question naming one interview's people relates its rarest word to them, whose
        // every passage there is: no second word of it need stand beside that one.
        let anchor = rarest.filter(|_| !picks_one()).filter(rare).and_then(|at| {
            let used = |c: &Concept| used_by_passages(terms, c);
            anchor(plan, at, &self.named(terms, plan).1, &used)
        });
        FactChecks {
            engine: self,
            terms,
            resolved,
            asked,
            rarest,
            in_passing_is_enough,
            reader,
            names_one: several && picks_one(),
            focus,
            anchor,
            titles: RefCell::new(Vec::new()),
        }
    }

    /// Whether the question's names pick exactly one interview of `scope`.
    fn names_one_interview(&self, terms: &CorpusTerms, plan: &QueryPlan, scope: &Scope) -> bool {
        let (named, _) = self.named(terms, plan);
        let in_scope = named
            .interviews
            .iter()
            .copied()
            .filter(|&i| scope.includes(i));
        let named = Scope::only(in_scope);
        named.interviews().is_some_and(|n| !n.is_empty()) && !self.spans_several_interviews(&named)
    }

    /// The heaviest of the question's topical concepts (those that do not only name an
    /// interview) whose word, as typed, the corpus uses: in a passage's text or in an
    /// interviewer's question, whose words are the corpus's too. A word only the interviewers
    /// write was skipped as if unknown, and a commoner word of the question had to be said
    /// instead: "¿A quién enseñaba los borradores del libro?" wanted "libro" of the reply to
    /// "¿A quién enseñaba los borradores mientras escribía?".
    fn rarest_known_concept(&self, terms: &CorpusTerms, plan: &QueryPlan) -> Option<usize> {
        let (_, naming) = self.named(terms, plan);
        let used =
            |t: &String| terms.text_frequency(t) > 0 || terms.present(FieldKind::Question, t);
        let known = |c: &super::query::Concept| {
            c.alternatives
                .first()
                .is_some_and(|a| a.terms.iter().all(used))
        };
        plan.concepts
            .iter()
            .zip(&naming)
            .enumerate()
            .filter(|(_, (concept, &naming))| !naming && known(concept))
            .max_by(|(_, (a, _)), (_, (b, _))| a.weight.total_cmp(&b.weight))
            .map(|(at, _)| at)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::search::testing::{archive_engine, engine_of};
    use crate::search::{Abstention, Fact};

    /// A short interview with `name`, where `answer` replies to `prompt`, written in `dir`.
    fn interview(dir: &std::path::Path, name: &str, prompt: &str, answer: &str) {
        let text = format!(
            "+++\ntitle = \"Entrevista a {name}\"\ninterviewee = \"{name}\"\n+++\n\
             P. {prompt}\n\nR. {answer}\n\nP. ¿Qué hace los domingos?\n\n\
             R. Camino por el monte con mis perros y cocino para mi familia.\n"
        );
        let surname = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
        std::fs::write(dir.join(format!("{surname}.txt")), text).unwrap();
    }

    #[test]
    fn the_title_of_the_interview_a_question_names_frames_its_answers() {
        let dir = tempfile::tempdir().unwrap();
        let text = "+++\ntitle = \"Nora Lazkano: «Bilbao me enseñó a escuchar»\"\n\
                    interviewee = \"Nora Lazkano\"\n+++\nP. ¿Quién fue para usted el mejor \
                    alcalde de esta ciudad?\n\nR. Mi abuelo, sin duda, que gobernó con calma.\n\nP. ¿Qué hace los \
                    domingos?\n\nR. Camino por el monte con mis perros y cocino para mi familia.\n";
        std::fs::write(dir.path().join("lazkano.txt"), text).unwrap();
        interview(
            dir.path(),
            "Tomás Gil",
            "¿Y el taller?",
            "Era de mi abuelo.",
        );
        interview(
            dir.path(),
            "Pedro Sanz",
            "¿Dónde vive?",
            "Vivo en Bilbao, cerca del río.",
        );
        let loaded = crate::corpus::load_dir(dir.path()).unwrap().interviews;
        let engine = engine_of(loaded.into_iter().map(Arc::new).collect());
        let named = engine.search(
            "¿Quién fue el mejor alcalde de Bilbao para Nora Lazkano?",
            1,
        );
        let quoted = named.hits.first().map(|h| &*h.passage.text);
        assert!(quoted.is_some_and(|t| t.contains("abuelo")), "{named:?}");
        let unnamed = engine.search("¿Quién fue el mejor alcalde de Bilbao?", 1);
        assert!(unnamed.hits.is_empty(), "{unnamed:?}");
    }

    #[test]
    fn a_word_only_an_interviewer_writes_is_the_rarest_and_its_reply_answers() {
        let dir = tempfile::tempdir().unwrap();
        interview(
            dir.path(),
            "Lena Ortiz",
            "¿A quién enseñaba los borradores mientras escribía?",
            "A mi hermana, siempre, antes que a nadie.",
        );
        interview(
            dir.path(),
            "Tomás Gil",
            "¿Qué lee?",
            "Un libro sobre el mar y los puertos del norte.",
        );
        interview(
            dir.path(),
            "Pedro Sanz",
            "¿Y su taller?",
            "Tiene un libro de cuentas viejo.",
        );
        let loaded = crate::corpus::load_dir(dir.path()).unwrap().interviews;
        let engine = engine_of(loaded.into_iter().map(Arc::new).collect());
        // "borradores" is written only by an interviewer; "libro", in two replies elsewhere,
        // was the rarest word the corpus knew, and the reply that answers never says it.
        let outcome = engine.search("¿A quién enseñaba los borradores del libro?", 1);
        let quoted = outcome.hits.first().map(|h| &*h.passage.text);
        assert!(quoted.is_some_and(|t| t.contains("hermana")), "{outcome:?}");
    }

    #[test]
    fn only_a_word_few_passages_use_must_be_said_with_another() {
        assert!(super::names_one_thing(1, 40));
        assert!(super::names_one_thing(2, 40));
        assert!(!super::names_one_thing(3, 40));
        assert!(
            !super::names_one_thing(1, 4),
            "in a small corpus no word is that rare"
        );
    }

    #[test]
    fn a_yes_or_no_question_naming_one_interviewee_is_answered_by_a_single_mention() {
        let dir = tempfile::tempdir().unwrap();
        interview(
            dir.path(),
            "Lucía Ferrer",
            "De pequeña no hablaba en clase.",
            "Yo era muy tímida hasta que me fui a estudiar a Valencia.",
        );
        interview(
            dir.path(),
            "Tomás Gil",
            "¿Cómo empezó en la carpintería?",
            "En el taller de mi abuelo, barriendo virutas a los ocho años.",
        );
        let loaded = crate::corpus::load_dir(dir.path()).unwrap().interviews;
        let engine = engine_of(loaded.into_iter().map(Arc::new).collect());
        let named = engine.search("¿Lucía Ferrer era tímida?", 1);
        let quoted = named.hits.first().map(|h| &*h.passage.text);
        assert!(quoted.is_some_and(|t| t.contains("tímida")), "{named:?}");
        let unnamed = engine.search("¿Era tímida de niña?", 1);
        assert!(matches!(
            unnamed.abstention,
            Some(Abstention::OnlyInPassing { .. })
        ));
    }

    #[test]
    fn a_question_for_a_fact_is_refused_by_passages_on_something_else() {
        let engine = archive_engine();
        let university = engine.search("Which university did Marta Quispe study at?", 1);
        assert_eq!(
            university
                .abstention
                .map(|a| matches!(a, Abstention::OffSubject { .. })),
            Some(true)
        );
        let born = engine.search("Where was Marta Quispe born?", 1);
        assert!(born.hits[0].passage.text.contains("born in Potosí"));
    }

    #[test]
    fn a_year_or_a_name_is_asked_of_the_passages_near_the_question_s_words() {
        let engine = archive_engine();
        let year = engine.search("¿En qué año nació Rosa García?", 1);
        assert!(
            matches!(
                year.abstention,
                Some(Abstention::NotGiven {
                    fact: Fact::Year,
                    ..
                })
            ),
            "{:?}",
            year.hits.first().map(|h| &h.passage.text)
        );
        let band = engine.search("What is the name of Lucía Reyes's band?", 1);
        assert!(band.hits[0].passage.text.contains("called Marea Baja"));
    }
}
