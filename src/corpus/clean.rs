//! What is not quotable: page furniture copied with an article (bylines, date lines,
//! separators, photo credits, "Share"/"Subscribe"/"Read more" lines, advertisements), lines that
//! are only a stage direction or a timestamp, kickers above the headline. Each rule looks at one
//! line and is strict (short lines of a recognisable shape), so a sentence of an answer is never
//! taken for furniture.
//!
//! Two kinds of line have a module of their own, being read elsewhere too: [`byline`] (which
//! also names the interviewer) and [`photo_credits`] (a credit whose name is on the next line).

use std::sync::LazyLock;

use regex::Regex;

use super::dates::is_date_line;
use super::framed::framed_clutter;
use super::furniture::is_furniture;
use super::labels::is_bracketed_note;
use super::lead_stamp::is_age_stamp;
use super::leftovers::{is_bracketed_credit, is_code_caption};
use super::markup::{is_image, is_link_definition, is_navigation, is_shortcode};
use super::reading::Clutter;
use super::transcript_credit::is_transcript_credit;
use super::update_stamp::is_update_stamp;
use super::wrappers::{is_figure_caption, is_footnote_link};

mod byline;
mod photo_credits;

pub use super::credit_labels::is_credit_label_word;
use super::credit_labels::{is_credit, CREDIT_BY};
pub use byline::byline_name;
use photo_credits::{is_agency_credit, is_caption, is_file_name};
pub use photo_credits::{is_open_credit, is_pointing_caption};

/// Furniture lines are short; a longer line is a sentence of the text.
const MAX_FURNITURE_WORDS: usize = 20;

/// A byline or a date line holds a name, a place and a date: more words make it a sentence.
const MAX_BYLINE_WORDS: usize = 16;

/// See [`MAX_BYLINE_WORDS`].
const MAX_DATE_WORDS: usize = 12;

/// A kicker is a rubric of a few words ("THE LEDGER · HEALTH").
const MAX_KICKER_WORDS: usize = 8;

/// A line that is only a stage direction has a few words in brackets ("[audience laughs]").
const MAX_STAGE_DIRECTION_WORDS: usize = 4;

static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\[(]?\d{1,2}:\d{2}(:\d{2})?[\])]?:?$").expect("a valid timestamp pattern")
});

static STAGE_DIRECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\[[^\[\]]+\]|\([^()]+\))\.?$").expect("a valid stage direction pattern")
});

static LINK_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[-*+•]\s+)?(?:[^:\[\]]{1,40}:\s*)?[^\w\[(]*(?:\[[^\]]*\]\([^)]*\)|<?https?://\S+)$",
    )
    .expect("a valid link pattern")
});

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w.+-]+@[\w-]+\.[\w.]+").expect("a valid email pattern"));

/// How editors say a text was shortened, lowercase.
const EDITING_NOTES: &[&str] = &[
    "edited for length",
    "edited for clarity",
    "condensed and edited",
    "edited and condensed",
    "lightly edited",
    "interview has been edited",
    "conversation has been edited",
    "entrevista fue editada",
    "entrevista ha sido editada",
    "entrevista foi editada",
];

