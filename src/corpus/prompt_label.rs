//! A speaker's label set in its own emphasis inside a bold question ("**_Ana:_ How did you
//! start?**"): pages that label only the first exchange set the interviewer's name in italics
//! within the bold prompt. The label is the page's typography, not the question's words, and
//! leaves the prompt. A name in the bold without emphasis of its own ("**Lisbon: why there?**")
//! may be the question's words, and stays.

use super::labels::is_name_like;

/// The prompt without an italic name-and-colon label opening it ("_Ana:_ ", "*Ana Ruiz:* ").
pub fn without_italic_label(prompt: &str) -> &str {
    for mark in ['_', '*'] {
        let Some(rest) = prompt.strip_prefix(mark) else {
            continue;
        };
        let Some((label, after)) = rest.split_once(mark) else {
            continue;
        };
        let Some(name) = label.trim_end().strip_suffix(':') else {
            continue;
        };
        let question = after.trim_start();
        if is_name_like(name.trim()) && !question.is_empty() && !name.contains(mark) {
            return question;
        }
    }
    prompt
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_italic_label_opening_a_bold_prompt_leaves_it() {
        assert_eq!(
            without_italic_label("_Ana:_ How did you start?"),
            "How did you start?"
        );
        assert_eq!(
            without_italic_label("*Ana Ruiz:* How did you start?"),
            "How did you start?"
        );
        assert_eq!(
            without_italic_label("Lisbon: why there?"),
            "Lisbon: why there?"
        );
        assert_eq!(
            without_italic_label("_Really_ the first time: why?"),
            "_Really_ the first time: why?"
        );
        assert_eq!(without_italic_label("_Ana:_"), "_Ana:_");
    }
}
