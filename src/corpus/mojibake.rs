//! Text whose UTF-8 bytes were once read as Windows-1252 (or Latin-1) and written out again as
//! UTF-8: "comentÃ¡rios" for "comentários", "â€œ" for "“"; twice over, "comentÃƒÂ¡rios".
//! Old blogs and database exports carry it. Each damaged letter is a run of two to four
//! characters of the Windows-1252 range that are, byte for byte, the UTF-8 of one letter;
//! reading the run back as UTF-8 gives the letter. Real text almost never holds such a run:
//! an accented capital followed by a symbol of the Latin-1 range ("Ã¡", "Ã©") is not a
//! spelling of any language, and the letter a run decodes to must be one that Western text
//! uses ([`is_plausible`]), so an accidental pair ("É»" in a quoted capital word) stays.

/// The characters Windows-1252 gives to the bytes 0x80 to 0x9F (the five bytes it leaves
/// undefined are read as the C1 controls of the same number, as decoders do).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Text damaged twice is repaired by two passes; a third catches a rare third round, and the
/// limit keeps a pathological text from looping.
const MAX_PASSES: usize = 3;

/// A damaged file holds its damage everywhere: every accented letter became a run. A single
/// run may be a correct capital followed by a closing mark ("IRMÃ»", "AMANHÃ”" decode to
/// plausible letters), so a file is repaired only when it has at least this many runs.
const MIN_DAMAGED_RUNS: usize = 2;

/// A damaged body under a hand-typed title or front matter ("Conversa com João") keeps a few
/// correct accents; a correct text holds far more correct accents than odd pairs. A file is
/// repaired when its runs outnumber its correct accents by at least this factor.
const RUNS_PER_CORRECT_ACCENT: usize = 4;

/// The characters that open the usual damaged runs (`Ã` and `Â` for Latin-1 letters, `â` for
/// curly quotes and dashes): one left alone outside a run is damage whose second byte was
/// lost (`Ã ` for `à` once its non-breaking space became a space), not a correct letter.
const RUN_OPENERS: [char; 3] = ['Ã', 'Â', 'â'];

/// A repaired text and the lines (from 1) where letters were repaired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repaired {
    /// The text with every damaged letter restored.
    pub text: String,
    /// Lines holding a repaired letter, in order.
    pub lines: Vec<usize>,
}

/// The text with its UTF-8-read-as-Windows-1252 runs decoded, or `None` when it has none or
/// does not read as a damaged file: fewer than [`MIN_DAMAGED_RUNS`] runs, or too many accented
/// letters correctly encoded outside the runs ([`RUNS_PER_CORRECT_ACCENT`]: a file is damaged
/// nearly whole, so many correct accents make its runs real text: "IRMÃ»" in a Portuguese text
/// full of "ç" and "ã").
pub fn repair(text: &str) -> Option<Repaired> {
    let (runs, correct_accents) = survey(text);
    if runs < MIN_DAMAGED_RUNS || runs < correct_accents * RUNS_PER_CORRECT_ACCENT {
        return None;
    }
    let mut current = text.to_string();
    let mut changed = false;
    for _ in 0..MAX_PASSES {
        match repair_once(&current) {
            Some(next) => {
                current = next;
                changed = true;
            }
            None => break,
        }
    }
    changed.then(|| {
        let lines = text
            .lines()
            .zip(current.lines())
            .enumerate()
            .filter(|(_, (before, after))| before != after)
            .map(|(i, _)| i + 1)
            .collect();
        Repaired {
            text: current,
            lines,
        }
    })
}

