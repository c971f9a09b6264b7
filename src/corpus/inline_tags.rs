//! HTML tags written inside Markdown or plain text (`<span class="important">…</span>`, an icon
//! `<i class="fa fa-link"></i>`): the page shows their content, never the tags.

/// The text without inline HTML tags; the words between them stay. A `<` that does not open
/// a tag (`x < 3`, an autolink `<https://…>`) is text.
pub fn without_inline_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        match tag_len(after) {
            Some(len) => rest = &after[len..],
            None => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The characters of `text` without inline HTML tags ([`without_inline_tags`]).
pub fn without_tags(text: &str) -> std::vec::IntoIter<char> {
    without_inline_tags(text)
        .chars()
        .collect::<Vec<_>>()
        .into_iter()
}

/// The length of the tag `text` opens with: `<name …>` or `</name>`, the name in letters and
/// digits, followed by a space, `/` or `>`.
fn tag_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('<')?;
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let name_len = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    let starts_letter = inner
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic());
    let next = inner[name_len..].chars().next()?;
    if !starts_letter || !matches!(next, ' ' | '/' | '>') {
        return None;
    }
    let close = text.find('>')?;
    (!text[1..close].contains('<')).then_some(close + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_and_their_words_stay() {
        assert_eq!(
            without_inline_tags("<span class=\"x\">Bells ring.</span> Loud <i class=\"fa\"></i>."),
            "Bells ring. Loud ."
        );
        assert_eq!(without_inline_tags("if x < 3 and y>2"), "if x < 3 and y>2");
        assert_eq!(
            without_inline_tags("see <https://x.org>"),
            "see <https://x.org>"
        );
    }
}
