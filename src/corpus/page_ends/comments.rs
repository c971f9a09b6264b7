//! Readers' comments pasted with the page under the last answer: each comment ends with the
//! same button line ("Reply", "ReplyDelete", "Responder"), repeated once per comment, and the
//! comments stand after the interview, never among its turns. The repeated button marks the
//! section whatever its words; the first comment is the text right above the first button.
//! Comments without buttons are told by their signatures ([`super::signed_comments`]).

use super::super::cues::ends_with_question_mark;
use super::signed_comments::signed_comments_start;
use super::{is_unpunctuated, texts};

/// A button line is a word or a few ("Reply", "Reply Delete", "Responder Eliminar").
const MAX_BUTTON_WORDS: usize = 3;

/// One button under each of at least this many comments: a short line that comes back once
/// is no section's mark (a refrain, a name said twice).
const MIN_BUTTONS: usize = 2;

/// A comment with its signature and date is a few lines: the buttons of one section stand no
/// further apart, and the section's last button no further from the end.
const MAX_COMMENT_LINES: usize = 6;

/// Comments follow the interview: the first button stands in the last part of the text, past
/// this share of its lines (a speaker's name line repeated over each turn starts at the top).
const MIN_SHARE_BEFORE_BUTTONS: f64 = 0.5;

/// The index (into `lines`) where the readers' comments start, if the text ends with them.
pub fn comments_start(lines: &[(usize, &str)]) -> Option<usize> {
    let texts = texts(lines);
    let found = [
        button_comments_start(&texts),
        signed_comments_start(&texts),
        counted_comments_start(&texts),
        announced_comments_start(&texts),
    ];
    let mut start = found.into_iter().flatten().min()?;
    // The section's own heading above it ("3 comments:", "2 Responses").
    while start > 1 && is_section_heading(texts[start - 1].1, texts[start - 2].1) {
        start -= 1;
    }
    Some(texts[start].0)
}

/// The position (into `texts`, the non-empty lines) of the first comment over the first of
/// the repeated buttons, if the text ends with such comments.
fn button_comments_start(texts: &[(usize, &str)]) -> Option<usize> {
    let buttons = button_positions(texts)?;
    let first = buttons[0];
    let gaps = buttons.windows(2).map(|w| w[1] - w[0] - 1);
    let shortest = gaps.clone().min().unwrap_or(0);
    let spaced = gaps.clone().all(|g| (1..=MAX_COMMENT_LINES).contains(&g));
    let last_gap = texts.len() - 1 - buttons[buttons.len() - 1];
    let late = first as f64 >= MIN_SHARE_BEFORE_BUTTONS * texts.len() as f64;
    if !spaced || !late || last_gap > MAX_COMMENT_LINES {
        return None;
    }
    // The first comment: as many lines as the shortest one after it, within its paragraph
    // unless the comments below run over blank lines, and never the answer right under a
    // question.
    let spread = buttons
        .windows(2)
        .any(|w| texts[w[1]].0 - texts[w[0] + 1].0 != w[1] - w[0] - 1);
    let paragraph_start = (0..first)
        .rev()
        .take_while(|&t| spread || texts[t].0 + 1 == texts[t + 1].0)
        .last()
        .unwrap_or(first);
    let mut start = first.saturating_sub(shortest).max(paragraph_start);
    if start == 0 || ends_with_question_mark(texts[start - 1].1) {
        start = first;
    }
    (start > 0).then_some(start)
}

/// A comment section's heading: a few words closed by a colon or counting the comments ("2
/// comentarios:", "3 Responses"), not the answer to the question `above` it.
fn is_section_heading(line: &str, above: &str) -> bool {
    let counted = line.ends_with(':') || line.chars().any(|c| c.is_ascii_digit());
    counted
        && line.split_whitespace().count() <= MAX_BUTTON_WORDS
        && !ends_with_question_mark(above)
}

/// The nouns a blog counts its readers' comments with ("3 comentarios:", "Comments (2)").
const COMMENT_NOUNS: &[&str] = &[
    "comment",
    "comments",
    "comentario",
    "comentarios",
    "comentário",
    "comentários",
    "response",
    "responses",
    "respuesta",
    "respuestas",
    "resposta",
    "respostas",
    "reply",
    "replies",
];

/// The position (into `texts`) of a heading counting the readers' comments ("3 comentarios:",
/// "12 Responses", "Comments (2)") in the last part of the text, with lines under it and not
/// under a question: the comments start there even when they carry no button or signature.
fn counted_comments_start(texts: &[(usize, &str)]) -> Option<usize> {
    let late = |t: usize| t as f64 >= MIN_SHARE_BEFORE_BUTTONS * texts.len() as f64;
    (1..texts.len().saturating_sub(1)).find(|&t| {
        late(t) && counts_comments(texts[t].1) && !ends_with_question_mark(texts[t - 1].1)
    })
}

