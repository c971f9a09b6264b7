//! A run of equals signs opening each answer under a labelled prompt (`M.R: ¿Y el disco?` /
//! `== Salió en mayo.`), as some webzines set the guest's replies apart instead of labelling
//! them. The run is a mark of the layout, not the guest's words: it is taken off, and the
//! paragraph reads as the unlabelled answer to the prompt above it.

use super::labels::split_label;
use super::reading::Para;

/// The mark is a run of at least this many equals signs: one is arithmetic or a typo.
const MIN_MARK_LENGTH: usize = 2;

/// Paragraphs opening with the mark right under a labelled paragraph before the file is read
/// this way: one may be a stray line.
const MIN_MARKED_ANSWERS: usize = 2;

/// The words after the mark, when `text` opens with a run of equals signs and a space. A
/// wiki heading closed by the same run (`== Early life ==`) and a line of the run alone
/// (a heading's underline) are no answer.
fn after_mark(text: &str) -> Option<&str> {
    let rest = text.trim_start().trim_start_matches('=');
    let run = text.trim_start().len() - rest.len();
    let words = rest.trim();
    (run >= MIN_MARK_LENGTH
        && rest.starts_with(char::is_whitespace)
        && !words.is_empty()
        && !words.ends_with('='))
    .then_some(words)
}

/// Takes the mark off every marked answer of a file that sets its answers this way (see the
/// module doc).
pub fn strip_answer_marks(paras: &mut [Para]) {
    let under_label = (1..paras.len())
        .filter(|&i| {
            after_mark(&paras[i].text).is_some() && split_label(&paras[i - 1].text).is_some()
        })
        .count();
    if under_label < MIN_MARKED_ANSWERS {
        return;
    }
    for para in paras.iter_mut() {
        if let Some(words) = after_mark(&para.text) {
            para.text = words.to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(texts: &[&str]) -> Vec<Para> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Para {
                text: (*t).into(),
                line: 2 * i + 1,
                after_break: false,
                after_separator: false,
                quoted: false,
                under_previous: false,
            })
            .collect()
    }

    #[test]
    fn marked_answers_under_labelled_prompts_lose_the_mark() {
        let mut body = paras(&[
            "R.V: ¿Cómo nació el disco?",
            "== En una gira larga, casi por accidente.",
            "R.V: ¿Y el próximo?",
            "== Ya está escrito.",
        ]);
        strip_answer_marks(&mut body);
        let texts: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "R.V: ¿Cómo nació el disco?",
                "En una gira larga, casi por accidente.",
                "R.V: ¿Y el próximo?",
                "Ya está escrito.",
            ]
        );
    }

    #[test]
    fn wiki_headings_underlines_and_a_single_mark_stay() {
        let texts = [
            "Ana: Hello.",
            "== Early life ==",
            "Ana: Then?",
            "==",
            "Ana: And?",
            "== One stray line.",
        ];
        let mut body = paras(&texts);
        strip_answer_marks(&mut body);
        let after: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(after, texts);
    }
}
