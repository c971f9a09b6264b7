//! Pages as blogs and radio sites publish them, each in a small interview of our own: a call-in
//! show that labels its guest once, a tag page holding two posts of one interview, a blog's
//! bold initials run into the previous answer, a line-by-line questionnaire with a prompt left
//! for the interviewee to finish, a questionnaire titled with the person it asks, answers
//! signed with initials only under a blog's headline naming its host, a section's name above
//! a post's date and headline, a rubric before a headline's colon, a site generator's template
//! tags opening the headline and the paragraphs.

use crate::support::parsed::{parse, questions};

#[test]
fn a_guest_labelled_once_answers_the_host_labelled_on_every_question() {
    let interview = parse(
        "Ask the Harbourmaster: Ferries and Fog\n\n\
         Rita Vale: It's Harbour Hour. Good morning, captain, tell us about the ferries.\n\n\
         Captain Ines da Luz: Good morning. We added two night crossings this week.\n\n\
         The fog horn was repaired on Monday as well.\n\n\
         Rita Vale: Two crossings sounds good. But the captain of the old ferry says it \
         leaks: will there be more in winter?\n",
    );
    assert_eq!(
        interview.metadata.interviewee.as_deref(),
        Some("Ines da Luz")
    );
    assert_eq!(
        questions(&interview)[0],
        "It's Harbour Hour. Good morning, captain, tell us about the ferries."
    );
    assert_eq!(interview.turns[0].answer.len(), 2);
}

#[test]
fn the_next_post_lead_on_a_tag_page_is_not_the_answer() {
    let interview = parse(
        "Posts tagged clockmaking\n\n\
         This is part two of our talk with clockmaker Tove Lind.\n\n\
         SAM ORTIZ: How long does a clock take?\n\n\
         TOVE LIND: Four months, if the brass behaves.\n\n\
         SO: Do you sell them?\n\n\
         TL: Only to people who promise to wind them.\n\n\
         Continue reading →\n\n\
         This is part one of our talk with clockmaker Tove Lind, about her first workshop.\n\n\
         SAM ORTIZ: Where did you learn?\n\n\
         TOVE LIND: From my uncle, in a shed behind the bakery.\n",
    );
    let answers: Vec<&String> = interview.turns.iter().flat_map(|t| &t.answer).collect();
    assert_eq!(answers.len(), 3, "{answers:?}");
    assert!(answers.iter().all(|a| !a.contains("part one")));
}

#[test]
fn bold_initials_run_into_the_previous_answer_start_a_question() {
    let interview = parse(
        "Conversa com uma oleira\n\n\
         **JT:** “Como começou?”\n\n\
         **RB:** “Com a minha avó, numa roda velha.”\n\n\
         **JT:** “E hoje?”\n\n\
         **RB:** “Hoje tenho um forno só meu, que acendo aos sábados.” **JT:** “Vende as peças?”\n\n\
         **RB:** “Só na feira do mês. Meu nome é Rosa Brito Baptista, e assino todas.”\n",
    );
    assert_eq!(questions(&interview).len(), 3);
    assert_eq!(interview.turns[2].question, "“Vende as peças?”");
    assert_eq!(
        interview.metadata.interviewee.as_deref(),
        Some("Rosa Brito Baptista")
    );
}

#[test]
fn a_prompt_left_for_the_interviewee_to_finish_keeps_its_place_in_the_questionnaire() {
    let interview = parse(
        "---\ntitle: Cinco perguntas a uma leitora\n---\n\
         O teu livro preferido?\n\
         O Principezinho, desde os oito anos.\n\
         Lês à noite?\n\
         Sempre, até adormecer com o livro na cara.\n\
         Se encontrasses o autor…\n\
         … pedia-lhe um desenho de um carneiro.\n\
         Papel ou ecrã?\n\
         Papel, por causa do cheiro.\n\
         Biblioteca ou livraria?\n\
         Biblioteca, é de todos.\n\
         Um livro para as férias?\n\
         Um policial curto.\n",
    );
    let asked = questions(&interview);
    assert_eq!(asked.len(), 6, "{asked:?}");
    assert_eq!(asked[2], "Se encontrasses o autor…");
    assert_eq!(
        interview.turns[2].answer,
        ["… pedia-lhe um desenho de um carneiro."]
    );
}

