//! A pronoun read as the introduction's subject ("…my friend Lena runs a bakery. She bakes
//! rye…"): a sentence opening with a capitalised word is read for a surname there, and "She"
//! opens it the same way. The pronoun stands for someone the paragraph named before it: a name
//! word written inside a sentence (a sentence's first word is capitalised whatever it is),
//! which the text never writes in lowercase and names again elsewhere.

use crate::corpus::name_words::{is_pronoun, name_cased, trim_word, written_lowercase};

/// A name the pronoun stands for is written this many times at least in the file: once in the
/// sentence before the pronoun, and again where the page presents the person.
const MIN_ANTECEDENT_USES: usize = 2;

/// The name a subject `found` by reading sentence openings stands for: `found` itself when it
/// is no pronoun, else the name the pronoun refers to in the introduction (`texts` past the
/// title), else none.
pub(super) fn unless_pronoun(found: String, texts: &[&str], whole: &[&str]) -> Option<String> {
    if !is_pronoun(&found) {
        return Some(found);
    }
    texts
        .iter()
        .skip(1)
        .find_map(|text| antecedent(&found, text, whole))
}

/// The name word `pronoun`, opening a sentence of `text`, stands for: the one person the
/// paragraph names before it, or, when it names several, the one opening the sentence or
/// clause before the pronoun (its subject: "Ana Vidal learned from Rosa Lopes, her neighbour.
/// She…" is Ana Vidal). Several people and no subject among them: no name.
fn antecedent(pronoun: &str, text: &str, whole: &[&str]) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let opens = |i: usize| i == 0 || words[i - 1].ends_with(['.', '!', '?', ':', '"', '”']);
    let at = (0..words.len()).find(|&i| opens(i) && trim_word(words[i]) == pronoun)?;
    let uses = |name: &str| {
        (whole.iter().flat_map(|t| t.split_whitespace()))
            .filter(|w| trim_word(w) == name)
            .count()
    };
    let named = |i: usize| {
        let word = trim_word(words[i]);
        !opens(i)
            && name_cased(word)
            && word.chars().all(char::is_alphabetic)
            && !is_pronoun(word)
            && !written_lowercase(word, whole)
            && uses(word) >= MIN_ANTECEDENT_USES
    };
    let people = people_before(&words[..at], named);
    let last_sentence = (0..at).rev().find(|&i| opens(i)).unwrap_or(0);
    let mut distinct: Vec<&str> = people.iter().map(|p| p.name).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let subject = |p: &&Person| {
        p.start >= last_sentence
            && (opens(p.start) || words[p.start - 1].ends_with(','))
            && !people
                .iter()
                .any(|o| o.start >= last_sentence && o.start < p.start)
    };
    match distinct.as_slice() {
        [one] => Some(one.to_string()),
        _ => people.iter().find(subject).map(|p| p.name.to_string()),
    }
}

/// A person named in a paragraph: a run of capitalised words, read by its last name word.
struct Person<'a> {
    /// Index of the run's first word.
    start: usize,
    /// The run's last word that passes for a name.
    name: &'a str,
}

/// The runs of capitalised words in `words` holding a word `named` accepts, in order; a run
/// ends after a word closing a clause.
fn people_before<'a>(words: &[&'a str], named: impl Fn(usize) -> bool) -> Vec<Person<'a>> {
    let mut people = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut end = i;
        while end < words.len() && name_cased(trim_word(words[end])) {
            end += 1;
            if words[end - 1].ends_with([',', '.', ';', ':', '!', '?']) {
                break;
            }
        }
        if let Some(last) = (i..end).rev().find(|&j| named(j)) {
            people.push(Person {
                start: i,
                name: trim_word(words[last]),
            });
        }
        i = end.max(i + 1);
    }
    people
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pronoun_opening_a_sentence_stands_for_the_name_before_it() {
        let intro = "My old neighbour Tove keeps bees on the roof. She sells the honey.";
        let whole = [intro, "Why bees?", "Tove: they were there first.", "Yes."];
        let texts = ["Meet a beekeeper", intro];
        assert_eq!(
            unless_pronoun("She".into(), &texts, &whole).as_deref(),
            Some("Tove")
        );
        assert_eq!(
            unless_pronoun("Quiroga".into(), &texts, &whole).as_deref(),
            Some("Quiroga")
        );
        // Nobody named before the pronoun: no name at all rather than the pronoun.
        let bare = "She keeps bees on the roof. The honey sells.";
        let whole = [bare, "Why bees?", "They were there first."];
        assert_eq!(unless_pronoun("She".into(), &["Bees", bare], &whole), None);
    }

    #[test]
    fn a_pronoun_after_two_people_stands_for_the_subject_or_for_nobody() {
        let intro = "Ana Vidal learned from Rosa Lopes, her neighbour. She now teaches lace.";
        let whole = [intro, "Who taught you?", "Vidal: Rosa did.", "Lopes: Yes."];
        assert_eq!(
            unless_pronoun("She".into(), &["Lace", intro], &whole).as_deref(),
            Some("Vidal")
        );
        // Two people, neither the subject: no name rather than the nearest one.
        let intro = "The lace of Ana Vidal won, like that of Rosa Lopes. She now teaches.";
        let whole = [intro, "Who taught you?", "Vidal: Rosa did.", "Lopes: Yes."];
        assert_eq!(unless_pronoun("She".into(), &["Lace", intro], &whole), None);
    }
}
