//! Telegram HTML for quote cards and full answers: escaping, highlights, length limits.
//!
//! Telegram counts a message's length after parsing its entities, in UTF-16 code units, and
//! rejects anything over 4096 (<https://core.telegram.org/bots/api#sendmessage>). Every builder
//! here tracks that visible length while it writes HTML, so splitting and truncation are exact.
//! All corpus and user text goes through [`escape`]; only operator templates (validated at load
//! with [`validate_html`]) carry markup.

use std::ops::Range;

mod about;
mod card;
mod markup;

pub use about::{about, AboutEntry, AboutTexts};
pub use card::{full_answer, quote_card, quote_card_in, CardTexts, MAX_QUESTION_UTF16};
pub use markup::{validate_html, visible_utf16};

/// Telegram's limit for a message text, after entity parsing, in UTF-16 code units.
pub const MAX_MESSAGE_UTF16: usize = 4096;

/// Button labels are cut here (Telegram shows about this much on a phone).
pub const MAX_BUTTON_CHARS: usize = 60;

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

/// A sentence end or space counts as "near" when it lies in the last 1/2 of the room: an
/// earlier cut would throw away more than half of what fits.
const NEAR_END_DIVISOR: usize = 2;

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
        .filter(|&i| i > end / NEAR_END_DIVISOR)
        .map(|i| i + 1);
    let word = (head.rfind(char::is_whitespace)).filter(|&i| i > end / NEAR_END_DIVISOR);
    &head[..sentence.or(word).unwrap_or(end)]
}

/// `text` cut to `max_chars` characters for a button's label, with an ellipsis when cut.
pub fn label(text: &str, max_chars: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max_chars).collect();
    if chars.next().is_some() {
        format!("{}…", head.trim_end())
    } else {
        head
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_escapes_values_and_never_expands_them() {
        let filled = fill(
            "<i>{question}</i> by {name} {unknown}",
            &[("question", "{name} & <x>"), ("name", "Ana")],
        );
        assert_eq!(filled, "<i>{name} &amp; &lt;x&gt;</i> by Ana {unknown}");
    }

    #[test]
    fn escaping_covers_html_specials() {
        assert_eq!(escape("<script>&\"x\""), "&lt;script&gt;&amp;&quot;x&quot;");
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

    #[test]
    fn labels_are_cut_with_an_ellipsis() {
        assert_eq!(label("short", 10), "short");
        assert_eq!(label("a few words here", 7), "a few w…");
    }
}
