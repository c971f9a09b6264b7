//! Where questions start, for each way interviews are published. The file is measured first:
//! which cue it uses for its prompts (speaker labels, dialogue dashes, headings, bold, a lead-in
//! in capitals) and how long its prompts and answers are (a two-class split of its own paragraph
//! lengths). Only the cue the file uses makes questions, so a `?` closing an answer paragraph,
//! a drop cap opening the introduction or an acronym opening an answer never start a question.

use super::clean::{line_clutter, strip_emphasis};
use super::cues::{
    asks_something, dash_body, dash_body_is_some, ends_with_question_mark, follow_up_prompt,
    is_bold, is_caps_lead_in, is_heading, is_section_title, most_used_heading_level, words,
};
use super::dashes::{asks, inline_turns};
use super::labels::{is_generic, speaker_of};
use super::markup::strip_question_number;
use super::numbering::numbered_prompts;
use super::reading::{Clutter, Dropped, Layout, Para, Role, Speaker};
use super::repair::drop_field_lines;
use super::rhythm::{prompt_limit, Rhythm};

/// A cue (headings, bold, capitals, dashes) is the file's prompt cue when this many paragraphs
/// carry it: one could be a section heading or an emphasis.
const MIN_CUE_USES: usize = 2;

/// A file is read by its labels when they open at least this many turns; fewer labels (often
/// the first exchange only) are removed but the file's other cue decides.
const MIN_LABELLED_TURNS: usize = 2;

/// Dialogue dashes open questions and answers alike, so a file needs a few of them.
const MIN_DASH_USES: usize = 3;

/// An interviewer's interjection inside an answer ("Right.", "Mm-hm.", "I see.").
const INTERJECTION_MAX_WORDS: usize = 2;

/// An interviewer's exclamation cheering on a reply that has only begun ("Yes! Love it.") is
/// this short.
const CHEER_MAX_WORDS: usize = 8;

/// One question and its answer paragraphs, with lines.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// The question without label or typography.
    pub question: String,
    /// Line where the question starts.
    pub line: usize,
    /// Answer paragraphs and their lines.
    pub answer: Vec<(String, usize)>,
    /// The label of who says each answer paragraph, when a label says it (unlabelled
    /// paragraphs continue the last label).
    pub speakers: Vec<Option<String>>,
}

/// The body cut into introduction and turns.
#[derive(Debug, Default)]
pub struct Assembled {
    /// The cue that made the questions.
    pub layout: Option<Layout>,
    /// Introduction paragraphs and their lines.
    pub intro: Vec<(String, usize)>,
    /// Turns in order.
    pub turns: Vec<Draft>,
    /// Paragraphs dropped while assembling (interjections).
    pub dropped: Vec<Dropped>,
    /// Line and label of an answer label met before any question, if any.
    pub orphan_answer: Option<(usize, String)>,
}

impl Assembled {
    fn question(&mut self, text: &str, line: usize) {
        match self.turns.last_mut() {
            // A question over two paragraphs, or two questions asked in a row.
            Some(turn) if turn.answer.is_empty() => {
                turn.question.push(' ');
                turn.question.push_str(text);
            }
            _ => self.turns.push(Draft {
                question: strip_question_number(text).to_string(),
                line,
                ..Draft::default()
            }),
        }
    }

    fn answer(&mut self, text: &str, line: usize) {
        let speaker = self
            .turns
            .last()
            .and_then(|turn| turn.speakers.last().cloned().flatten());
        self.answer_by(text, line, speaker);
    }

    /// An answer paragraph opened by the label of who says it.
    fn answer_by(&mut self, text: &str, line: usize, speaker: Option<String>) {
        match self.turns.last_mut() {
            Some(turn) => {
                turn.answer.push((text.to_string(), line));
                turn.speakers.push(speaker);
            }
            None => self.intro.push((text.to_string(), line)),
        }
    }

