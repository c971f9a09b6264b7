//! From the article's paragraphs to an interview: which paragraphs are the interviewer's
//! questions, which are answers, and who the two speakers are. The page's own markup decides,
//! strongest signal first: `Q:`/`A:` labels, then people's name labels, then the typography
//! of prompts (bold paragraphs, headings, italics), and only without any of those a short
//! paragraph ending with `?`.

use super::block::{plain_name_label, Block, Cue, Label};
use super::chairs::{chair_asks, main_answerer};
use super::prompts::clean_question;
use super::speakers::{
    answer_label, by_name_labels, display_name, host_opening_introduces, is_short_form,
};
use super::typography::{by_question_marks, by_typography};

/// A name label has to be used at least this often to count as a speaker: a single bold
/// "Update:" or "Editor's note:" is not a turn of the conversation.
pub(super) const MIN_SPEAKER_TURNS: usize = 2;

/// The interview read from a page, before it is written out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// Introduction paragraphs.
    pub intro: Vec<String>,
    /// Questions and their answer paragraphs.
    pub turns: Vec<(String, Vec<String>)>,
    /// For each turn, the speaker each answer paragraph is labelled with (`None`: unlabelled,
    /// the same person goes on), so answers shared by several guests keep their names.
    pub answer_speakers: Vec<Vec<Option<String>>>,
    /// The interviewee's name, when the page's labels give it.
    pub interviewee: Option<String>,
    /// The interviewer's (or outlet's) name, when the page's labels give it.
    pub interviewer: Option<String>,
}

/// Whose words a paragraph holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// Starts (or continues, right after another prompt) a question.
    Question,
    /// Starts an answer.
    Answer,
    /// Continues whatever came before.
    Continue,
    /// Not part of the conversation: in a labelled layout, a heading without a label is a
    /// section title or the start of a "Related stories" box.
    Skip,
}

/// Builds the interview from the article's paragraphs. Returns `None` when no paragraph reads
/// as a question.
pub fn structure(blocks: &[Block]) -> Option<Draft> {
    let (roles, interviewee, interviewer) = if let Some(mut roles) = by_qa_labels(blocks) {
        chair_asks(blocks, &mut roles);
        let answerer = main_answerer(blocks, &roles);
        (roles, answerer, None)
    } else if let Some((mut roles, interviewee, interviewer)) = by_name_labels(blocks) {
        host_opening_introduces(blocks, &mut roles);
        (roles, Some(interviewee), interviewer)
    } else if let Some(roles) = by_typography(blocks) {
        (roles, None, None)
    } else {
        (by_question_marks(blocks), None, None)
    };
    let mut draft = assemble(blocks, &roles, &speakers(blocks));
    if draft.turns.is_empty() {
        return None;
    }
    let interviewee = interviewee.or_else(|| answer_label(blocks, &roles));
    draft.interviewee = interviewee;
    draft.interviewer = interviewer;
    Some(draft)
}

/// The page's typography (bold, headings, italics) sets its questions apart.
pub fn by_page_typography(blocks: &[Block]) -> bool {
    by_typography(blocks).is_some()
}

/// The page's own labels (`Q:`/`A:`, people's names) give its structure.
pub fn by_page_labels(blocks: &[Block]) -> bool {
    by_qa_labels(blocks).is_some() || by_name_labels(blocks).is_some()
}

/// `Q:`/`A:` layout: used as soon as one paragraph carries a question label. Pages that label
/// only the questions ("Frage 1:") start the answer at the next paragraph, or at a name label.
fn by_qa_labels(blocks: &[Block]) -> Option<Vec<Role>> {
    if !blocks.iter().any(|b| b.label == Some(Label::Question)) {
        return None;
    }
    let mut after_question = false;
    Some(
        (blocks.iter().enumerate())
            .map(|(i, b)| {
                let role = match b.label {
                    _ if is_unlabelled_heading(b) => Role::Skip,
                    Some(Label::Question) => Role::Question,
                    Some(Label::Answer | Label::Name(_)) => Role::Answer,
                    None if after_question && !answer_label_follows(&blocks[i..]) => Role::Answer,
                    None => Role::Continue,
                };
                after_question = role == Role::Question;
                role
            })
            .collect(),
    )
}

/// The next labelled paragraph opens an answer (`A:`, a name): the unlabelled paragraphs
/// before it are the rest of the question, not its answer.
fn answer_label_follows(rest: &[Block]) -> bool {
    rest.iter()
        .find_map(|b| b.label.as_ref())
        .is_some_and(|label| *label != Label::Question)
}

