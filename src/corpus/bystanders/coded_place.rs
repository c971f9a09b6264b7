//! A town written with its region's postal code ("Tallow Ford, AR", "Wren Gap, SD"), as
//! headlines of local news set it before an official's job and name ("Tallow Ford, AR Mayor
//! Dana Kirk"), is no person. A person's name is written so too, with a degree or an office
//! after it ("Ana Ruiz, MP"), and both are written as attributes ("a Tallow Ford school
//! board", "the Ana Ruiz campaign"); what tells the town is the job and name after its code:
//! a word the text also writes in lowercase, as a common noun ("the mayor"), then a name.

use super::{blank, capital_runs};
use crate::corpus::name_words::{
    holds_address_mark, trim_word, written_lowercase_as, Spelling, INDEFINITE_ARTICLES,
};

/// A region's postal code has this many capital letters ("SD", "NSW").
const CODE_LETTERS: std::ops::RangeInclusive<usize> = 2..=3;

/// Blanks each run of capitals followed by ", ", a region's code and a job and name
/// ([`job_and_name_after`]), when `whole` also writes the run after an article and before a
/// lowercase word.
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
        let job = coded && job_and_name_after(&words[run.end + 1..], whole);
        if job && is_attribute(&name.join(" "), whole) {
            words[run.start..=run.end].iter_mut().for_each(blank);
        }
    }
}

/// True when `after` (the words after a region's code) opens with a capitalised job the text
/// also writes in lowercase ("Mayor", "the mayor") followed by a capitalised name ("Dana").
fn job_and_name_after(after: &[String], whole: &[&str]) -> bool {
    let capital = |w: &String| w.starts_with(char::is_uppercase);
    let (Some(job), Some(name)) = (after.first(), after.get(1)) else {
        return false;
    };
    let job = trim_word(job);
    let common = written_lowercase_as(job, whole, Spelling::WholeWord, holds_address_mark);
    job.starts_with(char::is_uppercase) && common && capital(name)
}

/// True when some text writes `name` after an article and before a lowercase word ("a Tallow
/// Ford school board").
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
        let title = "Episode 4: Tallow Ford, AR Mayor Dana Kirk";
        let whole = [
            title,
            "I sat in on a Tallow Ford school board meeting with the mayor.",
        ];
        let text = blanked(title, &whole);
        assert!(!text.contains("Tallow"), "{text}");
        assert!(text.contains("Dana Kirk"), "{text}");
    }

    #[test]
    fn a_person_with_a_degree_stays() {
        let title = "Dana Kirk, MD on sleep";
        let whole = [title, "Dana Kirk sees patients at night."];
        assert_eq!(blanked(title, &whole), title);
    }

    #[test]
    fn a_person_with_an_office_written_as_an_attribute_stays() {
        let title = "Ana Ruiz, MP on the harbour bill";
        let whole = [title, "I joined the Ana Ruiz campaign as a volunteer."];
        assert_eq!(blanked(title, &whole), title);
        let title = "Ana Ruiz, MP Speaks";
        let whole = [title, "The Ana Ruiz campaign speaks for itself."];
        assert_eq!(blanked(title, &whole), title, "no job after the code");
    }
}
