//! Phrases set in quotation marks: a work's, a show's or a series' title ("the “Blog Questions
//! Challenge”", "the show ‘A Pele do Futuro’"), told apart from an apostrophe ("Gal's", "d’água")
//! by where the mark stands: an opening mark starts a word, a closing one ends it.

/// Quotation marks that open a phrase, and the mark that closes each.
const PAIRS: [(char, char); 7] = [
    ('"', '"'),
    ('“', '”'),
    ('«', '»'),
    ('„', '“'),
    ('‘', '’'),
    ('\'', '\''),
    ('‚', '‘'),
];

/// The text opens with a quotation mark (after any emphasis): quoted speech begins.
pub fn opens_quotation(text: &str) -> bool {
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    text.starts_with(|c: char| PAIRS[..4].iter().any(|(open, _)| *open == c))
}

/// The text ends with a closing quotation mark (before any emphasis): quoted speech ends.
pub fn closes_quotation(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    text.ends_with(|c: char| PAIRS[..4].iter().any(|(_, close)| *close == c))
}

/// The phrases `text` sets in quotation marks.
pub fn quoted_phrases(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut before: Option<char> = None;
    while let Some((i, open)) = rest.char_indices().find(|&(i, c)| {
        let prev = rest[..i].chars().next_back().or(before);
        PAIRS.iter().any(|(o, _)| *o == c) && prev.is_none_or(|p| !p.is_alphanumeric())
    }) {
        let start = i + open.len_utf8();
        let close = PAIRS.iter().find(|(o, _)| *o == open).map_or(open, |p| p.1);
        let inner = &rest[start..];
        let end = inner.char_indices().find(|&(j, c)| {
            let next = inner[j + c.len_utf8()..].chars().next();
            c == close && j > 0 && next.is_none_or(|n| !n.is_alphanumeric())
        });
        match end {
            Some((j, c)) => {
                out.push(&inner[..j]);
                before = Some(c);
                rest = &inner[j + c.len_utf8()..];
            }
            None => {
                before = Some(open);
                rest = inner;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_speech_opens_and_closes_with_double_marks_not_apostrophes() {
        assert!(opens_quotation("“Never, not once.”"));
        assert!(opens_quotation("*«Nunca»*"));
        assert!(!opens_quotation("'Tis the season."));
        assert!(closes_quotation("…as I said.\""));
        assert!(!closes_quotation("…as I said."));
    }

    #[test]
    fn titles_in_any_quotation_marks_but_not_apostrophes() {
        assert_eq!(
            quoted_phrases("the show ‘A Roda Viva’, and 'O Mar' too"),
            ["A Roda Viva", "O Mar"]
        );
        assert_eq!(
            quoted_phrases("the “Blog Questions Challenge” and «Sol»"),
            ["Blog Questions Challenge", "Sol"]
        );
        assert!(quoted_phrases("Ana's band and Tom’s boat, rock 'n' roll").len() <= 1);
        assert!(quoted_phrases("Ana's band and Tom’s boat").is_empty());
    }
}
