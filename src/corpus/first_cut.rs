//! The first cut of an interview's body, before any layout reads it: the paragraphs at blank
//! lines with markup and answer marks dropped, numbered turns tidied and a transcript tool's
//! speaker lines joined. A leaf of the body's readers, so the name readers' tests can cut a
//! body as a file is cut.

use super::answer_marks::strip_answer_marks;
use super::numbered::tidy_numbered_turns;
use super::reading::{Dropped, Para};
use super::repair::drop_markup;
use super::speaker_lines::join_speaker_lines;
use super::text::paragraphs;

/// The body cut at blank lines, markup and answer marks dropped, numbered turns tidied and a
/// transcript tool's speaker lines joined to their words: the paragraphs the name readers
/// (`label_name_heads`) see.
pub(crate) fn first_cut(body: &str, body_line: usize) -> (Vec<Para>, Vec<Dropped>) {
    let (mut paras, mut dropped) = paragraphs(body, body_line);
    drop_markup(&mut paras, &mut dropped);
    tidy_numbered_turns(&mut paras);
    strip_answer_marks(&mut paras);
    join_speaker_lines(&mut paras, &mut dropped);
    (paras, dropped)
}
