//! Statement prompts, and a first question too long for the file's prompts, before the first
//! question read as such. An interviewer may open with a remark or two
//! ("Investiga en nanociencia. Un virus lo ha cambiado todo.") before asking with `?`; each is
//! answered by one paragraph, as every later question is. Read as introduction, the remark
//! would be quoted as the publisher's and its answer would lose its prompt.
//!
//! Judged from the file's rhythm: when every question of a plain-text file is answered by a
//! single paragraph, the introduction's last two paragraphs are a prompt and its answer if
//! the first is a short statement (one or two sentences) that names nobody. An introduction
//! presents the interviewee, with names of people and places; a remark speaks to them.

use super::address::{closes_on_question_to_listener, speaks_of_self};
use super::backchannel::fold_backchannels;
use super::chained_prompts::{drop_section_headings, is_chained_prompt};
use super::cues::{asks_something, ends_with_question_mark, is_statement_prompt, sentences, words};
use super::glued::{take_glued_openings, BlankLines};
use super::layout::{Assembled, Draft};
use super::page_marks::drop_page_marks;
use super::reading::Layout;

/// The one-paragraph rhythm must be a pattern before it says anything about the introduction.
const MIN_ONE_PARAGRAPH_TURNS: usize = 3;

/// A second look at the turns of a first cut, by layout: backchannels in a labelled
/// conversation ([`fold_backchannels`]), remarks before the first question in plain text
/// (`blanks` shows how the file sets its exchanges).
pub fn settle_turns(out: &mut Assembled, blanks: &BlankLines) {
    drop_page_marks(out);
    match out.layout {
        Some(Layout::Labels) => fold_backchannels(out),
        Some(Layout::QuestionMarks) => {
            take_opening_question(out);
            take_glued_openings(out, blanks);
            take_opening_statements(out);
            split_asking_answers(out);
            drop_section_headings(out);
        }
        _ => {}
    }
}

/// Moves statement prompts and their answers from the end of the introduction to the turns.
pub fn take_opening_statements(out: &mut Assembled) {
    let rhythm =
        out.turns.len() >= MIN_ONE_PARAGRAPH_TURNS && out.turns.iter().all(|t| t.answer.len() == 1);
    if !rhythm {
        return;
    }
    while out.intro.len() >= 2 {
        let n = out.intro.len();
        let (prompt, answer) = (&out.intro[n - 2].0, &out.intro[n - 1].0);
        let remark = is_statement_prompt(prompt) && !asks_something(prompt) && !names(prompt);
        if !remark || asks_something(answer) || is_fragment(answer) {
            return;
        }
        let (answer, answer_line) = out.intro.remove(n - 1);
        let (question, line) = out.intro.remove(n - 2);
        out.turns.insert(
            0,
            Draft {
                question,
                line,
                answer: vec![(answer, answer_line)],
                speakers: vec![None],
                ..Draft::default()
            },
        );
    }
}

/// Moves a first question read as introduction (too long for the file's prompts) to the
/// turns: the introduction's last paragraph that ends with `?` opens the first exchange when
/// what follows it asks nothing and runs no more paragraphs than a later answer does, the
/// rhythm of the file's other exchanges. A teaser question in an introduction is followed by
/// more presentation than any answer runs. Repeated while it finds one: a file whose prompts
/// all run long may open on several.
pub fn take_opening_question(out: &mut Assembled) {
    while take_one_opening_question(out) {}
}

