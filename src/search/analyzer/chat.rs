//! English chat around a question, in the few fixed phrases whose words are content words
//! elsewhere: "quick question:", "quick one:", "just curious", "what's the deal with…". Chatty
//! questions open or close with them, and read as topic they took a share of the question's
//! weight that no answer repeats ("quick" and "one" of "hey quick one: what does she tell
//! people who hope lithium will change their lives?"), while "a quick fix", "one reason",
//! "a curious result" or "the deal with the Germans" keep their words.

use super::phrases::{next_word, previous_word};

/// Words that are chat right before one of the words listed with them: "quick question",
/// "quick one", "quick q" announce a question, as "hey" does.
const OPENERS: &[(&str, &[&str])] = &[("quick", &["question", "one", "q"])];

/// Words that are chat right after the word listed with them: "just curious" closes a
/// question as "lol" does, and the "one" of "quick one" is the question itself.
const ASIDES: &[(&str, &str)] = &[("just", "curious"), ("quick", "one"), ("quick", "q")];

/// The idiom "what's the deal with X?", asking what X is about: its noun, the article and the
/// word after it; before the article, "whats", or "what" with "is" or the "s" of "what's"
/// ("Why is the deal with the fund stalled?" keeps its deal).
const DEAL: (&str, &str, &str) = ("deal", "the", "with");

/// Whether the lowercased `word`, at `start..end` of `text`, is chat in one of those phrases.
pub(super) fn is_chat(word: &str, text: &str, start: usize, end: usize) -> bool {
    let next_is =
        |wanted: &str| next_word(text, end).is_some_and(|n| n.eq_ignore_ascii_case(wanted));
    let opener = OPENERS
        .iter()
        .any(|(first, then)| *first == word && then.iter().any(|w| next_is(w)));
    let aside = ASIDES.iter().any(|(before, second)| {
        *second == word
            && previous_word(text, start).is_some_and(|p| p.eq_ignore_ascii_case(before))
    });
    opener || aside || is_deal_idiom(word, text, start, end)
}

/// Whether `word` is the "deal" of "what's the deal with".
fn is_deal_idiom(word: &str, text: &str, start: usize, end: usize) -> bool {
    let (noun, article, with) = DEAL;
    if word != noun || !next_word(text, end).is_some_and(|n| n.eq_ignore_ascii_case(with)) {
        return false;
    }
    let Some(before) = previous_word(text, start).filter(|p| p.eq_ignore_ascii_case(article))
    else {
        return false;
    };
    let Some(verb) = previous_word(text, offset_in(text, before)) else {
        return false;
    };
    if verb.eq_ignore_ascii_case("whats") {
        return true;
    }
    let at = offset_in(text, verb);
    if verb.eq_ignore_ascii_case("s") {
        // The "s" of "what's" follows its apostrophe, not a space.
        let before = text[..at].to_lowercase();
        return before.ends_with("what'") || before.ends_with("what’");
    }
    verb.eq_ignore_ascii_case("is")
        && previous_word(text, at).is_some_and(|w| w.eq_ignore_ascii_case("what"))
}

/// Where `word`, a slice of `text`, starts in it.
fn offset_in(text: &str, word: &str) -> usize {
    word.as_ptr() as usize - text.as_ptr() as usize
}

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, Language};

    #[test]
    fn chat_phrases_are_dropped_and_their_words_alone_are_kept() {
        assert_same_terms(
            Language::En,
            &[
                ("hey quick one: lithium", "lithium"),
                ("quick question, how did Gruas grow?", "Gruas grow"),
                ("more free time, just curious", "free time"),
                ("so what's the deal with AI and water?", "ai water"),
                ("whats the deal with water", "water"),
                ("a quick fix for one reason", "quick fix one reason"),
                ("a curious result", "curious result"),
                (
                    "What killed the deal with the Germans?",
                    "killed deal Germans",
                ),
                ("what is the deal with water", "water"),
                (
                    "Why is the deal with the fund stalled?",
                    "deal fund stalled",
                ),
                ("Where's the deal with the mine now?", "deal mine now"),
            ],
        );
    }
}
