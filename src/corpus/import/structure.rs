//! From the article's paragraphs to an interview: which paragraphs are the interviewer's
//! questions, which are answers, and who the two speakers are. The page's own markup decides,
//! strongest signal first: `Q:`/`A:` labels, then people's name labels, then the typography
//! of prompts (bold paragraphs, headings, italics), and only without any of those a short
//! paragraph ending with `?`.

use std::collections::HashMap;

use super::block::{word_count, Block, Cue, Label};

/// A name label has to be used at least this often to count as a speaker: a single bold
/// "Update:" or "Editor's note:" is not a turn of the conversation.
const MIN_SPEAKER_TURNS: usize = 2;

/// Longer than this, a bold or heading paragraph is a standfirst or a pull quote, not a prompt.
const MAX_PROMPT_WORDS: usize = 120;

/// Without any markup, a question is a paragraph ending with `?` of at most this many words;
/// longer ones are answers that end on a rhetorical question.
const MAX_PLAIN_QUESTION_WORDS: usize = 60;

/// The interview read from a page, before it is written out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// Introduction paragraphs.
    pub intro: Vec<String>,
    /// Questions and their answer paragraphs.
    pub turns: Vec<(String, Vec<String>)>,
    /// The interviewee's name, when the page's labels give it.
    pub interviewee: Option<String>,
    /// The interviewer's (or outlet's) name, when the page's labels give it.
    pub interviewer: Option<String>,
}

/// Whose words a paragraph holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
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
    let (roles, interviewee, interviewer) = if let Some(roles) = by_qa_labels(blocks) {
        (roles, None, None)
    } else if let Some((roles, interviewee, interviewer)) = by_name_labels(blocks) {
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

/// `Q:`/`A:` layout: used as soon as one paragraph carries a question label. Pages that label
/// only the questions ("Frage 1:") start the answer at the next paragraph, or at a name label.
fn by_qa_labels(blocks: &[Block]) -> Option<Vec<Role>> {
    if !blocks.iter().any(|b| b.label == Some(Label::Question)) {
        return None;
    }
    let answers_labelled = blocks.iter().any(|b| b.label == Some(Label::Answer));
    let mut after_question = false;
    Some(
        blocks
            .iter()
            .map(|b| {
                let role = match b.label {
                    _ if is_unlabelled_heading(b) => Role::Skip,
                    Some(Label::Question) => Role::Question,
                    Some(Label::Answer | Label::Name(_)) => Role::Answer,
                    None if after_question && !answers_labelled => Role::Answer,
                    None => Role::Continue,
                };
                after_question = role == Role::Question;
                role
            })
            .collect(),
    )
}

/// Name labels (`<strong>Ana Ruiz:</strong> …`): the speaker whose turns read as prompts (they
/// end with `?` or are set as headings or bold) asks; everyone else answers, and the answerer
/// who says the most is the interviewee. A later short form of a name ("Ruiz:") is the same
/// person.
fn by_name_labels(blocks: &[Block]) -> Option<(Vec<Role>, String, Option<String>)> {
    let names: Vec<Option<&str>> = blocks
        .iter()
        .map(|b| match &b.label {
            Some(Label::Name(name)) => Some(name.as_str()),
            _ => None,
        })
        .collect();
    let mut canonical: Vec<&str> = names.iter().flatten().copied().collect();
    canonical.sort_by_key(|name| std::cmp::Reverse(name.len()));
    canonical.dedup();
    let speaker_of = |name: &str| -> String {
        canonical
            .iter()
            .find(|full| is_short_form(name, full))
            .map_or(name, |full| *full)
            .to_string()
    };

    // Per speaker: turns, turns that read as prompts, and words (unlabelled paragraphs belong
    // to the last one who spoke).
    let mut stats: HashMap<String, SpeakerStats> = HashMap::new();
    let mut current: Option<String> = None;
    for (block, name) in blocks.iter().zip(&names) {
        if let Some(name) = name {
            let speaker = speaker_of(name);
            let entry = stats.entry(speaker.clone()).or_default();
            entry.turns += 1;
            if ends_with_question_mark(&block.text) || block.cue.is_some() {
                entry.prompts += 1;
            }
            current = Some(speaker);
        }
        if let Some(speaker) = &current {
            stats.entry(speaker.clone()).or_default().words += word_count(&block.text);
        }
    }
    stats.retain(|_, s| s.turns >= MIN_SPEAKER_TURNS);
    if stats.len() < 2 {
        return None;
    }
    let mut speakers: Vec<(&String, &SpeakerStats)> = stats.iter().collect();
    speakers.sort_by(|a, b| a.0.cmp(b.0));
    // The asker: the most prompt-like turns; between equals, the one who says less.
    let (asker, _) = *speakers.iter().max_by(|(_, a), (_, b)| {
        let share = |s: &SpeakerStats| s.prompts as f64 / s.turns as f64;
        share(a).total_cmp(&share(b)).then(b.words.cmp(&a.words))
    })?;
    let (interviewee, _) = *speakers
        .iter()
        .filter(|(name, _)| *name != asker)
        .max_by_key(|(_, s)| s.words)?;
    let roles = names
        .iter()
        .zip(blocks)
        .map(|(name, block)| match name {
            None if is_unlabelled_heading(block) => Role::Skip,
            Some(name) if !stats.contains_key(&speaker_of(name)) => Role::Continue,
            Some(name) if speaker_of(name) == *asker => Role::Question,
            Some(_) => Role::Answer,
            None => Role::Continue,
        })
        .collect();
    Some((roles, display_name(interviewee), Some(display_name(asker))))
}

fn is_unlabelled_heading(block: &Block) -> bool {
    block.label.is_none() && matches!(block.cue, Some(Cue::Heading(_)))
}

/// What a speaker's labelled turns look like.
#[derive(Debug, Default)]
struct SpeakerStats {
    turns: usize,
    prompts: usize,
    words: usize,
}

/// When only the answers carry a name label (questions set apart by typography), that one
/// recurring name is the interviewee.
fn answer_label(blocks: &[Block], roles: &[Role]) -> Option<String> {
    let mut names = blocks
        .iter()
        .zip(roles)
        .filter_map(|(b, role)| match &b.label {
            Some(Label::Name(name)) => Some((name.as_str(), *role)),
            _ => None,
        });
    let (first, _) = names.next()?;
    let mut count = 1;
    for (name, role) in names {
        if role == Role::Question || !is_short_form(name, first) {
            return None;
        }
        count += 1;
    }
    (count >= MIN_SPEAKER_TURNS).then(|| display_name(first))
}

/// "Ruiz" is a short form of "Ana Ruiz" (and of "Ana Ruiz, Diario del Sur"); compared word by
/// word on the name before any affiliation, ignoring case.
fn is_short_form(name: &str, full: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(',')
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_lowercase)
            .collect()
    };
    let full_words = words(full);
    let name_words = words(name);
    !name_words.is_empty() && name_words.iter().all(|word| full_words.contains(word))
}

