//! A list typed one item a paragraph ("Escrevo nestes sites:" / "Ana
//! Lima;" / "Guia do PC;" / "MSNM."): the items are the sentence that announces them, not
//! passages of their own (a card quoting "Guia do PC;" says nothing).

use super::cues::words;
use super::reading::Para;

/// A list item is a few words: past this a paragraph ending with `;` is a clause of its own.
const MAX_ITEM_WORDS: usize = 6;

/// A list needs this many items: one short line after a colon is an answer's start.
const MIN_ITEMS: usize = 2;

/// Joins the items of each list to the paragraph ending with a colon above them: short
/// paragraphs ending with `;` (or `,`), the last ending the sentence.
pub fn join_list_items(paras: &mut Vec<Para>) {
    let mut i = 0;
    while i < paras.len() {
        if paras[i].text.trim_end().ends_with(':') {
            let items = list_after(paras, i);
            if items >= MIN_ITEMS {
                let joined: Vec<String> = paras.drain(i + 1..=i + items).map(|p| p.text).collect();
                for item in joined {
                    paras[i].text.push(' ');
                    paras[i].text.push_str(item.trim());
                }
            }
        }
        i += 1;
    }
}

/// How many paragraphs after `i` make a list closed by a full stop (0 when none does).
fn list_after(paras: &[Para], i: usize) -> usize {
    let item = |p: &Para| words(&p.text) <= MAX_ITEM_WORDS;
    let open = paras[i + 1..]
        .iter()
        .take_while(|p| item(p) && p.text.trim_end().ends_with([';', ',']))
        .count();
    let closed = paras
        .get(i + 1 + open)
        .is_some_and(|p| item(p) && p.text.trim_end().ends_with('.'));
    if open >= 1 && closed {
        open + 1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn items_typed_one_a_paragraph_join_the_sentence_announcing_them() {
        let mut body = paras(&[
            "Escrevo em três sítios:",
            "Diário da Ana;",
            "Guia do PC;",
            "MSNM.",
            "Obrigada pela conversa.",
        ]);
        join_list_items(&mut body);
        let texts: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Escrevo em três sítios: Diário da Ana; Guia do PC; MSNM.",
                "Obrigada pela conversa."
            ]
        );
        let mut answer = paras(&["Two things:", "Patience.", "Then luck."]);
        join_list_items(&mut answer);
        assert_eq!(answer.len(), 3);
    }
}
