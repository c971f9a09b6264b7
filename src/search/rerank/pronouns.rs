//! A question that names nobody but says "he" or "she" ("Quem ensinou música a ele quando
//! criança?", "what does she tell people…?") points to an interview whose interviewee the
//! publisher's introduction speaks of with that pronoun: across an archive, an answer from an
//! interview about a woman does not answer what "he" did.
//!
//! The introduction is the publisher's summary of the person interviewed, written in the third
//! person ("Há vinte anos ela ajuda comunidades…", "She talks to the panel…"); the answers are
//! the interviewee's own words, where "he" and "she" are other people, so they are not read.
//! An interview whose introduction uses neither, or both about as often (a conversation of a
//! man and a woman), tells nothing.

use crate::corpus::Interview;

/// Third-person pronouns and possessives for a woman, lowercase, in English, Portuguese and
/// Spanish (Spanish "ella" only: its masculine "él" is written "el" in chat, like the article).
const FEMININE: &[&str] = &[
    "she", "her", "hers", "herself", "ela", "dela", "nela", "ella", "ellas",
];

/// Third-person pronouns and possessives for a man, lowercase (Spanish "él" only with its
/// accent, see [`FEMININE`]).
const MASCULINE: &[&str] = &["he", "him", "his", "himself", "ele", "dele", "nele", "él"];

/// How many times more often an introduction must use one gender's pronouns than the other's
/// to be read as speaking of one person: a summary of a woman may mention a man once ("her
/// grandfather … he"), a conversation of a man and a woman uses both about as often.
const DOMINANCE: usize = 2;

/// The grammatical gender a pronoun gives its person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::search) enum Gender {
    Feminine,
    Masculine,
}

/// The gender of a word, when it is one of the pronouns above (`word` lowercase).
fn gender_of(word: &str) -> Option<Gender> {
    if FEMININE.contains(&word) {
        Some(Gender::Feminine)
    } else if MASCULINE.contains(&word) {
        Some(Gender::Masculine)
    } else {
        None
    }
}

/// The gender a run of lowercase words speaks of: the pronouns of one gender only, or
/// [`DOMINANCE`] times more of one than of the other.
fn dominant<'a>(words: impl IntoIterator<Item = &'a str>) -> Option<Gender> {
    let (mut feminine, mut masculine) = (0, 0);
    for word in words {
        match gender_of(word) {
            Some(Gender::Feminine) => feminine += 1,
            Some(Gender::Masculine) => masculine += 1,
            None => {}
        }
    }
    if feminine > 0 && feminine >= DOMINANCE * masculine {
        Some(Gender::Feminine)
    } else if masculine > 0 && masculine >= DOMINANCE * feminine {
        Some(Gender::Masculine)
    } else {
        None
    }
}

/// The gender of the person a question asks about by pronoun (`surfaces`: its lowercase
/// words), when it uses the pronouns of one gender only.
pub(in crate::search) fn asked_about<'a>(
    surfaces: impl IntoIterator<Item = &'a str>,
) -> Option<Gender> {
    let genders: Vec<Gender> = surfaces.into_iter().filter_map(gender_of).collect();
    let first = *genders.first()?;
    genders.iter().all(|&g| g == first).then_some(first)
}

/// The gender the introduction of `interview` gives its interviewee (see [`dominant`]).
pub(in crate::search) fn introduced(interview: &Interview) -> Option<Gender> {
    let text = interview.intro.join(" ").to_lowercase();
    dominant(text.split(|c: char| !c.is_alphanumeric()))
}

