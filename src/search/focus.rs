//! The word a question asks about — its *focus* — and whether a passage speaks of it.
//!
//! "Which *university* did Marta Quispe study at?", "¿Cuántos *kilómetros* tiene el río?",
//! "Quem é o *técnico* da seleção?": the question names the kind of thing the answer is (a
//! university, kilometres, a coach). Across an
//! archive the question's other words are met together somewhere (Quispe's introduction says
//! she was a student), and coverage, salience and even the rarest-word rule are reached by a
//! passage that never says which university. The focus is the noun right after "which", "how
//! many" or "who is the…" (the last word before a preposition: "the current *coach* of"),
//! and a passage answers only if its answer (any paragraph, or the interviewer's question)
//! uses that word: as typed, corrected or in another form, not through a synonym (a synonym
//! of "university" such as "study" says nothing about which university).
//!
//! This is language structure, not calibration: it holds for one interview and for a thousand.
//! It applies across several interviews only (within one, the reader chose where to look), and
//! not when the phrase holds a name of the interviews' people ("which Quispe interview…": the
//! name already picks the answer), nor to a word most passages use (a general class, see
//! [`FOCUS_MAX_SHARE`]).

use super::analyzer::AnalyzedWord;
use super::query::{Concept, QueryPlan, Source};
use super::terms::{CorpusTerms, ResolvedPlan};
use super::{facts, Engine};

/// Share of passages above which a focus word is a general class ("how many *people*", "which
/// *country*", "what is the *year*…") that answers name by instance ("three thousand died",
/// "Bolivia") rather than by the word: one passage in twenty, as for the counted word of a
/// figure question (see `answer::COUNTED_MAX_SHARE`).
const FOCUS_MAX_SHARE: f64 = 0.05;

/// Words of the opening within which the question word comes: a chatty opening ("hey, quick
/// one: …") comes first.
const OPENING_WORDS: usize = 6;

/// Words asking "which" straight before a noun ("which university", "qual universidade"),
/// folded.
const WHICH_WORDS: &[&str] = &["which", "cual", "cuales", "qual", "quais"];

/// Words asking "how many" or "how much" straight before a noun, folded: "many" and "much"
/// after "how"; the Spanish and Portuguese forms that agree with a noun ("cuántos años",
/// "quanta água"), not "cuánto" and "quanto", which as often ask "how much does it cost".
#[rustfmt::skip]
const HOW_MANY_WORDS: &[&str] = &[
    "many", "much", "cuantos", "cuantas", "cuanta", "quantos", "quantas", "quanta",
];

/// "Many" and "much", which ask for a quantity only after "how" ("so many care workers" does
/// not).
const AFTER_HOW: &[&str] = &["many", "much"];

/// Question words that ask for a person before a copula ("who is the…", "¿quién es el…",
/// "quem é o…"), folded: the noun after is a role ("coach", "mayor"), which an answer that
/// names its holder says. "What is the…" and "¿cuál es el…" are left out: their noun is as
/// often an abstraction the answer never names ("what is the *future* of lithium?", "¿cuál
/// es la *diferencia*…?").
const WH_WORDS: &[&str] = &["who", "quien", "quienes", "quem"];

/// Forms of "to be" after a question word, folded ("é" folds to "e").
#[rustfmt::skip]
const COPULAS: &[&str] = &[
    "is", "was", "are", "were", "es", "era", "fue", "son", "eran", "fueron", "e", "foi", "sao",
    "eram", "foram",
];

/// Articles and determiners that may stand between a copula and the focus, folded.
#[rustfmt::skip]
const ARTICLES: &[&str] = &[
    "the", "a", "an", "el", "la", "los", "las", "un", "una", "o", "os", "as", "um", "uma",
];

