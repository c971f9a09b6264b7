//! The speakers a labelled body names, and the body tidied by what they show.

use super::askers::{co_hosts, guests_only};
use super::board::board_askers;
use super::cut_label::drop_cut_label;
use super::diarized::split_voices;
use super::duplicates::drop_duplicates;
use super::fellow_answerers::answerers_only;
use super::hosts_talk::drop_hosts_talk;
use super::moderators::chairs;
use super::press::press_roles;
use super::reading::{Dropped, Para, Speaker};
use super::set_quotes::{drop_pull_quotes, drop_set_quotes};
use super::speakers::find_speakers;
use super::unlabelled_start::label_run_on_questions;
use super::Metadata;

/// The speakers of [`labelled_speakers`], with the body tidied by what they show: pull quotes
/// repeating a sentence of the text or standing between labelled paragraphs dropped, and
/// paragraphs the page printed twice and a label cut by its end; questions run onto the paragraphs before the first
/// label cut off and labelled.
pub fn labelled_body(
    rest: &mut Vec<Para>,
    metadata: &Metadata,
    dropped: &mut Vec<Dropped>,
) -> Vec<Speaker> {
    drop_pull_quotes(rest, dropped);
    drop_duplicates(rest, dropped);
    let speakers = labelled_speakers(rest, metadata);
    drop_hosts_talk(rest, &speakers, dropped);
    drop_cut_label(rest, &speakers, dropped);
    drop_set_quotes(rest, &speakers, dropped);
    label_run_on_questions(rest, &speakers);
    speakers
}

/// The speakers the body's labels name, with their roles settled: guests when only answers are
/// labelled, every host who asks when a show has more than one.
fn labelled_speakers(rest: &[Para], metadata: &Metadata) -> Vec<Speaker> {
    let labelled: Vec<(&str, usize)> = rest.iter().map(|p| (p.text.as_str(), p.line)).collect();
    let mut speakers = find_speakers(&labelled, metadata);
    answerers_only(&labelled, &mut speakers);
    board_askers(rest, &mut speakers);
    guests_only(rest, &mut speakers, metadata);
    co_hosts(rest, &mut speakers, metadata);
    press_roles(rest, &mut speakers);
    chairs(rest, &mut speakers, metadata);
    split_voices(rest, &mut speakers);
    speakers
}
