//! The last question answered only by a reaction: "Will you ever retire?" / "[Laughs]", "(Risas)",
//! "(Risos)". The reaction is a stage direction and was dropped as one, which left the question
//! without an answer, as if the page had been cut after it. It was not: the guest answered, by
//! laughing. The question stays a question of the interview, and its answer is the reaction as
//! written, brackets and all, as its one paragraph. A reaction has no words of the guest's to
//! quote: the search meets such a short reply only through its question, which it never quotes
//! on its own (see `own_words` in the search), so the paragraph shows in the interview and its
//! context without being offered as an answer.

use super::super::labels::speaker_of;
use super::super::layout::Assembled;
use super::super::reading::{Clutter, Dropped, Para, Role, Speaker};

/// What may stand between the last question and the reaction answering it: the page's marks
/// (a separator, markup, furniture, a photo's credit, a timestamp), no one's words. Past any
/// other paragraph, a stage direction belongs to what follows the interview.
const CLUTTER_BETWEEN: &[Clutter] = &[
    Clutter::Separator,
    Clutter::Markup,
    Clutter::PageFurniture,
    Clutter::PhotoCredit,
    Clutter::Timestamp,
    Clutter::StageDirection,
];

/// The words of a bracketed note that report the speaker's own reaction (English, Spanish,
/// Portuguese), lowercase: laughter, a smile, a sigh, a nod, a pause or silence. Only such a
/// note answers a question; the interviewer's actions ("[Shows a photograph]") and the
/// transcriber's notes ("[Inaudible]", "[Crosstalk]") are stage directions that answer nothing.
pub(in crate::corpus) const REACTION_WORDS: &[&str] = &[
    "laughs",
    "laugh",
    "laughing",
    "laughter",
    "chuckles",
    "giggles",
    "smiles",
    "smile",
    "smiling",
    "sighs",
    "sigh",
    "nods",
    "pause",
    "pauses",
    "silence",
    "risas",
    "risa",
    "ríe",
    "riendo",
    "sonríe",
    "sonriendo",
    "sonrisa",
    "suspira",
    "suspiro",
    "asiente",
    "silencio",
    "pausa",
    "risos",
    "riso",
    "ri",
    "rindo",
    "sorri",
    "sorrindo",
    "sorriso",
    "suspiro",
    "silêncio",
];

