//! A question followed on its line by an answer in quotation marks (`¿Duerme bien? “Casi
//! nunca, la verdad”.`): pages that print each answer as a quotation sometimes lose the line
//! break after one question, and the paragraph then reads as an answer of its own. The
//! quotation opening right after the `?` and closing at the paragraph's end is the break: the
//! question is cut from its quoted answer, whatever the other paragraphs of the file do.

use super::cues::{ends_with_question_mark, words};
use super::labels::split_label;
use super::quoted::{closes_quotation, opens_quotation, quoted_phrases};
use super::reading::Para;

/// A question before its answer is a prompt: at most this many words (longer, the `?` is more
/// likely a sentence inside an answer).
const MAX_QUESTION_WORDS: usize = 60;

/// The quoted answer says something: a quoted word or two after a `?` is more likely a title
/// or a phrase the question goes on about.
const MIN_ANSWER_WORDS: usize = 3;

/// Cuts each paragraph that opens with a question and goes on with an answer wholly in
/// quotation marks, unless the paragraph before it asks (then the paragraph is the answer,
/// opening by repeating the question).
pub fn split_quoted_replies(paras: &mut Vec<Para>) {
    let mut i = 1;
    while i < paras.len() {
        let asked = ends_with_question_mark(&paras[i - 1].text);
        match quoted_reply(&paras[i].text).filter(|_| !asked) {
            Some(at) => {
                let para = paras[i].clone();
                paras[i].text = para.text[..at].trim_end().to_string();
                paras.insert(
                    i + 1,
                    Para {
                        text: para.text[at..].trim_start().to_string(),
                        ..para
                    },
                );
                i += 2;
            }
            None => i += 1,
        }
    }
}

/// Where the quoted answer starts: after the first `?` followed by an opening quotation mark,
/// when the paragraph opens like a sentence (a capital, `¿` or `¡`), carries no speaker label,
/// and the rest is one quotation closing at the paragraph's end (a final period aside).
fn quoted_reply(text: &str) -> Option<usize> {
    let opens = text.starts_with(|c: char| c.is_uppercase() || "¿¡".contains(c));
    if !opens || split_label(text).is_some() {
        return None;
    }
    let end = text.match_indices('?').map(|(i, _)| i + 1).find(|&end| {
        let rest = &text[end..];
        rest.starts_with([' ', '\u{a0}']) && opens_quotation(rest)
    })?;
    let (question, answer) = (&text[..end], text[end..].trim());
    let closed = answer.strip_suffix('.').unwrap_or(answer);
    let one_quote = closes_quotation(closed) && quoted_phrases(answer).len() == 1;
    let fits = words(question) <= MAX_QUESTION_WORDS && words(answer) >= MIN_ANSWER_WORDS;
    (one_quote && fits).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn a_question_is_cut_from_the_quoted_answer_on_its_line() {
        let texts = [
            "Lucas Ferrán vuelve a los escenarios",
            "¿Qué cena antes de tocar?",
            "“Casi nada, una sopa y pan”.",
            "¿Duerme bien después de un concierto? “Me cuesta, la cabeza sigue cantando”.",
            "Su disco favorito...",
            "“El primero que me regaló mi abuela”.",
        ];
        let mut body = paras(&texts);
        split_quoted_replies(&mut body);
        let cut: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(cut.len(), texts.len() + 1);
        assert_eq!(cut[3], "¿Duerme bien después de un concierto?");
        assert_eq!(cut[4], "“Me cuesta, la cabeza sigue cantando”.");
        assert_eq!(body[4].line, body[3].line);
    }

    #[test]
    fn quoted_speech_that_is_not_a_whole_answer_stays() {
        for text in [
            // The quotation is attributed: reported speech in an article.
            "Why the mill? \"Because it was cheap,\" she says, and laughs.",
            // Two quotations with words between them.
            "¿Y el final? “Triste”, dice. “Pero justo”.",
            // A quoted title, not an answer.
            "¿Conoce “Luna”?",
            // The paragraph does not open like a sentence.
            "y luego? “No sé qué decir de eso”.",
        ] {
            assert_eq!(quoted_reply(text), None, "{text}");
        }
        // An answer repeating the question it answers stays whole.
        let texts = [
            "Nina Vos, potter",
            "Do you sleep well?",
            "Do I sleep well? \"Like a stone, every night of the week.\"",
        ];
        let mut body = paras(&texts);
        split_quoted_replies(&mut body);
        assert_eq!(body.len(), texts.len());
    }
}
