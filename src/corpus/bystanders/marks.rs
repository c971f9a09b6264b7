//! What typography sets apart inside a run of capitals: a work's title in italics
//! (`*The Salt Road*`), a nickname in quotation marks between a first name and a surname
//! (`Ivo "Kite9" Lund`) and a short form in brackets ("Salt Tide Player (STPlayer)"). Italics
//! and brackets are blanked, so they neither make a name nor lengthen one; a nickname is taken
//! out, so the name around it reads whole.

use super::{blank, ends_clause, BLANK};
use crate::corpus::name_words::capitalised_past_quotes;

/// Blanks a word set alone in brackets ("Salt Tide Player (STPlayer)"): a short form or
/// an aside, never a part of the name before it, which it must not lengthen.
pub(super) fn blank_bracketed(words: &mut [String]) {
    for word in words.iter_mut() {
        let inner = word
            .strip_prefix('(')
            .and_then(|w| w.trim_end_matches([',', '.', ';', ':']).strip_suffix(')'));
        if inner.is_some_and(|w| !w.is_empty() && !w.contains(['(', ')'])) {
            *word = format!("{BLANK})");
        }
    }
}

/// Blanks each run set in italics (`*The Salt Road*`, `_Salt_`): the title of a work. Bold
/// (`**…**`) sets off labels and is left alone, and so is an italic sentence or paragraph.
pub(super) fn blank_italics(words: &mut [String]) {
    let opens = |w: &str| {
        let w = w.trim_start_matches(['[', '(', '“', '"']);
        (w.starts_with('*') && !w.starts_with("**")) || (w.starts_with('_') && !w.starts_with("__"))
    };
    let closes = |w: &str| {
        let w = outside_trimmed(w);
        (w.ends_with('*') && !w.ends_with("**")) || (w.ends_with('_') && !w.ends_with("__"))
    };
    let mut i = 0;
    while i < words.len() {
        if !opens(&words[i]) {
            i += 1;
            continue;
        }
        let Some(len) = words[i..]
            .iter()
            .take(MAX_ITALIC_WORDS)
            .position(|w| closes(w))
        else {
            i += 1;
            continue;
        };
        // A whole sentence or paragraph in italics is a standfirst ("_Ana Ruiz talks bread._"),
        // no work's title: the person it names stays.
        let whole_paragraph = i == 0 && i + len + 1 == words.len();
        let sentence = inside_marks(&words[i + len]).ends_with(['.', '!', '?']);
        if !whole_paragraph && !sentence {
            words[i..=i + len].iter_mut().for_each(blank);
        }
        i += len + 1;
    }
}

/// The closing word of an italic run without what follows its closing mark: a link's target
/// (`[*Salt Road*](https://…)`), punctuation and a footnote number.
fn outside_trimmed(word: &str) -> &str {
    let word = word.split("](").next().unwrap_or(word);
    word.trim_end_matches(|c: char| ".,;:!?)]”\"".contains(c) || c.is_ascii_digit())
}

/// The closing word of an italic run as the marks enclose it ("family._" is "family.").
fn inside_marks(word: &str) -> &str {
    outside_trimmed(word).trim_end_matches(['*', '_'])
}

/// A work's title set in italics is this many words at most; a longer italic run is an
/// emphasised passage.
const MAX_ITALIC_WORDS: usize = 8;

/// Removes a nickname in quotation marks between a first name and a surname (`Ivo
/// "Kite9" Lund`), so the name reads whole.
pub(super) fn drop_nicknames(words: &mut Vec<String>) {
    let quoted = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        (w.starts_with('"') && w.ends_with('"') || w.starts_with('“') && w.ends_with('”'))
            && w.chars().count() > 2
    };
    let mut i = 1;
    while i + 1 < words.len() {
        let between = capitalised_past_quotes(&words[i - 1])
            && !ends_clause(&words[i - 1])
            && capitalised_past_quotes(&words[i + 1]);
        if quoted(&words[i]) && !words[i].ends_with([',', '.']) && between {
            words.remove(i);
        } else {
            i += 1;
        }
    }
}
