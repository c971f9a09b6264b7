//! A common noun written right before a person's name, after an article, is that person's
//! title ("do chef Teodoro Laske", "the guitarist Tom Avery", "la doctora Inés Pardo"): it
//! says who the person is, as the name does, not what the question asks about them. A passage
//! that meets only the name and its title (an introduction presenting "o chef Teodoro Laske")
//! meets the person, not the dish a question asks for (see [`super::borrows_its_question`]).
//! Without the article the word before a name is as often a verb ("When did she meet Tom
//! Avery?", "Por que ela substituiu Tom Avery?"), which the question asks about.

use crate::search::analyzer::AnalyzedWord;

/// Definite articles and their contractions with a preposition (English, Spanish, Portuguese),
/// folded: standing before a lowercase word right before a name, they make that word a noun,
/// the person's title.
#[rustfmt::skip]
const ARTICLES: &[&str] = &[
    "the", "el", "la", "los", "las", "del", "al", "o", "os", "a", "as", "do", "da", "dos",
    "das", "no", "na", "nos", "nas", "ao", "aos", "pelo", "pela", "pelos", "pelas",
];

/// Whether each concept (its folded `words`, in plan order) is a person's name as the question
/// writes it, with the title right before a name counted as part of it: `is_name` marks the
/// names; a one-word concept whose word stands, as a content word written in lowercase,
/// between an article and a word of a name (no word between) becomes one.
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
        analysed.windows(3).any(|three| {
            let (article, title, next) = (&three[0], &three[1], &three[2]);
            ARTICLES.contains(&article.surface.as_str())
                && article.position + 1 == title.position
                && title.surface == word
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
    fn a_lowercase_noun_between_an_article_and_a_name_is_the_persons_title() {
        let question = "Qual é o segredo do bolo de milho do chef Teodoro Laske?";
        let concepts = ["segredo", "bolo", "milho", "chef", "teodoro", "laske"];
        let is_name = [false, false, false, false, true, true];
        assert_eq!(
            names(Language::Pt, question, &concepts, &is_name),
            [false, false, false, true, true, true]
        );
        let question = "What did the drummer Tom Avery build?";
        let concepts = ["drummer", "tom", "avery", "build"];
        let is_name = [false, true, true, false];
        assert_eq!(
            names(Language::En, question, &concepts, &is_name),
            [true, true, true, false]
        );
    }

    #[test]
    fn a_word_before_a_name_without_an_article_is_what_the_question_asks() {
        let is_name = [false, true, true];
        let cases = [
            (
                Language::En,
                "When did she meet Tom Avery?",
                ["meet", "tom", "avery"],
            ),
            (
                Language::En,
                "Who is coaching Tom Avery?",
                ["coaching", "tom", "avery"],
            ),
            (
                Language::Pt,
                "Por que ela substituiu Tom Avery?",
                ["substituiu", "tom", "avery"],
            ),
        ];
        for (language, question, concepts) in cases {
            assert_eq!(
                names(language, question, &concepts, &is_name),
                is_name,
                "{question}"
            );
        }
    }

    #[test]
    fn a_word_apart_from_the_name_or_without_a_name_stays_a_topic() {
        let question = "What does Tom Avery think of the guitarist tour?";
        let concepts = ["tom", "avery", "guitarist", "tour"];
        let is_name = [true, true, false, false];
        assert_eq!(names(Language::En, question, &concepts, &is_name), is_name);
        let no_name = [false; 4];
        assert_eq!(names(Language::En, question, &concepts, &no_name), no_name);
    }
}
