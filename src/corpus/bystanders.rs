//! Capitalised words of a title or introduction that name no one who could be interviewed: a
//! photo credit ("Photo: Name / Agency", "Courtesy of Name"), a club or a company (a run of
//! capitals holding its legal or sporting form: "FC", "Club", "S.A.", "Inc.") and a place (the
//! run right after "in", "en", "em"), a work's title set in italics, a short form in brackets,
//! and a sentence's first word before a name written elsewhere without it ("Meet Ana Ruiz").
//! They are blanked out before the person is looked for, so a credited photographer, a team,
//! a town, a game or a course ([`title_case`]) is never taken for the interviewee. A nickname in quotation marks between
//! a first name and a surname is taken out so the name reads whole.
//!
//! Clubs, companies and places are read here; each other kind has a module of its own:
//! [`credits`] (photo credits), [`marks`] (italics, nicknames in quotes, short forms in
//! brackets), [`openers`] (a sentence's first word), [`former`] ("ex-"), [`relations`] (a
//! relative or an accompanist named through the guest), [`venues`] (streets and halls) and
//! [`title_case`].

mod coded_place;
mod credits;
mod former;
mod marks;
mod openers;
mod relations;
mod title_case;
mod venues;

pub use openers::without_openers;
pub use relations::{is_kin, is_kin_word};

use std::ops::Range;

use super::labels::NAME_PARTICLES;
use super::name_words::{capitalised_past_quotes, is_possessive};
use super::reported::is_lowercase_particle;
use credits::blank_credits;
use marks::{blank_bracketed, blank_italics, drop_nicknames};
use openers::{written_alone, MIN_NAME_WORDS_AFTER_OPENER};

/// What stands where a blanked run was: no name word, no clause end.
const BLANK: &str = "—";

/// The legal or sporting form an organisation's name carries, dots removed ("S.A." is "SA"):
/// a run of capitals holding one names a club or a company, never a person.
const ORGANISATION_FORMS: &[&str] = &[
    "FC", "CF", "SC", "AC", "AFC", "Club", "Clube", "Inc", "SA", "Ltd", "Ltda", "LLC", "GmbH",
    "Corp", "PLC", "SL", "SAS", "AG",
];

/// Prepositions of place (English, Spanish, Portuguese) that a town or a region follows and a
/// person's name does not: "in Santa Clara", "en Puerto Escondido", "em Vila Nova", "desde".
/// Portuguese "no", "na" are left out: they also set the article before a person ("confia no
/// João", "pensei na Ana").
const PLACE_PREPOSITIONS: &[&str] = &["in", "en", "em", "at", "desde"];

/// `text` with its credits, organisations and places blanked out (see the module doc); `whole`
/// is every text of the interview, where a name after a place's opener is written alone.
pub fn without_bystanders(text: &str, whole: &[&str]) -> String {
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    drop_nicknames(&mut words);
    former::blank_former(&mut words);
    relations::blank_relations(&mut words);
    venues::blank_venues(&mut words);
    blank_italics(&mut words);
    blank_credits(&mut words);
    blank_organisations(&mut words);
    blank_places(&mut words, whole);
    coded_place::blank_coded_places(&mut words, whole);
    blank_bracketed(&mut words);
    title_case::blank_titles(&mut words, whole);
    words.join(" ")
}

/// `text` with its photo credits blanked out: a headline in Title Case capitalises every word,
/// so runs of capitals there say nothing of clubs or places.
pub fn without_credits(text: &str) -> String {
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    blank_credits(&mut words);
    words.join(" ")
}

/// The word without brackets and quotation marks around it, lowercase.
fn bare_lower(word: &str) -> String {
    word.trim_start_matches(['(', '[', '“', '"', '‘', '«'])
        .to_lowercase()
}

/// Ends the clause a name stands in: a name does not run past it.
pub(super) fn ends_clause(word: &str) -> bool {
    word.ends_with([',', '.', ';', ':', '?', '!', ')', ']', '”', '"'])
}

