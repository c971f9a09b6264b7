//! A byline set as a bare name under the headline ("Ada Moss" on a line of its own, no "By"):
//! the journalist who signs the piece. The text never names them again, while the person
//! interviewed is named in the headline, the standfirst or the answers.

use super::assembled::Assembled;
use super::reading::{Clutter, Dropped};

/// A name runs this many words at least (a single word could be a rubric: "Interview"), and
/// at most [`MAX_NAME_WORDS`].
const MIN_NAME_WORDS: usize = 2;

/// A longer run of capitalised words is a title in Title Case, not a name.
const MAX_NAME_WORDS: usize = 4;

/// Takes the bare name line standing among the introduction's opening lines (before its first
/// sentence) whose surname no other paragraph of the text writes, drops it as a byline and
/// returns the name and its line. `whole` is every paragraph of the text and the title.
pub fn take_bare_byline(out: &mut Assembled, whole: &[&str]) -> Option<(String, usize)> {
    let first = out.turns.first().map_or(usize::MAX, |t| t.line);
    let opening = out
        .intro
        .iter()
        .take_while(|(t, l)| *l < first && !t.trim_end().ends_with(['.', '!', '?']))
        .count();
    let index = out.intro[..opening].iter().position(|(text, _)| {
        is_bare_name(text)
            && text
                .split_whitespace()
                .last()
                .is_some_and(|surname| whole.iter().filter(|p| p.contains(surname)).count() <= 1)
    })?;
    let (text, line) = out.intro.remove(index);
    out.dropped.push(Dropped {
        line,
        text: text.clone(),
        reason: Clutter::Byline,
    });
    Some((text.trim().to_string(), line))
}

/// Two to four capitalised words, an initial allowed in the middle ("Ada R. Moss").
fn is_bare_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let initial = |w: &str| w.len() == 2 && w.ends_with('.');
    let name_word = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .skip(1)
                .all(|c| c.is_lowercase() || c == '-' || c == '\'')
            && w.chars().count() > 1
    };
    (MIN_NAME_WORDS..=MAX_NAME_WORDS).contains(&words.len())
        && name_word(words[0])
        && name_word(words[words.len() - 1])
        && words.iter().all(|w| name_word(w) || initial(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::assembled::Draft;

    fn reading(intro: &[&str]) -> Assembled {
        Assembled {
            intro: intro
                .iter()
                .enumerate()
                .map(|(i, t)| (t.to_string(), 2 * i + 1))
                .collect(),
            turns: vec![Draft {
                question: "Why bread?".into(),
                line: 40,
                ..Draft::default()
            }],
            ..Assembled::default()
        }
    }

    #[test]
    fn a_bare_name_under_the_headline_is_the_byline() {
        let intro = [
            "«Bread is patience»",
            "Tom R. Reed",
            "A talk with the baker Ada Moss",
        ];
        let mut out = reading(&intro);
        let whole = [intro[0], intro[1], intro[2], "I knead at dawn, says Moss."];
        let found = take_bare_byline(&mut out, &whole);
        assert_eq!(found, Some(("Tom R. Reed".to_string(), 3)));
        assert_eq!(out.intro.len(), 2);
        assert_eq!(out.dropped[0].reason, Clutter::Byline);
    }

    #[test]
    fn the_person_the_text_names_again_or_a_name_after_prose_is_kept() {
        let intro = ["«Bread is patience»", "Ada Moss"];
        let whole = [intro[0], intro[1], "Ada Moss opened her shop in May."];
        assert_eq!(take_bare_byline(&mut reading(&intro), &whole), None);
        let intro = ["She opened her shop in May.", "Tom Reed"];
        assert_eq!(take_bare_byline(&mut reading(&intro), &intro), None);
    }
}