/// The name as the front matter shows it: without the affiliation after a comma, and names set
/// in capitals in the labels ("ANA RUIZ") as "Ana Ruiz".
fn display_name(name: &str) -> String {
    let name = name.split(',').next().unwrap_or(name).trim();
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    name.split_whitespace()
        .map(|word| {
            // Acronyms (an outlet such as "WLRN" or "NPR") stay in capitals.
            let is_acronym =
                word.chars().count() <= 3 || !word.chars().any(|c| "AEIOUYÁÉÍÓÚ".contains(c));
            if is_acronym {
                return word.to_string();
            }
            let lower = word.to_lowercase();
            let mut chars = lower.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Bold paragraphs, headings or italic paragraphs as prompts: whichever of these cues the
/// article uses most often marks the questions; the others are ordinary paragraphs.
fn by_typography(blocks: &[Block]) -> Option<Vec<Role>> {
    let mut counts: HashMap<Cue, usize> = HashMap::new();
    for block in blocks {
        if let Some(cue) = block.cue.filter(|_| is_prompt_sized(block)) {
            *counts.entry(cue).or_default() += 1;
        }
    }
    // Ties go to bold, then italics, then the larger heading (the derived order of `Cue`).
    let (&cue, _) = counts
        .iter()
        .max_by_key(|(cue, &n)| (n, std::cmp::Reverse(**cue)))?;
    let mut seen_answer = false;
    Some(
        blocks
            .iter()
            .map(|b| {
                if b.cue == Some(cue) && is_prompt_sized(b) {
                    seen_answer = false;
                    Role::Question
                } else if seen_answer {
                    Role::Continue
                } else {
                    seen_answer = true;
                    Role::Answer
                }
            })
            .collect(),
    )
}

fn is_prompt_sized(block: &Block) -> bool {
    word_count(&block.text) <= MAX_PROMPT_WORDS
}

/// No markup at all: short paragraphs ending with `?` (never the first one, which is the
/// article's opening).
fn by_question_marks(blocks: &[Block]) -> Vec<Role> {
    let mut seen_answer = false;
    blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if i > 0
                && ends_with_question_mark(&b.text)
                && word_count(&b.text) <= MAX_PLAIN_QUESTION_WORDS
            {
                seen_answer = false;
                Role::Question
            } else if seen_answer {
                Role::Continue
            } else {
                seen_answer = true;
                Role::Answer
            }
        })
        .collect()
}

/// True when the text ends with a question mark, ignoring closing quotes and brackets.
fn ends_with_question_mark(text: &str) -> bool {
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
    let mut in_answer = false;
    for (block, role) in blocks.iter().zip(roles) {
        if *role == Role::Skip {
            continue;
        }
        let text = match &block.label {
            Some(Label::Name(name)) if !speakers.iter().any(|s| is_short_form(name, s)) => {
                block.original.clone()
            }
            _ => block.text.clone(),
        };
        match (role, draft.turns.last_mut()) {
            (Role::Question, Some((question, answer))) if answer.is_empty() => {
                question.push(' ');
                question.push_str(&text);
            }
            (Role::Question, _) => {
                draft.turns.push((text, Vec::new()));
                in_answer = false;
            }
            (_, None) => draft.intro.push(text),
            (Role::Answer, Some((_, answer))) => {
                answer.push(text);
                in_answer = true;
            }
            (Role::Skip, _) => {}
            (Role::Continue, Some((question, answer))) => {
                if in_answer {
                    answer.push(text);
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
    }
    draft
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cued(text: &str, cue: Cue) -> Block {
        Block {
            text: text.into(),
            original: text.into(),
            label: None,
            cue: Some(cue),
        }
    }

    fn labelled(label: Label, text: &str) -> Block {
        Block {
            original: format!("{label:?}: {text}"),
            text: text.into(),
            label: Some(label),
            cue: None,
        }
    }

    #[test]
    fn bold_prompts_split_questions_from_answers() {
        let blocks = [
            Block::plain("Intro."),
            cued("Tell us about the plan.", Cue::Bold),
            Block::plain("It is long."),
            Block::plain("Really long."),
            cued("Why?", Cue::Bold),
            Block::plain("Because."),
        ];
        let draft = structure(&blocks).unwrap();
        assert_eq!(draft.intro, ["Intro."]);
        assert_eq!(
            draft.turns,
            [
                (
                    "Tell us about the plan.".to_string(),
                    vec!["It is long.".to_string(), "Really long.".to_string()]
                ),
                ("Why?".to_string(), vec!["Because.".to_string()]),
            ]
        );
    }

    #[test]
    fn the_most_used_cue_wins_and_other_cues_are_text() {
        let blocks = [
            cued("Standfirst in italics.", Cue::Italic),
            cued("First?", Cue::Heading(3)),
            cued("A bold sentence of the answer.", Cue::Bold),
            Block::plain("More."),
            cued("Second?", Cue::Heading(3)),
            Block::plain("Yes."),
        ];
        let draft = structure(&blocks).unwrap();
        assert_eq!(draft.intro, ["Standfirst in italics."]);
        assert_eq!(draft.turns[0].1.len(), 2);
    }

    #[test]
    fn name_labels_make_the_longest_speaker_the_interviewee() {
        let blocks = [
            Block::plain("Intro."),
            labelled(Label::Name("El Diario".into()), "What now?"),
            labelled(
                Label::Name("Ana Ruiz".into()),
                "A long answer with many words in it.",
            ),
            Block::plain("And more words."),
            labelled(Label::Name("El Diario".into()), "And then? Is it true?"),
            labelled(Label::Name("Ruiz".into()), "Yes, it is."),
        ];
        let draft = structure(&blocks).unwrap();
        assert_eq!(draft.interviewee.as_deref(), Some("Ana Ruiz"));
        assert_eq!(draft.interviewer.as_deref(), Some("El Diario"));
        assert_eq!(draft.turns.len(), 2);
        assert_eq!(draft.turns[0].1.len(), 2);
        assert_eq!(draft.turns[1].1, ["Yes, it is."]);
    }

    #[test]
    fn a_name_labelling_every_answer_is_the_interviewee() {
        let blocks = [
            cued("First?", Cue::Heading(3)),
            labelled(Label::Name("Klaas Berg".into()), "One."),
            cued("Second?", Cue::Heading(3)),
            labelled(Label::Name("Klaas Berg".into()), "Two."),
        ];
        let draft = structure(&blocks).unwrap();
        assert_eq!(draft.interviewee.as_deref(), Some("Klaas Berg"));
        assert_eq!(draft.turns[1].1, ["Two."]);
    }

    #[test]
    fn several_answerers_and_an_asking_outlet() {
        let blocks = [
            cued("Set the stage. What is it?", Cue::Heading(2)),
            labelled(
                Label::Name("Kim Lee, Acme".into()),
                "A long answer with many words.",
            ),
            labelled(Label::Name("Anthropic".into()), "What next?"),
            labelled(Label::Name("Jo Park, Acme".into()), "Another answer."),
            labelled(Label::Name("Anthropic".into()), "Walk us through it."),
            labelled(
                Label::Name("Lee".into()),
                "Sure, with more words than the other one.",
            ),
            labelled(Label::Name("Park".into()), "Yes."),
        ];
        let draft = structure(&blocks).unwrap();
        assert_eq!(draft.interviewee.as_deref(), Some("Kim Lee"));
        assert_eq!(draft.interviewer.as_deref(), Some("Anthropic"));
        assert_eq!(draft.turns.len(), 2);
        assert_eq!(draft.turns[1].1.len(), 2);
    }

    #[test]
    fn a_one_off_name_opening_stays_in_the_text() {
        let blocks = [
            cued("Where?", Cue::Bold),
            labelled(Label::Name("Latin America".into()), "a region."),
            cued("Who?", Cue::Bold),
            Block::plain("Us."),
        ];
        let draft = structure(&blocks).unwrap();
        assert_eq!(draft.turns[0].1, ["Name(\"Latin America\"): a region."]);
    }

    #[test]
    fn qa_labels_beat_everything_and_a_trailing_question_is_dropped() {
        let blocks = [
            labelled(Label::Question, "Tell us"),
            Block::plain("more, please."),
            labelled(Label::Answer, "Who knows?"),
            cued("Bold text in an answer", Cue::Bold),
            labelled(Label::Question, "Anything else?"),
        ];
        let draft = structure(&blocks).unwrap();
        assert_eq!(draft.turns.len(), 1);
        assert_eq!(draft.turns[0].0, "Tell us more, please.");
        assert_eq!(draft.turns[0].1.len(), 2);
    }

    #[test]
    fn numbered_question_labels_without_answer_labels() {
        let blocks = [
            Block::plain("Intro."),
            labelled(Label::Question, "Wie?"),
            labelled(Label::Name("Klaas Berg".into()), "So."),
            Block::plain("Und so."),
            labelled(Label::Question, "Warum?"),
            labelled(Label::Name("Klaas Berg".into()), "Darum."),
            labelled(Label::Question, "Wann?"),
            Block::plain("Morgen."),
        ];
        let draft = structure(&blocks).unwrap();
        assert_eq!(draft.turns.len(), 3);
        assert_eq!(draft.turns[0].1, ["So.", "Und so."]);
        assert_eq!(draft.turns[1].1, ["Darum."]);
        assert_eq!(draft.turns[2].1, ["Morgen."]);
        assert_eq!(draft.interviewee.as_deref(), Some("Klaas Berg"));
    }

    #[test]
    fn without_markup_short_question_mark_paragraphs_are_questions() {
        let long = format!("{} who pays?", "word ".repeat(70));
        let blocks = [
            Block::plain("Title?"),
            Block::plain("Why?"),
            Block::plain(long.as_str()),
            Block::plain("And?"),
            Block::plain("Yes."),
        ];
        let draft = structure(&blocks).unwrap();
        assert_eq!(draft.intro, ["Title?"]);
        assert_eq!(draft.turns.len(), 2);
        assert_eq!(draft.turns[0].1, [long]);
    }

    #[test]
    fn no_question_is_none() {
        assert_eq!(structure(&[Block::plain("Just text.")]), None);
        assert_eq!(structure(&[]), None);
    }
}