/// See [`take_opening_question`]: true when it moved one.
fn take_one_opening_question(out: &mut Assembled) -> bool {
    let Some(k) = out
        .intro
        .iter()
        .rposition(|(t, _)| ends_with_question_mark(t) && !wonders_aloud(t))
    else {
        return false;
    };
    let replies = &out.intro[k + 1..];
    let longest = out.turns.iter().map(|t| t.answer.len()).max().unwrap_or(0);
    let answers = !replies.is_empty()
        && replies.len() <= longest
        && !replies
            .iter()
            .any(|(t, _)| asks_something(t) && !wonders_aloud(t));
    if !answers {
        return false;
    }
    let answer: Vec<(String, usize)> = out.intro.drain(k + 1..).collect();
    let (question, line) = out.intro.remove(k);
    out.turns.insert(
        0,
        Draft {
            question,
            line,
            speakers: vec![None; answer.len()],
            answer,
            ..Draft::default()
        },
    );
    true
}

/// Cuts a turn where one of its later answer paragraphs ends with `?` (or is one sentence
/// ending with a colon, a prompt to list: "Name your favourite books:") and what follows it
/// asks nothing, when most of the file's questions are answered by a single paragraph: in
/// that rhythm a longer answer holding a question is two exchanges, the second question too
/// long for the file's prompts. A rhetorical question inside an answer ends its paragraph
/// rarely, and such answers do not keep to one paragraph. The file's last paragraph, one
/// short sentence after a finished one and cut off by the end of the text, is a question
/// whose answer the page lost. A turn is cut at each such prompt, the last first.
pub fn split_asking_answers(out: &mut Assembled) {
    let single = out.turns.iter().filter(|t| t.answer.len() == 1).count();
    if single < MIN_ONE_PARAGRAPH_TURNS || 2 * single <= out.turns.len() {
        return;
    }
    let mut i = 0;
    while i < out.turns.len() {
        let last_turn = i + 1 == out.turns.len();
        let answer = &out.turns[i].answer;
        let cut = (1..answer.len()).rev().find(|&j| {
            let prompt = ends_with_question_mark(&answer[j].0) || lists(&answer[j].0);
            let answered =
                j + 1 < answer.len() && !answer[j + 1..].iter().any(|(t, _)| asks_something(t));
            (prompt && answered)
                || is_chained_prompt(answer, j)
                || (last_turn && j + 1 == answer.len() && is_cut_question(answer, j))
        });
        if let Some(j) = cut {
            let turn = &mut out.turns[i];
            let mut rest = turn.answer.split_off(j);
            let speakers = turn.speakers.split_off(j.min(turn.speakers.len()));
            let (question, line) = rest.remove(0);
            let next = Draft {
                question,
                line,
                speakers: speakers.into_iter().skip(1).collect(),
                answer: rest,
                ..Draft::default()
            };
            out.turns.insert(i + 1, next);
            // The turn's earlier paragraphs may hold another prompt: look at it again.
            continue;
        }
        i += 1;
    }
}

/// A few words that end no sentence ("Harbour Notes", a credit or a heading under a lead-in
/// ending with a colon): no reply to a remark.
fn is_fragment(text: &str) -> bool {
    let text = text.trim();
    words(text) <= MAX_FRAGMENT_WORDS && !text.ends_with(['.', '!', '?', '…', '"', '”', '»'])
}

/// See [`is_fragment`]: a reply of a word or two closes its sentence; a credit line does not.
const MAX_FRAGMENT_WORDS: usize = 3;

/// One sentence ending with a colon: a prompt to list, answered by the next paragraph.
fn lists(text: &str) -> bool {
    text.trim_end().ends_with(':') && sentences(text) == 1 && words(text) <= MAX_CUT_QUESTION_WORDS
}

/// Answer paragraph `j` (the file's last) is one short sentence left without any closing mark
/// after a finished paragraph: the text was cut in the middle of the next question.
fn is_cut_question(answer: &[(String, usize)], j: usize) -> bool {
    let text = answer[j].0.trim();
    let finished = |t: &str| {
        t.trim_end()
            .ends_with(['.', '!', '?', '…', '"', '”', '»', ')'])
    };
    !finished(text)
        && !text.ends_with([':', ';', ','])
        && finished(&answer[j - 1].0)
        && sentences(text) == 1
        && words(text) <= MAX_CUT_QUESTION_WORDS
        && text.starts_with(|c: char| c.is_uppercase() || c == '¿')
}

