//! The page's own lines at either end of a pasted text, found by the shapes page templates
//! give them whatever the site or the language: the site's name and slogan above the post
//! ([`masthead`]), and below the last answer the readers' comments with their buttons
//! ([`comments`]), a story site's "you are reading" bar ([`story_bar`]) and a columnist's
//! "follow" line ([`follow_line`]). None of them is the interviewee's words.

mod comments;
mod follow_line;
mod masthead;
mod story_bar;

pub use follow_line::follow_line;
pub use masthead::masthead_lines;

/// The lines (indexes into `lines`) closing the text that belong to the page: from the first
/// readers' comment or the story bar to the end, and a columnist's follow line.
pub fn closing_lines(lines: &[(usize, &str)]) -> Vec<usize> {
    let start = [comments::comments_start(lines), story_bar::bar_start(lines)]
        .into_iter()
        .flatten()
        .min();
    let mut closing: Vec<usize> = start.map_or(Vec::new(), |s| (s..lines.len()).collect());
    if let Some((k, _)) = follow_line(lines).filter(|(k, _)| !closing.contains(k)) {
        closing.push(k);
    }
    closing
}

/// The text of the non-empty lines, with their indexes into `lines`.
fn texts<'a>(lines: &[(usize, &'a str)]) -> Vec<(usize, &'a str)> {
    (lines.iter().enumerate())
        .map(|(k, (_, l))| (k, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect()
}

/// The line closes a sentence that asks nothing: the last answer's end.
fn closes_statement(line: &str) -> bool {
    let bare = line.trim_end_matches(['"', '”', '’', '»', ')', '*', '_']);
    !bare.ends_with(['?', '？', ':']) && line.ends_with(['.', '!', '…', '"', '”', '’', '»', ')'])
}

/// No sentence mark closes the line: a button's, a label's or a title's words.
fn is_unpunctuated(line: &str) -> bool {
    !line.ends_with(['.', '!', '?', '…', ':', ';', ',', '"', '”', '’', '»'])
}
