//! The headline's runs of capitals that name no one who could be interviewed: in Title Case
//! only credits tell (every word is capitalised); otherwise clubs, companies and places as in
//! the introduction ([`without_bystanders`]), a run the text writes after an article or in
//! italics (a series, a page, a work), and a run never written again that is no verb's subject.

use super::bystanders::{blank, ends_clause, run_end, without_bystanders, without_credits};
use super::name_words::{after_article, trim_word, without_possessive};

/// A headline in Title Case: every word of this many letters or more is capitalised.
const MIN_TITLE_CASE_LETTERS: usize = 4;

/// Title Case is told by this many long words at least: one capitalised long word may be a
/// name or the headline's first word.
const MIN_TITLE_CASE_WORDS: usize = 2;

/// A headline run is weighed as a name or a thing from this many words: a single capitalised
/// word is a headline's first word, a surname or an acronym as often as a name.
const MIN_RUN_WORDS: usize = 2;

/// The headline with its bystanders blanked out: only its credits when it is in Title Case,
/// where every word is capitalised and runs of capitals say nothing of clubs or places.
pub fn headline_without_bystanders(title: &str, whole: &[&str]) -> String {
    let long: Vec<&str> = (title.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().count() >= MIN_TITLE_CASE_LETTERS)
        .collect();
    let title_case = long.len() >= MIN_TITLE_CASE_WORDS
        && long.iter().all(|w| w.starts_with(char::is_uppercase));
    if title_case {
        without_credits(title)
    } else {
        without_bystanders(title, whole)
    }
}

/// The headline with every run of two capitalised words or more blanked out when the rest of
/// the text never writes its last word again and no verb follows it: a person the headline
/// names is named again (in full or by the surname) or is the subject of its verb ("Lia Moura
/// fala sobre…"), a phrase of the headline ("…, wind and Old Harbour Road") is neither.
pub fn headline_without_unrepeated(title: &str, whole: &[&str]) -> String {
    let mut words: Vec<String> = title.split_whitespace().map(str::to_string).collect();
    let rest: Vec<&&str> = whole.iter().filter(|t| !t.contains(title.trim())).collect();
    let bare = |w: &str| without_possessive(trim_word(w)).to_string();
    let mut i = 0;
    while i < words.len() {
        let end = run_end(&words, i).max(i + 1);
        let last = bare(&words[end - 1]);
        let again = (rest.iter().flat_map(|t| t.split_whitespace())).any(|w| bare(w) == last);
        let subject = !ends_clause(&words[end - 1])
            && words
                .get(end)
                .is_some_and(|w| w.starts_with(char::is_lowercase));
        if end - i >= MIN_RUN_WORDS && !again && !subject {
            words[i..end].iter_mut().for_each(blank);
        }
        i = end;
    }
    words.join(" ")
}

/// The headline with every run of two capitalised words or more blanked out that the rest of
/// the text writes after an article ("the introduction of the Harbour Showcase page"):
/// journalism sets no article before a person's name, so the run names a series, a page or
/// an institution.
pub fn headline_without_things(title: &str, whole: &[&str]) -> String {
    let mut words: Vec<String> = title.split_whitespace().map(str::to_string).collect();
    let rest: Vec<&&str> = whole.iter().filter(|t| !t.contains(title.trim())).collect();
    let mut i = 0;
    while i < words.len() {
        let end = run_end(&words, i).max(i + 1);
        let run: Vec<String> = words[i..end]
            .iter()
            .map(|w| trim_word(w).to_string())
            .collect();
        let run = run.join(" ");
        let thing = |t: &&&str| after_article(&run, t) || in_italics(&run, t);
        if words[i..end].len() >= MIN_RUN_WORDS && rest.iter().any(thing) {
            words[i..end].iter_mut().for_each(blank);
        }
        i = end;
    }
    words.join(" ")
}

/// `text` sets `name` in italics, as a work's title is set ("*The Salt Road*").
fn in_italics(name: &str, text: &str) -> bool {
    ["*", "_"].iter().any(|mark| {
        text.contains(&format!("{mark}{name}{mark}"))
            && !text.contains(&format!("{mark}{mark}{name}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_run_never_named_again_is_blanked() {
        let title = "Salt, wind and Old Harbour Road";
        let whole = [title, "Fernanda Lisle keeps the light.", "Lisle: yes."];
        assert!(!headline_without_unrepeated(title, &whole).contains("Harbour"));
        let whole = [
            title,
            "The Harbour Road floods.",
            "Fernanda Lisle keeps it.",
        ];
        assert!(headline_without_unrepeated(title, &whole).contains("Old Harbour Road"));
        // The subject of the headline's verb stays, and so does a possessor named again.
        let title = "Na estrada: Lia Moura fala sobre o disco";
        let whole = [title, "A cantora grava com Tiago Marvão."];
        assert!(headline_without_unrepeated(title, &whole).contains("Lia Moura"));
        let title = "Lena Brandt’s bid for the mayoralty";
        let whole = [title, "Ms. Brandt ran the water board."];
        assert!(headline_without_unrepeated(title, &whole).contains("Lena Brandt"));
        // In Title Case only credits go.
        assert!(headline_without_bystanders("Ada Moss Joins Arenal FC", &[]).contains("Arenal"));
        assert!(!headline_without_bystanders("Ada Moss joins Arenal FC", &[]).contains("Arenal"));
    }

    #[test]
    fn a_headline_run_written_after_an_article_is_blanked() {
        let title = "Kite Showcase - The Salt Road maker talks";
        let whole = [
            title,
            "Another interview for the Kite Showcase page, with Ivo Lund.",
        ];
        let blanked = headline_without_things(title, &whole);
        assert!(!blanked.contains("Kite"), "{blanked}");
        let whole = [title, "Kite Showcase is our page, with Ivo Lund."];
        assert!(headline_without_things(title, &whole).contains("Kite Showcase"));
        let title = "Kite Showcase - Salt Road developer interview";
        let whole = [title, "His game _Salt Road_ is out."];
        assert!(!headline_without_things(title, &whole).contains("Salt"));
    }
}
