//! A byline ("By Hannah Reid, Field & Climate", "Entrevista realizada por Rita Pais"): the
//! page names its writer or interviewer in a line of its own, which is no one's answer but does
//! say who asked the questions.

use super::strip_emphasis;
use crate::corpus::markup::linked_words;

/// The name in a byline has at most this many capitalised words ("Maria da Silva Costa", "Ana
/// Lima and Rui Sal").
const MAX_BYLINE_NAME_WORDS: usize = 4;

/// Words that open a byline, lowercase.
const BYLINE_OPENINGS: &[&str] = &[
    "by",
    "por",
    "interview by",
    "interviewed by",
    "conducted by",
    "interview conducted by",
    "entrevista realizada por",
    "entrevista conduzida por",
    "words by",
    "text by",
    "entrevista de",
    "entrevista por",
    "entrevistada por",
    "entrevistado por",
    "entrevistadas por",
    "entrevistados por",
    "texto de",
    "reportagem de",
    "written by",
    "escrito por",
    "author:",
    "autor:",
    "autora:",
];

/// The name in a byline ("By Hannah Reid, Field & Climate" gives "Hannah Reid"), if `line` is one.
pub fn byline_name(line: &str) -> Option<String> {
    let plain = strip_emphasis(line.trim()).replace("**", "");
    let lower = plain.to_lowercase();
    let opening = BYLINE_OPENINGS
        .iter()
        .filter(|o| lower.starts_with(&format!("{o} ")))
        .max_by_key(|o| o.len())?;
    let rest = &plain[opening.len()..];
    let rest = linked_words(rest).unwrap_or(rest);
    let name_part = rest
        .split(['|', ',', '·', '•', '(', '*', '–', '—', ';'])
        .next()
        .unwrap_or_default()
        .trim();
    let words: Vec<&str> = name_part.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    // One lowercase word may join two people ("Ana Lima and Rui Sal") or sit in a name ("da").
    let named = words.iter().filter(|w| capitalised(w)).count();
    let name_shaped = (1..=MAX_BYLINE_NAME_WORDS).contains(&named)
        && capitalised(&words[0])
        && named + 1 >= words.len()
        && !name_part.ends_with(['.', '?', '!']);
    name_shaped.then(|| name_part.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_give_the_name() {
        assert_eq!(
            byline_name("Autor: Pedro Alves").as_deref(),
            Some("Pedro Alves")
        );
        assert_eq!(
            byline_name("Entrevistada por Rita Pais").as_deref(),
            Some("Rita Pais")
        );
        assert_eq!(
            byline_name("Por Mariana Freitas, de Santarém (PA)").as_deref(),
            Some("Mariana Freitas")
        );
        assert_eq!(byline_name("By the river.").as_deref(), None);
        assert_eq!(
            byline_name("By [Ana Lima](https://example.org/ana)").as_deref(),
            Some("Ana Lima")
        );
        assert_eq!(
            byline_name("Conducted by Ana Lima and Rui Sal, Harbour Press, May 2014").as_deref(),
            Some("Ana Lima and Rui Sal")
        );
    }
}
