//! Spanish and Portuguese dialogue printed with dashes, where one paragraph may hold several
//! turns: "—¿Qué madera prefiere? —El roble del norte. —¿Y el castaño? —Para cubos." A new
//! turn starts at a dash set after the end of a sentence and before a capital or `¿`/`¡`; a
//! dash inside a sentence ("mi tío —el hermano de mi madre— me enseñó") is an aside.

use super::cues::{dash_body, ends_with_question_mark, words, DIALOGUE_DASHES};

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

/// A dash turn that ends with `?` while the question before it still waits for its answer,
/// followed by a longer turn that asks nothing: a new question, the copy having lost the
/// answer to the one before (`next` is the paragraph after it). Counting turns would make it
/// the answer and shift every later turn to the other side; the question marks put the
/// alternation back in step. An answer closing on a rhetorical question is followed by the
/// next question, which asks, or by a shorter remark.
pub fn resumes_asking(body: &str, next: Option<&str>) -> bool {
    let next = next.and_then(dash_body);
    ends_with_question_mark(body)
        && next.is_some_and(|n| !ends_with_question_mark(n) && words(body) < words(n))
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
    fn a_question_after_an_unanswered_one_resumes_the_alternation() {
        let question = "Cerraron la lonja en marzo. ¿Lo esperaban?";
        let reply = "-No, nadie lo esperaba, y los pescadores tuvieron que vender en otro \
                     puerto durante todo el verano, con el gasto que eso supone.";
        assert!(resumes_asking(question, Some(reply)));
        // The next question asks: the turn was an answer closing on a rhetorical question.
        assert!(!resumes_asking(question, Some("-¿Y el puerto?")));
        // A turn that asks nothing, or a shorter turn after it, keeps the count.
        assert!(!resumes_asking("Cerraron la lonja en marzo.", Some(reply)));
        assert!(!resumes_asking(question, Some("-No.")));
        assert!(!resumes_asking(question, None));
    }

    #[test]
    fn a_dialogue_missing_one_answer_keeps_its_later_answers_as_answers() {
        let text = "-¿Cómo empezó la temporada?\n\n\
                    -Cerraron la lonja en marzo y medio puerto se quedó sin trabajo. ¿Lo \
                    esperaban?\n\n\
                    -No, nadie lo esperaba. Los pescadores tuvieron que vender en otro puerto \
                    todo el verano, con el gasto del transporte y sin saber cuándo volverían.\n\n\
                    -Dicen que la lonja no vuelve a abrir.\n\n\
                    -Eso lo dirá el ayuntamiento. Nosotros seguimos saliendo al mar cada noche \
                    y vendiendo donde podemos, como hicieron nuestros padres.\n";
        let reading = crate::corpus::read("t", text).expect("a dialogue");
        let turns = &reading.interview.turns;
        assert_eq!(turns.len(), 2, "{turns:?}");
        assert!(turns[0].question.starts_with("Cerraron"));
        assert!(turns[0].answer[0].starts_with("No, nadie"));
        assert!(turns[1].answer[0].starts_with("Eso lo dirá"));
        assert!(reading.dropped.iter().any(|d| d.text.contains("temporada")));
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
