//! Speakers introduced by their first name once and by its initial afterwards
//! (`Ann: …`, `Hal: …`, then `A: …`, `H: …`). A letter that is also a role label (`A`
//! for answer, `P` for pergunta) then names a person: when every one-letter label of the file
//! is the initial of exactly one first-name label written before it, the letters stand for
//! those names, whatever roles they would otherwise say.

use super::reading::Para;
use super::roles::is_generic;

/// A one-letter label must recur this often to be a speaker's shortened name.
const MIN_INITIAL_USES: usize = 2;

/// Both sides of a conversation are shortened: this many letters at least, so a lone `A:`
/// answering unlabelled questions keeps its meaning.
const MIN_SHORTENED_SPEAKERS: usize = 2;

/// A first name used as a label is at most this many characters.
const MAX_FIRST_NAME_CHARS: usize = 20;

/// The word before a colon opening `text` (emphasis around it allowed): `Ann: …`,
/// `**H:** …`. One word of letters only.
pub fn colon_word(text: &str) -> Option<&str> {
    let text = text.trim_start().trim_start_matches(['*', '_']);
    let colon = text.find(':')?;
    let word = text[..colon].trim_end_matches(['*', '_']).trim();
    let letters = !word.is_empty()
        && word.chars().count() <= MAX_FIRST_NAME_CHARS
        && word.chars().all(char::is_alphabetic)
        && word.chars().next().is_some_and(char::is_uppercase);
    letters.then_some(word)
}

/// Letter → first name, for the labels of a file in reading order (`None` for a paragraph
/// without a label). Empty unless every recurring one-letter label stands for one name.
pub fn initial_names<'a>(labels: &[Option<&'a str>]) -> Vec<(&'a str, &'a str)> {
    let mut letters: Vec<(&str, usize, usize)> = Vec::new();
    for (i, label) in labels.iter().enumerate() {
        let Some(label) = label.filter(|l| l.chars().count() == 1) else {
            continue;
        };
        match letters.iter_mut().find(|(l, _, _)| *l == label) {
            Some((_, uses, _)) => *uses += 1,
            None => letters.push((label, 1, i)),
        }
    }
    letters.retain(|(_, uses, _)| *uses >= MIN_INITIAL_USES);
    let names = |letter: &str, before: usize| -> Vec<&'a str> {
        let mut found: Vec<&str> = labels[..before]
            .iter()
            .flatten()
            .copied()
            .filter(|l| l.chars().count() > 1 && l.starts_with(letter) && !is_generic(l))
            .collect();
        found.dedup();
        found
    };
    let mapped: Vec<(&str, &str)> = letters
        .iter()
        .filter_map(
            |&(letter, _, first)| match names(letter, first).as_slice() {
                [only] => Some((letter, *only)),
                _ => None,
            },
        )
        .collect();
    if mapped.len() < MIN_SHORTENED_SPEAKERS || mapped.len() < letters.len() {
        return Vec::new();
    }
    mapped
}

/// Writes the first name for each one-letter label that stands for it, so the file's labels
/// are counted per person (`A: …` becomes `Ann: …`).
pub fn expand_initial_labels(paras: &mut [Para]) {
    let labels: Vec<Option<&str>> = paras.iter().map(|p| colon_word(&p.text)).collect();
    let mapped: Vec<(String, String)> = initial_names(&labels)
        .into_iter()
        .map(|(l, n)| (l.to_string(), n.to_string()))
        .collect();
    for para in paras.iter_mut() {
        let Some(letter) = colon_word(&para.text) else {
            continue;
        };
        if let Some((_, name)) = mapped.iter().find(|(l, _)| l == letter) {
            let colon = para.text.find(':').unwrap_or_default();
            let body = para.text[colon + 1..].trim_start_matches(['*', '_']).trim();
            para.text = format!("{name}: {body}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Para {
        Para {
            text: text.to_string(),
            line: 1,
            after_break: false,
            after_separator: false,
            quoted: false,
            under_previous: false,
        }
    }

    #[test]
    fn initials_after_first_names_name_those_speakers() {
        let mut paras: Vec<Para> = [
            "Ann: Hello, I am here with Hal.",
            "Hal: Hi.",
            "A: What do you draw?",
            "H: Covers.",
            "**A:** Why covers?",
            "H: Nobody else would.",
        ]
        .map(para)
        .to_vec();
        expand_initial_labels(&mut paras);
        assert_eq!(paras[2].text, "Ann: What do you draw?");
        assert_eq!(paras[4].text, "Ann: Why covers?");
        assert_eq!(paras[5].text, "Hal: Nobody else would.");
    }

    #[test]
    fn role_letters_without_first_names_keep_their_meaning() {
        let mut paras: Vec<Para> = ["Q: Why?", "A: Because.", "Q: When?", "A: Now."]
            .map(para)
            .to_vec();
        expand_initial_labels(&mut paras);
        assert_eq!(paras[1].text, "A: Because.");
        // One side shortened only: `A` may still be the answer label.
        let labels = [Some("Ann"), Some("A"), Some("Q"), Some("A"), Some("Q")];
        assert!(initial_names(&labels).is_empty());
    }
}
