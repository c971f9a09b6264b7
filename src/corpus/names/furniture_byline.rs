//! A byline printed as a bare name under the headline ("Rui Sal", no "By"): the page's
//! furniture rules drop it with the share buttons, but it is the journalist who asked. It is
//! read only when nothing else names the interviewer.

use crate::corpus::headline_names::bare_name_headline;
use crate::corpus::reading::{Clutter, Dropped};

/// A byline sits in the page's head (site name, headline, byline, date): within this many
/// lines of the top. A bare name further down is a caption or a signature.
const MAX_BYLINE_LINE: usize = 8;

/// The name and line of a head line dropped as furniture that is only a personal name, set
/// right above or below the date line (a byline and a dateline form the head's credit
/// block), and that the text never writes again (the guest's name comes back in the
/// introduction or the answers; the journalist's does not). `whole` ends with the title.
pub(super) fn furniture_byline(dropped: &[Dropped], whole: &[&str]) -> Option<(String, usize)> {
    let body = &whole[..whole.len().saturating_sub(1)];
    (dropped.iter())
        .filter(|d| d.reason == Clutter::PageFurniture && d.line <= MAX_BYLINE_LINE)
        .filter(|d| {
            let dated =
                |line: usize| (dropped.iter()).any(|e| e.reason == Clutter::Date && e.line == line);
            dated(d.line + 1) || d.line.checked_sub(1).is_some_and(dated)
        })
        .find_map(|d| {
            let name = bare_name_headline(d.text.trim(), body)?;
            let written = body.iter().any(|t| t.contains(name.as_str()));
            (!written).then_some((name, d.line))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture(text: &str, line: usize) -> Dropped {
        Dropped {
            line,
            text: text.to_string(),
            reason: Clutter::PageFurniture,
        }
    }

    #[test]
    fn a_bare_name_under_the_headline_is_the_byline() {
        let whole = [
            "Ivo Lund has restored boats for forty years.",
            "Why boats?",
            "My father built them.",
            "Talking to Ivo Lund about boats",
        ];
        let date = Dropped {
            line: 5,
            text: "12 May 2021".to_string(),
            reason: Clutter::Date,
        };
        let dropped = [
            furniture("Share", 2),
            furniture("Tessa Moor", 4),
            date.clone(),
        ];
        assert_eq!(
            furniture_byline(&dropped, &whole),
            Some(("Tessa Moor".to_string(), 4))
        );
        // Away from the date line, a bare name may be a menu's or a follow line.
        let dropped = [furniture("Tessa Moor", 2), date.clone()];
        assert_eq!(furniture_byline(&dropped, &whole), None);
        // The guest's name, written again in the text, is no byline; nor is a late line.
        let dropped = [furniture("Ivo Lund", 4), furniture("Tessa Moor", 40), date];
        assert_eq!(furniture_byline(&dropped, &whole), None);
    }
}
