//! Questions that ask how many things there are ("how many goals", "¿cuántos centros…?"),
//! and the figures that count them: a figure written right before another noun counts that
//! noun ("quince años", "trinta horas"), not the things asked about.

use super::{asks_for_figure, AnalyzedWord, Asked, CUE_WITHIN_WORDS};

/// Cues that ask how many things there are, folded: the figure is a count of the things, not
/// a value in units ("how much money" is answered in dollars, "what rate" in per cent).
const COUNT_CUES: [&str; 5] = ["many", "cuantos", "cuantas", "quantos", "quantas"];

/// Marks that end the clause a figure stands in: the word after one is no noun it counts.
const CLAUSE_MARKS: [char; 9] = [',', ';', ':', '.', '!', '?', '—', '–', '('];

/// Content words a figure's unit may take before "of" and the thing counted: "460
/// terawatt-hours of electricity", "mil metros cúbicos de agua".
const UNIT_WORDS: usize = 2;

/// Whether the question asks how many things there are: a [`COUNT_CUES`] word right before
/// the counted one, in its opening.
pub(in crate::search) fn counts_things(words: &[AnalyzedWord]) -> bool {
    let opening = &words[..words.len().min(CUE_WITHIN_WORDS + 1)];
    let counted = asks_for_figure(words).is_some_and(|a| matches!(a, Asked::Counted(_)));
    counted
        && opening
            .iter()
            .any(|w| COUNT_CUES.contains(&w.surface.as_str()))
}

/// Whether the figure at `words[at]` may count what `asked` holds for: the first content word
/// after it that is no figure ("quince *mil* personas", "quince *de los* centros") is the
/// thing asked, or a unit of at most [`UNIT_WORDS`] words followed by function words and the
/// thing asked ("millones de litros de agua"). None at all ("son quince.") counts anything;
/// nor does a word past a comma or a stop, which opens another clause ("Umas sessenta,
/// somando as três oficinas": sixty of the things asked, not of "somando").
pub(super) fn counts_asked(
    text: &str,
    words: &[AnalyzedWord],
    at: usize,
    is_figure: &dyn Fn(&AnalyzedWord) -> bool,
    asked: &dyn Fn(&AnalyzedWord) -> bool,
) -> bool {
    let adjacent = |i: usize| {
        let previous = &words[i - 1];
        let same_clause = |w: &AnalyzedWord| {
            let between = text.get(previous.end..w.start).unwrap_or("");
            !between.contains(CLAUSE_MARKS)
        };
        words
            .get(i)
            .filter(|w| w.position == previous.position + 1 && same_clause(w))
    };
    let function = |w: &AnalyzedWord| w.term.is_none();
    let mut next = at + 1;
    while adjacent(next).is_some_and(|w| is_figure(w) || function(w)) {
        next += 1;
    }
    let Some(noun) = adjacent(next) else {
        return true;
    };
    if asked(noun) {
        return true;
    }
    let mut after = next + 1;
    while after < next + UNIT_WORDS && adjacent(after).is_some_and(|w| !function(w)) {
        after += 1;
    }
    if !adjacent(after).is_some_and(function) {
        return false;
    }
    while adjacent(after).is_some_and(function) {
        after += 1;
    }
    adjacent(after).is_some_and(asked)
}

#[cfg(test)]
mod tests {
    use super::super::{states_count, states_figure};
    use super::*;
    use crate::search::analyzer::Analyzer;
    use crate::search::language::Language;

    #[test]
    fn a_figure_right_before_another_noun_is_no_count_of_the_things_asked() {
        let count = |text: &str, thing: &str| {
            let words = Analyzer::new(Language::Es).analyze(text);
            let asked = |w: &AnalyzedWord| w.surface == thing;
            states_count(text, &words, Language::Es, &asked, (false, &[]))
        };
        let years = "Un centro de datos en plena sequía, que ya dura más de quince años.";
        assert!(!count(years, "centro"));
        assert!(!count(
            "Un centro que abre a las tres de la mañana.",
            "centro"
        ));
        assert!(count("Hay quince centros en Chile.", "centros"));
        assert!(count(
            "Centros nuevos hay unos quince, contando los de la costa.",
            "centros"
        ));
        assert!(count("Tenemos veintiséis torres.", "torres"));
        assert!(count("Son quince de los centros.", "centros"));
        assert!(count(
            "Un centro usa dos millones de litros de agua.",
            "agua"
        ));
        assert!(count("¿Centros? Tenemos quince.", "centros"));
        let words = Analyzer::new(Language::Es).analyze(years);
        let centro = |w: &AnalyzedWord| w.surface == "centro";
        let figure = states_figure(years, &words, Language::Es, &centro, (false, &[]));
        assert!(
            figure,
            "a value in units, asked for otherwise, keeps its unit"
        );
    }

    #[test]
    fn how_many_asks_for_a_count_of_things_and_how_much_or_what_rate_do_not() {
        let counts = |q: &str, language| counts_things(&Analyzer::new(language).analyze(q));
        assert!(counts(
            "¿Cuántos centros de datos hay en Chile?",
            Language::Es
        ));
        assert!(counts("How many goals did he score?", Language::En));
        assert!(counts("Quantas cisternas foram construídas?", Language::Pt));
        assert!(!counts("How much money did it cost?", Language::En));
        assert!(!counts("What royalty rate did the law set?", Language::En));
    }
}
