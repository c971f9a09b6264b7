//! Telegram HTML for quote cards and full answers: escaping, highlights, length limits.
//!
//! Telegram counts a message's length after parsing its entities, in UTF-16 code units, and
//! rejects anything over 4096 (<https://core.telegram.org/bots/api#sendmessage>). Every builder
//! here tracks that visible length while it writes HTML, so splitting and truncation are exact.
//! All corpus and user text goes through [`escape`]; only operator templates (validated at load
//! with [`validate_html`]) carry markup.

use std::ops::Range;

use crate::corpus::{Corpus, Passage};

/// Telegram's limit for a message text, after entity parsing, in UTF-16 code units.
pub const MAX_MESSAGE_UTF16: usize = 4096;

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

/// Tags Telegram's HTML parse mode accepts (<https://core.telegram.org/bots/api#html-style>).
const ALLOWED_TAGS: &[&str] = &[
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
];

/// Escapes text for Telegram HTML. Quotes are escaped too, so the result is also safe inside
/// attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Length Telegram counts for a plain text.
pub fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// HTML being written, with the length Telegram will count for it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Html {
    html: String,
    visible: usize,
}

impl Html {
    /// Empty message.
    pub fn new() -> Html {
        Html::default()
    }

    /// Appends plain text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Html {
        self.html.push_str(&escape(text));
        self.visible += utf16_len(text);
        self
    }

    /// Appends trusted markup (a validated template), counting its visible text.
    pub fn markup(&mut self, markup: &str) -> &mut Html {
        self.visible += visible_utf16(markup);
        self.html.push_str(markup);
        self
    }

    /// Appends a tag without visible text.
    pub fn tag(&mut self, tag: &str) -> &mut Html {
        self.html.push_str(tag);
        self
    }

    /// Appends text with byte ranges in bold (ranges sorted, on char boundaries; others skipped).
    pub fn highlighted(&mut self, text: &str, highlights: &[Range<usize>]) -> &mut Html {
        let mut at = 0;
        for range in highlights {
            if range.start < at
                || range.end > text.len()
                || !text.is_char_boundary(range.start)
                || !text.is_char_boundary(range.end)
            {
                continue;
            }
            self.text(&text[at..range.start]);
            self.tag("<b>").text(&text[range.clone()]).tag("</b>");
            at = range.end;
        }
        self.text(&text[at..]);
        self
    }

    /// The HTML to send.
    pub fn as_str(&self) -> &str {
        &self.html
    }

    /// Consumes the builder.
    pub fn into_string(self) -> String {
        self.html
    }

    /// Length Telegram will count.
    pub fn visible_len(&self) -> usize {
        self.visible
    }
}

/// Visible UTF-16 length of (valid) Telegram HTML: tags removed, entities decoded.
pub fn visible_utf16(html: &str) -> usize {
    let mut count = 0;
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => match rest.find('>') {
                Some(end) => rest = &rest[end + 1..],
                None => {
                    count += 1;
                    rest = &rest[1..];
                }
            },
            '&' => match rest.find(';').filter(|&end| end <= 10) {
                Some(end) => {
                    let decoded = decode_entity(&rest[1..end]);
                    count += decoded.map_or(end + 1, |c| c.len_utf16());
                    rest = &rest[end + 1..];
                }
                None => {
                    count += 1;
                    rest = &rest[1..];
                }
            },
            c => {
                count += c.len_utf16();
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    count
}

fn decode_entity(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        _ => {
            let number = name.strip_prefix('#')?;
            let value = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(value)
        }
    }
}

/// Checks that operator markup is HTML Telegram accepts: known tags, balanced, no nested
/// blockquotes, only the four named entities or numeric ones.
///
/// # Errors
/// A sentence saying what is wrong, for the operator.
pub fn validate_html(html: &str) -> Result<(), String> {
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                let end = rest
                    .find('>')
                    .ok_or("a '<' is never closed by '>' (write &lt; for a literal <)")?;
                let inside = &rest[1..end];
                rest = &rest[end + 1..];
                if let Some(name) = inside.strip_prefix('/') {
                    let name = name.trim().to_ascii_lowercase();
                    match open.pop() {
                        Some(top) if top == name => {}
                        _ => return Err(format!("</{name}> does not close the last opened tag")),
                    }
                } else {
                    let name = inside
                        .split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    if !ALLOWED_TAGS.contains(&name.as_str()) {
                        return Err(format!("<{name}> is not a tag Telegram supports"));
                    }
                    if name == "blockquote" && open.iter().any(|t| t == "blockquote") {
                        return Err("blockquotes cannot be nested".to_string());
                    }
                    open.push(name);
                }
            }
            '&' => {
                let end = rest
                    .find(';')
                    .filter(|&end| end <= 10)
                    .ok_or("a '&' does not start an entity (write &amp; for a literal &)")?;
                if decode_entity(&rest[1..end]).is_none() {
                    return Err(format!("unknown entity {}", &rest[..=end]));
                }
                rest = &rest[end + 1..];
            }
            c => rest = &rest[c.len_utf8()..],
        }
    }
    match open.pop() {
        Some(tag) => Err(format!("<{tag}> is never closed")),
        None => Ok(()),
    }
}

