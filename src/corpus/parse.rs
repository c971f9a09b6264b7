//! Turns the text of one published interview into an [`Interview`] (and a [`Reading`] of how
//! it was read, for `index --explain`).
//!
//! The steps: split an optional `+++` TOML front matter; cut the body into paragraphs at blank
//! lines (one paragraph per line when the text has no blank line), dropping furniture lines
//! ([`super::clean`]); find the title (after any kicker, skipping a repeated headline); find the
//! speaker labels the file uses ([`super::labels`]); cut introduction and turns with the cue the
//! file uses for its prompts ([`super::layout`]); complete the names from labels, byline or
//! headline. Paragraph text is kept verbatim (non-breaking spaces, curly quotes) apart from
//! trimming and removing speaker labels and prompt typography.

use super::askers::assemble_conversation;
use super::bare_byline::take_bare_byline;
use super::bare_headline::sentence_headline;
use super::bio::drop_author_note;
use super::body::body_paragraphs;
use super::credits::{drop_credit_lines, Credits};
use super::first_question::{reopen_first_question, reopen_lone_question};
use super::furniture::drop_reader_notes;
use super::glued::BlankLines;
use super::guest_sections::{guest_starts, take_guest_sections};
use super::head::{head, take_standfirst, Head};
use super::headline_echoes::drop_headline_echoes;
use super::labelled_body::labelled_body;
use super::layout::Assembled;
use super::lead_in::drop_lead_in;
use super::marked_list::quoted_texts;
use super::names::find_names;
use super::next_headline::{credit_next_guests, split_next_headlines};
use super::reaction_answers::answer_mid_reactions;
pub use super::reading::ParseError;
use super::reading::{Dropped, Layout, NameSource, Para, Reading};
use super::roundup::keep_interview_section;
use super::site_header::{drop_site_header, take_post_headline};
use super::slips::repair_orphan_answer;
use super::statements::settle_turns;
use super::tail::{drop_closing_matter, drop_trailer};
use super::text::split_front_matter;
use super::third_person_tail::{drop_notes_about_guest, drop_writers_reflection};
use super::turns::turns;
use super::{Interview, Metadata, Turn};

/// The names known for the interviewee before the conversation is read: the known people
/// but the front matter's interviewer, unless the title (`headline`, else the front
/// matter's) names that person too, as a tool's `authors` key may put the guest there.
fn guests<'a>(people: &[&'a str], metadata: &Metadata, headline: Option<&str>) -> Vec<&'a str> {
    let interviewer = metadata.interviewer.as_deref();
    let title = metadata.title.as_deref().or(headline).unwrap_or_default();
    (people.iter().copied())
        .filter(|p| Some(*p) != interviewer || title.contains(p))
        .collect()
}

/// Parses the text of one interview file. `id` becomes [`Interview::id`].
///
/// # Errors
/// A [`ParseError`] naming the line when the front matter is invalid, the text is empty, no
/// question is found, or a question has no answer.
pub fn parse(id: &str, text: &str) -> Result<Interview, ParseError> {
    read(id, text).map(|reading| reading.interview)
}

/// Parses like [`parse`] and keeps what `index --explain` shows: lines, layout, name sources,
/// dropped clutter.
///
/// # Errors
/// As [`parse`].
pub fn read(id: &str, text: &str) -> Result<Reading, ParseError> {
    read_opening(id, text, false).or_else(|error| read_opening(id, text, true).map_err(|_| error))
}

/// Reads the file; with `lone_question`, a question taken for the title is read as the
/// file's only question when nothing else could be (see [`reopen_lone_question`]).
fn read_opening(id: &str, text: &str, lone_question: bool) -> Result<Reading, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut metadata, body, body_line) = split_front_matter(text)?;
    let (paras, mut dropped) = body_paragraphs(body, body_line)?;
    let head = sentence_headline(head(&paras, &metadata, &mut dropped), &paras, &metadata);
    let head = reopen_first_question(head, &paras, &metadata);
    let mut head = reopen_lone_question(head, &paras, &metadata, lone_question);
    let mut rest = paras[head.body_start..].to_vec();
    keep_interview_section(&mut rest, &mut dropped, &mut head);
    let credits = drop_credit_lines(&mut rest, &mut dropped).or_byline(&head);
    let standfirst = take_standfirst(&mut rest);
    drop_trailer(&mut rest, &mut dropped);
    let speakers = labelled_body(&mut rest, &metadata, &mut dropped);
    let sections = take_guest_sections(&mut rest, &metadata.named_people(), &mut dropped);
    let people = super::names::known_people(&metadata, head.title.as_deref(), &rest);
    let mut assembled = assemble_conversation(&rest, &speakers, &people.as_refs());
    answer_mid_reactions(&mut assembled, &mut dropped, &rest, &speakers);
    let repairs: Vec<_> = repair_orphan_answer(&mut assembled).into_iter().collect();
    settle_turns(&mut assembled, &BlankLines::of(body, body_line));
    assembled.intro.splice(0..0, standfirst);
    let titled = (&mut head, metadata.title.is_some());
    let (credits, next_guests) = tidy_page(&mut assembled, &rest, titled, credits, &dropped);
    let guests = guests(&people.as_refs(), &metadata, head.title.as_deref());
    drop_closing_matter(&mut assembled, &rest, &speakers, &mut dropped, &guests);
    drop_notes_about_guest(&mut assembled, &paras, &metadata.named_people());
    drop_author_note(&mut assembled, &speakers, &metadata);
    check(&assembled, body_line)?;
    dropped.extend(assembled.dropped.iter().cloned());
    dropped.sort_by_key(|d| d.line);
    super::genre_title::drop_genre_title(&mut head.title, &mut head.title_line);
    let title = title_of(&metadata, head.title.as_deref(), id);
    let texts = title_and_intro(&title, &assembled);
    let whole = whole_text(&rest, &title);
    let greeting = assembled.turns.first().map(|t| t.question.as_str());
    let closing = (dropped.as_slice(), last_answer_line(&assembled));
    let (interviewer_source, interviewee_source) = credited(&mut metadata, &credits, |metadata| {
        find_names(metadata, &speakers, closing, (&texts, &whole), greeting)
    });
    drop_writers_reflection(&mut assembled, &paras, &metadata, &mut dropped);
    let texts = title_and_intro(&title, &assembled);
    let (mut turns, turn_lines) = turns(&assembled, (&metadata, &speakers), &texts);
    credit_next_guests(&mut turns, &guest_starts(next_guests, &sections, &whole));
    drop_reader_notes(&mut assembled.intro, &metadata, &speakers, &mut dropped);
    Ok(Reading {
        layout: assembled.layout.unwrap_or(Layout::QuestionMarks),
        title_line: head.title_line,
        intro_lines: assembled.intro.iter().map(|(_, l)| *l).collect(),
        turn_lines,
        interviewee_source,
        interviewer_source,
        speakers,
        dropped,
        repairs,
        interview: interview(id, metadata, title, quoted_texts(&assembled.intro), turns),
    })
}

