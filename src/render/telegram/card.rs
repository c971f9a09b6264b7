//! The quote card and the full answer: the two ways a passage is shown.

use std::ops::Range;

use super::{fill, truncate, utf16_len, visible_utf16, Html, MAX_MESSAGE_UTF16};
use crate::corpus::{Corpus, Passage};

/// Room kept free for the attribution lines under a quote.
const ATTRIBUTION_RESERVE_UTF16: usize = 700;

/// Longest interviewer question shown in an attribution or header; longer ones are cut.
pub const MAX_QUESTION_UTF16: usize = 600;

/// Longest interview title shown under a quote.
const MAX_TITLE_UTF16: usize = 300;

/// Longest interviewee or outlet name shown.
const MAX_NAME_UTF16: usize = 100;

/// Longest header above a full answer; a longer one (an operator template gone wild) is dropped
/// rather than letting the message exceed Telegram's limit.
const MAX_HEADER_UTF16: usize = 1_000;

/// Units of the " …" added when a quoted passage is cut.
const ELLIPSIS_UTF16: usize = 2;

/// Templates the quote card needs, already chosen for the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct CardTexts<'a> {
    /// "— {interviewee}, answering: <i>{question}</i>".
    pub attribution_answer: &'a str,
    /// "— from the publisher’s introduction to the interview with {interviewee}": the
    /// introduction is not the interviewee's words.
    pub attribution_intro: &'a str,
    /// "<i>{title}</i>{outlet}" under the attribution.
    pub source: &'a str,
}

/// The quote card: the passage in a blockquote with matched words in bold, who said it
/// answering what, and the interview. Always within Telegram's length limit.
pub fn quote_card(
    passage: &Passage,
    highlights: &[Range<usize>],
    corpus: &Corpus,
    texts: CardTexts<'_>,
) -> Html {
    quote_card_in(passage, highlights, corpus, texts, None)
}

/// [`quote_card`] with one more line under the source: `scope_line` (markup, such as
/// "in: <i>title</i>" for a chat that picked one interview), kept inside the length limit.
pub fn quote_card_in(
    passage: &Passage,
    highlights: &[Range<usize>],
    corpus: &Corpus,
    texts: CardTexts<'_>,
    scope_line: Option<&str>,
) -> Html {
    let interview = corpus.interview_of(passage);
    let mut attribution = Html::new();
    attribution.text("\n");
    let interviewee = truncate(interview.interviewee(), MAX_NAME_UTF16);
    match corpus.question_of(passage) {
        Some(question) => {
            let question = truncate(question, MAX_QUESTION_UTF16);
            attribution.markup(&fill(
                texts.attribution_answer,
                &[("interviewee", interviewee), ("question", question)],
            ))
        }
        None => attribution.markup(&fill(
            texts.attribution_intro,
            &[("interviewee", interviewee)],
        )),
    };
    let outlet = interview
        .metadata
        .outlet
        .as_deref()
        .map(|o| format!(" · {}", truncate(o, MAX_NAME_UTF16)))
        .unwrap_or_default();
    attribution.text("\n").markup(&fill(
        texts.source,
        &[
            ("title", truncate(&interview.title, MAX_TITLE_UTF16)),
            ("outlet", &outlet),
        ],
    ));
    if let Some(line) = scope_line {
        attribution.text("\n").markup(line);
    }

    let room =
        MAX_MESSAGE_UTF16.saturating_sub(attribution.visible_len().max(ATTRIBUTION_RESERVE_UTF16));
    let quoted = truncate(&passage.text, room.saturating_sub(ELLIPSIS_UTF16));
    let mut card = Html::new();
    card.tag("<blockquote>").highlighted(quoted, highlights);
    if quoted.len() < passage.text.len() {
        card.text(" …");
    }
    card.tag("</blockquote>");
    card.html.push_str(&attribution.html);
    card.visible += attribution.visible;
    card
}

/// Units between paragraphs in a full answer: the blank line "\n\n".
const PARAGRAPH_BREAK_UTF16: usize = 2;

/// The whole answer a passage belongs to, as one or more messages: a header line, then the
/// paragraphs in an expandable blockquote, split between paragraphs (or, for a paragraph too long
/// for one message, between sentences) so every message fits.
pub fn full_answer(passage: &Passage, corpus: &Corpus, header: &str) -> Vec<String> {
    let header = if visible_utf16(header) > MAX_HEADER_UTF16 {
        ""
    } else {
        header
    };
    // The header, its line break, and a paragraph break's worth of slack.
    let room = MAX_MESSAGE_UTF16 - (visible_utf16(header) + 1) - PARAGRAPH_BREAK_UTF16;
    let paragraphs = corpus.section_of(passage).iter().map(|p| &*p.text);
    let pieces: Vec<&str> = paragraphs.flat_map(|text| pieces(text, room)).collect();
    messages(pieces, room)
        .into_iter()
        .map(|paragraphs| {
            let mut html = Html::new();
            html.markup(header)
                .text("\n")
                .tag("<blockquote expandable>");
            for (i, paragraph) in paragraphs.iter().enumerate() {
                if i > 0 {
                    html.text("\n\n");
                }
                html.text(paragraph);
            }
            html.tag("</blockquote>");
            html.into_string()
        })
        .collect()
}

