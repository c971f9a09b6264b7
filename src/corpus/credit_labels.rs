//! The labels that open a photo credit ("Photo:", "Banner image:", "Photo by", "Foto de",
//! "Photographs courtesy of"), shared by the line rules that drop a credit and the rule that
//! tells a caption closing on its credit. A leaf: it uses no other reading rule.

use std::sync::LazyLock;

use regex::Regex;

/// A credit's label is a few words at most ("Banner image", "Foto de capa").
const MAX_CREDIT_LABEL_WORDS: usize = 3;

/// Labels that open a photo or illustration credit.
pub const CREDIT_LABELS: &[&str] = &[
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
pub static CREDIT_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(photos?|photographs?|images?|illustrations?|foto|fotos|imagen|imagem|ilustración|ilustração)\s+(by|de|por|courtesy(\s+of)?)\b")
        .expect("a valid credit pattern")
});

/// A word that labels a photo or illustration credit ("Photo", "Foto", "Imagem"), any case.
pub fn is_credit_label_word(word: &str) -> bool {
    CREDIT_LABELS.contains(&word.to_lowercase().as_str())
}

/// A photo credit: a short label ("Photo:", "Banner image:") and what it credits.
pub fn is_credit(line: &str) -> bool {
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

/// Words opening a photo credit: a credit's label and colon ("Photo: …", "Banner image: …")
/// or a label and "by" ("Photo by …", "Foto de …").
pub fn is_credit_opening(text: &str) -> bool {
    is_credit(text) || CREDIT_BY.is_match(text)
}

/// What a credit names after its label: "Mark Lee / Norpress" in "Photo by Mark Lee /
/// Norpress" or "Photo: Mark Lee / Norpress".
pub fn credit_source(text: &str) -> Option<&str> {
    if let Some(found) = CREDIT_BY.find(text) {
        return Some(&text[found.end()..]);
    }
    is_credit(text).then(|| text.split_once(':').map(|(_, rest)| rest))?
}
