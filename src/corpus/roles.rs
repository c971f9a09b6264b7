//! Speaker labels that say a role rather than a name: who asks (`Q`, `Pregunta`,
//! `Interviewer`, a journalist) and who answers (`A`, `Resposta`, `Interviewee`), in the
//! parser and in imported pages.

/// Labels that mean "the one asking", lowercase (in the parser and in imported pages).
pub const QUESTION_LABELS: &[&str] = &[
    "q",
    "question",
    "p",
    "pregunta",
    "pergunta",
    "interviewer",
    "entrevistador",
    "entrevistadora",
    "frage",
    // The profession names the side too: a broadcaster's transcript labels its journalist
    // (`Jornalista:`, `Jornalista Lívia Prado (Rádio Serra):`) and names the guest.
    "journalist",
    "reporter",
    "host",
    "jornalista",
    "repórter",
    "periodista",
    "reportero",
    "reportera",
];

/// Professions that ask, lowercase: a journalist presented by name in an introduction is the
/// one who asked (see `journalist.rs`).
pub const JOURNALISTS: &[&str] = &[
    "journalist",
    "reporter",
    "jornalista",
    "repórter",
    "periodista",
    "reportero",
    "reportera",
];

/// True when `label` (lowercase) says the one asking: a question label, or one opening a
/// longer label (`jornalista thalita marinho`); a single letter opens no name ("a costa").
pub fn is_asking_label(label: &str) -> bool {
    QUESTION_LABELS.contains(&label)
        || label
            .split_once(' ')
            .is_some_and(|(first, _)| first.chars().count() > 1 && QUESTION_LABELS.contains(&first))
}

/// Labels that mean "the one answering", lowercase (in the parser and in imported pages).
pub const ANSWER_LABELS: &[&str] = &[
    "a",
    "answer",
    "r",
    "respuesta",
    "resposta",
    "respondent",
    "interviewee",
    "entrevistado",
    "entrevistada",
];

/// True for labels that say a role rather than a name (`Q`, `Resposta`, `Interviewer`).
pub fn is_generic(label: &str) -> bool {
    let lower = label.to_lowercase();
    QUESTION_LABELS.contains(&lower.as_str()) || ANSWER_LABELS.contains(&lower.as_str())
}

/// Nouns for a medium (English, Spanish, Portuguese), lowercase: an outlet labels its
/// questions with what it is ("Blog - …?", "Revista: …", "Rádio Serra: …"), a label that
/// names no person.
pub const MEDIA: &[&str] = &[
    "blog",
    "magazine",
    "newspaper",
    "podcast",
    "radio",
    "rádio",
    "revista",
    "jornal",
    "diario",
    "diário",
    "periódico",
    "semanario",
    "semanário",
    "portal",
    "site",
    "sitio",
    "redação",
    "redacción",
    "newsletter",
];

/// True when a label's first word is a medium ([`MEDIA`]): "Blog", "Revista Norte", "Rádio
/// Serra" label the outlet asking, not a person.
pub fn is_outlet_label(label: &str) -> bool {
    let first = label.split_whitespace().next().unwrap_or_default();
    MEDIA.contains(&first.to_lowercase().as_str()) || super::articles::opens_with_article(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_medium_opening_a_label_names_an_outlet() {
        assert!(is_outlet_label("Blog"));
        assert!(is_outlet_label("Rádio Serra"));
        assert!(is_outlet_label("REVISTA"));
        assert!(!is_outlet_label("Ana Lima"));
        assert!(!is_outlet_label("Q"));
    }
}
