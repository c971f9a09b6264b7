//! Verbs that are grammar inside a periphrasis: Spanish "tener que ver" and Portuguese "ter a
//! ver", "ter que ver" (to have to do with: "¿qué tiene que ver la iglesia?", whose "ver" is
//! not seeing), and "andar" before another verb, the continuous of Portugal ("anda a
//! escrever", he is writing) and of both languages ("anda buscando", "anda fazendo"), and the
//! Brazilian "dá para" before a verb (one can: "dá pra resumir a física?"), which frames a
//! question as "pode" does.
//! Read as content, "ver" weighed as a rare word every answer about the church lacked, and
//! "anda" as a walk.

use super::phrases::{next_word, previous_word};
use super::Language;

/// Spanish forms of "tener" before "que ver", folded.
const SPANISH_TENER: &[&str] = &[
    "tener", "tiene", "tienen", "tengo", "tienes", "tenemos", "tenia", "tenian", "tuvo",
    "tuvieron", "tendra", "tendria", "tenga", "tengan", "tenido",
];

/// Portuguese forms of "ter" before "a ver" or "que ver", folded.
const PORTUGUESE_TER: &[&str] = &[
    "ter", "tem", "teem", "tenho", "temos", "tinha", "tinham", "teve", "tiveram", "tera", "teria",
    "tenha", "tenham", "tido",
];

/// Forms of "andar" (both languages), folded.
const ANDAR: &[&str] = &[
    "ando", "andas", "anda", "andamos", "andan", "andam", "andaba", "andaban", "andava", "andavam",
    "andaria",
];

/// Portuguese forms of "dar" that mean "it is possible" before "para" and a verb, as written.
const PORTUGUESE_POSSIBLE: &[&str] = &["dá", "dava", "daria", "deu", "dará"];

/// The prepositions of "dá para", as written in speech too ("dá pra").
const PORTUGUESE_FOR: &[&str] = &["para", "pra"];

/// Whether `word` (lowercased), found at `start..end` of `text`, is a verb that is grammar
/// in its phrase: the "ver" of "tener que ver", "andar" before a verb, "dá para" before a
/// verb.
pub(super) fn is_auxiliary(
    language: Language,
    word: &str,
    text: &str,
    start: usize,
    end: usize,
) -> bool {
    match language {
        Language::Es => {
            ends_having_to_do(word, text, start, &["que"], SPANISH_TENER)
                || walks_before_a_verb(word, text, end, false)
        }
        Language::Pt => {
            ends_having_to_do(word, text, start, &["a", "que"], PORTUGUESE_TER)
                || walks_before_a_verb(word, text, end, true)
                || is_possible_before_a_verb(word, text, end)
        }
        Language::En | Language::Neutral => false,
    }
}

/// "ver" after one of `links` after a form of `having`.
fn ends_having_to_do(
    word: &str,
    text: &str,
    start: usize,
    links: &[&str],
    having: &[&str],
) -> bool {
    if word != "ver" {
        return false;
    }
    let Some(link) = previous_word(text, start) else {
        return false;
    };
    if !links.iter().any(|l| l.eq_ignore_ascii_case(link)) {
        return false;
    }
    let link_start = offset_in(text, link);
    previous_word(text, link_start).is_some_and(|verb| having.contains(&folded(verb).as_str()))
}

/// A form of "andar" before a gerund, or in Portuguese before "a" and an infinitive.
fn walks_before_a_verb(word: &str, text: &str, end: usize, portuguese: bool) -> bool {
    if !ANDAR.contains(&folded(word).as_str()) {
        return false;
    }
    let Some(next) = next_word(text, end) else {
        return false;
    };
    if is_gerund(next) {
        return true;
    }
    let after = offset_in(text, next) + next.len();
    portuguese
        && next.eq_ignore_ascii_case("a")
        && next_word(text, after).is_some_and(is_infinitive)
}

/// "dá para" (or "dá pra") and an infinitive: "dá pra resumir", not "dá para ele".
fn is_possible_before_a_verb(word: &str, text: &str, end: usize) -> bool {
    if !PORTUGUESE_POSSIBLE.contains(&word) {
        return false;
    }
    let Some(next) = next_word(text, end) else {
        return false;
    };
    let after = offset_in(text, next) + next.len();
    PORTUGUESE_FOR.iter().any(|p| p.eq_ignore_ascii_case(next))
        && next_word(text, after).is_some_and(is_infinitive)
}

/// Whether `word` ends like a gerund ("buscando", "haciendo", "leyendo", "fazendo", and the
/// gerunds of short roots, "lendo", "dando", "rindo").
fn is_gerund(word: &str) -> bool {
    let word = folded(word);
    ["ando", "endo", "indo"]
        .iter()
        .any(|e| word.len() > e.len() && word.ends_with(e))
}

/// Whether `word` ends like an infinitive ("escrever", "fazer", "pensar", "ir").
fn is_infinitive(word: &str) -> bool {
    let word = folded(word);
    word == "ir"
        || ["ar", "er", "ir"]
            .iter()
            .any(|e| word.len() > 3 && word.ends_with(e))
}

/// Byte offset of `part`, a slice of `text`, in `text`.
fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// `word` lowercased without the accents these lists need ("tenía", "terá", "têm").
fn folded(word: &str) -> String {
    word.to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ã' => 'a',
            'é' | 'ê' => 'e',
            'í' => 'i',
            'ó' | 'ô' | 'õ' => 'o',
            'ú' => 'u',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms};
    use super::*;

    #[test]
    fn having_to_do_with_sees_nothing() {
        assert_same_terms(
            Language::Es,
            &[("¿Y qué tiene que ver la iglesia en todo esto?", "iglesia")],
        );
        assert_same_terms(
            Language::Pt,
            &[
                ("O que isso tem a ver com a igreja?", "igreja"),
                ("tem que ver com a seca", "seca"),
            ],
        );
        assert_eq!(test_terms(Language::Es, "quiero ver la obra").len(), 2);
        assert_eq!(test_terms(Language::Pt, "vai ver a obra").len(), 2);
    }

    #[test]
    fn walking_before_a_verb_is_its_continuous() {
        assert_same_terms(
            Language::Pt,
            &[
                ("e o que é que ele anda a escrever agora?", "escrever agora"),
                ("anda fazendo shows", "fazendo shows"),
                ("o que ele anda lendo?", "lendo"),
            ],
        );
        assert_same_terms(
            Language::Es,
            &[("anda buscando trabajo", "buscando trabajo")],
        );
        assert_eq!(test_terms(Language::Pt, "ele anda a pé").len(), 2);
        assert_eq!(test_terms(Language::Es, "anda mucho").len(), 1);
    }

    #[test]
    fn it_is_possible_to_frames_a_question() {
        assert_same_terms(
            Language::Pt,
            &[(
                "professor, dá pra resumir a física?",
                "professor resumir física",
            )],
        );
        assert_eq!(
            test_terms(Language::Pt, "dá para ele"),
            test_terms(Language::Pt, "dar")
        );
    }
}
