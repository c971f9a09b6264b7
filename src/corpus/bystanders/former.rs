//! A former role or group set before a name with the prefix "ex-" ("Ex-Harbour Boys talks",
//! "ex-Marea Tomás Vidal", "ex-ministra Ana Ruiz"): the word glued to the prefix names what
//! the person was part of (a band, a club, an office), never the person, who may follow it.
//! Without this, "Ex-Harbour Boys talks about…" reads as a person named "Ex-Harbour Boys"; with
//! it, the one word left ("Boys") is too short a run to be a name.

use super::blank;

/// The prefix of a former role, in the corpus's languages (English, Spanish, Portuguese,
/// French, German, Italian write it the same), lowercase.
const FORMER: &str = "ex-";

/// Blanks each word opening with the prefix.
pub(super) fn blank_former(words: &mut [String]) {
    for word in words.iter_mut() {
        let lower = word.to_lowercase();
        if lower.starts_with(FORMER) && lower.chars().count() > FORMER.len() {
            blank(word);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(text: &str) -> String {
        let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
        blank_former(&mut words);
        words.join(" ")
    }

    #[test]
    fn a_former_group_is_no_name() {
        assert_eq!(
            blanked("Ex-Harbour Boys fala do disco"),
            "— Boys fala do disco"
        );
        // The person named after the former role stays.
        assert_eq!(
            blanked("A ex-ministra Rita Vidal, fala"),
            "A — Rita Vidal, fala"
        );
        assert_eq!(blanked("Tomás Vidal fala"), "Tomás Vidal fala");
    }
}
