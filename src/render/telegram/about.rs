//! `/about`: the interviews a chat asks about, who was interviewed and where it was published.

use super::{escape, fill, truncate, visible_utf16};

/// Room for the interviews listed by /about, below Telegram's 4096.
const ABOUT_BUDGET_UTF16: usize = 3_800;

/// Longest interview title listed by /about.
const ABOUT_TITLE_UTF16: usize = 300;

/// One interview as /about lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AboutEntry<'a> {
    /// Display title.
    pub title: &'a str,
    /// The person quoted.
    pub interviewee: &'a str,
    /// Where it was published, if known.
    pub outlet: Option<&'a str>,
    /// Who republished it, if anyone.
    pub republished_by: Option<&'a str>,
    /// The original's address, if known.
    pub url: Option<&'a str>,
}

/// Templates of /about, in the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct AboutTexts<'a> {
    /// One interview: `{title}`, `{interviewee}`, `{outlet}`.
    pub interview: &'a str,
    /// Added when republished: `{republished_by}`.
    pub republished: &'a str,
    /// After the list.
    pub footer: &'a str,
}

/// The /about message: as many interviews as fit one message, then the footer.
pub fn about<'a>(
    entries: impl IntoIterator<Item = AboutEntry<'a>>,
    texts: AboutTexts<'_>,
) -> String {
    let mut about = String::new();
    for entry in entries {
        let part = entry_text(&entry, &texts);
        // An archive of interviews does not fit one message: list what fits.
        let length = visible_utf16(&about) + visible_utf16(&part) + visible_utf16(texts.footer);
        if length > ABOUT_BUDGET_UTF16 {
            break;
        }
        about.push_str(&part);
    }
    about.push_str(texts.footer);
    about
}

fn entry_text(entry: &AboutEntry<'_>, texts: &AboutTexts<'_>) -> String {
    let mut part = fill(
        texts.interview,
        &[
            ("title", truncate(entry.title, ABOUT_TITLE_UTF16)),
            ("interviewee", entry.interviewee),
            ("outlet", entry.outlet.unwrap_or("—")),
        ],
    );
    if let Some(republished_by) = entry.republished_by {
        part.push_str(&fill(
            texts.republished,
            &[("republished_by", republished_by)],
        ));
    }
    if let Some(url) = entry.url {
        part.push('\n');
        part.push_str(&escape(url));
    }
    part.push_str("\n\n");
    part
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::telegram::{validate_html, MAX_MESSAGE_UTF16};

    const TEXTS: AboutTexts<'static> = AboutTexts {
        interview: "<b>{title}</b>\n{interviewee} · {outlet}",
        republished: "\nRepublished by: {republished_by}",
        footer: "Quotes are verbatim.",
    };

    fn entry(title: &str) -> AboutEntry<'_> {
        AboutEntry {
            title,
            interviewee: "Ana <Dev>",
            outlet: None,
            republished_by: Some("A&B"),
            url: Some("https://example.org/?a=1&b=2"),
        }
    }

    #[test]
    fn entries_are_escaped_and_an_archive_is_cut_to_one_message() {
        let one = about([entry("Water")], TEXTS);
        assert_eq!(
            one,
            "<b>Water</b>\nAna &lt;Dev&gt; · —\nRepublished by: A&amp;B\n\
             https://example.org/?a=1&amp;b=2\n\nQuotes are verbatim."
        );
        let titles: Vec<String> = (0..200).map(|i| format!("Interview {i}")).collect();
        let many = about(titles.iter().map(|t| entry(t)), TEXTS);
        assert!(visible_utf16(&many) <= MAX_MESSAGE_UTF16);
        assert!(many.ends_with("Quotes are verbatim.") && validate_html(&many).is_ok());
    }
}
