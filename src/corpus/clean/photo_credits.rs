//! Photo credits and captions, which name the photographer or describe the picture, never
//! the conversation: a credit's label and what follows ("Photo: Name / Agency", "Banner image:
//! …"), an open credit whose name is on the next line ("Image by"), an image's file name left
//! where the picture stood, and a caption set in italics.

use std::sync::LazyLock;

use regex::Regex;

use super::{is_italic_paragraph, strip_emphasis};

/// A credit's label is a few words at most ("Banner image", "Foto de capa").
const MAX_CREDIT_LABEL_WORDS: usize = 3;

/// Labels that open a photo or illustration credit.
const CREDIT_LABELS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "picture",
    "image",
    "illustration",
    "credit",
    "foto",
    "fotos",
    "fotografía",
    "fotografia",
    "fotografías",
    "fotografias",
    "photographs",
    "imagen",
    "imagem",
    "ilustración",
    "ilustração",
    "crédito",
];

/// A credit's label and the word naming its source: "Photo by …", "Foto de …", and the
/// courtesy credit of a picture lent by its owner ("Photographs courtesy of …").
pub(super) static CREDIT_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(photos?|photographs?|images?|illustrations?|foto|fotos|imagen|imagem|ilustración|ilustração)\s+(by|de|por|courtesy(\s+of)?)\b")
        .expect("a valid credit pattern")
});

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

/// A word that labels a photo or illustration credit ("Photo", "Foto", "Imagem"), any case.
pub fn is_credit_label_word(word: &str) -> bool {
    CREDIT_LABELS.contains(&word.to_lowercase().as_str())
}

/// A photo credit: a short label ("Photo:", "Banner image:") and what it credits.
pub(super) fn is_credit(line: &str) -> bool {
    let Some((label, rest)) = line.split_once(':') else {
        return false;
    };
    // "Photo:", and a credit naming the picture's place on the page ("Banner image:",
    // "Top photo:", "Foto de capa:").
    let label = label.trim().to_lowercase();
    let words: Vec<&str> = label.split_whitespace().collect();
    let credit = words.len() <= MAX_CREDIT_LABEL_WORDS
        && [words.first(), words.last()]
            .into_iter()
            .flatten()
            .any(|w| CREDIT_LABELS.contains(w));
    !rest.trim().is_empty() && credit
}
