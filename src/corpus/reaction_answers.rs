//! A question in the middle of an interview answered only by a reaction: "Do you ever break a
//! piece on purpose?" / "[Laughs]" / "Why no vases for sale?" / the answer. The reaction is a
//! stage direction and was dropped as one before or while the turns were cut, which left the
//! two questions side by side: they were read as one question asked in two paragraphs, and the
//! answer to the second was shown under both. The guest did answer the first, by laughing:
//! it stays a question of its own, and its answer is the reaction as written, as for the last
//! question of a file (see `tail::reaction`). A reaction has no words of the guest's to quote,
//! so the search meets it only through its question and never offers it as an answer.

use super::cues::ends_with_question_mark;
use super::labels::speaker_of;
use super::layout::{Assembled, Draft};
use super::reading::{Clutter, Dropped, Para, Role, Speaker};
use super::tail::{is_speaker_reaction, stands_right_after};

/// Parts every question of `out` that a reaction answered in the middle: where a question was
/// joined from paragraphs and a stage direction (from `out`'s dropped lines or from `earlier`,
/// those dropped before the turns were cut) stands between two of them with only the page's
/// clutter around it, the paragraphs above it are a question that asks (ends with `?`),
/// answered by the reaction, and those under it the next question. A reaction labelled as
/// the interviewer's answers nothing. The reaction leaves the dropped lines.
pub fn answer_mid_reactions(
    out: &mut Assembled,
    earlier: &mut Vec<Dropped>,
    paras: &[Para],
    speakers: &[Speaker],
) {
    let mut turns = Vec::with_capacity(out.turns.len());
    for turn in std::mem::take(&mut out.turns) {
        let mut turn = turn;
        while let Some((first, rest)) = part(&turn, out, earlier, paras, speakers) {
            turns.push(first);
            turn = rest;
        }
        turns.push(turn);
    }
    out.turns = turns;
}

/// The question answered by a reaction, cut from the front of `turn`, and the rest of `turn`;
/// the reaction is taken out of the dropped lines.
fn part(
    turn: &Draft,
    out: &mut Assembled,
    earlier: &mut Vec<Dropped>,
    paras: &[Para],
    speakers: &[Speaker],
) -> Option<(Draft, Draft)> {
    let (j, line) = (0..turn.joined.len()).find_map(|j| {
        let above = j.checked_sub(1).map_or(turn.line, |k| turn.joined[k].1);
        let below = turn.joined[j].1;
        let reaction = reaction_between(above, below, &out.dropped, earlier, paras)?;
        Some((j, reaction))
    })?;
    let rest: Vec<&str> = turn.joined[j..].iter().map(|(t, _)| t.as_str()).collect();
    let rest = rest.join(" ");
    let asked = turn.question.strip_suffix(&rest)?.strip_suffix(' ')?;
    if !ends_with_question_mark(asked) {
        return None;
    }
    let list = match out.dropped.iter().any(|d| is_reaction_on(d, line)) {
        true => &mut out.dropped,
        false => earlier,
    };
    let at = list.iter().position(|d| is_reaction_on(d, line))?;
    let labelled = speaker_of(&list[at].text, speakers);
    if labelled.is_some_and(|(s, _)| s.role == Role::Interviewer) {
        return None;
    }
    let reaction = labelled
        .map_or(list[at].text.trim(), |(_, body)| body.trim())
        .to_string();
    let speaker = labelled.map(|(s, _)| s.label.clone());
    list.remove(at);
    let first = Draft {
        question: asked.to_string(),
        line: turn.line,
        answer: vec![(reaction, line)],
        speakers: vec![speaker],
        joined: turn.joined[..j].to_vec(),
    };
    let rest = Draft {
        question: rest,
        line: turn.joined[j].1,
        joined: turn.joined[j + 1..].to_vec(),
        ..turn.clone()
    };
    Some((first, rest))
}

/// The line of the speaker's reaction (see [`is_speaker_reaction`]) standing between the question paragraphs on lines `above`
/// and `below`, with only the page's clutter between each of them and it.
fn reaction_between(
    above: usize,
    below: usize,
    own: &[Dropped],
    earlier: &[Dropped],
    paras: &[Para],
) -> Option<usize> {
    let line = (own.iter().chain(earlier))
        .filter(|d| d.reason == Clutter::StageDirection && d.line > above && d.line < below)
        .filter(|d| is_speaker_reaction(&d.text))
        .map(|d| d.line)
        .min()?;
    (stands_right_after(paras, above, line, own, earlier)
        && stands_right_after(paras, line, below, own, earlier))
    .then_some(line)
}

