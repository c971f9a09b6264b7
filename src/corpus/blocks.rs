//! Where a block of lines without a blank line between them holds several paragraphs. Most
//! files separate paragraphs with blank lines; some copy part of the conversation without them
//! (a question on one line and its answer on the next), while hard-wrapped prose breaks lines in
//! the middle of sentences. The file's own line lengths tell the two apart.

use std::collections::HashMap;

use super::cues::{dash_body, ends_with_question_mark, is_bold, words};
use super::forms::{is_generic, strip_timestamp};
use super::labels::split_label;
use super::marked_list::is_bulleted;
use super::markup::figure_number;
use super::numbering::numbered_series;
use super::press::asked_then_named;
use super::reading::Para;
use super::typed_lines::{ends_sentence, typed_by_line, MIN_UNWRAPPED_CHARS};
use super::wrapped::question_starts;

/// A block of this many lines or more, each ending a sentence, is one paragraph per line.
const MIN_LINES_TO_SPLIT: usize = 3;

/// A block typed one paragraph a line asks on this many lines at least before a line ending
/// with a colon (a prompt to list) or a last line cut off counts as one of its paragraphs.
const MIN_QUESTION_LINES: usize = 3;

/// A line at least this share of the file's longest line is full: in a hard-wrapped file, the
/// line break after it is the wrap, not the end of a paragraph.
const FULL_LINE_SHARE: f64 = 0.8;

/// Fewer lines continuing a paragraph than this cannot show that a file is hard-wrapped.
const MIN_CONTINUED_LINES: usize = 3;

/// A label opening at least this many lines is the file's speaker label (a sentence such as
/// "In short: no." opens one line at most).
const MIN_LABEL_LINES: usize = 2;

/// A line of at most this many words closing a sentence ("Não.", "Yes, absolutely.", "No, not
/// at all.") is a whole reply: wrapped prose never leaves so short a line inside a paragraph.
const MAX_SHORT_REPLY_WORDS: usize = 4;

/// A line of a block with its line number.
pub type Line = (usize, String);

/// What the whole file says about its line breaks.
pub struct LineBreaks {
    /// The longest line, in characters.
    longest: usize,
    /// Most lines that continue a paragraph are full: the text is hard-wrapped.
    hard_wrapped: bool,
    /// How many lines each speaker label opens.
    labels: HashMap<String, usize>,
    /// The file sets each exchange as one block, its prompt on the first line right above
    /// the answer: [`MIN_QUESTION_LINES`] blocks or more open with a line ending with `?`
    /// over more lines, and most blocks of several lines do.
    exchange_blocks: bool,
}

impl LineBreaks {
    /// Measures the blocks of one file.
    pub fn measure(blocks: &[Vec<Line>]) -> LineBreaks {
        let length = |l: &Line| l.1.chars().count();
        let longest = blocks.iter().flatten().map(length).max().unwrap_or(0);
        let continued: Vec<usize> = blocks
            .iter()
            .flat_map(|b| b.iter().take(b.len().saturating_sub(1)))
            .map(length)
            .collect();
        // Wrapping breaks a line wherever the width runs out, mostly inside a sentence; a
        // long line closing its sentence ("1 - How did it start? Did it feel different?") is
        // a paragraph typed on one line.
        let full = blocks
            .iter()
            .flat_map(|b| b.iter().take(b.len().saturating_sub(1)))
            .filter(|l| {
                length(l) as f64 >= FULL_LINE_SHARE * longest as f64 && !ends_sentence(&l.1)
            })
            .count();
        let mut labels = HashMap::new();
        for (_, line) in blocks.iter().flatten() {
            if let Some(labelled) = split_label(line) {
                *labels.entry(labelled.label.to_lowercase()).or_insert(0) += 1;
            }
        }
        let several: Vec<&Vec<Line>> = blocks.iter().filter(|b| b.len() >= 2).collect();
        let asked = several
            .iter()
            .filter(|b| ends_with_question_mark(&b[0].1))
            .count();
        LineBreaks {
            exchange_blocks: asked >= MIN_QUESTION_LINES && 2 * asked > several.len(),
            longest,
            hard_wrapped: continued.len() >= MIN_CONTINUED_LINES && 2 * full >= continued.len(),
            labels,
        }
    }