#[test]
fn a_questionnaire_titled_questions_to_a_person_names_its_interviewee() {
    let interview = parse(
        "Preguntas a Lía Ferro\n\n\
         ¿Por qué escribes?\n\n\
         Porque de chica leía todo lo que encontraba en casa de mi abuela.\n\n\
         ¿Qué estás leyendo?\n\n\
         Una novela de faros y de tormentas, muy larga.\n\n\
         ¿Un consejo?\n\n\
         Leer despacio y escribir todos los días un poco.\n",
    );
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Lía Ferro"));
}

#[test]
fn answers_signed_with_initials_only_leave_the_interviewee_unnamed() {
    let interview = parse(
        "A chat for the reading blog of our friend Nora Quist\n\
         1) First, thank you. Could you tell us about yourself?\n\
         R. T: I teach chemistry and bake bread on Sundays.\n\
         2) When did you start to write?\n\
         R. T: In the winter I spent by the sea, with a borrowed typewriter.\n",
    );
    assert_eq!(interview.metadata.interviewee, None);
    assert_eq!(interview.turns.len(), 2);
}

#[test]
fn a_section_name_above_the_posts_date_gives_way_to_the_posts_headline() {
    let interview = parse(
        "Columns\n\n\
         Reviews\n\n\
         Tuesday, 25 February 2020\n\n\
         TALKING WITH: ROSA LEME\n\n\
         Today the potter Rosa Leme visits the blog, with her new book of glazes.\n\n\
         What is clay to you?\n\n\
         A way to live other lives with my hands.\n\n\
         When did you start?\n\n\
         At forty, after a class at the village school.",
    );
    assert_eq!(interview.title, "TALKING WITH: ROSA LEME");
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Rosa Leme"));
    assert_eq!(
        interview.intro,
        ["Today the potter Rosa Leme visits the blog, with her new book of glazes."]
    );
}

#[test]
fn a_rubric_the_text_writes_in_lowercase_names_nobody() {
    let interview = parse(
        "Author Q&A: In Which the Author Spills Some Beans\n\n\
         Here is an author Q&A I wrote for a review site.\n\n\
         How long did the book take?\n\n\
         About three years, mostly at night.\n\n\
         What inspired it?\n\n\
         A ghost story my grandmother told me.",
    );
    assert_eq!(interview.metadata.interviewee, None);
}

#[test]
fn a_photo_credit_and_the_headlines_first_words_repeated_above_the_questions_are_dropped() {
    let interview = parse(
        "Entrevista com Rosa Leme, autora de O Barro Azul\n\n\
         Fotografias: Arquivo de Rosa Leme.\n\n\
         Rosa Leme tem um novo livro sobre vidrados, depois de dois prémios regionais.\n\n\
         Entrevista com Rosa Leme\n\n\
         Quando começou a trabalhar o barro?\n\n\
         Aos nove anos, na oficina da escola.\n\n\
         Que técnica prefere hoje?\n\n\
         O torno, sem dúvida.",
    );
    assert_eq!(
        interview.intro,
        ["Rosa Leme tem um novo livro sobre vidrados, depois de dois prémios regionais."]
    );
    assert_eq!(interview.turns.len(), 2);
}

#[test]
fn template_tags_opening_a_headline_a_paragraph_or_a_question_are_markup() {
    let interview = parse(
        "{{< banner \"/img/valley.jpg\" >}} Glass in the Valley: a talk with Ines Varga\n\n\
         {{< figure src=\"/img/kiln.jpg\"\n    caption=\"The kiln at dawn\" >}}\n\
         The Varga workshop has blown glass since 1952, and Ines Varga has run it for ten \
         years.\n\n\
         {{ photo people/ines.jpg side: left }} **Q: How did you start?**\n\n\
         A: My aunt put a pipe in my hands when I was nine, and I never gave it back.\n\n\
         {% include ad.html %}\n\n\
         **Q: What is the hardest colour to make?**\n\n\
         A: Red. Gold gives red, and gold is not cheap.\n",
    );
    assert_eq!(
        interview.title,
        "Glass in the Valley: a talk with Ines Varga"
    );
    assert_eq!(
        interview.intro,
        ["The Varga workshop has blown glass since 1952, and Ines Varga has run it for ten years."]
    );
    assert_eq!(
        questions(&interview),
        ["How did you start?", "What is the hardest colour to make?"]
    );
}
