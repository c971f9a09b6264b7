//! More published layouts met in real archives, each in a small interview of our own: podcast
//! turns with the time before the name, speakers shortened to initials, numbered oral-history
//! labels, a labelled greeting on the first line, radio and newspaper role labels set off with
//! dashes, a forum's group interview in BBCode bold and a diarised transcript.

use crate::support::parsed::parse;

#[test]
fn a_transcript_with_the_time_before_each_name_reads_as_labelled_turns() {
    let interview = parse(
        "0:00:10.2 **Ana Host** Welcome. My guest is Bo Keel.\n\n\
         0:00:15.0 **Bo Keel** Thanks for having me here today.\n\n\
         0:00:16.1 **Ana Host** What is a tide gauge?\n\n\
         0:00:19.4 **Bo Keel** A float in a pipe that records the sea.\n\n\
         0:00:30.0 **Ana Host** Where was your first one?\n\n\
         0:00:33.9 **Bo Keel** On the old pier, in a storm.\n",
    );
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Bo Keel"));
    let last = interview.turns.last().expect("turns");
    assert_eq!(last.question, "Where was your first one?");
    assert_eq!(last.answer, ["On the old pier, in a storm."]);
}

#[test]
fn an_interviewer_shortened_to_a_asks_and_is_never_quoted() {
    let interview = parse(
        "Hal Moss Interview\n\nAnn: I am here with Hal Moss. Thanks for coming.\n\n\
         Hal: Glad to be here.\n\nA: What do you draw?\n{: .interviewer }\n\n\
         H: The covers, and I answer the mail.\n\nA: Why covers?\n\n\
         H: Because nobody else in the band wanted to.\n",
    );
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Hal Moss"));
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert!(questions.contains(&"What do you draw?"), "{questions:?}");
    assert!(questions.contains(&"Why covers?"), "{questions:?}");
    let answers: Vec<&String> = interview.turns.iter().flat_map(|t| &t.answer).collect();
    assert!(
        answers
            .iter()
            .all(|a| !a.contains('?') && !a.contains("{:")),
        "{answers:?}"
    );
}

#[test]
fn numbered_oral_history_labels_and_the_interviewer_credit() {
    let interview = parse(
        "Arquivo de Memórias\nDepoimento de Rita Sales Melo\nEntrevistada por Ana Gil\n\
         Transcrito por Rui Dias\nP/1 – Rita, diga o seu nome completo.\n\
         R – Rita Sales Melo, nasci em Aveiro.\nP/2 – E os seus pais?\n\
         R – O meu pai era pescador.\n",
    );
    assert_eq!(interview.metadata.interviewer.as_deref(), Some("Ana Gil"));
    assert_eq!(
        interview.metadata.interviewee.as_deref(),
        Some("Rita Sales Melo")
    );
    assert_eq!(interview.turns[1].question, "E os seus pais?");
    assert!(interview.intro.iter().all(|p| !p.contains("Transcrito")));
}

#[test]
fn role_labels_glued_to_a_hyphen_then_colons_without_blank_lines() {
    let interview = parse(
        "“Vamos tocar tudo de novo”, diz Lia Moura sobre o concerto de domingo\n\n\
         A cantora falou com a rádio antes do concerto. Veja a conversa a seguir:\n\
         P- Como escolheu o repertório?\n\
         R – Pelas canções que o público pede mais, e umas duas novas.\n\
         P: Vai gravar o concerto?\n\
         R: Sim, para um disco ao vivo no ano que vem.\n",
    );
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert_eq!(
        questions,
        ["Como escolheu o repertório?", "Vai gravar o concerto?"]
    );
    assert_eq!(
        interview.turns[0].answer,
        ["Pelas canções que o público pede mais, e umas duas novas."]
    );
}

