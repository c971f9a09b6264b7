//! A story site's bar under the text: a short label in capitals ("YOU ARE READING", "ESTÁS
//! LEYENDO") over the story's title and its category, closing the page. Told from an answer by
//! its shape: a label in capitals said nowhere else in the text (a speaker's name in capitals
//! comes back over each turn), a few lines at the very end, and the line under it repeating
//! the page's headline or, as a title does, closing no sentence.

use super::{closes_statement, is_unpunctuated, texts};

/// The bar's label is a few words ("YOU ARE READING").
const MAX_LABEL_WORDS: usize = 4;

/// The bar holds the label, the title, and a category or a blurb: this many lines under the
/// label.
const MAX_BAR_LINES: usize = 3;

/// A story's title or category is short; a longer line under the label is an answer.
const MAX_TITLE_WORDS: usize = 16;

/// The index (into `lines`) of the story bar's label, if the text ends with such a bar.
pub fn bar_start(lines: &[(usize, &str)]) -> Option<usize> {
    let texts = texts(lines);
    let n = texts.len();
    let at = (n.saturating_sub(MAX_BAR_LINES + 1)..n.saturating_sub(1))
        .find(|&t| t > 0 && is_label(texts[t].1))?;
    let label = texts[at].1;
    let under: Vec<&str> = texts[at + 1..].iter().map(|(_, l)| *l).collect();
    let said_once = texts.iter().filter(|(_, l)| *l == label).count() == 1;
    let headline = texts.first().map(|(_, l)| *l);
    // The story's title: the headline again, or a short line closing no sentence (the blurb
    // under it may be one).
    let titled = headline.is_some_and(|h| h == under[0])
        || (under[0].split_whitespace().count() <= MAX_TITLE_WORDS && is_unpunctuated(under[0]));
    (said_once && titled && closes_statement(texts[at - 1].1)).then_some(texts[at].0)
}

/// A few words, every letter a capital, no sentence mark or figure.
fn is_label(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=MAX_LABEL_WORDS).contains(&words)
        && line.chars().filter(|c| c.is_alphabetic()).count() > 1
        && line
            .chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || (!c.is_alphanumeric() && c == '\''))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(text: &str) -> Vec<(usize, &str)> {
        text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect()
    }

    #[test]
    fn a_reading_bar_repeating_the_headline_closes_the_page() {
        let text = "Contest of tiny tales. The shortlist.\n\n1-Why tiny?\nBecause I am lazy.\n\
                    2-What next?\nA novel, maybe.\nThanks, Lu.\nNOW READING\n\
                    Contest of tiny tales. The shortlist.\nRandom";
        assert_eq!(bar_start(&numbered(text)), Some(7));
        let bare = "Why tiny?\n\nBecause.\n\nWhat next?\n\nA novel.\n\nESTÁS LEYENDO\n\nCuentos mínimos\n\nHumor";
        assert_eq!(bar_start(&numbered(bare)), Some(8));
        let blurb = "Why tiny?\nBecause.\nWhat next?\nA novel.\nYOU ARE READING\nSalt Roads\n\
                     A girl follows the tide line home.";
        assert_eq!(bar_start(&numbered(blurb)), Some(4));
    }

    #[test]
    fn a_speaker_in_capitals_over_the_last_answer_is_no_bar() {
        let text =
            "ANA RUIZ\nWhy tiny?\nLU PARDO\nBecause.\nANA RUIZ\nAnd next?\nLU PARDO\nSalt Roads";
        assert_eq!(bar_start(&numbered(text)), None);
        let answer = "Why tiny?\nBecause.\nWhat next?\nA novel.\nNOW READING\nI read every night, as my mother did.";
        assert_eq!(bar_start(&numbered(answer)), None);
        let asked = "Why tiny?\nBecause.\nYour favourite?\nTHE SEA\nBy Ana Vale";
        assert_eq!(bar_start(&numbered(asked)), None);
    }
}