/// Prepositions of the three languages, folded, which end the phrase the focus closes ("the
/// coach *of*…"): a question read in another language's analysis keeps them as words.
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "of", "for", "in", "on", "at", "to", "from", "de", "del", "da", "do", "das", "dos", "en",
    "em", "no", "na", "nos", "nas", "para", "por", "con", "com",
];

/// The position (in `words`) of the question's focus word, if its opening has one of the
/// shapes above.
pub(super) fn focus_word(words: &[AnalyzedWord]) -> Option<usize> {
    let is = |at: usize, list: &[&str]| words.get(at).is_some_and(|w| list.contains(&&*w.surface));
    let content = |at: usize| words.get(at).is_some_and(|w| w.term.is_some());
    let noun =
        |at: usize| content(at) && !is(at, COPULAS) && !is(at, ARTICLES) && !is(at, PREPOSITIONS);
    for at in 0..words.len().min(OPENING_WORDS) {
        let how = !is(at, AFTER_HOW) || (at > 0 && is(at - 1, &["how"]));
        if (is(at, WHICH_WORDS) || (is(at, HOW_MANY_WORDS) && how)) && noun(at + 1) {
            return Some(at + 1).filter(|&at| !facts::is_cue(&words[at].surface));
        }
        // "Who is the coach of…": a copula, then an article (without one the word is more
        // often a quality, "who is liable").
        if is(at, WH_WORDS) && is(at + 1, COPULAS) && is(at + 2, ARTICLES) {
            let start = at + 3;
            let end = (start..words.len())
                .find(|&i| !noun(i))
                .unwrap_or(words.len());
            return (end > start)
                .then(|| end - 1)
                .filter(|&at| !facts::is_cue(&words[at].surface));
        }
    }
    None
}

/// The concept of `plan` a word's term is the typed form of.
fn concept_of<'p>(plan: &'p QueryPlan, term: &str) -> Option<(usize, &'p Concept)> {
    plan.concepts.iter().enumerate().find(|(_, c)| {
        c.alternatives
            .first()
            .is_some_and(|a| a.source == Source::Typed && a.terms.iter().any(|t| t == term))
    })
}

/// Whether an alternative says the focus word itself, not a word for something near it.
fn says_the_word(source: Source) -> bool {
    matches!(source, Source::Typed | Source::Spelling | Source::Form)
}

impl Engine {
    /// The question's focus as a plan of one concept (its own word, corrections and forms), or
    /// `None` when it has none or its phrase names the interviews' people.
    pub(super) fn focus(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        words: &[AnalyzedWord],
    ) -> Option<ResolvedPlan> {
        let at = focus_word(words)?;
        let term = words[at].term.as_deref()?;
        let (_, naming) = self.named(terms, plan);
        let phrase_names = words[..=at]
            .iter()
            .filter_map(|w| concept_of(plan, w.term.as_deref()?))
            .any(|(index, _)| naming.get(index).copied().unwrap_or(false));
        if phrase_names {
            return None;
        }
        let passages = terms.analysed_passages().max(1) as f64;
        if terms.text_frequency(term) as f64 / passages > FOCUS_MAX_SHARE {
            return None;
        }
        let (_, concept) = concept_of(plan, term)?;
        let own = Concept {
            alternatives: concept
                .alternatives
                .iter()
                .filter(|a| says_the_word(a.source))
                .cloned()
                .collect(),
            ..concept.clone()
        };
        let focus = QueryPlan {
            concepts: vec![own],
            ..QueryPlan::default()
        };
        Some(terms.resolve(&focus))
    }