/// A bracketed note ("[Laughs]", "(risas)", "[long pause]") that reports a reaction of the
/// speaker: one of its words is among [`REACTION_WORDS`].
pub(in crate::corpus) fn is_speaker_reaction(note: &str) -> bool {
    note.split(|c: char| !c.is_alphabetic())
        .any(|w| REACTION_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Gives the last question, left without an answer, the stage direction that follows it as its
/// answer: the first one dropped after the question's line, from `out`'s own dropped lines or
/// from `earlier` (the lines dropped before the turns were cut). A reaction labelled as the
/// interviewer's ("Q: (laughs)") answers nothing, nor one standing further down than the next
/// paragraph of `paras` with only the page's clutter between (see [`CLUTTER_BETWEEN`]). The
/// stage direction leaves the dropped lines.
pub fn answer_with_reaction(
    out: &mut Assembled,
    earlier: &mut Vec<Dropped>,
    paras: &[Para],
    speakers: &[Speaker],
) {
    let Some(last) = out.turns.last() else {
        return;
    };
    if !last.answer.is_empty() {
        return;
    }
    let after = |d: &Dropped| d.reason == Clutter::StageDirection && d.line > last.line;
    let own = out
        .dropped
        .iter()
        .filter(|d| after(d))
        .map(|d| d.line)
        .min();
    let before = earlier.iter().filter(|d| after(d)).map(|d| d.line).min();
    let Some(line) = own.into_iter().chain(before).min() else {
        return;
    };
    if !stands_right_after(paras, last.line, line, &out.dropped, earlier) {
        return;
    }
    let from_own = own == Some(line);
    let list = if from_own { &mut out.dropped } else { earlier };
    let Some(at) = list.iter().position(|d| is_reaction_on(d, line)) else {
        return;
    };
    let labelled = speaker_of(&list[at].text, speakers);
    if labelled.is_some_and(|(s, _)| s.role == Role::Interviewer) {
        return;
    }
    // An editor's or transcriber's note closing the page ("[End of interview]", "[Edited
    // for clarity.]", "[Inaudible]") is no one's reply: the question was left unanswered.
    if !is_speaker_reaction(&list[at].text) {
        return;
    }
    let text = labelled
        .map_or(list[at].text.trim(), |(_, body)| body.trim())
        .to_string();
    let speaker = labelled.map(|(s, _)| s.label.clone());
    list.remove(at);
    if let Some(turn) = out.turns.last_mut() {
        turn.answer.push((text, line));
        turn.speakers.push(speaker);
    }
}

/// Every paragraph between the question's line and the reaction's `line` was dropped as the
/// page's clutter, in `own` or `earlier`.
pub(in crate::corpus) fn stands_right_after(
    paras: &[Para],
    question: usize,
    line: usize,
    own: &[Dropped],
    earlier: &[Dropped],
) -> bool {
    let clutter = |at: usize| {
        (own.iter().chain(earlier)).any(|d| d.line == at && CLUTTER_BETWEEN.contains(&d.reason))
    };
    (paras.iter())
        .filter(|p| p.line > question && p.line < line)
        .all(|p| clutter(p.line))
}

/// The dropped line `d` is the stage direction on `line`.
fn is_reaction_on(d: &Dropped, line: usize) -> bool {
    d.line == line && d.reason == Clutter::StageDirection
}

#[cfg(test)]
mod tests {
    use super::super::super::layout::Draft;
    use super::super::super::rhythm::tests::para;
    use super::*;

    /// The answers of a parsed text, each as its paragraphs.
    fn answers(text: &str) -> Vec<(String, Vec<String>)> {
        let reading = crate::corpus::read("t", text).expect("parses");
        let turns = reading.interview.turns;
        turns.into_iter().map(|t| (t.question, t.answer)).collect()
    }

    #[test]
    fn a_last_question_answered_by_a_laugh_keeps_the_laugh_as_its_answer() {
        let text = "Glass\n\nQ: When did you start?\n\nA: At fourteen, with my uncle.\n\n\
                    Q: Why no vases for sale?\n\nA: Each has a fault only I see.\n\n\
                    Q: Will you ever retire?\n\nA: [Laughs]\n";
        let turns = answers(text);
        assert_eq!(turns.len(), 3);
        assert_eq!(turns[2].0, "Will you ever retire?");
        assert_eq!(turns[2].1, ["[Laughs]"]);
        assert_eq!(turns[1].1, ["Each has a fault only I see."]);
        let reading = crate::corpus::read("t", text).expect("parses");
        let reasons: Vec<Clutter> = reading.dropped.iter().map(|d| d.reason).collect();
        assert!(!reasons.contains(&Clutter::StageDirection));
        assert!(!reasons.contains(&Clutter::CutOff));
    }

    #[test]
    fn an_unlabelled_reaction_answers_the_last_question_too() {
        let text = "Barro\n\n¿Cómo empezó con el barro?\n\n\
                    Con mi abuela, en la cocina, rompiendo sus cuencos uno a uno.\n\n\
                    ¿Por qué cuece en la playa?\n\n\
                    Porque el viento del mar cambia el color del esmalte cada día.\n\n\
                    ¿Y si le prohíben el fuego en la arena?\n\n(Risas)\n";
        let turns = answers(text);
        assert_eq!(turns.len(), 3);
        assert_eq!(turns[2].1, ["(Risas)"]);
    }

    #[test]
    fn an_editors_note_under_the_last_question_answers_nothing() {
        let text = "Bells\n\nQ: How do you tune a bell?\n\nA: On a lathe, upside down.\n\n\
                    Q: Which bell was hardest?\n\nA: The tenor. Three pourings.\n\n\
                    Q: What comes next?\n\n";
        for note in [
            "[End of interview]",
            "[Edited for clarity.]",
            "(Recording ends)",
        ] {
            let turns = answers(&format!("{text}{note}\n"));
            assert_eq!(turns.len(), 2, "{note}");
        }
        assert_eq!(answers(&format!("{text}[Laughs]\n")).len(), 3);
    }

    #[test]
    fn a_page_cut_after_its_last_question_still_drops_it() {
        let text = "Glass\n\nQ: When did you start?\n\nA: At fourteen.\n\n\
                    Q: Why no vases?\n\nA: Each has a fault.\n\nQ: Will you ever retire?\n";
        assert_eq!(answers(text).len(), 2);
        // The interviewer laughing at their own question answers nothing either.
        let own = text.replace("retire?\n", "retire?\n\nQ: [laughs]\n");
        assert_eq!(answers(&own).len(), 2);
    }

    #[test]
    fn a_reaction_far_below_the_last_question_answers_nothing() {
        let laugh = Dropped {
            line: 9,
            text: "(laughs)".into(),
            reason: Clutter::StageDirection,
        };
        let reading = || Assembled {
            turns: vec![Draft {
                question: "Will you ever retire?".into(),
                line: 3,
                ..Draft::default()
            }],
            dropped: vec![laugh.clone()],
            ..Assembled::default()
        };
        let paras = [
            para("Will you ever retire?", 3),
            para("More from our series on glassmakers", 5),
            para("(laughs)", 9),
        ];
        let mut out = reading();
        answer_with_reaction(&mut out, &mut Vec::new(), &paras, &[]);
        assert!(out.turns[0].answer.is_empty());
        // Only a separator between: the reaction stands right after the question.
        let mut out = reading();
        let separator = Dropped {
            line: 5,
            text: "* * *".into(),
            reason: Clutter::Separator,
        };
        answer_with_reaction(&mut out, &mut vec![separator], &paras, &[]);
        assert_eq!(out.turns[0].answer, [("(laughs)".to_string(), 9)]);
    }
}