    /// True when `line` runs to the width of a hard-wrapped file: its break is the wrap.
    pub(super) fn is_full(&self, line: &str) -> bool {
        self.hard_wrapped && line.chars().count() as f64 >= FULL_LINE_SHARE * self.longest as f64
    }

    /// True when a block that is not wrapped prose has a speaker label the file uses opening
    /// two of its lines or more: a conversation typed line by line, each line a turn, so an
    /// unlabelled question line between two labelled answers is not joined to the answer
    /// above it.
    fn labelled_by_line(&self, lines: &[Line]) -> bool {
        let opens = |text: &str| {
            split_label(text).is_some_and(|l| {
                self.labels
                    .get(&l.label.to_lowercase())
                    .is_some_and(|&n| n >= MIN_LABEL_LINES)
            })
        };
        !self.hard_wrapped && lines.iter().filter(|(_, l)| opens(l)).count() >= MIN_LABEL_LINES
    }

    /// True when a new paragraph starts after `line`, before `next`: the line is a prompt (it
    /// ends with `?` or is bold) and not a full line of wrapped prose, or a short reply before
    /// a new sentence, or `next` opens with a speaker label the file uses.
    fn breaks_between(&self, line: &str, next: &str) -> bool {
        let full = line.chars().count() as f64 >= FULL_LINE_SHARE * self.longest as f64;
        let prompt = ends_with_question_mark(line) || is_bold(line);
        // A role label (`Q:`, `Respuesta:`) says a turn starts even where the file uses it
        // once, as under a page's credit line ("in conversation with …" / "Q: …").
        let labelled = asked_then_named(line, next)
            || split_label(next).is_some_and(|l| {
                is_generic(&l.label)
                    || self
                        .labels
                        .get(&l.label.to_lowercase())
                        .copied()
                        .unwrap_or(0)
                        >= MIN_LABEL_LINES
            });
        // "Mara Quist 4:10" on its own line: a transcript's speaker and time above the words.
        let stamp = |l: &str| strip_timestamp(l.trim_matches(['*', '_']).trim()).is_some();
        let stamped = stamp(line) || stamp(next);
        // A dialogue set line by line: each dash after a finished sentence opens a turn.
        // A dash before an opening `¿` or `¡` never continues a sentence: it opens a turn
        // even under a line left without a stop (a sidebar's headline above the interview).
        let dialogue = dash_body(next).is_some_and(|body| {
            line.ends_with(['.', '?', '!', '…', ':', '"', '”', '»']) || body.starts_with(['¿', '¡'])
        });
        // "2 - Why glass before clay?" after a finished answer: an editor's numbered
        // question opens a turn ("… in 1969." / "2 - …"), a number inside a sentence does not.
        // Figures only: "Quinta: ensaio geral." is a weekday as often as a fifth question.
        let numbered = figure_number(next).is_some() && ends_sentence(line);
        // "5) Sum up your book in three words." above "Water. Patience. Flour.": an editor's
        // numbered prompt closing its sentence is a line of its own, with or without a `?`.
        let numbered_prompt = figure_number(line).is_some() && ends_sentence(line);
        // "- the roof" under "Three things went wrong:": a Markdown list puts each item on
        // its line (the items rejoin the sentence announcing them as one list, see
        // `marked_list`).
        let item = is_bulleted(next);
        // "-Recorded it with Oscar again." / "Oscar has been one of us for years.": a file that
        // dashes only its prompts sets the answer right under the dashed line, undashed; the
        // dashed turn ends at its line break, whatever its length.
        let dashed_prompt = dash_body(line).is_some()
            && dash_body(next).is_none()
            && ends_sentence(line)
            && !self.is_full(line)
            && next.starts_with(|c: char| c.is_uppercase() || c == '¿' || c == '¡');
        let unwrapped = !self.hard_wrapped
            && line.chars().count() > MIN_UNWRAPPED_CHARS
            && ends_sentence(line)
            && next.chars().next().is_some_and(|c| !c.is_lowercase());
        ((prompt || numbered_prompt) && !(self.hard_wrapped && full))
            || unwrapped
            || numbered
            || is_short_reply(line, next)
            || labelled
            || stamped
            || dialogue
            || dashed_prompt
            || item
    }
}

