//! The owner of a personal site: the person's name heads the site (the header's first line,
//! above the menu) and holds its copyright in the footer ("© 2024 Ana Ruiz"). A writer's
//! own site answering readers' questions ("Q&A", labelled only `Q:`/`A:`) names its
//! interviewee nowhere else: the owner answers.

use crate::corpus::name_words::name_cased;
use crate::corpus::reading::{Clutter, Dropped};

/// A person's name on a site's header: a given and a family name, a middle name at most.
const OWNER_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// Words a copyright line sets before the holder's name: the sign or word, a year or a span
/// of years, lowercase.
const COPYRIGHT_MARKS: &[&str] = &["©", "(c)", "copyright", "copyleft"];

/// The person a personal site belongs to: a name heading the page's header (a line dropped as
/// the site's header) that a copyright line under the text also holds, dropped or a line of
/// the last paragraph (`last`), where a footer without a blank line above it stays.
pub(super) fn site_owner(dropped: &[Dropped], last: Option<&str>) -> Option<String> {
    // The header's first line only: the menu under it holds capitalised words too.
    let header = dropped
        .iter()
        .find(|d| d.reason == Clutter::SiteHeader)
        .map(|d| d.text.trim())
        .filter(|t| person_shaped(t))?;
    let lines =
        (dropped.iter().map(|d| d.text.as_str())).chain(last.into_iter().flat_map(str::lines));
    let holds = lines
        .filter_map(copyright_holder)
        // "… Mira Kestrel. All rights reserved.", or a footer's next line run on.
        .any(|holder| {
            let rest = holder.strip_prefix(header);
            rest.is_some_and(|r| r.is_empty() || r.starts_with([' ', '.', ',', '|']))
        });
    holds.then(|| header.to_string())
}

/// Two or three capitalised words of letters: a person's name, not a menu's words.
fn person_shaped(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    OWNER_NAME_WORDS.contains(&words.len())
        && words
            .iter()
            .all(|w| name_cased(w) && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c)))
}

/// The holder a copyright line names ("© 2024 Ana Ruiz", "Copyright © 2019-2024 Ana Ruiz."),
/// once the marks and years are set aside: what follows the first mark, to the line's end.
fn copyright_holder(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mark = |w: &&str| COPYRIGHT_MARKS.contains(&w.to_lowercase().as_str());
    let year =
        |w: &&str| w.chars().any(|c| c.is_ascii_digit()) && !w.chars().any(char::is_alphabetic);
    // The footer may be run on after the last answer's words.
    let at = words.iter().position(mark)?;
    let holder: Vec<&str> = words[at..]
        .iter()
        .skip_while(|w| mark(w) || year(w))
        .copied()
        .collect();
    let holder = holder.join(" ");
    Some(holder.trim_end_matches(['.', ',']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dropped(lines: &[(&str, Clutter)]) -> Vec<Dropped> {
        (lines.iter().enumerate())
            .map(|(line, (text, reason))| Dropped {
                line: line + 1,
                text: text.to_string(),
                reason: *reason,
            })
            .collect()
    }

    #[test]
    fn the_name_heading_the_site_and_holding_its_copyright_is_the_owner() {
        let lines = [
            ("Mira Kestrel", Clutter::SiteHeader),
            ("Books", Clutter::SiteHeader),
            (
                "Copyright © 2019-2024 Mira Kestrel.",
                Clutter::AfterInterview,
            ),
        ];
        assert_eq!(
            site_owner(&dropped(&lines), None).as_deref(),
            Some("Mira Kestrel")
        );
    }

    #[test]
    fn a_magazine_or_another_holder_is_no_owner() {
        // The copyright is another's: a publisher's site under a writer's name.
        let lines = [
            ("Mira Kestrel", Clutter::SiteHeader),
            ("© 2024 Harbour Press", Clutter::AfterInterview),
        ];
        assert_eq!(site_owner(&dropped(&lines), None), None);
        // The header is a menu or a title, no name.
        let lines = [
            ("Home", Clutter::SiteHeader),
            ("© 2024 Home", Clutter::AfterInterview),
        ];
        assert_eq!(site_owner(&dropped(&lines), None), None);
        // The footer glued under the last answer holds it too.
        let lines = [("Mira Kestrel", Clutter::SiteHeader)];
        let last = "I rest. © 2024 Mira Kestrel. All rights reserved.";
        assert_eq!(
            site_owner(&dropped(&lines), Some(last)).as_deref(),
            Some("Mira Kestrel")
        );
        // No copyright line: a header alone may be the magazine's name.
        let lines = [("Mira Kestrel", Clutter::SiteHeader)];
        assert_eq!(site_owner(&dropped(&lines), None), None);
    }
}
