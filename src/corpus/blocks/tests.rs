//! Splitting blocks of lines into paragraphs, on files written for the purpose.

use super::*;

fn split(blocks: &[&[&str]]) -> Vec<String> {
    let mut line = 0;
    let lines_of: Vec<Vec<Line>> = blocks
        .iter()
        .map(|b| {
            b.iter()
                .map(|t| {
                    line += 1;
                    (line, t.to_string())
                })
                .collect()
        })
        .collect();
    let paragraphs = lines_of
        .iter()
        .map(|lines| Para {
            text: lines
                .iter()
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            line: lines[0].0,
            after_break: false,
            after_separator: false,
            quoted: false,
            under_previous: false,
        })
        .collect();
    split_blocks(paragraphs, lines_of)
        .into_iter()
        .map(|p| p.text)
        .collect()
}

#[test]
fn a_question_line_above_its_answer_is_its_own_paragraph() {
    let answer = "The winter of 1987, without a doubt, when the boat could not reach us for weeks.";
    assert_eq!(
        split(&[&["Title"], &["What was the hardest winter?", answer]]),
        ["Title", "What was the hardest winter?", answer]
    );
    assert_eq!(
        split(&[&["**Tell us about the rock.**", "It is small"]]),
        ["**Tell us about the rock.**", "It is small"]
    );
}

#[test]
fn a_dash_before_an_opening_question_mark_opens_a_turn_under_an_unfinished_line() {
    assert_eq!(
        split(&[&[
            "Interviews of the school paper: Ana Gil",
            "-¿Qué pensaste al llegar?",
            "-Nada, solo sentí frío."
        ]]),
        [
            "Interviews of the school paper: Ana Gil",
            "-¿Qué pensaste al llegar?",
            "-Nada, solo sentí frío."
        ]
    );
}

#[test]
fn a_dashed_prompt_line_ends_above_its_undashed_answer() {
    let answer = "Óscar lleva diez años con nosotros.";
    assert_eq!(
        split(&[&["-Grabasteis otra vez con Óscar.", answer]]),
        ["-Grabasteis otra vez con Óscar.", answer]
    );
    // A dashed line going on in lowercase is one sentence wrapped.
    assert_eq!(
        split(&[&["-Grabasteis otra vez con", "él en su estudio."]]).len(),
        1
    );
}

#[test]
fn wrapped_prose_stays_one_paragraph_even_at_a_question_mark() {
    let text = [
        "We asked ourselves the same thing every winter: who pays for",
        "the boat, the fuel and the crew when the weather is bad? Nobody",
        "wanted to answer that, and so the ministry kept asking the",
        "same question.",
    ];
    assert_eq!(split(&[&text]).len(), 1);
}

#[test]
fn a_short_answer_is_not_joined_to_the_next_question() {
    let answer = "Agora queremos levar o modelo para outras cidades do interior,";
    let out = split(&[&[
        "Vocês pensaram em desistir?",
        "Não.",
        "E o que vem agora?",
        answer,
        "onde a internet é lenta.",
    ]]);
    assert_eq!(
        out,
        [
            "Vocês pensaram em desistir?",
            "Não.",
            "E o que vem agora?",
            "Agora queremos levar o modelo para outras cidades do interior, onde a internet é lenta.",
        ]
    );
    assert_eq!(
        split(&[&["It ended at 5 p.m.", "and then we left."]]).len(),
        1
    );
}

#[test]
fn a_numbered_prompt_without_a_question_mark_is_its_own_paragraph() {
    let out = split(&[
        &["4) What annoys you?", "Rudeness and plastic gears."],
        &[
            "5) Sum up your book in three words.",
            "Water. Patience. Flour.",
        ],
    ]);
    assert_eq!(out.len(), 4, "{out:?}");
    assert_eq!(out[2], "5) Sum up your book in three words.");
    let wrapped = split(&[&[
        "3) In your book the mill stands for the village, and the",
        "village for the country.",
    ]]);
    assert_eq!(wrapped.len(), 1, "a numbered line cut mid-sentence goes on");
}

