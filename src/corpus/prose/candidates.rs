//! The runs of capitalised words in one text that could be a person's name, each with what the
//! text says around it: the candidates [`super::prose_name`] then chooses among, found apart
//! from the choice so that a new way to write a name touches only this reading.

use std::collections::HashSet;

use crate::corpus::labels::NAME_PARTICLES;
use crate::corpus::name_words::{
    after_capital_article, is_contraction, is_possessive, trim_word, without_possessive, ARTICLES,
};

use super::MIN_TITLE_CASE_LETTERS;

/// A name has at most this many words ("Maria da Conceição Tavares").
pub(super) const MAX_NAME_WORDS: usize = 5;

/// A title before a name ("Dr.", "Prof.", "Sra.") is a short capitalised word ending with a dot,
/// unaccented, as abbreviations are ("Olá." opening a greeting is a word).
const MAX_TITLE_LETTERS: usize = 4;

/// One name found in the title or introduction.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    /// The words of the name, as written (a title kept before a single name word).
    pub(super) words: Vec<String>,
    /// Where it was found: the title is 0, then the introduction paragraphs.
    pub(super) text: usize,
    /// A comma and a lowercase word follow it ("Ana Ruiz, the engineer").
    pub(super) apposition: bool,
}

/// Capitalised words the file writes somewhere without a full stop after them: a name ("Ada"
/// in "Ada Moss"), so in "…, Ada. What…" a sentence ends on it; it is no title like "Dr.".
pub(super) fn unstopped_words(whole: &[&str]) -> HashSet<String> {
    (whole.iter().flat_map(|t| t.split_whitespace()))
        .filter(|w| !w.ends_with('.'))
        .map(trim_word)
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(str::to_string)
        .collect()
}

/// Every word the file writes in lowercase.
pub(super) fn lowercase_words(whole: &[&str]) -> HashSet<String> {
    whole
        .iter()
        .flat_map(|t| t.split_whitespace())
        .map(trim_word)
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(str::to_string)
        .collect()
}
/// The names in one text: runs of name words, particles allowed inside, a title allowed
/// before a single name word (not a word written elsewhere without its stop, `unstopped`).
pub(super) fn names_in(
    text: &str,
    index: usize,
    lowercase: &HashSet<String>,
    unstopped: &HashSet<String>,
) -> Vec<Candidate> {
    let raw: Vec<&str> = text.split_whitespace().collect();
    let is_name_word = |w: &str| {
        let word = trim_word(w);
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.clone().next().is_some()
            && chars.any(char::is_lowercase)
            && word.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
            && !lowercase.contains(&word.to_lowercase())
            && !is_contraction(word)
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        if !is_name_word(raw[i]) {
            i += 1;
            continue;
        }
        let titled = i > 0 && is_title(raw[i - 1], unstopped);
        let after_article = i > 0 && ARTICLES.contains(&raw[i - 1].to_lowercase().as_str());
        let (mut words, end) = name_run(&raw, i, &is_name_word);
        let apposition = raw[end].ends_with(',')
            && raw
                .get(end + 1)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
        if titled && words.len() == 1 {
            // "Dr. Okafor": the title is how the text names the person.
            words.insert(0, raw[i - 1].to_string());
        }
        // Beside a short word the text otherwise writes in lowercase, capitalised here in the
        // middle of a run ("o livro Café Com Leite Quente"): the Title Case of a work's title.
        let in_work_title = index > 0
            && (i
                .checked_sub(1)
                .is_some_and(|j| is_title_case_joint(&raw, j, lowercase))
                || is_title_case_joint(&raw, end + 1, lowercase));
        // "Angola e Moçambique", "Ana y Luis": one word either side of a conjunction is two.
        let pair = words.len() == 3 && ["e", "y"].contains(&words[1].as_str());
        let shaped = words.len() >= 2 && !pair;
        if shaped && !after_article && !in_work_title && !after_capital_article(&raw, i) {
            found.push(Candidate {
                words,
                text: index,
                apposition,
            });
        }
        i = end + 1;
    }
    found
}

/// The words of the name starting at `raw[start]`, and the index of its last word: name words,
/// with particles and middle initials between them, up to the end of a clause.
fn name_run(
    raw: &[&str],
    start: usize,
    is_name_word: &dyn Fn(&str) -> bool,
) -> (Vec<String>, usize) {
    let mut words = vec![without_possessive(trim_word(raw[start])).to_string()];
    let mut end = start;
    while !ends_clause(raw[end]) && !is_possessive(raw[end]) && words.len() < MAX_NAME_WORDS {
        let next = raw.get(end + 1).copied().unwrap_or_default();
        let after = raw.get(end + 2).copied().unwrap_or_default();
        // A middle initial sits inside a name ("Helen R. Marsh").
        if is_initial(next) && is_name_word(after) && words.len() + 2 <= MAX_NAME_WORDS {
            words.push(next.to_string());
            words.push(without_possessive(trim_word(after)).to_string());
            end += 2;
            continue;
        }
        let particle = NAME_PARTICLES.contains(&next) && is_name_word(after);
        if !(is_name_word(next) || particle) {
            break;
        }
        words.push(without_possessive(trim_word(next)).to_string());
        end += 1;
    }
    (words, end)
}

/// A title before a name ("Dr.", "Sra."): a short capitalised word and a full stop, never
/// written without it elsewhere in the file (`unstopped`).
fn is_title(w: &str, unstopped: &HashSet<String>) -> bool {
    let letters = w.trim_end_matches('.');
    w.ends_with('.')
        && !unstopped.contains(letters)
        && letters.chars().count() <= MAX_TITLE_LETTERS
        && letters.chars().next().is_some_and(char::is_uppercase)
        && letters.chars().all(|c| c.is_ascii_alphabetic())
}

/// A middle initial: one capital letter and a full stop ("R.").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// `raw[j]` is a short word capitalised between two capitalised words, one the text otherwise
/// writes in lowercase ("Com" in "Café Com Leite Quente"): only a title in Title Case does that.
fn is_title_case_joint(raw: &[&str], j: usize, lowercase: &HashSet<String>) -> bool {
    let capitalised = |w: &str| trim_word(w).starts_with(char::is_uppercase);
    let Some(word) = raw.get(j).map(|w| trim_word(w)) else {
        return false;
    };
    let short = word.chars().count() < MIN_TITLE_CASE_LETTERS;
    let between = j > 0
        && capitalised(raw[j - 1])
        && !ends_clause(raw[j - 1])
        && raw.get(j + 1).is_some_and(|w| capitalised(w));
    short
        && capitalised(word)
        && !ends_clause(raw[j])
        && between
        && lowercase.contains(&word.to_lowercase())
}

/// A word that ends a clause: a name does not run past it.
fn ends_clause(word: &str) -> bool {
    word.ends_with([',', '.', ';', ':', '?', '!', ')', '”', '"'])
}
