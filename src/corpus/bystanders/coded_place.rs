//! A town written with its region's postal code ("Hot Springs, SD", "Pine Bluff, AR"), as
//! headlines of local news set it before an official's job and name, is no person: the text
//! confirms it when it also writes the run as an attribute after an article ("a Pine Bluff
//! school board meeting"), which journalism does with places, never with people.

use super::{blank, capital_runs};
use crate::corpus::name_words::{trim_word, INDEFINITE_ARTICLES};

/// A region's postal code has this many capital letters ("SD", "NSW").
const CODE_LETTERS: std::ops::RangeInclusive<usize> = 2..=3;

/// Blanks each run of capitals followed by ", " and a region's code, when `whole` also writes
/// the run after an article and before a lowercase word.
pub fn blank_coded_places(words: &mut [String], whole: &[&str]) {
    for run in capital_runs(words) {
        let last = &words[run.end - 1];
        let code = words.get(run.end).map(|w| trim_word(w));
        let coded = last.ends_with(',')
            && code.is_some_and(|c| {
                CODE_LETTERS.contains(&c.chars().count())
                    && c.chars().all(|c| c.is_ascii_uppercase())
            });
        let name: Vec<&str> = words[run.clone()].iter().map(|w| trim_word(w)).collect();
        if coded && is_attribute(&name.join(" "), whole) {
            words[run.start..=run.end].iter_mut().for_each(blank);
        }
    }
}

/// True when some text writes `name` after an article and before a lowercase word ("a Pine
/// Bluff school board").
fn is_attribute(name: &str, whole: &[&str]) -> bool {
    whole.iter().any(|text| {
        text.match_indices(name).any(|(at, _)| {
            let before = text[..at]
                .split_whitespace()
                .next_back()
                .unwrap_or_default();
            let after = text[at + name.len()..].split_whitespace().next();
            let article = INDEFINITE_ARTICLES.contains(&before) || before == "the";
            article && after.is_some_and(|w| w.starts_with(char::is_lowercase))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(text: &str, whole: &[&str]) -> String {
        let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
        blank_coded_places(&mut words, whole);
        words.join(" ")
    }

    #[test]
    fn a_town_with_its_region_code_is_no_person() {
        let title = "Episode 4: Pine Bluff, AR Mayor Dana Kirk";
        let whole = [title, "I sat in on a Pine Bluff school board meeting."];
        let text = blanked(title, &whole);
        assert!(!text.contains("Pine"), "{text}");
        assert!(text.contains("Dana Kirk"), "{text}");
    }

    #[test]
    fn a_person_with_a_degree_stays() {
        let title = "Dana Kirk, MD on sleep";
        let whole = [title, "Dana Kirk sees patients at night."];
        assert_eq!(blanked(title, &whole), title);
    }
}
