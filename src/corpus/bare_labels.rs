//! Role letters set without a colon or a period, as some newspapers print them (`P ¿A qué
//! hora…?` / `R Depende.`, `Q How…?` / `A Slowly.`): a capital letter and a space before the
//! words. One such letter could open any sentence ("A Tuesday…"), so they count only by the
//! file's statistics: a question letter and an answer letter each open two paragraphs or more,
//! and they take turns. Such paragraphs are then given the colon the labels lack (`P: ¿A qué…`),
//! so the labelled layouts read them; the label is removed from the quote as any label is.

use super::labels::{opens_speech, ANSWER_LABELS, QUESTION_LABELS};
use super::reading::Para;
use super::spaced_labels::colon_spaced_labels;

/// Each of the two letters opens at least this many paragraphs: one is a coincidence.
const MIN_LETTER_USES: usize = 2;

/// Share of the lettered paragraphs that follow one of the other letter (a question then its
/// answer): a file labelled this way alternates, while capital letters opening sentences
/// fall anywhere.
const MIN_ALTERNATION: f64 = 0.75;

/// Gives a colon to the bare role letters of a file that uses them (see the module doc), and
/// to the labels set off by a gap or a dash instead of a colon (see [`colon_spaced_labels`]).
pub fn colon_bare_labels(paras: &mut [Para]) {
    colon_spaced_labels(paras);
    let letters: Vec<Option<char>> = paras.iter().map(|p| bare_letter(&p.text)).collect();
    let Some((ask, answer)) = role_pair(&letters) else {
        return;
    };
    let seq: Vec<char> = letters
        .iter()
        .flatten()
        .copied()
        .filter(|&c| c == ask || c == answer)
        .collect();
    let alternating = seq.windows(2).filter(|w| w[0] != w[1]).count();
    if seq.len() < 2 || (alternating as f64) < MIN_ALTERNATION * (seq.len() - 1) as f64 {
        return;
    }
    for (para, letter) in paras.iter_mut().zip(letters) {
        if let Some(letter) = letter.filter(|&c| c == ask || c == answer) {
            let body = para.text[letter.len_utf8()..].trim_start();
            para.text = format!("{letter}: {body}");
        }
    }
}

/// The question and answer letters the file opens paragraphs with, each often enough.
fn role_pair(letters: &[Option<char>]) -> Option<(char, char)> {
    let uses = |c: char| letters.iter().filter(|&&l| l == Some(c)).count();
    let pick = |list: &[&str]| {
        list.iter()
            .filter(|l| l.len() == 1)
            .filter_map(|l| l.chars().next())
            .map(|c| c.to_ascii_uppercase())
            .filter(|&c| uses(c) >= MIN_LETTER_USES)
            .max_by_key(|&c| uses(c))
    };
    Some((pick(QUESTION_LABELS)?, pick(ANSWER_LABELS)?))
}

/// The capital letter opening `text` on its own, before a space and words that open speech
/// (`P ¿Y el público responde?`, `R Sí, pero…`).
fn bare_letter(text: &str) -> Option<char> {
    let mut chars = text.chars();
    let letter = chars.next().filter(char::is_ascii_uppercase)?;
    let rest = chars.as_str();
    let body = rest.strip_prefix([' ', '\u{a0}'])?.trim_start();
    opens_speech(body).then_some(letter)
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn texts(paras: &[Para]) -> Vec<&str> {
        paras.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn alternating_press_letters_get_their_colon() {
        let mut body = paras(&[
            "P ¿Dónde empezó?",
            "R En Lugo. Había un taller.",
            "P Cuénteme más.",
            "R No hay más.",
        ]);
        colon_bare_labels(&mut body);
        assert_eq!(
            texts(&body),
            [
                "P: ¿Dónde empezó?",
                "R: En Lugo. Había un taller.",
                "P: Cuénteme más.",
                "R: No hay más."
            ]
        );
    }

    #[test]
    fn capitals_opening_sentences_are_not_labels() {
        let original = [
            "A Tuesday in May, we met.",
            "A Friday later, nothing.",
            "P Diddy was there too.",
            "I Love Lucy played.",
        ];
        let mut body = paras(&original);
        colon_bare_labels(&mut body);
        assert_eq!(texts(&body), original, "one question letter only");
        let runs = [
            "Q Why?",
            "Q And how?",
            "A Slowly.",
            "A Then fast.",
            "Q When?",
            "Q Where?",
        ];
        let mut body = paras(&runs);
        colon_bare_labels(&mut body);
        assert_eq!(texts(&body), runs, "letters that do not take turns");
    }
}
