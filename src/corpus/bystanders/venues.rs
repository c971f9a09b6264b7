//! A street, a square or a hall named by the noun for its kind and a proper name ("Rua do
//! Encontro", "Calle Mayor", "Teatro Avenida", "Coliseu do Norte"): the venue of a concert or
//! the name of a street festival, which an introduction writes in capitals as it would a
//! person's name. In Portuguese and Spanish the kind comes first and no person's name opens
//! with it, so the run is blanked. (English puts the kind last, "Mill Street", after a name
//! that may be a person's own: it is left to the other readings.)

use super::{bare_lower, blank, capital_runs};

/// Nouns for a street, a square or a venue (Portuguese, Spanish), lowercase: the first word of
/// a place's name, never of a person's.
const VENUE_KINDS: &[&str] = &[
    "rua",
    "avenida",
    "praça",
    "largo",
    "travessa",
    "calle",
    "plaza",
    "paseo",
    "teatro",
    "coliseu",
    "coliseo",
    "estádio",
    "estadio",
    "museu",
    "museo",
    "auditório",
    "auditorio",
];

/// Blanks each run of capitals that opens with a venue's kind and goes on with a name.
pub(super) fn blank_venues(words: &mut [String]) {
    for run in capital_runs(words) {
        let kind = VENUE_KINDS.contains(&bare_lower(&words[run.start]).as_str());
        if kind && run.len() >= 2 {
            words[run].iter_mut().for_each(blank);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(text: &str) -> String {
        let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
        blank_venues(&mut words);
        words.join(" ")
    }

    #[test]
    fn a_street_or_a_hall_is_no_person() {
        assert_eq!(
            blanked("A festa da Rua do Poente traz Lia Mar."),
            "A festa da — — — traz Lia Mar."
        );
        assert_eq!(
            blanked("Canta no Teatro Avenida, em maio."),
            "Canta no — —, em maio."
        );
        // A kind alone, or a person, stays.
        assert_eq!(blanked("O teatro e Ana Ruiz."), "O teatro e Ana Ruiz.");
    }
}
