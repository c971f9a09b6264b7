//! Speaker names typed as plain text (`Ana Ruiz: …`), as transcripts saved as Markdown set
//! them: one such opening is the start of a sentence ("Latin America: a region"), but a
//! conversation uses each speaker's name over and over, so names that recur are labels.

use super::block::{is_name_like, Block, Label};
use super::structure::MIN_SPEAKER_TURNS;

/// A plain label is a name of at most this many characters, as in [`super::block`].
const MAX_PLAIN_LABEL_CHARS: usize = 40;

/// A conversation has two voices at least: one recurring plain name alone is more likely a
/// rubric ("Update: …") than a speaker.
const MIN_PLAIN_SPEAKERS: usize = 2;

/// Labels the unlabelled paragraphs that open with a plain `Name:` when that name opens
/// [`MIN_SPEAKER_TURNS`] paragraphs or more and another name does too.
pub fn label_recurring_names(blocks: &mut [Block]) {
    let names: Vec<Option<String>> = blocks
        .iter()
        .map(|b| plain_name(b).map(|(name, _)| name.to_string()))
        .collect();
    let recurring = |name: &String| names.iter().flatten().filter(|n| *n == name).count();
    let mut speakers: Vec<&String> = names
        .iter()
        .flatten()
        .filter(|name| recurring(name) >= MIN_SPEAKER_TURNS)
        .collect();
    speakers.sort();
    speakers.dedup();
    if speakers.len() < MIN_PLAIN_SPEAKERS {
        return;
    }
    for (block, name) in blocks.iter_mut().zip(&names) {
        let Some(name) = name.as_ref().filter(|n| speakers.contains(n)) else {
            continue;
        };
        if let Some((_, body)) = plain_name(block) {
            block.text = body.to_string();
            block.label = Some(Label::Name(name.clone()));
        }
    }
}

/// The name a paragraph without a label opens with, before a colon and words, and the words.
fn plain_name(block: &Block) -> Option<(&str, &str)> {
    if block.label.is_some() || block.cue.is_some() {
        return None;
    }
    let (name, body) = block.text.split_once(':')?;
    let (name, body) = (name.trim(), body.trim_start());
    let fits = !body.is_empty() && name.chars().count() <= MAX_PLAIN_LABEL_CHARS;
    (fits && !name.contains(',') && is_name_like(name)).then_some((name, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_two_speakers_repeat_become_labels() {
        let mut blocks: Vec<Block> = [
            "Latin America: a region of many rivers.",
            "Ida Moss: Welcome. How did the boat start?",
            "Tom Hale: With a plank. Who knows?",
            "Ida Moss: And then?",
            "Tom Hale: Then the keel.",
        ]
        .into_iter()
        .map(Block::plain)
        .collect();
        label_recurring_names(&mut blocks);
        assert_eq!(blocks[0].label, None, "a name used once is a sentence");
        assert_eq!(blocks[1].label, Some(Label::Name("Ida Moss".into())));
        assert_eq!(blocks[2].text, "With a plank. Who knows?");
        assert_eq!(blocks[4].label, Some(Label::Name("Tom Hale".into())));
    }

    #[test]
    fn one_recurring_name_alone_is_no_conversation() {
        let mut blocks: Vec<Block> = ["Update: the ferry is late.", "Update: it sailed."]
            .into_iter()
            .map(Block::plain)
            .collect();
        label_recurring_names(&mut blocks);
        assert!(blocks.iter().all(|b| b.label.is_none()));
    }
}
