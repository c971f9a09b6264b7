//! Spanish opens every question with `¿`. An interviewer often sets the facts down before
//! asking ("Muchas huertas ocupan terrenos municipales y varias recibieron avisos este año.
//! ¿Qué harán si llegan las máquinas?"), so the prompt runs longer than the file's other
//! prompts; the opening mark still says the paragraph ends by asking. An answer that closes on
//! a question of its own speaks of its speaker first, or runs over more sentences.

use super::address::speaks_of_own_side;
use super::cues::{ends_with_question_mark, sentence_pieces, words};

/// The lead-in before the question is this many sentences at most: an interviewer sets up a
/// question with a fact or two, while an answer paragraph closing on a rhetorical question
/// has made its case over more sentences.
const MAX_LEAD_IN_SENTENCES: usize = 2;

/// Where a lead-in's sentences end: a clause closed by a semicolon or an ellipsis counts as
/// one, since an interviewer's facts are often strung together so.
const LEAD_IN_ENDS: [char; 5] = ['.', '!', '?', '…', ';'];

/// Where the sentences of a run of questions end: an ellipsis closes a question left hanging.
const QUESTION_RUN_ENDS: [char; 4] = ['.', '!', '?', '…'];

/// The question itself has this many words at least: a tag ("¿no?", "¿verdad?", "¿sabes?")
/// closing an answer asks nothing.
const MIN_QUESTION_WORDS: usize = 3;

/// The paragraph ends on one or more questions opened by `¿` after a lead-in of at most
/// [`MAX_LEAD_IN_SENTENCES`] sentences in which the speaker does not speak of themselves.
pub fn closes_on_opened_question(text: &str) -> bool {
    let text = text.trim();
    let Some((lead_in, question)) = split_at_question(text) else {
        return false;
    };
    let lead_in_sentences = sentence_pieces(lead_in, &LEAD_IN_ENDS).count();
    ends_with_question_mark(question)
        && words(question) >= MIN_QUESTION_WORDS
        && lead_in_sentences <= MAX_LEAD_IN_SENTENCES
        && !speaks_of_own(lead_in)
        && !speaks_of_own(question)
}

/// The first person of the speaker or their side ([`speaks_of_own_side`]), with Spanish "nos"
/// ("nos subieron el alquiler"): the opening `¿` says the text is Spanish, where it is only
/// the pronoun.
fn speaks_of_own(text: &str) -> bool {
    speaks_of_own_side(text)
        || text
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.eq_ignore_ascii_case("nos"))
}

/// The text before the run of `¿…?` questions closing `text`, and that run: cut at the first
/// `¿` opening a sentence or a clause (at the start, after a finished sentence, or after a
/// comma: "Pero, empezando por el puerto, ¿cuándo cerró?") from which on every sentence asks.
fn split_at_question(text: &str) -> Option<(&str, &str)> {
    let opens_sentence = |i: usize| {
        let before = text[..i].trim_end();
        before.is_empty() || before.ends_with(['.', '!', '?', '…', ':', ';', ',', '"', '”', '»'])
    };
    text.char_indices()
        .filter(|&(i, c)| c == '¿' && opens_sentence(i))
        .map(|(i, _)| (&text[..i], &text[i..]))
        .find(|(_, run)| every_sentence_asks(run))
}

/// Every sentence of `run` ends with `?` (a sentence may hold a `¿` clause mid-way).
fn every_sentence_asks(run: &str) -> bool {
    sentence_pieces(run, &QUESTION_RUN_ENDS).all(ends_with_question_mark)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_then_an_opened_question_asks() {
        assert!(closes_on_opened_question(
            "Los astilleros del puerto cerraron uno tras otro durante la última década y los \
             jóvenes se fueron a la capital. ¿Quién va a reparar los barcos cuando usted se \
             retire?"
        ));
        assert!(closes_on_opened_question(
            "¿Cómo se organiza la cooperativa? ¿Quién decide los precios?"
        ));
        // The question opens a clause after a comma.
        assert!(closes_on_opened_question(
            "Muchos creen que la sequía es de este año. Pero, empezando por el principio, \
             ¿cuándo empezó a bajar el río?"
        ));
    }

    #[test]
    fn an_answer_closing_on_its_own_question_does_not() {
        // The speaker speaks of themselves.
        assert!(!closes_on_opened_question(
            "Yo había trabajado allí veinte años. ¿Cómo iba a irme sin despedirme de nadie?"
        ));
        // The speaker speaks of their own side, with a possessive or in the plural.
        assert!(!closes_on_opened_question(
            "El banco cerró la sucursal del pueblo. ¿Dónde cobran ahora mis vecinos la pensión?"
        ));
        assert!(!closes_on_opened_question(
            "Nos cortaron el agua en agosto. ¿Quién riega un huerto con cubos?"
        ));
        assert!(!closes_on_opened_question(
            "Nuestra cooperativa vendía poco. ¿Quién compra peras caras en invierno?"
        ));
        // A tag.
        assert!(!closes_on_opened_question("Fue un año muy duro, ¿no?"));
        // Too many sentences before it.
        assert!(!closes_on_opened_question(
            "Llovió todo el mes. El río creció. La escuela cerró. ¿Quién lo hubiera dicho?"
        ));
        // A question mid-paragraph, then a statement.
        assert!(!closes_on_opened_question(
            "¿Por qué lo hicimos? Porque nadie más quería hacerlo."
        ));
        assert!(!closes_on_opened_question(
            "Where did it start? In the port."
        ));
    }
}