/// Replaces the word with [`BLANK`], keeping the punctuation after it (a comma still sets off
/// what follows).
pub(super) fn blank(word: &mut String) {
    let letters = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let tail = word[letters.len()..].to_string();
    *word = format!("{BLANK}{tail}");
}

/// The end (exclusive) of the run of capitalised words and particles starting at `start`,
/// stopping after a word that ends a clause and before one that opens a bracket.
pub(super) fn run_end(words: &[String], start: usize) -> usize {
    let mut i = start;
    while i < words.len() {
        let particle = NAME_PARTICLES.contains(&words[i].to_lowercase().as_str());
        // A bracket opens an aside ("Ana Ruiz (Arenal FC)"), no part of the run before it.
        let aside = i > start && words[i].starts_with('(');
        if !(capitalised_past_quotes(&words[i]) || particle && i > start) || aside {
            break;
        }
        i += 1;
        if ends_clause(&words[i - 1]) {
            break;
        }
    }
    // A run does not end on a particle.
    while i > start && NAME_PARTICLES.contains(&words[i - 1].to_lowercase().as_str()) {
        i -= 1;
    }
    i
}

/// The runs of capitals in `words` (see [`run_end`]), in order, each of one word at least.
/// Blanking inside a run leaves the runs after it as they were, so a reader may blank as it
/// goes through them.
pub(super) fn capital_runs(words: &[String]) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !capitalised_past_quotes(&words[i]) {
            i += 1;
            continue;
        }
        let end = run_end(words, i).max(i + 1);
        runs.push(i..end);
        i = end;
    }
    runs
}

/// Blanks each run of capitals that holds an organisation's form ("Deportivo Arenal FC"), from
/// after the last lowercase particle before the form: "Ana Ruiz of Arenal FC" keeps the person.
fn blank_organisations(words: &mut [String]) {
    for Range { start: i, end } in capital_runs(words) {
        let form = words[i..end].iter().position(|w| {
            let bare: String = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .filter(|c| *c != '.')
                .collect();
            ORGANISATION_FORMS.contains(&bare.as_str())
        });
        if let Some(form) = form {
            let start = (words[i..i + form].iter())
                .rposition(|w| is_lowercase_particle(w))
                .map_or(i, |p| i + p + 1);
            words[start..end].iter_mut().for_each(blank);
        }
    }
}

