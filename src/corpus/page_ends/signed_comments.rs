//! Readers' comments without buttons, each opened by its signature over its date: "Ann Lee
//! says:" / "May 3, 2019 at 7:05 pm", "Tom dijo..." / "4 de mayo de 2019, 8:00". A name
//! closed by a colon or an ellipsis over a date, twice or more after the interview, opens the
//! comments; an answer's line is neither so short nor set over a date. Without the dates, the
//! same verb after three names or more ("Ann said…" / "Tom said…" / "Lee said…") marks them.

use super::super::dates::is_date_line;

/// A signature is a name and a verb: a few words ("Ana Ruiz de la Vega dijo...").
const MAX_SIGNATURE_WORDS: usize = 6;

/// One signature over each of at least this many comments: one dated signature may be the
/// interview's own record line.
const MIN_SIGNATURES: usize = 2;

/// A comment is a few lines: the signatures of one section stand no further apart.
const MAX_COMMENT_LINES: usize = 8;

/// Without dates under them, the signatures are a name of a word or two and the verb
/// ("Ana Ruiz dijo…"); a longer line closed by an ellipsis is someone's trailing sentence.
const MAX_UNDATED_SIGNATURE_WORDS: usize = 4;

/// Without dates, the same verb closes the signature over each of at least this many comments:
/// two lines ending alike may be an answer's rhythm, three are the template's.
const MIN_UNDATED_SIGNATURES: usize = 3;

/// Comments follow the interview: the first signature stands past this share of the lines.
const MIN_SHARE_BEFORE_COMMENTS: f64 = 0.5;

/// The position (into `texts`, the non-empty lines) of the first signed comment, if the text
/// ends with signed comments.
pub fn signed_comments_start(texts: &[(usize, &str)]) -> Option<usize> {
    let dated: Vec<usize> = (0..texts.len().saturating_sub(1))
        .filter(|&t| is_signature(texts[t].1) && is_date_line(texts[t + 1].1))
        .collect();
    [
        section_start(texts, &dated, MIN_SIGNATURES),
        undated_start(texts),
    ]
    .into_iter()
    .flatten()
    .min()
}

/// The first of the `signed` positions when they are at least `min` and stand as a comment
/// section closing the text.
fn section_start(texts: &[(usize, &str)], signed: &[usize], min: usize) -> Option<usize> {
    let first = *signed.first()?;
    let spaced = signed.windows(2).all(|w| w[1] - w[0] <= MAX_COMMENT_LINES);
    let near_end = texts.len() - signed[signed.len() - 1] <= MAX_COMMENT_LINES;
    let late = first as f64 >= MIN_SHARE_BEFORE_COMMENTS * texts.len() as f64;
    (signed.len() >= min && spaced && near_end && late).then_some(first)
}

/// The first of the signatures without a date ("Ann said…" / "Tom said…" / "Lee said…"): the
/// template writes the same verb after each commenter's name, closed by an ellipsis, so the
/// verb repeated on that many short lines marks the section in any language.
fn undated_start(texts: &[(usize, &str)]) -> Option<usize> {
    let verb = |line: &str| {
        let bare = line
            .strip_suffix("...")
            .or_else(|| line.strip_suffix('…'))?;
        let words: Vec<&str> = bare.split_whitespace().collect();
        let named = (2..=MAX_UNDATED_SIGNATURE_WORDS).contains(&words.len());
        named.then(|| words[words.len() - 1].to_lowercase())
    };
    let verbs: Vec<Option<String>> = texts.iter().map(|(_, l)| verb(l)).collect();
    let shared = (verbs.iter().flatten())
        .find(|v| verbs.iter().flatten().filter(|w| w == v).count() >= MIN_UNDATED_SIGNATURES)?;
    let signed: Vec<usize> = (0..texts.len())
        .filter(|&t| verbs[t].as_ref() == Some(shared))
        .collect();
    section_start(texts, &signed, MIN_UNDATED_SIGNATURES)
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
    fn undated_signatures_sharing_their_verb_open_the_comments() {
        let text = "Why boats?\n\nMy father built them.\n\nAnd now?\n\nI build them too.\n\n\
                    Where?\n\nBy the river.\n\nAnn Lee said…\nLovely read.\n\
                    tom77 said…\nMy uncle knew him.\nRita said...\nMore, please.";
        assert_eq!(signed_comments_start(&texts(&numbered(text))), Some(6));
        // Two such lines are no section, nor are lines closed by different verbs.
        let two = "Why boats?\n\nMy father.\n\nAnd now?\n\nToo.\n\nAnn said…\nNice.\n\
                   Tom said…\nGood.";
        assert_eq!(signed_comments_start(&texts(&numbered(two))), None);
        let trailing = "Why boats?\n\nMy father.\n\nAnd now?\n\nToo.\n\nWell, maybe…\nYes.\n\
                        And then…\nNo.\nWe shall see…";
        assert_eq!(signed_comments_start(&texts(&numbered(trailing))), None);
    }

    #[test]
    fn a_record_line_over_a_date_is_no_comment() {
        let text = "Interviewed by Ana Ruiz:\nMay 3, 2019\nWhy boats?\nMy father built them.\n\
                    And now?\nI build them too.";
        assert_eq!(signed_comments_start(&texts(&numbered(text))), None);
    }
}
