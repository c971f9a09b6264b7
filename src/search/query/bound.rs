//! How much of a question the engine reads: a question is a sentence or two, but any text can
//! be sent as one (Telegram caps a message at 4,096 characters, and the `ask` command and
//! inline queries take any length), and every step of a search reads the question again.

/// Questions longer than this are read up to it, ending at the last whole word before it.
/// Every step of a search reads the question anew — its analysis in each language of the
/// corpus, the rules for names, facts, figures and views, the refusal rules — so a pasted text
/// of 22,800 characters took 19 s in a debug build; 1,000 bytes hold some 150 words, five
/// times the longest labeled question, and the plan keeps at most 32 concepts of them anyway.
pub const MAX_QUESTION_BYTES: usize = 1_000;

/// The part of `question` the engine reads: all of it up to [`MAX_QUESTION_BYTES`], else its
/// words up to that length (cut inside a word only when the text has no space before it).
pub fn bounded(question: &str) -> &str {
    if question.len() <= MAX_QUESTION_BYTES {
        return question;
    }
    let mut end = MAX_QUESTION_BYTES;
    while !question.is_char_boundary(end) {
        end -= 1;
    }
    let cut_in_a_word = question[end..]
        .chars()
        .next()
        .is_some_and(|c| !c.is_whitespace());
    match question[..end].rfind(char::is_whitespace) {
        Some(space) if cut_in_a_word => &question[..space],
        _ => &question[..end],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_within_the_bound_is_read_whole() {
        let question = "How did the cooperative pay for the water tanks?";
        assert_eq!(bounded(question), question);
        let exact = "a".repeat(MAX_QUESTION_BYTES);
        assert_eq!(bounded(&exact), exact);
    }

    #[test]
    fn a_longer_text_is_read_up_to_its_last_whole_word_within_the_bound() {
        let text = "palavra ".repeat(MAX_QUESTION_BYTES);
        let read = bounded(&text);
        assert!(read.len() <= MAX_QUESTION_BYTES);
        assert!(read.len() > MAX_QUESTION_BYTES - "palavra ".len());
        assert!(read.split_whitespace().all(|word| word == "palavra"));
    }

    #[test]
    fn a_text_without_spaces_is_cut_on_a_character_boundary() {
        let text = "ção".repeat(MAX_QUESTION_BYTES);
        let read = bounded(&text);
        assert!(read.len() <= MAX_QUESTION_BYTES && read.len() > MAX_QUESTION_BYTES - 4);
        assert!(text.starts_with(read));
    }
}

#[cfg(test)]
mod work {
    use super::*;
    use crate::search::analyzer::words_analysed;
    use crate::search::testing::archive_engine;

    /// Words analysed while searching and explaining `question` on the test archive.
    fn work_of(question: &str) -> usize {
        let engine = archive_engine();
        let before = words_analysed();
        engine.search(question, 3);
        engine.explain(question, 3);
        words_analysed() - before
    }

    #[test]
    fn a_pasted_text_costs_no_more_than_the_question_its_bound_reads() {
        let paragraph = "The harbour committee met again on Tuesday to decide who pays \
            for the new breakwater, and the fishermen asked why the council keeps delaying \
            the repairs after every storm season. ";
        let pasted = paragraph.repeat(150);
        assert!(pasted.len() > 20 * MAX_QUESTION_BYTES);
        let read = bounded(&pasted);
        // Once first, for what the engine prepares at its first search.
        work_of(read);
        assert_eq!(work_of(&pasted), work_of(read));
    }
}
