//! A byline set as a bare name under the headline ("Ada Moss" on a line of its own, no "By"):
//! the journalist who signs the piece. The text never names them again in its prose, while
//! the person interviewed is named in the headline, the standfirst or the answers.

use super::assembled::Assembled;
use super::markup::strip_bullet;
use super::reading::{Clutter, Dropped};

/// A name runs this many words at least (a single word could be a rubric: "Interview"), and
/// at most [`MAX_NAME_WORDS`].
const MIN_NAME_WORDS: usize = 2;

/// A longer run of capitalised words is a title in Title Case, not a name.
const MAX_NAME_WORDS: usize = 4;

/// The standfirst under the headline is one paragraph: a byline stands above or right under
/// it, never under the introduction's later prose.
const MAX_STANDFIRST_PARAGRAPHS: usize = 1;

/// Takes the bare name line standing among the introduction's opening lines whose surname no
/// other paragraph of the text writes in prose, drops it as a byline and returns the name and
/// its line. `whole` is every paragraph of the text and the title.
///
/// The opening lines are those above the introduction's first sentence, and a name right under
/// a one-paragraph standfirst when more introduction follows it (headline, standfirst, "Ana
/// Vidal", then the article): a name closing the introduction, over the questions, may head
/// the conversation instead.
pub fn take_bare_byline(out: &mut Assembled, whole: &[&str]) -> Option<(String, usize)> {
    let first = out.turns.first().map_or(usize::MAX, |t| t.line);
    let before = out.intro.iter().take_while(|(_, l)| *l < first).count();
    let sentence = |t: &str| t.trim_end().ends_with(['.', '!', '?']);
    let index = (0..before).find(|&k| {
        let text = out.intro[k].0.as_str();
        let sentences = out.intro[..k].iter().filter(|(t, _)| sentence(t)).count();
        let placed = sentences == 0 || (sentences <= MAX_STANDFIRST_PARAGRAPHS && k + 1 < before);
        placed && is_bare_name(text) && !written_again(text, whole)
    })?;
    let (text, line) = out.intro.remove(index);
    out.dropped.push(Dropped {
        line,
        text: text.clone(),
        reason: Clutter::Byline,
    });
    Some((without_bullet(&text).to_string(), line))
}

/// Whether another paragraph of `whole` writes the given name or the surname of `name`, in
/// prose or as a speaker's label ("Ada: …" answering the questions): the person the text is
/// about, not its author. A line that is only the name again, under a speaker's label ("SM:
/// Sara Mund", the page's key to its labels), names no one in prose and does not count.
fn written_again(name: &str, whole: &[&str]) -> bool {
    let name = without_bullet(name);
    let (Some(given), Some(surname)) = (
        name.split_whitespace().next(),
        name.split_whitespace().last(),
    ) else {
        return false;
    };
    let only_the_name = |p: &str| {
        let p = without_bullet(p);
        let body = p.split_once(':').map_or(p, |(_, body)| body.trim());
        body == name
    };
    let names = |p: &str| {
        p.contains(surname)
            || p.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                .any(|w| w == given)
    };
    whole.iter().any(|p| names(p) && !only_the_name(p))
}

/// The line without the bullet a page sets before its author's name ("• Ada Moss").
fn without_bullet(text: &str) -> &str {
    let text = text.trim();
    strip_bullet(text).unwrap_or(text)
}

/// Two to four capitalised words, an initial allowed in the middle ("Ada R. Moss").
fn is_bare_name(text: &str) -> bool {
    let words: Vec<&str> = without_bullet(text).split_whitespace().collect();
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

    #[test]
    fn a_name_under_a_one_paragraph_standfirst_with_more_prose_below_is_the_byline() {
        let intro = [
            "The baker Ada Moss weighs the cost of flour against the town's hunger.",
            "Tom Reed",
            "Flour has doubled in a year in Alcorn.",
        ];
        let mut out = reading(&intro);
        let whole = [intro[0], intro[1], intro[2], "We knead at dawn."];
        assert_eq!(
            take_bare_byline(&mut out, &whole),
            Some(("Tom Reed".to_string(), 3))
        );
        // Under two paragraphs of prose, a name is no longer in the page's head.
        let intro = [
            "Ada Moss bakes.",
            "She opened in May.",
            "Tom Reed",
            "More prose.",
        ];
        assert_eq!(take_bare_byline(&mut reading(&intro), &intro), None);
    }

    #[test]
    fn a_bulleted_name_given_again_only_as_a_labels_key_is_the_byline() {
        let intro = [
            "• Tom Reed",
            "Bread with Ada Moss",
            "Ada Moss bakes in Alcorn.",
        ];
        let mut out = reading(&intro);
        let whole = [intro[0], intro[1], intro[2], "TR: Tom Reed", "AM: Ada Moss"];
        assert_eq!(
            take_bare_byline(&mut out, &whole),
            Some(("Tom Reed".to_string(), 1))
        );
        let whole = [intro[0], intro[1], intro[2], "Tom Reed asked about rye."];
        assert_eq!(take_bare_byline(&mut reading(&intro), &whole), None);
    }

    #[test]
    fn a_name_whose_given_name_answers_the_questions_is_the_guest() {
        let intro = [
            "Bread before dawn",
            "A baker on the cost of flour",
            "Ada Moss",
            "She opened her shop in Alcorn in May.",
        ];
        let whole = [
            intro[0],
            intro[1],
            intro[2],
            intro[3],
            "Why bread?",
            "Ada: My mother baked.",
        ];
        assert_eq!(take_bare_byline(&mut reading(&intro), &whole), None);
    }
}
