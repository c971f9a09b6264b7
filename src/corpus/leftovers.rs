//! What a page leaves where a figure or a code sample stood, once the figure is gone: the
//! picture's credit in brackets, the code sample's file name.

/// A credit's author or source is a handle or a few words.
const MAX_CREDIT_PART_WORDS: usize = 3;

/// Extensions of files named above code samples are this short ("js", "toml").
const MAX_EXTENSION_CHARS: usize = 4;

/// A code sample's caption left without its code ("server.js", "lib/index.js"): one token in
/// lowercase with a short extension.
pub fn is_code_caption(plain: &str) -> bool {
    let Some((stem, extension)) = plain.rsplit_once('.') else {
        return false;
    };
    let stem_ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "/_-.".contains(c);
    !stem.is_empty()
        && stem.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && stem.chars().all(stem_ok)
        && (1..=MAX_EXTENSION_CHARS).contains(&extension.len())
        && extension.chars().all(|c| c.is_ascii_lowercase())
}

/// A picture's credit set in brackets, author and source split by a slash ("( jdoe /
/// PhotoSite )"): a handle or two on each side, no sentence.
pub fn is_bracketed_credit(plain: &str) -> bool {
    let Some(inner) = plain.strip_prefix('(').and_then(|p| p.strip_suffix(')')) else {
        return false;
    };
    let parts: Vec<&str> = inner.split('/').collect();
    parts.len() == 2
        && parts.iter().all(|part| {
            let words = part.split_whitespace().count();
            (1..=MAX_CREDIT_PART_WORDS).contains(&words) && !part.contains(['.', ',', '?'])
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_in_brackets_and_code_captions_are_told_from_text() {
        assert!(is_bracketed_credit("( harbourdesk / Wikimedia )"));
        assert!(!is_bracketed_credit("(and/or later, she said.)"));
        assert!(is_code_caption("src/kiln.rs"));
        for text in ["Yes.", "Node.js", "e.g.", "It works."] {
            assert!(!is_code_caption(text), "{text}");
        }
    }
}
