//! Published layouts met in real archives, each in a small interview of our own: the parsed
//! structure (who asks, who answers, what is quoted) is what a reader of the page sees.

use crate::support::parsed::parse;
use interview_bot::corpus;

/// Each turn as (question, answer paragraphs).
fn turns(interview: &corpus::Interview) -> Vec<(&str, Vec<&str>)> {
    interview
        .turns
        .iter()
        .map(|t| {
            (
                t.question.as_str(),
                t.answer.iter().map(String::as_str).collect(),
            )
        })
        .collect()
}

/// Oral-history transcripts taken from PDF text run several labelled turns into one
/// paragraph, and shorten the names to initials after the first turn.
#[test]
fn run_in_labels_of_a_pdf_transcript_are_turns() {
    let text = "AN INTERVIEW WITH NORA VALE FOR THE HARBOUR ARCHIVE\n\n\
        2 Tom Reyes: This begins an interview with Nora Vale on May 2, at the harbour office. \
        Ines Marta Ruiz: Thank you for coming in. Where did you grow up? Nora Vale: On the \
        north quay, above my uncle's net loft. IR: What did your uncle fish for? NV: Cod, \
        until the cod left, then crab. IR: That must have been a hard change. NV: It was. He \
        sold the big boat in IR: And your mother? NV: She kept the books for half the quay.";
    let interview = parse(text);
    assert_eq!(interview.interviewee(), "Nora Vale");
    assert_eq!(
        interview.metadata.interviewer.as_deref(),
        Some("Ines Marta Ruiz")
    );
    assert_eq!(
        turns(&interview),
        [
            (
                "Thank you for coming in. Where did you grow up?",
                vec!["On the north quay, above my uncle's net loft."]
            ),
            (
                "What did your uncle fish for?",
                vec!["Cod, until the cod left, then crab."]
            ),
            (
                "That must have been a hard change.",
                vec!["It was. He sold the big boat in"]
            ),
            (
                "And your mother?",
                vec!["She kept the books for half the quay."]
            ),
        ]
    );
}

/// Spanish papers spell the labels out for the first exchange only ("PREGUNTA." /
/// "RESPUESTA."), then print "P." / "R.": both forms label the same two speakers, and no
/// label is quoted.
#[test]
fn spelled_out_labels_then_initials_are_one_pair_of_speakers() {
    let text = "Marta Gil, relojera: “El tiempo se arregla”\n\n\
        Marta Gil repara relojes en un taller de la calle Mayor desde hace treinta años.\n\n\
        PREGUNTA. ¿Cuántos relojes arregla al mes?\n\n\
        RESPUESTA. Unos cuarenta. Antes eran más, pero ahora todo el mundo mira el móvil.\n\n\
        P. ¿Qué pieza se rompe más?\n\n\
        R. El muelle real, casi siempre por darle cuerda de más.";
    let interview = parse(text);
    assert_eq!(interview.intro.len(), 1);
    assert_eq!(
        turns(&interview),
        [
            (
                "¿Cuántos relojes arregla al mes?",
                vec!["Unos cuarenta. Antes eran más, pero ahora todo el mundo mira el móvil."]
            ),
            (
                "¿Qué pieza se rompe más?",
                vec!["El muelle real, casi siempre por darle cuerda de más."]
            ),
        ]
    );
}

/// In a labelled conversation a one-word "Yeah." to a remark is no answer: the remark leads
/// into the next question, and nothing quotes "Yeah." for the remark's words. A one-word
/// reply to a question answers it.
#[test]
fn a_one_word_reply_to_a_remark_is_a_backchannel() {
    let text = "Kai Moreno on kites\n\n\
        LENA: So you have flown kites on four continents and built most of them yourself.\n\n\
        KAI: Yeah.\n\n\
        LENA: How did the first one come about?\n\n\
        KAI: My grandfather cut the spars from a broom and we used newspaper for the sail.\n\n\
        LENA: Did it fly?\n\n\
        KAI: No.\n\n\
        LENA: And the second?\n\n\
        KAI: The second flew over the whole beach, and then into the sea.";
    let reading = corpus::read("x", text).unwrap();
    let interview = &reading.interview;
    assert_eq!(
        turns(interview),
        [
            (
                "So you have flown kites on four continents and built most of them yourself. \
                 How did the first one come about?",
                vec![
                    "My grandfather cut the spars from a broom and we used newspaper for the sail."
                ]
            ),
            ("Did it fly?", vec!["No."]),
            (
                "And the second?",
                vec!["The second flew over the whole beach, and then into the sea."]
            ),
        ]
    );
    assert_eq!(interview.turns[0].line, 3);
    assert!(reading
        .dropped
        .iter()
        .any(|d| d.text == "Yeah." && d.line == 5));
}

