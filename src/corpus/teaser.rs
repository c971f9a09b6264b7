//! A podcast page's cold open: the episode's title, then a clip of the guest's words in
//! quotation marks, typed right under it (`Episode 14: The ropewalk` / `"A rope remembers…"`).
//! Copied without a blank line between them, the two read as one paragraph, and the clip
//! would be taken as part of the title. A headline quoting someone keeps the quote short; a
//! clip is a passage of speech.

use super::cues::{sentences, words};

/// A headline's own quotation is one short phrase; a clip under it runs to several
/// sentences…
const MIN_CLIP_SENTENCES: usize = 2;

/// …or to a long one.
const MIN_CLIP_WORDS: usize = 15;

/// The title before it has words of its own: "Episode 14" at least.
const MIN_TITLE_WORDS: usize = 2;

/// Splits `text` into the title and the clip quoted after it, when the paragraph ends with a
/// quotation that opened after the title's words (not after a colon: `Ana Ruiz: "…"` is a
/// headline naming who speaks) and runs to [`MIN_CLIP_SENTENCES`] sentences or
/// [`MIN_CLIP_WORDS`] words.
pub fn split_clip(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    let body = text.strip_suffix(['"', '”', '»'])?;
    let open = body.rfind(['"', '“', '«'])?;
    let (title, clip) = (text[..open].trim_end(), &text[open..]);
    let quoted = &body[open..].trim_start_matches(['"', '“', '«']);
    let is_clip = quoted.starts_with(char::is_uppercase)
        && quoted.trim_end().ends_with(['.', '!', '?', '…'])
        && (sentences(quoted) >= MIN_CLIP_SENTENCES || words(quoted) >= MIN_CLIP_WORDS);
    let titled = words(title) >= MIN_TITLE_WORDS
        && !title.ends_with([':', ',', '—', '–', '-'])
        && !title.contains(['"', '“', '«']);
    (is_clip && titled).then_some((title, clip))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clip_of_several_sentences_under_the_title_is_not_the_title() {
        let text =
            "Episode 9: The bell rope \"It has to be soft in the hand. And last forty years.\"";
        assert_eq!(
            split_clip(text),
            Some((
                "Episode 9: The bell rope",
                "\"It has to be soft in the hand. And last forty years.\""
            ))
        );
    }

    #[test]
    fn a_headline_quoting_someone_stays_whole() {
        for text in [
            "Greta Hollis: \"A rope remembers. So do I.\"",
            "The ropemaker who said “Never again.”",
            "\"It has to be soft in the hand. And last forty years.\"",
            "Hollis on rope, \"hemp\" and \"tar\"",
        ] {
            assert_eq!(split_clip(text), None, "{text}");
        }
    }
}
