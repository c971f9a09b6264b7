//! Lines around the conversation that say nothing quotable, found after the first cut whatever
//! the layout: a mark alone on its line (a lone "-" left from a page's byline block), a short
//! heading in capitals right above the first question ("THE LESSON BEGINS"), and a key of the
//! speaker labels printed as the first exchange ("JD: Jane Doe" / "RK: Raj Kumar").

use super::assembled::Assembled;
use super::clean::is_kicker;
use super::reading::{Clutter, Dropped, Layout};

/// A name in a label key is a few capitalised words ("Professor Fox", "Ana María de la Cruz"
/// has lowercase particles, which the key's initials skip).
const MAX_NAME_WORDS: usize = 5;

/// Extensions of the image files a page shows; a copied page keeps the file's name as a line.
const IMAGE_EXTENSIONS: [&str; 6] = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"];

/// An image's file name is longer than the longest extension alone (".jpeg", ".avif"): a
/// word that is only an extension ("…as a .jpeg") names a format, not a picture.
const MIN_IMAGE_NAME_CHARS: usize = 6;

/// A paragraph opened by an image's file name ("4f2a9c.image.jpg"), with the caption the page
/// set under it: the picture, not anyone's words. The name stands on its own line or before a
/// caption, which opens with a capital ("The mayor at her desk"); a sentence that only starts
/// with a file's name ("logo.png was my first drawing") is someone speaking of it.
pub fn is_image_paragraph(text: &str) -> bool {
    let text = text.trim_start();
    let Some(first) = text.split_whitespace().next() else {
        return false;
    };
    let lower = first.to_lowercase();
    let image = IMAGE_EXTENSIONS.iter().any(|ext| lower.ends_with(ext))
        && lower.len() >= MIN_IMAGE_NAME_CHARS;
    let rest = &text[first.len()..];
    let gap = &rest[..rest.len() - rest.trim_start().len()];
    let captioned = rest.trim().is_empty()
        || gap.contains('\n')
        || rest
            .trim_start()
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "(©[*_".contains(c));
    image && captioned
}

/// Drops unquotable lines of the introduction and a label key opening the turns.
pub fn drop_page_marks(out: &mut Assembled) {
    drop_bare_marks(out);
    drop_heading_above_questions(out);
    if out.layout == Some(Layout::Labels) {
        drop_label_key(out);
    }
}

/// An introduction paragraph without a letter or a figure ("-", "·", "—") is a leftover mark
/// of the page's layout.
fn drop_bare_marks(out: &mut Assembled) {
    let (bare, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut out.intro)
        .into_iter()
        .partition(|(text, _)| !text.chars().any(char::is_alphanumeric));
    out.intro = kept;
    out.dropped
        .extend(bare.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::Separator,
        }));
}

/// The introduction's last paragraph, a short line in capitals right above the first question,
/// heads the conversation ("HERE IS THE INTERVIEW"): a heading, not the publisher's words. So
/// does a lone capitalised word there ("Biographical", "Background"): the publisher's
/// introduction is sentences. Not in a labelled transcript, whose unlabelled lines there are
/// someone's talk ("Okay").
fn drop_heading_above_questions(out: &mut Assembled) {
    let labelled = out.layout == Some(Layout::Labels);
    let heading = |t: &str| is_kicker(t) || (!labelled && is_one_word_heading(t));
    if out.turns.is_empty() || !out.intro.last().is_some_and(|(t, _)| heading(t)) {
        return;
    }
    if let Some((text, line)) = out.intro.pop() {
        out.dropped.push(Dropped {
            line,
            text,
            reason: Clutter::SectionTitle,
        });
    }
}

/// One capitalised word of letters alone, no mark after it: a section's name.
fn is_one_word_heading(text: &str) -> bool {
    let text = text.trim();
    !text.contains(char::is_whitespace)
        && text.starts_with(char::is_uppercase)
        && text.chars().all(char::is_alphabetic)
}

/// A few capitalised words with no sentence mark: a name as a key line gives it.
fn is_bare_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=MAX_NAME_WORDS).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && !text.contains(['.', '?', '!', ':', ',', ';', '"', '“', '(', '['])
}

/// The initials of a name's capitalised words ("Professor Fox" is "PF").
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

