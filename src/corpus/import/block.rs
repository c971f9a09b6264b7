//! The unit both page readers (HTML and Markdown) hand to the structure step: one paragraph of
//! the article with the typographic cues publishers use to set questions apart.

use crate::corpus::labels::{self, opens_speech, ANSWER_LABELS, QUESTION_LABELS};

/// A speaker label is short: past this many characters a colon belongs to the sentence.
const MAX_LABEL_CHARS: usize = 40;

/// How a paragraph is set apart typographically, as far as it matters for finding questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cue {
    /// The whole paragraph is bold (`<strong>`, `<b>`, `**…**`).
    Bold,
    /// The whole paragraph is italic (`<em>`, `<i>`, `*…*`).
    Italic,
    /// A heading of this level (1–6).
    Heading(u8),
}

/// What a speaker label at the start of a paragraph says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    /// `Q:`, `Pregunta:`…
    Question,
    /// `A:`, `Respuesta:`…
    Answer,
    /// A person's or outlet's name, as written.
    Name(String),
}

/// One paragraph of article text, verbatim, with its cues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The paragraph without its speaker label.
    pub text: String,
    /// The whole paragraph, label included: kept when the label turns out to be the start of a
    /// sentence ("Latin America: …") rather than a speaker's turn.
    pub original: String,
    /// The speaker label it opened with, if any.
    pub label: Option<Label>,
    /// Its typography, if it stands out.
    pub cue: Option<Cue>,
}

/// Ends like a sentence, not like a headline or a section title.
pub(super) fn is_sentence(text: &str) -> bool {
    text.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)".contains(c))
        .ends_with(['.', '!', '…'])
}

#[cfg(test)]
impl Block {
    /// A paragraph without cues.
    pub fn plain(text: impl Into<String>) -> Block {
        let text = text.into();
        Block {
            original: text.clone(),
            text,
            label: None,
            cue: None,
        }
    }
}

/// Reads a speaker label from the start of a paragraph. `emphasised` is the paragraph's leading
/// bold text: a name before a colon counts only when the page set it in bold, since in plain text
/// "Latin America: a region" is a sentence; `Q:`/`A:` count either way.
///
/// Returns the label and the rest of the paragraph.
pub fn read_label<'a>(text: &'a str, emphasised: &str) -> Option<(Label, &'a str)> {
    read_colon_label(text, emphasised).or_else(|| read_bold_runin(text, emphasised))
}

/// A name in bold run into the words it says, without a colon (`<b>Lisa</b> You are…`,
/// `**Lisa** You are…`), as forums and group interviews print who answers. The words after it
/// must open a sentence, so a bold term starting a sentence ("**Rye** is hard") is no label.
fn read_bold_runin<'a>(text: &'a str, emphasised: &str) -> Option<(Label, &'a str)> {
    let name = emphasised.trim();
    let body = text.strip_prefix(name)?.trim_start();
    let opens = opens_speech(body);
    let plain = !name.ends_with(['.', ':']) && !name.contains(',');
    (opens && plain && !name.is_empty() && is_name_like(name))
        .then(|| (Label::Name(name.to_string()), body))
}

/// See [`read_label`]: `Name: text`.
fn read_colon_label<'a>(text: &'a str, emphasised: &str) -> Option<(Label, &'a str)> {
    let colon = text.find(':')?;
    let label = text[..colon].trim();
    let body = text[colon + 1..].trim_start();
    if label.is_empty() || body.is_empty() || label.chars().count() > MAX_LABEL_CHARS {
        return None;
    }
    // "Question 3:", "Frage 1:", "Q1:": numbered labels count as the bare word.
    let lower = label
        .to_lowercase()
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
        .to_string();
    if QUESTION_LABELS.contains(&lower.as_str()) {
        return Some((Label::Question, body));
    }
    if ANSWER_LABELS.contains(&lower.as_str()) {
        return Some((Label::Answer, body));
    }
    let bold_label = emphasised.trim().trim_end_matches(':').trim_end();
    let label_is_bold = !bold_label.is_empty() && bold_label.len() >= label.len();
    // Transcripts set speakers in capitals without bold ("CORNEJO: …").
    let in_capitals = label.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !label.chars().any(char::is_lowercase);
    ((label_is_bold || in_capitals) && is_name_like(label))
        .then(|| (Label::Name(label.to_string()), body))
}

