//! An archive's pair of credit lines: "Entrevista de Joana Prates" over "Entrevistada por Caio
//! Brandão". "Entrevista de X" alone is a byline (a magazine's "Entrevista de Ana Lima e Rui
//! Sá" names who asked), but it also means "the interview of X", as oral-history archives
//! head their transcripts. "Entrevistado por Y" is never ambiguous: Y asked. When a page
//! carries both with two different names, the first names the person interviewed.

use crate::corpus::clean::byline_name;
use crate::corpus::labels::same_speaker;
use crate::corpus::reading::{Clutter, Dropped};

/// How the ambiguous credit opens, lowercase: "the interview of", or "by" on a magazine's page.
const INTERVIEW_OF: &str = "entrevista de ";

/// How a credit naming only the asker opens, lowercase.
const INTERVIEWED_BY: &[&str] = &[
    "entrevistado por ",
    "entrevistada por ",
    "entrevistados por ",
    "entrevistadas por ",
    "interviewed by ",
];

/// The person interviewed and the asker, each with the credit's line, when the page's bylines
/// hold both an "Entrevista de X" and an "Entrevistado por Y" naming someone else.
pub(super) fn credit_pair(dropped: &[Dropped]) -> Option<((String, usize), (String, usize))> {
    let bylines = || (dropped.iter()).filter(|d| d.reason == Clutter::Byline);
    let opening = |d: &Dropped, o: &str| d.text.trim().to_lowercase().starts_with(o);
    let named = |d: &Dropped| byline_name(&d.text).map(|name| (name, d.line));
    let asker = bylines()
        .filter(|d| INTERVIEWED_BY.iter().any(|o| opening(d, o)))
        .find_map(named)?;
    let asked = bylines()
        .filter(|d| opening(d, INTERVIEW_OF))
        .find_map(named)?;
    (!same_speaker(&asked.0, &asker.0)).then_some((asked, asker))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn byline(line: usize, text: &str) -> Dropped {
        Dropped {
            line,
            text: text.to_string(),
            reason: Clutter::Byline,
        }
    }

    #[test]
    fn an_archive_credits_the_person_interviewed_then_the_asker() {
        let dropped = [
            byline(2, "Entrevista de Joana Prates Lobo"),
            byline(3, "Entrevistada por Caio Brandão"),
        ];
        let ((asked, _), (asker, line)) = credit_pair(&dropped).expect("a pair");
        assert_eq!(
            (asked.as_str(), asker.as_str(), line),
            ("Joana Prates Lobo", "Caio Brandão", 3)
        );
        // A magazine's byline alone names who asked: no pair.
        assert_eq!(credit_pair(&dropped[..1]), None);
        assert_eq!(
            credit_pair(&[byline(4, "Entrevista de Rui Sá e Ana Lima")]),
            None
        );
    }
}
