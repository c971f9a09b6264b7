//! A figure that counts one of the question's own things is no value of the measure it asks
//! for: "What is the price of a ticket to see elephants?" is not answered by "three elephants
//! came towards me", a count of the elephants, however near the question's words it stands.

use super::{asks_which_value, AnalyzedWord, Asked, CUE_WITHIN_WORDS};

/// Words after a figure that make it a rate or a price ("12 *a* jar", "5 *per* person", "3
/// euros *cada*"): the figure is then the value of the measure, not a count of the things.
const RATE_WORDS: &[&str] = &[
    "a", "an", "per", "por", "cada", "each", "un", "una", "um", "uma",
];

/// Whether the figure at `words[at]` counts a thing the question names other than the
/// measure it asks for ("what is the *price* of…"): the word right after the figure (and
/// any figures that follow it), in the same run of words, is one of the question's own words
/// ("three *elephants*"). A function word there makes a rate or price ("12 a jar"), and a
/// unit ("thirty dollars"), a word the question does not use, or nothing at all leaves the
/// figure a possible value of the measure too.
pub(super) fn counts_a_thing_asked_about(
    words: &[AnalyzedWord],
    at: usize,
    is_figure: &dyn Fn(&AnalyzedWord) -> bool,
    question: &[AnalyzedWord],
) -> bool {
    let opening = &question[..question.len().min(CUE_WITHIN_WORDS + 1)];
    let Some(Asked::Counted(measure)) = asks_which_value(opening) else {
        return false;
    };
    let mut next = at + 1;
    let adjacent =
        |i: usize| (words.get(i)).filter(|w| i > 0 && w.position == words[i - 1].position + 1);
    while adjacent(next).is_some_and(is_figure) {
        next += 1;
    }
    let Some(after) = adjacent(next) else {
        return false;
    };
    if RATE_WORDS.contains(&after.surface.as_str()) {
        return false;
    }
    let Some(noun) = after.term.as_ref() else {
        return false;
    };
    *noun != measure && question.iter().any(|q| q.term.as_ref() == Some(noun))
}

#[cfg(test)]
mod tests {
    use super::super::states_figure;
    use super::*;
    use crate::search::analyzer::Analyzer;
    use crate::search::language::Language;

    #[test]
    fn a_count_of_the_things_asked_about_is_no_price() {
        let mut analyzer = Analyzer::new(Language::En);
        let question = analyzer.analyze("What is the price of a ticket to see the otters?");
        let priced = |text: &str| {
            let words = Analyzer::new(Language::En).analyze(text);
            let asked = |w: &AnalyzedWord| w.surface.starts_with("otter");
            states_figure(text, &words, Language::En, &asked, (false, &question))
        };
        assert!(!priced(
            "We went to see the otters, and three otters swam to us."
        ));
        assert!(priced("To see the otters you pay 12 dollars."));
        assert!(priced("The otters cost us twenty, which was fair."));
        let count = analyzer.analyze("How many otters did she see?");
        let words = analyzer.analyze("three otters swam to us");
        let figure = |w: &AnalyzedWord| w.surface == "three";
        assert!(
            !counts_a_thing_asked_about(&words, 0, &figure, &count),
            "a count is what a count question asks for"
        );
    }

    #[test]
    fn a_figure_before_an_article_or_per_is_a_rate_not_a_count() {
        let mut analyzer = Analyzer::new(Language::En);
        let question = analyzer.analyze("What is the price of a jar at the market?");
        let figure = |w: &AnalyzedWord| w.surface == "12";
        for text in [
            "We charge 12 a jar",
            "We charge 12 per jar",
            "We charge 12 each jar",
        ] {
            let words = analyzer.analyze(text);
            let at = words.iter().position(figure).expect("a figure");
            assert!(
                !counts_a_thing_asked_about(&words, at, &figure, &question),
                "{text}"
            );
        }
        let words = analyzer.analyze("We sold 12 jars");
        let at = words.iter().position(figure).expect("a figure");
        assert!(counts_a_thing_asked_about(&words, at, &figure, &question));
    }
}
