//! A page holding several questionnaires one after the other ("Questions for Ada Moss", her
//! answers, then "Questions for Tom Reed", his): the next one's headline repeats the
//! file's headline with another name. It is no part of a question, and the answers after it
//! are that person's, not the interviewee's.

use super::assembled::Assembled;
use super::reading::{Clutter, Dropped, Para};
use super::Turn;

/// A person's name in a headline runs this many capitalised words at least: one word could
/// be a place or a topic ("Questions on Lisbon").
const MIN_NAME_WORDS: usize = 2;

/// And this many at most: a longer run of capitals is a title in Title Case.
const MAX_NAME_WORDS: usize = 4;

/// A headline split into its frame (the words around the name) and the name at its end.
fn frame_and_name(text: &str) -> Option<(Vec<&str>, Vec<&str>)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = |w: &&&str| w.chars().next().is_some_and(char::is_uppercase);
    let name_len = words.iter().rev().take_while(capitalised).count();
    let frame = &words[..words.len() - name_len];
    ((MIN_NAME_WORDS..=MAX_NAME_WORDS).contains(&name_len)
        && !frame.is_empty()
        && !text.contains(['?', '¿', '.', ':']))
    .then(|| (frame.to_vec(), words[frame.len()..].to_vec()))
}

/// The paragraphs repeating the headline's frame with another name: their lines and names.
fn next_headlines(paras: &[Para], title: &str) -> Vec<(usize, String)> {
    let Some((frame, name)) = frame_and_name(title) else {
        return Vec::new();
    };
    paras
        .iter()
        .filter_map(|p| {
            let (f, n) = frame_and_name(&p.text)?;
            (f == frame && n != name).then(|| (p.line, n.join(" ")))
        })
        .collect()
}

/// Takes the next questionnaires' headlines out of the questions and answers they were read
/// into, and returns where each starts and whom it questions.
pub fn split_next_headlines(
    out: &mut Assembled,
    paras: &[Para],
    title: Option<&str>,
) -> Vec<(usize, String)> {
    let found = title.map_or_else(Vec::new, |t| next_headlines(paras, t));
    for (line, _) in &found {
        let Some(para) = paras.iter().find(|p| p.line == *line) else {
            continue;
        };
        let next_line = paras.iter().map(|p| p.line).find(|l| l > line);
        for turn in &mut out.turns {
            turn.answer.retain(|(_, l)| l != line);
            let rest = turn
                .question
                .strip_prefix(para.text.as_str())
                .map(str::trim);
            if let (true, Some(rest), Some(next)) = (turn.line == *line, rest, next_line) {
                if !rest.is_empty() {
                    turn.question = rest.to_string();
                    turn.line = next;
                }
            }
        }
        out.dropped.push(Dropped {
            line: *line,
            text: para.text.clone(),
            reason: Clutter::NextHeadline,
        });
    }
    found
}

/// Credits the answers after a next questionnaire's headline to the person it names.
pub fn credit_next_guests(turns: &mut [Turn], starts: &[(usize, String)]) {
    for turn in turns {
        let Some((_, name)) = starts.iter().rev().find(|(line, _)| *line < turn.line) else {
            continue;
        };
        turn.speakers = vec![Some(name.clone()); turn.answer.len()];
    }
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::para;
    use super::*;

    #[test]
    fn the_headline_frame_with_another_name_starts_the_next_questionnaire() {
        let paras = [
            para("Why bread?", 3),
            para("Because of my grandmother.", 5),
            para("Questions for Tom Reed", 7),
            para("Questions for the baker", 8),
            para("Why bread?", 9),
        ];
        let found = next_headlines(&paras, "Questions for Ada Moss");
        assert_eq!(found, vec![(7, "Tom Reed".to_string())]);
        assert!(next_headlines(&paras, "Why we bake").is_empty());
    }

    #[test]
    fn answers_after_the_next_headline_are_credited_to_its_guest() {
        let turn = |line: usize| Turn {
            question: "Why bread?".into(),
            answer: vec!["Because.".into()],
            line,
            speakers: Vec::new(),
        };
        let mut turns = [turn(3), turn(9)];
        credit_next_guests(&mut turns, &[(7, "Tom Reed".to_string())]);
        assert!(turns[0].speakers.is_empty());
        assert_eq!(turns[1].speakers, [Some("Tom Reed".to_string())]);
    }
}
