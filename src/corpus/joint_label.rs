//! A label that joins two given names ("Ana y Luis:", "Rosa e Tiago:", "Ana and Raul:"): two
//! guests answering together. A leaf module: the readers of labels and of fellow answerers
//! both ask it, so neither has to ask the other.

/// Coordinating conjunctions (Spanish, Portuguese, French, German) that join two given names
/// in one label ("Ana y Luis:", "Rosa e Tiago:"), lowercase.
pub(super) const CONJUNCTIONS: &[&str] = &["y", "e", "et", "und"];

/// English joins two names with these too ("Ana and Raul:", "Ana & Raul:"); but an English page
/// also heads a section that way ("Q and A:", "Sales & Marketing:"), so such a label is two
/// people only when both are persons the file names elsewhere ([`persons_named`]).
const ENGLISH_CONJUNCTIONS: &[&str] = &["and", "&"];

/// A given name in an English joint label has at least this many letters: a letter alone is a
/// role ("Q and A").
const MIN_GIVEN_NAME_LETTERS: usize = 2;

/// The two given names and the conjunction of a joint label ("Ana y Luis"), if it is one.
pub fn joint_parts(label: &str) -> Option<(&str, &str, &str)> {
    let words: Vec<&str> = label.split_whitespace().collect();
    let given = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    match words.as_slice() {
        [a, and, b]
            if CONJUNCTIONS.contains(&and.to_lowercase().as_str()) && given(a) && given(b) =>
        {
            Some((a, and, b))
        }
        [a, and, b] if is_english_join(and) && given(a) && given(b) => {
            let long = |w: &str| w.chars().count() >= MIN_GIVEN_NAME_LETTERS;
            (long(a) && long(b)).then_some((a, and, b))
        }
        _ => None,
    }
}

/// `word` is an English conjunction joining two names ([`ENGLISH_CONJUNCTIONS`]).
pub(super) fn is_english_join(word: &str) -> bool {
    ENGLISH_CONJUNCTIONS.contains(&word.to_lowercase().as_str())
}

/// A joint label joined by an English conjunction ("Ana and Raul", "Ana & Raul").
pub fn is_english_joint(label: &str) -> bool {
    joint_parts(label).is_some_and(|(_, and, _)| is_english_join(and))
}
