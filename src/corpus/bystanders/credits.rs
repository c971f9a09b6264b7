//! Photo credits in a caption or an introduction ("Photo: Name / Agency", "Courtesy of Name",
//! "Crédito: Name/Agência"): the label or opening and the run of capitals it gives are blanked,
//! so a credited photographer or agency is never taken for the interviewee. A label credits
//! wherever it stands; an opening that is also an ordinary phrase ("una foto de Ana") credits
//! only where a caption's credit stands.

use super::{bare_lower, blank, ends_clause};
use crate::corpus::labels::NAME_PARTICLES;
use crate::corpus::name_words::capitalised_past_quotes;

/// Labels of a photo credit that are credits wherever they stand, lowercase, colon included.
const CREDIT_LABELS: &[&str] = &[
    "photo:",
    "photos:",
    "photograph:",
    "photography:",
    "picture:",
    "image:",
    "illustration:",
    "credit:",
    "credits:",
    "foto:",
    "fotos:",
    "fotografía:",
    "fotografia:",
    "imagen:",
    "imagem:",
    "ilustración:",
    "ilustração:",
    "crédito:",
    "créditos:",
    "©",
];

/// Credit openings that are also ordinary phrases ("una foto de Ana" shows Ana): credits only
/// where a caption's credit stands, opening a paragraph, a sentence or a bracket.
const CREDIT_OPENINGS: &[&str] = &[
    "photo by",
    "photos by",
    "photographed by",
    "photography by",
    "image by",
    "photo courtesy of",
    "image courtesy of",
    "courtesy of",
    "foto de",
    "fotos de",
    "foto por",
    "fotografía de",
    "fotografia de",
    "fotografias de",
    "fotografías de",
    "cortesía de",
    "cortesia de",
    "gentileza de",
];

/// Blanks from `start` the run of capitalised words (particles and an agency's slash inside)
/// up to the end of its clause; returns the index after it.
fn blank_name_run(words: &mut [String], start: usize) -> usize {
    let mut i = start;
    while i < words.len() {
        let word = words[i].clone();
        let particle = NAME_PARTICLES.contains(&word.to_lowercase().as_str());
        if !(capitalised_past_quotes(&word) || word == "/" || particle && i > start) {
            break;
        }
        blank(&mut words[i]);
        i += 1;
        if ends_clause(&word) {
            break;
        }
    }
    i
}

/// Where a caption's credit stands: opening the text, a sentence or a bracket, or after a
/// separator.
fn credit_position(words: &[String], i: usize) -> bool {
    let opens_bracket = words[i].starts_with(['(', '[']);
    let after = |w: &String| {
        w.ends_with(['.', '!', '?', '|']) || ["|", "—", "–", "·"].contains(&w.as_str())
    };
    i == 0 || opens_bracket || after(&words[i - 1])
}

/// Blanks photo credits and the names they give.
pub(super) fn blank_credits(words: &mut [String]) {
    let mut i = 0;
    while i < words.len() {
        let lower = bare_lower(&words[i]);
        if CREDIT_LABELS.contains(&lower.as_str()) {
            blank(&mut words[i]);
            i = blank_name_run(words, i + 1);
            continue;
        }
        let opening = CREDIT_OPENINGS.iter().find(|o| {
            let n = o.split_whitespace().count();
            i + n < words.len()
                && (words[i..i + n].iter().map(|w| bare_lower(w)))
                    .eq(o.split_whitespace().map(str::to_string))
                && capitalised_past_quotes(&words[i + n])
        });
        // "Courtesy of" credits wherever it stands; "foto de" only where a credit stands.
        let anywhere = |o: &&&str| o.starts_with("courtesy") || o.starts_with("cortes");
        match opening {
            Some(o) if anywhere(&o) || credit_position(words, i) => {
                let n = o.split_whitespace().count();
                words[i..i + n].iter_mut().for_each(blank);
                i = blank_name_run(words, i + n);
            }
            _ => i += 1,
        }
    }
}
