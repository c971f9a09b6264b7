//! Bold written as HTML inside Markdown or plain text (`<strong>2. Why Kotlin?</strong>`, as
//! blog exports keep it) or as a forum's BBCode (`[b]Why Kotlin?[/b]`, as message boards and
//! old blog engines store it): the page shows it as bold, so it is read as Markdown bold
//! (`**2. Why Kotlin?**`), the cue a question carries, and the tags inside it go.

use std::borrow::Cow;

use super::inline_tags::without_inline_tags;

/// The bold tags, opening name first.
const BOLD_TAGS: [&str; 2] = ["strong", "b"];

/// BBCode's bold run: opening and closing marks, in both cases the boards accept.
const BBCODE_BOLD: [(&str, &str); 2] = [("[b]", "[/b]"), ("[B]", "[/B]")];

/// The line with each `<strong>…</strong>` (`<b>…</b>`) closed on it written as `**…**`, the
/// tags inside the run (an image, a styled span) removed and their words kept. A run holding no
/// words (`<strong> </strong>`) goes; a tag left open stays for the text's own cleaning.
pub fn html_bold_as_markdown(line: &str) -> Cow<'_, str> {
    let html = line.contains('<') && BOLD_TAGS.iter().any(|t| line.contains(&format!("<{t}")));
    let bbcode = BBCODE_BOLD.iter().any(|(open, _)| line.contains(open));
    if !html && !bbcode {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some((start, inner_start, inner_end, end)) = next_bold_run(rest) {
        out.push_str(&rest[..start]);
        let words = without_inline_tags(&rest[inner_start..inner_end]);
        let words = words.trim();
        if !words.is_empty() {
            out.push_str("**");
            out.push_str(words);
            out.push_str("**");
            // Marks glued to a word would not close the run: the page shows a break there.
            if rest[end..].starts_with(char::is_alphanumeric) {
                out.push(' ');
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The first bold run closed in `text`: where its opening tag starts, where its content starts
/// and ends, and where its closing tag ends.
fn next_bold_run(text: &str) -> Option<(usize, usize, usize, usize)> {
    let bbcode = BBCODE_BOLD.iter().filter_map(|(open, close)| {
        let start = text.find(open)?;
        let inner_start = start + open.len();
        let inner_end = inner_start + text[inner_start..].find(close)?;
        Some((start, inner_start, inner_end, inner_end + close.len()))
    });
    BOLD_TAGS
        .iter()
        .filter_map(|tag| {
            let open = format!("<{tag}");
            let start = (0..text.len())
                .filter(|&i| text.is_char_boundary(i) && text[i..].starts_with(&open))
                .find(|&i| text[i + open.len()..].starts_with(['>', ' ']))?;
            let inner_start = start + text[start..].find('>')? + 1;
            let close = format!("</{tag}>");
            let inner_end = inner_start + text[inner_start..].find(&close)?;
            Some((start, inner_start, inner_end, inner_end + close.len()))
        })
        .chain(bbcode)
        .min_by_key(|run| run.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_tags_become_bold_marks_without_the_tags_inside() {
        let line = "<strong><img src=\"a.png\"/>1. Why soil? </strong>";
        assert_eq!(html_bold_as_markdown(line), "**1. Why soil?**");
        let styled = "<b class=\"q\"><span style=\"x\">2. And</span> seeds?</b>";
        assert_eq!(html_bold_as_markdown(styled), "**2. And seeds?**");
    }

    #[test]
    fn forum_bold_codes_are_bold_too() {
        let line = "[b]Which knife do you sharpen first? [/b]";
        assert_eq!(
            html_bold_as_markdown(line),
            "**Which knife do you sharpen first?**"
        );
        let runin = "[B]Dora[/B] The small one, always.";
        assert_eq!(
            html_bold_as_markdown(runin),
            "**Dora** The small one, always."
        );
        assert_eq!(html_bold_as_markdown("a [b] left open"), "a [b] left open");
    }

    #[test]
    fn empty_runs_go_and_other_text_stays() {
        assert_eq!(
            html_bold_as_markdown("<strong> </strong>Well, yes."),
            "Well, yes."
        );
        assert_eq!(html_bold_as_markdown("x <b>bold</b>y"), "x **bold** y");
        assert_eq!(
            html_bold_as_markdown("if a <b and <strong>open"),
            "if a <b and <strong>open"
        );
        assert_eq!(html_bold_as_markdown("<br/> plain"), "<br/> plain");
    }
}
