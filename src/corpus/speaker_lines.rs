//! A transcript tool's page set line by line: the speaker on a line of its own (`Speaker 1`,
//! or a name), the time on the next (`00:16`, dropped as a timestamp), then the words. Without
//! a colon the speaker line reads as a paragraph of its own, so a turn would become a
//! question "Speaker 1" or a quotable passage. When the file repeats this shape, each speaker
//! line opens one paragraph with its words (`Speaker 1: …`), the form every label reader
//! knows, and the tool's header above the first turn (the recording's length, a flag and the
//! language's name) is dropped.

use super::clean::line_clutter;
use super::forms::is_placeholder;
use super::labels::is_name_like;
use super::reading::{Clutter, Dropped, Para};

/// Speaker lines with a time under them needed before a file is read this way.
const MIN_SPEAKER_LINES: usize = 3;

/// A tool's header line above the first turn is this short.
const MAX_HEADER_WORDS: usize = 6;

/// Joins each speaker line to the words under it (see the module doc).
pub fn join_speaker_lines(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
    let speakers = speaker_lines(paras, dropped);
    if speakers.iter().filter(|&&s| s).count() < MIN_SPEAKER_LINES {
        return;
    }
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    // The speaker line waiting for its words, and whether the open paragraph is a turn.
    let mut pending: Option<Para> = None;
    let mut in_turn = false;
    let mut started = false;
    for (para, speaker) in paras.drain(..).zip(speakers) {
        if speaker {
            started = true;
            pending = Some(para);
            continue;
        }
        if !started && is_tool_header(&para.text) {
            dropped.push(Dropped {
                line: para.line,
                text: para.text,
                reason: Clutter::PageFurniture,
            });
            continue;
        }
        match (pending.take(), out.last_mut()) {
            (Some(label), _) => {
                out.push(Para {
                    text: format!("{}: {}", label.text.trim(), para.text),
                    line: label.line,
                    ..para
                });
                in_turn = true;
            }
            // The words of a turn wrapped over several lines.
            (None, Some(open)) if in_turn => {
                open.text.push(' ');
                open.text.push_str(&para.text);
            }
            (None, _) => out.push(para),
        }
    }
    // A speaker line ending the text with no words under it: the page was cut there.
    if let Some(label) = pending {
        dropped.push(Dropped {
            line: label.line,
            text: label.text,
            reason: Clutter::CutOff,
        });
    }
    *paras = out;
}

/// Which paragraphs are a speaker line: a placeholder (`Speaker 2`) or a name, alone, with a
/// timestamp line (dropped) right under it.
fn speaker_lines(paras: &[Para], dropped: &[Dropped]) -> Vec<bool> {
    let stamp_at = |line: usize| {
        dropped
            .iter()
            .any(|d| d.line == line && d.reason == Clutter::Timestamp)
    };
    paras
        .iter()
        .map(|p| {
            let text = p.text.trim();
            let named = is_placeholder(text) || (is_name_like(text) && !text.ends_with(['.', ':']));
            named && !p.text.contains('\n') && stamp_at(p.line + 1)
        })
        .collect()
}

/// A transcript tool's line above the first turn: short, no sentence, and either a flag (the
/// language chosen) or mostly numbers (the recording's length, `1 hours 7 minutes 20 seconds`).
fn is_tool_header(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let numbers = words
        .iter()
        .filter(|w| w.chars().all(|c| c.is_ascii_digit() || c == ':'))
        .count();
    let flag = text
        .chars()
        .any(|c| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c));
    words.len() <= MAX_HEADER_WORDS
        && line_clutter(text).is_none()
        && !text.ends_with(['.', '?', '!'])
        && (flag || 2 * numbers >= words.len())
}

#[cfg(test)]
mod tests {
    use crate::corpus::read;

    const SHOW: &str = "42 minutes 9 seconds\n🇪🇸 Español\nSpeaker 1\n00:00\n\
        Welcome back. Today I am talking with Rosa Ilves, who builds harps.\n\
        Speaker 1\n00:07\nSo, Rosa, how did the first harp come about?\nSpeaker 2\n00:12\n\
        By accident. My neighbour left a broken one on the street.\nI carried it home.\n\
        Speaker 1\n00:20\nAnd how long did the repair take?\nSpeaker 2\n00:24\n\
        Two winters, and I learned every mistake there is.\nSpeaker 1\n01:02\n";

    #[test]
    fn speaker_lines_with_times_open_the_turns_under_them() {
        let reading = read("harps", SHOW).expect("parses");
        let interview = &reading.interview;
        assert_eq!(interview.title, "harps");
        let turns: Vec<_> = interview
            .turns
            .iter()
            .map(|t| (t.question.as_str(), t.answer.clone()))
            .collect();
        assert_eq!(turns.len(), 2, "{turns:?}");
        assert!(turns[0].0.ends_with("how did the first harp come about?"));
        assert_eq!(turns[1].0, "And how long did the repair take?");
        assert_eq!(
            turns[0].1,
            ["By accident. My neighbour left a broken one on the street. I carried it home."]
        );
        assert_eq!(interview.interviewee(), "Rosa Ilves");
        let passages = interview.turns.iter().flat_map(|t| t.answer.iter());
        assert!(passages
            .chain(&interview.intro)
            .all(|p| !p.contains("Speaker")));
        let header: Vec<_> = reading
            .dropped
            .iter()
            .filter(|d| d.line <= 2)
            .map(|d| d.reason)
            .collect();
        assert_eq!(header, [super::Clutter::PageFurniture; 2]);
    }
}
