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
}
