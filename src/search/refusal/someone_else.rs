//! Whether a passage answers for someone else than the person a question asks about.
//!
//! A question that writes a person's whole name ("What did Coach Reyes say after the final?",
//! "¿Qué opina Rosa Lindo de la poesía?") asks for that person's words, or for what was said
//! of them. A passage of an interview whose people (interviewee, interviewer, guests) and
//! outlet bear none of the name's words, and whose text and interviewer's question never
//! write one, is someone else speaking about the rest of the question: quoting it would put
//! the named person's view in a stranger's mouth. A name written beside one of the
//! interview's people ("What does Nora Vale think of Ivo Harrow?") leaves the passage to the
//! other rules: it is her view, which may well not name him.

use crate::search::analyzer::AnalyzedWord;
use crate::search::rerank::introduction::asks_view;

/// Verbs of saying, folded, in the forms a question asks with ("what did she say…", "¿qué
/// dijo…?", "o que ele disse…?"); with the verbs of thinking (see `asks_view`) they make a
/// question ask for a person's own words, which only that person, or a passage naming them,
/// gives. Other questions writing a capitalised run ("Why did he leave Anthropic for
/// Google?", "What music did he play while writing By the Sea?") name things as often as
/// people, and the person they ask about may be the one answering.
#[rustfmt::skip]
const SAYING_WORDS: &[&str] = &[
    "say", "says", "said", "dice", "dicen", "dijo", "dijeron", "diz", "dizem", "disse",
    "disseram",
];

/// Whether the question asks for what someone says or thinks (see [`SAYING_WORDS`]).
pub(in crate::search) fn asks_what_someone_says(question: &[AnalyzedWord]) -> bool {
    asks_view(question) || (question.iter()).any(|w| SAYING_WORDS.contains(&w.surface.as_str()))
}

/// Whether a passage is someone else's: the question writes a name (`written_name`, concept by
/// concept), none of whose words names the passage's interview (`of_its_people`) or is met
/// in its text or its interviewer's question (`met`).
pub(in crate::search) fn answers_for_someone_else(
    written_name: &[bool],
    of_its_people: &[bool],
    met: &[bool],
) -> bool {
    let at = |of: &[bool], at: usize| of.get(at).copied().unwrap_or(false);
    let names: Vec<usize> = (0..written_name.len())
        .filter(|&i| written_name[i])
        .collect();
    !names.is_empty()
        && names.iter().all(|&i| !at(of_its_people, i))
        && names.iter().all(|&i| !at(met, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_asking_what_someone_says_or_thinks_are_told_apart() {
        use crate::search::analyzer::Analyzer;
        use crate::search::language::Language;
        let asks = |q: &str, language| asks_what_someone_says(&Analyzer::new(language).analyze(q));
        assert!(asks(
            "What did Coach Reyes say after the final?",
            Language::En
        ));
        assert!(asks("¿Qué opina Rosa Lindo de la poesía?", Language::Es));
        assert!(asks("O que disse Ana Sousa sobre o mar?", Language::Pt));
        assert!(!asks("Why did he leave Arcadia for Globex?", Language::En));
    }

    #[test]
    fn a_stranger_named_by_the_question_must_be_met_or_be_the_interviews_person() {
        // "What did Coach Reyes say about the final?": coach, reyes, final.
        let name = [true, true, false];
        let nobody = [false; 3];
        assert!(answers_for_someone_else(
            &name,
            &nobody,
            &[false, false, true]
        ));
        assert!(!answers_for_someone_else(
            &name,
            &nobody,
            &[false, true, true]
        ));
        assert!(!answers_for_someone_else(
            &name,
            &[false, true, false],
            &nobody
        ));
        assert!(!answers_for_someone_else(&[false; 3], &nobody, &nobody));
    }
}
