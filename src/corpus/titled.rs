//! Headlines that name the interviewee after a preposition of company: "An Interview with
//! Ida Brenn", "Entrevista con Lucía Gil", "Conversa com Carlão". The words after the last
//! such preposition, all capitalised, are the person.

/// Prepositions that introduce the person spoken with, lowercase.
const WITH: &[&str] = &["with", "con", "com", "avec", "mit"];

/// A name after "with" has at most this many words.
const MAX_NAME_WORDS: usize = 4;

/// The name after the headline's last "with" (or its translations), and whether it is
/// doubtful (a single word, which may be a place or a group: it must be named again).
pub fn name_after_with(title: &str) -> Option<(String, bool)> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let at = words.iter().rposition(|w| WITH.contains(w))?;
    let mut name: Vec<&str> = words[at + 1..].to_vec();
    if let Some(last) = name.last_mut() {
        // A closing mark goes, an initial's period stays ("Susan R. Greenway").
        *last = last.trim_end_matches([',', ':', ';', '!', '?']);
        if last.chars().count() > 2 {
            *last = last.trim_end_matches('.');
        }
    }
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let shaped = (1..=MAX_NAME_WORDS).contains(&name.len())
        && name.iter().all(capitalised)
        && name
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c)));
    shaped.then(|| (name.join(" "), name.len() < 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_person_after_with_is_named() {
        assert_eq!(
            name_after_with("An Interview with Ida Brenn"),
            Some(("Ida Brenn".to_string(), false))
        );
        assert_eq!(
            name_after_with("Conversa com Carlão"),
            Some(("Carlão".to_string(), true))
        );
        assert_eq!(
            name_after_with("Q&A with Susan R. Greenway").map(|n| n.0),
            Some("Susan R. Greenway".to_string())
        );
        assert_eq!(name_after_with("Living with the sea"), None);
        assert_eq!(
            name_after_with("Coffee with Ana Ruiz, then a walk along the quay"),
            None
        );
    }
}
