//! Refusals across an archive: a question asking for a fact is answered only by a passage that
//! says what it asks about, not by one that meets its words apart.

use interview_bot::search::Abstention;

use crate::support::app::archive_engine;

#[test]
fn a_factual_question_whose_words_an_answer_meets_apart_is_refused() {
    // Vargas's answer says Bolivia "has won almost nothing" and, two sentences later, that it
    // did not qualify for "a single World Cup": no winner of any cup.
    let engine = archive_engine();
    let outcome = engine.search("Who won the 2022 World Cup?", 1);
    assert!(
        matches!(outcome.abstention, Some(Abstention::Apart { .. })),
        "{:?}",
        outcome.hits.first().map(|h| &h.passage.text)
    );
}

#[test]
fn a_factual_question_whose_rarest_word_an_answer_says_with_another_is_answered() {
    let engine = archive_engine();
    let drums = engine.search("Who plays drums in Lucía Reyes's band?", 1);
    assert!(drums.hits[0]
        .passage
        .text
        .contains("Camila Fuentes plays drums"));
    // "royalty" and "law" in one breath, "set" paraphrased as "fixed".
    let royalty = engine.search("What royalty rate did Bolivian law set on lithium?", 1);
    assert!(royalty.hits[0].passage.text.contains("three per cent"));
    // "fugas" and "se pierde" a sentence apart.
    let leaks = engine.search("¿Cuánta agua se pierde en fugas?", 1);
    assert!(leaks.hits[0].passage.text.contains("un tercio del agua"));
}

#[test]
fn a_factual_question_naming_one_interviewee_needs_no_second_word_beside_the_rarest() {
    // The name picks Azevedo's interview, whose introduction says "observatório" but not
    // "trabalhava" near it: the person is the other thing the question relates.
    let engine = archive_engine();
    let work = engine.search("Onde Helena Azevedo trabalhava antes do observatório?", 1);
    assert!(
        work.hits[0]
            .passage
            .text
            .contains("observatório de saneamento"),
        "{:?}",
        work.abstention
    );
    // The rarest word must still be hers: she never says where she studied economics.
    let studies = engine.search("Where did Yui Tanaka study economics?", 1);
    assert!(
        studies.hits.is_empty(),
        "{:?}",
        studies.hits[0].passage.text
    );
}

#[test]
fn a_named_persons_view_is_answered_by_a_single_mention_in_their_interview() {
    // "contenção" is said once in Azevedo's interview, near none of the question's words;
    // asked for her view, her name picks her interview as a chat that chose it would.
    let engine = archive_engine();
    let walls = engine.search("O que Helena Azevedo pensa dos muros de contenção?", 1);
    assert!(
        walls.hits[0].passage.text.contains("contenção de encostas"),
        "{:?}",
        walls.abstention
    );
    // Not asked for a view, a word Dubois uses once in passing is no answer.
    let wine = engine.search("What is Claire Dubois's favourite wine?", 1);
    assert!(wine.hits.is_empty(), "{:?}", wine.hits[0].passage.text);
}

#[test]
fn a_question_asking_for_a_view_is_not_answered_by_an_introduction() {
    // Lins's introduction says she grew up in Pernambuco, next to her name; it gives no view,
    // of football or anything else.
    let engine = archive_engine();
    let football = engine.search("O que Joana Lins pensa do futebol pernambucano?", 1);
    assert!(
        football.hits.is_empty(),
        "{:?}",
        football.hits[0].passage.text
    );
    // Asked where, the introduction answers.
    let born = engine.search("Onde Joana Lins cresceu?", 1);
    assert!(born.hits[0].passage.turn.is_none(), "{:?}", born.abstention);
}

#[test]
fn the_named_interview_vouches_for_a_rare_word_of_its_own_when_the_rest_is_unknown() {
    // "tinacos" is a rare word of Aguirre's interview and "INFONAVIT" no passage uses: a
    // quarter of the weight, but no other passage could say more, and not by chance hers.
    let engine = archive_engine();
    let tanks = engine.search(
        "¿Qué opina Daniela Aguirre de los tinacos del INFONAVIT?",
        1,
    );
    assert!(tanks.hits[0].passage.text.contains("tinacos sucios"));
    let moderators = engine.search("What does Yui Tanaka think about moderators' PTSD?", 1);
    assert!(moderators.hits[0].passage.text.contains("moderators"));
    assert_eq!(
        moderators.hits[0].interview.metadata.interviewee.as_deref(),
        Some("Yui Tanaka")
    );
}

#[test]
fn the_named_interview_vouches_for_nothing_when_a_missed_word_is_a_name_or_known_elsewhere() {
    let engine = archive_engine();
    // The 1985 earthquake in Mexico City is not one in Turkey, which a corpus about it names.
    let turkey = engine.search("¿Qué piensa Daniela Aguirre del terremoto de Turquía?", 1);
    assert!(turkey.hits.is_empty(), "{:?}", turkey.hits[0].passage.text);
    // Without a name, nobody vouches: the same words across the archive are refused.
    let anyone = engine.search("¿Qué se sabe de los tinacos del INFONAVIT?", 1);
    assert!(anyone.hits.is_empty(), "{:?}", anyone.hits[0].passage.text);
}

#[test]
fn within_one_interview_the_named_person_vouches_for_nothing() {
    // Llorenti says "war" in passing; in a corpus of one interview every word it uses is
    // certain to be his, so his name is no evidence that he spoke of Ukraine.
    let engine = crate::support::app::engine();
    let outcome = engine.search("What does Llorenti think about the war in Ukraine?", 1);
    assert!(
        matches!(outcome.abstention, Some(Abstention::LowCoverage { .. })),
        "{:?}",
        outcome.hits.first().map(|h| &h.passage.text)
    );
}
