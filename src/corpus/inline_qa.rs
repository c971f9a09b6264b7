//! Questions run into their answers: a page that printed each question in bold before its
//! answer, copied as plain text, leaves both in one paragraph (`O disco tem muito samba. O show
//! vai por esse caminho? Vai sim, do começo ao fim.`). When the file's paragraphs open that way
//! again and again and hardly any paragraph is a question of its own, each is cut after its
//! question: the paragraph up to its first run of sentences ending with `?`, then the rest.
//! A questionnaire numbering its lines (`1.¿A qué hora…? A las dos.`) is read the same way:
//! the list number before the question is no part of the sentence that opens the paragraph.

use super::cues::{ends_with_question_mark, words};
use super::labels::split_label;
use super::markup::{question_number, strip_question_number};
use super::reading::Para;

/// The layout is a habit of the page: this many paragraphs hold a question and its answer.
const MIN_INLINE_TURNS: usize = 3;

/// A page cut short (an excerpt, a teaser) may keep fewer turns: this many paragraphs in a row
/// holding a question and its answer are the habit too, when no paragraph of the file is a
/// question on its own (the file has no other way to ask). Two in a row, not one: a single
/// paragraph opening with a question is as likely an essay's rhetorical opening.
const MIN_INLINE_RUN: usize = 2;

/// A question run into its answer is a prompt: at most this many words.
const MAX_INLINE_QUESTION_WORDS: usize = 60;

/// A numbered prompt that asks nothing ("5. Three words for today. Calm, busy, hopeful.") is a
/// short sentence: at most this many words before its answer.
const MAX_STATEMENT_PROMPT_WORDS: usize = 20;

/// An answer run after its question says something: a bare "Yes." after a `?` is more likely a
/// speaker answering their own question inside an answer.
const MIN_INLINE_ANSWER_WORDS: usize = 3;

/// Cuts every paragraph holding a question and its answer in two, when the file writes
/// [`MIN_INLINE_TURNS`] such paragraphs or more and more of them than paragraphs that are a
/// question on their own (a file setting its prompts apart keeps an answer's rhetorical `?`),
/// or, with no question paragraph at all, [`MIN_INLINE_RUN`] of them in a row.
pub fn split_inline_questions(paras: &mut Vec<Para>) {
    let cuts: Vec<Option<usize>> = paras.iter().map(|p| inline_question(&p.text)).collect();
    let inline = cuts.iter().flatten().count();
    let standalone = paras
        .iter()
        .filter(|p| ends_with_question_mark(&p.text))
        .count();
    let habit = if standalone == 0 {
        inline >= MIN_INLINE_TURNS || longest_run(&cuts) >= MIN_INLINE_RUN
    } else {
        inline >= MIN_INLINE_TURNS && inline > standalone
    };
    if !habit {
        return;
    }
    // A questionnaire numbering the lines it cuts numbers its prompts: a numbered line asking
    // nothing is a statement prompt run into its answer, cut after its first sentence.
    let numbered = paras
        .iter()
        .zip(&cuts)
        .filter(|(p, cut)| cut.is_some() && question_number(&p.text).is_some())
        .count();
    let cuts: Vec<Option<usize>> = paras
        .iter()
        .zip(cuts)
        .map(|(p, cut)| {
            cut.or_else(|| {
                (numbered >= MIN_INLINE_TURNS)
                    .then(|| numbered_statement(&p.text))
                    .flatten()
            })
        })
        .collect();
    let mut out = Vec::with_capacity(paras.len() + inline);
    for (para, cut) in paras.drain(..).zip(cuts) {
        match cut {
            Some(at) => {
                out.push(Para {
                    text: para.text[..at].trim_end().to_string(),
                    ..para.clone()
                });
                out.push(Para {
                    text: para.text[at..].trim_start().to_string(),
                    ..para
                });
            }
            None => out.push(para),
        }
    }
    *paras = out;
}