    fn drop(&mut self, para: &Para, reason: Clutter) {
        self.dropped.push(Dropped {
            line: para.line,
            text: para.text.clone(),
            reason,
        });
    }

    fn answering(&self) -> bool {
        self.turns.last().is_some_and(|t| !t.answer.is_empty())
    }

    /// `body`, an interviewer's turn, is a short exclamation that asks nothing, said while the
    /// reply is still shorter than its question: the guest has only begun ("Absolutely. First,
    /// the origin story." / "Yes! Love it." / the story), and goes on after it.
    fn cheers_on(&self, body: &str) -> bool {
        let begun = self.turns.last().is_some_and(|turn| {
            let said: usize = turn.answer.iter().map(|(text, _)| words(text)).sum();
            said < words(&turn.question)
        });
        begun
            && words(body) <= CHEER_MAX_WORDS
            && body.contains(['!', '¡'])
            && !asks_something(body)
    }
}

/// Cuts the body into introduction and turns, with the layout the file uses; a record's
/// fields above the conversation are no introduction.
pub fn assemble(paras: &[Para], speakers: &[Speaker]) -> Assembled {
    let mut out = assemble_turns(paras, speakers);
    drop_field_lines(&mut out.intro, &mut out.dropped);
    out
}

fn assemble_turns(paras: &[Para], speakers: &[Speaker]) -> Assembled {
    let uses = |role: Role| {
        speakers
            .iter()
            .filter(|s| s.role == role)
            .map(|s| s.count)
            .sum::<usize>()
    };
    let generic_asker = speakers
        .iter()
        .any(|s| s.role == Role::Interviewer && is_generic(&s.label));
    if generic_asker
        || uses(Role::Interviewer) >= MIN_LABELLED_TURNS
        || (uses(Role::Interviewer) == 0 && uses(Role::Interviewee) >= MIN_LABELLED_TURNS)
    {
        return by_labels(paras, speakers);
    }
    // Labels on the first exchange only ("Outlet: …?" / "Name: …"): they still say who speaks
    // there, and the rest of the file is read by its cue.
    let limit = prompt_limit(paras);
    match detect(paras, limit) {
        Layout::DialogueDashes => by_dashes(paras),
        layout => by_cue(paras, layout, speakers),
    }
}

/// The prompt cue this file uses most, if any; else plain question marks.
fn detect(paras: &[Para], limit: f64) -> Layout {
    let count = |cue: fn(&str) -> bool| paras.iter().filter(|p| cue(&p.text)).count();
    let dashes = count(dash_body_is_some);
    // A question a dash opens may close with another mark ("—¿Qué pasa que nadie está en su
    // lugar!"): its opening `¿` asks too.
    let dash_questions = paras
        .iter()
        .filter(|p| {
            dash_body(&p.text).is_some_and(|b| ends_with_question_mark(b) || b.contains('¿'))
        })
        .count();
    if dashes >= MIN_DASH_USES && dash_questions >= 1 {
        return Layout::DialogueDashes;
    }
    let caps = paras
        .iter()
        .filter(|p| is_caps_lead_in(&p.text) && (words(&p.text) as f64) <= limit)
        .count();
    let cues = [
        (count(is_heading), Layout::Headings),
        (count(is_bold), Layout::Bold),
        (caps, Layout::CapsLeadIn),
    ];
    cues.into_iter()
        .filter(|(n, _)| *n >= MIN_CUE_USES)
        .max_by_key(|(n, _)| *n)
        .map_or(Layout::QuestionMarks, |(_, layout)| layout)
}

