//! Setext headings in a plain file: a line underlined with `=` (first level) or `-` (second
//! level), as plain-text and Markdown writers set a title or a question over its answer
//! ("Why the lighthouse?" / "------------------"). Read as the `#` headings they stand for,
//! so a headline titles the file, a section's name is no question's first words, and a file
//! of underlined prompts is read by its headings.

use super::labels::split_label;

/// An underline this long at least: a lone `-` or `--` under a line is a list bullet or a
/// dash left on its own line, not typography.
const MIN_UNDERLINE: usize = 3;

/// A line of dashes underlines the line above when its length is within this factor of the
/// text's (either way): writers type an underline to match its heading, give or take a few
/// marks, while a rule between exchanges has its own length whatever the line above says.
const DASH_LENGTH_FACTOR: usize = 2;

/// For each line, the heading level its underline (the next line) gives it, if any. The
/// underlined line stands alone (a blank line or the file's start above it and, for dashes, a
/// blank line or the end under its underline) and is no list item, rule or heading itself:
/// under a wrapped paragraph, or between two lines of text, a line of dashes is a rule, while
/// a line of `=` is no rule writers type (a standfirst may follow a title's right away).
pub fn underlined_levels(lines: &[(usize, &str)]) -> Vec<Option<usize>> {
    let blank = |k: Option<usize>| k.is_none_or(|k| lines.get(k).is_none_or(|(_, l)| l.is_empty()));
    (0..lines.len())
        .map(|k| {
            let text = lines[k].1;
            let underline = lines.get(k + 1)?.1;
            let level = underline_mark(underline)?;
            let alone = blank(k.checked_sub(1)) && (level == 1 || blank(Some(k + 2)));
            let dashed = level == 1 || dashed_heading(text, underline);
            (alone && dashed && is_heading_text(text)).then_some(level)
        })
        .collect()
}

/// 1 for a run of `=`, 2 for a run of `-` (the setext marks; `import` reads Markdown's with
/// the same rule).
pub(crate) fn underline_mark(line: &str) -> Option<usize> {
    let long = line.chars().count() >= MIN_UNDERLINE;
    let only = |mark: char| long && line.chars().all(|c| c == mark);
    if only('=') {
        Some(1)
    } else if only('-') {
        Some(2)
    } else {
        None
    }
}

/// A line of dashes (`underline`) under `text` underlines it: about as long as the text
/// ([`DASH_LENGTH_FACTOR`]), and the text is no labelled turn ("A: Because.") over a rule.
fn dashed_heading(text: &str, underline: &str) -> bool {
    let (text_len, line_len) = (text.chars().count(), underline.chars().count());
    let matched =
        line_len * DASH_LENGTH_FACTOR >= text_len && line_len <= text_len * DASH_LENGTH_FACTOR;
    matched && split_label(text).is_none()
}

/// Words a heading can be: text opening with a letter, digit or an opening mark, not a list
/// item, a rule or a heading already.
fn is_heading_text(text: &str) -> bool {
    let opens = text
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || "¿¡\"“«'‘(".contains(c));
    opens && underline_mark(text).is_none()
}

/// The line as the heading it is: `#` marks of its level before it.
pub fn as_heading(text: &str, level: usize) -> String {
    format!("{} {text}", "#".repeat(level))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levels(text: &str) -> Vec<Option<usize>> {
        let lines: Vec<(usize, &str)> = text.lines().map(str::trim).enumerate().collect();
        underlined_levels(&lines)
    }

    #[test]
    fn a_line_standing_alone_over_its_underline_is_a_heading() {
        assert_eq!(
            levels("Lamps\n=====\n\nWhy?\n----\n\nBecause."),
            [Some(1), None, None, Some(2), None, None, None]
        );
        // A rule between two lines of text, or under a wrapped paragraph, stays a rule.
        assert_eq!(levels("A: Yes.\n---\nQ: Why?"), [None, None, None]);
        assert_eq!(levels("One line\nof a paragraph\n---\n\nNext."), [None; 5]);
        // A list item or a dash too short to be an underline.
        assert_eq!(levels("- item\n---\n"), [None, None]);
        assert_eq!(levels("Title\n--\n"), [None, None]);
        // A title's standfirst may follow its `=` underline right away.
        assert_eq!(levels("Title\n===\nThe standfirst."), [Some(1), None, None]);
    }

    #[test]
    fn a_rule_between_exchanges_underlines_no_turn() {
        // A labelled answer over a rule, the rule as long as the line.
        let text = "\nA: Because my aunt kept it.\n---------------------------\n\nQ: Then?";
        assert_eq!(levels(text)[1], None);
        // A short rule under a long unlabelled line.
        let text = "\nBecause my aunt kept the old boat.\n---\n\nThen?";
        assert_eq!(levels(text)[1], None);
        // A rule far longer than a short line.
        let text = "\nThanks.\n----------------------------------------\n\nNext.";
        assert_eq!(levels(text)[1], None);
    }
}
