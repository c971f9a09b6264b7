//! Lines of a Markdown page that are never shown: inside a code fence (```` ``` ````, `~~~`) or
//! inside an HTML comment that runs over several lines (`<!--` … `-->`, as authors hide a
//! section they took down).

/// Where the reader is: inside a fence, inside a comment, or in the text.
#[derive(Debug, Default)]
pub struct Hidden {
    fence: bool,
    comment: bool,
}

impl Hidden {
    /// True when `trimmed` (a line without its surrounding spaces) is not text: a fence line,
    /// a line inside a fence or a comment, or a line opening or closing a comment.
    pub fn skips(&mut self, trimmed: &str) -> bool {
        if self.comment {
            self.comment = !trimmed.contains("-->");
            return true;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            self.fence = !self.fence;
            return true;
        }
        if self.fence {
            return true;
        }
        if let Some(rest) = trimmed.strip_prefix("<!--") {
            self.comment = !rest.contains("-->");
            return true;
        }
        false
    }
}

/// The paragraph without a template shortcode opening it (`{{ imagen a.jpg pos: izq }}
/// **Pedro: …**`): the tool draws an image there, the words come after it.
pub fn without_leading_shortcode(text: &str) -> &str {
    let trimmed = text.trim_start();
    let close = match trimmed.get(..2) {
        Some("{{") => "}}",
        Some("{%") => "%}",
        _ => return text,
    };
    match trimmed.find(close) {
        Some(end) if !trimmed[end + 2..].trim().is_empty() => trimmed[end + 2..].trim_start(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_over_several_lines_and_fences_are_hidden() {
        let mut hidden = Hidden::default();
        let lines = [
            "Seen.",
            "<!--",
            "## Old section",
            "",
            "Old text.",
            "-->",
            "```",
            "code",
            "```",
            "Seen too.",
            "<!-- one line -->",
            "Still seen.",
        ];
        let shown: Vec<&str> = lines.into_iter().filter(|l| !hidden.skips(l)).collect();
        assert_eq!(shown, ["Seen.", "Seen too.", "Still seen."]);
    }

    #[test]
    fn a_shortcode_opening_a_paragraph_is_not_text() {
        assert_eq!(
            without_leading_shortcode("{{ img a.jpg }} **P: Why?**"),
            "**P: Why?**"
        );
        assert_eq!(
            without_leading_shortcode("{{ img a.jpg }}"),
            "{{ img a.jpg }}"
        );
        assert_eq!(
            without_leading_shortcode("Plain {{ x }} text"),
            "Plain {{ x }} text"
        );
    }
}
