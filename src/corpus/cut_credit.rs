//! A credit line whose name was left out: "Interviewed by" alone on its line, as a transcript's
//! cover page prints the form for a name never filled in. A headline never ends on the
//! preposition that introduces who did the work; the line is the page's furniture, never the
//! title or the introduction.

/// The prepositions naming who did the work after a participle: "by", "por".
const AGENT_PREPOSITIONS: [&str; 2] = ["by", "por"];

/// The participles a credit names its maker after, in English, Spanish and Portuguese (both
/// genders and numbers where they differ): a list, since a participle's ending also ends verbs
/// and nouns that are no credit ("Left by", "Lost by", "Stand by").
const CREDIT_PARTICIPLES: &[&str] = &[
    "interviewed",
    "conducted",
    "written",
    "edited",
    "taken",
    "photographed",
    "produced",
    "reported",
    "recorded",
    "transcribed",
    "translated",
    "compiled",
    "moderated",
    "hosted",
    "entrevistado",
    "entrevistada",
    "entrevistados",
    "entrevistadas",
    "realizado",
    "realizada",
    "realizados",
    "realizadas",
    "conducido",
    "conducida",
    "escrito",
    "escrita",
    "editado",
    "editada",
    "producido",
    "producida",
    "grabado",
    "grabada",
    "traducido",
    "traducida",
    "transcrito",
    "transcrita",
    "moderado",
    "moderada",
    "conduzido",
    "conduzida",
    "feito",
    "feita",
    "produzido",
    "produzida",
    "gravado",
    "gravada",
    "traduzido",
    "traduzida",
    "fotografado",
    "fotografada",
    "fotografiado",
    "fotografiada",
];

/// At most this many words stand before the preposition ("Interview conducted by").
const MAX_CREDIT_WORDS: usize = 3;

/// The paragraph is a credit cut before its name: a few words ending with a participle and a
/// lowercase agent preposition, nothing after it ("Interviewed by", "Entrevistada por").
pub fn is_cut_credit(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .collect();
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    let participle = before.last().is_some_and(|w| {
        let w = w.to_lowercase();
        CREDIT_PARTICIPLES.contains(&w.as_str())
    });
    AGENT_PREPOSITIONS.contains(last) && participle && before.len() <= MAX_CREDIT_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_credit_without_its_name_is_cut() {
        assert!(is_cut_credit("Interviewed by"));
        assert!(is_cut_credit("Entrevistada por:"));
        assert!(is_cut_credit("Interview conducted by"));
        assert!(is_cut_credit("Written by"));
        assert!(is_cut_credit("Taken by"));
        assert!(is_cut_credit("Entrevista conduzida por"));
    }

    #[test]
    fn a_credit_with_its_name_or_a_headline_is_not() {
        assert!(!is_cut_credit("Interviewed by Ana Vidal"));
        assert!(!is_cut_credit("Stand by"));
        assert!(!is_cut_credit("What the tide left by"));
        assert!(!is_cut_credit("by"));
        assert!(!is_cut_credit("Left by"));
        assert!(!is_cut_credit("Lost by"));
    }
}
