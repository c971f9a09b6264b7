//! Planning: a question's words become weighted concepts, each with its ways of matching
//! (typed, synonyms, spelling corrections, other forms), and neighbouring words phrase boosts.

use super::{
    bounded, fillers, idf, related, slips, Alternative, Concept, PhrasePair, QueryPlan, Source,
    TermStatistics,
};
use crate::search::analyzer::{AnalyzedWord, Analyzer, Language};
use crate::search::synonyms::{SynonymMatch, Synonyms};
use crate::search::vocabulary::Vocabulary;

/// More concepts than this add cost without changing the best passage.
const MAX_CONCEPTS: usize = 32;

/// Two-word phrase boosts considered per question.
const MAX_PHRASES: usize = 16;

/// A name the corpus never mentions ("France", "Netflix") is strong evidence the question is
/// about something else, more than an unknown common word, which is often just a paraphrase.
const UNKNOWN_NAME_FACTOR: f32 = 2.0;

/// Unknown names shorter than this are not spelling-corrected: four-letter names have too many
/// corpus words one edit away.
const MIN_NAME_CORRECTION_CHARS: usize = 5;

/// A question word in more passages than this is the corpus's own word, not a derived form
/// to lead back to its root (see `Vocabulary::derived_root`); at two, Spanish "propone" met
/// "propio" and a development question lost its answer.
const MAX_ROOTED_PASSAGES: u64 = 1;

/// Two question words this far apart or closer (in words, stopwords counted) make a phrase:
/// one stopword between them ("bank of alba") still reads as one expression.
const MAX_PHRASE_GAP: usize = 2;

/// A year is four digits; shorter numbers are often part of a name ("COVID-19").
const YEAR_DIGITS: usize = 4;

/// A capitalised word inside the question (not its first word), an all-capitals one, or a
/// year: unknown to the corpus, each says the question is about something else. (Shorter
/// numbers are often part of a name, as in "COVID-19".)
fn is_name(question: &str, word: &AnalyzedWord) -> bool {
    let original = &question[word.start..word.end];
    let is_year = original.len() == YEAR_DIGITS && original.bytes().all(|b| b.is_ascii_digit());
    if is_year {
        return true;
    }
    let mut letters = original.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return false;
    };
    let all_caps =
        first.is_uppercase() && original.chars().count() > 1 && letters.all(char::is_uppercase);
    (first.is_uppercase() && word.position > 0) || all_caps
}

