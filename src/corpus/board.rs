//! A panel that asks by name while the person it questions is not labelled, as an editorial
//! board prints its endorsement interviews (`Ann Reyes: Thank you for joining us. Why run?` /
//! the candidate's unlabelled reply / `Tom Hale: How would you pay for it?` / the reply). Each
//! board member may speak only once in an excerpt, so the usual count of a label's uses says
//! nothing; the file's shape does: every name label opens a paragraph that asks, the
//! paragraph after it is never labelled, and the one before it does not ask (else the names
//! answer the questions above them). Those names are the interviewers, and the unlabelled
//! paragraphs are the answers.

use super::cues::ends_with_question_mark;
use super::forms::is_placeholder;
use super::labels::{is_generic, is_name_like, same_speaker, split_label};
use super::reading::{Para, Role, Speaker};

/// Name labels that open asking paragraphs: at least this many turns (by one person or more).
const MIN_BOARD_TURNS: usize = 2;

/// Share of the labelled paragraphs that must ask: a board member may make a remark before
/// asking in the next turn.
const MIN_ASKING_SHARE: f64 = 0.75;

/// Makes interviewers of the name labels of a file in which only the askers are labelled
/// (see the module doc); the speakers found by counting uses are replaced.
pub fn board_askers(paras: &[Para], speakers: &mut Vec<Speaker>) {
    let generic_asker = |s: &Speaker| s.role == Role::Interviewer && is_generic(&s.label);
    if speakers.iter().any(generic_asker) {
        return;
    }
    let labels = name_labels(paras);
    let turns: Vec<usize> = (0..paras.len()).filter(|&i| labels[i].is_some()).collect();
    if !is_board(paras, &labels, &turns) {
        return;
    }
    let mut board: Vec<Speaker> = Vec::new();
    for &i in &turns {
        let (label, _) = labels[i].clone().unwrap_or_default();
        match board.iter_mut().find(|s| same_speaker(&s.label, &label)) {
            Some(speaker) => speaker.count += 1,
            None => board.push(Speaker {
                label,
                role: Role::Interviewer,
                count: 1,
                line: paras[i].line,
            }),
        }
    }
    let covered = speakers
        .iter()
        .all(|s| board.iter().any(|b| same_speaker(&b.label, &s.label)));
    if covered {
        *speakers = board;
    }
}

/// Each paragraph's name label (no role, no placeholder) and whether its words ask.
fn name_labels(paras: &[Para]) -> Vec<Option<(String, bool)>> {
    paras
        .iter()
        .map(|p| {
            let l = split_label(&p.text).filter(|l| !l.period)?;
            let named =
                is_name_like(&l.label) && !is_generic(&l.label) && !is_placeholder(&l.label);
            let asks = l.body.contains('?') || ends_with_question_mark(l.body);
            named.then_some((l.label, asks))
        })
        .collect()
}

/// The labelled `turns` ask, each is answered by an unlabelled paragraph, and the paragraphs
/// before them do not ask (where only the answers carry names, those are the questions).
fn is_board(paras: &[Para], labels: &[Option<(String, bool)>], turns: &[usize]) -> bool {
    let answered = turns
        .iter()
        .all(|&i| i + 1 < paras.len() && labels[i + 1].is_none());
    let asking = turns
        .iter()
        .filter(|&&i| labels[i].as_ref().is_some_and(|(_, asks)| *asks))
        .count();
    let after_question = turns
        .iter()
        .filter(|&&i| {
            i > 0 && labels[i - 1].is_none() && ends_with_question_mark(&paras[i - 1].text)
        })
        .count();
    turns.len() >= MIN_BOARD_TURNS
        && answered
        && (asking as f64) >= MIN_ASKING_SHARE * turns.len() as f64
        && 2 * after_question < turns.len()
}

#[cfg(test)]
mod tests {
    use crate::corpus::read;

    #[test]
    fn a_board_asking_by_name_questions_an_unlabelled_guest() {
        let text = "Lena Voss on the harbour budget\n\n\
                    Lena Voss is running for harbour commissioner.\n\n\
                    Ann Reyes: Thanks for coming. Why do you want this job?\n\n\
                    Because the harbour is failing the people who work there.\n\n\
                    I have seen it from the docks.\n\n\
                    Tom Hale: Who pays for the new pier? Give us a number.\n\n\
                    The port authority, about forty million over ten years.";
        let reading = read("t", text).expect("parses");
        let interview = &reading.interview;
        let turns: Vec<_> = interview
            .turns
            .iter()
            .map(|t| (t.question.as_str(), t.answer.len()))
            .collect();
        assert_eq!(
            turns,
            [
                ("Thanks for coming. Why do you want this job?", 2),
                ("Who pays for the new pier? Give us a number.", 1)
            ]
        );
        assert_eq!(interview.interviewee(), "Lena Voss");
        assert_eq!(
            interview.intro,
            ["Lena Voss is running for harbour commissioner."]
        );
    }

    #[test]
    fn names_answering_the_questions_above_them_are_no_board() {
        let text = "Title\n\nWhy boats?\n\nAnn Reyes: My father had one, did you know?\n\n\
                    And then?\n\nAnn Reyes: We sank. Who would not?\n\nIt was cold.";
        let reading = read("t", text).expect("parses");
        assert_eq!(reading.interview.turns[0].question, "Why boats?");
    }

    #[test]
    fn names_that_answer_are_no_board() {
        let text = "Title\n\nWhy boats?\n\nAnn Reyes: My father had one.\n\n\
                    It leaked.\n\nTom Hale: Mine too, why not?\n\nAnd then?\n\nAnn Reyes: We sank.";
        let reading = read("t", text).expect("parses");
        assert!(reading.interview.turns[0]
            .question
            .starts_with("Why boats?"));
        assert!(!reading
            .speakers
            .iter()
            .any(|s| s.label == "Ann Reyes" && s.role == super::Role::Interviewer));
    }
}
