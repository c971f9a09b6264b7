//! Examples of pages and how their paragraphs are told apart as questions and answers: kept
//! beside the reader, apart from it, so that each rule's cases read as one list of layouts.

use super::*;

fn cued(text: &str, cue: Cue) -> Block {
    Block {
        text: text.into(),
        original: text.into(),
        label: None,
        cue: Some(cue),
    }
}

fn labelled(label: Label, text: &str) -> Block {
    Block {
        original: format!("{label:?}: {text}"),
        text: text.into(),
        label: Some(label),
        cue: None,
    }
}

#[test]
fn bold_prompts_split_questions_from_answers() {
    let blocks = [
        Block::plain("Intro."),
        cued("Tell us about the plan.", Cue::Bold),
        Block::plain("It is long."),
        Block::plain("Really long."),
        cued("Why?", Cue::Bold),
        Block::plain("Because."),
    ];
    let draft = structure(&blocks).unwrap();
    assert_eq!(draft.intro, ["Intro."]);
    assert_eq!(
        draft.turns,
        [
            (
                "Tell us about the plan.".to_string(),
                vec!["It is long.".to_string(), "Really long.".to_string()]
            ),
            ("Why?".to_string(), vec!["Because.".to_string()]),
        ]
    );
}

#[test]
fn a_standfirst_heading_introduces_and_bullets_leave_the_questions() {
    let blocks = [
        cued("Talk with Marta Lins", Cue::Heading(1)),
        cued(
            "Marta Lins has played chess since she was eight.",
            Cue::Heading(3),
        ),
        cued("• Do you want to play for a living?", Cue::Bold),
        Block::plain("Yes."),
        cued("• Who is your model?", Cue::Bold),
        Block::plain("Judit Polgár."),
        cued("Related stories.", Cue::Heading(3)),
    ];
    let draft = structure(&blocks).unwrap();
    assert_eq!(
        draft.intro,
        ["Marta Lins has played chess since she was eight."]
    );
    assert_eq!(draft.turns[0].0, "Do you want to play for a living?");
    assert_eq!(
        draft.turns[1],
        ("Who is your model?".into(), vec!["Judit Polgár.".into()])
    );
}

#[test]
fn guests_labelled_by_name_answer_questions_set_as_headings() {
    let blocks = [
        cued(
            "We met both authors. Why now? What did they learn?",
            Cue::Italic,
        ),
        cued("Question 1 — How did it start?", Cue::Heading(3)),
        labelled(Label::Name("Helena Prates".into()), "On a winter beach."),
        labelled(
            Label::Name("Rita Lobato".into()),
            "With my grandfather's map.",
        ),
        cued("Question 2 — Was it hard?", Cue::Heading(3)),
        labelled(Label::Name("Helena".into()), "Very."),
        labelled(Label::Name("Rita".into()), "It sold out."),
    ];
    let draft = structure(&blocks).unwrap();
    assert_eq!(
        draft.intro.len(),
        1,
        "the standfirst that asks is no question"
    );
    let questions: Vec<&str> = draft.turns.iter().map(|(q, _)| q.as_str()).collect();
    assert_eq!(questions, ["How did it start?", "Was it hard?"]);
    assert_eq!(draft.interviewer, None, "no guest asks");
    let (helena, rita) = (
        Some("Helena Prates".to_string()),
        Some("Rita Lobato".to_string()),
    );
    assert_eq!(draft.answer_speakers[1], [helena, rita]);
}

#[test]
fn the_most_used_cue_wins_and_other_cues_are_text() {
    let blocks = [
        cued("Standfirst in italics.", Cue::Italic),
        cued("First?", Cue::Heading(3)),
        cued("A bold sentence of the answer.", Cue::Bold),
        Block::plain("More."),
        cued("Second?", Cue::Heading(3)),
        Block::plain("Yes."),
    ];
    let draft = structure(&blocks).unwrap();
    assert_eq!(draft.intro, ["Standfirst in italics."]);
    assert_eq!(draft.turns[0].1.len(), 2);
}

#[test]
fn name_labels_make_the_longest_speaker_the_interviewee() {
    let blocks = [
        Block::plain("Intro."),
        labelled(Label::Name("El Diario".into()), "What now?"),
        labelled(
            Label::Name("Ana Ruiz".into()),
            "A long answer with many words in it.",
        ),
        Block::plain("And more words."),
        labelled(Label::Name("El Diario".into()), "And then? Is it true?"),
        labelled(Label::Name("Ruiz".into()), "Yes, it is."),
    ];
    let draft = structure(&blocks).unwrap();
    assert_eq!(draft.interviewee.as_deref(), Some("Ana Ruiz"));
    assert_eq!(draft.interviewer.as_deref(), Some("El Diario"));
    assert_eq!(draft.turns.len(), 2);
    assert_eq!(draft.turns[0].1.len(), 2);
    assert_eq!(draft.turns[1].1, ["Yes, it is."]);
    let named = [Some("Ana Ruiz".to_string()), None];
    assert_eq!(
        draft.answer_speakers,
        [named.to_vec(), vec![named[0].clone()]]
    );
}