/// A line of a few words closing a sentence, followed by a line opening a new one (not in
/// lowercase: a capital, a question number, a quote): a short answer ("Não.") above the next
/// question, which would otherwise swallow it.
fn is_short_reply(line: &str, next: &str) -> bool {
    words(line) <= MAX_SHORT_REPLY_WORDS
        && line.ends_with(['.', '!', '…'])
        && next.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// A questionnaire typed one line a paragraph: [`MIN_QUESTION_LINES`] lines or more end with
/// `?`, and every line but the last ends a sentence or a prompt's colon ("Cite your favourite
/// books:"); the last may be cut off by the end of the page.
fn is_typed_questionnaire(lines: &[Line]) -> bool {
    let (last, before) = lines
        .split_last()
        .map_or((None, lines), |(l, b)| (Some(l), b));
    let asking = lines
        .iter()
        .filter(|(_, l)| ends_with_question_mark(l))
        .count();
    last.is_some()
        && asking >= MIN_QUESTION_LINES
        && before
            .iter()
            .all(|(_, l)| ends_sentence(l) || l.trim_end().ends_with(':'))
}

/// A numbered prompt of a series typed one line each ends at its line break when the next
/// line opens a sentence ("4-What is a kiln? Name its parts" / "A kiln is…"), though its last
/// words carry no mark; a line of wrapped prose going on in lowercase continues it.
fn ends_prompt_line(line: &str, next: &str, breaks: &LineBreaks) -> bool {
    !breaks.is_full(line) && next.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// Splits each paragraph whose lines hold several paragraphs; `lines_of` gives each
/// paragraph's lines. A block whose every line ends a sentence is one paragraph per line;
/// otherwise a block is cut where [`LineBreaks::breaks_between`] says.
pub fn split_blocks(paragraphs: Vec<Para>, lines_of: Vec<Vec<Line>>) -> Vec<Para> {
    let breaks = LineBreaks::measure(&lines_of);
    let all: Vec<&str> = lines_of.iter().flatten().map(|(_, l)| l.as_str()).collect();
    let mut series = numbered_series(&all).into_iter();
    let mut out = Vec::with_capacity(paragraphs.len());
    for (paragraph, lines) in paragraphs.into_iter().zip(lines_of) {
        let numbered: Vec<bool> = series.by_ref().take(lines.len()).collect();
        if lines.len() < 2 {
            out.push(paragraph);
            continue;
        }
        let every_line = (lines.len() >= MIN_LINES_TO_SPLIT
            && lines.iter().all(|(_, l)| ends_sentence(l)))
            || breaks.labelled_by_line(&lines)
            || is_typed_questionnaire(&lines)
            || typed_by_line(&lines, breaks.hard_wrapped);
        let asking = question_starts(&lines, |l| !breaks.is_full(l));
        // In a file of one block an exchange, a block's first line that ends its sentence is
        // the prompt even when it asks nothing ("But the sea will change your mind." / the answer).
        let prompt_line = breaks.exchange_blocks
            && !breaks.hard_wrapped
            && ends_sentence(&lines[0].1)
            && lines[1].1.starts_with(|c: char| !c.is_lowercase());
        let mut part: Option<Para> = None;
        for (i, (line, text)) in lines.iter().enumerate() {
            let starts = i == 0
                || every_line
                || asking[i]
                || (i == 1 && prompt_line)
                || numbered[i]
                || (numbered[i - 1] && ends_prompt_line(&lines[i - 1].1, text, &breaks))
                || breaks.breaks_between(&lines[i - 1].1, text);
            match part.as_mut() {
                Some(open) if !starts => {
                    open.text.push(' ');
                    open.text.push_str(text);
                }
                _ => {
                    out.extend(part.take());
                    part = Some(Para {
                        text: text.clone(),
                        line: *line,
                        after_break: paragraph.after_break && i == 0,
                        after_separator: paragraph.after_separator && i == 0,
                        quoted: paragraph.quoted,
                        under_previous: i > 0,
                    });
                }
            }
        }
        out.extend(part);
    }
    out
}

#[cfg(test)]
mod tests;
