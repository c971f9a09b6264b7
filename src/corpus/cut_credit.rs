//! A credit line whose name was left out: "Interviewed by" alone on its line, as a transcript's
//! cover page prints the form for a name never filled in. A headline never ends on the
//! preposition that introduces who did the work; the line is the page's furniture, never the
//! title or the introduction.

/// The prepositions naming who did the work after a participle: "by", "por", "par", "von".
const AGENT_PREPOSITIONS: [&str; 4] = ["by", "por", "par", "von"];

/// Endings of a participle before its agent ("Interviewed", "Entrevistado", "Entrevistada",
/// "Conducted", "Réalisée", "Realizada").
const PARTICIPLE_ENDINGS: [&str; 8] = ["ed", "ado", "ada", "ido", "ida", "é", "ée", "t"];

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
        PARTICIPLE_ENDINGS.iter().any(|e| w.ends_with(e))
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
    }

    #[test]
    fn a_credit_with_its_name_or_a_headline_is_not() {
        assert!(!is_cut_credit("Interviewed by Ana Vidal"));
        assert!(!is_cut_credit("Stand by"));
        assert!(!is_cut_credit("What the tide left by"));
        assert!(!is_cut_credit("by"));
    }
}