/// Files with speaker labels: the label says who speaks; unlabelled paragraphs continue the
/// last speaker (labels on the first paragraph of a turn only). A `?` never matters.
fn by_labels(paras: &[Para], speakers: &[Speaker]) -> Assembled {
    let mut out = Assembled {
        layout: Some(Layout::Labels),
        ..Assembled::default()
    };
    let use_ = LabelUse::of(paras, speakers);
    // The last follow-up question found between two replies, until its answer comes.
    let mut follow_up = None;
    for (i, para) in paras.iter().enumerate() {
        let labelled = speaker_of(&para.text, speakers);
        if labelled.is_some_and(|(s, _)| s.role == Role::Interviewer) {
            drop_unanswered(&mut out, &mut follow_up);
        }
        match labelled {
            Some((speaker, body)) if speaker.role == Role::Interviewer => {
                let continues = i + 1 < paras.len() && use_.role(i + 1) != Some(Role::Interviewer);
                if out.answering() && continues && (is_interjection(body) || out.cheers_on(body)) {
                    out.drop(para, Clutter::Interjection);
                } else {
                    out.question(body, para.line);
                }
            }
            Some((_, body)) if is_stage_direction(body) => out.drop(para, Clutter::StageDirection),
            Some((speaker, body)) => {
                if out.turns.is_empty() && is_generic(&speaker.label) {
                    out.orphan_answer
                        .get_or_insert_with(|| (para.line, speaker.label.clone()));
                }
                out.answer_by(body, para.line, Some(speaker.label.clone()));
            }
            None if is_section_title(&para.text, None) => out.drop(para, Clutter::SectionTitle),
            // The asker is labelled: a heading, even one that asks, titles a section.
            None if use_.asker_labelled && is_heading(&para.text) => {
                out.drop(para, Clutter::SectionTitle)
            }
            None if use_.asks_unlabelled(i, &para.text)
                && (out.turns.is_empty() || out.answering()) =>
            {
                // Only answers are labelled: the paragraph before an answer label asks.
                out.question(&unlabelled_prompt(&para.text), para.line);
            }
            None if !out.turns.is_empty() && !out.answering() && use_.answers_labelled => {
                out.question(&para.text, para.line);
            }
            None if use_.follows_up(i, &para.text) && out.answering() => {
                out.question(&unlabelled_prompt(&follow_up_prompt(&para.text)), para.line);
                follow_up = Some(out.turns.len() - 1);
            }
            None => out.answer(&para.text, para.line),
        }
    }
    drop_unanswered(&mut out, &mut follow_up);
    out
}

/// A follow-up question whose reply was only a stage direction ("[not asked]") asked nothing
/// that was answered: it goes, so the next question does not absorb it.
fn drop_unanswered(out: &mut Assembled, follow_up: &mut Option<usize>) {
    let Some(i) = follow_up.take() else {
        return;
    };
    if i + 1 == out.turns.len() && out.turns[i].answer.is_empty() {
        let turn = out.turns.remove(i);
        out.dropped.push(Dropped {
            line: turn.line,
            text: turn.question,
            reason: Clutter::Unanswered,
        });
    }
}

/// A reply that is only a bracketed stage direction ("[NO APLICÓ]", "[inaudible]").
fn is_stage_direction(body: &str) -> bool {
    line_clutter(body) == Some(Clutter::StageDirection)
}

/// How a labelled file uses its labels.
struct LabelUse {
    /// The role of each paragraph's label, if it has one.
    roles: Vec<Option<Role>>,
    /// The interviewer's turns carry labels.
    asker_labelled: bool,
    /// Answers carry labels when most labelled questions are followed by a labelled answer;
    /// then an unlabelled paragraph after a question still belongs to the question.
    answers_labelled: bool,
    /// Answer labels open turns only (never two labelled paragraphs in a row): a new answer
    /// label means a new turn, so the paragraph before it asked.
    labels_turns_only: bool,
}

