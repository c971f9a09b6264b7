//! A name the pages never print, standing where a question puts the person it asks about.
//!
//! "What does Ruth Okonjo say about touring plans?" asks what "he" or "she" says, in the
//! question's words, when the person answering is not named anywhere: a page that never
//! prints its interviewee's name cannot match it, and the name, unknown to the corpus and
//! written as a proper name, weighed double and pushed the question under the coverage bar
//! while "What does he say about touring plans?" was answered. So when the interviews searched
//! may hold the person without their name — one of them names no interviewee — a whole name
//! the corpus never uses, standing as the subject of the question (within its first words:
//! "What does … say", "¿Qué opina … de"), is read like a pronoun and dropped. A name that names an interview (its front matter or
//! its title gives it, though its text never does) is that interview's person, never a stand-in.
//! Where every interviewee is named, a name they lack is somebody else, and the question stays
//! refused.

use crate::search::analyzer::Analyzer;
use crate::search::query::{strip_addressing, Concept, QueryPlan, Source, TermStatistics};
use crate::search::refusal::named::written_as_proper_name;

/// Position under which a name is the subject of a question: after a question word and a
/// verb or auxiliary ("What does Ruth Okonjo…", "¿Qué opina Ruth Okonjo…", "O que Ruth
/// Okonjo acha…"). Later, a name is what the question asks about.
const SUBJECT_WITHIN_WORDS: usize = 3;

/// Least words of a name read as a person's whole name: one capitalised word may be a place,
/// a brand or a title.
const MIN_NAME_WORDS: usize = 2;

/// The concept was read only from the question's own words (or their related words), never
/// from a synonym or a correction: a name the writer typed.
fn typed_only(concept: &Concept) -> bool {
    (concept.alternatives.iter()).all(|a| a.source == Source::Typed || a.source == Source::Related)
}

