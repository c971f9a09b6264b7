//! Sentences broken across paragraphs: a page break or a hard wrap leaves a sentence's end on
//! the next line ("¿Quién" / "se lo enseñó?"), to be read as one paragraph again.

use super::cues::DIALOGUE_DASHES;
use super::hard_wrap::{fills_cut_line, opens_unclosed_question, wrap_width};
use super::labels::split_label;
use super::marked_list::is_bulleted;
use super::reading::Para;

/// Joins a paragraph that stops in the middle of a sentence (no closing punctuation) with the
/// next one when that one goes on in lowercase: "¿Quién" / "se lo enseñó?" is one question
/// broken by a page break. In a file hard-wrapped throughout, a first line cut after a word or
/// a few goes on before a capital too ("The Regional" / "Water Board…"). The first
/// paragraph (the title) is joined only when it runs longer than any headline: a body whose
/// title is in the front matter opens on the introduction.
pub fn join_broken_sentences(paras: &mut Vec<Para>) {
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    // Once a sentence ran over two lines, the file is hard-wrapped: a word alone may end a line.
    let mut wrapped = false;
    let wrapped_file = paras
        .windows(2)
        .filter(|pair| is_broken(&pair[0].text, &pair[1].text, false))
        .count()
        >= MIN_WRAPPED_BREAKS;
    let width = wrapped_file.then(|| cut_line_width(paras)).flatten();
    // The length of the last line read, for a line cut by the wrap width.
    let mut last_line = 0;
    for para in paras.drain(..) {
        let not_title = out.len() > 1
            || out
                .first()
                .is_some_and(|p| is_prose(&p.text) || opens_unclosed_question(&p.text));
        let runs_on = |open: &Para| {
            wrapped_file
                && (opens_sentence(&open.text, &para.text)
                    || (fills_cut_line(last_line, &open.text, &para.text, width)
                        && !open.text.starts_with(['#', '*', '>', '|'])
                        && split_label(&para.text).is_none()))
        };
        let line = para.text.chars().count();
        match out.last_mut() {
            Some(open)
                if not_title
                    && (is_broken(&open.text, &para.text, wrapped || wrapped_file)
                        || runs_on(open)) =>
            {
                wrapped |= open.text.contains(char::is_whitespace);
                open.text.push(' ');
                open.text.push_str(&para.text);
            }
            _ => out.push(para),
        }
        last_line = line;
    }
    *paras = out;
}

/// How wide a hard-wrapped file's lines run: measured on the paragraphs whose sentence the
/// next one goes on in lowercase, each a line the wrap cut.
fn cut_line_width(paras: &[Para]) -> Option<usize> {
    let cut = (paras.windows(2))
        .filter(|pair| is_broken(&pair[0].text, &pair[1].text, false))
        .map(|pair| pair[0].text.chars().count())
        .collect();
    wrap_width(cut)
}

/// A first paragraph longer than this is the body's prose, never a title line: when the title
/// comes from front matter the body opens on prose, which a hard wrap may cut like any other
/// paragraph. Set well above the longest headlines (a dozen words) and their standfirsts.
const MAX_TITLE_PARAGRAPH_WORDS: usize = 40;

/// Longer than any headline or standfirst (see [`MAX_TITLE_PARAGRAPH_WORDS`]).
fn is_prose(text: &str) -> bool {
    text.split_whitespace().count() > MAX_TITLE_PARAGRAPH_WORDS
}

/// A file whose sentences run on in lowercase over this many line breaks is hard-wrapped
/// throughout.
const MIN_WRAPPED_BREAKS: usize = 3;

/// A paragraph's first line cut after a word or a few ("These", "The Regional"), as
/// text copied from a PDF leaves it, is this short at most.
const MAX_CUT_OPENING_WORDS: usize = 3;

/// In a hard-wrapped file, `text` is a sentence's first words, capitalised and stopping on a
/// lowercase letter without any mark ("The Regional" / "Water Board…"):
/// the sentence goes on into `next`, whatever its first letter.
fn opens_sentence(text: &str, next: &str) -> bool {
    let text = text.trim();
    let stops = text.chars().last().is_some_and(char::is_lowercase);
    let capital = text.chars().next().is_some_and(char::is_uppercase);
    let opens = next.chars().next().is_some_and(char::is_uppercase);
    // Words only: a name over an e-mail address or a number is a contact or a date line.
    let words = text.chars().all(|c| c.is_alphabetic() || c.is_whitespace());
    let short = words && text.split_whitespace().count() <= MAX_CUT_OPENING_WORDS;
    stops && capital && opens && short && split_label(next).is_none()
}

