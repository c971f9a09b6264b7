//! Speakers set as headings: a transcript that puts `### Ana Ruiz` above each of her turns and
//! `### Rui Paz` above each of his. Such a heading is the label of the paragraphs under it, not a
//! question or a section title.

use super::block::{is_name_like, Block, Cue, Label};
use super::structure::MIN_SPEAKER_TURNS;

/// Two people at least take turns under their headings: one name heading repeated is a
/// recurring section ("Notes"), not a conversation.
const MIN_HEADED_SPEAKERS: usize = 2;

/// Speakers found under headings: the paragraphs with their labels, and who asked.
pub struct Headed {
    pub blocks: Vec<Block>,
    /// The one speaker who asks, when the title or introduction tells the sides apart.
    pub asker: Option<String>,
}

/// Turns the headings that name a speaker into labels on the paragraph under each. A heading
/// names a speaker when it reads as a name (capitalised words, no sentence punctuation) and
/// recurs at least [`MIN_SPEAKER_TURNS`] times, and at least [`MIN_HEADED_SPEAKERS`] such names
/// do; otherwise the blocks come back unchanged. When the page's `title` or the paragraphs above
/// the first turn name exactly one of the speakers, that one is the guest and every other
/// speaker's turns are questions (`Q:`); else all stay name labels, told apart later by how
/// they read.
pub fn speaker_headings(blocks: Vec<Block>, title: Option<&str>) -> Headed {
    let speakers = headed_speakers(&blocks);
    if speakers.len() < MIN_HEADED_SPEAKERS {
        return Headed {
            blocks,
            asker: None,
        };
    }
    let askers = askers(&blocks, &speakers, title.unwrap_or_default());
    let mut out = Vec::with_capacity(blocks.len());
    let mut pending: Option<String> = None;
    for block in blocks {
        if let Some(name) = speaker_of(&block, &speakers) {
            pending = Some(name);
            continue;
        }
        // A section heading between a speaker's name and their words leaves the name waiting.
        let heading = matches!(block.cue, Some(Cue::Heading(_)));
        match pending.take() {
            Some(name) if heading => {
                pending = Some(name);
                out.push(block);
            }
            Some(name) if block.label.is_none() => out.push(Block {
                original: format!("{name}: {}", block.original),
                label: Some(if askers.contains(&name) {
                    Label::Question
                } else {
                    Label::Name(name)
                }),
                ..block
            }),
            _ => out.push(block),
        }
    }
    let asker = (askers.len() == 1).then(|| askers[0].clone());
    Headed { blocks: out, asker }
}

/// The speakers who ask: all but the one the title or introduction names, when it names one.
fn askers(blocks: &[Block], speakers: &[String], title: &str) -> Vec<String> {
    let mut context = title.to_lowercase();
    for block in blocks
        .iter()
        .take_while(|b| speaker_of(b, speakers).is_none())
    {
        context.push('\n');
        context.push_str(&block.text.to_lowercase());
    }
    let named: Vec<&String> = (speakers.iter())
        .filter(|s| context.contains(&s.to_lowercase()))
        .collect();
    match named[..] {
        [guest] => speakers.iter().filter(|s| *s != guest).cloned().collect(),
        _ => Vec::new(),
    }
}

/// The name-like heading texts used [`MIN_SPEAKER_TURNS`] times or more.
fn headed_speakers(blocks: &[Block]) -> Vec<String> {
    let names: Vec<&str> = blocks.iter().filter_map(name_heading).collect();
    let mut speakers: Vec<String> = Vec::new();
    for name in &names {
        let uses = names.iter().filter(|n| *n == name).count();
        if uses >= MIN_SPEAKER_TURNS && !speakers.iter().any(|s| s == name) {
            speakers.push(name.to_string());
        }
    }
    speakers
}

/// The text of a heading without a label that reads as a person's name.
fn name_heading(block: &Block) -> Option<&str> {
    let text = block.text.trim();
    let heading = matches!(block.cue, Some(Cue::Heading(_))) && block.label.is_none();
    (heading && !text.ends_with(['.', ':']) && is_name_like(text)).then_some(text)
}

fn speaker_of(block: &Block, speakers: &[String]) -> Option<String> {
    name_heading(block)
        .filter(|name| speakers.iter().any(|s| s == name))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(text: &str) -> Block {
        Block {
            cue: Some(Cue::Heading(3)),
            ..Block::plain(text)
        }
    }

    fn conversation() -> Vec<Block> {
        vec![
            Block::plain("I met Lia Bento at her workshop."),
            heading("Tom Vass"),
            Block::plain("You carve spoons. Where did that start?"),
            heading("Lia Bento"),
            Block::plain("At my grandmother's table."),
            heading("Tom Vass"),
            Block::plain("And the wood?"),
            heading("Lia Bento"),
            Block::plain("Cherry, mostly."),
            Block::plain("Sometimes birch."),
        ]
    }

    #[test]
    fn recurring_name_headings_label_the_turns_and_the_named_guest_answers() {
        let headed = speaker_headings(conversation(), Some("Spoons and wood"));
        let labels: Vec<_> = headed.blocks.iter().map(|b| b.label.clone()).collect();
        let guest = Some(Label::Name("Lia Bento".into()));
        let expected = [None, Some(Label::Question), guest.clone()];
        assert_eq!(labels[..3], expected);
        assert_eq!(labels[3..], [Some(Label::Question), guest, None]);
        assert_eq!(headed.asker.as_deref(), Some("Tom Vass"));
    }

    #[test]
    fn unnamed_sides_keep_name_labels_and_one_recurring_heading_is_a_section() {
        let mut blocks = conversation();
        blocks[0] = Block::plain("A visit to a workshop.");
        let headed = speaker_headings(blocks, None);
        assert_eq!(headed.asker, None);
        assert_eq!(headed.blocks[1].label, Some(Label::Name("Tom Vass".into())));
        let sections = vec![heading("Notes"), Block::plain("One."), heading("Notes")];
        let kept = speaker_headings(sections.clone(), None).blocks;
        assert_eq!(kept, sections);
    }
}
