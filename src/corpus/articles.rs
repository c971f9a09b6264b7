//! Articles opening a title: a label such as "O GLOBO" or "The Courier" names a newspaper or
//! a show, rarely a person (a nickname such as "La Nena" opens with one).

use super::name_words::{ARTICLES, INDEFINITE_ARTICLES};

/// Contractions among [`ARTICLES`] that open people's names too ("Al", "Del" as in "Del
/// Monte"), lowercase: no sign of a title here.
const NAME_OPENERS: &[&str] = &["al", "del", "lo"];

/// Articles the shared lists leave out, lowercase: Portuguese sets "o" and "as" before
/// people's names in running text ("o João"), so [`ARTICLES`] cannot hold them, but opening a
/// label in capitals ("O GLOBO") they open a title; Italian "il" and German "das" likewise.
const MORE_ARTICLES: &[&str] = &["o", "as", "il", "das"];

/// A label of two words or more opening with an article ("O GLOBO", "The Courier") names a
/// newspaper or a show asking, not a person.
pub fn opens_with_article(label: &str) -> bool {
    let mut words = label.split_whitespace();
    let first = words.next().unwrap_or_default().to_lowercase();
    let first = first.as_str();
    let article = (ARTICLES.contains(&first) && !NAME_OPENERS.contains(&first))
        || INDEFINITE_ARTICLES.contains(&first)
        || MORE_ARTICLES.contains(&first);
    article && words.next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_opening_with_an_article_names_no_person() {
        assert!(opens_with_article("O GLOBO"));
        assert!(opens_with_article("The Harbour Courier"));
        assert!(!opens_with_article("A"));
        assert!(!opens_with_article("Ana Lima"));
        // The shared lists' indefinite articles, and their contractions that open names.
        assert!(opens_with_article("Una Lectora"));
        assert!(!opens_with_article("Del Monte"));
    }
}
