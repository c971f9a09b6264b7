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
