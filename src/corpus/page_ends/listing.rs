//! A magazine box's listing under the last answer: the show's venue, day, time and price set
//! after a marker ("› Town Hall. Friday (9), 8pm. $20."), one line per date. The marker opens
//! no spoken sentence, and the listing is told by its figures: a clock time with a price or a
//! day number, which an answer does not string together behind a bullet.

use std::sync::LazyLock;

use regex::Regex;

use super::texts;

/// The marks a listing line opens with: chevrons, arrows and bullets set by the page's type.
const LISTING_MARKERS: [char; 8] = ['›', '»', '•', '►', '▸', '▶', '→', '■'];

/// A clock time: "22h", "21h30", "20:30", "8pm", "8 p.m.".
static CLOCK_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\d{1,2}(h\d{0,2}|:\d{2}|\s?[ap]\.?m\b\.?)").expect("a valid time pattern")
});

/// A price: a currency sign or code next to its figure ("R$ 80,00", "€15", "20 €", "$20").
static PRICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([$€£¥]\s?\d|\d\s?[€£]|\b(EUR|USD|GBP|BRL)\s?\d)").expect("a valid price pattern")
});

/// A day of the month in brackets after the weekday, as listings write it ("Sábado (17)").
static BRACKETED_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(\d{1,2}\)").expect("a valid day pattern"));

/// The index (into `lines`) where the closing run of listing lines starts, if the text ends
/// with one.
pub fn listing_start(lines: &[(usize, &str)]) -> Option<usize> {
    let texts = texts(lines);
    let run = texts
        .iter()
        .rev()
        .take_while(|(_, l)| is_listing(l))
        .count();
    // The listing follows the text: a file that is all listing is no interview's box.
    (run > 0 && run < texts.len()).then(|| texts[texts.len() - run].0)
}

/// A line opening with a marker that holds a clock time and a price or a day number.
fn is_listing(line: &str) -> bool {
    let Some(rest) = line.strip_prefix(LISTING_MARKERS) else {
        return false;
    };
    let dated = PRICE.is_match(rest) || BRACKETED_DAY.is_match(rest);
    rest.starts_with(char::is_whitespace) && CLOCK_TIME.is_match(rest) && dated
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(text: &str) -> Vec<(usize, &str)> {
        text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect()
    }

    #[test]
    fn a_marked_line_with_time_and_price_closing_the_text_is_a_listing() {
        let text = "Why the harp?\nMy aunt played it.\nAnd the tour?\nTen towns.\n\
                    › Town Hall. Friday (9), 8pm. $20.\n» Old Mill. Sábado (10), 21h30. R$ 40,00.";
        assert_eq!(listing_start(&numbered(text)), Some(4));
    }

    #[test]
    fn an_answer_a_bullet_without_figures_or_a_listing_mid_text_stays() {
        let answer = "And the tour?\nTen towns, from 8pm each night, for $20 a seat.";
        assert_eq!(listing_start(&numbered(answer)), None);
        let bullet = "And the tour?\nTen towns:\n• the Town Hall\n• the Old Mill";
        assert_eq!(listing_start(&numbered(bullet)), None);
        let mid = "Why?\n› Town Hall. Friday (9), 8pm. $20.\nAnd then?\nWe rest.";
        assert_eq!(listing_start(&numbered(mid)), None);
    }
}