/// Cuts text to at most `max_utf16` visible units, at a sentence end if one is near, else at a
/// word. Text that fits is returned whole; callers add an ellipsis if they want one.
pub fn truncate(text: &str, max_utf16: usize) -> &str {
    if utf16_len(text) <= max_utf16 {
        return text;
    }
    let mut end = 0;
    let mut used = 0;
    for (i, c) in text.char_indices() {
        if used + c.len_utf16() > max_utf16.saturating_sub(1) {
            break;
        }
        used += c.len_utf16();
        end = i + c.len_utf8();
    }
    let head = &text[..end];
    let sentence = head
        .rfind(['.', '!', '?'])
        .filter(|&i| i > end / 2)
        .map(|i| i + 1);
    let word = head.rfind(char::is_whitespace).filter(|&i| i > end / 2);
    &head[..sentence.or(word).unwrap_or(end)]
}

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

/// Fills `{name}` placeholders of a template with escaped values.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    // One pass, so a value containing "{question}" is never expanded itself.
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (close, v))
        });
        match value {
            Some((close, value)) => {
                out.push_str(&escape(value));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
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
    let interviewee = truncate(interview.speaker(passage), MAX_NAME_UTF16);
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
    // Two units for the " …" added when the passage is cut.
    let quoted = truncate(&passage.text, room.saturating_sub(2));
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

/// The whole answer a passage belongs to, as one or more messages: a header line, then the
/// paragraphs in an expandable blockquote, split between paragraphs (or, for a paragraph too long
/// for one message, between sentences) so every message fits.
pub fn full_answer(passage: &Passage, corpus: &Corpus, header: &str) -> Vec<String> {
    let limit = MAX_MESSAGE_UTF16;
    let header = if visible_utf16(header) > MAX_HEADER_UTF16 {
        ""
    } else {
        header
    };
    let header_len = visible_utf16(header) + 1;
    let room = limit - header_len - 2;
    let mut pieces: Vec<&str> = Vec::new();
    for paragraph in corpus.section_of(passage) {
        let mut text = &*paragraph.text;
        while utf16_len(text) > room {
            let head = truncate(text, room);
            let head = if head.is_empty() {
                &text[..text
                    .char_indices()
                    .nth(room / 2)
                    .map_or(text.len(), |(i, _)| i)]
            } else {
                head
            };
            pieces.push(head);
            text = text[head.len()..].trim_start();
        }
        if !text.is_empty() {
            pieces.push(text);
        }
    }
    let mut messages = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut current_len = 0;
    for piece in pieces {
        let piece_len = utf16_len(piece) + 2;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Interview, Metadata, Turn};

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
                speakers: Vec::new(),
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
    fn fill_escapes_values_and_never_expands_them() {
        let filled = fill(
            "<i>{question}</i> by {name} {unknown}",
            &[("question", "{name} & <x>"), ("name", "Ana")],
        );
        assert_eq!(filled, "<i>{name} &amp; &lt;x&gt;</i> by Ana {unknown}");
    }

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
    fn escaping_covers_html_specials() {
        assert_eq!(escape("<script>&\"x\""), "&lt;script&gt;&amp;&quot;x&quot;");
    }

    #[test]
    fn utf16_length_counts_surrogate_pairs() {
        assert_eq!(utf16_len("a🙂é"), 4);
        assert_eq!(visible_utf16("<b>a&amp;</b>🙂&#233;"), 5);
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

    #[test]
    fn validation_rejects_what_telegram_rejects() {
        assert!(validate_html("<b>ok</b> &lt; &#128578;").is_ok());
        for bad in [
            "<b>x",
            "<script>x</script>",
            "a & b",
            "<blockquote><blockquote>x</blockquote></blockquote>",
            "<b><i>x</b></i>",
            "&nope;",
            "<b",
        ] {
            assert!(validate_html(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn truncation_prefers_sentence_ends_and_respects_char_boundaries() {
        assert_eq!(truncate("One. Two three four five six", 12), "One. Two");
        assert_eq!(
            truncate("First sentence here. Second one", 25),
            "First sentence here."
        );
        assert_eq!(truncate("short", 10), "short");
        let emoji = "🙂".repeat(10);
        assert!(utf16_len(truncate(&emoji, 7)) <= 7);
    }
}
