//! Caption lines of a speech-to-text tool or a video page: each line is one cue opening with
//! its time, either the cue's span as whisper-style tools and subtitle files print it
//! (`[00:00:25.760 --> 00:00:38.400] I'm Ana Ruiz…`, `00:00:01,000 --> 00:00:04,000`) or a
//! clock glued to the words as video pages print a transcript (`00:10A convidada…`). The time
//! is nobody's words and would be quoted inside the answer: each cue loses it, and a line
//! holding only a span is dropped as a timestamp. The cues keep their lines, so the layouts
//! read them as any line-per-paragraph text.

use super::reading::{Clutter, Dropped, Para};
use super::timestamps::is_clock;

/// Paragraphs opening with a clock glued to a capital needed before glued clocks are read as
/// cue times at all: once, "10:30Uhr" may be a typo; a transcript glues every line.
const MIN_GLUED_CUES: usize = 3;

/// Strips the cue times from the paragraphs of a caption transcript (see the module doc).
pub fn strip_caption_stamps(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
    let glued = paras
        .iter()
        .filter(|p| after_glued_clock(&p.text).is_some_and(opens_with_capital))
        .count()
        >= MIN_GLUED_CUES;
    let mut kept = Vec::with_capacity(paras.len());
    for mut para in paras.drain(..) {
        let words = after_cue_span(&para.text).or_else(|| {
            glued
                .then(|| after_glued_clock(&para.text))
                .flatten()
                .filter(|w| w.starts_with(char::is_alphabetic))
        });
        match words {
            Some("") => dropped.push(Dropped {
                line: para.line,
                text: para.text,
                reason: Clutter::Timestamp,
            }),
            Some(words) => {
                para.text = words.to_string();
                kept.push(para);
            }
            None => kept.push(para),
        }
    }
    *paras = kept;
}

/// Whether `words` open with a capital letter.
fn opens_with_capital(words: &str) -> bool {
    words.chars().next().is_some_and(char::is_uppercase)
}

/// The words after a cue's span opening `text` (`[00:00:25.760 --> 00:00:38.400] Words`,
/// brackets optional, a comma allowed before the milliseconds as subtitle files write them);
/// empty when the span stands alone.
fn after_cue_span(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let bracketed = text.starts_with('[');
    let inner = text.trim_start_matches('[');
    let (start, rest) = inner.split_once("-->")?;
    let rest = rest.trim_start();
    let end_len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let (end, after) = rest.split_at(end_len);
    let clock = |t: &str| is_clock(&t.trim().replace(',', "."));
    if !clock(start) || !clock(end) {
        return None;
    }
    let after = match bracketed {
        true => after.strip_prefix(']')?,
        false => after,
    };
    Some(after.trim())
}

/// The words after a clock glued to them at the start of `text` (`00:10A convidada…`,
/// `1:02:07Then…`), with no space between.
fn after_glued_clock(text: &str) -> Option<&str> {
    let end = text.find(|c: char| !(c.is_ascii_digit() || c == ':'))?;
    let (clock, words) = text.split_at(end);
    (clock.contains(':') && is_clock(clock) && words.starts_with(char::is_alphabetic))
        .then_some(words.trim_end())
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn stripped(texts: &[&str]) -> (Vec<String>, Vec<Dropped>) {
        let mut body = paras(texts);
        let mut dropped = Vec::new();
        strip_caption_stamps(&mut body, &mut dropped);
        (body.into_iter().map(|p| p.text).collect(), dropped)
    }

    #[test]
    fn cue_spans_leave_only_the_words() {
        let (got, dropped) = stripped(&[
            "Episode notes",
            "[00:00:18.160 --> 00:00:21.520] Welcome to Kiln Talk.",
            "[00:00:21.520 --> 00:00:25.760] I'm Orla Venn, and today I have Teo Brandt.",
            "00:00:25,760 --> 00:00:30,100",
            "Do you still fire the kiln by hand?",
        ]);
        assert_eq!(
            got,
            [
                "Episode notes",
                "Welcome to Kiln Talk.",
                "I'm Orla Venn, and today I have Teo Brandt.",
                "Do you still fire the kiln by hand?",
            ]
        );
        assert_eq!(dropped.len(), 1, "a span alone on its line");
        assert_eq!(dropped[0].reason, Clutter::Timestamp);
    }

    #[test]
    fn clocks_glued_to_every_line_are_cue_times() {
        let (got, _) = stripped(&[
            "00:00Olá, eu sou a Rita Mota e este é o Forno Aberto.",
            "00:10A convidada de hoje faz cerâmica há vinte anos.",
            "00:54Teo, seja bem-vindo!",
            "00:57obrigado, que abertura bonita.",
        ]);
        assert_eq!(got[0], "Olá, eu sou a Rita Mota e este é o Forno Aberto.");
        assert_eq!(got[3], "obrigado, que abertura bonita.");
    }

    #[test]
    fn times_in_prose_stay() {
        let original = [
            "10:30Uhr stand on the poster, a typo.",
            "We met at 10:30 that morning.",
            "[10:30] The second session began.",
            "Arrows --> point the way.",
        ];
        assert_eq!(stripped(&original).0, original);
    }
}