/// `text` stops mid-sentence and `next` continues it in lowercase; neither is markup. A word
/// alone stops mid-sentence only in a `wrapped` file ("Everyone" / "can write.").
fn is_broken(text: &str, next: &str, wrapped: bool) -> bool {
    // A list item's bullet ("* the stores: how much…") opens text, not markup.
    let markup = |t: &str| {
        !is_bulleted(t) && t.starts_with(['#', '*', '_', '>', '|', '[', '!', '-', '+', '<'])
    };
    let continues = next.chars().next().is_some_and(char::is_lowercase);
    // In a wrapped file a clause mark ends a line as often as a word ("lo que dije antes:" /
    // "escribo desde siempre.").
    let stops = text
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == ',' || (wrapped && (c == ':' || c == ';')));
    continues
        && stops
        && !markup(text.trim_start_matches(DIALOGUE_DASHES))
        && !markup(next)
        && (wrapped || text.split_whitespace().count() > 1)
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn texts(paras: &[Para]) -> Vec<&str> {
        paras.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn a_sentence_broken_by_a_blank_line_is_joined() {
        let mut body = paras(&[
            "Title",
            "¿Cuándo aprendió? ¿Quién",
            "se lo enseñó?",
            "—Mi tío.",
            "## Section",
            "lowercase start.",
        ]);
        join_broken_sentences(&mut body);
        assert_eq!(
            texts(&body),
            [
                "Title",
                "¿Cuándo aprendió? ¿Quién se lo enseñó?",
                "—Mi tío.",
                "## Section",
                "lowercase start."
            ]
        );
    }

    #[test]
    fn a_first_paragraph_longer_than_a_headline_goes_on_after_its_line_break() {
        let intro = format!(
            "{} in the town hall",
            "The harbour master spoke for an hour. ".repeat(7)
        );
        let mut body = paras(&[&intro, "on the morning of the storm.", "Why stay?"]);
        join_broken_sentences(&mut body);
        assert_eq!(body.len(), 2);
        assert!(body[0]
            .text
            .ends_with("town hall on the morning of the storm."));
        let mut title = paras(&[
            "Ten objects from the harbour",
            "by the keeper of the light",
            "Why stay?",
        ]);
        join_broken_sentences(&mut title);
        assert_eq!(title.len(), 3);
    }

    #[test]
    fn a_list_item_goes_on_after_its_line_break() {
        let mut body = paras(&[
            "Title",
            "* The stores: how much honey the colony has put away, since a",
            "rooftop colony can starve in a wet June.",
            "* The temper of the bees.",
        ]);
        join_broken_sentences(&mut body);
        assert_eq!(
            texts(&body),
            [
                "Title",
                "* The stores: how much honey the colony has put away, since a rooftop colony \
                 can starve in a wet June.",
                "* The temper of the bees."
            ]
        );
    }

    #[test]
    fn a_word_alone_on_its_line_goes_on_in_a_hard_wrapped_file() {
        let lines = [
            "Title",
            "Intro.",
            "When did you",
            "start?",
            "Everyone",
            "can write.",
        ];
        let mut body = paras(&lines);
        join_broken_sentences(&mut body);
        assert_eq!(
            texts(&body),
            [
                "Title",
                "Intro.",
                "When did you start?",
                "Everyone can write."
            ]
        );
        let mut unwrapped = paras(&["Title", "Intro.", "Everyone", "can write."]);
        join_broken_sentences(&mut unwrapped);
        assert_eq!(unwrapped.len(), 4);
    }

    #[test]
    fn a_cut_first_line_goes_on_before_a_capital_in_a_hard_wrapped_file() {
        let lines = [
            "Title",
            "Lisbon, Portugal",
            "These",
            "are the notes of a long",
            "talk about the harbour and",
            "its boats.",
            "The Harbour",
            "Authority was set up in 1910 and",
            "still runs the port.",
            "Ana Lima ana@example.org",
            "Ask her anything.",
        ];
        let mut body = paras(&lines);
        join_broken_sentences(&mut body);
        assert_eq!(
            texts(&body),
            [
                "Title",
                "Lisbon, Portugal",
                "These are the notes of a long talk about the harbour and its boats.",
                "The Harbour Authority was set up in 1910 and still runs the port.",
                "Ana Lima ana@example.org",
                "Ask her anything."
            ]
        );
    }

    #[test]
    fn a_hard_wrapped_page_joins_a_cut_question_a_colon_and_a_name_cut_in_two() {
        let lines = [
            "¿Cuándo empezaste",
            "a pintar?",
            "De niña, en la cocina de mi abuela, que tenía un cuaderno de",
            "acuarelas y me dejaba usarlo los domingos; lo dije muchas veces:",
            "pinto desde que tengo memoria. Y mis maestros fueron Lucía Ferrán y Tomás",
            "Albéniz Roca, en un taller del barrio que ya no existe.",
            "¿Qué pintas",
            "ahora?",
            "Paisajes.",
        ];
        let mut body = paras(&lines);
        join_broken_sentences(&mut body);
        assert_eq!(
            texts(&body),
            [
                "¿Cuándo empezaste a pintar?",
                "De niña, en la cocina de mi abuela, que tenía un cuaderno de acuarelas y me \
                 dejaba usarlo los domingos; lo dije muchas veces: pinto desde que tengo \
                 memoria. Y mis maestros fueron Lucía Ferrán y Tomás Albéniz Roca, en un taller \
                 del barrio que ya no existe.",
                "¿Qué pintas ahora?",
                "Paisajes."
            ]
        );
    }
}