/// The dropped line `d` is the stage direction on `line`.
fn is_reaction_on(d: &Dropped, line: usize) -> bool {
    d.line == line && d.reason == Clutter::StageDirection
}

#[cfg(test)]
mod tests {
    use super::is_speaker_reaction;

    /// The questions of a parsed text, each with its answer's paragraphs.
    fn turns(text: &str) -> Vec<(String, Vec<String>)> {
        let reading = crate::corpus::read("t", text).expect("parses");
        let turns = reading.interview.turns;
        turns.into_iter().map(|t| (t.question, t.answer)).collect()
    }

    const LABELLED: &str = "Glass at the harbour\n\n\
        Mira Tolland blows glass in a shed on the quay. We met her between two firings.\n\n\
        Q: When did you start?\n\nA: At fourteen, with my uncle, who let me sweep first.\n\n\
        Q: Do you ever break a piece on purpose?\n\nA: [Laughs]\n\n\
        Q: Why no vases for sale?\n\nA: Each has a fault only I see, and I cannot sell it.\n\n\
        Q: What colour is hardest?\n\nA: Red. Gold makes it, and gold is moody.\n";

    #[test]
    fn a_question_answered_by_a_laugh_mid_file_keeps_the_laugh_as_its_answer() {
        let turns = turns(LABELLED);
        assert_eq!(turns.len(), 4, "{turns:?}");
        assert_eq!(turns[1].0, "Do you ever break a piece on purpose?");
        assert_eq!(turns[1].1, ["[Laughs]"]);
        assert_eq!(turns[2].0, "Why no vases for sale?");
        assert_eq!(turns[2].1.len(), 1);
    }

    #[test]
    fn an_unlabelled_reaction_parts_two_plain_questions() {
        let text = "El vidrio del puerto\n\n\
            Mira Tolland sopla vidrio en un galpón del muelle. La encontramos entre dos hornadas.\n\n\
            ¿Cuándo empezó?\n\nA los catorce, con mi tío, que me dejó barrer el piso primero.\n\n\
            ¿Rompe alguna pieza a propósito?\n\n(risas)\n\n¿Por qué no vende jarrones?\n\n\
            Cada uno tiene un defecto que sólo veo yo, y no puedo venderlo.\n\n\
            ¿Qué color es el más difícil?\n\nEl rojo. Lo hace el oro, y el oro es caprichoso.\n";
        let turns = turns(text);
        assert_eq!(turns.len(), 4, "{turns:?}");
        assert_eq!(turns[1].1, ["(risas)"]);
        assert_eq!(turns[2].0, "¿Por qué no vende jarrones?");
    }

    #[test]
    fn the_interviewers_own_laugh_or_a_statement_answers_nothing() {
        let own = LABELLED.replace("A: [Laughs]", "Q: [Laughs]");
        assert_eq!(turns(&own).len(), 3);
        // A prompt that asks nothing before the reaction reads on into the next question.
        let told = LABELLED.replace("on purpose?", "on purpose, I hear.");
        assert_eq!(turns(&told).len(), 3);
    }

    #[test]
    fn an_interviewers_action_or_a_transcription_note_answers_nothing() {
        for note in [
            "[Shows a photograph]",
            "[Inaudible]",
            "[Crosstalk]",
            "(Le muestra una foto)",
        ] {
            let text = LABELLED.replace("A: [Laughs]", note);
            let turns = turns(&text);
            assert_eq!(turns.len(), 3, "{note}: {turns:?}");
            assert!(turns.iter().all(|t| t.1 != [note]), "{note}: {turns:?}");
        }
    }

    #[test]
    fn only_a_reaction_of_the_speaker_is_one() {
        for note in [
            "[Laughs]",
            "(risas)",
            "(Risos)",
            "[long pause]",
            "(suspira)",
        ] {
            assert!(is_speaker_reaction(note), "{note}");
        }
        for note in ["[Shows a photograph]", "[Inaudible]", "[Crosstalk]"] {
            assert!(!is_speaker_reaction(note), "{note}");
        }
    }

    #[test]
    fn a_question_over_two_paragraphs_keeps_both_above_its_laugh() {
        let two = LABELLED.replace(
            "A: [Laughs]",
            "Q: And the ones that crack in the kiln?\n\nA: [Laughs]",
        );
        let turns = turns(&two);
        assert_eq!(turns.len(), 4, "{turns:?}");
        assert_eq!(
            turns[1].0,
            "Do you ever break a piece on purpose? And the ones that crack in the kiln?"
        );
        assert_eq!(turns[1].1, ["[Laughs]"]);
    }
}
