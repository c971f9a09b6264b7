//! Layouts of news pages and transcripts met in real archives, each in a small interview of
//! our own: a question run into its answer in one paragraph under a service box, a headline
//! naming the person by surname before a verb, a questionnaire that students wrote, a blogger
//! republishing the interview a journalist made with them.

use crate::support::parsed::parse;

#[test]
fn questions_run_into_their_answers_are_cut_and_the_service_box_dropped() {
    let interview = parse(
        "Na estrada: Lia Moura fala sobre a turnê do disco 'Maré Cheia'\n\n\
         A cantora fala sobre a turnê que começa no sábado.\n\n\
         O disco tem muito frevo. O show vai pelo mesmo caminho? Vai sim, o show abre com \
         três frevos e fecha com um maracatu.\n\n\
         Como escolheu o repertório? Pedi ao diretor um show com sucessos e quatro inéditas.\n\n\
         O show será gravado? Ainda não sabemos onde, mas vai ser gravado no ano que vem.\n\n\
         ONDE: Teatro do Cais, R. da Aurora, 120. QUANDO: Sáb., 21h. QUANTO: R$ 60.\n",
    );
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert_eq!(
        questions,
        [
            "O disco tem muito frevo. O show vai pelo mesmo caminho?",
            "Como escolheu o repertório?",
            "O show será gravado?"
        ]
    );
    assert_eq!(
        interview.turns[2].answer,
        ["Ainda não sabemos onde, mas vai ser gravado no ano que vem."]
    );
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Lia Moura"));
}

#[test]
fn a_surname_opening_the_headline_names_the_interviewee() {
    let interview = parse(
        "Okonjo fala sobre a nova ponte do porto\n\n\
         A obra da ponte vai no segundo ano e Okonjo dirige-a desde março.\n\n\
         O que mudou desde que chegou?\n\n\
         Mudámos o turno da noite e a equipa passou a dormir em terra.\n\n\
         A obra está atrasada. Porquê?\n\n\
         Choveu três meses seguidos e o betão não secava.\n",
    );
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Okonjo"));
}

#[test]
fn the_school_whose_students_wrote_the_questions_is_not_the_interviewee() {
    let interview = parse(
        "Interview of a Baker\n\n\
         The cooking club at Riverside Grammar School sent these questions to the visiting \
         speakers.\n\n\
         1.     How early do you start work?\n\n\
         At four in the morning, six days a week, before the ovens are hot.\n\n\
         2.     What is the hardest bread to make?\n\n\
         Rye, because the dough never behaves the same way twice.\n\n\
         3.     Do you eat your own bread?\n\n\
         Every day, and I still like it after twenty years.\n",
    );
    assert_eq!(interview.metadata.interviewee, None);
    assert_eq!(interview.turns.len(), 3);
}

#[test]
fn an_automatic_transcript_splitting_the_host_in_two_quotes_only_the_guest() {
    let interview = parse(
        "Episode Transcript\n\
         Speaker 1 (00:05):\n\
         Ida Brenn, welcome to the show.\n\
         Speaker 2 (00:09):\n\
         Thank you, glad to be here.\n\
         Speaker 3 (00:12):\n\
         Everything I know about lighthouses comes from\n\
         one old novel. So how true is it?\n\
         Speaker 2 (00:30):\n\
         Half true. I kept the lamp at\n\
         Skerry Point for nine winters, and\n\
         (00:41):\n\
         the loneliness in the book is real.\n\
         Speaker 3 (00:52):\n\
         Did you ever see a ghost out there?\n\
         Speaker 4 (00:55):\n\
         Only the keeper's cat, who outlived three keepers.\n",
    );
    let answers: Vec<&String> = interview.turns.iter().flat_map(|t| &t.answer).collect();
    assert!(
        answers.contains(
            &&"Half true. I kept the lamp at Skerry Point for nine winters, and the loneliness in \
               the book is real."
                .to_string()
        ),
        "{answers:?}"
    );
    assert!(
        answers
            .iter()
            .all(|a| !a.contains("novel") && !a.contains("ghost") && !a.contains("(00:")),
        "{answers:?}"
    );
    assert_eq!(interview.turns.len(), 3);
}

#[test]
fn a_show_in_single_quotes_is_no_person() {
    let interview = parse(
        "Na estrada: Lia Moura fala sobre o show 'Maré Cheia', com sucessos\n\n\
         A cantora fala sobre a turnê de ‘Maré Cheia’, álbum em que grava Tiago Marvão.\n\n\
         Como foi?\n\nFoi bom, muito bom mesmo, e longo.\n\n\
         E agora?\n\nAgora descanso em casa com a família.\n",
    );
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Lia Moura"));
}

