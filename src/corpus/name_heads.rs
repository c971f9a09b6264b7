//! Speakers named on the first line of their turn, the words starting on the very next line
//! with no blank line between (`JANE DOE` / `The words…`, `Jane Doe  00:03:12` / `The
//! words…`), as podcast and panel transcripts are often typed. Cut into paragraphs at blank
//! lines, the name runs into the words ("JANE DOE The words…") and no label reader sees a
//! speaker. A name opening one paragraph may be a kicker; the file is read this way only when
//! a few names open paragraphs over and over, taking turns: each such paragraph is then
//! written `Name: words`, the form every label reader knows.

use std::collections::HashMap;

use super::forms::strip_timestamp;
use super::name_lines::name_line;
use super::reading::Para;

/// Each speaker's name opens at least this many paragraphs: a host asks many times and a
/// guest answers many times, while a kicker or a byline over a paragraph is written once.
const MIN_TURNS_EACH: usize = 2;

/// A conversation has two voices at least.
const MIN_VOICES: usize = 2;

/// Share of the named paragraphs whose name differs from the named paragraph before:
/// speakers take turns, a list of paragraphs each opening with the same name does not.
const MIN_TURN_TAKING: f64 = 0.6;

/// A transcript tool's layout gives a time with every name (`Jane Doe  00:03:12`): this many
/// such first lines, of two names or more, make the layout plain, and then a guest heard
/// once in a round of introductions is a speaker too.
const MIN_STAMPED_HEADS: usize = 3;

/// Gives a colon to the names set on the first line of their turns (see the module doc).
/// `body` is the text the paragraphs were cut from, its first line at file line `body_line`.
pub fn label_name_heads(paras: &mut Vec<Para>, body: &str, body_line: usize) {
    let lines: Vec<&str> = body.lines().collect();
    let heads: Vec<Option<Head>> = (0..paras.len())
        .map(|k| name_head(&paras[k], &lines, body_line).or_else(|| cut_stamped_head(paras, k)))
        .collect();
    let recurring = takes_turns(&heads);
    let stamped = is_stamped_layout(&heads);
    let mut words_due: Option<String> = None;
    for (mut para, head) in std::mem::take(paras).into_iter().zip(heads) {
        if let (Some(name), Some(head_para)) = (words_due.take(), paras.last_mut()) {
            head_para.text = format!("{name}: {}", para.text);
            continue;
        }
        match head.filter(|h| recurring || (stamped && h.stamped)) {
            Some(head) if head.words_below => words_due = Some(head.name),
            Some(head) => {
                let first = first_line(&para, &lines, body_line);
                let skip = first.map_or(0, |l| l.split_whitespace().count());
                let rest: Vec<&str> = para.text.split_whitespace().skip(skip).collect();
                para.text = format!("{}: {}", head.name, rest.join(" "));
            }
            None => {}
        }
        paras.push(para);
    }
}

/// A name heading a paragraph, whether a time follows it on its line, and whether its words
/// are the next paragraph (see [`cut_stamped_head`]).
struct Head {
    name: String,
    stamped: bool,
    words_below: bool,
}

/// A name and its time alone as paragraph `k`, the words on the very next line: the body's
/// cut sets a time-stamped line apart (a transcript tool's `Jane Doe  00:03:12`), so the head
/// and its words reach this rule as two paragraphs.
fn cut_stamped_head(paras: &[Para], k: usize) -> Option<Head> {
    let (para, next) = (&paras[k], paras.get(k + 1)?);
    let name = name_line(strip_timestamp(para.text.trim())?)?;
    (next.line == para.line + 1).then(|| Head {
        name: name.to_string(),
        stamped: true,
        words_below: true,
    })
}

/// The paragraph's first line in the file, when its text opens with that line's words.
fn first_line<'a>(para: &Para, lines: &[&'a str], body_line: usize) -> Option<&'a str> {
    let line = lines.get(para.line.checked_sub(body_line)?)?;
    let mut text = para.text.split_whitespace();
    line.split_whitespace()
        .all(|word| text.next() == Some(word))
        .then_some(*line)
}

/// The speaker's name heading the paragraph: its first line is a name alone (a closing time
/// dropped), and more words follow on the lines under it.
fn name_head(para: &Para, lines: &[&str], body_line: usize) -> Option<Head> {
    let first = first_line(para, lines, body_line)?.trim();
    if para.text.split_whitespace().count() <= first.split_whitespace().count() {
        return None;
    }
    let timed = strip_timestamp(first);
    let name = name_line(timed.unwrap_or(first))?;
    Some(Head {
        name: name.to_string(),
        stamped: timed.is_some(),
        words_below: false,
    })
}

/// True when the heading names are a conversation's speakers: two or more, each heading
/// [`MIN_TURNS_EACH`] paragraphs, and taking turns.
fn takes_turns(heads: &[Option<Head>]) -> bool {
    let named: Vec<&String> = heads.iter().flatten().map(|h| &h.name).collect();
    let mut counts: HashMap<&String, usize> = HashMap::new();
    for name in &named {
        *counts.entry(name).or_default() += 1;
    }
    let voices = counts.values().filter(|&&n| n >= MIN_TURNS_EACH).count();
    if voices < MIN_VOICES || counts.values().any(|&n| n < MIN_TURNS_EACH) {
        return false;
    }
    let changes = named.windows(2).filter(|w| w[0] != w[1]).count();
    changes as f64 >= MIN_TURN_TAKING * (named.len() - 1) as f64
}

/// True when [`MIN_STAMPED_HEADS`] names or more, of two people or more, head paragraphs
/// with a time.
fn is_stamped_layout(heads: &[Option<Head>]) -> bool {
    let stamped: Vec<&String> = (heads.iter().flatten())
        .filter(|h| h.stamped)
        .map(|h| &h.name)
        .collect();
    stamped.len() >= MIN_STAMPED_HEADS && stamped.iter().any(|n| *n != stamped[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(body: &str) -> Vec<String> {
        let (mut paras, _) = super::super::first_cut::first_cut(body, 1);
        label_name_heads(&mut paras, body, 1);
        paras.into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn names_over_their_words_become_labels() {
        let body = "MARA LINDELL\nWhy clay?\n\nTOMAS BREVIK  00:01:10\nIt keeps houses cool.\n\n\
                    MARA LINDELL\nAnd in the north?\n\nHELENA OSTROVA\nThicker walls.\n\n\
                    TOMAS BREVIK  00:02:40\nAnd straw.\n\nHELENA OSTROVA\nYes, straw.";
        let paras = read(body);
        assert_eq!(paras[0], "MARA LINDELL: Why clay?");
        assert_eq!(paras[1], "TOMAS BREVIK: It keeps houses cool.");
        assert_eq!(paras[3], "HELENA OSTROVA: Thicker walls.");
    }

    #[test]
    fn with_times_a_guest_heard_once_is_a_speaker_too() {
        let body = "Ida Brenn 00:00:02\nWelcome. Tom?\n\nTom Hale 00:00:20\nHello from Oslo.\n\n\
                    Ida Brenn 00:00:35\nAnd Ana?\n\nAna Ruiz 00:00:40\nHello from Lima.";
        let paras = read(body);
        assert_eq!(paras[3], "Ana Ruiz: Hello from Lima.");
    }

    #[test]
    fn a_name_opening_one_paragraph_is_no_speaker() {
        let body = "Ana Ruiz\nwrote this piece in May.\n\nThe harbour opened in June.\n\n\
                    Tom Hale\nphotographed it.";
        let paras = read(body);
        assert_eq!(paras[0], "Ana Ruiz wrote this piece in May.");
    }
}