    /// Whether passage `id`'s answer (any of its paragraphs, or the interviewer's question it
    /// answers) uses the `focus` word.
    pub(super) fn speaks_of(&self, terms: &CorpusTerms, focus: &ResolvedPlan, id: usize) -> bool {
        let corpus = &self.corpus;
        corpus.section_of(&corpus.passages[id]).iter().any(|p| {
            terms
                .concept_matches(focus, p)
                .first()
                .is_some_and(|m| m.in_text || m.in_question)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::Analyzer;
    use crate::search::language::Language;

    fn focus(question: &str, language: Language) -> Option<String> {
        let words = Analyzer::new(language).analyze(question);
        focus_word(&words).map(|at| words[at].surface.clone())
    }

    #[test]
    fn the_focus_is_the_noun_after_which_how_many_or_what_is_the() {
        let en = Language::default();
        assert_eq!(
            focus("Which university did she study at?", en).as_deref(),
            Some("university")
        );
        assert_eq!(focus("What is the future of lithium?", en), None);
        assert_eq!(
            focus("Who is the current coach of the team?", en).as_deref(),
            Some("coach")
        );
        assert_eq!(
            focus("hey, how many goals did he score?", en).as_deref(),
            Some("goals")
        );
        assert_eq!(focus("What does she think about water?", en), None);
        assert_eq!(focus("Why are so many care workers leaving?", en), None);
        assert_eq!(focus("What is the name of her band?", en), None);
        assert_eq!(focus("Who is liable for the error?", en), None);
        assert_eq!(focus("Why did the deal fail?", en), None);
    }

    #[test]
    fn spanish_and_portuguese_ask_for_their_focus_the_same_ways() {
        let (es, pt) = (Language::Es, Language::Pt);
        let mayor = focus("¿Quién es el alcalde de Monterrey?", es);
        assert_eq!(mayor.as_deref(), Some("alcalde"));
        let coach = focus("Quem é o técnico da seleção?", pt);
        assert_eq!(coach.as_deref(), Some("tecnico"));
        let km = focus("Quantos quilômetros tem o rio?", pt);
        assert_eq!(km.as_deref(), Some("quilometros"));
        assert_eq!(focus("¿Cuánto cuesta un garrafón?", es), None);
    }

    #[test]
    fn across_an_archive_a_passage_that_never_says_the_focus_word_does_not_answer() {
        let engine = crate::search::testing::archive_engine();
        let unsaid = engine.search("Quantos quilômetros tem o rio Tapajós?", 1);
        assert!(
            matches!(
                unsaid.abstention,
                Some(crate::search::Abstention::OffSubject { .. })
            ),
            "{:?}",
            unsaid.hits.first().map(|h| &h.passage.text)
        );
        let said = engine.search("Quantos litros cabem numa cisterna de placas?", 1);
        assert!(said.hits[0].passage.text.contains("litros"), "{said:?}");
        let silva = engine
            .corpus()
            .interviews
            .iter()
            .position(|i| i.id == "silva-amazonia-pt");
        let scoped = crate::search::Scope::only(silva);
        let within = engine.search_in("Quantos quilômetros tem o rio Tapajós?", 1, &scoped);
        assert_eq!(
            within.hits.len(),
            1,
            "within one interview the rule does not apply"
        );
    }

    #[test]
    fn a_focus_word_most_passages_use_is_a_general_class_and_no_focus() {
        let engine = crate::search::testing::archive_engine();
        let focus_of = |question: &str, language: Language| {
            let index = engine.analyses.iter().position(|t| t.language == language);
            let terms = &engine.analyses[index.unwrap()];
            let plan = engine.plan_in(terms, question, &crate::search::Scope::All);
            let words = Analyzer::new(language).analyze(question);
            let share = |at: usize| {
                let term = words[at].term.as_deref().unwrap();
                terms.text_frequency(term) as f64 / terms.analysed_passages() as f64
            };
            let share = focus_word(&words).map(share);
            (share, engine.focus(terms, &plan, &words).is_some())
        };
        let (share, kept) = focus_of("¿Cuánta agua usa la agricultura?", Language::Es);
        assert!(share.unwrap() > FOCUS_MAX_SHARE && !kept);
        let (share, kept) = focus_of("¿Cuántos centímetros baja la ciudad?", Language::Es);
        assert!(share.unwrap() <= FOCUS_MAX_SHARE && kept);
    }
}