/// The label of a key line is the name's initials or the name itself ("PF: Professor Fox").
fn keys(label: &str, name: &str) -> bool {
    let label: String = label.chars().filter(|c| *c != '.').collect();
    is_bare_name(name) && (label.eq_ignore_ascii_case(&initials(name)) || label == name)
}

/// The first exchange is a key to the labels: its question is a bare name and its one answer
/// a name its label abbreviates. Nobody asked or answered anything there.
fn drop_label_key(out: &mut Assembled) {
    let Some(first) = out.turns.first() else {
        return;
    };
    let keyed = (first.answer.len() == 1 && out.turns.len() > 1)
        && is_bare_name(&first.question)
        && (first.speakers.first().cloned().flatten())
            .is_some_and(|label| keys(&label, &first.answer[0].0));
    if !keyed {
        return;
    }
    let turn = out.turns.remove(0);
    out.dropped.push(Dropped {
        line: turn.line,
        text: turn.question,
        reason: Clutter::Credit,
    });
    out.dropped
        .extend(turn.answer.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::Credit,
        }));
}

#[cfg(test)]
mod tests {
    use super::super::assembled::Draft;
    use super::*;

    fn turn(question: &str, answer: &str, label: &str) -> Draft {
        Draft {
            question: question.into(),
            line: 1,
            answer: vec![(answer.into(), 2)],
            speakers: vec![Some(label.into())],
            ..Draft::default()
        }
    }

    #[test]
    fn a_label_key_opening_the_turns_is_dropped() {
        let mut out = Assembled {
            layout: Some(Layout::Labels),
            turns: vec![
                turn("Jane Doe", "Raj Kumar", "RK"),
                turn("Busy week?", "Very.", "RK"),
            ],
            ..Assembled::default()
        };
        drop_page_marks(&mut out);
        assert_eq!(out.turns.len(), 1);
        assert_eq!(out.turns[0].question, "Busy week?");
        assert_eq!(out.dropped.len(), 2);
        // A greeting answered by a name the label does not abbreviate stays.
        let mut out = Assembled {
            layout: Some(Layout::Labels),
            turns: vec![turn("Hello Raj", "Hi Jane", "RK"), turn("So?", "So.", "RK")],
            ..Assembled::default()
        };
        drop_page_marks(&mut out);
        assert_eq!(out.turns.len(), 2);
    }

    #[test]
    fn an_image_file_name_opens_a_picture_not_a_turn() {
        assert!(is_image_paragraph(
            "9be1f0c2.image.JPG\nThe mayor at her desk"
        ));
        assert!(is_image_paragraph("8d1c2e.image.jpg The clerk at her desk"));
        assert!(is_image_paragraph("8d1c2e.png"));
        assert!(!is_image_paragraph("I shot it as a jpg, and a png too."));
        assert!(!is_image_paragraph(
            "logo.png was my first drawing. I made it at the kitchen table."
        ));
    }

    #[test]
    fn bare_marks_and_a_heading_in_capitals_leave_the_introduction() {
        let mut out = Assembled {
            intro: vec![
                ("The mayor has a flood to manage.".into(), 1),
                ("-".into(), 3),
                ("THE TALK".into(), 5),
            ],
            turns: vec![turn("Is it bad?", "Yes.", "A")],
            ..Assembled::default()
        };
        drop_page_marks(&mut out);
        assert_eq!(
            out.intro,
            [("The mayor has a flood to manage.".to_string(), 1)]
        );
        let reasons: Vec<_> = out.dropped.iter().map(|d| d.reason).collect();
        assert_eq!(reasons, [Clutter::Separator, Clutter::SectionTitle]);
    }

    #[test]
    fn a_lone_word_above_the_first_question_is_a_section_heading() {
        for (last, kept) in [("Background", 1), ("Background.", 2), ("In short:", 2)] {
            let mut out = Assembled {
                intro: vec![
                    ("The mayor has a flood to manage.".into(), 1),
                    (last.into(), 3),
                ],
                turns: vec![turn("Is it bad?", "Yes.", "A")],
                ..Assembled::default()
            };
            drop_page_marks(&mut out);
            assert_eq!(out.intro.len(), kept, "{last}");
        }
    }
}
