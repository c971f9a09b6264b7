//! From a person's free-text question to a plan of weighted concepts, and from the plan to a
//! Tantivy query. Never fails: whatever the input, the worst outcome is an empty plan.
//!
//! A *concept* is one thing the question asks about: a word, or a synonym group found in the
//! question. Each has alternatives (the word itself, its synonyms, spelling corrections) and a
//! weight, its inverse document frequency, used to decide how much of the question a passage
//! really answers.

use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, EmptyQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::analyzer::{AnalyzedWord, Analyzer};
use super::synonyms::Synonyms;
use super::vocabulary::Vocabulary;

/// Questions longer than this are cut (on a char boundary): nobody asks a 10,000-character
/// question, and the cost of a query grows with its length.
const MAX_QUESTION_BYTES: usize = 1_000;

/// More concepts than this add cost without changing the best passage.
const MAX_CONCEPTS: usize = 32;

/// Two-word phrase boosts considered per question.
const MAX_PHRASES: usize = 16;

/// Weight of a spelling correction relative to the word as typed: a guess counts a bit less.
const CORRECTION_BOOST: f32 = 0.8;

/// A name the corpus never mentions ("France", "Netflix") is strong evidence the question is
/// about something else, more than an unknown common word, which is often just a paraphrase.
const UNKNOWN_NAME_FACTOR: f32 = 2.0;

/// Unknown names shorter than this are not spelling-corrected: four-letter names have too many
/// corpus words one edit away.
const MIN_NAME_CORRECTION_CHARS: usize = 5;

/// Weight of a synonym relative to the words the person used.
const SYNONYM_BOOST: f32 = 0.9;

/// Weight of another form of the word (a place for its people) relative to the word typed.
const FORM_BOOST: f32 = 0.9;

/// How an alternative was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The person's own word(s).
    Typed,
    /// From the operator's synonyms file.
    Synonym,
    /// A corpus word one edit away from a word the index does not know.
    Spelling,
    /// Another form of the word that the corpus uses: a place for its people ("bolivians" ->
    /// "bolivia") or the other way round.
    Form,
}

/// One way of matching a concept: a single term or a short phrase of terms.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Alternative {
    /// Index terms; more than one means a phrase.
    pub terms: Vec<String>,
    /// Where it came from.
    pub source: Source,
}

/// Something the question asks about.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Concept {
    /// The person's words for it.
    pub words: String,
    /// Ways to match it; any one is enough.
    pub alternatives: Vec<Alternative>,
    /// Inverse document frequency of the concept; unknown words weigh the most.
    pub weight: f32,
}

/// Two neighbouring question words, rewarded when a passage has them next to each other.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PhrasePair {
    /// First term.
    pub first: String,
    /// Second term.
    pub second: String,
    /// Word distance between them in the question (stopwords count), kept in the phrase.
    pub gap: usize,
}

/// What will be searched for.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct QueryPlan {
    /// Concepts in question order.
    pub concepts: Vec<Concept>,
    /// Phrase boosts.
    pub phrases: Vec<PhrasePair>,
}

/// Index statistics the planner needs, abstracted so planning is testable without an index.
pub trait TermStatistics {
    /// Number of passages containing `term` in any searchable field.
    fn document_frequency(&self, term: &str) -> u64;
    /// Number of passages.
    fn document_count(&self) -> u64;
}

