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
         Quando decidiu que queria escrever e com que idade escreveu o seu primeiro texto de ficção?\n\
         Aos doze anos, num caderno de capa azul que ainda guardo na gaveta da cozinha.\n\
         Qual foi o primeiro tema que abordou e o que a levou a escolher exatamente esse tema?\n\
         O mar. Cresci numa vila de pescadores e o meu pai saía todas as noites para a faina, \
         por isso escrevi sobre as noites em que ele não voltava à hora.\n\
         Que género literário prefere hoje?\n\
         O conto, sem dúvida. Escrevi romances, mas é no conto que me sinto em casa, porque \
         cabe numa noite e não pede licença a ninguém.\n\
         Qual é o seu maior desejo?\n\
         Ver uma peça minha no palco. Já a vi lida em voz alta duas vezes, mas representada a \
         sério, com cenário e atores, ainda não. Peça representada? Nunca.\n\
         Cite os seus livros e autores favoritos:\n\
         Primeiro Monteiro Lobato, em criança. Depois Machado de Assis, Clarice Lispector, \
         Eça de Queiroz e uma dúzia de policiais que leio nas férias.\n\
         O que está a ler agora?\n\
         Um policial passado em Lisboa, com um inspetor que cozinha para pensar e que nunca \
         resolve um caso antes do jantar.\n\
         E como podem os escritores ajudar os leitores mais novos a",
    );
    let asked = questions(&interview);
    assert_eq!(asked.len(), 6, "{asked:?}");
    assert!(asked[0].starts_with("Quando decidiu"));
    assert!(asked[1].starts_with("Qual foi o primeiro tema"));
    assert_eq!(asked[4], "Cite os seus livros e autores favoritos:");
    assert_eq!(
        interview.turns[3].answer,
        [
            "Ver uma peça minha no palco. Já a vi lida em voz alta duas vezes, mas representada a \
          sério, com cenário e atores, ainda não. Peça representada? Nunca."
        ]
    );
    assert_eq!(interview.turns[5].answer.len(), 1);
}
