//! Markdown's inline markup, removed so the words are kept as written: emphasis marks, code
//! ticks, backslash escapes, images, and links inline (`[text](target)`) or by reference
//! (`[text][name]`, `[text][]`, with their definitions `[name]: target` elsewhere on the page).
//! Also how much of a paragraph its links make up, which tells navigation from prose.

use super::block::collapse_whitespace;
use super::closing::without_attribute_lists;
use crate::corpus::inline_tags::without_tags;
use crate::corpus::markup::decode_entities;

/// Text without Markdown markup: emphasis markers, link targets, images, code ticks and
/// backslash escapes removed.
pub(super) fn inline_text(source: &str) -> String {
    let chars: Vec<char> = without_tags(&without_attribute_lists(source)).collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() && chars[i + 1].is_ascii_punctuation() => {
                out.push(chars[i + 1]);
                i += 2;
                continue;
            }
            '!' if chars.get(i + 1) == Some(&'[') => {
                // An image: drop it with its alt text and its attribute list (`{: .w-50}`).
                if let Some(end) = link_end(&chars, i + 1) {
                    i = end;
                    if chars.get(i) == Some(&'{') {
                        i = chars[i..]
                            .iter()
                            .position(|&c| c == '}')
                            .map_or(i, |p| i + p + 1);
                    }
                    continue;
                }
            }
            '[' => {
                if let Some(end) = link_end(&chars, i).or_else(|| reference_end(&chars, i)) {
                    let close = chars[i..end]
                        .iter()
                        .position(|&c| c == ']')
                        .map_or(end, |p| i + p);
                    out.push_str(&inline_text(
                        &chars[i + 1..close].iter().collect::<String>(),
                    ));
                    i = end;
                    continue;
                }
            }
            '*' | '`' => {
                i += 1;
                continue;
            }
            '_' => {
                // Underscores inside words (snake_case, URLs) are text; at word edges, emphasis.
                let inside_word = i > 0
                    && chars[i - 1].is_alphanumeric()
                    && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric());
                if !inside_word {
                    i += 1;
                    continue;
                }
            }
            _ => {}
        }
        out.push(c);
        i += 1;
    }
    // `&nbsp;`, `&amp;`: Markdown passes HTML character references through to the page.
    collapse_whitespace(&decode_entities(&out))
}

/// For `[text](target)` starting at `start`, the index just after `)`.
fn link_end(chars: &[char], start: usize) -> Option<usize> {
    let close = start + chars[start..].iter().position(|&c| c == ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = close + 1 + chars[close + 1..].iter().position(|&c| c == ')')?;
    Some(end + 1)
}

/// For a reference link (`[text][name]`, `[text][]`) starting at `start`, the index just
/// after its second `]`; the target is defined elsewhere on the page.
fn reference_end(chars: &[char], start: usize) -> Option<usize> {
    let close = start + chars[start..].iter().position(|&c| c == ']')?;
    if chars.get(close + 1) != Some(&'[') {
        return None;
    }
    let end = close + 1 + chars[close + 1..].iter().position(|&c| c == ']')?;
    let name = &chars[close + 2..end];
    (!name.contains(&'[')).then_some(end + 1)
}

/// Any link starting at `start`: inline or by reference.
fn any_link_end(chars: &[char], start: usize) -> Option<usize> {
    link_end(chars, start).or_else(|| reference_end(chars, start))
}

/// A reference link's definition (`[name]: https://…`), which Markdown does not show.
pub(super) fn is_link_definition(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('[') else {
        return false;
    };
    rest.split_once("]:").is_some_and(|(name, target)| {
        !name.is_empty() && !name.contains('[') && !target.trim().is_empty()
    })
}

/// The paragraph's text outside its links (markup left in: only its words are counted).
pub(super) fn unlinked_text(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let (mut out, mut i) = (String::new(), 0);
    while i < chars.len() {
        if chars[i] == '[' {
            if let Some(end) = any_link_end(&chars, i) {
                out.push(' ');
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Share of a paragraph's visible characters that are link text (`[text](target)`, images
/// too): the targets are not shown to a reader, so they count for nothing, and prose that
/// carries a few long links is still prose.
pub(super) fn link_share(source: &str) -> f64 {
    let chars: Vec<char> = source.chars().collect();
    let (mut linked, mut visible, mut i) = (0, 0, 0);
    while i < chars.len() {
        if chars[i] == '[' {
            if let Some(end) = any_link_end(&chars, i) {
                let close = i + chars[i..].iter().position(|&c| c == ']').unwrap_or(0);
                let text = close.saturating_sub(i + 1);
                linked += text;
                visible += text;
                i = end;
                continue;
            }
        }
        visible += 1;
        i += 1;
    }
    linked as f64 / visible.max(1) as f64
}

/// A paragraph that is nothing but one link ("[Subscribe](…)") is furniture.
pub(super) fn is_link_only(source: &str) -> bool {
    let chars: Vec<char> = source.chars().collect();
    let start = usize::from(chars.first() == Some(&'!'));
    chars.get(start) == Some(&'[') && any_link_end(&chars, start) == Some(chars.len())
}

#[cfg(test)]
mod tests {
    use super::super::markdown::read_markdown;

    #[test]
    fn links_by_reference_are_text_and_linked_sentences_stay() {
        let source = "Tide clocks\n=====\nA subtitle line.\n\n### Who are you?\n\n\
            I'm [Ines Vale](http://x.org \"Her site\"). I restore [tide clocks][tc].\n\n\
            [Related one][r1] · [Related two][r2]\n\n[tc]: http://x.org/tc\n";
        let (meta, blocks) = read_markdown(source);
        assert_eq!(meta.title.as_deref(), Some("Tide clocks"));
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "A subtitle line.",
                "Who are you?",
                "I'm Ines Vale. I restore tide clocks."
            ]
        );
    }

    #[test]
    fn a_list_the_text_announces_keeps_its_link_items() {
        let source = "On my bench I always keep these three things:\n\n\
            1. [Loupe][]\n2. [Oiler][] (for pivots)\n\nThe rest lives in drawers.\n\n\
            - [Home](/)\n- [Shop](/shop)\n";
        let texts: Vec<String> = read_markdown(source)
            .1
            .into_iter()
            .map(|b| b.text)
            .collect();
        assert_eq!(
            texts,
            [
                "On my bench I always keep these three things:",
                "Loupe",
                "Oiler (for pivots)",
                "The rest lives in drawers."
            ]
        );
    }

    #[test]
    fn a_link_whose_words_run_over_a_line_break_keeps_the_sentence() {
        let page = "_This is the second talk of a series. Today we cover the [Harbour Lights:\n\
            night shift](https://example.org/lights)_.\n\nMore text.";
        let (_, blocks) = super::super::markdown::read_markdown(page);
        assert_eq!(
            blocks[0].text,
            "This is the second talk of a series. Today we cover the Harbour Lights: night shift."
        );
    }
}