/// A paragraph in pieces of at most `room` units: whole when it fits, else cut at sentence
/// ends or words (at half the room, if a piece has neither).
fn pieces(mut text: &str, room: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    while utf16_len(text) > room {
        let head = truncate(text, room);
        let head = if head.is_empty() {
            let half = text.char_indices().nth(room / 2);
            &text[..half.map_or(text.len(), |(i, _)| i)]
        } else {
            head
        };
        pieces.push(head);
        text = text[head.len()..].trim_start();
    }
    if !text.is_empty() {
        pieces.push(text);
    }
    pieces
}

/// Pieces grouped into messages of at most `room` units, in order.
fn messages(pieces: Vec<&str>, room: usize) -> Vec<Vec<&str>> {
    let mut messages = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut current_len = 0;
    for piece in pieces {
        let piece_len = utf16_len(piece) + PARAGRAPH_BREAK_UTF16;
        if !current.is_empty() && current_len + piece_len > room {
            messages.push(std::mem::take(&mut current));
            current_len = 0;
        }
        current.push(piece);
        current_len += piece_len;
    }
    if !current.is_empty() {
        messages.push(current);
    }
    messages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Interview, Metadata, Turn};
    use crate::render::telegram::validate_html;

    fn corpus(answer: Vec<String>) -> Corpus {
        Corpus::new(vec![Interview {
            id: "x".into(),
            source: Default::default(),
            metadata: Metadata {
                interviewee: Some("Ana <Dev>".into()),
                outlet: Some("A&B".into()),
                ..Metadata::default()
            },
            title: "Title \"quoted\"".into(),
            intro: vec!["Intro & <more>".into()],
            turns: vec![Turn {
                question: "Why <b>?".into(),
                answer,
                line: 1,
            }],
        }])
    }

    const TEXTS: CardTexts<'static> = CardTexts {
        attribution_answer: "— {interviewee}, answering: <i>{question}</i>",
        attribution_intro:
            "— from the publisher’s introduction to the interview with {interviewee}",
        source: "<i>{title}</i>{outlet}",
    };

    #[test]
    fn cards_with_huge_metadata_still_fit() {
        let mut corpus = corpus(vec!["Word ".repeat(2_000)]);
        let interview = std::sync::Arc::make_mut(&mut corpus.interviews[0]);
        interview.metadata.interviewee = Some("N".repeat(5_000));
        interview.metadata.outlet = Some("O".repeat(5_000));
        interview.title = "T".repeat(5_000);
        interview.turns[0].question = "Q".repeat(5_000);
        let card = quote_card(&corpus.passages[1], &[], &corpus, TEXTS);
        assert!(
            card.visible_len() <= MAX_MESSAGE_UTF16,
            "{}",
            card.visible_len()
        );
        assert_eq!(card.visible_len(), visible_utf16(card.as_str()));
        let parts = full_answer(&corpus.passages[1], &corpus, &"H".repeat(5_000));
        assert!(parts.iter().all(|p| visible_utf16(p) <= MAX_MESSAGE_UTF16));
    }

    #[test]
    fn card_escapes_corpus_text_and_bolds_highlights() {
        let corpus = corpus(vec!["Bolívar & Martí’s <dream>".into()]);
        let passage = &corpus.passages[1];
        let card = quote_card(passage, &[0..8, 11..21], &corpus, TEXTS);
        assert_eq!(
            card.as_str(),
            "<blockquote><b>Bolívar</b> &amp; <b>Martí’s</b> &lt;dream&gt;</blockquote>\n\
             — Ana &lt;Dev&gt;, answering: <i>Why &lt;b&gt;?</i>\n<i>Title &quot;quoted&quot;</i> · A&amp;B"
        );
        assert_eq!(validate_html(card.as_str()), Ok(()));
        assert_eq!(card.visible_len(), visible_utf16(card.as_str()));
    }

    #[test]
    fn intro_cards_do_not_attribute_the_publishers_words_to_the_interviewee() {
        let corpus = corpus(vec!["a".into()]);
        let card = quote_card(&corpus.passages[0], &[], &corpus, TEXTS);
        assert!(card
            .as_str()
            .contains("— from the publisher’s introduction to the interview with Ana &lt;Dev&gt;"));
    }

    #[test]
    fn overlong_passages_are_truncated_to_fit() {
        let long = "This sentence is long enough. ".repeat(400);
        let corpus = corpus(vec![long]);
        let card = quote_card(&corpus.passages[1], &[], &corpus, TEXTS);
        assert!(card.visible_len() <= MAX_MESSAGE_UTF16);
        assert!(card.as_str().contains("enough. …</blockquote>"));
        assert_eq!(validate_html(card.as_str()), Ok(()));
    }

    #[test]
    fn full_answers_split_between_paragraphs_and_inside_giant_ones() {
        let paragraphs: Vec<String> = (0..6)
            .map(|i| format!("Paragraph {i}. ") + &"Words and more words. ".repeat(60))
            .collect();
        let mut with_giant = paragraphs.clone();
        with_giant.push("Giant 🙂 sentence. ".repeat(600));
        let corpus = corpus(with_giant);
        let messages = full_answer(&corpus.passages[1], &corpus, "<b>Header</b>");
        assert!(messages.len() >= 3);
        let mut rebuilt = String::new();
        for message in &messages {
            assert!(
                visible_utf16(message) <= MAX_MESSAGE_UTF16,
                "{}",
                visible_utf16(message)
            );
            assert_eq!(validate_html(message), Ok(()));
            assert!(message.starts_with("<b>Header</b>\n<blockquote expandable>"));
            rebuilt.push_str(message);
        }
        for paragraph in &paragraphs {
            assert!(
                rebuilt.contains(paragraph.trim_end()),
                "paragraphs kept whole"
            );
        }
    }
}
