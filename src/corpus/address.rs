//! Who a paragraph speaks to. An interviewer turns to the person across the table ("How do
//! you explain…?", "vosotros siempre sonáis a vosotros"); the interviewee speaks of themselves
//! ("we chose oak"). The second-person pronouns of the languages read here are a closed
//! grammatical class, like stopwords; a word two languages spell alike with another meaning
//! (Portuguese "os", *the*) is left out.

use super::cues::{ends_with_question_mark, words};

/// Second-person pronouns and possessives (English, Spanish, Portuguese), lowercase.
const SECOND_PERSON: [&str; 27] = [
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "you’re",
    "you're",
    "you’ve",
    "you've",
    "tú",
    "usted",
    "ustedes",
    "vosotros",
    "vosotras",
    "vuestro",
    "vuestra",
    "vuestros",
    "vuestras",
    "contigo",
    "você",
    "vocês",
    "teu",
    "tua",
    "teus",
    "tuas",
    "ti",
    "te",
];

/// The second-person forms that point at the listener rather than at anyone ("you have to
/// record it" is anyone; "your mills", "you're recommending", "vosotros" are the listener).
const LISTENER: [&str; 16] = [
    "your", "yours", "you’re", "you're", "you’ve", "you've", "tú", "usted", "ustedes", "vosotros",
    "vosotras", "vuestro", "vuestra", "vuestros", "vuestras", "vocês",
];

/// First-person pronouns of the speaker themselves (singular: "we" may be the interviewer
/// counting himself among the readers).
const FIRST_PERSON: [&str; 13] = [
    "i", "i’m", "i'm", "me", "my", "mine", "yo", "mí", "conmigo", "eu", "mim", "comigo", "meu",
];

/// First-person possessives and plurals (Spanish, Portuguese), lowercase: a speaker who
/// speaks for their own household or group ("mi sueldo", "nuestra escuela", "nós") speaks of
/// their own side, as "yo" does. English "we"/"our" are left out: the interviewer counts
/// himself among the readers with them. Spanish "nos" is left out too: Portuguese spells "in
/// the" so.
const FIRST_PERSON_OWN: [&str; 16] = [
    "mi", "mis", "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras", "minha",
    "minhas", "meus", "nós", "nosso", "nossa", "nossos", "nossas",
];

/// A question addressed to the listener, set after an answer, is this long at most: past it
/// a paragraph is an answer in any published style, whatever it asks.
pub const MAX_ADDRESSED_PROMPT_WORDS: usize = 80;

/// A question tag after a comma ("…, you know?", "…, don't you think?") is this short.
const MAX_TAG_WORDS: usize = 3;

fn lower_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches(['’', '\'']).to_lowercase())
}

/// The text uses a second-person pronoun.
pub fn addresses_listener(text: &str) -> bool {
    lower_words(text).any(|w| SECOND_PERSON.contains(&w.as_str()) || w.starts_with("you’"))
}

/// The text speaks of its speaker in the first person singular.
pub fn speaks_of_self(text: &str) -> bool {
    lower_words(text).any(|w| FIRST_PERSON.contains(&w.as_str()))
}

/// The text speaks of its speaker or of their own side: [`speaks_of_self`], or a first-person
/// possessive or plural (see [`FIRST_PERSON_OWN`]).
pub fn speaks_of_own_side(text: &str) -> bool {
    speaks_of_self(text) || lower_words(text).any(|w| FIRST_PERSON_OWN.contains(&w.as_str()))
}

/// English first-person plurals, left out of [`FIRST_PERSON_OWN`] (see there) but a sign of
/// someone speaking for their own side where no interviewer speaks: in a caption's place.
const FIRST_PERSON_PLURAL_EN: [&str; 7] = ["we", "we're", "we’re", "we've", "we’ve", "our", "ours"];

/// The text speaks in the first person, singular or plural, in English, Spanish or
/// Portuguese: [`speaks_of_own_side`], or "we"/"our". For text the interviewer does not
/// speak, such as a paragraph that may be a photo's caption.
pub fn speaks_in_first_person(text: &str) -> bool {
    speaks_of_own_side(text)
        || lower_words(text).any(|w| FIRST_PERSON_PLURAL_EN.contains(&w.as_str()))
}

/// The paragraph's last sentence: what follows the last `.`, `!` or `?` (and any closing
/// quotation mark) before a space.
fn last_sentence(text: &str) -> &str {
    let body = text
        .trim_end()
        .trim_end_matches(['?', '？', '"', '”', '»', ')']);
    let closing = |c: char| matches!(c, '"' | '”' | '’' | '»' | ')');
    let cut = body
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            let rest = body[i + c.len_utf8()..].trim_start_matches(closing);
            matches!(c, '.' | '!' | '?') && rest.starts_with(' ')
        })
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    body[cut..].trim_start_matches(closing).trim()
}

