//! A capitalised run the text writes after an article is a role or a thing ("moved up to an
//! Events Manager", "joined the Harbour Club"), never a person: journalism and speech set no
//! article before a person's full name. The Spanish personal "a" and the Portuguese article
//! "a"/"o" come before people ("Visitamos a Lucía Gil"), so those one-letter words are no sign.

use crate::corpus::name_words::{trim_word, ARTICLES, INDEFINITE_ARTICLES};

/// True when some text of `whole` writes `name` right after a definite or indefinite article
/// other than a one-letter one.
pub(super) fn after_any_article(name: &str, whole: &[&str]) -> bool {
    whole.iter().any(|text| {
        text.match_indices(name).any(|(at, _)| {
            let before = text[..at]
                .split_whitespace()
                .next_back()
                .unwrap_or_default();
            let before = trim_word(before).to_lowercase();
            let article = ARTICLES.contains(&before.as_str())
                || INDEFINITE_ARTICLES.contains(&before.as_str());
            article && before.chars().count() > 1
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_after_an_article_is_a_role() {
        let answer = ["Then I became an Events Manager, and later a VP."];
        assert!(after_any_article("Events Manager", &answer));
        let club = ["We met at the Harbour Club."];
        assert!(after_any_article("Harbour Club", &club));
        let person = ["Visitamos a Lucía Gil en su taller; Lucía Gil pinta."];
        assert!(!after_any_article("Lucía Gil", &person));
    }
}
