//! An introduction that reports the conversation names both sides by the verb between them:
//! the subject of "spoke with", "conversou com", "entrevistó a" asked and its object answered
//! ("Reporter Nadia Ferrante spoke with beekeeper Osvaldo Kiprono"); the subject of "told",
//! "contou a", "dijo a" answered and its object asked ("Lorcan Whitby told Agnese Moretti…").

use super::labels::NAME_PARTICLES;
use super::name_words::name_cased;
use super::name_words::ARTICLES;
use super::roles::JOURNALISTS;

/// Verbs, with their preposition, whose subject asks and whose object answers.
pub(super) const ASKED: &[&str] = &[
    "spoke with",
    "spoke to",
    "speaks with",
    "speaks to",
    "talked with",
    "talked to",
    "talks with",
    "talks to",
    "sat down with",
    "sits down with",
    "caught up with",
    "chatted with",
    "interviewed",
    "interviews",
    "conversó con",
    "habló con",
    "charló con",
    "entrevistó a",
    "conversa con",
    "habla con",
    "conversou com",
    "falou com",
    "entrevistou",
    "conversa com",
    "fala com",
];

/// Verbs, with their preposition, whose subject answers and whose object asks.
const TOLD: &[&str] = &[
    "told",
    "said to",
    "explained to",
    "contó a",
    "dijo a",
    "explicó a",
    "contou a",
    "contou ao",
    "contou à",
    "disse a",
    "disse ao",
    "disse à",
    "explicou a",
    "explicou ao",
    "explicou à",
];

/// Verbs of a conversation that goes both ways ("talk", "speak", "chat", "conversar",
/// "hablar", "falar"), as their phrases in [`ASKED`] open: who talked to whom says nothing of
/// who asked, unlike "interviewed" or "told".
const TWO_WAY: &[&str] = &[
    "spoke",
    "speaks",
    "talked",
    "talks",
    "chatted",
    "conversó",
    "habló",
    "charló",
    "conversa",
    "habla",
    "conversou",
    "falou",
    "fala",
];

/// The longest reporting verb with its preposition has this many words ("sat down with").
const MAX_VERB_WORDS: usize = 3;

/// A person's name in running text is two to four capitalised words.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// Lowercase words between the verb and the name after it: an article and a job ("the
/// beekeeper", "o agricultor urbano").
const MAX_ROLE_WORDS: usize = 3;

/// Who asked and who answered, as the first of `texts` that reports the conversation between
/// two named people says. `whole` tells a job word opening a capitalised run ("Reporter Nadia
/// Ferrante") by its lowercase use elsewhere.
pub fn reported_conversation(texts: &[&str], whole: &[&str]) -> Option<(String, String)> {
    let title = texts.first().copied().unwrap_or_default();
    let (asker, asked, two_way) = texts.iter().find_map(|text| reported_in(text, whole))?;
    // "Ana Ruiz talks to Tom Hale" over a headline about Ana Ruiz: talking goes both ways, and
    // the person the headline names is the one who answered.
    let surname_in_title = |name: &str| {
        let last = name.split_whitespace().last().unwrap_or_default();
        title.split(|c: char| !c.is_alphabetic()).any(|w| w == last)
    };
    let swapped = two_way && surname_in_title(&asker) && !surname_in_title(&asked);
    Some(if swapped {
        (asked, asker)
    } else {
        (asker, asked)
    })
}

/// Who asked and who answered as `text` reports it, and whether its verb goes both ways
/// ([`TWO_WAY`]).
fn reported_in(text: &str, whole: &[&str]) -> Option<(String, String, bool)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..words.len()).find_map(|i| {
        let (n, asks_first) = verb_at(&words, i)?;
        let subject = name_before(&words[..i], whole)?;
        let object = name_after(&words[i + n..])?;
        let two_way = TWO_WAY.contains(&words[i].to_lowercase().as_str());
        Some(if asks_first {
            (subject, object, two_way)
        } else {
            (object, subject, two_way)
        })
    })
}

/// The number of words of the reporting verb at `words[i]`, and whether its subject asks.
fn verb_at(words: &[&str], i: usize) -> Option<(usize, bool)> {
    let lower: Vec<String> = words[i..]
        .iter()
        .take(MAX_VERB_WORDS)
        .map(|w| w.to_lowercase())
        .collect();
    let matches = |phrase: &&&str| {
        let n = phrase.split_whitespace().count();
        n <= lower.len()
            && phrase.split_whitespace().zip(&lower).all(|(p, w)| p == w)
            // The last word of the verb runs on into the name, unpunctuated.
            && !lower[n - 1].ends_with([',', '.', ';', ':'])
    };
    let asked = ASKED.iter().find(matches).map(|p| (p, true));
    let told = TOLD.iter().find(matches).map(|p| (p, false));
    asked
        .or(told)
        .map(|(p, first)| (p.split_whitespace().count(), first))
}

/// A particle written in lowercase ("de", "do", "of", "van"): inside a run of capitals it joins
/// two names ("Ana de Souza", "Ana Ruiz of Arenal FC").
pub(super) fn is_lowercase_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(&word)
}

/// A particle inside a person's name: "the" and "of" join a title or a place to a name
/// ("Ana of the Mill"), never a reported speaker's first name to the surname.
fn is_particle(word: &str) -> bool {
    is_lowercase_particle(word) && !["the", "of"].contains(&word)
}

