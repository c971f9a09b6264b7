//! Text a page prints twice: a description in its metadata (front matter `description:`,
//! `excerpt:`) or a teaser above the conversation that copies words the article says again.
//! Written as the introduction, those words would be quoted twice, and a teaser copying the
//! first answer's opening would make that answer seem to start in the introduction.

use super::structure::Draft;

/// A sentence this short ("Yes.", "Thank you.") recurs in any conversation; a copied sentence
/// is longer, so shorter ones never count as a copy.
const MIN_COPIED_WORDS: usize = 5;

/// The lowercase words of `text`, letters and digits only: quotation marks, emphasis and
/// spacing do not tell a copy from its original.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The sentences of `text`, each up to a `.`, `!` or `?` followed by a space.
fn sentences_of(text: &str) -> Vec<&str> {
    let text = text.trim();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '.' | '!' | '?') && text[end..].starts_with(char::is_whitespace) {
            out.push(text[start..end].trim());
            start = end;
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// `inner` appears as a run of consecutive words of `outer`.
fn holds_run(outer: &[String], inner: &[String]) -> bool {
    !inner.is_empty() && outer.windows(inner.len()).any(|w| w == inner)
}

/// What a description says that none of `paragraphs` says: its sentences that the text
/// repeats word for word are an excerpt the site cut from the text, not a standfirst.
/// `None` when nothing is left.
pub fn unrepeated(description: &str, paragraphs: &[&str]) -> Option<String> {
    let texts: Vec<Vec<String>> = paragraphs.iter().map(|p| words_of(p)).collect();
    let repeated = |sentence: &&str| {
        let words = words_of(sentence);
        words.len() >= MIN_COPIED_WORDS && texts.iter().any(|t| holds_run(t, &words))
    };
    let sentences = sentences_of(description);
    let kept: Vec<&str> = sentences.iter().filter(|s| !repeated(s)).copied().collect();
    match kept.len() {
        0 => None,
        n if n == sentences.len() => Some(description.to_string()),
        _ => Some(kept.join(" ")),
    }
}

/// A paragraph whose every word one of `answers` says again, in the same order: a teaser or
/// pull quote the page set above the conversation.
pub fn is_quoted_again(paragraph: &str, answers: &[&str]) -> bool {
    let words = words_of(paragraph);
    words.len() >= MIN_COPIED_WORDS && answers.iter().any(|a| holds_run(&words_of(a), &words))
}

/// Drops the introduction's paragraphs that an answer says again word for word (see
/// [`is_quoted_again`]): the answer keeps the words, said once, where they were said.
pub fn drop_teasers(draft: &mut Draft) {
    let answers: Vec<&str> = (draft.turns.iter())
        .flat_map(|(_, answer)| answer.iter().map(String::as_str))
        .collect();
    let teasers: Vec<bool> = (draft.intro.iter())
        .map(|p| is_quoted_again(p, &answers))
        .collect();
    let mut teaser = teasers.into_iter();
    draft.intro.retain(|_| !teaser.next().unwrap_or(false));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_keeps_only_what_the_text_does_not_say() {
        let text = ["Yes. I sanded the hull for a whole winter, and the mast too."];
        let copied = "I sanded the hull for a whole winter! She sails in May.";
        assert_eq!(
            unrepeated(copied, &text).as_deref(),
            Some("She sails in May.")
        );
        assert_eq!(
            unrepeated("I sanded the hull for a whole winter.", &text),
            None
        );
        let own = "A boatbuilder on the winter she spent sanding.";
        assert_eq!(unrepeated(own, &text).as_deref(), Some(own));
        assert_eq!(
            unrepeated("Yes. I sanded.", &text).as_deref(),
            Some("Yes. I sanded.")
        );
    }

    #[test]
    fn a_teaser_that_an_answer_says_again_is_quoted_again() {
        let answers =
            ["Well. “The sea never asks twice,” my father used to say, and he was right."];
        assert!(is_quoted_again(
            "\"The sea never asks twice,\" my father used to say.",
            &answers
        ));
        assert!(!is_quoted_again(
            "Her father taught her that the sea never asks twice.",
            &answers
        ));
    }

    #[test]
    fn a_cold_open_the_guest_says_again_is_no_introduction() {
        let page = "<html><head><title>Episode 9: The bell rope</title></head><body><article>\
            <h1>Episode 9: The bell rope</h1>\
            <blockquote><p>\"A bell rope has to be soft in the hand and last forty years.\"</p></blockquote>\
            <p>Abel Okoro visits the ropewalk at Penmor, where Greta Hollis lays rope by hand.</p>\
            <p><strong>Abel Okoro:</strong> Who buys bell ropes?</p>\
            <p><strong>Greta Hollis:</strong> Churches, mostly. A bell rope has to be soft in the \
            hand and last forty years, so we lay them from cotton over a hemp heart.</p>\
            <p><strong>Abel Okoro:</strong> And who else?</p>\
            <p><strong>Greta Hollis:</strong> Theatres, and the odd sailor who misses real hemp.</p>\
            </article></body></html>";
        let imported = super::super::import_page(super::super::PageKind::Html, page).unwrap();
        assert_eq!(
            imported.text.matches("soft in the hand").count(),
            1,
            "{}",
            imported.text
        );
        assert!(imported.text.contains("Abel Okoro visits the ropewalk"));
    }

    #[test]
    fn a_description_the_text_repeats_is_no_standfirst() {
        let body = "\n\n**Why the loom?**\n\nMy aunt left me hers, with forty spools of wool.";
        let copied =
            format!("---\ndescription: \"My aunt left me hers, with forty spools.\"\n---{body}");
        let (_, blocks) = super::super::markdown::read_markdown(&copied);
        assert_eq!(blocks[0].text, "Why the loom?");
        let own = format!("---\ndescription: \"A weaver on her aunt's loom.\"\n---{body}");
        let (_, blocks) = super::super::markdown::read_markdown(&own);
        assert_eq!(blocks[0].text, "A weaver on her aunt's loom.");
    }

    #[test]
    fn a_front_matter_link_the_text_links_to_is_not_the_pages_address() {
        let body = "\n\nShe shares her [loom plans](https://example.com/plans/).\n";
        let (meta, _) = super::super::markdown::read_markdown(&format!(
            "---\nlink: https://example.com/plans\n---{body}"
        ));
        assert_eq!(meta.url, None);
        let (meta, _) = super::super::markdown::read_markdown(&format!(
            "---\nlink: https://example.org/talk\n---{body}"
        ));
        assert_eq!(meta.url.as_deref(), Some("https://example.org/talk"));
        let (meta, _) = super::super::markdown::read_markdown(&format!(
            "---\nurl: https://example.com/plans\n---{body}"
        ));
        assert_eq!(meta.url.as_deref(), Some("https://example.com/plans"));
    }
}
