//! A question whose `?` was typed as a stop: "What is the best part of running the inn." The
//! words keep the question's order (an interrogative word before an auxiliary verb, or the
//! auxiliary before its subject), which a statement opening an answer does not have.

use super::cues::sentences;

/// English interrogative words that open a question.
const WH_WORDS: &[&str] = &[
    "what", "how", "why", "who", "whom", "whose", "where", "when", "which",
];

/// English auxiliary verbs that follow an interrogative word, or open a yes/no question
/// before its subject.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "do", "does", "did", "have", "has", "had", "can", "could", "would",
    "will", "should",
];

/// The subjects an auxiliary opening a yes/no question is followed by ("Do you…", "Is it…").
const SUBJECTS: &[&str] = &["you", "it", "there", "we", "they", "he", "she", "your"];

/// Spanish interrogative words keep their accent only when they ask (or exclaim), so a
/// sentence opening with one is a question even without `¿`.
const ACCENTED_WH: &[&str] = &[
    "qué", "cómo", "cuál", "cuáles", "cuándo", "dónde", "quién", "quiénes", "cuánto", "cuántos",
    "cuántas",
];

/// One sentence closed by a stop, in the word order of a question.
pub fn is_unmarked_question(text: &str) -> bool {
    let text = text.trim();
    let lower = text.to_lowercase();
    let mut first = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty());
    let (Some(a), Some(b)) = (first.next(), first.next()) else {
        return false;
    };
    let ordered = (WH_WORDS.contains(&a) && AUXILIARIES.contains(&b))
        || (AUXILIARIES.contains(&a) && SUBJECTS.contains(&b))
        || ACCENTED_WH.contains(&a)
        || (a == "por" && b == "qué");
    text.ends_with('.') && !text.ends_with("..") && sentences(text) == 1 && ordered
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_typed_with_a_stop_keeps_its_word_order() {
        for text in [
            "What is the best part of running the inn.",
            "Do you still fish on Sundays.",
            "Cómo empezó todo.",
        ] {
            assert!(is_unmarked_question(text), "{text}");
        }
        for text in [
            "What I liked most was the sea.",
            "How I got there is a long story.",
            "What is the best part? The people.",
            "Tell us about the inn.",
            "Is it worth it? Yes. It always is.",
            "Como empezó, así terminó.",
        ] {
            assert!(!is_unmarked_question(text), "{text}");
        }
    }

    #[test]
    fn a_question_typed_with_a_stop_after_an_answer_is_a_prompt() {
        let text = "Tell us how you came to run the inn?\n\n\
                    I grew up two streets from the harbour, and my aunt ran the kitchen there \
                    for thirty years before she asked me to help her one summer.\n\n\
                    Who taught you to cook?\n\n\
                    My aunt, mostly, and a fisherman who smoked his own eel behind the pier \
                    every Friday and let me watch him as long as I kept quiet.\n\n\
                    How would you describe your food?\n\n\
                    Plain and local: what the boats bring in and what the farms up the valley \
                    grow, cooked the way my aunt cooked it, with more butter than anyone admits.\n\n\
                    What is the best part of running the inn.\n\n\
                    The mornings, before the guests wake, when the bread is in the oven.\n";
        let reading = crate::corpus::read("t", text).expect("an interview");
        let questions: Vec<&str> = (reading.interview.turns.iter())
            .map(|t| t.question.as_str())
            .collect();
        assert_eq!(questions.len(), 4, "{questions:?}");
        assert!(questions[3].starts_with("What is the best part"));
    }
}
