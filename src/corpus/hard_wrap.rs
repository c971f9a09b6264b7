//! Measures of a hard-wrapped file, for joining the lines its wrap cut: how wide its wrapped
//! lines run, and which line ends can only be a cut ("…Chuck Palahniuk y Martín" / "Sancia
//! Kawamichi.", "¿Por qué" / "elegiste…").

/// A line filling at least this share (in percent) of the file's wrap width was cut by the
/// wrap, not ended by the writer: a paragraph's last line or a prompt stops well short.
const FULL_LINE_PERCENT: usize = 80;

/// The width a hard-wrapped file's lines run to: the longest, in characters, of the lines
/// `cut` (those whose sentence the next line goes on in lowercase). Not their median: a
/// question's few first words left on their line are cut lines too.
pub fn wrap_width(cut: Vec<usize>) -> Option<usize> {
    cut.into_iter().max()
}

/// In a file wrapped at `width`, a line of `len` characters stopping on a lowercase letter
/// without any mark fills its line, so the sentence goes on into `next` even when `next`
/// opens on a capital (a name cut in two, a proper noun).
pub fn fills_cut_line(len: usize, text: &str, next: &str, width: Option<usize>) -> bool {
    let stops = text.chars().last().is_some_and(char::is_lowercase);
    let opens = next.chars().next().is_some_and(char::is_uppercase);
    width.is_some_and(|w| w > 0 && len * 100 >= w * FULL_LINE_PERCENT) && stops && opens
}

/// A line opening a question with `¿` and never closing it with `?`: no headline, but a
/// question's first words left on their line ("¿Por qué" / "elegiste…?").
pub fn opens_unclosed_question(text: &str) -> bool {
    let text = text.trim();
    text.starts_with('¿') && !text.contains('?')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_full_line_stopping_on_a_word_goes_on_before_a_capital() {
        let width = wrap_width(vec![70, 72, 75, 20]);
        assert_eq!(width, Some(75));
        assert!(fills_cut_line(70, "y Martín", "Sancia Kawamichi.", width));
        assert!(!fills_cut_line(
            30,
            "Fale-nos de você",
            "Sou professora.",
            width
        ));
        assert!(!fills_cut_line(70, "fin.", "Sancia.", width));
        assert!(!fills_cut_line(70, "y Martín", "Sancia.", None));
    }

    #[test]
    fn an_opening_question_mark_left_open_is_no_headline() {
        assert!(opens_unclosed_question("¿Por qué"));
        assert!(!opens_unclosed_question("¿Por qué ahora?"));
        assert!(!opens_unclosed_question("Entrevista"));
    }
}