#[test]
fn period_labels_set_off_with_a_spaced_dash_are_roles_not_names() {
    let interview = parse(
        "Nuria Calvo: “El barro tiene memoria”\n\n\
         La ceramista abre su taller de Níjar a los vecinos.\n\n\
         P. – ¿Cuándo empezó a trabajar el barro?\n\n\
         R. – A los doce años, en el horno de mi tío.\n\n\
         P. – ¿Qué pieza no vendería nunca?\n\n\
         R. – Un cántaro roto que arreglé con grapas.\n",
    );
    assert_eq!(interview.interviewee(), "Nuria Calvo");
    assert_eq!(
        interview.turns[0].question,
        "¿Cuándo empezó a trabajar el barro?"
    );
    assert_eq!(
        interview.turns[1].answer,
        ["Un cántaro roto que arreglé con grapas."]
    );
}

#[test]
fn a_forum_group_interview_in_bbcode_bold_credits_each_guest() {
    let interview = parse(
        "Three potters answer our readers\n\n\
         [b]What was your first kiln?[/b]\n\n\
         [b]Ines[/b] A hole in the garden with a lid of old bricks.\n\n\
         [b]Omar[/b] An electric one bought from a school that closed.\n\n\
         [b]Which glaze do you avoid? [/b]\n\n\
         [b]Ines[/b] Copper red. (Editor’s note: is anyone surprised?)\n\n\
         [b]Omar[/b] None. I like the surprises.\n",
    );
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert_eq!(
        questions,
        ["What was your first kiln?", "Which glaze do you avoid?"]
    );
    let last = &interview.turns[1];
    assert_eq!(last.answer, ["Copper red.", "None. I like the surprises."]);
    assert_eq!(last.speakers, [None, Some("Omar".to_string())]);
    let answers = interview.turns.iter().flat_map(|t| &t.answer);
    assert!(answers
        .clone()
        .all(|a| !a.contains("[b]") && !a.contains("**")));
    assert_eq!(interview.turns[0].answer.len(), 2);
}

#[test]
fn a_job_title_opening_the_headline_is_not_part_of_the_name() {
    let interview = parse(
        "Glassblower Ines Rocha on heat, patience and her studio in Porto\n\n\
         Q: When does a glassblower know a piece has failed?\n\n\
         A: Usually before anyone else does: the colour goes dull.\n\n\
         Q: What do you teach first?\n\n\
         A: How to stand. Everything else follows from the feet.\n",
    );
    assert_eq!(interview.interviewee(), "Ines Rocha");
}

#[test]
fn a_quotation_headline_names_its_speaker_before_the_occasion() {
    let interview = parse(
        "“Vamos tocar tudo de novo”, diz Lia Moura sobre o concerto de domingo na Praça da Sé\n\n\
         A cantora falou com a rádio antes do concerto.\n\n\
         P: Como escolheu o repertório?\n\n\
         R: Pelas canções que o público pede mais.\n\n\
         P: Vai gravar o concerto?\n\n\
         R: Sim, para um disco ao vivo.\n",
    );
    assert_eq!(interview.interviewee(), "Lia Moura");
}

#[test]
fn a_panel_transcript_with_numbered_speakers_on_their_own_lines() {
    let interview = parse(
        "Episode 12: winter on the water\n\nTranscript\n\nSpeaker 1:\n\n\
         Hello, I'm Rob Akers and this is Harbour Hour. Two guests today, Mina Sorel from the \
         ferry company and Paul Tate from the lifeboat crew. Mina, why don't you start?\n\n\
         Speaker 2:\n\nThanks Rob. I plan the winter timetable, which is mostly about fog.\n\n\
         Speaker 1:\n\nThanks Mina. Paul, how many calls did the crew answer last year?\n\n\
         Speaker 3:\n\nSixty-one, and a third of them were kayaks.\n",
    );
    assert_eq!(interview.interviewee(), "Mina Sorel");
    assert_eq!(interview.turns.len(), 2);
    assert_eq!(
        interview.turns[1].answer,
        ["Sixty-one, and a third of them were kayaks."]
    );
    // The second guest's words are credited to him, not to the interviewee.
    assert_eq!(interview.turns[1].speakers, [Some("Paul Tate".to_string())]);
    let answers = interview.turns.iter().flat_map(|t| &t.answer);
    assert!(answers.clone().all(|a| !a.contains("Speaker")));
}