#[test]
fn a_press_conference_credits_the_member_who_answers_the_first_question() {
    let interview = parse(
        "Rueda de prensa de Los Faros en Oviedo\n\n\
         La banda presentó su disco a los medios en una sala pequeña, entre bromas y café, \
         antes de la prueba de sonido de la noche.\n\n\
         Los_Faros_portada\n\n\
         ¿Qué significa «Marea» en la historia del grupo?\n\n\
         Nuria Campos: Es el disco que siempre quisimos hacer y nunca nos atrevimos. Lo \
         grabamos en directo, los cuatro en la misma sala, sin repetir tomas.\n\n\
         Después de veinte años tocando juntos por todos los bares del norte, ¿cómo siguen \
         teniendo ganas de subir a un escenario?\n\n\
         Porque cada noche sale distinta. Si un día sonara igual que el anterior, lo dejaríamos.\n",
    );
    assert_eq!(
        interview.metadata.interviewee.as_deref(),
        Some("Nuria Campos")
    );
    assert_eq!(interview.turns.len(), 2);
    assert!(interview.turns[0].answer[0].starts_with("Es el disco"));
    assert!(interview.turns[1]
        .question
        .starts_with("Después de veinte años"));
    assert!(interview.intro.iter().all(|p| !p.contains("portada")));
}

#[test]
fn a_person_a_headline_writes_as_a_possessor_is_the_interviewee() {
    let interview = parse(
        "Lena Brandt’s bid for the mayoralty\n\n\
         Lena Brandt ran the water board of New Harbor for a decade.\n\n\
         This conversation with Ms. Brandt took place in May.\n\n\
         Why run now?\n\n\
         Because nobody else would fix the pumps before the next flood season.\n\n\
         What comes first?\n\n\
         The pumps, then the buses.\n",
    );
    assert_eq!(
        interview.metadata.interviewee.as_deref(),
        Some("Lena Brandt")
    );
}

#[test]
fn the_employer_a_headline_writes_as_a_possessor_is_not_the_interviewee() {
    let interview = parse(
        "Harbour Board’s chief engineer on the tides of trade\n\n\
         As chief engineer at the Harbour Board, Mara Quist keeps the locks working. The \
         Board built them in 1911.\n\n\
         Which lock is the oldest?\n\n\
         The north one, and it still opens by hand when the power fails.\n\n\
         What does the Board spend most on?\n\n\
         Dredging. The silt comes back every spring.\n",
    );
    assert_eq!(
        interview.metadata.interviewee.as_deref(),
        Some("Mara Quist")
    );
}

#[test]
fn the_journalist_a_blogger_presents_asked_and_their_outlet_is_not_the_interviewee() {
    let interview = parse(
        "Entrevista sobre hortas ao portal Voz Norte\n\n\
         A Rita Sousa, jornalista do portal Voz Norte, escreveu-me a pedir uma entrevista sobre \
         hortas urbanas. Aceitei, e aqui fica a conversa completa.\n\n\
         Q: Como começou a horta?\n\nA: Com três vasos de tomate na varanda.\n\n\
         Q: E hoje?\n\nA: Hoje são quarenta canteiros no telhado do prédio.",
    );
    assert_eq!(
        interview.metadata.interviewer.as_deref(),
        Some("Rita Sousa")
    );
    assert_ne!(interview.metadata.interviewee.as_deref(), Some("Voz Norte"));
}

#[test]
fn an_outlet_asking_in_capitals_and_a_remark_before_a_question_are_the_prompts() {
    let answer = |opening: &str| {
        format!(
            "{opening}, and the lamp has to be trimmed every evening before the sun goes \
             down, the lens polished every morning once the light is out, and the clockwork \
             wound by hand every four hours through the night, whatever the weather does."
        )
    };
    let interview = parse(&format!(
        "Ida Brenn\n\nA long introduction about the keeper and the light she kept for forty \
         years on the island, and the ferry that brought her there every second week.\n\n\
         HARBOUR: Could you describe the work?\n\nIda Brenn: {}\n\n\
         Why did you stay?\n\n{}\n\n{}\n\n\
         What was the worst storm?\n\n{}\n\n\
         You've kept the light longer than anyone else alive on this coast, through \
         three owners and two wars. Is there something the next keeper should know before \
         the first winter comes?\n\n{}\n\n{}\n",
        answer("It is a daily routine"),
        answer("Because nobody else wanted to"),
        answer("The island grew on me"),
        answer("The one of 1987"),
        answer("To keep a spare wick in every pocket"),
        answer("Never to trust a calm evening"),
    ));
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert_eq!(questions[0], "Could you describe the work?");
    assert!(
        questions[3].starts_with("You've kept the light"),
        "{questions:?}"
    );
    assert_eq!(interview.turns[2].answer.len(), 1);
}

#[test]
fn a_minus_sign_opens_dialogue_like_a_dash() {
    let interview = parse(
        "− ¿Qué libro lleva en la maleta?\n− Uno de mareas, siempre.\n\
         − ¿Y qué canción?\n− Una de pescadores que cantaba mi abuelo.\n\
         − ¿Dónde le gustaría despertar mañana?\n− En el faro, con niebla.\n",
    );
    assert_eq!(interview.turns.len(), 3);
    assert_eq!(
        interview.turns[0].question,
        "¿Qué libro lleva en la maleta?"
    );
    assert_eq!(interview.turns[2].answer, ["En el faro, con niebla."]);
}