#[test]
fn a_name_labelling_every_answer_is_the_interviewee() {
    let blocks = [
        cued("First?", Cue::Heading(3)),
        labelled(Label::Name("Klaas Berg".into()), "One."),
        cued("Second?", Cue::Heading(3)),
        labelled(Label::Name("Klaas Berg".into()), "Two."),
    ];
    let draft = structure(&blocks).unwrap();
    assert_eq!(draft.interviewee.as_deref(), Some("Klaas Berg"));
    assert_eq!(draft.turns[1].1, ["Two."]);
}

#[test]
fn several_answerers_and_an_asking_outlet() {
    let blocks = [
        cued("Set the stage. What is it?", Cue::Heading(2)),
        labelled(
            Label::Name("Kim Lee, Acme".into()),
            "A long answer with many words.",
        ),
        labelled(Label::Name("Anthropic".into()), "What next?"),
        labelled(Label::Name("Jo Park, Acme".into()), "Another answer."),
        labelled(Label::Name("Anthropic".into()), "Walk us through it."),
        labelled(
            Label::Name("Lee".into()),
            "Sure, with more words than the other one.",
        ),
        labelled(Label::Name("Park".into()), "Yes."),
    ];
    let draft = structure(&blocks).unwrap();
    assert_eq!(draft.interviewee.as_deref(), Some("Kim Lee"));
    assert_eq!(draft.interviewer.as_deref(), Some("Anthropic"));
    assert_eq!(draft.turns.len(), 2);
    assert_eq!(draft.turns[1].1.len(), 2);
}

#[test]
fn a_one_off_name_opening_stays_in_the_text() {
    let blocks = [
        cued("Where?", Cue::Bold),
        labelled(Label::Name("Latin America".into()), "a region."),
        cued("Who?", Cue::Bold),
        Block::plain("Us."),
    ];
    let draft = structure(&blocks).unwrap();
    assert_eq!(draft.turns[0].1, ["Name(\"Latin America\"): a region."]);
}

#[test]
fn qa_labels_beat_everything_and_a_trailing_question_is_dropped() {
    let blocks = [
        labelled(Label::Question, "Tell us"),
        Block::plain("more, please."),
        labelled(Label::Answer, "Who knows?"),
        cued("Bold text in an answer", Cue::Bold),
        labelled(Label::Question, "Anything else?"),
    ];
    let draft = structure(&blocks).unwrap();
    assert_eq!(draft.turns.len(), 1);
    assert_eq!(draft.turns[0].0, "Tell us more, please.");
    assert_eq!(draft.turns[0].1.len(), 2);
}

#[test]
fn a_question_runs_on_until_the_labelled_answer() {
    let blocks = [
        labelled(Label::Question, "You sail alone."),
        Block::plain("What scares you?"),
        labelled(Label::Name("Ida Lunde".into()), "Nothing."),
        labelled(Label::Question, "Really?"),
        labelled(Label::Name("Ida Lunde".into()), "Fog."),
    ];
    let draft = structure(&blocks).unwrap();
    assert_eq!(draft.turns.len(), 2);
    assert_eq!(draft.turns[0].1, ["Nothing."]);
}

#[test]
fn numbered_question_labels_without_answer_labels() {
    let blocks = [
        Block::plain("Intro."),
        labelled(Label::Question, "Wie?"),
        labelled(Label::Name("Klaas Berg".into()), "So."),
        Block::plain("Und so."),
        labelled(Label::Question, "Warum?"),
        labelled(Label::Name("Klaas Berg".into()), "Darum."),
        labelled(Label::Question, "Wann?"),
        Block::plain("Morgen."),
    ];
    let draft = structure(&blocks).unwrap();
    assert_eq!(draft.turns.len(), 3);
    assert_eq!(draft.turns[0].1, ["So.", "Und so."]);
    assert_eq!(draft.turns[1].1, ["Darum."]);
    assert_eq!(draft.turns[2].1, ["Morgen."]);
    assert_eq!(draft.interviewee.as_deref(), Some("Klaas Berg"));
}

#[test]
fn without_markup_short_question_mark_paragraphs_are_questions() {
    let long = format!("{} who pays?", "word ".repeat(70));
    let blocks = [
        Block::plain("Title?"),
        Block::plain("Why?"),
        Block::plain(long.as_str()),
        Block::plain("And?"),
        Block::plain("Yes."),
    ];
    let draft = structure(&blocks).unwrap();
    assert_eq!(draft.intro, ["Title?"]);
    assert_eq!(draft.turns.len(), 2);
    assert_eq!(draft.turns[0].1, [long]);
}

#[test]
fn no_question_is_none() {
    assert_eq!(structure(&[Block::plain("Just text.")]), None);
    assert_eq!(structure(&[]), None);
}
