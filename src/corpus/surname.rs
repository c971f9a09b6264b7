//! Second references. News writing names a person in full once, then by the surname alone
//! ("Lena Brandt ran…", "Ms. Brandt said"), while an organisation keeps its whole name ("the
//! Harbour Board"): a name whose last word stands alone elsewhere is a person's.

/// Whether the last word of a name of two or more words stands alone in `texts`: written
/// without the name's word before it (a possessive "Lena Brandt’s" still counts as the name).
pub fn referred_to_by_surname(words: &[String], texts: &[&str]) -> bool {
    let [.., before, last] = words else {
        return false;
    };
    texts.iter().any(|text| {
        let mut previous = "";
        text.split_whitespace().any(|raw| {
            let word = bare(raw);
            let alone = word == last.as_str() && !previous.eq_ignore_ascii_case(before);
            previous = word;
            alone
        })
    })
}

/// A word without the punctuation around it and without a possessive ending.
fn bare(raw: &str) -> &str {
    let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
    (word.strip_suffix("’s").or_else(|| word.strip_suffix("'s"))).unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(name: &str) -> Vec<String> {
        name.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn a_surname_alone_marks_a_person() {
        let texts = [
            "Lena Brandt’s bid for the mayoralty",
            "This conversation with Ms. Brandt took place in May.",
        ];
        assert!(referred_to_by_surname(&words("Lena Brandt"), &texts));
    }

    #[test]
    fn an_organisation_keeps_its_whole_name() {
        let texts = [
            "Harbour Board’s chief engineer on the tides of trade",
            "As chief engineer at the Harbour Board, Mara Quist keeps the locks working.",
        ];
        assert!(!referred_to_by_surname(&words("Harbour Board"), &texts));
        assert!(!referred_to_by_surname(&words("Quist"), &texts));
    }

    #[test]
    fn a_headline_naming_a_person_as_a_possessor_keeps_that_person() {
        let title = "Lena Brandt’s bid for the mayoralty";
        let intro = "Lena Brandt ran the water board of New Harbor for a decade.";
        let second = "This conversation with Ms. Brandt took place in May.";
        let whole = [
            title,
            intro,
            second,
            "Why run now?",
            "Because nobody else would.",
        ];
        let name = super::super::prose::prose_name(&[title, intro, second], &whole, None);
        assert_eq!(name.as_deref(), Some("Lena Brandt"));
    }
}
