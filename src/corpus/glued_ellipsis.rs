//! An ellipsis a headline sets straight between two words, without spaces ("A Few Questions
//! with…Rosa Lind"): a pause before the name, which a reader takes for a word break. Read
//! glued, the name's first word is lost in "with…Rosa" and the guest is taken for "Lind".

/// The text with a space after each ellipsis that stands between a letter and a capital
/// ("with…Rosa" gives "with… Rosa"); other ellipses as they are.
pub fn spaced_ellipses(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 4);
    for (k, &c) in chars.iter().enumerate() {
        out.push(c);
        let after_letter = k > 0 && chars[k - 1].is_alphabetic();
        let before_capital = chars.get(k + 1).is_some_and(|c| c.is_uppercase());
        if c == '…' && after_letter && before_capital {
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ellipsis_glued_before_a_name_becomes_a_word_break() {
        assert_eq!(
            spaced_ellipses("A Few Questions with…Rosa Lind"),
            "A Few Questions with… Rosa Lind"
        );
        assert_eq!(spaced_ellipses("Wait… what?"), "Wait… what?");
        assert_eq!(spaced_ellipses("and so…on"), "and so…on");
        assert_eq!(spaced_ellipses("…Rosa"), "…Rosa");
    }
}
