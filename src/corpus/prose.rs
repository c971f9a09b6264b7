//! The interviewee's name when neither front matter nor labels give it: the person the title
//! and introduction name ("… spoke to Ana Ruiz, the engineer who …", "Dr. Ngozi Okafor on …").
//! A name is told from other capitalised words by the file itself: its words are capitalised
//! wherever the file uses them (a word the file also writes in lowercase is an ordinary word
//! opening a sentence or a title), it has two words or more (or follows a title such as
//! "Dr."), and it is taken only when the text points at it: it is in the headline, its surname
//! recurs, it is set off as an apposition ("Ana Ruiz, the engineer"), or it is the only one.

use std::collections::HashSet;

use super::labels::same_speaker;
use super::name_words::{describes_anonymously, is_possessive, trim_word, without_possessive};
use super::quoted::quoted_phrases;
use super::surname::{referred_to_by_surname, surname_uses};
use candidates::{lowercase_words, names_in, unstopped_words, Candidate, MAX_NAME_WORDS};

mod candidates;

/// A surname found this many times in the interview is the person it is about.
const MIN_SURNAME_USES: usize = 2;

/// Title Case capitalises every word but the short ones ("of", "and", "on"); words this long
/// or longer tell Title Case from a sentence.
const MIN_TITLE_CASE_LETTERS: usize = 4;

/// The person the title and introduction name, if the text points at one. `texts` are the
/// title then the introduction paragraphs; `whole` is every paragraph of the interview (for
/// the file's own use of each word); `other` is the interviewer, never the interviewee.
pub fn prose_name(texts: &[&str], whole: &[&str], other: Option<&str>) -> Option<String> {
    let lowercase = lowercase_words(whole);
    let unstopped = unstopped_words(whole);
    let mut candidates: Vec<Candidate> = texts
        .iter()
        .enumerate()
        .flat_map(|(i, text)| names_in(text, i, &lowercase, &unstopped))
        .filter(|c| other.is_none_or(|o| !same_speaker(&c.words.join(" "), o) && !within(c, o)))
        .filter(|c| !(c.text == 0 && is_exclamation(c, texts[0])))
        .filter(|c| !is_quoted(c, whole))
        .collect();
    let title_case = is_title_case(texts.first().copied().unwrap_or_default());
    let title_words = words_lowercase(texts.first().copied().unwrap_or_default());
    let everywhere: Vec<String> = words_lowercase(&whole.join(" "));
    drop_possessors(&mut candidates, &title_words, texts);
    // Named in the headline in full, or by the surname alone ("Brenner abre o livro" over
    // "…o treinador Tomás Brenner, em entrevista…").
    let in_title = |c: &Candidate| {
        let in_headline = |w: &String| title_words.contains(&trim_word(w).to_lowercase());
        c.text == 0
            || c.words.iter().all(in_headline)
            || (c.words.len() >= 2 && c.words.last().is_some_and(in_headline))
    };
    // The only name the introduction writes is the person, unless the headline describes
    // them without a name ("Interview of an Engineer" over "students at Hill School asked…").
    let title = texts.first().copied().unwrap_or_default();
    let anonymous = describes_anonymously(title) && candidates.iter().all(|c| c.text > 0);
    let single = !anonymous
        && candidates
            .iter()
            .map(|c| c.words.join(" "))
            .collect::<HashSet<_>>()
            .len()
            == 1;
    // The first found wins a tie: `max_by_key` keeps the last of equals, so search reversed.
    candidates
        .iter()
        .rev()
        .map(|c| (c, surname_uses(&c.words, &everywhere)))
        .filter(|(c, uses)| single || in_title(c) || c.apposition || uses.total >= MIN_SURNAME_USES)
        // Every word of a Title Case headline is capitalised: a run of them that the text never
        // names again ("Reading Habits Survey") is the headline's style, not a name.
        .filter(|(c, uses)| !(c.text == 0 && title_case && uses.total < MIN_SURNAME_USES))
        // A headline's name is named again in the text; a headline phrase ("Oleira de Cunha
        // lança livro") is not, and loses to a person the text keeps naming.
        .max_by_key(|(c, uses)| {
            let named_again = uses.total >= MIN_SURNAME_USES || c.apposition || single;
            (
                in_title(c) && named_again,
                uses.alone,
                c.apposition,
                uses.total,
            )
        })
        .map(|(c, _)| c.words.join(" "))
}

