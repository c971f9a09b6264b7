//! A date stamp an export sets before the text on its first line ("date 2022-06 ¿Qué libro
//! está leyendo?", "2019-03-02 What got you started?"): the record's date in ISO form, with or
//! without a one-word label. Nobody writes or says a date that way in a question or an
//! introduction, so the stamp is a date line and the rest of the line the text. A post's age
//! alone on a line ("há 1 semana", "2 weeks ago") is the page's clock too.

use std::sync::LazyLock;

use regex::Regex;

/// A one-word label ("date", "fecha:", "Data:") at most, an ISO year and month (and day),
/// then the text, opening with no digit.
static LEAD_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:\p{L}{1,10}:?\s+)?\d{4}-[01]\d(?:-[0-3]\d)?)\s+(\D.*)$")
        .expect("a valid stamp pattern")
});

/// An age a page prints for its post, alone on a line, maybe after a bullet ("- há 1 semana",
/// "hace 3 días", "2 weeks ago"): the page's clock, read as a date line. The number is
/// followed by a unit of time: "Há uma saída" ("there is a way out") is an answer.
static AGE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^[-–—•·]?\s*(?:
        (?:há|hace)\s+(?:\d+|um|uma|un|una)\s+
          (?:segundo|minuto|min|hora|hr|h|d[ií]a|semana|m[eê]s(?:es)?|a[nñ]o)s?
        | (?:\d+|a|an|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago
        )$",
    )
    .expect("a valid age stamp pattern")
});

/// The line is only a post's age ("há 1 semana", "2 weeks ago").
pub fn is_age_stamp(line: &str) -> bool {
    AGE_STAMP.is_match(line.trim())
}

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
    fn a_posts_age_alone_on_its_line_is_a_stamp() {
        assert!(is_age_stamp("- há 1 semana"));
        assert!(is_age_stamp("hace 3 días"));
        assert!(is_age_stamp("2 weeks ago"));
        assert!(!is_age_stamp("Há 1 semana que não durmo."));
        assert!(!is_age_stamp("two weeks ago we met"));
        assert!(is_age_stamp("há um mês"));
        assert!(is_age_stamp("hace 2 meses"));
        assert!(is_age_stamp("hace un año"));
        assert!(is_age_stamp("an hour ago"));
        assert!(is_age_stamp("há 5 min"));
    }

    #[test]
    fn a_short_answer_opening_like_an_age_is_no_stamp() {
        assert!(!is_age_stamp("Há uma saída"));
        assert!(!is_age_stamp("Hace un favor"));
        assert!(!is_age_stamp("3 friends ago"));
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
