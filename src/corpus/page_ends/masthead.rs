//! A site's masthead copied at the top of a pasted page: the site's name on a short line and
//! its slogan under it, a few words ending on the year it started ("Online since 2000", "En
//! la red desde 1999"), no sentence in either, often under the post's date. A headline does
//! not carry a founding year after a preposition, and a dateline ("Lisboa, 2019") puts a
//! comma before its year: the pair is the site's, on every page of it, neither the title nor
//! the introduction.

use super::is_unpunctuated;

/// A site's name is a few words ("Harbour Lights Webzine").
const MAX_SITE_NAME_WORDS: usize = 4;

/// A slogan is a few words ending on its year ("Online since 2000").
const MAX_SLOGAN_WORDS: usize = 5;

/// The masthead opens the page: only this many lines the page's own rules drop (a date, a
/// menu button) may stand above it.
const MAX_LINES_ABOVE: usize = 2;

/// The lines (indexes into `lines`) of a site's name and slogan opening the text, with more
/// text after them. Lines `is_furniture` tells apart (the post's date) may stand above; such
/// a line is no slogan ("11 de maio de 2007" ends on a year after a lowercase word too).
pub fn masthead_lines(lines: &[(usize, &str)], is_furniture: impl Fn(&str) -> bool) -> Vec<usize> {
    let texts: Vec<(usize, &str)> = (lines.iter().enumerate())
        .map(|(k, (_, l))| (k, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let Some(top) = texts.iter().position(|(_, l)| !is_furniture(l)) else {
        return Vec::new();
    };
    let (Some(&(name_at, name)), Some(&(slogan_at, slogan))) = (texts.get(top), texts.get(top + 1))
    else {
        return Vec::new();
    };
    let more_text = texts.len() > top + 2;
    // A guest's name heading the page comes back in the text; a site's name over its own page
    // rarely does.
    let named_again = texts[top + 2..].iter().any(|(_, l)| l.contains(name));
    if top <= MAX_LINES_ABOVE
        && more_text
        && !named_again
        && is_site_name(name)
        && is_slogan(slogan)
        && !is_furniture(slogan)
    {
        vec![name_at, slogan_at]
    } else {
        Vec::new()
    }
}

/// A few capitalised words, no sentence mark, no figure.
fn is_site_name(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=MAX_SITE_NAME_WORDS).contains(&words)
        && line.chars().next().is_some_and(char::is_uppercase)
        && is_unpunctuated(line)
        && !line.chars().any(|c| c.is_ascii_digit())
}

/// A few words ending on a year that a lowercase word ("since", "desde") introduces.
fn is_slogan(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let [.., before, year] = words.as_slice() else {
        return false;
    };
    let is_year = year.len() == 4
        && year.chars().all(|c| c.is_ascii_digit())
        && (year.starts_with("19") || year.starts_with("20"));
    let introduced = before.chars().all(char::is_lowercase);
    words.len() <= MAX_SLOGAN_WORDS && is_year && introduced && !line.contains(',')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(text: &str) -> Vec<(usize, &str)> {
        text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect()
    }

    fn dated(line: &str) -> bool {
        crate::corpus::clean::line_clutter(line).is_some()
    }

    #[test]
    fn a_sites_name_and_founding_slogan_open_the_page() {
        let text = "March 3, 2025\n\nHarbour Lights Webzine\n\nOnline since 1999\n\n1. Why ships?\n\nThe sea.";
        assert_eq!(masthead_lines(&numbered(text), dated), [2, 4]);
        let text = "Revista Vela\nEn la red desde 2004\n¿Por qué barcos?\nEl mar.";
        assert_eq!(masthead_lines(&numbered(text), dated), [0, 1]);
    }

    #[test]
    fn a_headline_over_a_dateline_or_a_deck_is_no_masthead() {
        for text in [
            "Ana Ruiz\n\nLisboa, 2019\n\nWhy ships?\n\nThe sea.",
            "Conversa com Ana Ruiz\n3 de maio de 2007\nPor que barcos?\nO mar.",
            "Ana Ruiz\n\nThe sailor who crossed in 1999.\n\nWhy ships?\n\nThe sea.",
            "Interview with Ana Ruiz, sailor\n\nOnline since 1999\n\nWhy ships?\n\nThe sea.",
            "Intro about ships.\n\nMore.\n\nLater.\n\nHarbour Lights\n\nOnline since 1999\n\nWhy?",
            // A person's name over a "since" subtitle comes back in the text: no site's.
            "Ana Ruiz\n\nSailing since 1999\n\nWhy ships, Ana Ruiz?\n\nThe sea.",
        ] {
            assert!(masthead_lines(&numbered(text), dated).is_empty(), "{text}");
        }
    }
}
