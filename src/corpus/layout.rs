//! Where questions start, for each way interviews are published. The file is measured first:
//! which cue it uses for its prompts (speaker labels, dialogue dashes, headings, bold, a lead-in
//! in capitals) and how long its prompts and answers are (a two-class split of its own paragraph
//! lengths). Only the cue the file uses makes questions, so a `?` closing an answer paragraph,
//! a drop cap opening the introduction or an acronym opening an answer never start a question.

use super::alternation::alternating_prompts;
pub use super::assembled::{Assembled, Draft};
use super::clean::{is_kicker, strip_emphasis};
use super::cues::{
    asks_something, dash_body, dash_body_is_some, ends_with_question_mark, is_bold,
    is_caps_lead_in, is_heading, is_section_title, most_used_heading_level, words,
};
use super::dashes::{
    asks, inline_turns, open_prompt_block, prompt_blocks, resumes_asking, resync_wins, DashFit,
};
use super::early_labels::labels_stop_early;
use super::labels::{is_generic, speaker_of};
use super::length_alternation::alternating_lengths;
use super::markup::{question_number, strip_question_number};
use super::numbering::numbered_prompts;
use super::page_marks::is_image_paragraph;
use super::prompt_label::without_italic_label;
use super::quoted_turns::quoted_turns;
use super::reading::{Clutter, Layout, Para, Role, Speaker};
use super::repair::drop_field_lines;
use super::rhythm::{prompt_limit, Rhythm};
use super::sidebar::sidebar_start;

/// A cue (headings, bold, capitals, dashes) is the file's prompt cue when this many paragraphs
/// carry it: one could be a section heading or an emphasis.
const MIN_CUE_USES: usize = 2;

/// A file is read by its labels when they open at least this many turns; fewer labels (often
/// the first exchange only) are removed but the file's other cue decides.
const MIN_LABELLED_TURNS: usize = 2;

/// Dialogue dashes open questions and answers alike, so a file needs a few of them.
const MIN_DASH_USES: usize = 3;

/// A questionnaire answered line by line asks this many questions at least: a few questions
/// in a row with one-line answers may also be a short stretch of a longer conversation.
const MIN_QUESTIONNAIRE_QUESTIONS: usize = 5;

/// Blocks opening with a question right above their answer before a file counts as set one
/// block an exchange: two could be a prompt and a curt reply typed together by chance.
const MIN_EXCHANGE_BLOCKS: usize = 3;

/// Paragraphs a line-by-line questionnaire may run beyond two a question: a closing line,
/// an answer of two lines.
const QUESTIONNAIRE_SPARE_PARAGRAPHS: usize = 2;

/// Cuts the body into introduction and turns, with the layout the file uses; a record's
/// fields above the conversation are no introduction.
pub fn assemble(paras: &[Para], speakers: &[Speaker]) -> Assembled {
    let mut out = assemble_turns(paras, speakers);
    drop_field_lines(&mut out.intro, &mut out.dropped);
    super::cover_page::drop_cover_pages(&mut out);
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
    let labelled = generic_asker
        || uses(Role::Interviewer) >= MIN_LABELLED_TURNS
        || (uses(Role::Interviewer) == 0 && uses(Role::Interviewee) >= MIN_LABELLED_TURNS);
    if labelled && !labels_stop_early(paras, speakers) {
        return super::labelled::by_labels(paras, speakers);
    }
    // Labels on the first exchange or turns only ("Outlet: …?" / "Name: …"): they still say
    // who speaks there, and the rest of the file is read by its cue.
    let limit = prompt_limit(paras);
    let by_layout = match detect(paras, limit) {
        Layout::DialogueDashes => by_dashes(paras),
        layout => by_cue(paras, layout, speakers),
    };
    // A single labelled exchange (an excerpt: "Ana Ruiz: …?" / "Rui Sal: …") has no cue
    // used twice; its labels are the only reading that finds the question.
    let asked = uses(Role::Interviewer) > 0;
    if by_layout.turns.is_empty() && asked {
        return super::labelled::by_labels(paras, speakers);
    }
    by_layout
}

