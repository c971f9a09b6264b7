//! A label that is a given name ("Rui:") completed from the introduction may pick up the
//! capitalised word written before the name there ("…o diretor do Museu Rui Prates"): an
//! institution or a rank, not the person. People are written given name first, so when the
//! text also opens a name with the label's word ("Rui Alves Prates"), what stood before it is
//! dropped.

/// `shown` (the label completed from the text) from the label's word on, when `label` is one
/// word followed by a surname in `shown` and some text opens a run of capitalised words with
/// it (no capitalised word before it there).
pub fn from_given_name(label: &str, shown: &str, whole: &[&str]) -> Option<String> {
    if label.contains(' ') {
        return None;
    }
    let words: Vec<&str> = shown.split_whitespace().collect();
    let at = words.iter().position(|w| *w == label)?;
    if at == 0 || at + 1 >= words.len() {
        return None;
    }
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let opens = whole.iter().any(|text| {
        let ws: Vec<&str> = text
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        (0..ws.len()).any(|i| {
            ws[i] == label
                && ws.get(i + 1).is_some_and(|n| capitalised(n))
                && (i == 0 || !capitalised(ws[i - 1]))
        })
    });
    opens.then(|| words[at..].join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_institution_before_a_given_name_is_no_part_of_it() {
        let whole = [
            "Conversamos com o diretor do Museu Rui Prates.",
            "O diretor do museu, Rui Alves Prates, falou ao jornal.",
        ];
        assert_eq!(
            from_given_name("Rui", "Museu Rui Prates", &whole).as_deref(),
            Some("Rui Prates")
        );
    }

    #[test]
    fn a_surname_label_or_a_name_never_opened_by_the_label_stays() {
        let whole = ["We met Ana Lima Costa at the port."];
        assert_eq!(from_given_name("Lima", "Ana Lima Costa", &whole), None);
        assert_eq!(from_given_name("Costa", "Ana Lima Costa", &whole), None);
        assert_eq!(from_given_name("Ana", "Ana Lima Costa", &whole), None);
    }
}
