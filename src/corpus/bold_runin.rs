//! Bold speaker labels run into the previous turn: a blog that sets each label in bold
//! (`**JT:** …`) sometimes loses the paragraph break before one, so a turn ends mid-line and
//! the next speaker's bold label follows on the same line (`…in March.” **JT:** “And…`). When
//! the same bold label opens paragraphs of the file elsewhere, the bold label inside a
//! paragraph starts a turn of its own.

use super::reading::Para;

/// A bold label counts inside a paragraph when it opens this many paragraphs of the file:
/// then it is the file's speaker, not a bold term with a colon in a sentence.
const MIN_OPENING_USES: usize = 2;

/// A bold label is a name or initials of this many words at most.
const MAX_LABEL_WORDS: usize = 4;

/// Cuts each paragraph before a bold label (`**Name:**` or `**Name**:`) that opens other
/// paragraphs of the file. Each piece keeps the paragraph's line.
pub fn split_bold_run_ins(paras: &mut Vec<Para>) {
    let opening: Vec<String> = paras
        .iter()
        .filter_map(|p| bold_label_at(&p.text, 0).map(|(label, _)| label))
        .collect();
    let recurs = |label: &str| opening.iter().filter(|l| *l == label).count() >= MIN_OPENING_USES;
    let mut out = Vec::with_capacity(paras.len());
    for para in paras.drain(..) {
        let cuts: Vec<usize> = para
            .text
            .match_indices("**")
            .map(|(at, _)| at)
            .filter(|&at| at > 0 && para.text[..at].ends_with(char::is_whitespace))
            .filter(|&at| bold_label_at(&para.text, at).is_some_and(|(l, _)| recurs(&l)))
            .collect();
        super::runin::cut_at(&para, cuts, &mut out);
    }
    *paras = out;
}

/// The bold label starting at byte `at` (`**JT:**` or `**JT**:`) and its length.
fn bold_label_at(text: &str, at: usize) -> Option<(String, usize)> {
    let rest = text[at..].strip_prefix("**")?;
    let close = rest.find("**")?;
    let inner = &rest[..close];
    let after = &rest[close + 2..];
    let label = match inner.strip_suffix(':') {
        Some(label) => label,
        None if after.starts_with(':') => inner,
        None => return None,
    };
    let words = label.split_whitespace().count();
    let named = label.chars().next().is_some_and(char::is_uppercase)
        && !label.contains(['.', '?', '!', ','])
        && (1..=MAX_LABEL_WORDS).contains(&words);
    named.then(|| (label.trim().to_string(), close + 4))
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::para;
    use super::*;

    #[test]
    fn a_recurring_bold_label_inside_a_paragraph_starts_a_turn() {
        let mut paras = vec![
            para("**JT:** Why clay?", 1),
            para(
                "**RB:** It forgives. You can fold it again. **JT:** And glaze?",
                3,
            ),
            para("**RB:** Glaze does not forgive.", 5),
            para("**JT:** Last one?", 7),
        ];
        split_bold_run_ins(&mut paras);
        let texts: Vec<(&str, usize)> = paras.iter().map(|p| (p.text.as_str(), p.line)).collect();
        assert_eq!(texts[1], ("**RB:** It forgives. You can fold it again.", 3));
        assert_eq!(texts[2], ("**JT:** And glaze?", 3));
        // A bold term with a colon that opens no paragraph stays in its sentence.
        let mut term = vec![para("**RB:** The rule is **Note:** wet clay first.", 1)];
        split_bold_run_ins(&mut term);
        assert_eq!(term.len(), 1);
    }
}
