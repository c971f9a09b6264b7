//! A podcast or radio transcript that names each speaker at their first turn only (`Ana Ruiz
//! (00:01:12): …`, `[00:01:12] Ana Ruiz: …`, `ANA RUIZ 00:01`) and marks every later turn by
//! its time alone (`(00:03:40) …`, `[00:03:40]` on a line of its own). Who says a time-only
//! turn is read from the turns around it: two named voices taking turns, the one whose turns
//! end asking and run short asks. When the turns say it plainly, each time-only turn gets the
//! name of its speaker; otherwise the file is left as it reads and `index --explain` warns.

use super::cues::{ends_with_question_mark, words};
use super::forms::{split_timestamp_label, strip_timestamp};
use super::labels::{is_name_like, split_label};
use super::reading::{Clutter, Dropped, Para};
use super::timestamps::{after_bare_time, split_leading_time};

/// Time-only turns needed before the layout is read at all: one or two may be a tool's cut
/// inside a turn.
const MIN_STAMPED_TURNS: usize = 3;

/// The asking side's time-only turns end with `?` at least this often: a host may react once
/// or twice without asking ("Wow.") without breaking the pattern.
const MIN_ASKING_SHARE: f64 = 0.6;

/// The answering side's time-only turns end with `?` at most this often: a guest may ask back
/// once, but a side asking as often as it answers is no guest.
const MAX_ANSWER_ASKING_SHARE: f64 = 0.34;

/// How a turn opens: with a speaker's name (and a time), or with a time alone.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Opening {
    Named(String),
    Stamped,
}

/// One turn of the transcript: its first paragraph, how it opens, its words and whether its
/// last paragraph asks.
#[derive(Debug)]
struct Turn {
    first: usize,
    opening: Opening,
    words: usize,
    asks: bool,
}

/// What the turns say about the time-only turns.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Each time-only turn's first paragraph (by index) and the name of its speaker.
    Clear(Vec<(usize, String)>),
    /// The turns do not say who speaks: the first time-only turn's line.
    Unclear(usize),
}

/// Gives each time-only turn the name of its speaker (`Name: words`, the time dropped) when
/// the turns make it plain ([`verdict`]).
pub fn name_stamped_turns(paras: &mut [Para], dropped: &[Dropped]) {
    let Some(Verdict::Clear(named)) = verdict(paras, dropped) else {
        return;
    };
    for (i, name) in named {
        let text = &paras[i].text;
        let body = after_bare_time(text).unwrap_or(text);
        paras[i].text = format!("{name}: {body}");
    }
}

/// The line of the first time-only turn of a transcript whose turns do not say who speaks
/// them, if the text is such a transcript.
pub fn unclear_stamped_turn(paras: &[Para], dropped: &[Dropped]) -> Option<usize> {
    match verdict(paras, dropped)? {
        Verdict::Unclear(line) => Some(line),
        Verdict::Clear(_) => None,
    }
}

/// Reads the time-only turns of a transcript that names its speakers at their first turns:
/// `None` when the text is no such transcript (fewer than [`MIN_STAMPED_TURNS`] time-only
/// turns, or no more of them than named turns, as a tool naming every turn writes).
/// The turns are clear when exactly two voices are named, the time-only turns alternate with
/// them (a named turn never follows its own voice's time-only turn), and one side asks: its
/// time-only turns end with `?` ([`MIN_ASKING_SHARE`]), the other side's seldom do
/// ([`MAX_ANSWER_ASKING_SHARE`]), and its turns are shorter on average.
pub fn verdict(paras: &[Para], dropped: &[Dropped]) -> Option<Verdict> {
    let turns = turns(paras, dropped);
    let stamped = turns.iter().filter(|t| t.opening == Opening::Stamped);
    let first_stamped = paras[stamped.clone().next()?.first].line;
    let named = turns.len() - stamped.clone().count();
    if stamped.count() < MIN_STAMPED_TURNS || named == 0 || named >= turns.len() - named {
        return None;
    }
    let unclear = Some(Verdict::Unclear(first_stamped));
    let mut names: Vec<&str> = Vec::new();
    for turn in &turns {
        if let Opening::Named(name) = &turn.opening {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                names.push(name);
            }
        }
    }
    let [first, second] = names[..] else {
        return unclear;
    };
    let Some(voices) = alternation(&turns, [first, second]) else {
        return unclear;
    };
    if !one_side_asks(&turns, &voices) {
        return unclear;
    }
    let named = (turns.iter().zip(&voices))
        .filter(|(t, _)| t.opening == Opening::Stamped)
        .map(|(t, &v)| (t.first, [first, second][v].to_string()))
        .collect();
    Some(Verdict::Clear(named))
}

