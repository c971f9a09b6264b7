//! Prompts the file's own rhythm gives away, each in a small interview of our own: a remark
//! printed outside the quoted replies around it, a long first question whose answer closes on
//! a question of its own, a statement prompt set right above its answer as the file sets every
//! exchange, section headings in capitals with the numbering restarting under each, and a
//! page that printed some paragraphs twice, and an interjection of a few words between quoted
//! replies kept by `import`.

use crate::support::parsed::{parse, questions};
use interview_bot::corpus::import::{import_page, PageKind};

#[test]
fn a_remark_outside_the_quoted_replies_is_the_interviewers_prompt() {
    let interview = parse(
        "Conversa com o relojoeiro\n\nQ: Como começou?\n\n\
         A: \"Com o relógio do meu avô, que parou no dia em que ele morreu.\"\n\n\
         Q: E consertou-o?\n\n\
         A: \"Demorei dois anos. Faltava uma roda que já ninguém fazia.\"\n\n\
         Hoje quase ninguém usa relógio de corda.\n\n\
         \"Usam mais do que se pensa: quem herda um quer ouvi-lo bater.\"\n\n\
         Q: E o futuro?\n\n\
         A: \"Tenho dois aprendizes. Um deles é melhor do que eu.\n\n\
         Mas ainda não sabe.\"",
    );
    assert_eq!(
        questions(&interview),
        [
            "Como começou?",
            "E consertou-o?",
            "Hoje quase ninguém usa relógio de corda.",
            "E o futuro?"
        ]
    );
    assert_eq!(interview.turns[1].answer.len(), 1);
    // The quotation left open at the end of a paragraph goes on in the next one.
    assert_eq!(interview.turns[3].answer.len(), 2);
}

#[test]
fn a_statement_set_right_above_its_answer_like_every_exchange_is_a_prompt() {
    let interview = parse(
        "RUTH ALVES: «El detective tiene que comer»\n\n\
         Entrevista a la escritora Ruth Alves, que publica su tercera novela con la misma \
         editorial de siempre y con el mismo detective de siempre, un hombre de costumbres.\n\n\
         Tomás Ibarra es un detective raro, chapado a la antigua, que se comporta de una forma muy peculiar, \
         no sé si compararlo con Maigret o con Marlowe, mejor se lo dejo a usted.\n\
         De Maigret tiene la paciencia y la pipa; de Marlowe la mala suerte con las mujeres y \
         con los coches. Pero sobre todo es un hombre que cocina para pensar y que no sabe \
         pensar sin cocinar, como mi padre, que cocinaba los domingos para toda la familia y no dejaba \
         entrar a nadie en la cocina mientras tanto.\n\n\
         ¿Por qué un puerto y no una ciudad del interior?\n\
         Porque en un puerto todo el mundo está de paso, y quien está de paso miente mejor. \
         Los muelles de noche me dieron la primera escena y el resto vino solo.\n\n\
         ¿Y la próxima novela?\n\
         La estoy escribiendo en el mismo puerto, con el mismo detective y con más hambre.",
    );
    assert_eq!(interview.intro.len(), 1, "{:?}", interview.intro);
    assert!(interview.turns[0].question.starts_with("Tomás Ibarra"));
    assert_eq!(interview.turns.len(), 3);
}

#[test]
fn section_headings_in_capitals_are_dropped_and_each_section_counts_from_one() {
    let answer = |n: usize| {
        format!("Con paciencia y con mucha agua, porque el barro no perdona las prisas ({n}).")
    };
    let (a1, a2, a3, a4, a5) = (answer(1), answer(2), answer(3), answer(4), answer(5));
    let interview = parse(&format!(
        "Nora Gil: «El barro manda»\n\nLa ceramista Nora Gil abre su taller a la sección de \
         entrevistas de verano.\n\nEL TALLER\n\n1- ¿Cómo empieza el día?\n\n{a1}\n\n\
         2- ¿Qué torno usa?\n\n{a2}\n\n3- ¿Y el horno?\n\n{a3}\n\nLA CIUDAD\n\n\
         1- Su barrio cambió mucho, ¿para bien?\n\n{a4}\n\n2- ¿Dónde compra el barro?\n\n{a5}"
    ));
    let questions = questions(&interview);
    assert_eq!(questions.len(), 5, "{questions:?}");
    assert_eq!(questions[3], "Su barrio cambió mucho, ¿para bien?");
    let quoted = interview.turns.iter().flat_map(|t| &t.answer);
    assert!(quoted
        .chain(&interview.intro)
        .all(|p| !p.contains("LA CIUDAD")));
    assert!(interview.intro.iter().all(|p| p != "EL TALLER"));
}

