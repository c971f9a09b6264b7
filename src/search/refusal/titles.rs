//! A common noun written right before a person's name is that person's title ("o chef Camilo
//! Vanel", "the guitarist John Morrow", "la doctora Inés Pardo"): it says who the person is,
//! as the name does, not what the question asks about them. A passage that meets only the
//! name and its title (an introduction presenting "o chef Camilo Vanel") meets the person,
//! not the recipe a question asks for (see [`super::borrows_its_question`]).

use crate::search::analyzer::AnalyzedWord;

/// Whether each concept (its folded `words`, in plan order) is a person's name as the question
/// writes it, with the title right before a name counted as part of it: `is_name` marks the
/// names; a one-word concept whose word stands, as a content word written in lowercase,
/// right before a word of a name (no word between) becomes one.
pub(in crate::search) fn with_titles(
    question: &str,
    analysed: &[AnalyzedWord],
    concepts: &[&str],
    is_name: &[bool],
) -> Vec<bool> {
    let name_words: Vec<&str> = (concepts.iter().zip(is_name))
        .filter(|(_, &name)| name)
        .flat_map(|(words, _)| words.split_whitespace())
        .collect();
    if name_words.is_empty() {
        return is_name.to_vec();
    }
    let lowercase = |w: &AnalyzedWord| {
        let written = question.get(w.start..w.end).unwrap_or_default();
        written.chars().all(|c| !c.is_uppercase())
    };
    let before_a_name = |word: &str| {
        analysed.windows(2).any(|pair| {
            let (title, next) = (&pair[0], &pair[1]);
            title.surface == word
                && title.term.is_some()
                && lowercase(title)
                && next.position == title.position + 1
                && name_words.contains(&next.surface.as_str())
        })
    };
    (concepts.iter().zip(is_name))
        .map(|(words, &name)| name || (!words.contains(' ') && before_a_name(words)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::{Analyzer, Language};

    fn names(language: Language, question: &str, concepts: &[&str], is_name: &[bool]) -> Vec<bool> {
        let analysed = Analyzer::new(language).analyze(question);
        with_titles(question, &analysed, concepts, is_name)
    }

    #[test]
    fn a_lowercase_noun_right_before_a_name_is_the_persons_title() {
        let question = "Qual é a receita de cerveja do chef Camilo Vanel?";
        let concepts = ["receita", "cerveja", "chef", "camilo", "vanel"];
        let is_name = [false, false, false, true, true];
        assert_eq!(
            names(Language::Pt, question, &concepts, &is_name),
            [false, false, true, true, true]
        );
    }

    #[test]
    fn a_word_apart_from_the_name_or_without_a_name_stays_a_topic() {
        let question = "What does John Morrow think of the guitarist tour?";
        let concepts = ["john", "morrow", "guitarist", "tour"];
        let is_name = [true, true, false, false];
        assert_eq!(names(Language::En, question, &concepts, &is_name), is_name);
        let no_name = [false; 4];
        assert_eq!(names(Language::En, question, &concepts, &no_name), no_name);
    }
}