/// The voice (0 or 1) of every turn when the time-only turns alternate: each is the other
/// voice from the turn before it. `None` when a time-only turn opens the transcript or a
/// named turn is the voice alternation gave the time-only turn before it.
fn alternation(turns: &[Turn], names: [&str; 2]) -> Option<Vec<usize>> {
    let mut voices: Vec<usize> = Vec::with_capacity(turns.len());
    for turn in turns {
        let previous = voices.last().copied();
        let voice = match &turn.opening {
            Opening::Named(name) => {
                let voice = names.iter().position(|n| n.eq_ignore_ascii_case(name))?;
                let after_stamped = voices.len().checked_sub(1).map(|i| &turns[i].opening)
                    == Some(&Opening::Stamped);
                if after_stamped && previous == Some(voice) {
                    return None;
                }
                voice
            }
            Opening::Stamped => 1 - previous?,
        };
        voices.push(voice);
    }
    Some(voices)
}

/// One voice asks in its time-only turns and the other answers in longer ones.
fn one_side_asks(turns: &[Turn], voices: &[usize]) -> bool {
    let side = |voice: usize| {
        let own: Vec<&Turn> = (turns.iter().zip(voices))
            .filter(|(t, &v)| v == voice && t.opening == Opening::Stamped)
            .map(|(t, _)| t)
            .collect();
        let asking = own.iter().filter(|t| t.asks).count() as f64 / own.len().max(1) as f64;
        let length = own.iter().map(|t| t.words).sum::<usize>() as f64 / own.len().max(1) as f64;
        (own.len(), asking, length)
    };
    let (a, b) = (side(0), side(1));
    let (asker, answerer) = if a.1 >= b.1 { (a, b) } else { (b, a) };
    asker.0 > 0
        && answerer.0 > 0
        && asker.1 >= MIN_ASKING_SHARE
        && answerer.1 <= MAX_ANSWER_ASKING_SHARE
        && asker.2 < answerer.2
}

/// The turns of the text: a turn opens at a named paragraph or a time-only one and runs over
/// the paragraphs after it; paragraphs before the first turn (the headline, an introduction)
/// belong to none.
fn turns(paras: &[Para], dropped: &[Dropped]) -> Vec<Turn> {
    let mut turns: Vec<Turn> = Vec::new();
    for (i, para) in paras.iter().enumerate() {
        let since = if i == 0 { 0 } else { paras[i - 1].line };
        let stamp_above = dropped
            .iter()
            .any(|d| d.reason == Clutter::Timestamp && d.line > since && d.line < para.line);
        let opening = match named(&para.text) {
            Some(name) => Some(Opening::Named(name)),
            None if after_bare_time(&para.text).is_some() || stamp_above => Some(Opening::Stamped),
            None => None,
        };
        match (opening, turns.last_mut()) {
            (Some(opening), _) => turns.push(Turn {
                first: i,
                opening,
                words: words(&para.text),
                asks: ends_with_question_mark(&para.text),
            }),
            (None, Some(turn)) => {
                turn.words += words(&para.text);
                turn.asks = ends_with_question_mark(&para.text);
            }
            (None, None) => {}
        }
    }
    turns
}

