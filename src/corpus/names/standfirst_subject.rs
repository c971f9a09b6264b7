//! The surname a standfirst makes the subject of one of its sentences ("Ortega vive la
//! oposición intensamente."), when the page names its guest by surname only: news pages do
//! so once the headline, a quotation, has said who speaks through the picture or the
//! kicker the copy lost. Read by [`sentence_subject`], which asks such a surname to come back
//! in another paragraph when nobody is named; here, the last resort, it must not come up in
//! the conversation instead.

use crate::corpus::intro_subject::sentence_subject;
use crate::corpus::name_words::written_lowercase;
use crate::corpus::name_words::{trim_word, ARTICLES, PREPOSITIONS};

/// Object pronouns and articles (English, Spanish, Portuguese) that follow an imperative
/// ("Ask me…", "Dime…", "Conta-nos…" written apart): after a surname a verb comes, not these.
const OBJECTS: &[&str] = &[
    "me", "us", "him", "them", "you", "it", "a", "an", "this", "these", "nos", "te", "o", "os",
    "as", "un", "una", "um", "uma",
];

/// The surname opening a sentence of the introduction (`texts` past the title) as the
/// subject of its verb, that the conversation (the paragraphs of `whole` outside `texts`)
/// never writes: a guest does not name themself, while the places and bodies a sentence may
/// open with ("Lisboa recebe…") come up in the answers.
pub(super) fn standfirst_subject(texts: &[&str], whole: &[&str]) -> Option<String> {
    let conversation: Vec<&str> = (whole.iter().copied())
        .filter(|t| !texts.contains(t))
        .collect();
    // A plural whose singular the text writes in lowercase ("Readers keep…" over "a
    // reader") is a common noun.
    let plural = |name: &str| {
        let singular = [name.strip_suffix("es"), name.strip_suffix('s')];
        singular
            .into_iter()
            .flatten()
            .any(|s| written_lowercase(s, whole))
    };
    let spoken = |name: &str| {
        (conversation.iter()).any(|t| t.split(|c: char| !c.is_alphabetic()).any(|w| w == name))
    };
    // A subtitle ("Responses to readers") is a phrase, no sentence with a subject and a verb;
    // a preposition after the capitalised word makes it a noun phrase too, and an object
    // after it an imperative ("Ask me anything.", "Read the answers.").
    let sentence = |text: &&&str| text.trim_end().ends_with(['.', '!']);
    let verb_follows = |text: &str, name: &str| {
        let after = text.split(name).nth(1).unwrap_or_default();
        let next = after.split_whitespace().next().unwrap_or_default();
        let next = trim_word(next).to_lowercase();
        let next = next.as_str();
        !PREPOSITIONS.contains(&next) && !ARTICLES.contains(&next) && !OBJECTS.contains(&next)
    };
    (texts.iter().skip(1).filter(sentence))
        .filter_map(|text| sentence_subject(&[text.to_string()], whole).map(|n| (text, n)))
        .find(|(text, name)| {
            !spoken(name)
                && !plural(name)
                && verb_follows(text, name)
                && capitalised_inside_sentence(name, whole)
        })
        .map(|(_, name)| name)
}

/// Marks after which a capitalised word opens a sentence (or a quotation, or a turn).
const SENTENCE_OPENERS: [char; 9] = ['.', '!', '?', ':', '"', '“', '«', '—', '¿'];

/// The text writes `name` capitalised inside a sentence, after a word that does not end
/// one: a surname keeps its capital there, while an adverb opening a sentence ("Hoy dirige…",
/// "Today she runs…", "Aquí habla…") is capitalised only where the sentence starts.
fn capitalised_inside_sentence(name: &str, whole: &[&str]) -> bool {
    whole.iter().any(|text| {
        let words: Vec<&str> = text.split_whitespace().collect();
        words.windows(2).any(|pair| {
            let opens =
                pair[0].ends_with(SENTENCE_OPENERS) || pair[1].starts_with(SENTENCE_OPENERS);
            !opens && trim_word(pair[1]) == name
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_opening_a_standfirst_sentence_is_the_guest() {
        let texts = [
            "\"Los buses costarán votos\"",
            "No ve méritos en el nuevo equipo, dice el concejal Ortega. Ortega vive la oposición \
             con ganas.",
        ];
        let whole = [texts[1], "¿Y los buses?", "Un error del equipo.", texts[0]];
        assert_eq!(
            standfirst_subject(&texts, &whole).as_deref(),
            Some("Ortega")
        );
    }

    #[test]
    fn an_adverb_opening_a_standfirst_sentence_is_no_guest() {
        let texts = [
            "\"Los buses costarán votos\"",
            "Fue maquinista treinta años. Aquí recuerda los trenes que ya no pasan.",
        ];
        let whole = [texts[1], "¿Y los buses?", "Un error del equipo.", texts[0]];
        assert_eq!(standfirst_subject(&texts, &whole), None);
        let texts = [
            "\"Buses will cost votes\"",
            "She drove trains for thirty years. Today she runs the rail museum.",
        ];
        let whole = [texts[1], "And the buses?", "A mistake.", texts[0]];
        assert_eq!(standfirst_subject(&texts, &whole), None);
    }

    #[test]
    fn a_place_the_answers_name_or_an_ordinary_word_is_no_guest() {
        // Spoken of in the answers: a place.
        let texts = ["Título", "Lisboa recebe o festival."];
        let whole = [texts[1], "E Lisboa?", "Lisboa é linda.", texts[0]];
        assert_eq!(standfirst_subject(&texts, &whole), None);
        // Written in lowercase elsewhere: a sentence's first word.
        let texts = ["Título", "Muita gente vem ao festival."];
        let whole = [texts[1], "E daí?", "Há muita coisa.", texts[0]];
        assert_eq!(standfirst_subject(&texts, &whole), None);
        // A subtitle, no sentence; a noun and its preposition.
        let texts = [
            "Título",
            "Answers to readers",
            "Answers to readers came in.",
        ];
        let whole = [texts[1], texts[2], "Why?", "Because.", texts[0]];
        assert_eq!(standfirst_subject(&texts, &whole), None);
    }
}
