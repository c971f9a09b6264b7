//! Statements published under topic labels: a news page that reports what someone said in a
//! broadcast interview sets each paraphrased question as a short label before a colon and the
//! answer in quotation marks on the same line (`Her first garden: "It was a balcony…"`). The
//! label stands for the question, so each such paragraph becomes a prompt set in bold (the
//! cue the parser reads) and the quoted answer under it.

use std::collections::HashSet;

use super::labels::{is_name_like, NAME_PARTICLES};
use super::reading::Para;

/// A topic label is a short phrase; a longer run before a colon is a sentence.
const MAX_TOPIC_WORDS: usize = 12;

/// The layout is a habit of the page: this many topic paragraphs, each with its own label.
const MIN_TOPIC_TURNS: usize = 3;

/// Quotation marks that open an answer, and the mark that closes each.
const QUOTES: [(char, char); 4] = [('"', '"'), ('“', '”'), ('«', '»'), ('„', '“')];

/// Splits every topic paragraph into its label, in bold, and its answer without the quotation
/// marks around it, when the file uses [`MIN_TOPIC_TURNS`] different labels or more.
pub fn split_topic_labels(paras: &mut Vec<Para>) {
    let topics: Vec<Option<(String, String)>> = paras.iter().map(|p| topic(&p.text)).collect();
    let labels: HashSet<&str> = topics.iter().flatten().map(|(l, _)| l.as_str()).collect();
    let used = topics.iter().flatten().count();
    // Labels that read as names ("Ana Ruiz: "…"") are people quoted in turn, a vox pop, when
    // most labels read so; a topic may look like a name too ("Life in Valmora"). A single
    // capitalised word the file also writes in lowercase ("Music" over "music") is a topic,
    // as a sentence's first word is. A label holding a particle ("Spirit of the Club") reads
    // as a title more often than as a person's name, so it never counts as one: half the
    // labels naming people ("A nurse:" and "One shopkeeper:" for the others) is a vox pop.
    let lowercase = lowercase_words(paras);
    let particle = |l: &str| {
        l.split_whitespace()
            .any(|w| NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
    };
    let person = |l: &&&str| {
        is_name_like(l)
            && !particle(l)
            && (l.contains(' ') || !lowercase.contains(&l.to_lowercase()))
    };
    let names = labels.iter().filter(person).count();
    if used < MIN_TOPIC_TURNS || labels.len() < used || 2 * names >= used {
        return;
    }
    let mut out = Vec::with_capacity(paras.len() + used);
    for (para, topic) in paras.drain(..).zip(topics) {
        match topic {
            Some((label, answer)) => {
                out.push(Para {
                    text: format!("**{label}**"),
                    ..para.clone()
                });
                out.push(Para {
                    text: answer,
                    ..para
                });
            }
            None => out.push(para),
        }
    }
    *paras = out;
}

/// Every word the paragraphs write in lowercase.
fn lowercase_words(paras: &[Para]) -> HashSet<String> {
    paras
        .iter()
        .flat_map(|p| p.text.split(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(str::to_string)
        .collect()
}

/// `Label: "answer…"`: the label and the answer, without its enclosing quotation marks when
/// they enclose the whole of it.
fn topic(text: &str) -> Option<(String, String)> {
    let (label, body) = text.split_once(':')?;
    let label = label.trim();
    let words = label.split_whitespace().count();
    let phrase = (1..=MAX_TOPIC_WORDS).contains(&words)
        && label.chars().next().is_some_and(char::is_uppercase)
        && !label.contains(['.', '?', '!', '"', '“', '”', '«', '»', '*', '(', '[']);
    let body = body.trim();
    let (_, close) = QUOTES.iter().find(|(open, _)| body.starts_with(*open))?;
    if !phrase {
        return None;
    }
    let inner = body[body.chars().next()?.len_utf8()..].trim_end();
    // The sentence's full stop may follow the closing mark (`"…privilege".`).
    let (core, stop) = match inner.strip_suffix('.') {
        Some(core) if core.ends_with(*close) => (core, "."),
        _ => (inner, ""),
    };
    let answer = match core.strip_suffix(*close) {
        Some(said) if !said.contains(*close) => with_stop(said.trim_end(), stop),
        // A quotation the page cut before it closed.
        None if !core.contains(*close) => core.to_string(),
        _ => body.to_string(),
    };
    Some((label.to_string(), answer.trim().to_string()))
}

/// The quoted words with the full stop printed after the closing mark, unless they end a
/// sentence already.
fn with_stop(said: &str, stop: &str) -> String {
    if said.ends_with(['.', '!', '?', '…']) {
        said.to_string()
    } else {
        format!("{said}{stop}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(texts: &[&str]) -> Vec<Para> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Para {
                text: t.to_string(),
                line: i + 1,
                after_break: false,
                after_separator: false,
                quoted: false,
                under_previous: false,
            })
            .collect()
    }

    #[test]
    fn topic_labels_become_bold_prompts_over_their_quoted_answers() {
        let mut body = paras(&[
            "Read below what the keeper said on the radio.",
            "His first winter: \"Cold. I slept in the lamp room.\"",
            "The storm of 1990: “We lost the boat but not the light.”",
            "Visitors: «They ask about ghosts, never about the lens.»",
        ]);
        split_topic_labels(&mut body);
        let texts: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts[1], "**His first winter**");
        assert_eq!(texts[2], "Cold. I slept in the lamp room.");
        assert_eq!(texts[4], "We lost the boat but not the light.");
        assert_eq!(texts.len(), 7);
    }

    #[test]
    fn topics_that_look_like_names_count_while_most_labels_do_not() {
        let mut body = paras(&[
            "The coach spoke to the radio on Monday night.",
            "Life in Valmora: \"Warm people, and the best fish I ever ate\".",
            "Derby of the City: \"Loud. We felt it on the bench",
            "His daughter in the stands: \"She knows every song.\"",
            "Spirit of the Club: \"It keeps the heads clear.\"",
        ]);
        split_topic_labels(&mut body);
        assert_eq!(body.len(), 9);
        assert_eq!(body[2].text, "Warm people, and the best fish I ever ate.");
        assert_eq!(body[4].text, "Loud. We felt it on the bench");
    }

    #[test]
    fn one_word_topics_the_text_writes_in_lowercase_are_topics() {
        let mut body = paras(&[
            "The coach spoke to the radio about music and the squad.",
            "Music: \"I play samba in the bus before every match.\"",
            "Squad: \"Nobody is injured, and the squad is hungry.\"",
            "The final against Corvalho: \"We respect them, but we go to win.\"",
        ]);
        split_topic_labels(&mut body);
        assert_eq!(body.len(), 7);
        assert_eq!(body[1].text, "**Music**");
    }

    #[test]
    fn a_speaker_quoted_again_and_again_is_no_topic() {
        let texts = [
            "Ana Ruiz: \"Yes.\"",
            "Ana Ruiz: \"No.\"",
            "Ana Ruiz: \"Maybe.\"",
        ];
        let mut body = paras(&texts);
        split_topic_labels(&mut body);
        assert_eq!(body.len(), 3);
        let mut voices = paras(&[
            "Ana Ruiz: \"Too late.\"",
            "Tom Bell: \"Just in time.\"",
            "Her neighbour: \"Who knows?\"",
        ]);
        split_topic_labels(&mut voices);
        assert_eq!(voices.len(), 3);
        let mut first_names = paras(&["Ana: \"Yes.\"", "Tom: \"No.\"", "Lia: \"Maybe.\""]);
        split_topic_labels(&mut first_names);
        assert_eq!(first_names.len(), 3);
        let mut half = paras(&[
            "Ana Ruiz: \"The queue was shorter today.\"",
            "A nurse: \"We worked through the night.\"",
            "Tom Bell: \"I walked here from the harbour.\"",
            "One shopkeeper: \"Nobody came in before noon.\"",
        ]);
        split_topic_labels(&mut half);
        assert_eq!(half.len(), 4);
        let mut two = paras(&["A: \"x\"", "B: \"y\""]);
        split_topic_labels(&mut two);
        assert_eq!(two.len(), 2);
    }
}
