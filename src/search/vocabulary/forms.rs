//! Other forms of a term the corpus knows, for a question word that has no spelling correction:
//! kept apart from the one-edit lookups because they walk the ordered term list, not the
//! deletion index, and each has its own guard against unrelated words.

use super::{Vocabulary, MAX_CORRECTIONS};

/// Shortest stem used to find other forms of a word by prefix ("palestin" -> "palestinian").
const MIN_PREFIX_CHARS: usize = 5;

/// Shortest place name paired with its people: "cuba" and "cuban" pair, "plan" and "pla" do not.
const MIN_PLACE_CHARS: usize = 4;

/// Shortest root a derived word is led back to: "edit" of "editor"; three letters are
/// another word's as often ("art" of "arte", "car" of "cart").
const MIN_ROOT_CHARS: usize = 4;

/// Longest derivational ending removed to reach the root, in letters ("-or", "-ist",
/// "-ora"); a longer one makes a compound or another word ("corto" and "cortometraje").
const MAX_ENDING_CHARS: usize = 3;

impl Vocabulary {
    /// Index terms that are another form of `term` by prefix: longer terms starting with it
    /// ("palestin" -> "palestinian") or shorter ones it starts with ("americanis" -> "american").
    /// Used when a question word is unknown and has no spelling correction.
    pub fn related_forms(&self, term: &str) -> Vec<String> {
        if term.chars().count() < MIN_PREFIX_CHARS {
            return Vec::new();
        }
        let mut longer: Vec<(&String, &u32)> = self
            .terms
            .range::<str, _>((std::ops::Bound::Excluded(term), std::ops::Bound::Unbounded))
            .take_while(|(candidate, _)| candidate.starts_with(term))
            .collect();
        longer.sort_by(|a, b| b.1.cmp(a.1));
        let shorter = term
            .char_indices()
            .map(|(i, _)| &term[..i])
            .filter(|prefix| prefix.chars().count() >= MIN_PREFIX_CHARS)
            .rev()
            .find(|prefix| self.terms.contains_key(*prefix));
        longer
            .into_iter()
            .map(|(t, _)| t.clone())
            .chain(shorter.map(str::to_string))
            .take(MAX_CORRECTIONS)
            .collect()
    }
}

impl Vocabulary {
    /// The root a rare derived word shares with a more frequent corpus term that Snowball
    /// stems apart: "editor" keeps its "-or" while "editing" is "edit", "investor" is apart
    /// from "invest". The longest index term that `term` starts with, at least
    /// [`MIN_ROOT_CHARS`] long and at most [`MAX_ENDING_CHARS`] shorter, found in more passages
    /// than `term` (`frequency` gives a term's passages).
    pub fn derived_root(&self, term: &str, frequency: impl Fn(&str) -> u64) -> Option<String> {
        let own = frequency(term);
        let length = term.chars().count();
        term.char_indices()
            .map(|(i, _)| &term[..i])
            .filter(|root| {
                let root_length = root.chars().count();
                root_length >= MIN_ROOT_CHARS && length - root_length <= MAX_ENDING_CHARS
            })
            .filter(|root| self.terms.contains_key(*root))
            .rev()
            .find(|root| frequency(root) > own)
            .map(str::to_string)
    }
}

impl Vocabulary {
    /// The place a people's name comes from, or the people of a place, when the corpus uses
    /// the other form: "bolivia" -> "bolivian", "venezuelans" -> "venezuela", "cuba" ->
    /// "cuban". Only the final "n" of names of places ending in "a" is considered, which
    /// covers most of the Americas and keeps unrelated words apart.
    pub fn demonym_forms(&self, term: &str) -> Vec<String> {
        if !term.is_ascii() {
            return Vec::new();
        }
        let other = match term.strip_suffix("an") {
            Some(stem) => format!("{stem}a"),
            None if term.ends_with('a') => format!("{term}n"),
            None => return Vec::new(),
        };
        // The place is the shorter of the two forms.
        if other.len().min(term.len()) < MIN_PLACE_CHARS {
            return Vec::new();
        }
        if self.terms.contains_key(&other) {
            vec![other]
        } else {
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::search::vocabulary::tests::vocabulary;

    #[test]
    fn places_and_their_peoples_find_each_other_when_the_corpus_has_the_other_form() {
        let vocabulary = vocabulary(&[
            ("bolivia", "bolivia"),
            ("cuban", "cuban"),
            ("human", "human"),
            ("pla", "pla"),
        ]);
        assert_eq!(vocabulary.demonym_forms("bolivian"), ["bolivia"]);
        assert_eq!(vocabulary.demonym_forms("cuba"), ["cuban"]);
        assert!(
            vocabulary.demonym_forms("venezuela").is_empty(),
            "not in the corpus"
        );
        assert!(vocabulary.demonym_forms("human").is_empty(), "no 'huma'");
        assert!(
            vocabulary.demonym_forms("plan").is_empty(),
            "too short, though 'pla' is known"
        );
        assert!(
            vocabulary.demonym_forms("bolivia").is_empty(),
            "no 'bolivian' here"
        );
    }
    #[test]
    fn related_forms_extend_or_shorten_a_stem() {
        let vocabulary = vocabulary(&[
            ("palestinian", "palestinian"),
            ("american", "american"),
            ("americans", "american"),
        ]);
        assert_eq!(vocabulary.related_forms("palestin"), ["palestinian"]);
        assert_eq!(vocabulary.related_forms("americanist"), ["american"]);
        assert!(vocabulary.related_forms("ame").is_empty());
        assert!(vocabulary.related_forms("chocol").is_empty());
    }

    #[test]
    fn a_rare_derived_word_leads_to_a_more_frequent_root_only() {
        let vocabulary = vocabulary(&[
            ("editing", "edit"),
            ("route", "rout"),
            ("art", "art"),
            ("cortometrajes", "cortometraj"),
        ]);
        let frequency = |term: &str| u64::from(term == "edit" || term == "art") * 3;
        assert_eq!(
            vocabulary.derived_root("editor", frequency).as_deref(),
            Some("edit")
        );
        assert_eq!(
            vocabulary.derived_root("router", frequency),
            None,
            "rarer root"
        );
        assert_eq!(
            vocabulary.derived_root("artist", frequency),
            None,
            "short root"
        );
        assert_eq!(
            vocabulary.derived_root("editorial", frequency),
            None,
            "long ending"
        );
        assert_eq!(
            vocabulary.derived_root("cort", frequency),
            None,
            "no shorter term"
        );
    }
}