/// The speaker a paragraph names with a time: `Name (00:01:12): …`, `[00:01:12] Name: …`,
/// `(00:01:12) Name: …`, or a line holding only `NAME 00:01` (the words under it).
fn named(text: &str) -> Option<String> {
    let timed = split_timestamp_label(text).or_else(|| split_leading_time(text));
    let name = if let Some((name, _)) = timed {
        name.to_string()
    } else if let Some(rest) = after_bare_time(text) {
        split_label(rest).filter(|l| !l.period)?.label
    } else {
        let bare = text.trim().trim_matches(['*', '_']).trim();
        strip_timestamp(bare.trim_end_matches(':').trim())?.to_string()
    };
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    is_name_like(&name).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    const LONG: &str = "It was warmer every year, and the spat settled two weeks earlier \
        than when I began, so we closed the beds for a month in late summer.";

    fn show(turns: &[&str]) -> Vec<Para> {
        let mut lines = vec!["The Saltmarsh Hour"];
        lines.extend(turns);
        paras(&lines)
    }

    #[test]
    fn time_only_turns_taking_turns_with_named_ones_get_their_names() {
        let answer = format!("(00:01:05): {LONG}");
        let later = format!("(00:02:34) {LONG}");
        let mut body = show(&[
            "Nell Carrow (00:00:04): Welcome. Tomas, how did you start?",
            &format!("Tomas Irvine (00:00:19): {LONG}"),
            "(00:01:02): What did you lose first?",
            &answer,
            "(00:02:30): And the water itself, has it changed?",
            &later,
            "(00:04:10): Do you sell locally?",
            "(00:04:12): Mostly to three restaurants in the county.",
        ]);
        name_stamped_turns(&mut body, &[]);
        assert_eq!(body[3].text, "Nell Carrow: What did you lose first?");
        assert_eq!(body[4].text, format!("Tomas Irvine: {LONG}"));
        assert_eq!(
            body[8].text,
            "Tomas Irvine: Mostly to three restaurants in the county."
        );
    }

    #[test]
    fn times_on_lines_of_their_own_open_turns_too() {
        let mut body = show(&[
            "[00:00:05] Ruth Okoye: Good evening. Sam, what is a night crossing like?",
            &format!("[00:00:21] Sam Adebayo: {LONG}"),
            "Who are the regulars?",
            LONG,
            "Is the crossing ever dangerous?",
            LONG,
            "What will change when the bridge opens?",
            LONG,
        ]);
        let stamps: Vec<Dropped> = [6, 8, 10, 12, 14, 16]
            .iter()
            .map(|&line| Dropped {
                line,
                text: "00:01:40".into(),
                reason: Clutter::Timestamp,
            })
            .collect();
        name_stamped_turns(&mut body, &stamps);
        assert_eq!(body[3].text, "Ruth Okoye: Who are the regulars?");
        assert_eq!(body[8].text, format!("Sam Adebayo: {LONG}"));
    }

    #[test]
    fn turns_that_do_not_alternate_are_left_and_reported() {
        // The guest's answers are cut at every time, so the asking side never shows.
        let body = show(&[
            "Nell Carrow (00:00:04): Welcome. Tomas, how did you start?",
            &format!("Tomas Irvine (00:00:19): {LONG}"),
            &format!("(00:01:02): {LONG}"),
            &format!("(00:01:40): {LONG}"),
            "(00:02:30): And the water, has it changed?",
            &format!("(00:02:34): {LONG}"),
        ]);
        assert_eq!(verdict(&body, &[]), Some(Verdict::Unclear(body[3].line)));
        let mut kept = body.clone();
        name_stamped_turns(&mut kept, &[]);
        let texts = |b: &[Para]| b.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
        assert_eq!(texts(&kept), texts(&body));
    }

    #[test]
    fn a_transcript_naming_every_turn_is_no_such_layout() {
        let body = show(&[
            "Nell Carrow (00:00:04): Welcome. How did you start?",
            &format!("Tomas Irvine (00:00:19): {LONG}"),
            "(00:01:02): And then?",
            "Nell Carrow (00:01:04): What did you lose first?",
            &format!("Tomas Irvine (00:01:19): {LONG}"),
            "Nell Carrow (00:02:04): And now?",
            &format!("Tomas Irvine (00:02:19): {LONG}"),
        ]);
        assert_eq!(verdict(&body, &[]), None);
    }
}