/// A remark opening the interview ("Trabaja con fuego. El calor no se va nunca.") is a prompt
/// when every question of the file is answered by one paragraph: its answer is the
/// interviewee's, not the publisher's introduction.
#[test]
fn an_opening_remark_before_the_first_question_is_a_prompt() {
    let text = "El vidrio, a mano\n\n\
        Lleva cuarenta años frente al horno del barrio viejo de Toledo.\n\n\
        Trabaja con fuego todos los días. El calor no se va nunca del taller.\n\n\
        Nunca. En agosto empezamos a las cuatro de la mañana para aguantarlo.\n\n\
        ¿Por qué el vidrio?\n\n\
        Mi madre soplaba vidrio, y su madre también. No conocí otra cosa en casa.\n\n\
        ¿Es difícil vivir de esto?\n\n\
        Cada año más, con lo que cuesta el gas y lo poco que se paga una copa.\n\n\
        ¿Y ahora qué?\n\n\
        Un horno más grande, si el banco quiere, y dos aprendices que ya tengo vistos.";
    let interview = parse(text);
    assert_eq!(
        interview.intro,
        ["Lleva cuarenta años frente al horno del barrio viejo de Toledo."]
    );
    let questions: Vec<&str> = turns(&interview).iter().map(|t| t.0).collect();
    assert_eq!(
        questions,
        [
            "Trabaja con fuego todos los días. El calor no se va nunca del taller.",
            "¿Por qué el vidrio?",
            "¿Es difícil vivir de esto?",
            "¿Y ahora qué?",
        ]
    );
}

/// Portuguese blogs print each question after a dash and label only the answers (`R:`),
/// with no headline: the first dashed line is the first question, not a title.
#[test]
fn dash_led_questions_with_labelled_answers_open_at_the_first_line() {
    let text = "– Olá Rita, obrigado pelo tempo. Como vai a oficina?\n\
        R: Vai bem, com muito barro.\n\
        – Quando começou a trabalhar com cerâmica?\n\
        R: Aos vinte anos, numa olaria da vila.\n\
        – O que vem a seguir? Há uma exposição marcada?\n\
        R: Sim, em março, na biblioteca municipal.";
    let interview = parse(text);
    assert!(interview.intro.is_empty(), "{:?}", interview.intro);
    assert_eq!(
        turns(&interview),
        [
            (
                "Olá Rita, obrigado pelo tempo. Como vai a oficina?",
                vec!["Vai bem, com muito barro."]
            ),
            (
                "Quando começou a trabalhar com cerâmica?",
                vec!["Aos vinte anos, numa olaria da vila."]
            ),
            (
                "O que vem a seguir? Há uma exposição marcada?",
                vec!["Sim, em março, na biblioteca municipal."]
            ),
        ]
    );
}

/// A file refused because an answer comes first names the label it actually uses.
#[test]
fn an_answer_before_any_question_is_reported_with_its_own_label() {
    let text = "Uma conversa na olaria\n\nR: Vai bem, com muito barro.\n\nR: Aos vinte anos.\n\n\
        R: Em março, na biblioteca.";
    let error = corpus::parse("x", text).expect_err("an answer with no question is refused");
    assert!(error.reason.contains("'R:'"), "{}", error.reason);
    assert!(!error.reason.contains("'A:'"), "{}", error.reason);
}