impl LabelUse {
    fn of(paras: &[Para], speakers: &[Speaker]) -> LabelUse {
        let roles: Vec<Option<Role>> = paras
            .iter()
            .map(|p| speaker_of(&p.text, speakers).map(|(s, _)| s.role))
            .collect();
        let role = |i: usize| roles.get(i).copied().flatten();
        let asks: Vec<usize> = (0..paras.len())
            .filter(|&i| role(i) == Some(Role::Interviewer))
            .collect();
        let answered = asks
            .iter()
            .filter(|&&i| role(i + 1) == Some(Role::Interviewee))
            .count();
        let labels_turns_only = !(0..paras.len())
            .any(|i| role(i) == Some(Role::Interviewee) && role(i + 1) == Some(Role::Interviewee));
        LabelUse {
            asker_labelled: speakers.iter().any(|s| s.role == Role::Interviewer),
            answers_labelled: !asks.is_empty() && 2 * answered >= asks.len(),
            labels_turns_only,
            roles,
        }
    }

    fn role(&self, i: usize) -> Option<Role> {
        self.roles.get(i).copied().flatten()
    }

    /// The asker is labelled, yet paragraph `i`, unlabelled inside an answer, asks and the
    /// answerer's label comes again right after it: the label says the speaker changed, so
    /// someone asked a follow-up question (a probe, a second interviewer).
    fn follows_up(&self, i: usize, text: &str) -> bool {
        self.asker_labelled
            && self.role(i + 1) == Some(Role::Interviewee)
            && ends_with_question_mark(text)
    }

    /// Only answers are labelled and paragraph `i` comes right before an answer label.
    fn asks_unlabelled(&self, i: usize, text: &str) -> bool {
        !self.asker_labelled
            && self.role(i + 1).is_some()
            && (asks_something(text) || self.labels_turns_only)
    }
}

/// A prompt set as a heading, in bold or after a dialogue dash, without its typography.
fn unlabelled_prompt(text: &str) -> String {
    let text = dash_body(text).unwrap_or(text);
    strip_emphasis(text.trim_start_matches('#').trim()).to_string()
}

fn is_interjection(body: &str) -> bool {
    words(body) <= INTERJECTION_MAX_WORDS && !ends_with_question_mark(body)
}

/// Spanish dialogue layout: every dashed paragraph opens a turn, questions and answers
/// alternate ("—¿…?", "—…"); an answer's later paragraphs carry no dash.
fn by_dashes(paras: &[Para]) -> Assembled {
    let mut out = Assembled {
        layout: Some(Layout::DialogueDashes),
        ..Assembled::default()
    };
    for para in paras {
        let mut pieces = inline_turns(&para.text).into_iter();
        let first = pieces.next().unwrap_or_default();
        dashed_paragraph(&mut out, first, para.line);
        // Later turns of the same paragraph: a question asks (`¿…?`), anything else answers.
        for piece in pieces.filter_map(dash_body) {
            if asks(piece) {
                out.question(piece, para.line);
            } else {
                out.answer(piece, para.line);
            }
        }
    }
    out
}

/// One paragraph (or its first turn) of a dialogue: a dash opens a turn, alternating
/// question and answer, except that a `¿…?` after an unanswered question asks too.
fn dashed_paragraph(out: &mut Assembled, text: &str, line: usize) {
    match dash_body(text) {
        // The first question printed without its dash, right before a dashed answer.
        Some(body) if out.turns.is_empty() && opens_with_answer(out, body) => {
            if let Some((question, asked)) = out.intro.pop() {
                out.question(&question, asked);
            }
            out.answer(body, line);
        }
        Some(body) if out.turns.is_empty() || out.answering() || asks(body) => {
            out.question(body, line)
        }
        Some(body) => out.answer(body, line),
        None if out.turns.is_empty() => out.intro.push((text.to_string(), line)),
        None => out.answer(text, line),
    }
}

/// The first dashed paragraph does not ask while the paragraph before it does.
fn opens_with_answer(out: &Assembled, body: &str) -> bool {
    !asks_something(body)
        && out
            .intro
            .last()
            .is_some_and(|(t, _)| ends_with_question_mark(t))
}