#[test]
fn weekdays_named_like_ordinals_do_not_break_a_paragraph() {
    let out = split(&[&[
        "Quinta. Orquestra no teatro velho, às oito.",
        "e depois jantamos todos juntos na tasca.",
    ]]);
    assert_eq!(out.len(), 1, "{out:?}");
}

#[test]
fn a_numbered_series_typed_one_line_each_is_one_paragraph_a_line() {
    let out = split(&[&[
        "1-¿Dónde naciste?",
        "En un faro, jajaja",
        "2-¿Y tu primer barco?",
        "Una chalupa sin remos",
        "3-Describe el faro en una frase",
        "Blanco, alto y solo.",
        "4-¿Qué comías? Cuéntalo despacio",
        "Sardinas, siempre sardinas,",
        "y pan duro.",
    ]]);
    assert_eq!(out.len(), 8, "{out:?}");
    assert_eq!(out[1], "En un faro, jajaja");
    assert_eq!(out[7], "Sardinas, siempre sardinas, y pan duro.");
}

#[test]
fn a_label_used_by_the_file_opens_a_paragraph() {
    let out = split(&[
        &["Q: Why did you stay", "A: Because of the birds"],
        &["Q: And now", "A: Now I rest"],
    ]);
    assert_eq!(out.len(), 4, "{out:?}");
}

#[test]
fn long_lines_closing_their_sentences_are_not_wrapped_prose() {
    let out = split(&[&[
        "1 - What did your first exhibition teach you? How do your newest pieces compare with the early ones, and what feels different now?",
        "The first show taught me patience. It opened in 1988, and each year since has asked something new.",
        "2 - Why did you choose glass before clay, and not the other way round?",
        "I trust glass more than I trust clay to keep its shape",
    ]]);
    assert_eq!(out.len(), 4, "{out:?}");
}

#[test]
fn a_role_label_opens_a_paragraph_even_once() {
    let out = split(&[&[
        "in conversation with Ana Ruiz",
        "Q: When did you start writing poems?",
    ]]);
    assert_eq!(out.len(), 2, "{out:?}");
}

#[test]
fn a_labelled_conversation_typed_line_by_line_is_one_turn_per_line() {
    let out = split(&[&[
        "¿Qué le queda de su primer concierto?",
        "Orozco: El frío, las manos torpes… ¿El del conservatorio o el de la plaza…",
        "El de la plaza.",
        "Orozco: Ah, ese sí. Las manos torpes, ya le digo",
        "¿Cuántos años tocó en la calle?",
        "Orozco: Unos doce años.",
    ]]);
    assert_eq!(out.len(), 6, "{out:?}");
}

#[test]
fn dialogue_lines_and_transcript_speakers_open_paragraphs() {
    let out = split(&[&[
        "Y añadí:",
        "─¿Le miras mucho?",
        "─Más bien me fijo en su lenguaje, que dice",
        "más que los retratos.",
    ]]);
    assert_eq!(out.len(), 3, "{out:?}");
    let out = split(&[&[
        "Tom Reyes  0:04",
        "Why rooftops?",
        "Julia Ferrán  0:07",
        "Sun.",
    ]]);
    assert_eq!(out.len(), 4, "{out:?}");
}

#[test]
fn a_line_typed_whole_ends_its_paragraph_at_its_line_break() {
    let long = "The kiln took three winters to build, because the clay from the river \
                cracked every time it froze, and we had to learn to mix it with straw and \
                ash before it held. Now it fires twice a month, and the village brings its pots.";
    assert_eq!(
        split(&[&[long, "Read the whole story."]]),
        [long, "Read the whole story."]
    );
    let wrapped = [
        "The kiln took three winters to build, because the clay from the",
        "river cracked.",
    ];
    assert_eq!(split(&[&wrapped]).len(), 1);
}