/// The prompt cue this file uses most, if any; else plain question marks.
fn detect(paras: &[Para], limit: f64) -> Layout {
    let count = |cue: fn(&str) -> bool| paras.iter().filter(|p| cue(&p.text)).count();
    let dashes = count(dash_body_is_some);
    // A question a dash opens may close with another mark ("—¿Y quién iba a decirlo, después
    // de tantos años!"): its opening `¿` asks too.
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
        (
            bold_prompts(paras).iter().filter(|&&b| b).count(),
            Layout::Bold,
        ),
        (caps, Layout::CapsLeadIn),
    ];
    cues.into_iter()
        .filter(|(n, _)| *n >= MIN_CUE_USES)
        .max_by_key(|(n, _)| *n)
        .map_or(Layout::QuestionMarks, |(_, layout)| layout)
}

/// Spanish dialogue layout: every dashed paragraph opens a turn, questions and answers
/// alternate ("—¿…?", "—…"); an answer's later paragraphs carry no dash. Two readings are made,
/// counting turns and re-synchronising after an answer the copy lost; the whole dialogue
/// decides which one keeps its questions on the side of the question marks.
fn by_dashes(paras: &[Para]) -> Assembled {
    let (counted, counted_fit) = dash_reading(paras, false);
    let (resynced, resynced_fit) = dash_reading(paras, true);
    if resync_wins(counted_fit, resynced_fit) {
        resynced
    } else {
        counted
    }
}

/// One reading of a dash dialogue, with how well its turns fit their question marks;
/// `resync` lets a `?` turn after an unanswered question start the next exchange.
fn dash_reading(paras: &[Para], resync: bool) -> (Assembled, DashFit) {
    let mut out = Assembled {
        layout: Some(Layout::DialogueDashes),
        ..Assembled::default()
    };
    let mut fit = DashFit::default();
    let heads = prompt_blocks(paras);
    for (i, para) in paras.iter().enumerate() {
        let mut pieces = inline_turns(&para.text).into_iter();
        let first = pieces.next().unwrap_or_default();
        let next = paras.get(i + 1).map(|p| p.text.as_str()).filter(|_| resync);
        let dropped = out.dropped.len();
        match dash_body(first).filter(|_| heads[i]) {
            Some(body) => open_prompt_block(&mut out, body, para.line),
            None => dashed_paragraph(&mut out, first, para.line, next),
        }
        if let Some(body) = dash_body(first) {
            fit.turn(body, !out.answering(), out.dropped.len() > dropped);
        }
        // Later turns of the same paragraph: a question asks (`¿…?`), anything else answers.
        for piece in pieces.filter_map(dash_body) {
            if asks(piece) {
                out.question(piece, para.line);
            } else {
                out.answer(piece, para.line);
            }
        }
    }
    (out, fit)
}

