//! Photo credits and captions, which name the photographer or describe the picture, never
//! the conversation: a credit's label and what follows ("Photo: Name / Agency", "Banner image:
//! …"), an open credit whose name is on the next line ("Image by"), an image's file name left
//! where the picture stood, and a caption set in italics.

use std::sync::LazyLock;

use regex::Regex;

use super::{is_italic_paragraph, strip_emphasis};
use crate::corpus::credit_labels::{CREDIT_BY, CREDIT_LABELS};

/// A caption ending in its agency credit, the photographer's name and the agency in capitals
/// ("Ana at the port JOÃO LIMA/NORPRESS", often glued to the caption's last word): two words of
/// capitals at least before the slash, as a credit names a person.
static AGENCY_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Lu}{2,}(?:[ '-]\p{Lu}{2,})+\s?/\s?\p{Lu}{2,}$")
        .expect("a valid agency credit pattern")
});

/// A line closing with a photographer's and agency's credit in capitals, no sentence after it.
pub(super) fn is_agency_credit(line: &str) -> bool {
    AGENCY_CREDIT.is_match(line.trim_end())
}

/// An image's file name left where the picture stood ("banda_logo", "foto_portada_2"): one
/// token whose words are joined by underscores.
pub(super) fn is_file_name(plain: &str) -> bool {
    !plain.contains(char::is_whitespace)
        && plain.split('_').count() >= 2
        && plain
            .split('_')
            .all(|part| !part.is_empty() && part.chars().all(char::is_alphanumeric))
}

/// A caption pointing at the picture it stands by, closing on the word in brackets ("Ana
/// Vidal, potter (photo)", "Rui Sal, oleiro (foto)", "(pictured)"): it describes the picture.
pub fn is_pointing_caption(line: &str) -> bool {
    let Some(inner) = (line.trim_end().strip_suffix(')')).and_then(|l| l.rsplit_once('(')) else {
        return false;
    };
    let last = inner.1.split_whitespace().last().unwrap_or_default();
    let last = last.to_lowercase();
    !inner.0.trim().is_empty() && (CREDIT_LABELS.contains(&last.as_str()) || last == "pictured")
}

/// A credit line that names nobody ("Image by"): the name is on the next line.
pub fn is_open_credit(line: &str) -> bool {
    let plain = strip_emphasis(line.trim()).to_lowercase();
    CREDIT_BY.is_match(&plain) && plain.split_whitespace().count() == 2
}

/// A photo caption: a phrase set in italics, no sentence ("_Lena showing the dinghy_").
pub(super) fn is_caption(line: &str) -> bool {
    is_italic_paragraph(line)
        && !strip_emphasis(line)
            .trim_end()
            .ends_with(['.', '?', '!', '…', ':', '"', '”', ')'])
}
