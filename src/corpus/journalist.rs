//! A journalist the introduction presents as someone other than its writer: "O Marcelo Tavares,
//! jornalista da revista Cultura Online, entrou em contato comigo…". A blogger republishing an
//! interview they gave writes the introduction in the first person and presents the one who
//! asked by name, job and outlet; neither that person nor the outlet is the interviewee. The
//! job words are the closed class of professions that ask ([`JOURNALISTS`]).

use super::address::speaks_of_self;
use super::clean::byline_name;
use super::name_words::{starts_capitalised, ARTICLES};
use super::roles::JOURNALISTS;

/// A person's name in an introduction is two to four capitalised words.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// The journalist's name and the words presenting them up to the end of the apposition (name,
/// job, outlet), when a first-person paragraph of the introduction (after the title, which
/// names the interviewee) writes "Name, journalist of/at Outlet".
pub fn introduced_journalist(texts: &[&str]) -> Option<(String, String)> {
    let title = texts.first().copied().unwrap_or_default();
    texts
        .iter()
        .skip(1)
        .filter(|text| speaks_of_self(text))
        .find_map(|text| apposition(text))
        .filter(|(name, _)| !title.contains(name.as_str()))
}

/// "Name, jornalista da revista Outlet," in `text`: the name and the whole apposition.
fn apposition(text: &str) -> Option<(String, String)> {
    text.split(", ")
        .enumerate()
        .skip(1)
        .find_map(|(i, clause)| {
            let mut words = clause.split_whitespace();
            let job = words.next()?.to_lowercase();
            let preposition = words.next()?;
            let outlet_named = clause.split_whitespace().skip(2).any(starts_capitalised);
            if !JOURNALISTS.contains(&job.as_str())
                || starts_capitalised(preposition)
                || !outlet_named
            {
                return None;
            }
            let before = text.split(", ").nth(i - 1)?;
            let name: Vec<&str> = before
                .split_whitespace()
                .rev()
                .take_while(|w| starts_capitalised(w))
                .collect();
            let mut name: Vec<&str> = name.into_iter().rev().collect();
            // "O Marcelo Tavares": an article opening the sentence is no part of the name.
            if name.len() > 2 && is_article(name[0]) {
                name.remove(0);
            }
            NAME_WORDS.contains(&name.len()).then(|| {
                let name = name.join(" ");
                let clause = clause.split(['.', ';']).next().unwrap_or(clause);
                (name.clone(), format!("{name} {clause}"))
            })
        })
}

/// Sentence openings that credit the interview to its interviewer, lowercase.
const CONDUCTED_BY: &[&str] = &[
    "interview by",
    "interviewed by",
    "interview conducted by",
    "conducted by",
    "entrevista realizada por",
    "entrevista conduzida por",
    "entrevista conducida por",
    "entrevista feita por",
    "entrevista hecha por",
    "entrevista por",
];

/// The interviewer a sentence of the introduction credits ("… há trinta anos. Entrevista
/// realizada por Rosana Vilaça."): a byline run into the introduction's paragraph, which
/// names who asked, not who answered.
pub fn credited_interviewer(texts: &[&str]) -> Option<String> {
    texts.iter().skip(1).find_map(|text| {
        text.split_inclusive(['.', '!', '?', '|'])
            .find_map(|sentence| conducted_by(sentence.trim()))
    })
}

/// "Interview by Name" opening `sentence`: the name, read from the words after the opening as
/// a byline's name is ([`byline_name`]), and all capitalised: a sentence of the introduction
/// credits one person.
fn conducted_by(sentence: &str) -> Option<String> {
    let lower = sentence.to_lowercase();
    let opening = CONDUCTED_BY
        .iter()
        .filter(|o| lower.starts_with(&format!("{o} ")))
        .max_by_key(|o| o.len())?;
    let rest = sentence.get(opening.len()..)?;
    let rest = rest.trim().trim_end_matches(['.', '!', '?', '|']);
    let name = byline_name(&format!("by {rest}"))?;
    let words: Vec<&str> = name.split_whitespace().collect();
    (NAME_WORDS.contains(&words.len()) && words.iter().all(|w| starts_capitalised(w)))
        .then_some(name)
}

fn is_article(word: &str) -> bool {
    let lower = word.to_lowercase();
    ARTICLES.contains(&lower.as_str()) || ["o", "a", "as"].contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_journalist_presented_in_a_first_person_introduction_is_the_one_who_asked() {
        let intro = "A Rita Sousa, jornalista do portal Voz Norte, escreveu-me a pedir uma \
                     entrevista sobre hortas urbanas, e eu aceitei.";
        let found = introduced_journalist(&["Entrevista sobre hortas", intro]);
        let (name, apposition) = found.expect("found");
        assert_eq!(name, "Rita Sousa");
        assert!(apposition.contains("Voz Norte"));
        // Named in the headline, the journalist is the one interviewed.
        assert!(introduced_journalist(&["Rita Sousa e as hortas", intro]).is_none());
        // Presented by a writer who does not speak of themselves: an interview with her.
        let third = "Rita Sousa, jornalista do portal Voz Norte, cultiva uma horta no telhado.";
        assert!(introduced_journalist(&["Hortas", third]).is_none());
    }

    #[test]
    fn a_byline_run_into_the_introduction_names_the_interviewer() {
        let intro = "O enólogo Caio Brandão faz vinho há trinta anos. Entrevista realizada por \
                     Rosa Vilaça.";
        assert_eq!(
            credited_interviewer(&["Vinhas", intro]).as_deref(),
            Some("Rosa Vilaça")
        );
        let intro = "Interview by Gwen Farrow, for the harbour paper.";
        assert_eq!(
            credited_interviewer(&["Salt", intro]).as_deref(),
            Some("Gwen Farrow")
        );
        let intro = "The interview by Gwen Farrow was cut. By the end of May Ana left.";
        assert_eq!(credited_interviewer(&["Salt", intro]), None);
    }
}
