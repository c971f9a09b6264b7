//! Dates as pages print them above or under a text ("14 October 2024", "12/04/2023 às
//! 07h30", "Buenos Aires, 9 de agosto de 2022"), in English, Spanish and Portuguese.

use std::sync::LazyLock;

use regex::Regex;

/// The months' names (and English abbreviations) in English, Spanish and Portuguese, as an
/// alternation for a pattern.
pub(super) const MONTHS: &str = "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?\
    |enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre\
    |janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro";

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?ix)
        \b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b
        | \b\d{{4}}-\d{{2}}-\d{{2}}\b
        | \b({MONTHS})\b"
    ))
    .expect("a valid date pattern")
});

static DAY_OR_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2}|(19|20)\d{2})\b").expect("a valid number pattern"));

/// A short line that gives a date, with nothing that reads like a sentence.
pub fn is_date_line(line: &str) -> bool {
    !line.ends_with(['.', '?', '!', ':', ';'])
        && DATE.find_iter(line).any(|m| is_calendar_date(m.as_str()))
        && DAY_OR_YEAR.is_match(line)
}

/// A month has at most this many days.
const MAX_DAY: u32 = 31;

/// A year has this many months.
const MAX_MONTH: u32 = 12;

/// A date in figures names a day and a month that exist, in either order ("8/9/17",
/// "2023-04-12"): figures that name none ("95-60-90", a score or measurements; "2023-00-12",
/// as days and months count from 1) are no date. A month's name always is one.
fn is_calendar_date(found: &str) -> bool {
    let parts: Vec<u32> = found
        .split(['/', '.', '-'])
        .map(|p| p.parse().unwrap_or(u32::MAX))
        .collect();
    let month = |m: u32| (1..=MAX_MONTH).contains(&m);
    let day = |d: u32| (1..=MAX_DAY).contains(&d);
    match parts[..] {
        [year, m, d] if year > MAX_DAY => month(m) && day(d),
        [a, b, _] if a != u32::MAX => (month(a) && day(b)) || (month(b) && day(a)),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_name_a_date_only_when_the_day_and_month_exist() {
        for line in ["8/9/17", "25/12/2023", "2023-04-12", "9 de agosto de 2022"] {
            assert!(is_date_line(line), "{line}");
        }
        for line in [
            "95-60-90",
            "40.50.60",
            "2023-14-40",
            "2023-00-12",
            "2023-04-00",
            "0/0/17",
        ] {
            assert!(!is_date_line(line), "{line}");
        }
    }
}