/// The most paragraphs in a row that hold a question and its answer.
fn longest_run(cuts: &[Option<usize>]) -> usize {
    let (mut best, mut run) = (0, 0);
    for cut in cuts {
        run = if cut.is_some() { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

/// Where the answer starts in a paragraph that opens with a question and goes on with a longer
/// answer that does not end asking (a paragraph opened by a speaker label is a turn of its
/// own): after the first run of sentences ending with `?`. A list number before the question
/// ("1.", "2-", "3)") is looked past, and stays with the question.
fn inline_question(numbered: &str) -> Option<usize> {
    let text = strip_question_number(numbered);
    let offset = numbered.len() - text.len();
    let opens = text.starts_with(|c: char| c.is_uppercase() || "¿¡‘“\"'«".contains(c));
    if !opens || split_label(text).is_some() {
        return None;
    }
    let mut end = None;
    for (i, c) in text.char_indices() {
        let next = i + c.len_utf8();
        if !matches!(c, '.' | '!' | '?' | '…') || !sentence_follows(&text[next..]) {
            continue;
        }
        if c == '?' {
            end = Some(next);
        } else if end.is_some() {
            break;
        }
    }
    let end = end?;
    let (question, answer) = (&text[..end], &text[end..]);
    let fits =
        words(question) <= MAX_INLINE_QUESTION_WORDS && words(answer) >= MIN_INLINE_ANSWER_WORDS;
    (fits && !ends_with_question_mark(answer)).then_some(offset + end)
}

/// Where the answer starts in a numbered line that asks nothing: after its first sentence,
/// when that sentence is short and the answer after it says something.
fn numbered_statement(numbered: &str) -> Option<usize> {
    question_number(numbered)?;
    if numbered.contains('?') {
        return None;
    }
    let text = strip_question_number(numbered);
    let offset = numbered.len() - text.len();
    let end = text
        .char_indices()
        .find(|&(i, c)| c == '.' && sentence_follows(&text[i + 1..]))
        .map(|(i, _)| i + 1)?;
    let fits = words(&text[..end]) <= MAX_STATEMENT_PROMPT_WORDS
        && words(&text[end..]) >= MIN_INLINE_ANSWER_WORDS;
    fits.then_some(offset + end)
}

/// A new sentence starts after the mark: a space, then a capital (or an opening mark).
fn sentence_follows(rest: &str) -> bool {
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    trimmed.len() < rest.len()
        && trimmed
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || "¿¡‘“\"«".contains(c))
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn a_question_is_cut_from_the_answer_run_into_it() {
        let text = "The record is mostly samba. Is the show the same? It is, from start to end.";
        let at = inline_question(text).expect("a cut");
        assert_eq!(
            &text[..at],
            "The record is mostly samba. Is the show the same?"
        );
        let short = "Is the show samba? It is, all of it.";
        assert_eq!(
            &short[..inline_question(short).unwrap()],
            "Is the show samba?"
        );
        // Two questions in a row stay together.
        let two = "Why wool? And why now? Because sheep are cheap here and the mill reopened.";
        assert_eq!(
            &two[..inline_question(two).unwrap()],
            "Why wool? And why now?"
        );
        // An answer that ends asking, or a question longer than what follows, is no cut.
        assert_eq!(inline_question("Why? Who knows, who can tell me?"), None);
        assert_eq!(
            inline_question("Is it the same show as last year? Yes."),
            None
        );
        assert_eq!(inline_question("No question here. Only words."), None);
    }

    #[test]
    fn the_habit_of_the_page_cuts_every_such_paragraph() {
        let texts = [
            "Ana Prates on her new record",
            "The singer talks about the tour.",
            "Is the show samba too? Yes, the whole show is samba from the first song.",
            "How did you choose the songs? I asked the director for hits and a few new ones.",
            "Will it be recorded? We do not know where or when, but it will be recorded.",
        ];
        let mut body = paras(&texts);
        split_inline_questions(&mut body);
        let cut: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(cut.len(), 8);
        assert_eq!(cut[2], "Is the show samba too?");
        assert_eq!(cut[3], "Yes, the whole show is samba from the first song.");
        assert_eq!(body[3].line, 5);
    }

    #[test]
    fn a_numbered_questionnaire_is_cut_after_each_question() {
        let texts = [
            "Pilar Onda: twenty questions",
            "1.¿A qué hora se levantó? A las siete en punto.",
            "2. ¿Qué desayunó? Pan con tomate y un café solo.",
            "3-¿Su libro favorito? Uno de viajes por el norte.",
            "4.Un color para el verano. Verde, como el mar de casa.",
        ];
        // Unnumbered, a line asking nothing is no prompt of the list.
        assert_eq!(
            numbered_statement("Un color para el verano. Verde, claro."),
            None
        );
        let mut body = paras(&texts);
        split_inline_questions(&mut body);
        let cut: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            cut,
            [
                texts[0],
                "1.¿A qué hora se levantó?",
                "A las siete en punto.",
                "2. ¿Qué desayunó?",
                "Pan con tomate y un café solo.",
                "3-¿Su libro favorito?",
                "Uno de viajes por el norte.",
                "4.Un color para el verano.",
                "Verde, como el mar de casa.",
            ]
        );
    }

    #[test]
    fn two_such_paragraphs_in_a_row_are_the_habit_of_a_page_cut_short() {
        let texts = [
            "Bo Lund, glass blower",
            "We met him at the furnace on a cold morning.",
            "Where were you before the furnace? At school, learning to weld pipes for ships.",
            "And what do you do first each day? I light the kiln and wait for it to warm up.",
        ];
        let mut body = paras(&texts);
        split_inline_questions(&mut body);
        assert_eq!(body.len(), 6);
        assert_eq!(body[4].text, "And what do you do first each day?");
        // Apart, two such paragraphs are an essay asking rhetorically.
        let apart = [texts[0], texts[2], texts[1], texts[3]];
        let mut body = paras(&apart);
        split_inline_questions(&mut body);
        assert_eq!(body.len(), 4);
        // With a question set apart elsewhere, two are not enough either.
        let mut asked = texts.to_vec();
        asked.push("Why glass?");
        asked.push("It holds the light like nothing else does.");
        let mut body = paras(&asked);
        split_inline_questions(&mut body);
        assert_eq!(body.len(), asked.len());
    }

    #[test]
    fn answers_asking_rhetorically_under_their_own_questions_stay_whole() {
        let texts = [
            "Why glass?",
            "Why not? It is the oldest trick we have and it still works.",
            "And the kiln?",
            "Hot? Yes. It runs at twelve hundred degrees all day long, every day.",
            "Who taught you?",
            "My uncle? No. My aunt taught me, with a lot of patience.",
        ];
        let mut body = paras(&texts);
        split_inline_questions(&mut body);
        assert_eq!(body.len(), texts.len());
    }
}
