//! The paragraphs of an interview's body as the layouts read them: cut at blank lines (or
//! line by line), furniture lines dropped, then repaired where publishing broke them (labels on
//! their own lines, labelled turns run together, questions run into answers or quoted ones,
//! broken sentences).

use super::bare_labels::colon_bare_labels;
use super::bold_runin::split_bold_run_ins;
use super::broken::join_broken_sentences;
use super::caption_stamps::strip_caption_stamps;
use super::first_cut::first_cut;
use super::glued_file_names::without_glued_file_names;
use super::glued_question::split_glued_questions;
use super::initials::expand_initial_labels;
use super::inline_qa::split_inline_questions;
use super::lists::join_list_items;
use super::marked_list::join_marked_lists;
use super::name_heads::label_name_heads;
use super::piece_lines::relocate_pieces;
use super::press::split_run_in_questions;
use super::quoted_reply::split_quoted_replies;
use super::reading::{Clutter, Dropped, Para, ParseError};
use super::repair::{
    join_lone_labels, join_timestamp_speakers, split_glued_answers, split_repeated_headlines,
    split_role_tagged,
};
use super::run_on_dashes::split_run_on_dashes;
use super::runin::split_run_in_labels;
use super::signed_note::drop_signed_notes;
use super::slips::split_glued_labels;
use super::switched_initials::name_asking_initials;
use super::timed_turns::join_timed_turns;
use super::topics::split_topic_labels;
use super::used_labels::join_used_lone_labels;

/// The paragraphs of the body, with lone labels and broken sentences joined, and the lines
/// dropped as clutter.
pub fn body_paragraphs(
    body: &str,
    body_line: usize,
) -> Result<(Vec<Para>, Vec<Dropped>), ParseError> {
    let body = without_glued_file_names(body);
    let (mut paras, mut dropped) = first_cut(&body, body_line);
    strip_caption_stamps(&mut paras, &mut dropped);
    drop_signed_notes(&mut paras, &mut dropped);
    label_name_heads(&mut paras, &body, body_line);
    colon_bare_labels(&mut paras);
    split_glued_labels(&mut paras, &mut dropped);
    split_role_tagged(&mut paras);
    split_topic_labels(&mut paras);
    split_bold_run_ins(&mut paras);
    split_run_in_labels(&mut paras);
    split_run_in_questions(&mut paras);
    expand_initial_labels(&mut paras);
    name_asking_initials(&mut paras);
    join_timed_turns(&mut paras, &mut dropped);
    join_timestamp_speakers(&mut paras);
    split_repeated_headlines(&mut paras);
    join_lone_labels(&mut paras);
    join_used_lone_labels(&mut paras);
    join_broken_sentences(&mut paras);
    split_run_on_dashes(&mut paras);
    split_glued_answers(&mut paras);
    split_glued_questions(&mut paras);
    split_inline_questions(&mut paras);
    split_quoted_replies(&mut paras);
    join_list_items(&mut paras);
    join_marked_lists(&mut paras);
    drop_top_counters(&mut paras, &mut dropped);
    relocate_pieces(&mut paras, &body, body_line);
    if paras.is_empty() {
        return Err(ParseError::new(
            body_line,
            "the interview text is empty: expected a title, an introduction, then questions and answers",
        ));
    }
    Ok((paras, dropped))
}

/// A page's counters (comments, shares) are copied as a bare number among the lines above the
/// text: within this many first paragraphs, a paragraph of digits only is no headline.
const TOP_COUNTER_PARAGRAPHS: usize = 3;

/// Drops a bare number among the first paragraphs ("0" comments under a rubric), unless it
/// opens the file (a first numbered question may stand on its own line).
fn drop_top_counters(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
    let counter = |p: &Para| {
        let t = p.text.trim();
        !t.is_empty() && t.chars().all(|c| c.is_ascii_digit())
    };
    let mut i = 1;
    while i < TOP_COUNTER_PARAGRAPHS.min(paras.len().saturating_sub(1)) {
        if counter(&paras[i]) {
            let p = paras.remove(i);
            dropped.push(Dropped {
                line: p.line,
                text: p.text,
                reason: Clutter::PageFurniture,
            });
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_counter_under_the_rubric_is_no_headline() {
        let (paras, dropped) = body_paragraphs(
            "TALKING TO ANA\n\n0\n\nThe best year\n\nAna runs a mill.",
            1,
        )
        .unwrap();
        let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            ["TALKING TO ANA", "The best year", "Ana runs a mill."]
        );
        assert_eq!(dropped.len(), 1);
        assert_eq!(dropped[0].line, 3);
    }
}
