//! A headline copied from a web page together with what the page set under it, all on one
//! line: `Name: «…» Standfirst sentence. Kicker Subtitle… BYLINE PLACE. Date, time`. The
//! seam is typographic: a closing quotation mark followed straight by a capitalised word, with
//! no punctuation between, is where the headline ended and the next element of the page began.
//! The byline is the run of words in capitals among the rest, without the dateline's place
//! (words the text writes elsewhere in ordinary case, "San Sebastián").

use super::cues::sentences;

/// What pasted after the headline is prose of at least this many sentences; a headline
/// quoting someone and naming them after the quote ("«…» Says Ruiz") is not.
const MIN_PASTED_SENTENCES: usize = 2;

/// A byline names one person: two or three words.
const BYLINE_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// A headline line with more pasted after it.
#[derive(Debug, PartialEq, Eq)]
pub struct Pasted {
    /// The headline, up to its closing quotation mark.
    pub headline: String,
    /// What the page set under it: standfirst, kicker, byline, dateline.
    pub rest: String,
    /// The byline's name, in the capitals the page used.
    pub byline: Option<String>,
}

/// Splits a first paragraph that holds a headline and more; `elsewhere` is the rest of the
/// file's text, where a dateline's place is named again in ordinary case.
pub fn split_pasted(text: &str, elsewhere: &[&str]) -> Option<Pasted> {
    let seam = seam(text)?;
    let (headline, rest) = (text[..seam].trim(), text[seam..].trim());
    if sentences(rest) < MIN_PASTED_SENTENCES || is_quoted_sentence(headline) {
        return None;
    }
    Some(Pasted {
        headline: headline.to_string(),
        rest: rest.to_string(),
        byline: byline(rest, elsewhere),
    })
}

/// A quotation alone closing on a full stop ("“I keep an eye on it all.” And so he does…")
/// opens a report's first paragraph: a headline quoting someone sets no full stop.
fn is_quoted_sentence(headline: &str) -> bool {
    let opens = headline.starts_with(['«', '“', '"']);
    let inner = headline.trim_end_matches(['»', '”', '"']);
    opens && inner.ends_with('.') && !inner.ends_with("..")
}

/// The byte just after the first closing quotation mark that a capitalised word follows.
fn seam(text: &str) -> Option<usize> {
    let mut open = false;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let closes = match c {
            '«' | '“' => {
                open = true;
                false
            }
            '»' | '”' => open,
            '"' => {
                let was_open = open;
                open = !open;
                was_open
            }
            _ => false,
        };
        if !closes {
            continue;
        }
        open = false;
        let space = chars.get(k + 1).is_some_and(|&(_, c)| c == ' ');
        let capital = chars.get(k + 2).is_some_and(|&(_, c)| c.is_uppercase());
        if space && capital {
            return Some(at + c.len_utf8());
        }
    }
    None
}

/// The longest run of words in capitals (two letters or more each), without its last words
/// when the text writes them elsewhere in ordinary case (the dateline's place): a name of
/// two or three words, else nothing.
fn byline(rest: &str, elsewhere: &[&str]) -> Option<String> {
    let in_capitals = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let mut best: &[&str] = &[];
    let mut start = 0;
    for end in 0..=words.len() {
        if end == words.len() || !in_capitals(words[end]) {
            if end - start > best.len() {
                best = &words[start..end];
            }
            start = end + 1;
        }
    }
    let clean = |w: &str| w.trim_matches(|c: char| !c.is_alphabetic()).to_string();
    let mut name: Vec<String> = best.iter().map(|w| clean(w)).collect();
    // The same words in ordinary case, in the rest itself or anywhere else in the text.
    let written_elsewhere = |tail: &[String]| {
        let lower: Vec<String> = tail.iter().map(|w| w.to_lowercase()).collect();
        std::iter::once(rest)
            .chain(elsewhere.iter().copied())
            .any(|t| {
                let words: Vec<String> = t.split_whitespace().map(clean).collect();
                words.windows(tail.len()).any(|run| {
                    run.iter()
                        .map(|w| w.to_lowercase())
                        .eq(lower.iter().cloned())
                        && run.iter().any(|w| w.chars().any(char::is_lowercase))
                })
            })
    };
    if let Some(cut) = (1..name.len()).find(|&i| written_elsewhere(&name[i..])) {
        name.truncate(cut);
    }
    BYLINE_WORDS.contains(&name.len()).then(|| name.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pasted_headline_ends_at_its_quote_and_the_byline_loses_its_place() {
        let line = "Lea Ortiz: «Escribo sobre barcos viejos» Lea Ortiz firma hoy en el puerto. \
                    Novelista La autora vuelve a Vigo MARTA SOLER VIGO. Lunes, 3 mayo 2021, 09:15";
        let pasted = split_pasted(line, &[]).unwrap();
        assert_eq!(pasted.headline, "Lea Ortiz: «Escribo sobre barcos viejos»");
        assert!(pasted.rest.starts_with("Lea Ortiz firma hoy"));
        assert_eq!(pasted.byline.as_deref(), Some("MARTA SOLER"));
        // A headline alone, or a quote followed by its speaker, is no paste.
        assert_eq!(split_pasted("Lea Ortiz: «Escribo sobre barcos»", &[]), None);
        let lede =
            "“Here I keep an eye on it all.” And so he does. On Sundays Lea Ortiz drives out.";
        assert_eq!(split_pasted(lede, &[]), None);
        assert_eq!(
            split_pasted("“Boats are patient” Says Lea Ortiz", &[]),
            None
        );
    }
}