/// "3 comentarios:", "12 Responses", "Comments (2)": a count and a noun for comments; or a
/// count spelled as a word before the noun and a colon announcing the comments under it ("No
/// comments:", "Sem comentários:", as a blog tool heads an empty comment box).
fn counts_comments(line: &str) -> bool {
    let announced = line.trim().ends_with(':');
    let lower = line.trim().trim_end_matches(':').to_lowercase();
    let word = |w: &str| w.chars().all(char::is_alphabetic);
    let noun = |w: &str| COMMENT_NOUNS.contains(&w);
    let count = |w: &str| {
        let digits = w.trim_start_matches('(').trim_end_matches(')');
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
    };
    match lower.split_whitespace().collect::<Vec<_>>()[..] {
        // A noun before a bare number ("Respuesta 6") numbers an answer of a questionnaire;
        // before a count in parentheses ("Comments (2)") it counts comments.
        [a, b] => {
            (count(a) && noun(b))
                || (noun(a) && b.starts_with('(') && count(b))
                || (announced && word(a) && noun(b))
        }
        _ => false,
    }
}

/// A heading naming the post it answers is this many words before the post's quoted title at
/// most ("One response to", "3 comentários em", "2 thoughts on").
const MAX_ANNOUNCING_WORDS: usize = 4;

/// The post's own headline stands among the first lines of the text: this many non-empty ones.
const HEADLINE_LINES: usize = 3;

/// The position (into `texts`) of a heading announcing the readers' replies to the post by its
/// own title ("One response to “Title”", "Una respuesta a «Título»"): a few words, then, in
/// quotation marks closing the line, one of the first lines of the text. A blog tool heads its
/// comments so in every language; the interview never quotes its own headline back whole.
fn announced_comments_start(texts: &[(usize, &str)]) -> Option<usize> {
    let late = |t: usize| t as f64 >= MIN_SHARE_BEFORE_BUTTONS * texts.len() as f64;
    let top: Vec<String> = texts
        .iter()
        .take(HEADLINE_LINES)
        .map(|(_, l)| letters(l))
        .collect();
    (1..texts.len().saturating_sub(1)).find(|&t| {
        late(t)
            && quoted_title(texts[t].1).is_some_and(|q| top.contains(&letters(q)))
            && !ends_with_question_mark(texts[t - 1].1)
    })
}

/// The phrase in quotation marks closing `line` after at most [`MAX_ANNOUNCING_WORDS`] words.
fn quoted_title(line: &str) -> Option<&str> {
    let close = line
        .chars()
        .last()
        .filter(|c| ['»', '”', '"'].contains(c))?;
    let open = match close {
        '»' => '«',
        '”' => '“',
        _ => '"',
    };
    let body = &line[..line.len() - close.len_utf8()];
    let at = body.rfind(open)?;
    let before = body[..at].split_whitespace().count();
    let quoted = &body[at + open.len_utf8()..];
    ((1..=MAX_ANNOUNCING_WORDS).contains(&before) && !quoted.trim().is_empty()).then_some(quoted)
}

