//! Readers' comments without buttons, each opened by its signature over its date: "Ann Lee
//! says:" / "May 3, 2019 at 7:05 pm", "Tom dijo..." / "4 de mayo de 2019, 8:00". A name
//! closed by a colon or an ellipsis over a date, twice or more after the interview, opens the
//! comments; an answer's line is neither so short nor set over a date.

use super::super::dates::is_date_line;

/// A signature is a name and a verb: a few words ("Ana Ruiz de la Vega dijo...").
const MAX_SIGNATURE_WORDS: usize = 6;

/// One signature over each of at least this many comments: one dated signature may be the
/// interview's own record line.
const MIN_SIGNATURES: usize = 2;

/// A comment is a few lines: the signatures of one section stand no further apart.
const MAX_COMMENT_LINES: usize = 8;

/// Comments follow the interview: the first signature stands past this share of the lines.
const MIN_SHARE_BEFORE_COMMENTS: f64 = 0.5;

/// The position (into `texts`, the non-empty lines) of the first signed comment, if the text
/// ends with signed comments.
pub fn signed_comments_start(texts: &[(usize, &str)]) -> Option<usize> {
    let signed: Vec<usize> = (0..texts.len().saturating_sub(1))
        .filter(|&t| is_signature(texts[t].1) && is_date_line(texts[t + 1].1))
        .collect();
    let first = *signed.first()?;
    let spaced = signed.windows(2).all(|w| w[1] - w[0] <= MAX_COMMENT_LINES);
    let near_end = texts.len() - signed[signed.len() - 1] <= MAX_COMMENT_LINES;
    let late = first as f64 >= MIN_SHARE_BEFORE_COMMENTS * texts.len() as f64;
    (signed.len() >= MIN_SIGNATURES && spaced && near_end && late).then_some(first)
}

/// A capitalised name and a verb closed by a colon or an ellipsis ("Ann Lee says:").
fn is_signature(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=MAX_SIGNATURE_WORDS).contains(&words)
        && line.chars().next().is_some_and(char::is_uppercase)
        && (line.ends_with([':', '…']) || line.ends_with("..."))
}

#[cfg(test)]
mod tests {
    use super::super::texts;
    use super::*;

    fn numbered(text: &str) -> Vec<(usize, &str)> {
        text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect()
    }

    #[test]
    fn signatures_over_dates_open_the_comments() {
        let text = "Why boats?\n\nMy father built them.\n\nAnd now?\n\nI build them too.\n\n\
                    Where?\n\nBy the river.\n\nAnn Lee says:\nMay 3, 2019 at 7:05 pm\nLovely read.\n\n\
                    Tom dijo...\n4 de mayo de 2019, 8:00\nMy uncle knew him.";
        assert_eq!(signed_comments_start(&texts(&numbered(text))), Some(6));
    }

    #[test]
    fn a_record_line_over_a_date_is_no_comment() {
        let text = "Interviewed by Ana Ruiz:\nMay 3, 2019\nWhy boats?\nMy father built them.\n\
                    And now?\nI build them too.";
        assert_eq!(signed_comments_start(&texts(&numbered(text))), None);
    }
}