/// Why a line (or a whole paragraph) is not quotable, judged on the line alone.
pub fn line_clutter(line: &str) -> Option<Clutter> {
    let line = line.trim();
    let plain = strip_emphasis(line);
    let words = plain.split_whitespace().count();
    if is_separator(line) {
        Some(Clutter::Separator)
    } else if let Some(framed) = framed_clutter(line) {
        Some(framed)
    } else if is_shortcode(line) || is_link_definition(line) || is_code_caption(plain) {
        Some(Clutter::Markup)
    } else if TIMESTAMP.is_match(plain) {
        Some(Clutter::Timestamp)
    } else if words <= MAX_STAGE_DIRECTION_WORDS && STAGE_DIRECTION.is_match(plain) {
        Some(Clutter::StageDirection)
    } else if is_image(line)
        || is_figure_caption(line)
        || is_file_name(plain)
        || is_bracketed_credit(plain)
        || super::credited_caption::is_credited_caption(plain)
        || (words <= MAX_FURNITURE_WORDS
            && (is_credit(plain) || CREDIT_BY.is_match(plain) || is_agency_credit(plain)))
    {
        Some(Clutter::PhotoCredit)
    } else if LINK_ONLY.is_match(&plain.replace("**", ""))
        || is_tag_line(line)
        || is_footnote_link(plain)
    {
        Some(Clutter::PageFurniture)
    } else if is_bracketed_note(line)
        || (words <= MAX_FURNITURE_WORDS && is_editing_note(plain))
        || is_bracketed_aside(plain)
        || super::note_label::is_note_paragraph(plain)
    {
        Some(Clutter::EditorsNote)
    } else if words <= MAX_FURNITURE_WORDS && is_furniture(plain) {
        Some(Clutter::PageFurniture)
    } else if words <= MAX_BYLINE_WORDS && byline_name(line).is_some() {
        Some(Clutter::Byline)
    } else if super::role_credit::is_role_credit(plain, |rest| byline_name(rest).is_some())
        || (words <= MAX_BYLINE_WORDS && is_transcript_credit(plain))
    {
        Some(Clutter::Credit)
    } else if words <= MAX_DATE_WORDS
        && (is_date_line(plain) || is_update_stamp(plain) || is_age_stamp(plain))
    {
        Some(Clutter::Date)
    } else if words <= MAX_FURNITURE_WORDS && is_caption(line) {
        Some(Clutter::PhotoCredit)
    } else if is_navigation(plain) {
        Some(Clutter::PageFurniture)
    } else {
        None
    }
}

/// A line of hashtags ("#Omnivore", "#health #Bolivia"), as clippers and blogs add under a
/// headline: tags, not text (a Markdown heading has a space after its `#`).
fn is_tag_line(line: &str) -> bool {
    let mut tokens = line.split_whitespace().peekable();
    tokens.peek().is_some()
        && tokens.all(|t| {
            t.strip_prefix('#')
                .and_then(|tag| tag.chars().next())
                .is_some_and(char::is_alphabetic)
        })
}

/// True for a paragraph holding an email address: the author's or the outlet's contact line.
pub fn has_email(text: &str) -> bool {
    EMAIL.is_match(text)
}

/// A paragraph wholly in square brackets that is a sentence or more (`[Mr. Lane has said he
/// would run again.]`): the editors' insertion into a transcript, not the speaker's words.
/// Shorter brackets are stage directions ("[laughter]").
fn is_bracketed_aside(line: &str) -> bool {
    let inner = line
        .strip_prefix('[')
        .and_then(|l| l.strip_suffix("].").or_else(|| l.strip_suffix(']')));
    inner.is_some_and(|t| {
        !t.contains(['[', ']'])
            && t.split_whitespace().count() > MAX_STAGE_DIRECTION_WORDS
            && t.trim_end_matches(['"', '”', '’'])
                .ends_with(['.', '!', '?'])
    })
}

fn is_editing_note(line: &str) -> bool {
    let lower = line.to_lowercase();
    EDITING_NOTES.iter().any(|note| lower.contains(note))
}

/// True for a short rubric in capitals ("HEALTH", "INTERVIEW · SUPPLY CHAINS", "ENTREVISTA"); a
/// line quoting someone is a headline set in capitals.
pub fn is_kicker(line: &str) -> bool {
    let plain = strip_emphasis(line.trim());
    let words = plain.split_whitespace().count();
    let letters: Vec<char> = plain.chars().filter(|c| c.is_alphabetic()).collect();
    (1..=MAX_KICKER_WORDS).contains(&words)
        && letters.len() >= 3
        && letters.iter().all(|c| !c.is_lowercase())
        && !plain.ends_with(['.', '?', '!', ':'])
        && !plain.contains(['"', '“', '”', '«', '»'])
}

/// True for a paragraph set entirely in italics (`*…*` or `_…_`), the way editors' notes are.
pub fn is_italic_paragraph(text: &str) -> bool {
    let text = text.trim();
    let wrapped = |mark: &str| {
        text.len() > 2 * mark.len()
            && text.starts_with(mark)
            && text.ends_with(mark)
            && !text.starts_with(&format!("{mark}{mark}"))
            && !text[mark.len()..text.len() - mark.len()].contains(mark)
    };
    wrapped("*") || wrapped("_")
}

