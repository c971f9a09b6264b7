//! Press briefings and hearings as pages print them: reporters' questions labelled `Q:`, the
//! officials answering under their names (`DR. STOKES:`, `THE DEPUTY MINISTER:`), and a chair
//! (`MS. OKAFOR:`) who opens the session, hands the floor over and closes it. The chair is
//! never put a question, so their remarks are the asking side's, not answers; and the
//! interviewee is the official who says the most.

use std::collections::HashMap;

use super::block::{word_count, Block, Label};
use super::speakers::{display_name, is_short_form};
use super::structure::Role;
use crate::corpus::moderators::{is_chair, ChairTally};

/// Turns the paragraphs of each chair (see the module doc and
/// [`crate::corpus::moderators::is_chair`]) into the asking side's, while another named
/// speaker does answer.
pub(super) fn chair_asks(blocks: &[Block], roles: &mut [Role]) {
    let labelled: Vec<&Label> = blocks.iter().filter_map(|b| b.label.as_ref()).collect();
    let words: Vec<usize> = (blocks.iter())
        .filter(|b| b.label.is_some())
        .map(|b| word_count(&b.text))
        .collect();
    let mut tallies: HashMap<&str, ChairTally> = HashMap::new();
    for (k, label) in labelled.iter().enumerate() {
        let Label::Name(name) = label else { continue };
        let before = k.checked_sub(1).map(|j| labelled[j]);
        let asked = before == Some(&Label::Question);
        let after_guest = matches!(before, Some(Label::Name(other)) if other != name);
        let tally = tallies.entry(name.as_str()).or_default();
        tally.count_turn(asked, after_guest, words[k]);
        tally.at_edge |= k == 0 || k + 1 == labelled.len();
    }
    let chairs: Vec<&str> = (tallies.iter())
        .filter(|(_, t)| is_chair(t))
        .map(|(name, _)| *name)
        .collect();
    let someone_answers = (tallies.iter()).any(|(name, t)| t.asked > 0 && !chairs.contains(name));
    if chairs.is_empty() || !someone_answers {
        return;
    }
    for (block, role) in blocks.iter().zip(roles.iter_mut()) {
        if matches!(&block.label, Some(Label::Name(name)) if chairs.contains(&name.as_str())) {
            *role = Role::Question;
        }
    }
}

/// The named speaker who says the most in the answers, as the front matter shows them.
pub(super) fn main_answerer(blocks: &[Block], roles: &[Role]) -> Option<String> {
    let mut said: HashMap<&str, usize> = HashMap::new();
    for (block, role) in blocks.iter().zip(roles) {
        if let (Some(Label::Name(name)), Role::Answer) = (&block.label, role) {
            *said.entry(name.as_str()).or_default() += word_count(&block.text);
        }
    }
    let mut names: Vec<(&str, usize)> = said.into_iter().collect();
    names.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let (top, _) = names.first()?;
    let full = names
        .iter()
        .filter(|(name, _)| is_short_form(top, name))
        .max_by_key(|(name, _)| name.len())
        .map_or(*top, |(name, _)| *name);
    Some(display_name(full))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(label: Option<Label>, text: &str) -> Block {
        Block {
            text: text.to_string(),
            original: text.to_string(),
            label,
            cue: None,
        }
    }

    fn name(n: &str) -> Option<Label> {
        Some(Label::Name(n.to_string()))
    }

    #[test]
    fn the_chair_of_a_briefing_asks_and_the_official_answers() {
        let blocks = vec![
            block(
                name("MS. OKAFOR"),
                "Good afternoon. Two officials are here.",
            ),
            block(
                name("DR. STOKES"),
                "The water has dropped by forty centimetres.",
            ),
            block(Some(Label::Question), "How many homes lack water?"),
            block(name("DR. STOKES"), "About eleven hundred, along the canal."),
            block(name("MS. OKAFOR"), "We have time for one more."),
            block(Some(Label::Question), "And the cost?"),
            block(name("THE DEPUTY MINISTER"), "Forty million."),
            block(name("MS. OKAFOR"), "Thank you all."),
        ];
        let mut roles: Vec<Role> = blocks
            .iter()
            .map(|b| match b.label {
                Some(Label::Question) => Role::Question,
                _ => Role::Answer,
            })
            .collect();
        chair_asks(&blocks, &mut roles);
        assert_eq!(roles[0], Role::Question);
        assert_eq!(roles[4], Role::Question);
        assert_eq!(roles[1], Role::Answer, "the opening statement is an answer");
        assert_eq!(roles[3], Role::Answer);
        assert_eq!(
            main_answerer(&blocks, &roles).as_deref(),
            Some("Dr. Stokes")
        );
    }

    #[test]
    fn without_reporters_nobody_is_a_chair() {
        let blocks = vec![
            block(name("Ana Ruiz"), "Opening words."),
            block(name("Tom Hale"), "More words."),
            block(name("Ana Ruiz"), "Closing words."),
        ];
        let mut roles = vec![Role::Answer; 3];
        chair_asks(&blocks, &mut roles);
        assert_eq!(roles, vec![Role::Answer; 3]);
    }

    #[test]
    fn a_second_guest_who_speaks_after_the_first_stays_a_guest() {
        let blocks = vec![
            block(Some(Label::Question), "Why clay?"),
            block(name("Tom"), "It's cheap."),
            block(name("Ida"), "And it breathes, so rooms stay dry."),
            block(Some(Label::Question), "Does it burn?"),
            block(name("Tom"), "No."),
            block(name("Ida"), "Never, it is earth."),
        ];
        let mut roles = vec![Role::Answer; 6];
        roles[0] = Role::Question;
        roles[3] = Role::Question;
        chair_asks(&blocks, &mut roles);
        assert_eq!(roles[5], Role::Answer, "Ida adds to Tom's answers");
        assert_eq!(roles[2], Role::Answer);
    }
}