/// The letters and digits of `text`, lowercased: a title compared whatever its marks.
fn letters(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Positions (into `texts`) of the one button line repeated under the comments, if any.
fn button_positions(texts: &[(usize, &str)]) -> Option<Vec<usize>> {
    let is_button = |line: &str| {
        let words = line.split_whitespace().count();
        (1..=MAX_BUTTON_WORDS).contains(&words)
            && line.chars().next().is_some_and(char::is_uppercase)
            && is_unpunctuated(line)
            && !line.chars().any(|c| c.is_ascii_digit())
    };
    // A button follows a comment; a line that stands under a question is an answer given
    // twice ("Sim." to two quick-fire questions), however button-like.
    let answers_a_question =
        |line: &str| (texts.windows(2)).any(|w| w[1].1 == line && ends_with_question_mark(w[0].1));
    let candidate = texts.iter().rev().map(|(_, l)| *l).find(|l| {
        is_button(l)
            && texts.iter().filter(|(_, t)| t == l).count() >= MIN_BUTTONS
            && !answers_a_question(l)
    })?;
    let positions: Vec<usize> = (0..texts.len())
        .filter(|&t| texts[t].1 == candidate)
        .collect();
    Some(positions)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(text: &str) -> Vec<(usize, &str)> {
        text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect()
    }

    #[test]
    fn comments_with_their_reply_buttons_start_after_the_last_answer() {
        let text = "¿Escribes de noche?\nSiempre, con café.\n¿Y los domingos?\nDescanso, o leo.\n\
                    ¡Qué bonita charla!\nResponderBorrar\nMe gustó mucho.\nResponderBorrar\nLía P.";
        assert_eq!(comments_start(&numbered(text)), Some(4));
        let spaced = "Why boats?\n\nMy father built them.\n\nAnd now?\n\nI build them too.\n\n\
                      Lovely read!\nReply\n\nMy uncle knew him.\nReply";
        assert_eq!(comments_start(&numbered(spaced)), Some(8));
        // Each comment's signature, text and date set apart: the blank lines part no comment.
        let apart =
            "Why boats?\n\nMy father built them.\n\n2 comments:\n\nAnn said...\n\nLovely.\n\n\
                     May 3, 2019\n\nReply\n\nTom said...\n\nGreat read.\n\nMay 4, 2019\n\nReply";
        assert_eq!(comments_start(&numbered(apart)), Some(4));
    }

    #[test]
    fn a_counted_comments_heading_starts_the_comments_without_buttons_or_signatures() {
        let text =
            "¿Cuándo empezaste?\nA los doce años.\n¿Vendes tus piezas?\nSolo en la feria.\n\n\
                    3 comentarios:\n\nQué bonita entrevista.\n\nYo la conocí en la feria.";
        assert_eq!(comments_start(&numbered(text)), Some(5));
        assert!(counts_comments("Comments (2)"));
        assert!(counts_comments("12 Responses"));
        // A figure answering a question is no heading; nor is a sentence with a count.
        let answer =
            "Why boats?\nMy father.\nHow many replies did you get?\n3 replies\nAnd now?\nI rest.";
        assert_eq!(comments_start(&numbered(answer)), None);
        assert!(!counts_comments("We read 3 comments a day."));
        // A questionnaire numbering its answers: "Respuesta 6" counts no comments.
        assert!(!counts_comments("Respuesta 6:"));
        assert!(!counts_comments("Resposta 12"));
        // The count spelled as a word, the colon announcing the box under it.
        assert!(counts_comments("Sin comentarios:"));
        assert!(!counts_comments("Sin comentarios"));
        let footer = "P: ¿Y el verano?\nR: En la sierra, con mis nietos!!!TQ\n\
                      Sin comentarios:\nPublicar un comentario";
        assert_eq!(comments_start(&numbered(footer)), Some(2));
    }

    #[test]
    fn a_heading_answering_the_post_by_its_title_starts_the_comments() {
        let text = "Hojalata\n\n¿Por qué latas?\nPorque nadie las quiere.\n¿Y ahora?\n\
                    Ahora vendo cajas.\nDos respuestas a «Hojalata»\nQué buena idea, Rosa.\n\
                    Yo tengo una caja suya.";
        assert_eq!(comments_start(&numbered(text)), Some(6));
        // A line quoting something else, or quoting the title under a question, is an answer.
        let other = text.replace("a «Hojalata»", "a «Latas viejas»");
        assert_eq!(comments_start(&numbered(&other)), None);
        let asked = text.replace("Ahora vendo cajas.", "¿Qué te dicen?");
        assert_eq!(comments_start(&numbered(&asked)), None);
    }

    #[test]
    fn the_same_short_answer_to_two_closing_questions_is_no_button() {
        let text = "Why boats?\nMy father built them.\nAnd now?\nI build them too.\n\
                    Sea or river?\nRiver\nMorning or night?\nMorning\nCoffee?\nRiver\n\
                    Tea?\nMorning";
        assert_eq!(comments_start(&numbered(text)), None);
    }

    #[test]
    fn signed_comments_under_their_count_start_after_the_last_answer() {
        let text = "Why boats?\n\nMy father built them.\n\nAnd now?\n\nI build them too.\n\n\
                    Where?\n\nBy the river.\n\nWhen?\n\nAt dawn.\n\n2 Responses\n\nAnn Lee says:\nMay 3, 2019 at 7:05 pm\nLovely read.\n\n\
                    Tom dijo...\n4 de mayo de 2019, 8:00\nMy uncle knew him.";
        assert_eq!(comments_start(&numbered(text)), Some(16));
        // A short answer with a figure under its question is no heading.
        let answer =
            "Why boats?\n\nMy father.\n\nWhere?\n\nBy the river.\n\nSince when?\n\nSince 1990\n\n\
                      Ann says:\nMay 3, 2019\nLovely.\n\nTom says:\nMay 4, 2019\nGreat.";
        assert_eq!(comments_start(&numbered(answer)), Some(12));
    }

    #[test]
    fn speaker_lines_repeated_from_the_top_are_no_buttons() {
        let text = "ANA\nWhy boats?\nTOM\nMy father.\nANA\nAnd now?\nTOM\nI build them.\n\
                    ANA\nThanks.\nTOM\nBye.";
        assert_eq!(comments_start(&numbered(text)), None);
        // One closing line said once is no section.
        let once = "Why?\nBecause.\nHow?\nSlowly.\nNice one\nReply";
        assert_eq!(comments_start(&numbered(once)), None);
    }

    #[test]
    fn a_button_right_under_a_question_leaves_the_answer_above_it() {
        let text =
            "Why?\nBecause.\nWhy not?\nNo reason.\nAnd then?\nThen rest.\nReply\nGreat.\nReply";
        assert_eq!(comments_start(&numbered(text)), Some(6));
    }
}
