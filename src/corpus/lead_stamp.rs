//! A date stamp an export sets before the text on its first line ("date 2022-06 ¿Qué libro
//! está leyendo?", "2019-03-02 What got you started?"): the record's date in ISO form, with or
//! without a one-word label. Nobody writes or says a date that way in a question or an
//! introduction, so the stamp is a date line and the rest of the line the text.

use std::sync::LazyLock;

use regex::Regex;

/// A one-word label ("date", "fecha:", "Data:") at most, an ISO year and month (and day),
/// then the text, opening with no digit.
static LEAD_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:\p{L}{1,10}:?\s+)?\d{4}-[01]\d(?:-[0-3]\d)?)\s+(\D.*)$")
        .expect("a valid stamp pattern")
});

/// The stamp and the text after it, when the line opens with an ISO date stamp.
pub fn split_lead_stamp(line: &str) -> Option<(&str, &str)> {
    let found = LEAD_STAMP.captures(line.trim())?;
    let (stamp, rest) = (found.get(1)?.as_str(), found.get(2)?.as_str());
    Some((stamp, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_iso_stamp_before_the_first_words_is_split_off() {
        assert_eq!(
            split_lead_stamp("date 2022-06 ¿Qué libro lee?"),
            Some(("date 2022-06", "¿Qué libro lee?"))
        );
        assert_eq!(
            split_lead_stamp("2019-03-02 What got you started?"),
            Some(("2019-03-02", "What got you started?"))
        );
    }

    #[test]
    fn a_year_in_prose_or_a_stamp_alone_is_no_lead_stamp() {
        assert_eq!(split_lead_stamp("In 2019 we moved to Braga."), None);
        assert_eq!(split_lead_stamp("date 2022-06"), None);
        assert_eq!(
            split_lead_stamp("Since 2019-2020 season began, we won."),
            None
        );
    }
}
