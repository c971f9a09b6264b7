//! A speaker labelled with one letter (`L:`) is often named once, when the interviewer greets
//! them ("Buenas tardes, Lucía."): a capitalised word set off by a comma, starting with the
//! label's letter, is that person's name. A panel host hands over to a guest the same way
//! ("Eva, why don't you go first?").

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

/// A surname a transcription tool wrote in lowercase ("Kurt blades") counts when the text
/// writes it after the first name this often, and nowhere else.
const MIN_LOWERCASE_SURNAME_USES: usize = 2;

/// The guest a host hands the word to at the end of a greeting ("…our guests today, Eva Holm
/// and Lars Berg. Eva, why don't you go first?"): the capitalised word opening the greeting's
/// last sentence, a question, set off by a comma, a word the text never writes in lowercase,
/// with the surname the text writes right after that first name elsewhere ("Eva Holm").
pub fn handed_over(greeting: &str, whole: &[&str]) -> Option<String> {
    let last = greeting
        .trim_end()
        .rsplit(['.', '!', '?'])
        .nth(1)
        .filter(|_| greeting.trim_end().ends_with('?'))?;
    let (first, _) = last.trim_start().split_once(',')?;
    let name = first.trim();
    let one_word = name.chars().all(char::is_alphabetic)
        && name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().skip(1).any(char::is_lowercase);
    let lower = name.to_lowercase();
    let tokens = || {
        whole
            .iter()
            .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
            .filter(|t| !t.is_empty())
    };
    // Announced earlier in the greeting, as a host presents the panel.
    let announced = greeting.find(last).is_some_and(|end| {
        greeting[..end]
            .split_whitespace()
            .any(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()) == name)
    });
    if !one_word || !announced || tokens().any(|t| t == lower) {
        return None;
    }
    // The host announced the guest by full name before handing over ("So, what…?" names
    // nobody).
    let surname = surname_after(name, whole, &tokens().collect::<Vec<_>>())?;
    Some(format!("{name} {surname}"))
}

/// The word the text writes after `first` as a surname: a capitalised word, or a lowercase
/// one written after it [`MIN_LOWERCASE_SURNAME_USES`] times and never elsewhere (shown
/// capitalised).
fn surname_after(first: &str, whole: &[&str], tokens: &[&str]) -> Option<String> {
    let mut after: Vec<&str> = Vec::new();
    for text in whole {
        let words: Vec<&str> = text.split_whitespace().collect();
        for pair in words.windows(2) {
            if pair[0] == first {
                after.push(pair[1].trim_end_matches(|c: char| !c.is_alphabetic()));
            }
        }
    }
    let word = after.iter().copied().find(|w| {
        let mut chars = w.chars();
        let shaped = w.chars().all(char::is_alphabetic) && chars.next().is_some();
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let uses = after.iter().filter(|a| *a == w).count();
        let elsewhere = tokens.iter().filter(|t| *t == w).count() > uses;
        shaped && (capital || (uses >= MIN_LOWERCASE_SURNAME_USES && !elsewhere))
    })?;
    let mut chars = word.chars();
    let head = chars.next()?;
    Some(head.to_uppercase().chain(chars).collect())
}

/// The shortest word of a name that names its person in a text ("Lund" in "Ingrid Lund"):
/// shorter words are particles ("da", "de").
const MIN_NAME_WORD_CHARS: usize = 3;

/// `text` is a sentence naming the person of `label` among other words ("…Ingrid Lund,
/// thanks for coming in."), not the name alone, as a credit line gives it.
pub fn greets_by_name(text: &str, label: &str) -> bool {
    let sentence = text.trim_end().ends_with(['.', '!', '?', '…']);
    let more = text.split_whitespace().count() > label.split_whitespace().count() + 1;
    sentence && more && names(text, label)
}

/// `text` names the person of `label`: one of the label's words, written as in the label,
/// stands as a word of the text.
fn names(text: &str, label: &str) -> bool {
    let text_words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .collect();
    label
        .split_whitespace()
        .filter(|w| w.chars().count() >= MIN_NAME_WORD_CHARS)
        .filter(|w| w.starts_with(char::is_uppercase))
        .any(|w| text_words.contains(&w))
}

