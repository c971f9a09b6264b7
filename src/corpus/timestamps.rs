//! Transcript turns that open with the time before the speaker's name, as podcast transcripts
//! are published: `0:00:21.4 **Ana Host** Welcome…`, `00:04:10 Ana Host: Welcome…`. The time
//! and the name are the label; the text after them is the turn.

/// The hours, minutes and seconds of a time have at most this many digits each.
const MAX_TIME_DIGITS: usize = 2;

/// A time has two or three groups joined by colons ("4:10", "0:00:21"), the seconds
/// optionally with a fraction ("0:00:21.4").
pub fn is_clock(text: &str) -> bool {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, "0"));
    let groups: Vec<&str> = whole.split(':').collect();
    let digits =
        |g: &str, max: usize| (1..=max).contains(&g.len()) && g.chars().all(|c| c.is_ascii_digit());
    (2..=3).contains(&groups.len())
        && groups.iter().all(|g| digits(g, MAX_TIME_DIGITS))
        && digits(fraction, 3)
}

/// Splits `0:00:21.4 **Name** text` or `0:00:21 Name: text` into the name and the text of the
/// turn. The name is returned as written; the caller checks that it is a name.
pub fn split_leading_time(paragraph: &str) -> Option<(&str, &str)> {
    let (stamp, rest) = paragraph.trim_start().split_once(char::is_whitespace)?;
    let stamp = stamp.trim_start_matches('[').trim_end_matches(']');
    if !is_clock(stamp) {
        return None;
    }
    let rest = rest.trim_start();
    let (name, body) = if let Some(bold) = rest.strip_prefix("**") {
        let end = bold.find("**")?;
        let body = bold[end + 2..].trim_start_matches(':');
        (bold[..end].trim().trim_end_matches(':'), body)
    } else {
        rest.split_once(':')?
    };
    let body = body.trim();
    (!name.trim().is_empty() && !body.is_empty()).then_some((name.trim(), body))
}

/// The words after a bare time opening a turn, as a transcript marks a turn whose speaker it
/// named before: `(00:03:40) Why?`, `[00:03:40]: Why?`, `00:03:40 Why?`. The words must open
/// a sentence (a capital, an opening mark), so "10:30 was when the bus came" keeps its time.
pub fn after_bare_time(paragraph: &str) -> Option<&str> {
    let text = paragraph.trim_start();
    let (stamp, rest) = match text.chars().next()? {
        open @ ('(' | '[') => {
            let close = if open == '(' { ')' } else { ']' };
            let end = text.find(close)?;
            (&text[1..end], &text[end + 1..])
        }
        _ => text.split_once(char::is_whitespace)?,
    };
    let rest = rest.trim_start_matches(':').trim_start();
    let opens = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || "¿¡\"“«'‘—–".contains(c));
    (is_clock(stamp.trim()) && opens).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_time_opens_a_turn_without_a_name() {
        assert_eq!(after_bare_time("(00:03:40) Why?"), Some("Why?"));
        assert_eq!(after_bare_time("[00:03:40]: Why not?"), Some("Why not?"));
        assert_eq!(after_bare_time("00:03:40 ¿Por qué?"), Some("¿Por qué?"));
        assert_eq!(after_bare_time("10:30 was when the bus came."), None);
        assert_eq!(after_bare_time("(2019) Why?"), None);
        assert_eq!(after_bare_time("(00:03:40)"), None);
    }

    #[test]
    fn time_before_a_bold_or_colon_name_is_a_label() {
        assert_eq!(
            split_leading_time("0:01:05.9 **Rui Sal** Right, go on."),
            Some(("Rui Sal", "Right, go on."))
        );
        assert_eq!(
            split_leading_time("00:04:10 Rui Sal: Two winters."),
            Some(("Rui Sal", "Two winters."))
        );
        assert_eq!(
            split_leading_time("[12:30] **Rui Sal:** Yes."),
            Some(("Rui Sal", "Yes."))
        );
    }

    #[test]
    fn a_sentence_opening_with_a_time_is_no_label() {
        assert_eq!(split_leading_time("10:30 was when the bus came."), None);
        assert_eq!(split_leading_time("2019 **was** a year."), None);
        assert_eq!(split_leading_time("0:00:10.2 **Rui Sal**"), None);
    }
}
