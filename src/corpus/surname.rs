//! Second references. News writing names a person in full once, then by the surname alone
//! ("Lena Brandt ran…", "Ms. Brandt said"), while an organisation keeps its whole name or
//! shortens it after an article ("the Harbour Board", "the Board"): a name whose last word
//! stands alone elsewhere, without an article before it, is a person's.

use super::name_words::{trim_word, without_possessive, ARTICLES};

/// Articles [`ARTICLES`] leaves out because they are words of other kinds too, but which
/// before a capitalised word mark an organisation's short name ("a Junta", "o Conselho").
const MORE_ARTICLES: &[&str] = &["a", "an", "o", "un", "una", "um", "uma"];

/// Whether the last word of a name of two or more words stands alone in `texts`: written
/// without the name's word or an article before it (a possessive "Lena Brandt’s" still counts
/// as the name).
pub fn referred_to_by_surname(words: &[String], texts: &[&str]) -> bool {
    let [.., before, last] = words else {
        return false;
    };
    texts.iter().any(|text| {
        let mut previous = "";
        text.split_whitespace().any(|raw| {
            let word = bare(raw);
            let alone = word == last.as_str()
                && !previous.eq_ignore_ascii_case(before)
                && !is_article(previous);
            previous = word;
            alone
        })
    })
}

fn is_article(word: &str) -> bool {
    let word = word.to_lowercase();
    ARTICLES.contains(&word.as_str()) || MORE_ARTICLES.contains(&word.as_str())
}

/// A word without the punctuation around it and without a possessive ending.
fn bare(raw: &str) -> &str {
    without_possessive(trim_word(raw))
}

/// How often a name's last word is used in the interview.
pub struct SurnameUses {
    pub total: usize,
    /// Without the word before it in the name: people are named again by their surname alone
    /// ("Ruiz, who grew up…"); places and institutions are not ("Santa Clara").
    pub alone: usize,
}

pub fn surname_uses(words: &[String], everywhere: &[String]) -> SurnameUses {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let (Some(last), before) = (lower.last(), lower.len().checked_sub(2).map(|i| &lower[i])) else {
        return SurnameUses { total: 0, alone: 0 };
    };
    let mut uses = SurnameUses { total: 0, alone: 0 };
    for (i, word) in everywhere.iter().enumerate() {
        if word == last {
            uses.total += 1;
            let previous = i.checked_sub(1).map(|p| &everywhere[p]);
            if previous != before {
                uses.alone += 1;
            }
        }
    }
    uses
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(name: &str) -> Vec<String> {
        name.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn a_surname_alone_marks_a_person() {
        let texts = [
            "Lena Brandt’s bid for the mayoralty",
            "This conversation with Ms. Brandt took place in May.",
        ];
        assert!(referred_to_by_surname(&words("Lena Brandt"), &texts));
    }

    #[test]
    fn an_organisation_keeps_its_whole_name() {
        let texts = [
            "Harbour Board’s chief engineer on the tides of trade",
            "As chief engineer at the Harbour Board, Mara Quist keeps the locks working.",
        ];
        assert!(!referred_to_by_surname(&words("Harbour Board"), &texts));
        assert!(!referred_to_by_surname(&words("Quist"), &texts));
    }

    #[test]
    fn an_organisation_shortened_after_an_article_is_no_person() {
        let texts = ["At the Harbour Board, Mara Quist keeps the locks. The Board built them."];
        assert!(!referred_to_by_surname(&words("Harbour Board"), &texts));
    }
}
