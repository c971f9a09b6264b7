//! Picture file names a copied page leaves inside its text: where a photo stood between two
//! words, or right after a question, the page's text keeps the picture's file name glued to
//! the words around it ("…a você?12745871_821033978005368_8368581676381106919_n", "qua…_nndo",
//! "at the harbour.IMG_2034.jpg The next day"). A file name is nobody's words: it is cut out of
//! the line, so the question ends with its `?` and the cut word is whole again.
//!
//! Two shapes are names a machine gave, never words: a social network's picture name (three
//! long runs of digits joined by underscores and a one-letter size code, `_n`), and a
//! camera's or phone's numbered file with a picture's extension (`IMG_2034.jpg`,
//! `DSC01234.JPG`, `PXL_20240210_101500.jpg`). A line that is only a file name is left as it
//! is: the photo credits' rule drops it as a line.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// A social network's picture name: three runs of at least five digits joined by underscores,
/// then the one-letter size code the network appends, with or without an extension.
static NETWORK_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{5,}_\d{5,}_\d{5,}_[a-z](?:\.(?i:jpe?g|png|gif|webp))?").expect("valid regex")
});

/// A numbered picture file: an optional short prefix in letters, a run of at least three
/// digits (more runs joined by `_` or `-`), and a picture's extension.
static NUMBERED_PICTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[A-Za-z]{0,5}[_-]?\d{3,}(?:[_-]\d+)*\.(?i:jpe?g|png|gif|webp|heic)\b")
        .expect("valid regex")
});

/// The body with the picture file names glued into its lines cut out; lines that are only a
/// file name, and the line structure, kept as they are.
pub fn without_glued_file_names(body: &str) -> Cow<'_, str> {
    if !NETWORK_NAME.is_match(body) && !NUMBERED_PICTURE.is_match(body) {
        return Cow::Borrowed(body);
    }
    let lines: Vec<String> = body.split('\n').map(cleaned_line).collect();
    Cow::Owned(lines.join("\n"))
}

/// One line without the file names glued into it; the line as it is when nothing else is on
/// it, or when a name stands inside a link or an image's address (`](…/IMG_1.jpg)`).
fn cleaned_line(line: &str) -> String {
    let network_cut = NETWORK_NAME.replace_all(line, "");
    let cut = tidy_spaces(&NUMBERED_PICTURE.replace_all(&network_cut, " "), line);
    if cut.trim().is_empty() || line.contains("](") || line.contains("://") {
        return line.to_string();
    }
    cut
}

/// The cut line with the space a removed name left doubled, or before a closing mark,
/// removed; the original's own spacing elsewhere kept (a name cut from inside a word joins its
/// two halves, as the network's name was glued into the word).
fn tidy_spaces(cut: &str, original: &str) -> String {
    if cut.len() == original.len() {
        return cut.to_string();
    }
    let mut out = String::with_capacity(cut.len());
    for c in cut.chars() {
        let doubled = c == ' ' && out.ends_with(' ');
        if doubled {
            continue;
        }
        if matches!(c, '.' | ',' | ';' | ':' | '!' | '?') && out.ends_with(' ') {
            out.pop();
        }
        out.push(c);
    }
    if original.ends_with(' ') {
        out
    } else {
        out.trim_end().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_network_picture_name_is_cut_from_a_question_and_from_inside_a_word() {
        let body = "Quem te inspira?12745871_821033978005368_8368581676381106919_n\n\
                    So o tornei publico qua12961694_846659882109444_6239588698657753725_nndo pronto.";
        assert_eq!(
            without_glued_file_names(body),
            "Quem te inspira?\nSo o tornei publico quando pronto."
        );
    }

    #[test]
    fn a_camera_file_name_between_sentences_is_cut() {
        assert_eq!(
            without_glued_file_names("We reached the quay.IMG_2034.jpg The next day it rained."),
            "We reached the quay. The next day it rained."
        );
        assert_eq!(
            without_glued_file_names("That was the kiln DSC01234.JPG, still warm."),
            "That was the kiln, still warm."
        );
    }

    #[test]
    fn lines_that_are_only_a_name_links_and_ordinary_numbers_stay() {
        let body = "IMG_2034.jpg\n\n![Quay](/img/IMG_2034.jpg)\n\nWe sold 12000 copies in 2019.";
        assert_eq!(without_glued_file_names(body), body);
        assert_eq!(
            without_glued_file_names("Room 2034.5 was free."),
            "Room 2034.5 was free."
        );
    }
}
