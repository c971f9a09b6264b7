//! A name line with the date it was written or published typed after a full stop ("Ana Gil.
//! March 2024"), as an author's site signs a page: the name is the page's person, kept as a
//! line of its own; only the date is furniture.

use std::sync::LazyLock;

use regex::Regex;

use super::clean::line_clutter;
use super::dates::MONTHS;
use super::labels::is_name_like;
use super::reading::Clutter;

/// A word of a bare date: a figure, a month's name or a short linking word ("de", "of").
static DATE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(\d+[/.,-]?\d*[/.,-]?\d*,?|({MONTHS})\.?,?|\p{{L}}{{1,3}})$"
    ))
    .expect("a valid date word pattern")
});

/// A person's name is two words at least: one capitalised word before a date is a place or a
/// rubric ("Lisbon. March 2024").
const MIN_NAME_WORDS: usize = 2;

/// The name and the date, when `line` is a name of a few capitalised words, a full stop and a
/// date line of nothing but the date. A comma, bar or dash before the date is a dateline's seam ("Lisbon, 3 March").
pub fn split_signed_date(line: &str) -> Option<(&str, &str)> {
    let (name, date) = line.trim().split_once(". ")?;
    let words = name.split_whitespace().count();
    let bare = date.split_whitespace().all(|w| DATE_WORD.is_match(w));
    let dated = bare && line_clutter(date) == Some(Clutter::Date);
    (words >= MIN_NAME_WORDS && is_name_like(name) && dated).then_some((name, date.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_signing_a_date_is_kept_and_the_date_dropped() {
        assert_eq!(
            split_signed_date("Lúcia Brandão Vaz. Marzo 2021"),
            Some(("Lúcia Brandão Vaz", "Marzo 2021"))
        );
        for line in [
            "Lisbon. March 2024",
            "Lúcia Brandão Vaz, March 2024",
            "Published today. March 2024",
            "Lúcia Brandão Vaz. She wrote it in March 2024",
        ] {
            assert_eq!(split_signed_date(line), None, "{line}");
        }
    }
}