/// The name that ends right before the verb ("… Nadia Ferrante spoke"), without a job word
/// opening it ("Reporter").
fn name_before(words: &[&str], whole: &[&str]) -> Option<String> {
    let last = words.last()?;
    if last.ends_with([',', '.', ';', ':', ')']) {
        return None;
    }
    let run: Vec<&str> = words
        .iter()
        .rev()
        .take_while(|w| name_cased(w) || is_particle(w))
        .copied()
        .collect();
    let mut run: Vec<&str> = run.into_iter().rev().collect();
    // The run opens the sentence or follows a word of it, never a clause end inside.
    if let Some(at) = run.iter().rposition(|w| w.ends_with([',', '.', ';', ':'])) {
        run.drain(..=at);
    }
    while run.len() > *NAME_WORDS.start() && is_job(run[0], whole) {
        run.remove(0);
    }
    name_of(&run)
}

/// A capitalised word the text also writes in lowercase, or a journalist's profession.
fn is_job(word: &str, whole: &[&str]) -> bool {
    let lower = word.to_lowercase();
    JOURNALISTS.contains(&lower.as_str())
        || whole.iter().any(|t| {
            t.split(|c: char| !c.is_alphabetic())
                .any(|token| token == lower)
        })
}

/// The name right after the verb, past a few lowercase words (an article, a job).
fn name_after(words: &[&str]) -> Option<String> {
    let start = words.iter().position(|w| name_cased(w))?;
    let roles = &words[..start];
    // "told the Harbour Gazette": an article sets off an outlet or an institution, no person.
    let article = (roles.last()).is_some_and(|w| ARTICLES.contains(&w.to_lowercase().as_str()));
    if article
        || roles.len() > MAX_ROLE_WORDS
        || roles
            .iter()
            .any(|w| w.ends_with([',', '.', ';', ':']) || !w.chars().all(char::is_alphabetic))
    {
        return None;
    }
    let mut run: Vec<&str> = Vec::new();
    for word in &words[start..] {
        let bare = word.trim_end_matches(|c: char| !c.is_alphabetic());
        if !(name_cased(bare) || is_particle(bare)) {
            break;
        }
        run.push(bare);
        if bare.len() < word.len() {
            break;
        }
    }
    name_of(&run)
}

/// The words as a name, when they are one: two to four, not ending on a particle, not opening
/// with an article ("The Ledger" is an outlet).
fn name_of(run: &[&str]) -> Option<String> {
    let article = run
        .first()
        .is_some_and(|w| ARTICLES.contains(&w.to_lowercase().as_str()));
    if article {
        return None;
    }
    let mut run = run.to_vec();
    while run.last().is_some_and(|w| is_particle(w)) {
        run.pop();
    }
    let words = run.iter().filter(|w| !is_particle(w)).count();
    NAME_WORDS.contains(&words).then(|| run.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(text: &str) -> Option<(String, String)> {
        reported_conversation(&[text], &[text])
    }

    fn names(asker: &str, asked: &str) -> Option<(String, String)> {
        Some((asker.to_string(), asked.to_string()))
    }

    #[test]
    fn the_subject_of_spoke_with_asked_and_its_object_answered() {
        assert_eq!(
            pair("Reporter Nadia Ferrante spoke with beekeeper Osvaldo Kiprono about his hives."),
            names("Nadia Ferrante", "Osvaldo Kiprono")
        );
        assert_eq!(
            pair("A jornalista Helena Sampaio conversou com o agricultor Tiago Ventura."),
            names("Helena Sampaio", "Tiago Ventura")
        );
    }

    #[test]
    fn the_subject_of_told_answered_and_its_object_asked() {
        assert_eq!(
            pair("Lorcan Whitby told Agnese Moretti about the winter."),
            names("Agnese Moretti", "Lorcan Whitby")
        );
        assert_eq!(
            pair("Dolores Ibáñez le contó a Marcos Prieto cómo cambió la pesca."),
            names("Marcos Prieto", "Dolores Ibáñez")
        );
    }

    #[test]
    fn the_person_the_headline_names_answered() {
        let texts = [
            "Osvaldo Kiprono on rooftop bees",
            "Osvaldo Kiprono talked to Nadia Ferrante about his hives.",
        ];
        assert_eq!(
            reported_conversation(&texts, &texts),
            names("Nadia Ferrante", "Osvaldo Kiprono")
        );
        // Interviewing and telling go one way, whoever the headline names.
        let texts = [
            "Osvaldo Kiprono on rooftop bees",
            "Osvaldo Kiprono interviewed Nadia Ferrante about her hives.",
            "Osvaldo Kiprono told Nadia Ferrante about her hives.",
        ];
        assert_eq!(
            reported_conversation(&texts[..2], &texts),
            names("Osvaldo Kiprono", "Nadia Ferrante")
        );
        assert_eq!(
            reported_conversation(&[texts[0], texts[2]], &texts),
            names("Nadia Ferrante", "Osvaldo Kiprono")
        );
    }

    #[test]
    fn a_side_that_is_no_named_person_reports_nothing() {
        assert_eq!(pair("We spoke with Osvaldo Kiprono about his hives."), None);
        assert_eq!(
            pair("Osvaldo Kiprono told Reuters the hives were safe."),
            None
        );
        assert_eq!(
            pair("Osvaldo Kiprono told The Ledger the hives were safe."),
            None
        );
        assert_eq!(
            pair("Osvaldo Kiprono told the Harbour Gazette the hives were safe."),
            None
        );
        assert_eq!(
            pair("Osvaldo Kiprono spoke to the city council, twice."),
            None
        );
    }
}