/// A heading without a label, in a labelled layout: a section title or a box's heading.
pub(super) fn is_unlabelled_heading(block: &Block) -> bool {
    block.label.is_none() && matches!(block.cue, Some(Cue::Heading(_)))
}

/// True when the text ends with a question mark, ignoring closing quotes and brackets.
pub(super) fn ends_with_question_mark(text: &str) -> bool {
    text.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)]".contains(c))
        .ends_with(['?', '？'])
}

/// Names used as labels at least [`MIN_SPEAKER_TURNS`] times (a short form counts for its full
/// name): the people of the conversation. Any other "Name:" opening is part of a sentence.
fn speakers(blocks: &[Block]) -> Vec<&str> {
    let names: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match &b.label {
            Some(Label::Name(name)) => Some(name.as_str()),
            _ => None,
        })
        .collect();
    names
        .iter()
        .copied()
        .filter(|name| {
            names
                .iter()
                .filter(|other| is_short_form(other, name))
                .count()
                >= MIN_SPEAKER_TURNS
        })
        .collect()
}

/// Applies the roles: paragraphs before the first question are the introduction; a question
/// runs until its answer starts (a prompt split over two paragraphs, or two prompts in a row,
/// become one question); a question left without an answer at the end of the article is a
/// call to readers, not part of the interview, and is dropped.
fn assemble(blocks: &[Block], roles: &[Role], speakers: &[&str]) -> Draft {
    let mut draft = Draft::default();
    let (mut in_answer, mut cued_name) = (false, false);
    for (block, role) in blocks.iter().zip(roles) {
        if *role == Role::Skip {
            continue;
        }
        let speaker = match &block.label {
            Some(Label::Name(name)) => full_name(name, speakers),
            _ => None,
        };
        let text = turn_text(block, *role, speaker.is_some(), &mut cued_name);
        match (role, draft.turns.last_mut()) {
            (Role::Question, Some((question, answer))) if answer.is_empty() => {
                question.push(' ');
                question.push_str(&text);
            }
            (Role::Question, _) => {
                let question = clean_question(&text);
                draft.turns.push((question.to_string(), Vec::new()));
                draft.answer_speakers.push(Vec::new());
                in_answer = false;
            }
            (_, None) => draft.intro.push(text),
            (Role::Answer, Some((_, answer))) => {
                answer.push(text);
                push_speaker(&mut draft.answer_speakers, speaker);
                in_answer = true;
            }
            (Role::Skip, _) => {}
            (Role::Continue, Some((question, answer))) => {
                if in_answer {
                    answer.push(text);
                    push_speaker(&mut draft.answer_speakers, speaker);
                } else {
                    question.push(' ');
                    question.push_str(&text);
                }
            }
        }
    }
    if draft
        .turns
        .last()
        .is_some_and(|(_, answer)| answer.is_empty())
    {
        draft.turns.pop();
        draft.answer_speakers.pop();
    }
    draft
}

/// A block's words without its label when the label names a speaker, or a name used once
/// opens a prompt in the page's typography (`Ben: _Why Widget?_`), or a plain name answers
/// right under such a prompt (`Ada: …`); with it otherwise ("Latin America: …").
fn turn_text(block: &Block, role: Role, speaker: bool, cued_name: &mut bool) -> String {
    let named = matches!(block.label, Some(Label::Name(_)));
    let reply = (*cued_name && block.label.is_none())
        .then(|| plain_name_label(&block.text))
        .flatten();
    *cued_name = named && role == Role::Question && block.cue.is_some();
    match (&block.label, reply) {
        (_, Some((_, body))) => body.to_string(),
        (Some(Label::Name(_)), _) if !speaker && !*cued_name => block.original.clone(),
        _ => block.text.clone(),
    }
}

fn push_speaker(speakers: &mut [Vec<Option<String>>], speaker: Option<String>) {
    if let Some(turn) = speakers.last_mut() {
        turn.push(speaker);
    }
}

/// The fullest name among the conversation's `speakers` that `name` is a form of ("Hart" is
/// "Leon Hart"), as written in the corpus file; `None` when `name` is not one of them.
fn full_name(name: &str, speakers: &[&str]) -> Option<String> {
    (speakers.iter())
        .filter(|full| is_short_form(name, full))
        .max_by_key(|full| full.len())
        .map(|full| display_name(full))
}

#[cfg(test)]
mod tests;