/// A plain name label (`Ben: …`, neither bold nor in capitals) and the words after it: a turn
/// only where the page sets it like one (its prompt in the page's typography).
pub(super) fn plain_name_label(text: &str) -> Option<(&str, &str)> {
    let (name, body) = text.split_once(':')?;
    let body = body.trim_start();
    (!body.is_empty() && name.chars().count() <= MAX_LABEL_CHARS && is_name_like(name.trim()))
        .then(|| (name.trim(), body))
}

/// A name as the corpus reader tells it ([`labels::is_name_like`]), optionally followed by one
/// affiliation after a comma ("Keanon O'Keefe, MagicSchool").
pub(super) fn is_name_like(label: &str) -> bool {
    match label.split_once(',') {
        Some((name, affiliation)) => {
            labels::is_name_like(name.trim()) && labels::is_name_like(affiliation.trim())
        }
        None => labels::is_name_like(label),
    }
}

/// Collapses runs of ASCII whitespace (HTML's inter-element whitespace, Markdown's line breaks)
/// into one space and trims. Non-breaking spaces are text and stay.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_ascii_whitespace() {
            pending_space = true;
        } else {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        }
    }
    out
}

/// Joins a paragraph that is only a speaker label (`<p><b>Q:</b></p>`, `**Ana Ruiz:**`) with
/// the paragraph under it, which holds that speaker's words: some pages set the label on a
/// line of its own.
pub fn join_lone_labels(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut pending: Option<Block> = None;
    for block in blocks {
        let Some(lone) = pending.take() else {
            if lone_label(&block).is_some() {
                pending = Some(block);
            } else {
                out.push(block);
            }
            continue;
        };
        let joined = (block.label.is_none())
            .then(|| lone_label(&lone))
            .flatten()
            .map(|label| Block {
                original: format!("{} {}", lone.text, block.original),
                label: Some(label),
                ..block.clone()
            });
        match joined {
            Some(joined) => out.push(joined),
            None => {
                out.push(lone);
                out.push(block);
            }
        }
    }
    out.extend(pending);
    out
}

/// The label a paragraph holds when it holds nothing else: `Q:`, `Respuesta:`, a bold name
/// followed by a colon.
fn lone_label(block: &Block) -> Option<Label> {
    let text = block.text.trim();
    if block.label.is_some() || !text.ends_with(':') {
        return None;
    }
    // Read as if words followed: a name counts only when the page set it in bold.
    let emphasised = if block.cue == Some(Cue::Bold) {
        text
    } else {
        ""
    };
    read_label(&format!("{text} …"), emphasised).map(|(label, _)| label)
}

/// A heading whose "label" names no one else on the page (`## SECCIÓN A: Datos generales`) is
/// a section title with a colon, not a speaker's turn: its label is undone. A speaker's name
/// on a heading prompt (`### Ana Ruiz: …?`) comes back on other paragraphs.
pub fn unlabel_section_titles(blocks: &mut [Block]) {
    let name = |b: &Block| match &b.label {
        Some(Label::Name(n)) => Some(n.to_lowercase()),
        _ => None,
    };
    let names: Vec<Option<String>> = blocks.iter().map(name).collect();
    for (block, own) in blocks.iter_mut().zip(&names) {
        let heading = matches!(block.cue, Some(Cue::Heading(_)));
        let once = own.is_some() && names.iter().filter(|n| *n == own).count() == 1;
        if heading && once {
            block.label = None;
            block.text = block.original.clone();
        }
    }
}

/// A paragraph carrying mostly links is still prose when this many of its words stand outside
/// them: "I'm [Ana Ruiz](…). I run the [Tide Museum](…)." reads as sentences, while a list of
/// links has separators between them and "Read more: [title](…)" two words.
pub const MIN_WORDS_AROUND_LINKS: usize = 3;

