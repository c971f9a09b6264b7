//! A name the pages never print, standing where a question puts the person it asks about.
//!
//! "What does Ruth Okonjo say about touring plans?" asks what "he" or "she" says, in the
//! question's words, when the person answering is not named anywhere: a page that never
//! prints its interviewee's name cannot match it, and the name, unknown to the corpus and
//! written as a proper name, weighed double and pushed the question under the coverage bar
//! while "What does he say about touring plans?" was answered. So when the corpus may hold the
//! person without their name — it is one interview, or one of its interviews names no
//! interviewee — a whole name the corpus never uses, standing as the subject of the question
//! (within its first words: "What does … say", "¿Qué opina … de"), is read like a pronoun and
//! dropped. In an archive whose every interviewee is named, a name it lacks is somebody else,
//! and the question stays refused.

use crate::search::analyzer::Analyzer;
use crate::search::query::{Concept, QueryPlan, Source, TermStatistics};
use crate::search::refusal::named::written_as_proper_name;

/// Position under which a name is the subject of a question: after a question word and a
/// verb or auxiliary ("What does Ruth Okonjo…", "¿Qué opina Ruth Okonjo…", "O que Ruth
/// Okonjo acha…"). Later, a name is what the question asks about.
const SUBJECT_WITHIN_WORDS: usize = 3;

/// Least words of a name read as a person's whole name: one capitalised word may be a place,
/// a brand or a title.
const MIN_NAME_WORDS: usize = 2;

/// The plan without the concepts of a whole name the corpus never uses standing as the
/// question's subject, when `unnamed_possible` (the corpus may hold its person unnamed) and
/// something else is left to ask about.
pub(super) fn without_stand_in(
    mut plan: QueryPlan,
    question: &str,
    analyzer: &mut Analyzer,
    stats: &dyn TermStatistics,
    unnamed_possible: bool,
) -> QueryPlan {
    if !unnamed_possible {
        return plan;
    }
    let analysed = analyzer.analyze(question);
    let analysed = analysed.as_slice();
    let unknown_name = |concept: &Concept| {
        let typed_only = concept
            .alternatives
            .iter()
            .all(|a| a.source == Source::Typed || a.source == Source::Related);
        typed_only
            && concept.alternatives[0]
                .terms
                .iter()
                .all(|t| stats.document_frequency(t) == 0)
            && written_as_proper_name(question, analysed, &concept.words)
    };
    let position_of = |concept: &Concept| {
        let first = concept.words.split_whitespace().next().unwrap_or_default();
        (analysed.iter())
            .find(|w| w.surface == first)
            .map(|w| w.position)
    };
    // The leading run of unknown names, in question order, each right after the other.
    let mut run: Vec<usize> = Vec::new();
    for (at, concept) in plan.concepts.iter().enumerate() {
        let Some(position) = position_of(concept) else {
            break;
        };
        let follows = match run.last() {
            None => position <= SUBJECT_WITHIN_WORDS,
            Some(&last) => position_of(&plan.concepts[last]).is_some_and(|p| p + 1 == position),
        };
        if !(follows && unknown_name(concept)) {
            break;
        }
        run.push(at);
    }
    let something_left = plan.concepts.len() > run.len();
    if run.len() >= MIN_NAME_WORDS && something_left {
        let mut at = 0;
        plan.concepts.retain(|_| {
            at += 1;
            !run.contains(&(at - 1))
        });
        plan.phrases.retain(|p| {
            (plan.concepts.iter()).any(|c| c.alternatives[0].terms.contains(&p.first))
                && (plan.concepts.iter()).any(|c| c.alternatives[0].terms.contains(&p.second))
        });
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::Language;
    use crate::search::synonyms::Synonyms;
    use crate::search::vocabulary::Vocabulary;

    /// A corpus that uses "tour" and "plan" and nothing else.
    struct Known;

    impl TermStatistics for Known {
        fn document_frequency(&self, term: &str) -> u64 {
            u64::from(["tour", "plan"].contains(&term))
        }
        fn document_count(&self) -> u64 {
            10
        }
    }

    fn topics(question: &str, unnamed_possible: bool) -> Vec<String> {
        let mut analyzer = Analyzer::new(Language::En);
        let plan = crate::search::query::plan(
            question,
            &mut analyzer,
            &Synonyms::default(),
            &Vocabulary::default(),
            &Known,
        );
        let plan = without_stand_in(plan, question, &mut analyzer, &Known, unnamed_possible);
        plan.concepts.into_iter().map(|c| c.words).collect()
    }

    #[test]
    fn an_unknown_whole_name_as_the_subject_reads_like_a_pronoun_where_a_person_may_be_unnamed() {
        assert_eq!(
            topics("What does Ruth Okonjo say about touring plans?", true),
            ["touring", "plans"]
        );
        assert_eq!(
            topics("What does she say about touring plans?", true),
            ["touring", "plans"]
        );
    }

    #[test]
    fn an_archive_with_an_unnamed_interviewee_answers_for_a_name_it_never_prints() {
        use std::sync::Arc;
        let archive = |named: bool| {
            let dir = tempfile::tempdir().unwrap();
            let head = match named {
                true => "+++\ntitle = \"On the road\"\ninterviewee = \"Ivo Brandt\"\n+++\n\n",
                false => "",
            };
            let road = format!(
                "{head}Q: What are the touring plans for next year?\n\n\
                 A: We tour the coast in spring, then the mountain towns in autumn.\n\n\
                 Q: Who writes the songs?\n\n\
                 A: I write most of them at night, on an old piano.\n"
            );
            std::fs::write(dir.path().join("road.txt"), road).unwrap();
            let garden = "+++\ntitle = \"Gardens\"\ninterviewee = \"Lena Moss\"\n+++\n\n\
                          Q: What grows best in your garden?\n\n\
                          A: Beans and tomatoes, and roses along the fence.\n";
            std::fs::write(dir.path().join("garden.txt"), garden).unwrap();
            let loaded = crate::corpus::load_dir(dir.path()).unwrap().interviews;
            crate::search::testing::engine_of(loaded.into_iter().map(Arc::new).collect())
        };
        let question = "What does Ruth Okonjo say about touring plans?";
        let engine = archive(false);
        let unnamed = engine.search(question, 1);
        assert!(
            unnamed
                .hits
                .first()
                .is_some_and(|h| h.passage.text.contains("coast")),
            "{:?}",
            unnamed.abstention
        );
        assert!(archive(true).search(question, 1).hits.is_empty());
    }

    #[test]
    fn the_name_stays_where_every_interviewee_is_named_or_it_is_not_the_subject() {
        let kept = ["ruth", "okonjo", "touring", "plans"];
        assert_eq!(
            topics("What does Ruth Okonjo say about touring plans?", false),
            kept
        );
        assert_eq!(
            topics("What about touring plans with Ruth Okonjo?", true),
            ["touring", "plans", "ruth", "okonjo"]
        );
        assert_eq!(
            topics("What does Okonjo say about touring plans?", true),
            ["okonjo", "touring", "plans"]
        );
        assert_eq!(
            topics("What does Ruth Okonjo say?", true),
            ["ruth", "okonjo"]
        );
    }
}
