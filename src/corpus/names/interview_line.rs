//! A line of the page's head announcing whose interview follows ("ENTREVISTA A PILAR G.
//! CORTÉS", "Interview with Ana Ruiz"), set apart from the headline: a blog's own heading under
//! its section's name, often in capitals. The headline rules read only the title, and a line in
//! capitals spells no name as a name is spelled, so it is read here in its ordinary case.

use crate::corpus::name_words::{name_cased, trim_word, written_lowercase};
use std::ops::RangeInclusive;

/// Prepositions (English, Spanish, Portuguese) that put the person interviewed after the word
/// for the interview: "Interview with", "Entrevista a", "Entrevista ao", "Conversa com",
/// "Charla con".
const TO_PERSON: &[&str] = &["with", "a", "à", "ao", "com", "con"];

/// Words before the preposition: the word for the interview, perhaps after an article ("Uma
/// conversa com…"); a longer run is a sentence's start, not such a heading.
const LEAD_WORDS: RangeInclusive<usize> = 1..=2;

/// Words of the name: a given name and a surname at least (one word may be anything the head
/// calls by a capital), four at most, a middle initial counting as one.
const NAME_WORDS: RangeInclusive<usize> = 2..=4;

/// The person a line of the head (`texts`: the title, then the introduction) announces as
/// interviewed, when a word of the name comes back elsewhere in the page (`whole`) and none is
/// written there in lowercase (so "Interview with Harbour Pilots" over "the harbour pilots"
/// names nobody).
pub(super) fn interview_line_name(texts: &[&str], whole: &[&str]) -> Option<String> {
    texts.iter().find_map(|line| {
        let others: Vec<&str> = whole.iter().copied().filter(|t| t != line).collect();
        announced(line, &others)
    })
}

/// See [`interview_line_name`], on one line.
fn announced(line: &str, others: &[&str]) -> Option<String> {
    let line = line.trim();
    if line.ends_with(['.', '!', '?', '…', ':']) {
        return None;
    }
    let capitals = line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase);
    let words: Vec<String> = (line.split_whitespace())
        .map(|w| match capitals {
            true => ordinary_case(w),
            false => w.to_string(),
        })
        .collect();
    let to = (words.iter().enumerate())
        .find(|(_, w)| TO_PERSON.contains(&w.to_lowercase().as_str()))
        .map(|(i, _)| i)?;
    let name = &words[to + 1..];
    let shaped = LEAD_WORDS.contains(&to)
        && NAME_WORDS.contains(&name.len())
        && name.iter().all(|w| name_cased(w) || is_initial(w))
        && name
            .first()
            .zip(name.last())
            .is_some_and(|(a, b)| name_cased(a) && name_cased(b));
    let spelled = |w: &String| is_initial(w) || !written_lowercase(trim_word(w), others);
    let again = |w: &String| {
        let w = trim_word(w);
        (others.iter()).any(|t| t.split(|c: char| !c.is_alphabetic()).any(|run| run == w))
    };
    (shaped && name.iter().all(spelled) && name.iter().any(again)).then(|| name.join(" "))
}

/// A middle initial: one capital and a period ("G.").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.as_str() == "."
}

/// A word of a line in capitals as a name is spelled: its first letter kept, the rest lowercase
/// ("CORTÉS" is "Cortés"; "G." stays).
fn ordinary_case(word: &str) -> String {
    let mut chars = word.chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    first + &chars.as_str().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_in_capitals_announcing_the_interview_names_the_guest() {
        let texts = [
            "entrevista a quien quiera",
            "ENTREVISTA A NORA T. VELASCO",
            "A Nora la conocéis ya por su blog de cocina.",
        ];
        let whole = [
            texts[1],
            texts[2],
            "¿Cocinas de noche?",
            "Siempre.",
            texts[0],
        ];
        assert_eq!(
            interview_line_name(&texts, &whole).as_deref(),
            Some("Nora T. Velasco")
        );
    }

    #[test]
    fn an_interview_line_in_ordinary_case_names_the_guest() {
        let texts = [
            "Notes from the yard",
            "Interview with Ivo Lund",
            "Ivo builds boats.",
        ];
        let whole = [texts[1], texts[2], "Why boats?", "Wood.", texts[0]];
        assert_eq!(
            interview_line_name(&texts, &whole).as_deref(),
            Some("Ivo Lund")
        );
    }

    #[test]
    fn a_topic_or_a_sentence_after_with_names_nobody() {
        // The words come back in lowercase: a topic.
        let texts = [
            "Yard",
            "Life with Harbour Pilots",
            "The harbour pilots met.",
        ];
        let whole = [texts[1], texts[2], "Why?", "Pilots.", texts[0]];
        assert_eq!(interview_line_name(&texts, &whole), None);
        // Named nowhere else: nothing tells it is a person.
        let texts = ["Yard", "Interview with Ivo Lund", "He builds boats."];
        let whole = [texts[1], texts[2], "Why?", "Wood.", texts[0]];
        assert_eq!(interview_line_name(&texts, &whole), None);
        // A sentence, no heading.
        let texts = ["Yard", "We sat down with Ivo Lund.", "Ivo builds boats."];
        let whole = [texts[1], texts[2], "Why?", "Wood.", texts[0]];
        assert_eq!(interview_line_name(&texts, &whole), None);
    }
}
