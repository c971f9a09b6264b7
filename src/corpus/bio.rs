//! The author's note closing a page ("Tom Reed writes about machines for the Valley Post."):
//! the interviewer spoken of in the third person after the last answer. It is the publisher's,
//! not the interviewee's.

use super::layout::Assembled;
use super::reading::{Clutter, Dropped, Role, Speaker};
use super::Metadata;

/// A full name has this many words at least: a bare first name or surname opening the last
/// paragraph may be the interviewee telling a story about the interviewer.
const MIN_NAME_WORDS: usize = 2;

/// Drops the last answer's last paragraph when it opens with the interviewer's full name
/// followed by a word in lowercase (the verb: "is", "writes", "es", "é"). The answer keeps at
/// least one paragraph.
pub fn drop_author_note(out: &mut Assembled, speakers: &[Speaker], metadata: &Metadata) {
    let names: Vec<&str> = speakers
        .iter()
        .filter(|s| s.role == Role::Interviewer)
        .map(|s| s.label.as_str())
        .chain(metadata.interviewer.as_deref())
        .filter(|n| n.split_whitespace().count() >= MIN_NAME_WORDS)
        .collect();
    let Some(turn) = out.turns.last_mut() else {
        return;
    };
    let note = turn.answer.len() >= 2
        && turn.answer.last().is_some_and(|(text, _)| {
            names.iter().any(|name| {
                text.strip_prefix(name)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .is_some_and(|rest| rest.starts_with(char::is_lowercase))
            })
        });
    if !note {
        return;
    }
    if let Some((text, line)) = turn.answer.pop() {
        turn.speakers.truncate(turn.answer.len());
        out.dropped.push(Dropped {
            line,
            text,
            reason: Clutter::AfterInterview,
        });
    }
}