/// The interview read from a file named `id`.
fn interview(
    id: &str,
    metadata: Metadata,
    title: String,
    intro: Vec<String>,
    turns: Vec<Turn>,
) -> Interview {
    Interview {
        id: id.to_string(),
        source: Default::default(),
        metadata,
        title,
        intro,
        turns,
    }
}

/// The line of the last answer's last paragraph (0 without answers): what comes after it is the
/// page's closing matter, where a credit names the interviewer.
fn last_answer_line(assembled: &Assembled) -> usize {
    (assembled.turns.last())
        .and_then(|t| t.answer.last().map(|(_, line)| *line))
        .unwrap_or_default()
}

/// The title and the introduction's paragraphs: where the names of the page's people are read.
fn title_and_intro<'a>(title: &'a str, assembled: &'a Assembled) -> Vec<&'a str> {
    let intro = assembled.intro.iter().map(|(t, _)| t.as_str());
    [title].into_iter().chain(intro).collect()
}

/// The front matter's title, else the headline the page gives, else the file's name; an
/// ellipsis glued before a name reads as a word break.
fn title_of(metadata: &Metadata, headline: Option<&str>, id: &str) -> String {
    super::glued_ellipsis::spaced_ellipses((metadata.title.as_deref().or(headline)).unwrap_or(id))
}

/// The page around the conversation taken out of it: a lead-in, the site's header, a bare
/// byline (the host when no credit names one) and the next questionnaires' headlines, whose
/// lines and guests are returned.
fn tidy_page(
    assembled: &mut Assembled,
    rest: &[Para],
    (head, front_title): (&mut Head, bool),
    mut credits: Credits,
    dropped: &[Dropped],
) -> (Credits, Vec<(usize, String)>) {
    drop_lead_in(assembled);
    drop_site_header(assembled, dropped);
    take_post_headline(assembled, dropped, head, front_title);
    super::doubled_headline::take_doubled_headline(assembled, dropped, head, front_title);
    drop_headline_echoes(assembled, head.title.as_deref());
    let title = head.title.as_deref();
    let whole = whole_text(rest, title.unwrap_or_default());
    credits.host = (credits.host.take()).or_else(|| take_bare_byline(assembled, &whole));
    let next_guests = split_next_headlines(assembled, rest, title);
    (credits, next_guests)
}

/// Every paragraph of the body and the title: where a name is looked up in the whole text.
fn whole_text<'a>(rest: &'a [Para], title: &'a str) -> Vec<&'a str> {
    rest.iter()
        .map(|p| p.text.as_str())
        .chain([title])
        .collect()
}

/// The names from the file's credit lines where the front matter has none, then the others
/// from `find` (labels, byline, headline).
fn credited(
    metadata: &mut Metadata,
    credits: &Credits,
    find: impl FnOnce(&mut Metadata) -> (NameSource, NameSource),
) -> (NameSource, NameSource) {
    let take = |slot: &mut Option<String>, credit: &Option<(String, usize)>| {
        let (name, line) = credit.as_ref().filter(|_| slot.is_none())?;
        *slot = Some(name.clone());
        Some(NameSource::Credit { line: *line })
    };
    let host = take(&mut metadata.interviewer, &credits.host);
    let guest = take(&mut metadata.interviewee, &credits.guest);
    let (interviewer, interviewee) = find(metadata);
    (host.unwrap_or(interviewer), guest.unwrap_or(interviewee))
}

/// The errors an operator must fix before the file can be served.
fn check(assembled: &Assembled, body_line: usize) -> Result<(), ParseError> {
    if let Some((line, label)) = &assembled.orphan_answer {
        return Err(ParseError::new(
            *line,
            format!(
                "an answer labelled '{label}:' comes before any question: add the question \
                 paragraph it answers before it"
            ),
        ));
    }
    if assembled.turns.is_empty() {
        return Err(ParseError::new(
            body_line,
            "no questions found: mark each question with one cue used throughout the file: a \
             speaker label ('Q:', 'P:', the interviewer's or outlet's name and a colon), a '?' at \
             its end, a dialogue dash ('—¿…?'), a Markdown heading ('## …') or bold ('**…**'), a \
             lead-in in capitals ('WHAT HAPPENED next…'), or a short prompt paragraph between \
             long answers",
        ));
    }
    if let Some(unanswered) = assembled.turns.iter().find(|t| t.answer.is_empty()) {
        return Err(ParseError::new(
            unanswered.line,
            "this question has no answer: the paragraphs after a question are its answer",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