/// One pass: each run of non-ASCII Windows-1252 characters whose bytes hold UTF-8 sequences of
/// plausible letters gets those letters; other characters stay as they are.
fn repair_once(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        match decode_at(&chars[i..]) {
            Some((letter, used)) => {
                out.push(letter);
                i += used;
                changed = true;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    changed.then_some(out)
}

/// How many damaged runs the text holds, and how many accented letters stand outside them
/// (the usual run openers, [`RUN_OPENERS`], left alone are no evidence).
fn survey(text: &str) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let (mut runs, mut correct_accents) = (0, 0);
    let mut i = 0;
    while i < chars.len() {
        if let Some((_, used)) = decode_at(&chars[i..]) {
            runs += 1;
            i += used;
            continue;
        }
        let c = chars[i];
        correct_accents += usize::from(is_latin_accented(c) && !RUN_OPENERS.contains(&c));
        i += 1;
    }
    (runs, correct_accents)
}

/// An accented Latin letter ("ç", "ã", "É", "ő"): what a damaged file no longer holds.
fn is_latin_accented(c: char) -> bool {
    matches!(c, '\u{c0}'..='\u{24f}') && c.is_alphabetic()
}

/// The letter whose UTF-8 bytes the characters at the start of `chars` are, read as
/// Windows-1252, and how many characters it takes.
fn decode_at(chars: &[char]) -> Option<(char, usize)> {
    let lead = cp1252_byte(*chars.first()?)?;
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let bytes: Vec<u8> = chars
        .get(..len)?
        .iter()
        .map(|&c| cp1252_byte(c))
        .collect::<Option<_>>()?;
    let letter = std::str::from_utf8(&bytes).ok()?.chars().next()?;
    is_plausible(letter).then_some((letter, len))
}

/// A letter Western text uses: the Latin-1 supplement and Latin Extended-A (accented letters,
/// `ñ`, `ç`, `ß`, `º`, the non-breaking space), general punctuation (curly quotes, dashes, the
/// ellipsis) and the euro sign. Anything else a run decodes to is more likely real text.
fn is_plausible(letter: char) -> bool {
    matches!(letter, '\u{a0}'..='\u{17f}' | '\u{2010}'..='\u{203a}' | '€' | '™')
}

/// The Windows-1252 byte of a non-ASCII character, if it has one.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    match code {
        0x80..=0xFF if !(0x80..=0x9F).contains(&code) || !CP1252_HIGH.contains(&c) => {
            u8::try_from(code).ok()
        }
        _ => CP1252_HIGH
            .iter()
            .position(|&h| h == c)
            .and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_damaged_once_or_twice_is_repaired() {
        let once = "Os comentÃ¡rios da cidade sÃ£o â€œbonsâ€\u{9d}.";
        let repaired = repair(once).expect("damaged");
        assert_eq!(repaired.text, "Os comentários da cidade são “bons”.");
        let twice = "Na praÃƒÂ§a, o coraÃƒÂ§ÃƒÂ£o.\nSem dano.\nEstÃƒÂ¡ bem.";
        let repaired = repair(twice).expect("damaged");
        assert_eq!(repaired.text, "Na praça, o coração.\nSem dano.\nEstá bem.");
        assert_eq!(repaired.lines, [1, 3]);
        // A title typed by hand above a damaged body keeps its accents; the body is repaired.
        let titled =
            "Conversa com João\n\nOs comentÃ¡rios sÃ£o â€œbonsâ€\u{9d} e a praÃ§a estÃ¡ cheia.";
        assert_eq!(
            repair(titled).expect("damaged").text,
            "Conversa com João\n\nOs comentários são “bons” e a praça está cheia."
        );
        // A lone run opener (its second byte lost) is no correct letter.
        let lost = "Ã  noite, o coraÃ§Ã£o.";
        assert_eq!(repair(lost).expect("damaged").text, "Ã  noite, o coração.");
    }

    #[test]
    fn real_accents_and_symbols_stay() {
        for text in [
            "Ação, coração e São Paulo.",
            "«OLÉ» gritó el público; Nº 5; 25 °C; ½ kilo.",
            "Straße, Ærø, naïve, façade — “quoted” text…",
            "日本語 and emoji 🎉 stay.",
            // Correct capitals before a closing mark, alone or among correct accents.
            "«IRMÃ»",
            "A minha IRMÃ” disse: «até AMANHÃ»",
        ] {
            assert_eq!(repair(text), None, "{text}");
        }
    }
}