/// The guest a host's question turns to by first name at the start of its last sentence
/// ("Thanks Eva. Lars, what are you working on?"), in full when one of `known` writes the
/// first name with a capitalised surname ("…Eva Holm and Lars Berg."), else as addressed
/// when `known` names it at all.
pub fn addressed_guest(question: &str, known: &[&str]) -> Option<String> {
    let trimmed = question.trim_end();
    let last = trimmed.rsplit(['.', '!', '?']).nth(1)?;
    let (first, _) = last.trim_start().split_once(',')?;
    let name = first.trim();
    let shaped = name.chars().all(char::is_alphabetic)
        && name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().skip(1).any(char::is_lowercase);
    // A sentence opener ("So, what next?", "Okay, and then?") is a word the texts also write
    // in lowercase; a name is not.
    let lower = name.to_lowercase();
    let written_lower = known
        .iter()
        .any(|t| t.split(|c: char| !c.is_alphabetic()).any(|w| w == lower));
    if !shaped || written_lower || !trimmed.ends_with('?') {
        return None;
    }
    let full = known.iter().find_map(|text| {
        let words: Vec<&str> = text.split_whitespace().collect();
        words.windows(2).find_map(|pair| {
            let surname = pair[1].trim_end_matches(|c: char| !c.is_alphabetic());
            let capital = surname.chars().next().is_some_and(char::is_uppercase);
            let plain = surname.chars().all(char::is_alphabetic);
            (pair[0] == name && capital && plain && surname.chars().count() > 1)
                .then(|| format!("{name} {surname}"))
        })
    });
    // Named before ("So, what next?" turns to no one).
    let named = || {
        known
            .iter()
            .any(|t| t.split(|c: char| !c.is_alphabetic()).any(|w| w == name))
    };
    full.or_else(|| named().then(|| name.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_greeting_names_the_person_by_a_word_of_their_label_in_a_sentence() {
        assert!(names(
            "Welcome back. My guest drives at night. Ingrid Lund-Hale, thanks for coming in.",
            "Ingrid Lund-Hale"
        ));
        assert!(names("Good to have you here, Lund.", "Tove Lund"));
        assert!(!names("Welcome back to the show.", "Tove Lund"));
        assert!(!names("We met in da Silva street.", "Ana da Costa"));
        assert!(greets_by_name(
            "Tove Lund, welcome to the show.",
            "Tove Lund"
        ));
        // A credit line gives the name alone.
        assert!(!greets_by_name("Tove Lund", "Tove Lund"));
    }

    #[test]
    fn a_later_question_turns_to_another_guest() {
        let known = ["Our guests are Eva Holm and Lars Berg. Eva, why don't you go first?"];
        assert_eq!(
            addressed_guest("Thanks Eva. Lars, what are you working on?", &known).as_deref(),
            Some("Lars Berg")
        );
        assert_eq!(
            addressed_guest("Eva, and the fog?", &["Eva runs the dairy."]).as_deref(),
            Some("Eva")
        );
        assert_eq!(addressed_guest("So, what next?", &known), None);
        let chat = ["So I asked him about the fog. Okay I see, so it was okay by noon."];
        assert_eq!(addressed_guest("So, what did you do next?", &chat), None);
        assert_eq!(addressed_guest("Okay, and then?", &chat), None);
        assert_eq!(addressed_guest("And the fog?", &known), None);
    }

    #[test]
    fn a_host_hands_over_to_a_guest_named_in_the_greeting() {
        let greeting = "Hello, I'm Dan Reed. Our guests are Eva Holm and Lars Berg. \
                        Eva, why don't you go first?";
        let whole = [greeting, "Thanks Dan. I run a dairy."];
        assert_eq!(handed_over(greeting, &whole).as_deref(), Some("Eva Holm"));
        let spoken = "With us is Ona vell from the mill. Ona, what do you grind?";
        let whole = [spoken, "Thanks. I'm Ona vell and I grind rye."];
        assert_eq!(handed_over(spoken, &whole).as_deref(), Some("Ona Vell"));
        let plain = "Welcome. So, what do you grind?";
        assert_eq!(
            handed_over(plain, &[plain, "So Many Mills is our show."]),
            None
        );
    }

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
