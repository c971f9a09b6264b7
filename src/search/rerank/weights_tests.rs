//! What the fitted weights decide between two paragraphs of one answer.

use super::{score, FEATURES};

/// The features of a paragraph, by name (see `FEATURE_NAMES`), the others zero.
fn features(values: &[(&str, f32)]) -> [f32; FEATURES] {
    let mut all = [0.0; FEATURES];
    for (name, value) in values {
        let at = super::FEATURE_NAMES.iter().position(|n| n == name);
        all[at.expect("a feature's name")] = *value;
    }
    all
}

#[test]
fn the_opening_of_an_answer_to_the_question_asked_beats_a_later_paragraph_repeating_its_words() {
    // Both paragraphs meet the same words of the question (its interviewer's question about
    // half of them); the later one scored a little higher in the first phase and has them a
    // little closer together, the first opens the answer under a question asking the same.
    let shared = [
        ("coverage", 0.79),
        ("text_coverage", 0.79),
        ("question_coverage", 0.53),
        ("answer_coverage", 0.79),
        ("neighbour_coverage", 0.79),
        ("rarest_in_text", 1.0),
        ("window_coverage", 0.79),
        ("salient_coverage", 0.79),
        ("best_in_answer", 1.0),
        ("interview_coverage", 1.0),
        ("answer_match", 1.0),
    ];
    let with = |own: &[(&str, f32)]| features(&[&shared[..], own].concat());
    let later = with(&[("bm25", 1.0), ("bm25_coverage", 0.79), ("proximity", 0.48)]);
    let opening = with(&[
        ("bm25", 0.8),
        ("bm25_coverage", 0.63),
        ("proximity", 0.33),
        ("first_paragraph", 1.0),
        ("opens_matching_answer", 0.53),
        ("opens_focused_answer", 0.07),
    ]);
    assert!(score(&opening) > score(&later));
}

#[test]
fn a_short_reply_to_a_prompt_asking_with_the_readers_question_word_wins() {
    // "March 8th, 1921." under "And when were you born?" and "Up in Hood River." under "And
    // where were you born?", for "When was she born?": both prompts meet the question's words,
    // the second's answer a little more.
    let shared = [
        ("bm25", 0.44),
        ("coverage", 1.0),
        ("question_coverage", 1.0),
        ("answer_coverage", 1.0),
        ("first_paragraph", 1.0),
        ("bm25_coverage", 0.44),
        ("salient_coverage", 1.0),
        ("opens_matching_answer", 1.0),
        ("opens_focused_answer", 1.0),
    ];
    let when = features(
        &[
            shared.as_slice(),
            &[("answer_match", 0.89), ("asked_alike", 1.0)],
        ]
        .concat(),
    );
    let place = features(&[shared.as_slice(), &[("answer_match", 1.0)]].concat());
    assert!(score(&when) > score(&place));
}
