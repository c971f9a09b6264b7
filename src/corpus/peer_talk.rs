//! Two people talking as equals rather than one interviewing the other: an oral-history
//! conversation between a researcher and the person she studies with, two friends recorded
//! together. Each is labelled by name (`Sue:`, `Jess—`), and the side read as asking (the one
//! whose turns are shorter) asks nothing: none of its turns holds a `?`. Its words are then
//! not prompts but things said ("Right. Any preconceived notions… let go of the outcome."),
//! and a reader asking "what did Sue say about …" wants them. Each of its turns after the
//! first is also quoted, credited to its speaker, as the last paragraph of the turn before
//! it; it stays the prompt of its own turn, so the other's reply keeps its context. The side
//! that talks at length stays the interviewee.

use super::assembled::Assembled;
use super::cues::asks_something;
use super::forms::is_generic;
use super::labels::is_name_like;
use super::reading::{Role, Speaker};

/// Turns needed before a file is read as a conversation of equals: in one or two, an
/// interviewer may well make remarks without asking.
const MIN_PEER_TURNS: usize = 3;

/// Quotes the asking side's words too, credited to it, when the file is a conversation of
/// two named equals (see the module doc).
pub fn quote_both_peers(out: &mut Assembled, speakers: &[Speaker]) {
    let Some(asker) = peer_asker(speakers) else {
        return;
    };
    if out.turns.len() < MIN_PEER_TURNS || out.turns.iter().any(|t| asks_something(&t.question)) {
        return;
    }
    for i in 1..out.turns.len() {
        let said = (out.turns[i].question.clone(), out.turns[i].line);
        let before = &mut out.turns[i - 1];
        before.answer.push(said);
        before.speakers.push(Some(asker.clone()));
    }
}

/// The asking side's label, when the file has exactly two speakers, one asking and one
/// answering, each labelled by a name rather than a role (`Q:`, `Interviewer:`).
fn peer_asker(speakers: &[Speaker]) -> Option<String> {
    let [a, b] = speakers else {
        return None;
    };
    let named = |s: &Speaker| is_name_like(&s.label) && !is_generic(&s.label);
    if !named(a) || !named(b) || a.role == b.role {
        return None;
    }
    let asker = if a.role == Role::Interviewer { a } else { b };
    Some(asker.label.clone())
}

#[cfg(test)]
mod tests {
    use super::super::assembled::Draft;
    use super::*;

    fn speaker(label: &str, role: Role) -> Speaker {
        Speaker {
            label: label.to_string(),
            role,
            count: 3,
            line: 1,
        }
    }

    fn drafts(prompts: &[&str]) -> Assembled {
        let turns = (prompts.iter().enumerate())
            .map(|(i, q)| Draft {
                question: q.to_string(),
                line: 4 * i + 1,
                answer: vec![(format!("A long reply number {i}."), 4 * i + 3)],
                speakers: vec![None],
                ..Draft::default()
            })
            .collect();
        Assembled {
            turns,
            ..Assembled::default()
        }
    }

    fn pair() -> Vec<Speaker> {
        vec![
            speaker("Mara", Role::Interviewer),
            speaker("Ines", Role::Interviewee),
        ]
    }

    #[test]
    fn the_quieter_peers_words_are_quoted_and_credited() {
        let mut out = drafts(&[
            "Well, the archive is mostly dust.",
            "Right. Let go of the plan.",
            "Oh wow. That is a lot of typing.",
        ]);
        quote_both_peers(&mut out, &pair());
        assert_eq!(out.turns[0].answer[1].0, "Right. Let go of the plan.");
        assert_eq!(out.turns[0].speakers[1].as_deref(), Some("Mara"));
        assert_eq!(out.turns[1].answer.len(), 2);
        assert_eq!(out.turns[2].answer.len(), 1, "the last turn has no next");
        assert_eq!(out.turns[1].question, "Right. Let go of the plan.");
    }

    #[test]
    fn an_interviewer_who_asks_or_a_role_label_keeps_the_prompts_out() {
        let asking = [
            "Well, the archive is mostly dust.",
            "Why did you start?",
            "Tell us about the kiln.",
        ];
        let mut out = drafts(&asking);
        quote_both_peers(&mut out, &pair());
        assert!(
            out.turns.iter().all(|t| t.answer.len() == 1),
            "one prompt asks"
        );
        let mut out = drafts(&["Tell us.", "Go on.", "And then."]);
        let roles = [
            speaker("Q", Role::Interviewer),
            speaker("A", Role::Interviewee),
        ];
        quote_both_peers(&mut out, &roles);
        assert!(out.turns.iter().all(|t| t.answer.len() == 1), "role labels");
        let mut out = drafts(&["Tell us.", "Go on."]);
        quote_both_peers(&mut out, &pair());
        assert!(out.turns.iter().all(|t| t.answer.len() == 1), "two turns");
    }
}
