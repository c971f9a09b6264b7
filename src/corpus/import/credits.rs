//! The top of an imported page that names who speaks and describes the recording rather than
//! saying anything: credit lines (`**Entrevistado:** Paulo Reis`, `Host: Tom Reyes`) and a
//! metadata block of bold `Key: value` lines (`**Local:** Braga`). The corpus reader drops the
//! same lines ([`crate::corpus::head`]); import must take them out before it cuts turns, or an
//! `Entrevistadora:` credit reads as the first question.

use super::block::{Block, Label};
use crate::corpus::credits::credit_line;
use crate::corpus::cues::ends_with_question_mark;
use crate::corpus::cues::sentences;

/// A page's metadata block has this many `Key: value` lines at least (title, date, place);
/// one or two bold-labelled lines are a credit or the first turn.
const MIN_FIELD_LINES: usize = 3;

/// A field's key is a word or a few ("Local", "Fecha de grabación", "Duración total").
const MAX_FIELD_KEY_WORDS: usize = 4;

/// A field's value is short: a name, a place, a date; a longer text after a label is a turn.
const MAX_FIELD_VALUE_WORDS: usize = 20;

/// Credit lines and metadata sit among the first paragraphs, before the conversation.
const MAX_HEAD_BLOCKS: usize = 16;

/// The names the page's credit lines give.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Credits {
    /// `Guest:`, `Entrevistado:`: the person interviewed.
    pub guest: Option<String>,
    /// `Host:`, `Entrevistadora:`: the person asking.
    pub host: Option<String>,
}

/// Takes the credit lines and the metadata block out of the first paragraphs (before the
/// first one that asks) and returns the names the credits give. A label used again in the
/// page is a transcript's speaker, not a credit or a field.
pub fn take_credits(blocks: &mut Vec<Block>) -> Credits {
    let head = blocks
        .iter()
        .take(MAX_HEAD_BLOCKS)
        .take_while(|b| !ends_with_question_mark(&b.original))
        .count();
    let key = |b: &Block| {
        b.original
            .split_once(':')
            .map(|(k, _)| k.trim().to_lowercase())
    };
    let used_once = |b: &Block| {
        let k = key(b);
        k.is_some()
            && blocks
                .iter()
                .filter(|o| key(o) == k && o.label.is_some())
                .count()
                == 1
    };
    let mut credits = Credits::default();
    let mut taken = Vec::new();
    for (i, block) in blocks.iter().enumerate().take(head) {
        if block.label.is_none() || !used_once(block) {
            continue;
        }
        if let Some((host, name)) = credit_line(&block.original) {
            let slot = if host {
                &mut credits.host
            } else {
                &mut credits.guest
            };
            slot.get_or_insert(name);
            taken.push(i);
        }
    }
    let fields: Vec<usize> = (0..head)
        .filter(|&i| !taken.contains(&i) && used_once(&blocks[i]) && is_field_block(&blocks[i]))
        .collect();
    if taken.len() + fields.len() >= MIN_FIELD_LINES {
        taken.extend(fields);
    }
    taken.sort_unstable();
    for i in taken.into_iter().rev() {
        blocks.remove(i);
    }
    credits
}

/// `**Local:** Braga`: a bold label that names no one's turn, over a short value.
fn is_field_block(block: &Block) -> bool {
    matches!(&block.label, Some(Label::Name(key)) if is_field(key, block.text.trim()))
}

/// A metadata field's shape: a key of a few words opening with a capital, and a short value
/// that is no more than one sentence.
fn is_field(key: &str, value: &str) -> bool {
    let words = key.split_whitespace().count();
    (1..=MAX_FIELD_KEY_WORDS).contains(&words)
        && key.trim().starts_with(char::is_uppercase)
        && !value.is_empty()
        && value.split_whitespace().count() <= MAX_FIELD_VALUE_WORDS
        && !value.ends_with(['?', '!', ':'])
        && sentences(value) <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(key: &str, value: &str) -> Block {
        Block {
            text: value.into(),
            original: format!("{key}: {value}"),
            label: Some(match key {
                "Pergunta" => Label::Question,
                "Resposta" | "Entrevistado" => Label::Answer,
                "Entrevistadora" => Label::Question,
                _ => Label::Name(key.into()),
            }),
            cue: None,
        }
    }

    #[test]
    fn credits_name_the_speakers_and_the_metadata_block_goes() {
        let mut blocks = vec![
            labelled("Titulo", "Dias de praia"),
            labelled("Entrevistadora", "Rosa Lemos"),
            labelled("Entrevistado", "Tiago Ferraz"),
            labelled("Local", "Aveiro"),
            labelled("Pergunta", "Onde passavas o verão?"),
            labelled("Resposta", "Na casa dos tios."),
            labelled("Pergunta", "Do que tinhas medo?"),
            labelled("Resposta", "Das ondas."),
        ];
        let credits = take_credits(&mut blocks);
        assert_eq!(credits.guest.as_deref(), Some("Tiago Ferraz"));
        assert_eq!(credits.host.as_deref(), Some("Rosa Lemos"));
        assert_eq!(blocks.len(), 4);
    }

    #[test]
    fn a_speaker_label_used_again_is_no_credit() {
        let mut blocks = vec![
            labelled("Host", "Mara Quist, welcome to the show."),
            labelled("Mara Quist", "Thank you for having me."),
            labelled("Host", "How did it start?"),
            labelled("Mara Quist", "With a boat."),
        ];
        assert_eq!(take_credits(&mut blocks), Credits::default());
        assert_eq!(blocks.len(), 4);
    }
}