/// Link-heavy text that reads as prose: it ends like a sentence and enough of its words
/// (`unlinked`, the text outside its links) are the writer's own.
pub fn is_linked_prose(text: &str, unlinked: &str) -> bool {
    let words = unlinked
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    words >= MIN_WORDS_AROUND_LINKS && (is_sentence(text) || text.trim_end().ends_with(['?', '？']))
}

/// Number of words, for the rhythm checks (prompts are short, answers long).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qa_labels_count_in_plain_text_but_names_only_in_bold() {
        assert_eq!(read_label("Q: Why?", ""), Some((Label::Question, "Why?")));
        assert_eq!(
            read_label("Respuesta: Porque sí.", ""),
            Some((Label::Answer, "Porque sí."))
        );
        assert_eq!(read_label("Latin America: a region.", ""), None);
        assert_eq!(
            read_label("WLRN: Why?", ""),
            Some((Label::Name("WLRN".into()), "Why?"))
        );
        assert_eq!(
            read_label("Ana Ruiz: Yes.", "Ana Ruiz:"),
            Some((Label::Name("Ana Ruiz".into()), "Yes."))
        );
        assert_eq!(
            read_label("ANA RUIZ : Yes.", "ANA RUIZ"),
            Some((Label::Name("ANA RUIZ".into()), "Yes."))
        );
        assert_eq!(read_label("In short, it works: yes.", "In short"), None);
        assert_eq!(
            read_label("Ann Rye, because it never behaves.", "Ann"),
            Some((Label::Name("Ann".into()), "Rye, because it never behaves."))
        );
        assert_eq!(read_label("Rye is the hardest.", "Rye"), None);
        assert_eq!(read_label("Why rye?", "Why rye?"), None);
        assert_eq!(
            read_label(
                "Keanon O'Keefe, MagicSchool: Yes.",
                "Keanon O'Keefe, MagicSchool:"
            ),
            Some((Label::Name("Keanon O'Keefe, MagicSchool".into()), "Yes."))
        );
        assert_eq!(read_label("Q:", ""), None);
        assert_eq!(
            read_label("Frage 1: Wie?", ""),
            Some((Label::Question, "Wie?"))
        );
        assert_eq!(read_label("Q12: Why?", ""), Some((Label::Question, "Why?")));
    }

    #[test]
    fn a_label_on_a_paragraph_of_its_own_opens_the_next_one() {
        let bold = |text: &str| Block {
            cue: Some(Cue::Bold),
            ..Block::plain(text)
        };
        let blocks = vec![
            bold("Q:"),
            Block::plain("Why dropdowns?"),
            bold("A:"),
            Block::plain("Because the ribbon has room."),
            Block::plain("In short:"),
            Block::plain("Plain words."),
        ];
        let joined = join_lone_labels(blocks);
        assert_eq!(joined.len(), 4);
        assert_eq!(joined[0].label, Some(Label::Question));
        assert_eq!(joined[0].text, "Why dropdowns?");
        assert_eq!(joined[1].label, Some(Label::Answer));
        assert_eq!(joined[2].text, "In short:");
    }

    #[test]
    fn a_heading_label_used_once_is_a_section_title() {
        let heading = |label: &str, text: &str| Block {
            text: text.into(),
            original: format!("{label}: {text}"),
            label: Some(Label::Name(label.into())),
            cue: Some(Cue::Heading(2)),
        };
        let mut blocks = vec![
            heading("SECCIÓN A", "Datos generales"),
            heading("Ana Ruiz", "Why?"),
            Block {
                label: Some(Label::Name("Ana Ruiz".into())),
                ..Block::plain("And then?")
            },
        ];
        unlabel_section_titles(&mut blocks);
        assert_eq!(blocks[0].label, None);
        assert_eq!(blocks[0].text, "SECCIÓN A: Datos generales");
        assert!(blocks[1].label.is_some());
    }

    #[test]
    fn whitespace_collapses_but_nbsp_stays() {
        assert_eq!(collapse_whitespace("  a \n\t b\u{a0}c  "), "a b\u{a0}c");
    }
}
