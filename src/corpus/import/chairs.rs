//! Press briefings and hearings as pages print them: reporters' questions labelled `Q:`, the
//! officials answering under their names (`DR. STOKES:`, `THE DEPUTY MINISTER:`), and a chair
//! (`MS. OKAFOR:`) who opens the session, hands the floor over and closes it. The chair is
//! never put a question, so their remarks are the asking side's, not answers; and the
//! interviewee is the official who says the most.

use std::collections::HashMap;

use super::block::{word_count, Block, Label};
use super::speakers::{display_name, is_short_form};
use super::structure::{Role, MIN_SPEAKER_TURNS};

/// Turns the paragraphs of each chair (see the module doc) into the asking side's: a named
/// speaker with [`MIN_SPEAKER_TURNS`] turns or more, none of them right after a question, who
/// opens or closes the labelled conversation, while another named speaker does answer.
pub(super) fn chair_asks(blocks: &[Block], roles: &mut [Role]) {
    let labelled: Vec<(usize, &Label)> = (blocks.iter().enumerate())
        .filter_map(|(i, b)| b.label.as_ref().map(|label| (i, label)))
        .collect();
    let (mut turns, mut answers) = (HashMap::new(), HashMap::new());
    for (k, (_, label)) in labelled.iter().enumerate() {
        let Label::Name(name) = label else { continue };
        *turns.entry(name.as_str()).or_insert(0usize) += 1;
        let after_question = k > 0 && *labelled[k - 1].1 == Label::Question;
        *answers.entry(name.as_str()).or_insert(0usize) += usize::from(after_question);
    }
    let edge = |k: usize| match labelled.get(k) {
        Some((_, Label::Name(name))) => Some(name.as_str()),
        _ => None,
    };
    let (first, last) = (edge(0), edge(labelled.len().saturating_sub(1)));
    let chairs: Vec<&str> = (turns.iter())
        .filter(|&(name, &n)| {
            n >= MIN_SPEAKER_TURNS
                && answers[name] == 0
                && (Some(*name) == first || Some(*name) == last)
        })
        .map(|(name, _)| *name)
        .collect();
    let someone_answers = answers
        .iter()
        .any(|(name, &n)| n > 0 && !chairs.contains(name));
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
}