/// Files whose prompts carry a typographic cue, or none (question marks and rhythm).
fn by_cue(paras: &[Para], layout: Layout, speakers: &[Speaker]) -> Assembled {
    let mut out = Assembled {
        layout: Some(layout),
        ..Assembled::default()
    };
    let rhythm = Rhythm::measure(paras);
    let numbered = numbered_prompts(paras, &rhythm);
    // An editor who numbers the questions numbers all of them: a short unnumbered reply
    // between two ("Slow. Lots of revision.") is an answer, not part of the next question.
    let editor_numbered = numbered.contains(&true);
    let prompt_level = (layout == Layout::Headings)
        .then(|| most_used_heading_level(paras))
        .flatten();
    for (i, para) in paras.iter().enumerate() {
        match speaker_of(&para.text, speakers) {
            Some((speaker, body)) if speaker.role == Role::Interviewer => {
                out.question(body, para.line);
                continue;
            }
            Some((speaker, body)) if !out.turns.is_empty() => {
                out.answer_by(body, para.line, Some(speaker.label.clone()));
                continue;
            }
            _ => {}
        }
        if is_section_title(&para.text, prompt_level) {
            out.drop(para, Clutter::SectionTitle);
            continue;
        }
        let prompt = match layout {
            Layout::Headings => is_heading(&para.text),
            Layout::Bold => is_bold(&para.text),
            Layout::CapsLeadIn => is_caps_lead_in(&para.text) && rhythm.short(para),
            _ if editor_numbered => numbered[i],
            _ => rhythm.is_prompt(i, out.answering()),
        };
        if prompt {
            out.question(&prompt_text(&para.text, layout), para.line);
        } else if out.turns.is_empty() {
            out.intro.push((para.text.clone(), para.line));
        } else {
            out.answer(&para.text, para.line);
        }
    }
    out
}

fn prompt_text(text: &str, layout: Layout) -> String {
    match layout {
        Layout::Headings => text.trim_start_matches('#').trim().to_string(),
        Layout::Bold => strip_emphasis(&text.replace("** **", " ")).to_string(),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn cues_are_recognised() {
        assert!(is_heading("### Why now?"));
        assert!(!is_heading("#hashtag"));
        assert!(is_bold("**Europe passed its own Chips Act.**"));
        assert!(!is_bold("**Por Juliana Moraes** | 3 de outubro"));
        assert!(is_caps_lead_in("LET’S TALK about streaming."));
        assert!(!is_caps_lead_in("ALBA-TCP issued a statement."));
        assert!(!is_caps_lead_in("HEALTH"));
        assert_eq!(dash_body("—¿Por qué?"), Some("¿Por qué?"));
        assert_eq!(dash_body("— — —"), None);
        assert_eq!(dash_body("- ¿Por qué?"), Some("¿Por qué?"));
        assert_eq!(dash_body("-Porque sí."), Some("Porque sí."));
        assert_eq!(dash_body("-5 grados"), None);
        assert_eq!(dash_body("- - -"), None);
        assert_eq!(dash_body("─ ─ ─"), None);
        assert!(ends_with_question_mark("**Why?**"));
    }

    #[test]
    fn dialogue_dashes_alternate_between_question_and_answer() {
        let texts = [
            "Intro.",
            "—¿Por qué?",
            "—Porque sí.",
            "Y algo más.",
            "—Bueno, cuéntenos de su infancia en el campo.",
            "—Fue dura.",
        ];
        let out = by_dashes(&paras(&texts));
        let turns: Vec<_> = out
            .turns
            .iter()
            .map(|t| (t.question.as_str(), t.answer.len()))
            .collect();
        assert_eq!(
            turns,
            [
                ("¿Por qué?", 2),
                ("Bueno, cuéntenos de su infancia en el campo.", 1)
            ]
        );
        assert_eq!(out.intro.len(), 1);
    }
}