/// A name the headline writes as a possessor ("Northwind’s Cloud AI lead", "Mill Trust's head")
/// is the employer of the person the headline describes, not that person: it is left out when
/// the title or introduction names anyone else, unless it is a person's name they go on to
/// shorten to the surname ("Lena Brandt’s bid…", "Ms. Brandt").
fn drop_possessors(candidates: &mut Vec<Candidate>, title_words: &[String], texts: &[&str]) {
    let possessors: Vec<&str> = title_words
        .iter()
        .filter(|w| is_possessive(w))
        .map(|w| without_possessive(w))
        .collect();
    let possessor = |c: &Candidate| {
        c.words
            .iter()
            .any(|w| possessors.contains(&w.to_lowercase().as_str()))
            && !referred_to_by_surname(&c.words, texts)
    };
    if candidates.iter().any(|c| !possessor(c)) {
        candidates.retain(|c| !possessor(c));
    }
}

/// The whole headline is the candidate and an exclamation ("Bom Dia Leitores!!"): a greeting
/// to the readers, not a person's name.
fn is_exclamation(candidate: &Candidate, title: &str) -> bool {
    let names: Vec<String> = candidate.words.iter().map(|w| w.to_lowercase()).collect();
    title.trim_end().ends_with('!') && words_lowercase(title) == names
}

/// The candidate stands inside quotation marks somewhere ("the “Blog Questions Challenge”"):
/// the title of a work, a series or an event, not a person.
fn is_quoted(candidate: &Candidate, whole: &[&str]) -> bool {
    let name = candidate.words.join(" ");
    // A short quoted phrase holding it; a quoted sentence may well name a person.
    whole.iter().any(|text| {
        quoted_phrases(text).iter().any(|quoted| {
            quoted.split_whitespace().count() <= MAX_NAME_WORDS && quoted.contains(&name)
        })
    })
}

/// A headline in Title Case: every word of [`MIN_TITLE_CASE_LETTERS`] letters or more opens
/// with a capital, and there are at least two of them.
fn is_title_case(title: &str) -> bool {
    let long: Vec<&str> = title
        .split_whitespace()
        .map(trim_word)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= MIN_TITLE_CASE_LETTERS)
        .collect();
    long.len() >= 2 && long.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// Every word of the candidate is in `other` ("Fragmentos do Caos" in "Redação Fragmentos do
/// Caos"): the interviewer's own outlet, not the person interviewed.
fn within(candidate: &Candidate, other: &str) -> bool {
    let other = words_lowercase(other);
    (candidate.words.iter()).all(|w| other.contains(&w.to_lowercase()))
}