/// BM25's inverse document frequency.
pub fn idf(document_frequency: u64, document_count: u64) -> f32 {
    let n = document_count as f32;
    let df = document_frequency as f32;
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// A capitalised word inside the question (not its first word), an all-capitals one, or a
/// year: unknown to the corpus, each says the question is about something else. (Shorter
/// numbers are often part of a name, as in "COVID-19".)
fn is_name(question: &str, word: &AnalyzedWord) -> bool {
    let original = &question[word.start..word.end];
    let is_year = original.len() == 4 && original.bytes().all(|b| b.is_ascii_digit());
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
/// `@mentions` and links.
fn strip_addressing(question: &str) -> String {
    let mut end = question.len().min(MAX_QUESTION_BYTES);
    while !question.is_char_boundary(end) {
        end -= 1;
    }
    question[..end]
        .split_whitespace()
        .filter(|word| !word.starts_with('@') && !word.contains("://"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Plans the search for a question.
pub fn plan(
    question: &str,
    analyzer: &mut Analyzer,
    synonyms: &Synonyms,
    vocabulary: &Vocabulary,
    stats: &dyn TermStatistics,
) -> QueryPlan {
    let cleaned = strip_addressing(question);
    let content: Vec<AnalyzedWord> = analyzer
        .analyze(&cleaned)
        .into_iter()
        .filter(|w| w.term.is_some())
        .collect();
    let terms: Vec<String> = content.iter().filter_map(|w| w.term.clone()).collect();
    let document_count = stats.document_count();
    // The typed words decide the weight when the index knows them; else their best stand-in
    // (synonym or correction); a word nothing stands in for weighs the most.
    let alternative_idf = |alternative: &Alternative| -> Option<f32> {
        alternative.terms.iter().try_fold(0.0_f32, |weight, term| {
            let df = stats.document_frequency(term);
            (df > 0).then(|| weight.max(idf(df, document_count)))
        })
    };
    let weight_of = |alternatives: &[Alternative]| -> f32 {
        alternative_idf(&alternatives[0])
            .or_else(|| {
                alternatives[1..]
                    .iter()
                    .filter_map(alternative_idf)
                    .reduce(f32::max)
            })
            .unwrap_or_else(|| idf(0, document_count))
    };

    let synonym_matches = synonyms.find(&terms);
    let mut concepts: Vec<Concept> = Vec::new();
    let mut at = 0;
    while at < content.len() && concepts.len() < MAX_CONCEPTS {
        let (words, alternatives, consumed, unknown_name) =
            match synonym_matches.iter().find(|m| m.start == at) {
                Some(found) => {
                    let typed = terms[at..at + found.len].to_vec();
                    let mut alternatives = vec![Alternative {
                        terms: typed.clone(),
                        source: Source::Typed,
                    }];
                    alternatives.extend(found.alternatives.iter().filter(|a| **a != typed).map(
                        |terms| Alternative {
                            terms: terms.clone(),
                            source: Source::Synonym,
                        },
                    ));
                    let words = content[at..at + found.len]
                        .iter()
                        .map(|w| w.surface.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    (words, alternatives, found.len, false)
                }
                None => {
                    let word = &content[at];
                    let term = terms[at].clone();
                    let mut alternatives = vec![Alternative {
                        terms: vec![term.clone()],
                        source: Source::Typed,
                    }];
                    alternatives.extend(vocabulary.demonym_forms(&term).into_iter().map(|term| {
                        Alternative {
                            terms: vec![term],
                            source: Source::Form,
                        }
                    }));
                    if stats.document_frequency(&term) > 0 {
                        // A rare corpus word next to a much more frequent one is more
                        // likely the person's typo (and the corpus's) than what they meant.
                        alternatives.extend(
                            vocabulary
                                .frequent_neighbours(&word.surface)
                                .into_iter()
                                .map(|c| Alternative {
                                    terms: vec![c.term],
                                    source: Source::Spelling,
                                }),
                        );
                    } else {
                        // A short unknown name ("Mona", "Lisa") is a name, not a typo of
                        // a corpus word one letter away.
                        let short_name = word.surface.chars().count() < MIN_NAME_CORRECTION_CHARS
                            && is_name(&cleaned, word);
                        let mut guesses: Vec<String> = if short_name {
                            Vec::new()
                        } else {
                            vocabulary
                                .corrections(&word.surface)
                                .into_iter()
                                .map(|c| c.term)
                                .collect()
                        };
                        if guesses.is_empty() {
                            guesses = vocabulary.related_forms(&term);
                        }
                        alternatives.extend(guesses.into_iter().map(|term| Alternative {
                            terms: vec![term],
                            source: Source::Spelling,
                        }));
                    }
                    let unknown_name = alternatives.len() == 1
                        && stats.document_frequency(&term) == 0
                        && is_name(&cleaned, word);
                    (word.surface.clone(), alternatives, 1, unknown_name)
                }
            };
        at += consumed;
        if concepts.iter().any(|c| c.alternatives == alternatives) {
            continue;
        }
        let factor = if unknown_name {
            UNKNOWN_NAME_FACTOR
        } else {
            1.0
        };
        concepts.push(Concept {
            weight: weight_of(&alternatives) * factor,
            words,
            alternatives,
        });
    }

    let phrases = content
        .windows(2)
        .filter_map(|pair| {
            let (first, second) = (&pair[0], &pair[1]);
            let gap = second.position - first.position;
            let (first_term, second_term) = (first.term.clone()?, second.term.clone()?);
            (gap <= 2 && first_term != second_term).then_some(PhrasePair {
                first: first_term,
                second: second_term,
                gap,
            })
        })
        .filter(|p| {
            stats.document_frequency(&p.first) > 0 && stats.document_frequency(&p.second) > 0
        })
        .take(MAX_PHRASES)
        .collect();

    QueryPlan { concepts, phrases }
}

/// The searchable fields and how much each counts.
#[derive(Debug, Clone, Copy)]
pub struct FieldWeights {
    /// Passage text.
    pub text: (Field, f32),
    /// The interviewer's question the passage answers.
    pub question: (Field, f32),
    /// Interview title, interviewee and outlet.
    pub metadata: (Field, f32),
    /// Extra weight of two question words found next to each other in the text.
    pub phrase: f32,
}

/// Builds the Tantivy query for a plan: BM25 over every field for every alternative, the best
/// alternative of each concept counting once, plus phrase boosts.
/// Builds the Tantivy query for a plan: BM25 over every field for every alternative (summed
/// over fields), the best alternative of each concept counting once, plus phrase boosts.
/// `present(field, term)` prunes terms a field does not contain: they cannot score, and every
/// clause and nested union costs time.
pub fn to_query(
    plan: &QueryPlan,
    fields: &FieldWeights,
    present: &dyn Fn(Field, &str) -> bool,
) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for concept in &plan.concepts {
        let mut disjuncts: Vec<Box<dyn Query>> = concept
            .alternatives
            .iter()
            .filter_map(|alternative| {
                let boost = match alternative.source {
                    Source::Typed => 1.0,
                    Source::Synonym => SYNONYM_BOOST,
                    Source::Spelling => CORRECTION_BOOST,
                    Source::Form => FORM_BOOST,
                };
                let mut per_field: Vec<Box<dyn Query>> = [fields.text, fields.question]
                    .into_iter()
                    .filter(|(field, _)| alternative.terms.iter().all(|t| present(*field, t)))
                    .map(|(field, weight)| {
                        let query = terms_query(field, &alternative.terms);
                        Box::new(BoostQuery::new(query, weight * boost)) as Box<dyn Query>
                    })
                    .collect();
                match per_field.len() {
                    0 => None,
                    1 => per_field.pop(),
                    _ => Some(Box::new(BooleanQuery::new(
                        per_field.into_iter().map(|q| (Occur::Should, q)).collect(),
                    )) as Box<dyn Query>),
                }
            })
            .collect();
        match disjuncts.len() {
            0 => {}
            1 => clauses.push((Occur::Should, disjuncts.remove(0))),
            _ => clauses.push((Occur::Should, Box::new(DisjunctionMaxQuery::new(disjuncts)))),
        }
        // Metadata only tells interviews apart: the typed words are enough, as one flat clause
        // each (every nested union costs Tantivy a large buffer).
        let (field, weight) = fields.metadata;
        if let Some(typed) = concept.alternatives.first() {
            if typed.terms.iter().all(|t| present(field, t)) {
                let query = terms_query(field, &typed.terms);
                clauses.push((Occur::Should, Box::new(BoostQuery::new(query, weight))));
            }
        }
    }
    for phrase in &plan.phrases {
        let (field, _) = fields.text;
        if !present(field, &phrase.first) || !present(field, &phrase.second) {
            continue;
        }
        let query = PhraseQuery::new_with_offset_and_slop(
            vec![
                (0, Term::from_field_text(field, &phrase.first)),
                (phrase.gap, Term::from_field_text(field, &phrase.second)),
            ],
            1,
        );
        clauses.push((
            Occur::Should,
            Box::new(BoostQuery::new(Box::new(query), fields.phrase)),
        ));
    }
    match clauses.len() {
        0 => Box::new(EmptyQuery),
        1 => clauses.remove(0).1,
        _ => Box::new(BooleanQuery::new(clauses)),
    }
}

/// A term query for one term, a phrase query (one word of slop) for several.
fn terms_query(field: Field, terms: &[String]) -> Box<dyn Query> {
    if let [term] = terms {
        return Box::new(TermQuery::new(
            Term::from_field_text(field, term),
            IndexRecordOption::WithFreqs,
        ));
    }
    let terms = terms
        .iter()
        .enumerate()
        .map(|(i, t)| (i, Term::from_field_text(field, t)))
        .collect();
    Box::new(PhraseQuery::new_with_offset_and_slop(terms, 1))
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

    #[test]
    fn noise_words_and_mentions_are_dropped_and_words_become_weighted_concepts() {
        let (mut analyzer, stats, vocabulary) = setup(&[("vaccine", 3), ("bank", 10)]);
        let plan = plan(
            "@bot hey what did he say about the vaccine bank?? https://t.me/x",
            &mut analyzer,
            &Synonyms::default(),
            &vocabulary,
            &stats,
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
        let (mut analyzer, stats, vocabulary) = setup(&[("capitalism", 2)]);
        let plan = plan(
            "capitalsim chocolate",
            &mut analyzer,
            &Synonyms::default(),
            &vocabulary,
            &stats,
        );
        assert_eq!(plan.concepts[0].alternatives.len(), 2);
        assert_eq!(plan.concepts[0].alternatives[1].source, Source::Spelling);
        assert_eq!(plan.concepts[0].weight, idf(2, 100));
        assert_eq!(plan.concepts[1].alternatives.len(), 1);
        assert_eq!(plan.concepts[1].weight, idf(0, 100));
    }

    #[test]
    fn unknown_names_and_numbers_weigh_double_and_known_ones_do_not() {
        let (mut analyzer, stats, vocabulary) = setup(&[("summit", 5), ("2019", 3)]);
        let plan = plan(
            "summit in 2004 with Macron and 2019 bolivia covid 19",
            &mut analyzer,
            &Synonyms::default(),
            &vocabulary,
            &stats,
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
