//! A sentence closing on a colon announces what follows it ("Originally published on the
//! Harbour Notes blog:", "Entrevista publicada originalmente no blog parceiro:"): a lead-in to
//! the text under it, never a headline. A headline names its subject and stands alone, even
//! when a blog sets a colon after it: then it is in capitals or capitalised word by word
//! ("CONVERSANDO COM ANA VIDAL :"), while the lead-in is written as a sentence, most of its
//! words in lowercase. A genre label with a colon ("Entrevista:") is a section's, read by
//! `genre_title`.

/// A lead-in of this many words or more: fewer are a label or a genre's name ("Interview:",
/// "Read more:"), which other rules read.
const MIN_ANNOUNCING_WORDS: usize = 3;

/// True when `line` is a sentence of a few words or more closing on a colon: it announces the
/// text under it, so it is not a headline.
pub fn announces_what_follows(line: &str) -> bool {
    let text = line.trim().trim_end_matches(['*', '_']).trim_end();
    let words: Vec<&str> = text.split_whitespace().collect();
    let lowercase = (words.iter())
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    text.ends_with(':') && words.len() >= MIN_ANNOUNCING_WORDS && 2 * lowercase > words.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_closing_on_a_colon_announces_the_text_under_it() {
        assert!(announces_what_follows(
            "Originally published on the partner blog HARBOUR NOTES:"
        ));
        assert!(announces_what_follows(
            "**Entrevista publicada no blog parceiro:**"
        ));
        assert!(!announces_what_follows("Entrevista:"));
        // A headline a blog closes with a colon is in capitals or capitalised word by word.
        assert!(!announces_what_follows("CONVERSANDO COM ANA VIDAL :"));
        assert!(!announces_what_follows("Ana Vidal on Clay and Fire:"));
        assert!(!announces_what_follows(
            "Ana Vidal: the potter of Harbour Street"
        ));
        assert!(!announces_what_follows("Ten questions for Ana Vidal"));
    }
}