#[test]
fn a_diarised_transcript_with_underscored_voice_labels_reads_as_turns() {
    let interview = parse(
        "Nadia Brook on tide tables\n\n\
         SPEAKER_02: Welcome to the show. Today we talk about tide tables.\n\n\
         SPEAKER_01: Thank you, it is good to be here with you both.\n\n\
         SPEAKER_02: How do you print a tide table for a whole year?\n\n\
         SPEAKER_01: We compute it from the moon and sun, then check it against the gauges.\n\n\
         SPEAKER_00: And when the gauges disagree with the sums?\n\n\
         SPEAKER_01: The gauges win, and we look for what the sums left out.\n",
    );
    assert_eq!(interview.turns.len(), 3);
    assert_eq!(
        interview.turns[2].question,
        "And when the gauges disagree with the sums?"
    );
    let answers = interview.turns.iter().flat_map(|t| &t.answer);
    assert!(answers.clone().all(|a| !a.contains("SPEAKER")));
    assert_eq!(interview.interviewee(), "Nadia Brook");
}

#[test]
fn statements_under_topic_labels_answer_the_topic() {
    let interview = parse(
        "Okoro abre o jogo: o estádio, a chuva e o plantel\n\n\
         Veja o que o treinador do clube, Daniel Okoro, contou à rádio local.\n\n\
         A primeira semana: \"Dormi pouco. Queria ver todos os treinos dos juniores.\"\n\n\
         O relvado: \"Com esta chuva não há relvado que aguente, mas vamos jogar.\"\n\n\
         Os adeptos na bancada: \"Cantaram do primeiro ao último minuto. Isso pesa.\"\n",
    );
    assert_eq!(interview.interviewee(), "Daniel Okoro");
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert_eq!(
        questions,
        ["A primeira semana", "O relvado", "Os adeptos na bancada"]
    );
    assert_eq!(
        interview.turns[1].answer,
        ["Com esta chuva não há relvado que aguente, mas vamos jogar."]
    );
}

#[test]
fn a_page_titled_with_a_name_over_q_and_a_names_its_interviewee() {
    let interview = parse(
        "+++\ntitle = \"Tomasz Wielki\"\n+++\nTomasz Wielki\n\n\
         Q: What do you maintain?\n\nA: A small library that draws tide charts.\n\n\
         Q: Why give it away?\n\nA: Because harbours share the same sea.\n",
    );
    assert_eq!(interview.interviewee(), "Tomasz Wielki");
}

#[test]
fn initials_in_the_front_matter_stand_for_the_name_the_title_spells_out() {
    let interview = parse(
        "+++\ntitle = \"A Conversation With Rania Odeh About Kilns\"\ninterviewee = \"RO\"\n+++\n\
         A Conversation With Rania Odeh About Kilns\n\n\
         Q: How hot does it get?\n\nA: Hotter than the summer, by a thousand degrees.\n\n\
         Q: And the glaze?\n\nA: It melts at the very end.\n",
    );
    assert_eq!(interview.interviewee(), "Rania Odeh");
}

#[test]
fn colon_questions_and_period_answers_in_one_file() {
    let interview = parse(
        "Lía Soto: “El mar manda”\n\nLa patrona habla de su barco.\n\n\
         P: ¿Cuándo salió a pescar por primera vez?\n\nR. A los quince, con mi padre.\n\n\
         P: ¿Y ahora?\n\nR. Ahora salgo sola, casi cada día.\n",
    );
    let answers: Vec<&String> = interview.turns.iter().flat_map(|t| &t.answer).collect();
    assert_eq!(
        answers,
        [
            "A los quince, con mi padre.",
            "Ahora salgo sola, casi cada día."
        ]
    );
}
