//! Checking operator markup and measuring HTML as Telegram counts it.

/// An entity's ';' comes at most this many bytes after its '&' (`&#1114111;`, the longest
/// code point, needs 9); past it, a '&' is plain text.
const ENTITY_MAX_END: usize = 10;

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
            '&' => match rest.find(';').filter(|&end| end <= ENTITY_MAX_END) {
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
                    .filter(|&end| end <= ENTITY_MAX_END)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::telegram::utf16_len;

    #[test]
    fn utf16_length_counts_surrogate_pairs() {
        assert_eq!(utf16_len("a🙂é"), 4);
        assert_eq!(visible_utf16("<b>a&amp;</b>🙂&#233;"), 5);
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
}