/// Blanks the run of capitals right after a preposition of place ("en Puerto Escondido"),
/// unless it is a possessor ("at Ana Ruiz’s studio": a person owns it). A name the text writes
/// alone elsewhere stays ("In March Ana Ruiz opened…" beside "Ana Ruiz kneads…"): only the
/// words before it go.
fn blank_places(words: &mut [String], whole: &[&str]) {
    for i in 0..words.len().saturating_sub(1) {
        let preposition = PLACE_PREPOSITIONS.contains(&bare_lower(&words[i]).as_str());
        if !preposition || ends_clause(&words[i]) || !capitalised_past_quotes(&words[i + 1]) {
            continue;
        }
        let end = run_end(words, i + 1);
        if words[i + 1..end].iter().any(|w| is_possessive(w)) {
            continue;
        }
        let name_from = (i + 2..end.saturating_sub(MIN_NAME_WORDS_AFTER_OPENER - 1))
            .find(|&j| written_alone(&words[j..end], &words[j - 1], whole))
            .unwrap_or(end);
        words[i + 1..name_from].iter_mut().for_each(blank);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn without_bystanders_alone(text: &str) -> String {
        without_bystanders(text, &[text])
    }

    #[test]
    fn a_person_before_the_club_keeps_the_name() {
        for text in [
            "Ana Ruiz of Arenal FC talks about the final.",
            "Rubén Okonkwo do Clube Atlético fala da final.",
            "Goalkeeper Ana Ruiz (Arenal FC) talks about the final.",
        ] {
            let blanked = without_bystanders_alone(text);
            assert!(
                !blanked.contains("Arenal") && !blanked.contains("Clube"),
                "{blanked}"
            );
            assert!(
                blanked.contains("Ana Ruiz") || blanked.contains("Rubén Okonkwo"),
                "{blanked}"
            );
        }
    }

    #[test]
    fn a_person_after_a_date_or_a_portuguese_article_is_no_place() {
        let text = "In March Ana Ruiz opened her bakery.";
        let whole = [text, "Ana Ruiz kneads at dawn."];
        let blanked = without_bystanders(text, &whole);
        assert!(blanked.starts_with("In — Ana Ruiz opened"), "{blanked}");
        let text = "A cidade confia no João Pereira e pensei na Ana.";
        let blanked = without_bystanders_alone(text);
        assert!(blanked.contains("no João Pereira"), "{blanked}");
        assert!(blanked.contains("na Ana."), "{blanked}");
        // A place the text writes nowhere else goes whole.
        let text = "She grew up in Santa Clara.";
        assert!(!without_bystanders_alone(text).contains("Clara"));
    }

    #[test]
    fn photo_credits_are_blanked_with_the_names_they_give() {
        let text = without_bystanders_alone("Photo: Oriol Mendaña / Valley Press Agency");
        assert!(!text.contains("Oriol"), "{text}");
        let text = without_bystanders_alone(
            "The workshop in winter (Photo courtesy of Lena Ostrova) where Ida Brenn binds books.",
        );
        assert!(!text.contains("Lena Ostrova"), "{text}");
        assert!(text.contains("Ida Brenn"), "{text}");
        let text = without_bystanders_alone(
            "The _kneading_ photo courtesy of [Lena Ostrova](https://x.org).",
        );
        assert!(!text.contains("Lena"), "{text}");
        let text = without_bystanders_alone(
            "Crédito: Jonas Prado/Agência Sul. A ceramista Lívia Antunes.",
        );
        assert!(!text.contains("Jonas"), "{text}");
        assert!(text.contains("Lívia Antunes"), "{text}");
        // A photo of someone, mid-sentence, is no credit.
        let text = without_bystanders_alone("Guardo uma foto de Rita Sales no meu quarto.");
        assert!(text.contains("Rita Sales"), "{text}");
    }

    #[test]
    fn works_in_italics_and_nicknames_do_not_hide_or_make_names() {
        let text = without_bystanders_alone(
            "We talk with Ivo \"Kite9\" Lund about his game [*Salt Road*](https://x.org/s).",
        );
        assert!(text.contains("Ivo Lund"), "{text}");
        assert!(!text.contains("Salt"), "{text}");
        // An italic standfirst is no title: the person it names stays.
        for standfirst in [
            "_Ana Ruiz talks bread and family._",
            "_Ana Ruiz talks bread and family_",
            "Our guest this week. *Ana Ruiz talks bread.* Enjoy.",
        ] {
            let text = without_bystanders_alone(standfirst);
            assert!(text.contains("Ana Ruiz"), "{text}");
        }
    }

    #[test]
    fn runs_of_capitals_are_read_in_order_each_to_the_end_of_its_clause() {
        let words: Vec<String> = "met Ana de Souza, then Rui in Lisbon"
            .split_whitespace()
            .map(String::from)
            .collect();
        assert_eq!(capital_runs(&words), [1..4, 5..6, 7..8]);
    }

    #[test]
    fn clubs_companies_and_places_are_blanked() {
        let text = without_bystanders_alone(
            "Deportivo Arenal FC reached the final. Its captain, Rubén Okonkwo, grew up in Santa Clara.",
        );
        assert!(!text.contains("Arenal"), "{text}");
        assert!(!text.contains("Santa Clara"), "{text}");
        assert!(text.contains("Rubén Okonkwo,"), "{text}");
        let text =
            without_bystanders_alone("Trabaja en Vidrios Norte S.A. desde 2001 con Ada Moss.");
        assert!(!text.contains("Vidrios"), "{text}");
        assert!(text.contains("Ada Moss"), "{text}");
        // A short form in brackets does not lengthen the name before it.
        let text = without_bystanders_alone("Ivo Lund wrote Salt Tide Player (STPlayer) alone.");
        assert!(text.contains("Player —)"), "{text}");
        // A person owning the place keeps their name.
        let text = without_bystanders_alone("We met at Ada Moss’s studio.");
        assert!(text.contains("Ada Moss’s"), "{text}");
    }
}