/// The plan without the concepts of a whole name the corpus never uses standing as the
/// question's subject, when none of them names an interview (`naming`, per concept, see
/// `Engine::named`) and something else is left to ask about. The caller knows the interviews
/// searched may hold their person unnamed.
pub(super) fn without_stand_in(
    mut plan: QueryPlan,
    question: &str,
    analyzer: &mut Analyzer,
    stats: &dyn TermStatistics,
    naming: &[bool],
) -> QueryPlan {
    // The words the plan was read from (see `query::plan`), so positions are the plan's.
    let question = strip_addressing(question);
    let question = question.as_str();
    let analysed = analyzer.analyze(question);
    let analysed = analysed.as_slice();
    let unknown_name = |concept: &Concept| {
        typed_only(concept)
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
    let names_an_interview = run
        .iter()
        .any(|&at| naming.get(at).copied().unwrap_or(false));
    if run.len() >= MIN_NAME_WORDS && something_left && !names_an_interview {
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

    /// The plan's concepts without a stand-in; `naming` when every concept names an interview.
    fn topics(question: &str, naming: bool) -> Vec<String> {
        let mut analyzer = Analyzer::new(Language::En);
        let plan = crate::search::query::plan(
            question,
            &mut analyzer,
            &Synonyms::default(),
            &Vocabulary::default(),
            &Known,
        );
        let naming = vec![naming; plan.concepts.len()];
        let plan = without_stand_in(plan, question, &mut analyzer, &Known, &naming);
        plan.concepts.into_iter().map(|c| c.words).collect()
    }

    #[test]
    fn an_unknown_whole_name_as_the_subject_reads_like_a_pronoun_where_a_person_may_be_unnamed() {
        assert_eq!(
            topics("What does Ruth Okonjo say about touring plans?", false),
            ["touring", "plans"]
        );
        assert_eq!(
            topics("What does she say about touring plans?", false),
            ["touring", "plans"]
        );
        assert_eq!(
            topics(
                "@radio_desk https://example.org/a/b What does Ruth Okonjo say about touring plans?",
                false
            ),
            ["touring", "plans"],
            "positions counted in the question the plan reads, without its addressing"
        );
    }

    /// An engine over these files (name, text).
    fn engine_of_files(files: &[(&str, &str)]) -> crate::search::Engine {
        use std::sync::Arc;
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let loaded = crate::corpus::load_dir(dir.path()).unwrap().interviews;
        crate::search::testing::engine_of(loaded.into_iter().map(Arc::new).collect())
    }

    const ROAD: &str = "Q: What are the touring plans for next year?\n\n\
        A: We tour the coast in spring, then the mountain towns in autumn.\n\n\
        Q: Who writes the songs?\n\n\
        A: I write most of them at night, on an old piano.\n";

    const GARDEN: &str = "+++\ntitle = \"Gardens\"\ninterviewee = \"Lena Moss\"\n+++\n\n\
        Q: What grows best in your garden?\n\n\
        A: Beans and tomatoes, and roses along the fence.\n";

    const NAMED_HEAD: &str = "+++\ntitle = \"On the road\"\ninterviewee = \"Ivo Brandt\"\n+++\n\n";

    #[test]
    fn an_archive_with_an_unnamed_interviewee_answers_for_a_name_it_never_prints() {
        let named_road = format!("{NAMED_HEAD}{ROAD}");
        let question = "What does Ruth Okonjo say about touring plans?";
        let engine = engine_of_files(&[("road.txt", ROAD), ("garden.txt", GARDEN)]);
        let unnamed = engine.search(question, 1);
        assert!(
            unnamed
                .hits
                .first()
                .is_some_and(|h| h.passage.text.contains("coast")),
            "{:?}",
            unnamed.abstention
        );
        let engine = engine_of_files(&[("road.txt", &named_road), ("garden.txt", GARDEN)]);
        assert!(engine.search(question, 1).hits.is_empty());
    }

    #[test]
    fn a_name_only_the_front_matter_gives_keeps_the_search_to_its_interview() {
        let named_road = format!("{NAMED_HEAD}{ROAD}");
        let islands = "Q: What are your touring plans?\n\n\
            A: We tour the islands by ferry next summer, playing small halls.\n\n\
            Q: What do you cook on the road?\n\n\
            A: Rice and beans, mostly, in one pot.\n";
        let engine = engine_of_files(&[("road.txt", &named_road), ("islands.txt", islands)]);
        let outcome = engine.search("What does Ivo Brandt say about touring plans?", 5);
        assert!(!outcome.hits.is_empty(), "{:?}", outcome.abstention);
        assert!(
            (outcome.hits.iter()).all(|h| !h.passage.text.contains("islands")),
            "{:?}",
            outcome
                .hits
                .iter()
                .map(|h| &h.passage.text)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_name_in_a_single_named_interview_is_somebody_else() {
        let head = "+++\ntitle = \"On the road\"\ninterviewee = \"Mira Solano\"\n+++\n\n";
        let named_road = format!("{head}{ROAD}");
        let engine = engine_of_files(&[("road.txt", &named_road)]);
        let outcome = engine.search("What does Tom Avery say about touring plans?", 1);
        assert!(outcome.hits.is_empty(), "{:?}", outcome.hits);
    }

    #[test]
    fn the_name_stays_where_it_names_an_interview_or_it_is_not_the_subject() {
        let kept = ["ruth", "okonjo", "touring", "plans"];
        assert_eq!(
            topics("What does Ruth Okonjo say about touring plans?", true),
            kept
        );
        assert_eq!(
            topics("What about touring plans with Ruth Okonjo?", false),
            ["touring", "plans", "ruth", "okonjo"]
        );
        assert_eq!(
            topics("What does Okonjo say about touring plans?", false),
            ["okonjo", "touring", "plans"]
        );
        assert_eq!(
            topics("What does Ruth Okonjo say?", false),
            ["ruth", "okonjo"]
        );
    }
}
