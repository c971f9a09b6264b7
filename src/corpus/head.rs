//! The top of an interview file: kickers above the headline, the headline (the title when
//! the front matter gives none), and copies of the headline under it, which are dropped.

use super::clean::is_kicker;
use super::cues::sentences;
use super::labels::{is_nameless, split_label};
use super::reading::Para;
use super::reading::{Clutter, Dropped};
use super::Metadata;

/// Kickers sit above the headline: at most this many lines of them.
const MAX_KICKERS: usize = 2;

/// A headline is at most this long; a longer first paragraph after a capitals line means the
/// capitals line was the headline, not a kicker.
const MAX_TITLE_WORDS: usize = 40;

/// Shorter texts than this many letters and digits are too short to call one a copy of the
/// other ("Q" starts "Quispe").
const MIN_HEADLINE_LETTERS: usize = 8;

/// A first paragraph of this many sentences ending with a full stop is prose, not a headline.
const MIN_PROSE_SENTENCES: usize = 2;

/// Where the body starts after kickers, title and repeated headlines.
pub struct Head {
    /// The headline, when the front matter has no title.
    pub title: Option<String>,
    /// Line of the headline in the file.
    pub title_line: Option<usize>,
    /// Index of the first paragraph of the body.
    pub body_start: usize,
}

/// Drops kickers and copies of the headline, and finds the title line when the front matter
/// has no title (a file opening with a `Q:` turn has none).
pub fn head(paras: &[Para], metadata: &Metadata, dropped: &mut Vec<Dropped>) -> Head {
    let mut i = 0;
    let drop = |dropped: &mut Vec<Dropped>, p: &Para, reason| {
        dropped.push(Dropped {
            line: p.line,
            text: p.text.clone(),
            reason,
        })
    };
    while i < MAX_KICKERS && i + 1 < paras.len() && is_kicker(&paras[i].text) {
        let next = &paras[i + 1].text;
        let next_is_title = match &metadata.title {
            Some(title) => is_repeated_headline(next, title),
            None => is_headline_shaped(next) && !is_kicker(next),
        };
        if !next_is_title {
            break;
        }
        drop(dropped, &paras[i], Clutter::Kicker);
        i += 1;
    }
    let starts_with_turn = split_label(&paras[i].text).is_some_and(|l| is_nameless(&l.label));
    let (title, title_line) = match &metadata.title {
        Some(title) if is_repeated_headline(&paras[i].text, title) => {
            i += 1;
            (Some(title.clone()), Some(paras[i - 1].line))
        }
        Some(_) => (None, None),
        None if starts_with_turn => (None, None),
        None => {
            i += 1;
            let text = paras[i - 1].text.trim_start_matches('#').trim();
            (Some(text.to_string()), Some(paras[i - 1].line))
        }
    };
    if let Some(title) = &title {
        while i < paras.len() && is_repeated_headline(&paras[i].text, title) {
            drop(dropped, &paras[i], Clutter::RepeatedHeadline);
            i += 1;
        }
    }
    Head {
        title,
        title_line,
        body_start: i,
    }
}

/// Could be a headline: short, and not a paragraph of several sentences closed by a full stop
/// (an introduction under a headline set in capitals, which is no kicker then).
fn is_headline_shaped(text: &str) -> bool {
    let prose = text.trim_end().ends_with('.') && sentences(text) >= MIN_PROSE_SENTENCES;
    text.split_whitespace().count() <= MAX_TITLE_WORDS && !prose
}

/// A headline repeating the title (the page title often adds " - Site" to it). Compared on
/// letters and digits only, so straight and curly quotes do not matter.
fn is_repeated_headline(paragraph: &str, title: &str) -> bool {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (letters(paragraph), letters(title));
    a.chars().count() >= MIN_HEADLINE_LETTERS
        && b.chars().count() >= MIN_HEADLINE_LETTERS
        && (a.starts_with(&b) || b.starts_with(&a))
}
