//! Questionnaires typed one line a paragraph, each in a small interview of our own: a
//! question left unanswered above the next, a sentence to finish ("The harbour is…"), a prompt
//! to list ending with a colon, long questions opening the file, a publication note under the
//! last answer and a last question cut off by the end of the page.

use crate::support::parsed::{parse, questions};

#[test]
fn a_line_by_line_questionnaire_drops_an_unanswered_question_and_its_closing_note() {
    let interview = parse(
        "Reader of the month: Ada Quell\n\
         Where do you live?\n\
         Near the old harbour.\n\
         What do you do?\n\
         I mend nets and teach knots.\n\
         How long have you read us?\n\
         Since the first issue.\n\
         Which page comes first?\n\
         The tide tables, always.\n\
         Who would you never share a boat with?\n\
         Which issue do you keep?\n\
         The storm issue of 1998.\n\
         The magazine is…\n\
         at its best, a lighthouse in print.\n\
         This profile ran in the 4 May 2024 issue of the Harbour Post",
    );
    let asked = questions(&interview);
    assert!(
        !asked.iter().any(|q| q.contains("share a boat")),
        "{asked:?}"
    );
    assert_eq!(asked[4], "Which issue do you keep?");
    assert_eq!(asked[5], "The magazine is…", "a sentence to finish asks");
    assert_eq!(
        interview.turns[5].answer,
        ["at its best, a lighthouse in print."]
    );
}

#[test]
fn a_colon_prompt_and_a_question_cut_by_the_page_end_leave_the_answers() {
    let interview = parse(
        "Conversa com Rosa Leme\n\n\
         Quando percebeu que queria trabalhar o barro e quantos anos tinha quando fez a sua primeira peça?\n\
         Aos nove anos, numa oficina da escola onde o professor deixava o forno aceso até tarde.\n\
         Qual foi a primeira forma que fez e porque escolheu precisamente essa forma e não outra?\n\
         Uma taça. A minha avó bebia o café numa taça rachada e eu queria dar-lhe uma inteira, \
         por isso fiz dez até uma sair do forno sem estalar.\n\
         Que técnica prefere hoje?\n\
         O torno, sem dúvida. Fiz placas e cordões, mas é no torno que me sinto em casa, porque \
         a peça cresce entre as mãos e não espera por ninguém.\n\
         O que mais gostava de conseguir?\n\
         Levar as jarras a uma feira grande. Já estive em duas mostras pequenas, mas numa feira a \
         sério, com banca e catálogo, ainda não. Catálogo próprio? Nunca.\n\
         Indique os seus barros e vidrados favoritos:\n\
         Primeiro o grés, desde o início. Depois a porcelana fina, o barro vermelho da serra e \
         uma dúzia de vidrados que misturo no inverno.\n\
         O que está a preparar agora?\n\
         Uma série de jarras azuis para um restaurante do porto, com asas que parecem cordas \
         e que nenhum cliente consegue partir.\n\
         E como podem os oleiros ajudar os aprendizes mais novos a",
    );
    let asked = questions(&interview);
    assert_eq!(asked.len(), 6, "{asked:?}");
    assert!(asked[0].starts_with("Quando percebeu"));
    assert!(asked[1].starts_with("Qual foi a primeira forma"));
    assert_eq!(asked[4], "Indique os seus barros e vidrados favoritos:");
    assert_eq!(
        interview.turns[3].answer,
        [
            "Levar as jarras a uma feira grande. Já estive em duas mostras pequenas, mas numa feira a \
          sério, com banca e catálogo, ainda não. Catálogo próprio? Nunca."
        ]
    );
    assert_eq!(interview.turns[5].answer.len(), 1);
}

#[test]
fn a_questionnaire_opening_with_a_request_has_no_headline() {
    let interview = parse(
        "Tell us about your workshop.\n\
         A cold shed behind the house, with a stove I light at six.\n\
         How do you eat on market days?\n\
         Bread and cheese from the stall next to mine.\n\
         How many chisels do you wear out in a year? What does a new one cost?\n\
         Two or three, and a good one costs as much as a week of spoons.\n\
         Where do you sell?\n\
         At the Saturday market and to two shops in town.\n\
         What was the first thing you carved?\n\
         A butter knife for my mother, too thick to cut anything.\n\
         Describe your worst fair.\n\
         Rain for three days and one customer, who wanted a discount.\n\
         What did you do before carving?\n\
         I drove a bread van for eleven years.\n\
         What would you carve for yourself?\n\
         A chair, one day, when the children have left.",
    );
    let asked = questions(&interview);
    assert_eq!(asked.len(), 8, "{asked:?}");
    assert_eq!(asked[0], "Tell us about your workshop.");
    assert!(interview.intro.is_empty(), "{:?}", interview.intro);
    assert_ne!(interview.metadata.interviewee.as_deref(), Some("Tell"));
}

#[test]
fn prompts_stated_to_the_listener_alternate_with_first_person_answers() {
    let interview = parse(
        "When you started carving, was it for money or for the pleasure of it?\n\
         I started at twelve, for my grandfather. I never thought of money then, and I sold \
         nothing for ten years.\n\
         Many carvers burn out in their first years at the fairs. I don't know if that \
         happened to you, but if it didn't, that's good.\n\
         I was tired once, after a long summer of fairs, and I learned to say no to orders.\n\
         If you take fewer orders, maybe you have time to walk in the woods and choose \
         your own wood.\n\
         I think that matters, even if it costs me sales.",
    );
    let asked = questions(&interview);
    assert_eq!(asked.len(), 3, "{asked:?}");
    assert!(asked[1].starts_with("Many carvers"));
    assert_eq!(
        interview.turns[2].answer,
        ["I think that matters, even if it costs me sales."]
    );
}

#[test]
fn a_long_run_of_questions_to_the_listener_is_a_prompt() {
    let interview = parse(
        "Spoons and Stories\n\n\
         How did you hear about the fair? Had you been to one before?\n\n\
         A friend told me. I had never been to one before.\n\n\
         Why did you agree to teach there? Have you taught children before?\n\n\
         It sounded like a way to meet new people, and the organisers were kind. No, never \
         children.\n\n\
         You are a carver; what does a day of your work look like? Do you fell the trees \
         yourself? What does the wood tell you about the year it grew? It has been a dry \
         summer; does that show in the grain? Is this different from other years?\n\n\
         I fell a tree twice a year at most. Most of my days go to drying, splitting and \
         shaping, and the dry years show as narrow rings that are hard on the knife.",
    );
    let asked = questions(&interview);
    assert_eq!(asked.len(), 3, "{asked:?}");
    assert!(asked[2].starts_with("You are a carver"));
    assert_eq!(interview.turns[1].answer.len(), 1);
}
