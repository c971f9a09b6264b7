//! An automatic transcript's turns: a speaker and a time on a line of their own (`Speaker 2
//! (00:40):`), then the words wrapped at the tool's width over several lines, with a bare time
//! (`(01:02):`, dropped as a timestamp) where the tool cut the turn without a new speaker.
//! Such a file has no paragraphs inside a turn: the lines that follow a speaker line one
//! another (or only a bare time stands between them) are one paragraph.

use super::forms::{lone_label, strip_timestamp};
use super::reading::{Clutter, Dropped, Para};
use super::stamped_turns::name_stamped_turns;

/// Speaker lines with a time needed before a file is read as an automatic transcript.
const MIN_TIMED_LABELS: usize = 3;

/// Reads a transcript's timed turns: joins the lines of each turn of an automatic transcript
/// ([`join_timed_lines`]), then names the turns a transcript marks by their time alone after
/// naming each speaker once ([`name_stamped_turns`]).
pub fn join_timed_turns(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
    join_timed_lines(paras, dropped);
    name_stamped_turns(paras, dropped);
}

/// Joins the lines of each turn of an automatic transcript set line by line; a speaker line
/// ending the text without words under it (the page cut there) is dropped.
fn join_timed_lines(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
    let timed = |p: &Para| {
        let bare = p.text.trim().trim_end_matches(':').trim();
        lone_label(&p.text).is_some() && strip_timestamp(bare).is_some()
    };
    if paras.iter().filter(|p| timed(p)).count() < MIN_TIMED_LABELS {
        return;
    }
    let stamp_at = |line: usize| {
        dropped
            .iter()
            .any(|d| d.line == line && d.reason == Clutter::Timestamp)
    };
    let next_line =
        |last: usize, line: usize| line == last + 1 || (line == last + 2 && stamp_at(last + 1));
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    // The last line of the turn so far, and whether its words have started.
    let mut turn: Option<(usize, bool)> = None;
    for para in paras.drain(..) {
        if timed(&para) {
            turn = Some((para.line, false));
            out.push(para);
            continue;
        }
        match (turn, out.last_mut()) {
            (Some((last, true)), Some(open))
                if next_line(last, para.line) && wrapped(&open.text, &para.text) =>
            {
                open.text.push(' ');
                open.text.push_str(&para.text);
                turn = Some((para.line, true));
            }
            (Some((last, _)), _) if next_line(last, para.line) => {
                turn = Some((para.line, true));
                out.push(para);
            }
            _ => {
                turn = None;
                out.push(para);
            }
        }
    }
    if let Some(cut) = out.pop_if(|p| timed(p)) {
        dropped.push(Dropped {
            line: cut.line,
            text: cut.text,
            reason: Clutter::AfterInterview,
        });
    }
    *paras = out;
}

/// The line break between `text` and `next` is the tool's wrap, not a paragraph it wrote: the
/// text stops mid-sentence or the next line goes on in lowercase (a wrap may fall right after
/// a full stop; a line opening a new sentence after one is a paragraph of its own).
fn wrapped(text: &str, next: &str) -> bool {
    let ends = text
        .trim_end()
        .ends_with(['.', '!', '?', '…', '"', '”', '»']);
    !ends || next.starts_with(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::para;
    use super::*;

    #[test]
    fn the_wrapped_lines_of_a_turn_are_one_paragraph() {
        let mut body = vec![
            para("Episode", 1),
            para("Speaker 1 (00:08):", 2),
            para("Welcome, Ida.", 3),
            para("Speaker 2 (00:12):", 4),
            para("I grew up in", 5),
            para("Wales, on a farm, and", 6),
            para("the film gets it right.", 8),
            para("Speaker 1 (01:10):", 9),
            para("Do you name them?", 10),
            para("Speaker 2 (01:12):", 11),
            para("Only the old ones.", 12),
            para("The young ones come and go.", 13),
        ];
        body.push(para("Speaker 2 (01:14):", 14));
        let mut dropped = vec![Dropped {
            line: 7,
            text: "(01:02):".to_string(),
            reason: Clutter::Timestamp,
        }];
        join_timed_turns(&mut body, &mut dropped);
        let texts: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts[4],
            "I grew up in Wales, on a farm, and the film gets it right."
        );
        // A paragraph the tool wrote on a line of its own after a finished one stays apart.
        assert_eq!(
            texts[8..],
            ["Only the old ones.", "The young ones come and go."]
        );
        assert_eq!(texts.len(), 10);
        assert_eq!(
            dropped.last().map(|d| d.reason),
            Some(Clutter::AfterInterview)
        );
    }
}