/// A paragraph closing on a question put to the listener ("…Any stories about challenges
/// created by your scale?"), not on one the speaker asked themselves ("we asked: where else…?")
/// nor a question introduced inside a statement ("the question is: do you need…?").
pub fn closes_on_question_to_listener(text: &str) -> bool {
    let last = last_sentence(text);
    // "…it was hard, you know?": a tag the speaker adds, asking nothing.
    let tag = last
        .rsplit_once(',')
        .is_some_and(|(_, tail)| words(tail) <= MAX_TAG_WORDS);
    ends_with_question_mark(text)
        && !tag
        && !last.contains(':')
        && words(text) <= MAX_ADDRESSED_PROMPT_WORDS
        && addresses_listener(last)
        && !speaks_of_self(last)
}

/// A remark put to the listener, of one sentence that does not ask, without the speaker's
/// "I": "So you're actually recommending…", "…vosotros siempre sonáis a vosotros".
pub fn remark_to_listener(text: &str) -> bool {
    let sentences = text
        .split_inclusive(['.', '!', '?', '…'])
        .filter(|s| s.trim().chars().any(char::is_alphabetic))
        .count();
    sentences == 1
        && !ends_with_question_mark(text)
        && lower_words(text).any(|w| LISTENER.contains(&w.as_str()))
        && !speaks_of_self(text)
        && !lower_words(text).any(|w| ["we", "our", "nós", "nosotros", "nos"].contains(&&*w))
}

/// A remark to the listener followed by one question ("You have sailed longer than most.
/// What would you change?"): the question's own lead-in, however the question is worded.
pub fn remark_then_question(text: &str) -> bool {
    let text = text.trim();
    let Some(cut) = text.find(". ").map(|i| i + 1) else {
        return false;
    };
    let (remark, question) = (&text[..cut], text[cut..].trim());
    remark_to_listener(remark)
        && ends_with_question_mark(question)
        && !question[..question.len() - 1].contains(['.', '?', '!'])
        && !speaks_of_self(question)
}

/// A paragraph asks in this many sentences at least before its questions alone, with no
/// statement among them, mark it as the interviewer's: one question may close an answer.
const MIN_QUESTION_SENTENCES: usize = 2;

/// A run of questions put to the listener, every sentence asking ("You are a glaciologist;
/// what does your work involve? Do you sample the ice yourself? Is this year different?"),
/// without the speaker's "I": the interviewer's prompt, however long, up to
/// [`MAX_ADDRESSED_PROMPT_WORDS`]. An answer that asks back goes on to answer.
pub fn questions_to_listener(text: &str) -> bool {
    let sentences: Vec<&str> = text
        .split_inclusive(['.', '!', '?', '？'])
        .filter(|s| s.trim().chars().any(char::is_alphabetic))
        .collect();
    sentences.len() >= MIN_QUESTION_SENTENCES
        && sentences.iter().all(|s| ends_with_question_mark(s))
        && ends_with_question_mark(text)
        && words(text) <= MAX_ADDRESSED_PROMPT_WORDS
        && addresses_listener(text)
        && !speaks_of_self(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_to_the_listener_are_told_from_questions_to_oneself() {
        assert!(closes_on_question_to_listener(
            "Growth is sold as endless. But it bites. Any stories about limits your team hit?"
        ));
        assert!(closes_on_question_to_listener(
            "At this point someone says: “it sounds odd.” How do you explain it to them?"
        ));
        assert!(!closes_on_question_to_listener(
            "The pilot ran for a month. Pleased, the team then wondered: what should we try next?"
        ));
        assert!(!closes_on_question_to_listener(
            "The first question is: do you need ordering at all?"
        ));
        assert!(!closes_on_question_to_listener(
            "You see the point. Who pays for it?"
        ));
        assert!(!closes_on_question_to_listener(
            "We rebuilt it twice. It was hard, you know?"
        ));
    }

    #[test]
    fn a_paragraph_of_questions_to_the_listener_is_told_from_an_answer_asking_back() {
        assert!(questions_to_listener(
            "You keep bees; what does the work involve? Do you open the hives yourself? \
             Has this wet spring changed the honey? Is it different from last year?"
        ));
        assert!(!questions_to_listener(
            "Who would not want that? I asked myself that for years, and I still do."
        ));
        assert!(!questions_to_listener(
            "Do you know what I did then? Did I tell you?"
        ));
        assert!(!questions_to_listener("Why the hives? Why now?"));
    }

    #[test]
    fn remarks_to_the_listener_are_one_sentence_without_the_speaker() {
        assert!(!remark_to_listener(
            "Steel rusts in a season unless you paint it every spring."
        ));
        assert!(remark_to_listener(
            "So you're recommending that every team break its own systems on purpose."
        ));
        assert!(remark_to_listener(
            "Sí, porque al final vosotros siempre sonáis a vosotros."
        ));
        assert!(!remark_to_listener(
            "You get a lot from replaying streams, and I would do it again."
        ));
        assert!(!remark_to_listener(
            "You arrive at seven. The calls start at midnight."
        ));
        assert!(!remark_to_listener(
            "Sí, y nos ayudó estar cerca de vosotros."
        ));
    }
}
