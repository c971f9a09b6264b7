//! A guest labelled once in a transcript whose host is labelled on every turn: a radio excerpt
//! prints the host's name on each question and the guest's name on the one reply it keeps,
//! the guest's later paragraphs running on unlabelled. The full name opening the paragraph
//! right after the host's is the guest's label, though it appears only once. So is the full
//! name a press conference prints over the one answer it credits.

use super::labels::{split_label, Labelled};

/// A person's name labelling a reply has this many words at most ("Mayor Ana de la Cruz").
const MAX_NAME_WORDS: usize = 5;

/// Lowercase words this long at most may join a name's capitalised words ("de", "van", "da").
const MAX_PARTICLE_CHARS: usize = 3;

/// The label used once that replies to the file's only recurring label, when that label asks
/// (one of its paragraphs holds a `?`) and the reply's label is a person's full name.
/// `recurring` holds the labels used twice or more (lowercase).
pub fn lone_reply(paragraphs: &[(&str, usize)], recurring: &[String]) -> Option<String> {
    let [host] = recurring else {
        return None;
    };
    let labels: Vec<Option<Labelled>> = paragraphs.iter().map(|(t, _)| split_label(t)).collect();
    let once = |label: &str| {
        labels
            .iter()
            .flatten()
            .filter(|l| l.label.eq_ignore_ascii_case(label))
            .count()
            == 1
    };
    // The host asks: a side labelled on every turn that never asks is the guest, and a
    // capitalised phrase before a colon among its paragraphs is text ("Latin America: …").
    let host_asks = labels
        .iter()
        .flatten()
        .any(|l| l.label.to_lowercase() == *host && l.body.contains(['?', '？']));
    if !host_asks {
        return None;
    }
    labels.windows(2).find_map(|pair| {
        let (asked, replied) = (pair[0].as_ref()?, pair[1].as_ref()?);
        let reply = asked.label.to_lowercase() == *host
            && !replied.period
            && is_full_name(&replied.label)
            && once(&replied.label);
        reply.then(|| replied.label.clone())
    })
}

/// Two to five words, capitalised but for short particles inside ("Bill de Blasio").
pub(super) fn is_full_name(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_lowercase() || c == '-' || c == '.')
    };
    let particle =
        |w: &str| w.chars().count() <= MAX_PARTICLE_CHARS && w.chars().all(char::is_lowercase);
    (2..=MAX_NAME_WORDS).contains(&words.len())
        && capitalised(words[0])
        && capitalised(words[words.len() - 1])
        && words.iter().all(|w| capitalised(w) || particle(w))
}

/// A name labelling the first answer has this many words at most ("Victor García",
/// "Ana María Gil Ruiz").
const MAX_ANSWER_NAME_WORDS: usize = 4;

/// The full name labelling the answer to the file's first question when the question itself
/// carries no label ("¿Qué representa el disco?" / "Victor García: Como suele ocurrir…"), as
/// a press conference credits the member who takes each question.
pub fn first_answer_label(paragraphs: &[(&str, usize)]) -> Option<String> {
    let asked = paragraphs
        .iter()
        .position(|(text, _)| text.trim_end().ends_with(['?', '？']))?;
    if split_label(paragraphs[asked].0).is_some() {
        return None;
    }
    let answered = split_label(paragraphs.get(asked + 1)?.0)?;
    let words: Vec<&str> = answered.label.split_whitespace().collect();
    let full_name = (2..=MAX_ANSWER_NAME_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        });
    (full_name && !answered.period).then_some(answered.label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_name_replying_once_to_the_only_recurring_label_is_a_speaker() {
        let show = [
            ("Rita Vale: Welcome back. Tell us your news, Mr. Mayor.", 1),
            ("Mayor Jon van Dorn: We opened two pools this week.", 2),
            ("They stay open until nine.", 3),
            ("Rita Vale: Why only two?", 4),
        ];
        let host = ["rita vale".to_string()];
        assert_eq!(
            lone_reply(&show, &host).as_deref(),
            Some("Mayor Jon van Dorn")
        );
        // A heading-like phrase is no name, and two recurring labels label both sides.
        let phrase = [show[0], ("Latest figures: two pools.", 2), show[3]];
        assert_eq!(lone_reply(&phrase, &host), None);
        let answering = [
            ("Jane Doe: First.", 1),
            ("Jane Doe: More.", 2),
            ("Latin America: a region.", 3),
        ];
        let guest = ["jane doe".to_string()];
        assert_eq!(lone_reply(&answering, &guest), None);
        let both = ["rita vale".to_string(), "jon".to_string()];
        assert_eq!(lone_reply(&show, &both), None);
    }
}
