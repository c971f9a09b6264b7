//! Speaker labels on the first turns only: a podcast or radio transcript prints the host's and
//! the guest's names over the welcome and the first exchange, then sets the rest of the
//! conversation as unlabelled paragraphs, prompt and answer in turn. Read by its labels, the
//! whole unlabelled remainder would continue the last label (the host's later prompts quoted
//! as the guest's words); the labels say who speaks where they stand, and the rhythm of the
//! remainder says who asks after them.

use super::cues::{ends_with_question_mark, words};
use super::labels::speaker_of;
use super::prompt_length::prompt_limit;
use super::reading::{Para, Speaker};

/// The unlabelled paragraphs after the last label hold this many prompts at least (a short
/// paragraph ending with `?` followed by a longer one): a last answer may ask a question or
/// two of its own, never a run of exchanges.
const MIN_UNLABELLED_EXCHANGES: usize = 3;

/// The labels stop before this share of the body's paragraphs: a file labelled throughout
/// whose last answer runs long still has its labels up to near its end.
const MAX_LABELLED_SHARE: f64 = 0.5;

/// True when the file's labels stand on its first turns only and the unlabelled paragraphs
/// after them go on as exchanges: short questions, each followed by a longer paragraph. A
/// group interview in sections labels the first turns of each section the same way (the
/// outlet and the guest over the first exchange, then unlabelled exchanges): each part, from
/// a run of labels to the next, reads so.
pub fn labels_stop_early(paras: &[Para], speakers: &[Speaker]) -> bool {
    let labelled: Vec<bool> = (paras.iter())
        .map(|p| speaker_of(&p.text, speakers).is_some())
        .collect();
    if !labelled.contains(&true) {
        return false;
    }
    // Each part starts where a run of labels starts (the first part at the top).
    let mut starts: Vec<usize> = (1..paras.len())
        .filter(|&i| labelled[i] && !labelled[i - 1])
        .collect();
    starts.insert(0, 0);
    let limit = prompt_limit(paras);
    let ends = starts.iter().skip(1).copied().chain([paras.len()]);
    let parts: Vec<(usize, usize)> = starts.iter().copied().zip(ends).collect();
    parts
        .iter()
        .filter(|&&(from, to)| labelled[from..to].contains(&true))
        .all(|&(from, to)| stops_early(&paras[from..to], &labelled[from..to], limit))
}

/// One part of the file (see [`labels_stop_early`]): its labels stand before this share of
/// its paragraphs and [`MIN_UNLABELLED_EXCHANGES`] exchanges follow them.
fn stops_early(paras: &[Para], labelled: &[bool], limit: f64) -> bool {
    let Some(last) = labelled.iter().rposition(|&l| l) else {
        return true;
    };
    let rest = &paras[last + 1..];
    let exchanges = rest
        .windows(2)
        .filter(|pair| {
            let (prompt, reply) = (&pair[0].text, &pair[1].text);
            ends_with_question_mark(prompt)
                && (words(prompt) as f64) <= limit
                && !ends_with_question_mark(reply)
                && words(reply) > words(prompt)
        })
        .count();
    let labelled_share = (last + 1) as f64 / paras.len() as f64;
    exchanges >= MIN_UNLABELLED_EXCHANGES && labelled_share <= MAX_LABELLED_SHARE
}

#[cfg(test)]
mod tests {
    use super::super::reading::Role;
    use super::super::rhythm::tests::paras;
    use super::*;

    fn speakers() -> Vec<Speaker> {
        [("Host", Role::Interviewer), ("Guest", Role::Interviewee)]
            .into_iter()
            .map(|(label, role)| Speaker {
                label: label.to_string(),
                role,
                count: 2,
                line: 1,
            })
            .collect()
    }

    fn answer(n: usize) -> String {
        format!(
            "{}and that was that.",
            "We kept going through the night ".repeat(n)
        )
    }

    #[test]
    fn labels_on_the_first_turns_then_unlabelled_exchanges_stop_early() {
        let long = answer(4);
        let texts = [
            "Host: Welcome to the show, my guest drives a night bus.",
            "Guest: Glad to be here.",
            "Host: How did you start?",
            &format!("Guest: {long}"),
            "Who rides at night?",
            &long,
            "Is it dangerous?",
            &long,
            "What changed over the years?",
            &long,
            &long,
        ];
        assert!(labels_stop_early(&paras(&texts), &speakers()));
    }

    #[test]
    fn labels_on_the_first_turns_of_each_section_stop_early() {
        let long = answer(4);
        let section = |guest: &str| {
            [
                "Host: How did you start?".to_string(),
                format!("{guest}: {long}"),
                "Who rides at night?".to_string(),
                long.clone(),
                "Is it dangerous?".to_string(),
                long.clone(),
                "What changed over the years?".to_string(),
                long.clone(),
            ]
        };
        let mut texts = vec!["Two drivers of the night bus.".to_string()];
        texts.extend(section("Guest"));
        texts.extend(section("Guest"));
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        assert!(labels_stop_early(&paras(&refs), &speakers()));
        // The second section labelled throughout: the labels go on.
        texts.truncate(9);
        for _ in 0..4 {
            texts.extend(["Host: And then?".to_string(), format!("Guest: {long}")]);
        }
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        assert!(!labels_stop_early(&paras(&refs), &speakers()));
    }

    #[test]
    fn a_labelled_file_whose_last_answer_asks_keeps_its_labels() {
        let long = answer(4);
        let mut texts: Vec<String> = Vec::new();
        for _ in 0..6 {
            texts.push("Host: And then?".to_string());
            texts.push(format!("Guest: {long}"));
        }
        texts.extend(["Why would I stop?", &long, "Who else would?", &long].map(String::from));
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        assert!(!labels_stop_early(&paras(&refs), &speakers()));
    }

    #[test]
    fn labels_running_past_the_middle_stay_however_many_exchanges_follow() {
        let long = answer(4);
        let mut texts: Vec<String> = Vec::new();
        for _ in 0..6 {
            texts.push("Host: And then?".to_string());
            texts.push(format!("Guest: {long}"));
        }
        for prompt in ["Who rides at night?", "Is it dangerous?", "What changed?"] {
            texts.extend([prompt.to_string(), long.clone()]);
        }
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        assert!(!labels_stop_early(&paras(&refs), &speakers()));
        // The same three exchanges after labels on the first turns only.
        let early: Vec<&str> = refs[8..].to_vec();
        assert!(labels_stop_early(&paras(&early), &speakers()));
    }
}
