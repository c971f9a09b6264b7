//! A speaker labelled with one letter (`L:`) is often named once, when the interviewer greets
//! them ("Buenas tardes, Lucía."): a capitalised word set off by a comma, starting with the
//! label's letter, is that person's name.

/// The name the greeting addresses whose first letter is `letter`: a capitalised word after a
/// comma that ends its clause ("Good evening, Lucía." / "Hola, Lucía, ¿cómo estás?").
pub fn addressed_name(letter: &str, greeting: &str) -> Option<String> {
    let mut letters = letter.chars();
    let initial = letters
        .next()
        .filter(|c| c.is_uppercase() && letters.next().is_none())?;
    greeting.split(',').skip(1).find_map(|clause| {
        let word = clause.trim_start();
        let name = word.trim_end_matches(['.', '!', '?', '…', ' ', '¡', '¿']);
        let one_word = !name.is_empty() && name.chars().all(char::is_alphabetic);
        let capitalised = name.starts_with(initial) && name.chars().skip(1).any(char::is_lowercase);
        (one_word && capitalised).then(|| name.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_greeting_names_the_speaker_of_the_letter() {
        assert_eq!(
            addressed_name("L", "Buenas tardes, Lucía.").as_deref(),
            Some("Lucía")
        );
        assert_eq!(
            addressed_name("T", "Welcome back, Tom, how are you?").as_deref(),
            Some("Tom")
        );
        assert_eq!(addressed_name("L", "Buenas tardes, Marta."), None);
        assert_eq!(addressed_name("L", "Well, Lisbon was cold."), None);
        assert_eq!(addressed_name("LM", "Hi, Lucía."), None);
    }
}
