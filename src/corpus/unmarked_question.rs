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

/// Spanish interrogative words keep their accent when they ask, but also when they exclaim
/// ("Qué tiempos aquellos.") or open an indirect question that is the subject of a statement
/// ("Cómo llegué a Vigo es otra historia."), so one alone does not make a question: see
/// [`asks_in_spanish`].
const ACCENTED_WH: &[&str] = &[
    "qué", "cómo", "cuál", "cuáles", "cuándo", "dónde", "quién", "quiénes", "cuánto", "cuántos",
    "cuántas",
];

/// The words that stand straight after a Spanish interrogative word asking something: an
/// object pronoun or a form of "ser", "estar", "haber" or "hacer" ("Qué le gustó…", "Cuál es…",
/// "Cómo fue…", "Qué hizo…").
const SPANISH_VERB_OPENERS: &[&str] = &[
    "le", "les", "lo", "la", "los", "las", "se", "me", "te", "nos", "es", "son", "fue", "fueron",
    "era", "eran", "será", "sería", "está", "están", "estaba", "ha", "han", "había", "hay", "hace",
    "hizo", "hacía",
];

/// Verbs of a main clause following an indirect question ("Cómo llegué a Vigo *es* otra
/// historia"): a sentence with one after the question's verb is a statement.
const SPANISH_MAIN_VERBS: &[&str] = &["es", "fue", "era", "será", "sigue", "son"];

/// Endings of a Spanish verb's preterite or imperfect ("empezó", "llegué", "vivía",
/// "trabajaba"), the tenses an interview asks in.
const SPANISH_VERB_ENDINGS: &[&str] = &["ó", "é", "ía", "ían", "aba", "aban", "aron", "ieron"];

/// Modals of a rhetorical "how could I…" ("How could I say no to my aunt."): a speaker asking
/// it of themselves answers, not asks.
const RHETORICAL_MODALS: &[&str] = &["could", "can", "would", "should"];

/// One sentence closed by a stop, in the word order of a question.
pub fn is_unmarked_question(text: &str) -> bool {
    let text = text.trim();
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let [a, b, rest @ ..] = words.as_slice() else {
        return false;
    };
    let (a, b) = (*a, *b);
    let rhetorical = a == "how" && RHETORICAL_MODALS.contains(&b) && rest.first() == Some(&"i");
    // "Had we known…, we would…", "Should you ever visit, try…": an auxiliary before its
    // subject opens a condition when a clause follows its comma.
    let inverted = AUXILIARIES.contains(&a) && SUBJECTS.contains(&b) && !text.contains(',');
    let ordered = (WH_WORDS.contains(&a) && AUXILIARIES.contains(&b) && !rhetorical)
        || inverted
        || asks_in_spanish(&words);
    text.ends_with('.') && !text.ends_with("..") && sentences(text) == 1 && ordered
}

/// A Spanish interrogative word (accented, or "por qué") followed by a verb, and no verb of a
/// main clause after it: "Cómo empezó todo.", not "Qué tiempos aquellos." or "Cómo llegué a
/// Vigo es otra historia.".
fn asks_in_spanish(words: &[&str]) -> bool {
    let after = match words {
        ["por", "qué", rest @ ..] => rest,
        [wh, rest @ ..] if ACCENTED_WH.contains(wh) => rest,
        _ => return false,
    };
    let Some((verb, clause)) = after.split_first() else {
        return false;
    };
    let is_verb = SPANISH_VERB_OPENERS.contains(verb)
        || SPANISH_VERB_ENDINGS.iter().any(|e| verb.ends_with(e));
    is_verb && !clause.iter().any(|w| SPANISH_MAIN_VERBS.contains(w))
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
            "Qué le enseñó su abuela.",
            "Por qué se marchó de Vigo.",
            "How could you say no to her.",
            "Did you ever sell the boat.",
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
            "Had we known about the road, we would never have signed.",
            "Should you ever visit, try the eel.",
            "How could I say no to my aunt.",
            "Qué tiempos aquellos.",
            "Cómo llegué a Vigo es otra historia.",
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
