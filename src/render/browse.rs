//! The list of interviews behind `/interviews`, and the line that tells a chat which interview
//! it is asking about. Pure: Telegram HTML strings from plain values.

use super::telegram::{fill, label, truncate, MAX_BUTTON_CHARS};

/// Titles in the list are cut here: a page of them must fit one message with room to spare.
const MAX_LISTED_TITLE_UTF16: usize = 200;

/// Names in the list and on buttons are cut here.
const MAX_LISTED_NAME_UTF16: usize = 80;

/// Marks the interview a chat picked, in the list and on its button.
const CHOSEN_MARK: &str = "✓ ";

/// One interview as the list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListedInterview<'a> {
    /// Its number in the whole list, from 1 (newest first).
    pub number: usize,
    /// Display title.
    pub title: &'a str,
    /// The person quoted, if the interview names them.
    pub interviewee: Option<&'a str>,
    /// Where it was published, if known.
    pub outlet: Option<&'a str>,
    /// Publication date as written in the front matter, if any.
    pub date: Option<&'a str>,
    /// Whether the chat asks about this one only.
    pub chosen: bool,
}

/// Templates of the list, in the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct ListTexts<'a> {
    /// Above the entries: `{count}`, `{page}`, `{pages}`.
    pub header: &'a str,
    /// One entry: `{number}`, `{title}`, `{details}` (interviewee · outlet · date).
    pub entry: &'a str,
}

/// Where a page sits in the whole list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// From 0.
    pub index: usize,
    /// At least 1.
    pub count: usize,
    /// Interviews in the whole list.
    pub interviews: usize,
}

/// The message listing one page of interviews.
pub fn interview_list(entries: &[ListedInterview<'_>], page: Page, texts: ListTexts<'_>) -> String {
    let mut out = fill(
        texts.header,
        &[
            ("count", &page.interviews.to_string()),
            ("page", &(page.index + 1).to_string()),
            ("pages", &page.count.to_string()),
        ],
    );
    for entry in entries {
        let number = format!(
            "{}{}",
            if entry.chosen { CHOSEN_MARK } else { "" },
            entry.number
        );
        out.push_str("\n\n");
        out.push_str(&fill(
            texts.entry,
            &[
                ("number", &number),
                ("title", truncate(entry.title, MAX_LISTED_TITLE_UTF16)),
                ("details", &details(entry, true)),
            ],
        ));
    }
    out
}

/// The label of the button that picks an interview: its number, interviewee and outlet (the
/// title when neither is known).
pub fn button_label(entry: &ListedInterview<'_>) -> String {
    let mut details = details(entry, false);
    if details.is_empty() {
        details = entry.title.to_string();
    }
    let full = format!(
        "{}{}. {details}",
        if entry.chosen { CHOSEN_MARK } else { "" },
        entry.number,
    );
    label(&full, MAX_BUTTON_CHARS)
}

/// The card line naming the interview a chat picked: `template` with `{title}`.
pub fn scope_line(template: &str, title: &str) -> String {
    fill(
        template,
        &[("title", truncate(title, MAX_LISTED_TITLE_UTF16))],
    )
}

/// "Interviewee · Outlet", with " · date" when asked for; what is unknown is left out.
fn details(entry: &ListedInterview<'_>, with_date: bool) -> String {
    let mut parts: Vec<&str> = Vec::new();
    parts.extend(
        entry
            .interviewee
            .map(|i| truncate(i, MAX_LISTED_NAME_UTF16)),
    );
    parts.extend(entry.outlet.map(|o| truncate(o, MAX_LISTED_NAME_UTF16)));
    if with_date {
        parts.extend(entry.date.map(|d| truncate(d, MAX_LISTED_NAME_UTF16)));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::telegram::validate_html;

    const TEXTS: ListTexts<'static> = ListTexts {
        header: "<b>Interviews</b> ({count}), page {page} of {pages}",
        entry: "{number}. <b>{title}</b>\n{details}",
    };

    fn entry(number: usize, chosen: bool) -> ListedInterview<'static> {
        ListedInterview {
            number,
            title: "Water <is> a promise & more",
            interviewee: Some("Marta Quispe"),
            outlet: Some("Río Abierto"),
            date: Some("2023-04-11"),
            chosen,
        }
    }

    #[test]
    fn a_page_lists_each_interview_with_its_people_escaped_and_the_choice_marked() {
        let page = Page {
            index: 1,
            count: 3,
            interviews: 13,
        };
        let html = interview_list(&[entry(7, false), entry(8, true)], page, TEXTS);
        validate_html(&html).unwrap();
        assert!(
            html.starts_with("<b>Interviews</b> (13), page 2 of 3"),
            "{html}"
        );
        assert!(html.contains(
            "7. <b>Water &lt;is&gt; a promise &amp; more</b>\nMarta Quispe · Río Abierto · 2023-04-11"
        ));
        assert!(html.contains("✓ 8. <b>"));
    }

    #[test]
    fn button_labels_name_the_person_and_outlet_within_the_limit() {
        assert_eq!(
            button_label(&entry(3, false)),
            "3. Marta Quispe · Río Abierto"
        );
        assert_eq!(
            button_label(&entry(3, true)),
            "✓ 3. Marta Quispe · Río Abierto"
        );
        let long = ListedInterview {
            outlet: Some(&"Very Long Outlet Name ".repeat(10)),
            ..entry(12, false)
        };
        let label = button_label(&long);
        assert!(label.chars().count() <= MAX_BUTTON_CHARS + 1 && label.ends_with('…'));
        let bare = ListedInterview {
            outlet: None,
            ..entry(1, false)
        };
        assert_eq!(button_label(&bare), "1. Marta Quispe");
        let unknown = ListedInterview {
            interviewee: None,
            ..bare
        };
        assert_eq!(button_label(&unknown), "1. Water <is> a promise & more");
    }

    #[test]
    fn the_scope_line_escapes_the_title() {
        assert_eq!(
            scope_line("in: <i>{title}</i>", "A & B"),
            "in: <i>A &amp; B</i>"
        );
    }
}