/// The text without Markdown emphasis wrapped around the whole of it, nested in any order
/// ("**_…_**" and "_**…**_" alike: pages set bold italics both ways).
pub fn strip_emphasis(text: &str) -> &str {
    let mut text = text.trim();
    loop {
        let before = text.len();
        for mark in ["**", "__", "*", "_"] {
            if text.len() > 2 * mark.len() && text.starts_with(mark) && text.ends_with(mark) {
                text = text[mark.len()..text.len() - mark.len()].trim();
            }
        }
        if text.len() == before {
            return text;
        }
    }
}

fn is_separator(line: &str) -> bool {
    let marks = line.chars().filter(|c| !c.is_whitespace()).count();
    let only = |set: &str| line.chars().all(|c| c.is_whitespace() || set.contains(c));
    // A single asterisk or bullet on its line is a print separator too ("*", "⁂"), and so is
    // a bar left alone by a page's table or menu ("|"), and a section's number alone ("IV.").
    (marks >= 3 && only("-*_—–=~•·#.+"))
        || (marks >= 1 && only("*•⁂※|¦"))
        || super::cues::is_lone_number(line)
}

/// A publication note under the last answer names the issue or the date in a line or two.
const MAX_DATED_NOTE_WORDS: usize = 20;

/// A publication note closing the page ("This piece ran in the 2 May 2024 issue"): a few
/// words with a date and no closing stop, as the outlet prints its own line; an answer
/// ends like a sentence.
pub(super) fn is_dated_note(text: &str) -> bool {
    text.split_whitespace().count() <= MAX_DATED_NOTE_WORDS && is_date_line(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One line of each kind of clutter, with the kind it is.
    const CLUTTER_LINES: &[(&str, Clutter)] = &[
        ("- - - -", Clutter::Separator),
        ("* * *", Clutter::Separator),
        ("— — —", Clutter::Separator),
        (" |", Clutter::Separator),
        ("[00:14:32]", Clutter::Timestamp),
        ("(01:22):", Clutter::Timestamp),
        ("[laughter]", Clutter::StageDirection),
        ("(Risas)", Clutter::StageDirection),
        (
            "[Ms. Okoro has said she would keep the ferry running.]",
            Clutter::EditorsNote,
        ),
        (
            "Photograph: Ife Balogun for The Ledger",
            Clutter::PhotoCredit,
        ),
        ("*Foto: Renato Lins/Divulgação*", Clutter::PhotoCredit),
        ("Fotografias: Arquivo de Rosa Leme.", Clutter::PhotoCredit),
        (
            "Photographs courtesy of Ana Ruiz and the Harbour Inn.",
            Clutter::PhotoCredit,
        ),
        ("![Souza on stage](souza.jpg)", Clutter::PhotoCredit),
        ("Coro_portada", Clutter::PhotoCredit),
        ("( harbourdesk / Wikimedia )", Clutter::PhotoCredit),
        ("src/kiln.rs", Clutter::Markup),
        (
            "![Hull](/img/2024-03-02-hull/IMG_20240210_101500.jpg){: .w-50 .right}",
            Clutter::PhotoCredit,
        ),
        ("By Hannah Reid, Field & Climate", Clutter::Byline),
        ("Por Andrés Villca | Potosí, 14 de marzo", Clutter::Byline),
        (
            "*By Nora Feld · 12 February 2024 · 11 min read*",
            Clutter::Byline,
        ),
        (
            "**Por Juliana Moraes** | 3 de outubro de 2024",
            Clutter::Byline,
        ),
        ("Interview by Joseph Mensah | Accra", Clutter::Byline),
        ("Transcript by Lena Hart.", Clutter::Credit),
        ("Filed under: Crafts, Boats", Clutter::PageFurniture),
        ("Published 14 October 2024, 09:30 CET", Clutter::Date),
        ("12/04/2023 às 07h30", Clutter::Date),
        ("Buenos Aires, 9 de agosto de 2022", Clutter::Date),
        ("March 3, 2024 · 9 min read", Clutter::Date),
        ("Image by", Clutter::PhotoCredit),
        ("Atualizado", Clutter::Date),
        ("Actualizado el 3 de mayo de 2024, 10:32", Clutter::Date),
        (
            "Ana Vidal no cais de PenicheRUI SAL/NORPRESS",
            Clutter::PhotoCredit,
        ),
        (
            "[View Bio](https://example.com/bio)",
            Clutter::PageFurniture,
        ),
        (
            "**More on AI:** [_A related story_](https://example.com/x)",
            Clutter::PageFurniture,
        ),
        (
            "_This interview has been edited for length and clarity._",
            Clutter::EditorsNote,
        ),
        ("Share", Clutter::PageFurniture),
        ("Share on X · Share on LinkedIn", Clutter::PageFurniture),
        ("Compartilhe", Clutter::PageFurniture),
        (
            "Read more: Inside the agency nurse boom",
            Clutter::PageFurniture,
        ),
        (
            "*Read more: The delivery riders who took their algorithm to court*",
            Clutter::PageFurniture,
        ),
        (
            "Lee también: La sequía obliga a replantear los regadíos",
            Clutter::PageFurniture,
        ),
        ("Suscríbete a nuestro boletín", Clutter::PageFurniture),
        ("Advertisement", Clutter::PageFurniture),
        (
            "_Lena showing the dinghy to visitors_",
            Clutter::PhotoCredit,
        ),
        (
            "![Hull](/img/hull.jpg){: .w-50 .right}",
            Clutter::PhotoCredit,
        ),
        (
            "The show is produced by Ledger Media. Subscribe wherever you get your podcasts.",
            Clutter::PageFurniture,
        ),
    ];

    #[test]
    fn each_kind_of_clutter_is_recognised() {
        for &(line, kind) in CLUTTER_LINES {
            assert_eq!(line_clutter(line), Some(kind), "{line}");
        }
    }

    #[test]
    fn sentences_of_answers_are_not_clutter() {
        for line in [
            "By the time the order came, it was too late.",
            "In March 2020 everything changed.",
            "Share prices fell by half in a week, and nobody in the ministry said a word about it.",
            "(Which is why I left.) Then I started again from nothing, in a new city.",
            "Photo opportunities were all the minister cared about.",
            "Related to that, the ministry never published the study.",
            "Porque a maior parte do SUS é invisível.",
            "We shipped to the USA/UK",
            "Updated versions of the kiln came later.",
            "Yes.",
        ] {
            assert_eq!(line_clutter(line), None, "{line}");
        }
    }

    #[test]
    fn tag_lines_kickers_and_italic_paragraphs_are_told_apart() {
        assert_eq!(
            line_clutter("#Omnivore #health"),
            Some(Clutter::PageFurniture)
        );
        assert_eq!(line_clutter("# A heading"), None);
        assert_eq!(line_clutter("#1 in the charts"), None);
        assert!(line_clutter("Posted by [Ana Lima](https://example.org/ana)").is_some());
        assert!(is_kicker("THE LEDGER · HEALTH"));
        assert!(is_kicker("AMAZÔNIA"));
        assert!(!is_kicker("WHAT HAPPENED after the first record flopped?"));
        assert!(!is_kicker("Entrevista"));
        assert!(is_italic_paragraph("*A note from the editors.*"));
        assert!(!is_italic_paragraph("**Why now?**"));
    }

    #[test]
    fn bold_italics_nested_either_way_are_stripped_and_a_question_in_them_is_no_caption() {
        assert_eq!(
            strip_emphasis("_**Harbour: Why now?**_"),
            "Harbour: Why now?"
        );
        assert_eq!(
            strip_emphasis("**_Harbour: Why now?_**"),
            "Harbour: Why now?"
        );
        assert_eq!(
            line_clutter("_**Harbour: What went wrong with the kiln?**_"),
            None
        );
        assert_eq!(
            line_clutter("_**Lena mending the nets**_"),
            Some(Clutter::PhotoCredit)
        );
    }

    #[test]
    fn a_courtesy_credit_is_a_photo_credit() {
        let credit = "Photographs courtesy of Ana Ruiz and the Harbour Inn.";
        assert_eq!(line_clutter(credit), Some(Clutter::PhotoCredit));
        assert_eq!(
            line_clutter("(Photo courtesy of Ana Ruiz)"),
            Some(Clutter::PhotoCredit)
        );
        assert_eq!(
            line_clutter("Courtesy matters to me more than talent."),
            None
        );
    }
}
