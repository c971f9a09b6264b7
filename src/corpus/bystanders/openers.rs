//! A sentence's first word before a name the text writes elsewhere without it ("Meet Ivo Lund"
//! beside "…with Ivo Lund"): the capital is the sentence's, not a first name's. The same test,
//! a run written alone elsewhere, tells a date or a place from the name after it ("In March Ana
//! Ruiz" beside "Ana Ruiz kneads…").

use super::{blank, ends_clause, run_end};
use crate::corpus::name_words::{capitalised_past_quotes, trim_word, written_lowercase};

/// A name written alone after an opener ("Meet Ivo Lund", "In March Ana Ruiz") has this many
/// words at least: one capitalised word on its own matches too many places and words.
pub(super) const MIN_NAME_WORDS_AFTER_OPENER: usize = 2;

/// A sentence's first word blanked where the text also writes it in lowercase and it opens a
/// run of capitals whose other words the text writes on their own elsewhere ("Meet Ivo Lund" beside "…with Ivo Lund",
/// "Hoy Nicasio Barrueco" beside "Nicasio Barrueco abrió…"): a capital a sentence gives it,
/// not a first name.
pub fn without_openers(text: &str, whole: &[&str]) -> String {
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    for i in 0..words.len() {
        let opens = i == 0 || words[i - 1].ends_with(['.', '!', '?', ':']);
        if !opens || !capitalised_past_quotes(&words[i]) || ends_clause(&words[i]) {
            continue;
        }
        let end = run_end(&words, i);
        if end < i + 1 + MIN_NAME_WORDS_AFTER_OPENER {
            continue;
        }
        // A first name is never written in lowercase; "meet", "hoy" are ("Quintero Vidal
        // llegó" beside "Rosalía Quintero Vidal" keeps Rosalía).
        let common = written_lowercase(trim_word(&words[i]), whole);
        if common && written_alone(&words[i + 1..end], &words[i], whole) {
            blank(&mut words[i]);
        }
    }
    words.join(" ")
}

/// True when one of `whole` writes the words `run` without `opener` before them: the run is a
/// name on its own, and the opener no part of it.
pub(super) fn written_alone(run: &[String], opener: &str, whole: &[&str]) -> bool {
    let run: Vec<&str> = run.iter().map(|w| trim_word(w)).collect();
    let run = run.join(" ");
    let opener = trim_word(opener);
    whole.iter().any(|t| {
        t.match_indices(&run).any(|(at, _)| {
            let before = t[..at].split_whitespace().next_back().unwrap_or_default();
            trim_word(before) != opener
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_opener_before_a_name_written_alone_elsewhere_is_blanked() {
        let text = "Meet Ivo Lund, maker of kites. We talked for an hour.";
        let whole = [text, "Come and meet us: my talk with Ivo Lund ran long."];
        assert!(without_openers(text, &whole).starts_with("— Ivo Lund,"));
        // A first name before a double surname the text writes alone is never lowercase.
        let double = "Rosalía Quintero Vidal cultiva tomates. Quintero Vidal llegó en 1990.";
        assert!(without_openers(double, &[double]).starts_with("Rosalía Quintero"));
        // Written nowhere without it, the first word may be a first name.
        let whole = [text, "Lund ran long."];
        assert!(without_openers(text, &whole).starts_with("Meet Ivo Lund,"));
    }
}