/// Whether a question asking about `asked` by pronoun meets an interview of the other gender.
pub(in crate::search) fn disagrees(asked: Option<Gender>, interview: &Interview) -> bool {
    asked.is_some_and(|asked| introduced(interview).is_some_and(|said| said != asked))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::rerank::fixtures::interview_of;

    fn introduced_as(intro: &[&str]) -> Interview {
        let mut interview = interview_of("a", &[("Why?", &["Because."])]);
        interview.intro = intro.iter().map(|p| p.to_string()).collect();
        interview
    }

    #[test]
    fn a_question_asks_about_the_gender_of_its_pronouns_when_they_agree() {
        let words = |q: &str| {
            q.to_lowercase()
                .split(' ')
                .map(String::from)
                .collect::<Vec<_>>()
        };
        let asked = |q: &str| asked_about(words(q).iter().map(String::as_str));
        assert_eq!(asked("quem ensinou música a ele"), Some(Gender::Masculine));
        assert_eq!(asked("que conselho ela dá"), Some(Gender::Feminine));
        assert_eq!(
            asked("what does she tell her students"),
            Some(Gender::Feminine)
        );
        assert_eq!(asked("did he meet her"), None, "both: no one person");
        assert_eq!(
            asked("¿qué hace el gobierno?"),
            None,
            "an article is no pronoun"
        );
    }

    #[test]
    fn an_introduction_gives_the_gender_its_pronouns_mostly_use() {
        let woman = introduced_as(&[
            "Há vinte anos ela ajuda comunidades.",
            "Ela mora no sertão.",
        ]);
        assert_eq!(introduced(&woman), Some(Gender::Feminine));
        let one_man_mentioned =
            introduced_as(&["She took over her grandfather's yard; he retired."]);
        assert_eq!(introduced(&one_man_mentioned), Some(Gender::Feminine));
        let couple = introduced_as(&["He roasts and she sells."]);
        assert_eq!(introduced(&couple), None);
        assert_eq!(introduced(&introduced_as(&[])), None);
    }

    #[test]
    fn only_a_known_other_gender_disagrees() {
        let woman = introduced_as(&["She runs the foundry."]);
        assert!(disagrees(Some(Gender::Masculine), &woman));
        assert!(!disagrees(Some(Gender::Feminine), &woman));
        assert!(!disagrees(None, &woman));
        assert!(!disagrees(Some(Gender::Masculine), &introduced_as(&[])));
    }
}

#[cfg(test)]
mod evidence_tests {
    use crate::corpus::Corpus;
    use crate::search::analyzer::Analyzer;
    use crate::search::language::Language;
    use crate::search::query::QueryPlan;
    use crate::search::rerank::fixtures::{interview_of, typed_concept};
    use crate::search::rerank::{Evidence, OTHER_GENDER};
    use crate::search::terms::CorpusTerms;

    #[test]
    fn a_paragraph_of_an_interview_introduced_with_the_other_pronoun_is_marked() {
        // Arrange: one interview introduced as a woman's, one as a man's, both on advice.
        let introduced = |id: &str, intro: &str| {
            let mut interview = interview_of(id, &[("Advice?", &["Advice: sharpen first."])]);
            interview.intro = vec![intro.into()];
            interview
        };
        let corpus = Corpus::new(vec![
            introduced("a", "She repairs boats."),
            introduced("b", "He repairs boats."),
        ]);
        let terms = CorpusTerms::build(&corpus, Language::En, &[Language::En; 2]);
        let plan = QueryPlan {
            concepts: vec![typed_concept("advic")],
            ..QueryPlan::default()
        };
        let resolved = terms.resolve(&plan);
        let marked = |question: &str, naming: &[bool]| -> Vec<f32> {
            let words = Analyzer::default().analyze(question);
            let evidence = Evidence::new(&corpus, &terms, &resolved, naming, &words);
            let at = |id: usize| {
                let passage = corpus
                    .passages
                    .iter()
                    .find(|p| p.interview == id && p.turn.is_some());
                evidence.features(passage.unwrap(), 1.0, &[vec![0]], &[true])[OTHER_GENDER]
            };
            vec![at(0), at(1)]
        };
        // Act and assert
        assert_eq!(marked("what advice does she give", &[false]), [0.0, 1.0]);
        assert_eq!(marked("what advice does he give", &[false]), [1.0, 0.0]);
        assert_eq!(marked("what advice is given", &[false]), [0.0, 0.0]);
        assert_eq!(
            marked("what advice does she give", &[true]),
            [0.0, 0.0],
            "a question naming someone says who it asks about"
        );
    }
}