#[test]
fn paragraphs_the_page_printed_twice_are_quoted_once() {
    let q1 = "• O que mudou na sua vida depois do primeiro disco de estúdio?";
    let a1 = "Mudou tudo: a estrada, os amigos, até a hora de dormir, que agora é de manhã.";
    let q2 = "• E o que você leva sempre na mala quando sai em viagem longa?";
    let a2 = "Água morna com mel, indicação da minha professora de canto desde o começo.";
    let q3 = "• Qual é o próximo passo da sua carreira depois desta turnê pelo país?";
    let a3 = "Descansar um pouco e depois gravar um disco só com violão e voz, em casa.";
    let interview = parse(&format!(
        "Cantor fala do novo disco\n\n{q1}\n{a1}\n{a1}\n{q2}\n{a2}\n{q3}\n{a2}\n{q3}\n{a3}"
    ));
    let questions = questions(&interview);
    assert_eq!(questions.len(), 3, "{questions:?}");
    let answers: Vec<&[String]> = interview.turns.iter().map(|t| &t.answer[..]).collect();
    assert_eq!(answers, [&[a1.to_string()][..], &[a2.into()], &[a3.into()]]);
}

#[test]
fn a_few_words_between_quoted_replies_are_kept_by_import_and_read_as_a_prompt() {
    let page = "---\ntitle: 'O relojoeiro'\nauthor: Ana Reis\n---\n\nComo começou?\n\n\
                \"Com o relógio do meu avô.\"\n\nE consertou-o?\n\n\"Demorei dois anos.\"\n\n\
                *Dois anos*\n\n\"*Dois* anos, sim! Faltava uma roda.\"\n\nE hoje?\n\n\
                \"Hoje tenho aprendizes.\"\n\nQuantos?\n\n\"Dois, e um é melhor do que eu.\"\n\n\
                E o futuro?\n\n\"O futuro é de corda.\"\n";
    let imported = import_page(PageKind::Markdown, page).expect("imports");
    let interview = parse(&imported.text);
    assert!(
        questions(&interview).contains(&"Dois anos"),
        "{}",
        imported.text
    );
}

#[test]
fn a_statement_opening_its_exchange_block_is_the_prompt_inside_the_conversation() {
    let interview = parse(
        "An Evening with Ida Brenn\n\n\
         We met the keeper on the quay before her last winter on the island.\n\n\
         You have been on the island for a long time, have you ever thought of leaving it?\n\
         Every spring I think of it, and every autumn I stay, because the light needs me.\n\n\
         Would you ever keep another light, somewhere warmer than this one?\n\
         I don't know, maybe. I have changed my mind twice this week already.\n\
         A warm light sounds nice, but the fog here is an old friend by now.\n\n\
         But there is still time, so the island may keep you another winter.\n\
         For now I am less sure than last year, but I am still not convinced.\n\n\
         Who taught you the trade, and what did they teach you first of all?\n\
         My aunt did. She taught me the stairs first, and the lamp only later.\n",
    );
    assert_eq!(interview.turns.len(), 4, "{:?}", questions(&interview));
    assert!(interview.turns[2]
        .question
        .starts_with("But there is still time"));
    assert_eq!(interview.turns[1].answer.len(), 2);
    assert!(interview.turns[3].question.starts_with("Who taught you"));
}

#[test]
fn an_answer_closing_on_a_rhetorical_opened_question_keeps_it() {
    let answer = "Empezamos en una cocina prestada con dos ollas y una lista de vecinos que \
                  no tenían dónde comer caliente. Al principio cocinábamos los martes, luego \
                  también los jueves, y al final del primer invierno ya servíamos cada día a \
                  más de ochenta personas del barrio, casi todas mayores y solas.";
    let interview = parse(&format!(
        "El comedor del barrio\n\n\
         Hablamos con Nuria Celis, que dirige un comedor vecinal en la periferia.\n\n\
         ¿Cómo empezó?\n\n{answer}\n\n\
         Los pisos del barrio duplicaron su precio en tres años. ¿Quién paga eso con un \
         sueldo de cartero?\n\n\
         ¿Y ahora?\n\n{answer} Ahora somos doce.\n\n\
         ¿Y el año que viene?\n\n{answer} El año que viene, una segunda cocina."
    ));
    assert_eq!(
        questions(&interview),
        ["¿Cómo empezó?", "¿Y ahora?", "¿Y el año que viene?"]
    );
    assert_eq!(interview.turns[0].answer.len(), 2);
}