/// A question cut off by the end of the text, or a prompt to list, is one sentence of at most
/// this many words: a longer paragraph is an answer's.
const MAX_CUT_QUESTION_WORDS: usize = 30;

/// A paragraph in the speaker's own voice ("I hope…") closing on a question put to no one in
/// particular ("…will we ever sail that far again?"): an answer wondering aloud, not a prompt.
/// The interviewer's question turns to the listener.
fn wonders_aloud(text: &str) -> bool {
    speaks_of_self(text) && !closes_on_question_to_listener(text)
}

/// True when a word inside a sentence (not its first) is capitalised: a name.
fn names(text: &str) -> bool {
    let mut opens_sentence = true;
    for word in text.split_whitespace() {
        let letter = word.chars().find(|c| c.is_alphanumeric());
        if !opens_sentence && letter.is_some_and(char::is_uppercase) {
            return true;
        }
        opens_sentence = word.ends_with(['.', '!', '?', ':', '…']);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turn(question: &str, answer: &str) -> Draft {
        Draft {
            question: question.into(),
            answer: vec![(answer.into(), 0)],
            speakers: vec![None],
            ..Draft::default()
        }
    }

    fn assembled(intro: &[&str]) -> Assembled {
        Assembled {
            intro: intro.iter().map(|t| (t.to_string(), 0)).collect(),
            turns: vec![
                turn("Why glass?", "My mother blew glass, and her mother too."),
                turn("Is it hard?", "Harder every year, with the price of gas."),
                turn("What next?", "A bigger furnace, if the bank agrees."),
            ],
            ..Assembled::default()
        }
    }

    #[test]
    fn a_remark_and_its_answer_before_the_first_question_are_a_turn() {
        let mut out = assembled(&[
            "She has spent forty years at the furnace in the old quarter of Murano.",
            "You work with fire every day. The heat never leaves the room.",
            "Never. In August we start at four in the morning.",
        ]);
        take_opening_statements(&mut out);
        assert_eq!(out.intro.len(), 1);
        assert_eq!(out.turns.len(), 4);
        assert_eq!(
            out.turns[0].question,
            "You work with fire every day. The heat never leaves the room."
        );
    }

    #[test]
    fn a_lead_in_over_a_credit_line_stays_in_the_introduction() {
        let mut out = assembled(&[
            "It all happened so fast this year.",
            "I had never done one before, but said yes. Here is the result:",
            "Harbour Notes",
        ]);
        take_opening_statements(&mut out);
        assert_eq!(out.intro.len(), 3);
        assert_eq!(out.turns.len(), 3);
    }

    #[test]
    fn an_introduction_that_names_people_stays() {
        let mut out = assembled(&[
            "We met Lucia Berti at her furnace. She is seventy.",
            "The interview was held in Italian and translated by us.",
        ]);
        take_opening_statements(&mut out);
        assert_eq!(out.intro.len(), 2);
        let mut long_answers = assembled(&["The heat never leaves.", "Never, not even at night."]);
        long_answers.turns[0].answer.push(("More.".into(), 0));
        take_opening_statements(&mut long_answers);
        assert_eq!(long_answers.intro.len(), 2);
    }

    #[test]
    fn a_long_first_question_and_its_answer_open_the_turns() {
        let mut out = assembled(&[
            "A few of the questions we put to her last spring:",
            "Your studio has moved three times since the flood, and each move cost you a \
             season of work and most of your moulds. Why stay in glass at all?",
            "Because nothing else holds light the way it does.",
        ]);
        take_opening_question(&mut out);
        assert_eq!(out.intro.len(), 1);
        assert_eq!(out.turns.len(), 4);
        assert!(out.turns[0].question.ends_with("Why stay in glass at all?"));
        assert_eq!(out.turns[0].answer.len(), 1);
    }

    #[test]
    fn a_long_first_question_is_found_above_an_answer_that_wonders_aloud() {
        let mut out = assembled(&[
            "Thanks for talking to us, and welcome back.",
            "Your last book was about the river, and this one is about the sea, which I loved. \
             What do you hope readers take from it?",
            "I hope they look at the water differently. I grew up beside it. What do we owe \
             the places that made us?",
        ]);
        take_opening_question(&mut out);
        assert_eq!(out.intro.len(), 1);
        assert!(out.turns[0].question.ends_with("take from it?"));
        assert_eq!(out.turns[0].answer.len(), 1);
    }

    #[test]
    fn several_long_first_questions_each_open_a_turn() {
        let mut out = assembled(&[
            "Read our talk with the glass maker:",
            "When did you decide to work with glass, and how old were you when you blew \
             your first bowl in your mother's workshop?",
            "At nine, and it broke before it cooled.",
            "What did your mother say when she saw it break, and did she let you try again \
             the same day or make you wait?",
            "She laughed and handed me the pipe.",
        ]);
        take_opening_question(&mut out);
        assert_eq!(out.intro.len(), 1);
        assert_eq!(out.turns.len(), 5);
        assert!(out.turns[0].question.starts_with("When did you decide"));
    }

    #[test]
    fn a_teaser_question_followed_by_more_presentation_than_any_answer_stays() {
        let mut out = assembled(&[
            "What does it take to keep a furnace lit for forty years?",
            "She learned the trade from her mother on the island.",
            "We visited her workshop on a wet morning in March.",
        ]);
        take_opening_question(&mut out);
        assert_eq!(out.intro.len(), 3);
        assert_eq!(out.turns.len(), 3);
    }

    #[test]
    fn a_question_ending_a_later_answer_paragraph_opens_a_turn_in_one_paragraph_rhythm() {
        let mut out = assembled(&[]);
        out.turns.push(turn("Any help?", "My son, on Saturdays."));
        out.turns[1].answer.push((
            "And when the order book is full for the whole winter, do you ever turn work away?"
                .into(),
            0,
        ));
        out.turns[1]
            .answer
            .push(("Never, we hire more hands.".into(), 0));
        out.turns[1].speakers = vec![None; 3];
        split_asking_answers(&mut out);
        assert_eq!(out.turns.len(), 5);
        assert_eq!(out.turns[1].answer.len(), 1);
        assert!(out.turns[2].question.ends_with("turn work away?"));
        assert_eq!(out.turns[2].answer[0].0, "Never, we hire more hands.");
        let mut rhetorical = assembled(&[]);
        for turn in &mut rhetorical.turns[1..] {
            turn.answer.push(("Who would not?".into(), 0));
            turn.answer.push(("So we go on.".into(), 0));
        }
        split_asking_answers(&mut rhetorical);
        assert_eq!(rhetorical.turns.len(), 3);
    }

    #[test]
    fn a_prompt_to_list_above_a_cut_last_line_still_opens_its_own_turn() {
        let mut out = assembled(&[]);
        out.turns
            .insert(0, turn("Where?", "On the island, by the water."));
        out.turns[3]
            .answer
            .push(("Name the books you keep going back to:".into(), 0));
        out.turns[3]
            .answer
            .push(("A sailing memoir, and any atlas.".into(), 0));
        out.turns[3].answer.push(("Share this post".into(), 0));
        out.turns[3].speakers = vec![None; 4];
        split_asking_answers(&mut out);
        let questions: Vec<&str> = out.turns.iter().map(|t| t.question.as_str()).collect();
        assert_eq!(
            questions,
            [
                "Where?",
                "Why glass?",
                "Is it hard?",
                "What next?",
                "Name the books you keep going back to:",
                "Share this post"
            ]
        );
        assert_eq!(out.turns[3].answer.len(), 1);
    }
}