/// The words of `text`, trimmed of punctuation and lowercased, to compare with a name's.
fn words_lowercase(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| trim_word(w).to_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(texts: &[&str], rest: &[&str]) -> Option<String> {
        let whole: Vec<&str> = texts.iter().chain(rest).copied().collect();
        prose_name(texts, &whole, None)
    }

    #[test]
    fn a_title_case_headline_or_a_quoted_title_is_no_name() {
        let intro = "Encontré una lista de preguntas en un foro y decidí contestarlas acá.";
        assert_eq!(
            name(&["Reading Habits Survey", intro], &["Papel siempre."]),
            None
        );
        let intro = "Proponen lo que llaman el \"Blog Questions Challenge\", preguntas para blogs.";
        assert_eq!(
            name(&["Blog Questions Challenge", intro], &["Papel."]),
            None
        );
        // Named again in the text, the headline's person stays.
        let intro = "Lucía Reyes lost her label in 2019. Reyes now teaches.";
        assert_eq!(
            name(&["Lucía Reyes Starts Again", intro], &["Yes."]).as_deref(),
            Some("Lucía Reyes")
        );
    }

    #[test]
    fn the_person_set_off_and_named_again_by_surname_is_the_interviewee() {
        let intro = "We spoke to Ana Ruiz, the engineer who rebuilt Santa Clara after the floods.";
        let cases: [(&[&str], &str); 2] = [
            (
                &["Rebuilding the river towns", intro],
                "The valley was mud.",
            ),
            (
                &["Rebuilding", intro, "Ruiz grew up further north."],
                "In Santa Clara a hot meal kept people working.",
            ),
        ];
        for (texts, answer) in cases {
            assert_eq!(
                name(texts, &[answer]).as_deref(),
                Some("Ana Ruiz"),
                "{texts:?}"
            );
        }
    }

    #[test]
    fn a_middle_initial_stays_inside_the_name() {
        let texts = [
            "Talking with Rosa M. Quintal",
            "Rosa M. Quintal writes about lighthouses.",
        ];
        assert_eq!(name(&texts, &[]).as_deref(), Some("Rosa M. Quintal"));
    }

    #[test]
    fn a_work_titled_in_title_case_is_no_name() {
        let texts = [
            "Boa tarde, leitores!",
            "Hoje conhecem a autora do livro Pão Com Mel Dourado, que sai em maio.",
        ];
        assert_eq!(name(&texts, &["Escrevo com calma e com café."]), None);
        // A person named beside it is still found.
        let texts = [
            "Boa tarde!",
            "Marta Seixas, autora de Pão Com Mel Dourado, fala com os leitores.",
        ];
        assert_eq!(
            name(&texts, &["Com calma."]).as_deref(),
            Some("Marta Seixas")
        );
    }

    #[test]
    fn titles_and_headlines_point_at_the_name() {
        let texts = [
            "Dr. Okafor on what broke",
            "The nurses of the Lagos wards worked through the night with Tunde Bello.",
        ];
        assert_eq!(name(&texts, &[]).as_deref(), Some("Dr. Okafor"));
        let texts = [
            "LENA HART ON BREAD",
            "We met Lena Hart and Omar Said at the market square.",
        ];
        assert_eq!(name(&texts, &[]).as_deref(), Some("Lena Hart"));
    }

    #[test]
    fn an_institution_after_an_article_and_a_greeting_are_not_names() {
        let texts = [
            "Entrevista a un científico veterano",
            "Empezó en la Junta de Energía Nuclear hace cincuenta años.",
        ];
        assert_eq!(name(&texts, &[]), None);
        let texts = [
            "Entrevista a un científico veterano",
            "Empezó en la Junta de Energía Nuclear con Jesús Ávila, su maestro.",
        ];
        assert_eq!(name(&texts, &[]).as_deref(), Some("Jesús Ávila"));
        let texts = ["Bom Dia Leitores!!", "Hoje a entrevista é com uma autora."];
        assert_eq!(name(&texts, &[]), None);
        let texts = ["Ana Ruiz builds boats!", "She learnt it at sea."];
        assert_eq!(name(&texts, &[]).as_deref(), Some("Ana Ruiz"));
        // A first name ending a sentence is no title before the next sentence's first word.
        let texts = ["Hello and welcome, Ana. Where to today?", "To sea."];
        let whole = ["Ana Ruiz and Her Boats", texts[0], texts[1]];
        assert_ne!(
            prose_name(&texts, &whole, None).as_deref(),
            Some("Ana. Where")
        );
    }

    #[test]
    fn a_headline_phrase_never_named_again_loses_to_the_person_the_text_names() {
        let texts = [
            "Oleira de Cunha lança livro de receitas de barro",
            "A ceramista Joana Prates, 52, publica agora um livro sobre fornos.",
        ];
        let answers = ["Prates - Porque a cor que sai dele não se consegue de outro jeito."];
        assert_eq!(name(&texts, &answers).as_deref(), Some("Joana Prates"));
        // A headline's name that the text uses again keeps the lead.
        let texts = [
            "Lena Hart on bread at dawn",
            "We met Omar Said and the baker at the market. Hart starts at three.",
        ];
        assert_eq!(name(&texts, &[]).as_deref(), Some("Lena Hart"));
    }

    #[test]
    fn a_company_in_the_possessive_is_not_a_name() {
        let texts = [
            "Acme’s Robotics chief on why warehouses still need people",
            "As head of robotics at Acme, Odile Marchand oversees four thousand machines.",
        ];
        assert_eq!(name(&texts, &[]).as_deref(), Some("Odile Marchand"));
        let texts = [
            "Northwind's Cloud lead on agents",
            "Tobias Lindqvist leads it.",
        ];
        assert_eq!(name(&texts, &[]).as_deref(), Some("Tobias Lindqvist"));
    }

    #[test]
    fn ordinary_capitalised_words_and_the_interviewer_are_not_names() {
        let texts = ["Seeds and soil", "Rita Gomez met Hugo Bern in his fields."];
        let whole = [texts[0], texts[1], "Seeds are alive."];
        assert_eq!(
            prose_name(&texts, &whole, Some("Rita Gomez")).as_deref(),
            Some("Hugo Bern")
        );
        let texts = [
            "Talking Shop",
            "Every Monday the market opens.",
            "Monday came.",
        ];
        assert_eq!(name(&texts, &["talking is easy", "every shop"]), None);
        let texts = ["Com os autores", "Página Aberta entrevistou os autores."];
        assert_eq!(
            prose_name(&texts, &texts, Some("Redação Página Aberta")),
            None,
            "the interviewer's outlet is not the person"
        );
        let texts = [
            "Com o escritor",
            "Lia Moura Reis, 50 anos, esteve em Lisboa. Amiga dos dirigentes de Angola e Moçambique, militante.",
        ];
        assert_eq!(name(&texts, &[]).as_deref(), Some("Lia Moura Reis"));
    }
}