/// One paragraph (or its first turn) of a dialogue: a dash opens a turn, alternating
/// question and answer, except that a `¿…?` after an unanswered question asks too.
fn dashed_paragraph(out: &mut Assembled, text: &str, line: usize, next: Option<&str>) {
    match dash_body(text) {
        // The answer to the last question was lost: `?` starts the next exchange.
        Some(body)
            if !out.turns.is_empty()
                && !out.answering()
                && !asks(body)
                && resumes_asking(body, next) =>
        {
            out.drop_unanswered_question();
            out.question(body, line)
        }
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

/// For each paragraph, whether it carries the cue of the layout's prompts (bold, a heading, a
/// lead-in in capitals, a number or a `?`): what a sidebar's title never carries.
fn prompt_cues(paras: &[Para], layout: Layout, bold: &[bool], numbered: &[bool]) -> Vec<bool> {
    (paras.iter().enumerate())
        .map(|(i, para)| match layout {
            Layout::Headings => is_heading(&para.text) || is_bold(&para.text),
            Layout::Bold => bold[i],
            Layout::CapsLeadIn => is_caps_lead_in(&para.text),
            _ => numbered[i] || ends_with_question_mark(&para.text),
        })
        .collect()
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
    let questionnaire = layout == Layout::QuestionMarks && is_one_line_questionnaire(paras);
    let blocks = (layout == Layout::QuestionMarks)
        .then(|| {
            quoted_turns(paras)
                .or_else(|| exchange_blocks(paras))
                .or_else(|| alternating_prompts(paras))
                .or_else(|| alternating_lengths(paras))
        })
        .flatten();
    let bold = bold_prompts(paras);
    let prompt_level = (layout == Layout::Headings)
        .then(|| most_used_heading_level(paras))
        .flatten();
    let cues = prompt_cues(paras, layout, &bold, &numbered);
    let sidebar = sidebar_start(paras, |i| cues[i]).unwrap_or(paras.len());
    for (i, para) in paras.iter().enumerate() {
        if labelled_turn(&mut out, para, speakers)
            || page_clutter(&mut out, paras, i, (prompt_level, sidebar))
        {
            continue;
        }
        let prompt = match layout {
            // Pages set every question in bold and only some as headings.
            Layout::Headings => {
                is_heading(&para.text)
                    || (is_bold(&para.text) && ends_with_question_mark(&para.text))
            }
            Layout::Bold => bold[i],
            Layout::CapsLeadIn => is_caps_lead_in(&para.text) && rhythm.short(para),
            _ if editor_numbered => numbered[i],
            _ if blocks.is_some() => blocks.as_ref().is_some_and(|b| b[i]),
            _ => {
                rhythm.is_prompt(i, out.answering())
                    || (out.turns.is_empty() && rhythm.opens_conversation(i))
            }
        };
        if prompt {
            if questionnaire && ends_with_question_mark(&para.text) {
                out.drop_unanswered_question();
            }
            out.question(&prompt_text(&para.text, layout), para.line);
        } else if out.turns.is_empty() {
            out.intro.push((para.text.clone(), para.line));
        } else {
            out.answer(&para.text, para.line);
        }
    }
    out
}

/// Paragraph `i` holds none of the conversation's words, and is dropped (true): a sidebar's
/// from `sidebar` on once an answer came, a picture, or a section's title (headings of the
/// prompts' `level` ask).
fn page_clutter(
    out: &mut Assembled,
    paras: &[Para],
    i: usize,
    (level, sidebar): (Option<usize>, usize),
) -> bool {
    let para = &paras[i];
    let reason = if i >= sidebar && out.answering() {
        Some(Clutter::AfterInterview)
    } else if is_image_paragraph(&para.text) {
        Some(Clutter::PhotoCredit)
    } else if is_section_title(&para.text, level) || heads_question(paras, i) {
        Some(Clutter::SectionTitle)
    } else {
        None
    };
    if let Some(reason) = reason {
        out.drop(para, reason);
    }
    reason.is_some()
}

/// A paragraph opened by a speaker label of the first exchange: a question, or an answer once
/// a question came. True when the label placed it.
fn labelled_turn(out: &mut Assembled, para: &Para, speakers: &[Speaker]) -> bool {
    match speaker_of(&para.text, speakers) {
        Some((speaker, body)) if speaker.role == Role::Interviewer => {
            out.question(body, para.line);
            true
        }
        Some((speaker, body)) if !out.turns.is_empty() => {
            out.answer_by(body, para.line, Some(speaker.label.clone()));
            true
        }
        _ => false,
    }
}

/// A file setting each exchange as one block, the prompt's line right above the answer's
/// ([`MIN_EXCHANGE_BLOCKS`] such blocks or more open with a question, and most
/// blocks opening above another line do, and no question stands under another line): each
/// block's first paragraph is its prompt, even one that asks nothing, and no paragraph under
/// another is. `None` for other files.
fn exchange_blocks(paras: &[Para]) -> Option<Vec<bool>> {
    let opens: Vec<bool> = (0..paras.len())
        .map(|i| !paras[i].under_previous && paras.get(i + 1).is_some_and(|n| n.under_previous))
        .collect();
    let asking = (0..paras.len())
        .filter(|&i| opens[i] && ends_with_question_mark(&paras[i].text))
        .count();
    let blocks = opens.iter().filter(|&&o| o).count();
    // Text split into lines by a question mark (hard-wrapped prose) asks under other lines.
    let asks_under = paras
        .iter()
        .any(|p| p.under_previous && ends_with_question_mark(&p.text));
    (asking >= MIN_EXCHANGE_BLOCKS && 2 * asking > blocks && !asks_under).then_some(opens)
}

/// A questionnaire answered line by line: [`MIN_QUESTIONNAIRE_QUESTIONS`] paragraphs or more
/// end with `?`, and from the first of them on, the file runs to no more than two paragraphs
/// a question (and a closing line or two). There, a question right under another was left
/// unanswered: the questions are not one question in two paragraphs.
fn is_one_line_questionnaire(paras: &[Para]) -> bool {
    let asking = |p: &Para| ends_with_question_mark(&p.text);
    let Some(first) = paras.iter().position(asking) else {
        return false;
    };
    let questions = paras.iter().filter(|p| asking(p)).count();
    questions >= MIN_QUESTIONNAIRE_QUESTIONS
        && paras.len() - first <= 2 * questions + QUESTIONNAIRE_SPARE_PARAGRAPHS
}

/// Paragraph `i` is a short line in capitals ("THE EARLY YEARS", as a kicker is set) right
/// above a question: a section heading of the conversation, not an answer's words.
fn heads_question(paras: &[Para], i: usize) -> bool {
    is_kicker(&paras[i].text)
        && paras
            .get(i + 1)
            .is_some_and(|next| asks_something(&next.text) || question_number(&next.text).is_some())
}

/// A prompt set in bold, numbered or not: a Markdown list of questions ("1. __Why clay?__")
/// is bold after the item's number.
fn is_bold_prompt(text: &str) -> bool {
    is_bold(strip_question_number(text))
}

/// A numbered bold paragraph ("2. **Glaze**").
fn is_numbered_bold(text: &str) -> bool {
    let stripped = strip_question_number(text);
    stripped.len() < text.len() && is_bold(stripped)
}

/// Which paragraphs are bold prompts ([`is_bold_prompt`]): a numbered one only between
/// paragraphs that are no numbered bold line, as numbered prompts alternate with their
/// answers, while numbered bold lines in a run ("1. **Clay**" / "2. **Glaze**") are a list
/// inside an answer.
fn bold_prompts(paras: &[Para]) -> Vec<bool> {
    let numbered = |k: usize| paras.get(k).is_some_and(|p| is_numbered_bold(&p.text));
    (0..paras.len())
        .map(|i| {
            let in_run = i.checked_sub(1).is_some_and(numbered) || numbered(i + 1);
            is_bold_prompt(&paras[i].text) && !(numbered(i) && in_run)
        })
        .collect()
}

fn prompt_text(text: &str, layout: Layout) -> String {
    match layout {
        Layout::Headings if is_bold(text) => strip_emphasis(text).to_string(),
        Layout::Headings => text.trim_start_matches('#').trim().to_string(),
        Layout::Bold => {
            let prompt = strip_question_number(text).replace("** **", " ");
            without_italic_label(strip_emphasis(&prompt)).to_string()
        }
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
        assert_eq!(dash_body("− Porque sí."), Some("Porque sí."));
        assert_eq!(dash_body("−5 grados"), None);
        assert_eq!(dash_body("- - -"), None);
        assert_eq!(dash_body("─ ─ ─"), None);
        assert!(ends_with_question_mark("**Why?**"));
    }

    #[test]
    fn numbered_bold_lines_in_a_run_are_a_list_not_prompts() {
        let body = paras(&[
            "1. **Why clay?**",
            "Because my aunt had a wheel. Three steps matter:",
            "1. **Clay**",
            "2. **Glaze**",
            "3. **Fire**",
            "All three take a week.",
            "2. **And now?**",
            "A bigger kiln.",
        ]);
        assert_eq!(
            bold_prompts(&body),
            [true, false, false, false, false, false, true, false]
        );
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

    #[test]
    fn a_single_labelled_exchange_is_read_by_its_labels() {
        let text = "Lena Marsh: How did you and your partner meet?\n\n\
                    Rui Campos: At the harbour. She was fixing a net.\n\nWe married a year later.\n";
        let reading = crate::corpus::read("t", text).expect("one exchange parses");
        assert_eq!(reading.interview.turns.len(), 1);
        assert_eq!(reading.interview.turns[0].answer.len(), 2);
    }
}
