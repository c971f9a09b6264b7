//! Articles opening a title: a label such as "O GLOBO" or "The Courier" names a newspaper or
//! a show, never a person, whose name does not open with an article.

/// Articles opening a title ("O Globo", "The Courier", "El Diario Sur"), lowercase.
const ARTICLES: &[&str] = &[
    "the", "o", "os", "a", "as", "el", "la", "los", "las", "le", "les", "il", "der", "die", "das",
];

/// A label of two words or more opening with an article ("O GLOBO", "The Courier") names a
/// newspaper or a show asking, not a person.
pub fn opens_with_article(label: &str) -> bool {
    let mut words = label.split_whitespace();
    let first = words.next().unwrap_or_default().to_lowercase();
    ARTICLES.contains(&first.as_str()) && words.next().is_some()
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
    }
}