/// Removes what is addressed to the bot or the chat rather than part of the question:
/// `@mentions` and links, in the part of it the engine reads (see [`bounded`]).
pub(in crate::search) fn strip_addressing(question: &str) -> String {
    bounded(question)
        .split_whitespace()
        .filter(|word| !word.starts_with('@') && !word.contains("://"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the planner reads a question with: the corpus's words and statistics, and the
/// operator's synonyms.
struct Planner<'a> {
    /// The question without addressing (see [`strip_addressing`]).
    cleaned: String,
    synonyms: &'a Synonyms,
    language: Language,
    vocabulary: &'a Vocabulary,
    stats: &'a dyn TermStatistics,
}

/// Plans the search for a question.
pub fn plan(
    question: &str,
    analyzer: &mut Analyzer,
    synonyms: &Synonyms,
    vocabulary: &Vocabulary,
    stats: &dyn TermStatistics,
) -> QueryPlan {
    let planner = Planner {
        cleaned: strip_addressing(question),
        synonyms,
        language: analyzer.language(),
        vocabulary,
        stats,
    };
    let words = analyzer.analyze(&planner.cleaned);
    let known = |term: &str| stats.document_frequency(term) > 0;
    let words = fillers::without_fillers(words, &planner.cleaned, &known);
    let content: Vec<AnalyzedWord> =
        slips::without_slips(words, &planner.cleaned, &known, analyzer)
            .into_iter()
            .filter(|w| w.term.is_some())
            .collect();
    QueryPlan {
        concepts: planner.concepts(&content),
        phrases: planner.phrases(&content),
        ..QueryPlan::default()
    }
}

impl Planner<'_> {
    /// The concepts of the question's content words, in question order, each once.
    fn concepts(&self, content: &[AnalyzedWord]) -> Vec<Concept> {
        let terms: Vec<String> = content.iter().filter_map(|w| w.term.clone()).collect();
        let synonym_matches = self.synonyms.find(&terms);
        let mut concepts: Vec<Concept> = Vec::new();
        let mut at = 0;
        while at < content.len() && concepts.len() < MAX_CONCEPTS {
            let (concept, consumed) = match synonym_matches.iter().find(|m| m.start == at) {
                Some(found) => (self.synonym_concept(found, &terms, content), found.len),
                None => (self.word_concept(&content[at], &terms[at]), 1),
            };
            at += consumed;
            if !concepts
                .iter()
                .any(|c| c.alternatives == concept.alternatives)
            {
                concepts.push(concept);
            }
        }
        concepts
    }

    /// The concept of words that match a synonym rule: the typed words, then the rule's other
    /// entries.
    fn synonym_concept(
        &self,
        found: &SynonymMatch,
        terms: &[String],
        content: &[AnalyzedWord],
    ) -> Concept {
        let span = found.start..found.start + found.len;
        let typed = terms[span.clone()].to_vec();
        let mut alternatives = vec![Alternative {
            terms: typed.clone(),
            source: Source::Typed,
        }];
        alternatives.extend(
            found
                .alternatives
                .iter()
                .filter(|a| **a != typed)
                .map(|terms| Alternative {
                    terms: terms.clone(),
                    source: Source::Synonym,
                }),
        );
        let words = content[span]
            .iter()
            .map(|w| w.surface.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        Concept {
            weight: self.weight_of(&alternatives),
            words,
            alternatives,
        }
    }

    /// The concept of one word: the word, its other forms in the corpus, and spelling
    /// corrections or stand-ins.
    fn word_concept(&self, word: &AnalyzedWord, term: &str) -> Concept {
        let single = |term: String, source: Source| Alternative {
            terms: vec![term],
            source,
        };
        let mut alternatives = vec![single(term.to_string(), Source::Typed)];
        let forms = self.vocabulary.demonym_forms(term).into_iter();
        alternatives.extend(forms.map(|t| single(t, Source::Form)));
        let guesses = self.guesses(word, term).into_iter();
        alternatives.extend(guesses.map(|t| single(t, Source::Spelling)));
        let unknown_name = alternatives.len() == 1
            && self.stats.document_frequency(term) == 0
            && is_name(&self.cleaned, word);
        let factor = if unknown_name {
            UNKNOWN_NAME_FACTOR
        } else {
            1.0
        };
        // Weighed before related words join: they help find the passage, never make the word
        // count for less (or for nothing, when the corpus lacks it).
        let weight = self.weight_of(&alternatives) * factor;
        // Joined after weighing, as related words are: a root shared with other words must
        // not make a rare word count for less.
        if alternatives.len() == 1 && self.stats.document_frequency(term) <= MAX_ROOTED_PASSAGES {
            let frequency = |t: &str| self.stats.document_frequency(t);
            let root = self.vocabulary.derived_root(term, frequency).into_iter();
            alternatives.extend(root.map(|t| single(t, Source::Root)));
        }
        let related = related::related_terms(self.language, term).into_iter();
        alternatives.extend(related.map(|t| single(t, Source::Related)));
        Concept {
            weight,
            words: word.surface.clone(),
            alternatives,
        }
    }

    /// What the person may have meant by a word: for a corpus word, a much more frequent
    /// neighbour; for an unknown word, spelling corrections, else related forms.
    fn guesses(&self, word: &AnalyzedWord, term: &str) -> Vec<String> {
        if self.stats.document_frequency(term) > 0 {
            // A rare corpus word next to a much more frequent one is more likely the person's
            // typo (and the corpus's) than what they meant.
            let neighbours = self.vocabulary.frequent_neighbours(&word.surface);
            return neighbours.into_iter().map(|c| c.term).collect();
        }
        // A short unknown name ("Mona", "Lisa") is a name, not a typo of a corpus word one
        // letter away (see `Vocabulary::completions`).
        let short_name = word.surface.chars().count() < MIN_NAME_CORRECTION_CHARS
            && is_name(&self.cleaned, word);
        let corrections: Vec<String> = if short_name {
            // Though it may be a name cut short of its last letter ("Lul" for Lula).
            let found = self.vocabulary.completions(&word.surface);
            found.into_iter().map(|c| c.term).collect()
        } else {
            let found = self.vocabulary.corrections(&word.surface);
            found.into_iter().map(|c| c.term).collect()
        };
        if corrections.is_empty() {
            self.vocabulary.related_forms(term)
        } else {
            corrections
        }
    }

    /// A concept's weight: the typed words' when the index knows them; else their best
    /// stand-in's (synonym or correction); a word nothing stands in for weighs the most.
    fn weight_of(&self, alternatives: &[Alternative]) -> f32 {
        let document_count = self.stats.document_count();
        let alternative_idf = |alternative: &Alternative| -> Option<f32> {
            alternative.terms.iter().try_fold(0.0_f32, |weight, term| {
                let df = self.stats.document_frequency(term);
                (df > 0).then(|| weight.max(idf(df, document_count)))
            })
        };
        alternative_idf(&alternatives[0])
            .or_else(|| {
                alternatives[1..]
                    .iter()
                    .filter_map(alternative_idf)
                    .reduce(f32::max)
            })
            .unwrap_or_else(|| idf(0, document_count))
    }

    /// Phrase boosts for neighbouring content words the corpus knows.
    fn phrases(&self, content: &[AnalyzedWord]) -> Vec<PhrasePair> {
        let known = |term: &str| self.stats.document_frequency(term) > 0;
        content
            .windows(2)
            .filter_map(|pair| {
                let (first, second) = (&pair[0], &pair[1]);
                let gap = second.position - first.position;
                let (first_term, second_term) = (first.term.clone()?, second.term.clone()?);
                (gap <= MAX_PHRASE_GAP && first_term != second_term).then_some(PhrasePair {
                    first: first_term,
                    second: second_term,
                    gap,
                })
            })
            .filter(|p| known(&p.first) && known(&p.second))
            .take(MAX_PHRASES)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::path::Path;

    use super::*;

    struct Stats(HashMap<String, u64>);

    impl TermStatistics for Stats {
        fn document_frequency(&self, term: &str) -> u64 {
            self.0.get(term).copied().unwrap_or(0)
        }
        fn document_count(&self) -> u64 {
            100
        }
    }

    fn setup(known: &[(&str, u64)]) -> (Analyzer, Stats, Vocabulary) {
        let mut analyzer = Analyzer::default();
        let mut vocabulary = Vocabulary::default();
        let mut stats = HashMap::new();
        for (word, df) in known {
            let term = analyzer.terms(word).remove(0);
            vocabulary.add(word, &term);
            stats.insert(term, *df);
        }
        (analyzer, Stats(stats), vocabulary)
    }

    /// The plan of `question` over a corpus that knows the words of `known` (with their
    /// document frequencies), without synonyms.
    fn plan_with(known: &[(&str, u64)], question: &str) -> QueryPlan {
        let (mut analyzer, stats, vocabulary) = setup(known);
        plan(
            question,
            &mut analyzer,
            &Synonyms::default(),
            &vocabulary,
            &stats,
        )
    }

    #[test]
    fn noise_words_and_mentions_are_dropped_and_words_become_weighted_concepts() {
        let plan = plan_with(
            &[("vaccine", 3), ("bank", 10)],
            "@bot hey what did he say about the vaccine bank?? https://t.me/x",
        );
        let words: Vec<_> = plan.concepts.iter().map(|c| c.words.as_str()).collect();
        assert_eq!(words, ["vaccine", "bank"]);
        assert!(
            plan.concepts[0].weight > plan.concepts[1].weight,
            "rarer words weigh more"
        );
        assert_eq!(plan.phrases.len(), 1);
    }

    #[test]
    fn unknown_words_get_spelling_corrections_and_the_highest_weight() {
        let plan = plan_with(&[("capitalism", 2)], "capitalsim chocolate");
        assert_eq!(plan.concepts[0].alternatives.len(), 2);
        assert_eq!(plan.concepts[0].alternatives[1].source, Source::Spelling);
        assert_eq!(plan.concepts[0].weight, idf(2, 100));
        assert_eq!(plan.concepts[1].alternatives.len(), 1);
        assert_eq!(plan.concepts[1].weight, idf(0, 100));
    }

    #[test]
    fn related_words_join_a_concept_without_changing_its_weight() {
        let plan = plan_with(&[("resign", 3)], "why quitting");
        let concept = &plan.concepts[0];
        let related = concept
            .alternatives
            .iter()
            .filter(|a| a.source == Source::Related);
        assert!(related.flat_map(|a| &a.terms).any(|t| t == "resign"));
        assert_eq!(
            concept.weight,
            idf(0, 100),
            "an unknown word still weighs the most"
        );
    }

    #[test]
    fn an_unknown_derived_word_meets_its_root_without_changing_its_weight() {
        let plan = plan_with(
            &[("editing", 4), ("investor", 3), ("invest", 5)],
            "editor investor",
        );
        let roots = |concept: &Concept| -> Vec<String> {
            let alternatives = concept.alternatives.iter();
            let roots = alternatives.filter(|a| a.source == Source::Root);
            roots.flat_map(|a| a.terms.clone()).collect()
        };
        assert_eq!(roots(&plan.concepts[0]), ["edit"]);
        assert_eq!(
            plan.concepts[0].weight,
            idf(0, 100),
            "still weighs the most"
        );
        assert!(
            roots(&plan.concepts[1]).is_empty(),
            "a corpus word of its own"
        );
        assert!(!Source::Root.counts());
    }

    #[test]
    fn unknown_names_and_numbers_weigh_double_and_known_ones_do_not() {
        let plan = plan_with(
            &[("summit", 5), ("2019", 3)],
            "summit in 2004 with Macron and 2019 bolivia covid 19",
        );
        let weights: Vec<(&str, f32)> = plan
            .concepts
            .iter()
            .map(|c| (c.words.as_str(), c.weight))
            .collect();
        let unknown = idf(0, 100);
        assert_eq!(
            weights,
            [
                ("summit", idf(5, 100)),
                ("2004", unknown * UNKNOWN_NAME_FACTOR),
                ("macron", unknown * UNKNOWN_NAME_FACTOR),
                ("2019", idf(3, 100)),
                ("bolivia", unknown),
                ("covid", unknown),
                ("19", unknown),
            ]
        );
    }

    #[test]
    fn synonyms_join_the_typed_words_as_one_concept() {
        let (mut analyzer, stats, vocabulary) = setup(&[("oas", 2)]);
        let (synonyms, _) = Synonyms::parse(Path::new("s"), "OAS, Organization of American States");
        let plan = plan(
            "Organization of American States secretary",
            &mut analyzer,
            &synonyms,
            &vocabulary,
            &stats,
        );
        assert_eq!(plan.concepts.len(), 2);
        assert_eq!(plan.concepts[0].alternatives.len(), 2);
        assert_eq!(
            plan.concepts[0].alternatives[1].terms,
            analyzer.terms("OAS")
        );
        assert_eq!(
            plan.concepts[0].weight,
            idf(2, 100),
            "weighted by the known synonym"
        );
    }

    #[test]
    fn hostile_input_gives_a_plan_without_panicking() {
        let (mut analyzer, stats, vocabulary) = setup(&[("bank", 1)]);
        let long = "bank ".repeat(3_000);
        for question in [
            "",
            "\0",
            "\"(title:foo AND",
            "*",
            "🙂🙂",
            "the of and",
            &long,
            "é".repeat(900).as_str(),
        ] {
            let plan = plan(
                question,
                &mut analyzer,
                &Synonyms::default(),
                &vocabulary,
                &stats,
            );
            assert!(plan.concepts.len() <= MAX_CONCEPTS);
        }
    }
}
