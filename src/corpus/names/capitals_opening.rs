//! A standfirst set in capitals that opens with the guest's name ("LELÉ DO RIO VOLTA A
//! LISBOA…"): no word there is written as a name, so the name is found where the text writes
//! the same words in ordinary case, as a question does ("O que liga Lelé do Rio a Lisboa?").

use crate::corpus::bystanders::ends_clause;
use crate::corpus::labels::NAME_PARTICLES;
use crate::corpus::name_words::{name_cased, trim_word, written_lowercase};

/// Prepositions of place (English, Spanish, Portuguese), lowercase: a run of capitals after
/// one is a town or a venue ("em São Bento", "no Coliseu").
const AT: &[&str] = &[
    "in", "at", "from", "en", "em", "no", "na", "nos", "nas", "desde",
];

/// A name opening the standfirst has two words at least (one capitalised word may be a place
/// or a thing) and at most this many.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// The name the first text of `texts` (the title, else the first paragraph of the
/// introduction) opens with in capitals, as another paragraph of `whole` writes it: each word
/// name-cased or a particle, none written in lowercase, and not after a preposition (a place:
/// "em São Bento").
pub(super) fn name_in_capitals(texts: &[&str], whole: &[&str]) -> Option<String> {
    let opening = texts.iter().find(|t| !t.trim().is_empty())?;
    let words: Vec<&str> = opening.split_whitespace().collect();
    let capitals = |w: &&&str| {
        let w = trim_word(w);
        w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
    };
    let run = words.iter().take_while(capitals).count();
    NAME_WORDS.rev().filter(|&n| n <= run).find_map(|n| {
        // The name ends where the clause does.
        let head = &words[..n];
        if head[..n - 1].iter().any(|w| ends_clause(w)) {
            return None;
        }
        let head: Vec<String> = head.iter().map(|w| trim_word(w).to_lowercase()).collect();
        (whole.iter().filter(|t| *t != opening)).find_map(|t| written_as_name(t, &head, whole))
    })
}

/// Where `text` writes the words of `head` (lowercase) in a row as a name, that name.
fn written_as_name(text: &str, head: &[String], whole: &[&str]) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(head.len())
        .enumerate()
        .find_map(|(i, window)| {
            let same = (window.iter().zip(head)).all(|(w, h)| trim_word(w).to_lowercase() == *h);
            let shaped = window.iter().enumerate().all(|(k, w)| {
                let w = trim_word(w);
                let inner = k > 0 && k + 1 < window.len();
                (name_cased(w) && !written_lowercase(w, whole))
                    || (inner && NAME_PARTICLES.contains(&w))
            });
            let place = i > 0 && AT.contains(&trim_word(words[i - 1]).to_lowercase().as_str());
            let name: Vec<&str> = window.iter().map(|w| trim_word(w)).collect();
            (same && shaped && !place).then(|| name.join(" "))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_a_capitals_standfirst_opens_with_is_read_where_a_question_writes_it() {
        let standfirst = "LELÉ DO RIO VOLTA A LISBOA PARA DOIS CONCERTOS.";
        let whole = [
            standfirst,
            "O que liga Lelé do Rio a Lisboa?",
            "Tudo, a música e os amigos.",
        ];
        assert_eq!(
            name_in_capitals(&["", standfirst], &whole).as_deref(),
            Some("Lelé do Rio")
        );
    }

    #[test]
    fn a_place_or_words_never_written_as_a_name_are_no_guest() {
        let standfirst = "SÃO BENTO RECEBE O FESTIVAL EM MAIO.";
        let whole = [standfirst, "Como é cantar em São Bento?", "É bom."];
        assert_eq!(name_in_capitals(&["", standfirst], &whole), None);
        let standfirst = "O FESTIVAL VOLTA EM MAIO.";
        let whole = [standfirst, "O festival volta?", "Volta."];
        assert_eq!(name_in_capitals(&["", standfirst], &whole), None);
    }
}
