//! Spanish and Portuguese dialogue printed with dashes, where one paragraph may hold several
//! turns: "—¿Qué madera prefiere? —El roble del norte. —¿Y el castaño? —Para cubos." A new
//! turn starts at a dash set after the end of a sentence and before a capital or `¿`/`¡`; a
//! dash inside a sentence ("mi tío —el hermano de mi madre— me enseñó") is an aside.

use super::cues::{ends_with_question_mark, DIALOGUE_DASHES};

/// The paragraph cut at each dash that opens a new turn; each later piece keeps its dash.
pub fn inline_turns(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if i > start
            && c != '-'
            && DIALOGUE_DASHES.contains(&c)
            && opens_turn(&text[..i], &text[i + c.len_utf8()..])
        {
            pieces.push(text[start..i].trim_end());
            start = i;
        }
    }
    pieces.push(&text[start..]);
    pieces
}

/// `before` ends a sentence and a space, `after` opens a new one.
fn opens_turn(before: &str, after: &str) -> bool {
    let spaced = before.ends_with(char::is_whitespace);
    let closed = before
        .trim_end()
        .ends_with(['.', '?', '!', '…', '»', '"', '”']);
    let opens = after
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '¿' || c == '¡');
    spaced && closed && opens
}

/// A dialogue turn that asks: it opens with `¿` or ends with `?`.
pub fn asks(body: &str) -> bool {
    body.starts_with('¿') && ends_with_question_mark(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_inside_one_paragraph_are_cut_at_their_dashes() {
        assert_eq!(
            inline_turns("—¿Qué madera? —El roble. Es lento. —¿Y el castaño? —Para cubos."),
            [
                "—¿Qué madera?",
                "—El roble. Es lento.",
                "—¿Y el castaño?",
                "—Para cubos."
            ]
        );
        assert_eq!(
            inline_turns("—Mi tío —el hermano de mi madre— me enseñó."),
            ["—Mi tío —el hermano de mi madre— me enseñó."]
        );
        assert_eq!(inline_turns("Sin guion."), ["Sin guion."]);
        assert_eq!(inline_turns("―¿Y? ―Nada."), ["―¿Y?", "―Nada."]);
        assert_eq!(
            super::super::cues::dash_body("─¿Le miras mucho?"),
            Some("¿Le miras mucho?")
        );
    }

    #[test]
    fn a_turn_asks_with_spanish_question_marks() {
        assert!(asks("¿Y el castaño?"));
        assert!(!asks("El castaño, ¿sabe?, no aguanta."));
    }

    #[test]
    fn a_dialogue_whose_questions_close_with_another_mark_is_still_a_dialogue() {
        let text = "-Hola, Marta. Tres vecinos y ninguno se conoce. ¡Qué barrio es este!\n\n\
                    -Un barrio de paso, siempre lo fue.\n\n-Es verdad.\n\n\
                    -Antes por lo menos había mercado.\n\n-¿Y ahora qué queda!\n\n\
                    -La panadería, y gracias.\n";
        let reading = crate::corpus::read("t", text).expect("a dialogue");
        let questions: Vec<&str> = reading
            .interview
            .turns
            .iter()
            .map(|t| t.question.as_str())
            .collect();
        assert_eq!(questions.len(), 3, "{questions:?}");
        assert_eq!(questions[1], "Es verdad.");
    }
}
