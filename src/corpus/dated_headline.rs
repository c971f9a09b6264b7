//! A headline with its date typed at its end ("Talking tides with Ida Holm 3/5/24"), as small
//! sites title their posts. The date is furniture; the headline is the title and may name
//! the interviewee, so the line is split rather than dropped whole as a date line.

use std::sync::LazyLock;

use regex::Regex;

/// A headline has a few words before its date; a dateline has a place ("Lisbon, 3/5/24") or
/// a verb ("Published 3/5/24") there.
const MIN_HEADLINE_WORDS: usize = 3;

/// A lowercase word this short closing the words before the date is a preposition of a
/// dateline ("Published on 3/5/24", "Publicado el 3/5/24"), not a headline's last word.
const MAX_LINKING_WORD_LETTERS: usize = 3;

static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s\(?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\)?$").expect("a valid date pattern")
});

/// The headline and the date, when `line` is a headline of a few words followed by a date
/// in figures, with no comma, bar or dash between them (the seams of a dateline).
pub fn split_dated_headline(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let date = TRAILING_DATE.find(line)?;
    let headline = line[..date.start()].trim_end();
    let words: Vec<&str> = headline.split_whitespace().collect();
    let last = words.last()?;
    let linking =
        last.chars().count() <= MAX_LINKING_WORD_LETTERS && last.chars().all(char::is_lowercase);
    let seam = !headline.ends_with(|c: char| c.is_alphanumeric() || c == '"' || c == '”');
    (words.len() >= MIN_HEADLINE_WORDS && !linking && !seam)
        .then(|| (headline, line[date.start()..].trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_keeps_its_words_and_loses_its_date() {
        assert_eq!(
            split_dated_headline("Talking tides with Ida Holm 3/5/24"),
            Some(("Talking tides with Ida Holm", "3/5/24"))
        );
        for dateline in [
            "Lisbon, 3/5/24",
            "Published on 3/5/24",
            "Skagen harbour office | 03.05.2024",
            "3/5/24",
        ] {
            assert_eq!(split_dated_headline(dateline), None, "{dateline}");
        }
    }

    #[test]
    fn a_dated_headline_is_the_title_and_names_the_guest() {
        let text = "Talking tides with Ida Holm 3/5/24\n\n\
                    Ida Holm keeps the tide gauge of Skagen.\n\n\
                    Q: What does the gauge measure?\n\nA: The height of the sea.\n\n\
                    Q: And storms?\n\nA: Storms break it.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.title, "Talking tides with Ida Holm");
        assert_eq!(reading.interview.interviewee(), "Ida Holm");
    }
}
