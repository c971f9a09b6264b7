//! A pull quote in a file that labels every paragraph (`P ¿…?` / `R …` on each one): a
//! paragraph wholly inside quotation marks and without a label, between labelled ones, is a
//! sentence the page set in large type, not a paragraph of the answer above it. When the
//! sentence is repeated in the text, [`drop_pull_quotes`] drops it first; [`drop_set_quotes`]
//! catches the quotes whose sentence was edited or cut from the saved text.

use super::labels::speaker_of;
use super::reading::{Clutter, Dropped, Para, Speaker};

/// A pull quote is a sentence or more; a short quoted phrase may be a real paragraph.
const MIN_PULL_QUOTE_WORDS: usize = 5;

/// Share of the other paragraphs (from the first labelled one) that must carry a label: the
/// file labels each paragraph, so an unlabelled one stands out.
const MIN_LABELLED_SHARE: f64 = 0.9;

/// A pull quote is a sentence, not a word in quotes.
const MIN_QUOTE_WORDS: usize = 4;

/// Drops the unlabelled quoted paragraphs of a file whose paragraphs all carry labels, unless
/// the file sets its labelled turns in quotation marks too (`A: "…"`): then a quoted paragraph
/// is the next paragraph of that turn.
pub fn drop_set_quotes(paras: &mut Vec<Para>, speakers: &[Speaker], dropped: &mut Vec<Dropped>) {
    let quotes_turns = paras
        .iter()
        .filter_map(|p| speaker_of(&p.text, speakers))
        .any(|(_, body)| body.trim_start().starts_with(['"', '“', '«']));
    if quotes_turns {
        return;
    }
    let labelled: Vec<bool> = paras
        .iter()
        .map(|p| speaker_of(&p.text, speakers).is_some())
        .collect();
    let Some(first) = labelled.iter().position(|&l| l) else {
        return;
    };
    let quote: Vec<bool> = paras.iter().map(|p| is_quote(&p.text)).collect();
    let others: Vec<usize> = (first..paras.len()).filter(|&i| !quote[i]).collect();
    let share = others.iter().filter(|&&i| labelled[i]).count() as f64 / others.len() as f64;
    if share < MIN_LABELLED_SHARE || !quote.iter().skip(first).any(|&q| q) {
        return;
    }
    let mut i = 0;
    paras.retain(|para| {
        let drop = i > first && quote[i] && !labelled[i];
        i += 1;
        if drop {
            dropped.push(Dropped {
                line: para.line,
                text: para.text.clone(),
                reason: Clutter::PullQuote,
            });
        }
        !drop
    });
}

/// A paragraph that is one quotation: it opens and closes with quotation marks and holds
/// none in between.
fn is_quote(text: &str) -> bool {
    inside_quotes(text).is_some_and(|t| {
        !t.contains(['"', '“', '”', '«', '»']) && t.split_whitespace().count() >= MIN_QUOTE_WORDS
    })
}

/// The text between a paragraph's opening and closing quotation marks, when it has both.
fn inside_quotes(text: &str) -> Option<&str> {
    text.trim()
        .strip_prefix(['"', '“', '«'])
        .and_then(|t| t.strip_suffix(['"', '”', '»']))
}

/// A paragraph that is only a quotation of a sentence found in another paragraph is a pull
/// quote, set in large type between paragraphs of the article.
pub fn drop_pull_quotes(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
    let quoted = |text: &str| {
        let inner = inside_quotes(text)?;
        (inner.split_whitespace().count() >= MIN_PULL_QUOTE_WORDS).then(|| inner.trim().to_string())
    };
    let repeats: Vec<bool> = paras
        .iter()
        .enumerate()
        .map(|(i, p)| {
            quoted(&p.text).is_some_and(|inner| {
                paras
                    .iter()
                    .enumerate()
                    .any(|(j, other)| j != i && other.text.contains(inner.as_str()))
            })
        })
        .collect();
    let mut kept = Vec::with_capacity(paras.len());
    for (para, repeat) in paras.drain(..).zip(repeats) {
        if repeat {
            dropped.push(Dropped {
                line: para.line,
                text: para.text,
                reason: Clutter::PullQuote,
            });
        } else {
            kept.push(para);
        }
    }
    *paras = kept;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::read;

    #[test]
    fn a_quoted_paragraph_continues_a_turn_the_file_sets_in_quotes() {
        let text = "Título\n\nQ: Por que o romance?\n\nA: \"Porque a crónica não chegava.\"\n\n\
                    \"E depois havia a censura, que lia tudo duas vezes.\"\n\n\
                    Q: E agora?\n\nA: \"Agora escrevo devagar.\"";
        let reading = read("t", text).expect("parses");
        assert_eq!(reading.interview.turns[0].answer.len(), 2);
        assert!(reading.dropped.is_empty());
    }

    #[test]
    fn an_unlabelled_quote_between_labelled_turns_is_a_pull_quote() {
        let text = "Título\n\nP: ¿Cuándo abrió el taller?\n\nR: En 1998, con dos mesas.\n\n\
                    «Nadie creía que una imprenta pudiera durar tanto»\n\n\
                    P: ¿Y ahora?\n\nR: Ahora somos seis.";
        let reading = read("t", text).expect("parses");
        assert_eq!(
            reading.interview.turns[0].answer,
            ["En 1998, con dos mesas."]
        );
        let quote = reading.dropped.iter().find(|d| d.text.starts_with('«'));
        assert_eq!(quote.map(|d| d.reason), Some(Clutter::PullQuote));
    }

    #[test]
    fn a_quotation_in_a_file_with_unlabelled_paragraphs_stays() {
        let text = "Title\n\nQ: What did she write?\n\nA: One line.\n\n\
                    \"Come home when the rain stops, not before\"\n\nThat was all.\n\n\
                    Q: And you?\n\nA: I waited.";
        let reading = read("t", text).expect("parses");
        assert_eq!(reading.interview.turns[0].answer.len(), 3);
    }
}
