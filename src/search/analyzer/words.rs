//! Splitting text into words: runs of letters and digits, inner apostrophes kept, dotted
//! acronyms whole; and the tokenizer that feeds those words to the index.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::inflection::is_portuguese_clitic;

/// Iterates over the words of `text` as `(byte range start, byte range end, word)`: runs of
/// letters and digits, with apostrophes kept between letters.
pub fn words(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    words_in(text, false)
}

/// [`words`], keeping Portuguese verbs whole with their hyphenated pronouns when
/// `joins_clitics` ("fazê-lo" is one word, "latino-americana" two).
fn words_in(text: &str, joins_clitics: bool) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, first) = chars.find(|(_, c)| c.is_alphanumeric())?;
        if let Some(end) = acronym_end(text, start, first) {
            while chars.next_if(|&(i, _)| i < end).is_some() {}
            return Some((start, end, &text[start..end]));
        }
        let mut end = start;
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                chars.next();
                end = i + c.len_utf8();
            } else if is_apostrophe(c) {
                let mut ahead = chars.clone();
                ahead.next();
                match ahead.peek() {
                    Some(&(_, next)) if next.is_alphanumeric() => {
                        chars.next();
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        if end == start {
            end = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
        if joins_clitics {
            let joined = clitics_end(text, end);
            while chars.next_if(|&(i, _)| i < joined).is_some() {}
            end = joined;
        }
        Some((start, end, &text[start..end]))
    })
}

/// Where a word ending at `end` stops once the hyphenated pronouns after it are counted in.
fn clitics_end(text: &str, mut end: usize) -> usize {
    while let Some(rest) = text[end..].strip_prefix('-') {
        let length = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let part = rest[..length].to_lowercase();
        if length == 0 || !is_portuguese_clitic(&part) {
            break;
        }
        end += 1 + length;
    }
    end
}

/// Dotted acronyms ("U.S.", "U.N.") are one word, without the final dot, so they do not vanish
/// as the stopwords "us" and "s".
fn acronym_end(text: &str, start: usize, first: char) -> Option<usize> {
    static ACRONYM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\p{L}(?:\.\p{L})+(?:\.|\b)").expect("valid pattern"));
    let rest = &text[start..];
    if !first.is_alphabetic() || !rest[first.len_utf8()..].starts_with('.') {
        return None;
    }
    let found = ACRONYM.find(rest)?;
    Some(start + found.as_str().trim_end_matches('.').len())
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

pub(super) fn normalize_apostrophes(word: &str) -> Cow<'_, str> {
    if word.chars().any(|c| c != '\'' && is_apostrophe(c)) {
        Cow::Owned(
            word.chars()
                .map(|c| if is_apostrophe(c) { '\'' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(word)
    }
}

/// Splits text into [`words`]; Portuguese verbs keep their hyphenated pronouns when
/// `joins_clitics` (see [`is_portuguese_clitic`]).
#[derive(Clone, Default)]
pub(super) struct WordTokenizer {
    pub(super) joins_clitics: bool,
}

pub(super) struct WordTokenStream<'a> {
    words: Box<dyn Iterator<Item = (usize, usize, &'a str)> + 'a>,
    token: Token,
    position: usize,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        WordTokenStream {
            words: Box::new(words_in(text, self.joins_clitics)),
            token: Token::default(),
            position: 0,
        }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some((start, end, word)) = self.words.next() else {
            return false;
        };
        self.token.text.clear();
        // Capitalised "US" is the country; "us" stays a stopword.
        self.token
            .text
            .push_str(if word == "US" { "U.S" } else { word });
        self.token.offset_from = start;
        self.token.offset_to = end;
        self.token.position = self.position;
        self.position += 1;
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_apostrophes_and_split_on_everything_else() {
        let found: Vec<_> = words("Biden’s don't ALBA-TCP 'quoted' COVID-19 — ok")
            .map(|(_, _, w)| w)
            .collect();
        assert_eq!(
            found,
            [
                "Biden’s",
                "don't",
                "ALBA",
                "TCP",
                "quoted",
                "COVID",
                "19",
                "ok"
            ]
        );
    }

    #[test]
    fn portuguese_verbs_keep_their_hyphenated_pronouns() {
        let found: Vec<_> = words_in(
            "fazê-lo, dir-se-ia que o latino-americano Covid-19 -a",
            true,
        )
        .map(|(_, _, w)| w)
        .collect();
        assert_eq!(
            found,
            [
                "fazê-lo",
                "dir-se-ia",
                "que",
                "o",
                "latino",
                "americano",
                "Covid",
                "19",
                "a"
            ]
        );
        assert_eq!(words("fazê-lo").count(), 2, "only when asked");
    }

    #[test]
    fn word_ranges_are_on_char_boundaries_in_multibyte_text() {
        let text = "¿Qué? Bolívar y Martí’s 🙂 sueño";
        for (start, end, word) in words(text) {
            assert_eq!(&text[start..end], word);
        }
    }
}
