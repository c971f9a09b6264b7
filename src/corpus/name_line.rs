//! A line that is only a person's name, as a transcript's cover page prints it above the
//! conversation ("ROSA LIND", then the date, then the speakers `RL:` and `I:`). The page drops
//! it as its header, but its words still spell out the initials the answers are labelled with.

use super::reading::{Clutter, Dropped, Speaker};

/// A name line holds a given name and a family name, a middle name at most.
const NAME_LINE_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// The line is only a name: two or three words of letters, each capitalised, in capitals or
/// name-cased; each part of a hyphenated or apostrophised word is cased on its own
/// ("Lund-Berg", "O'BRIEN").
pub fn is_name_line(text: &str) -> bool {
    let name_part = |part: &str| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase)
            && (chars.clone().all(char::is_uppercase) || chars.all(|c| !c.is_uppercase()))
    };
    let name_word = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && w.split(['-', '\'']).all(name_part)
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    NAME_LINE_WORDS.contains(&words.len()) && words.iter().all(name_word)
}

/// The headline repeated under the title and the name lines of a cover above the conversation
/// (which spell a label's initials). A line dropped as the page's furniture counts only when
/// set in capitals, as a cover prints the name ("EROS OSTERLOH" above the header's links); a
/// furniture heading in title case ("Related Stories") is no name.
pub fn repeated_lines<'d>(
    dropped: &'d [Dropped],
    speakers: &[Speaker],
    last_turn_line: usize,
) -> Vec<&'d str> {
    let first_turn = (speakers.iter().map(|s| s.line).min()).unwrap_or(last_turn_line);
    let cover_name = |d: &Dropped| {
        let in_capitals = !d.text.chars().any(char::is_lowercase);
        let furniture = match d.reason {
            Clutter::AfterInterview => true,
            Clutter::PageFurniture => !in_capitals,
            _ => false,
        };
        d.line < first_turn && !furniture && is_name_line(&d.text)
    };
    (dropped.iter())
        .filter(|d| d.reason == Clutter::RepeatedHeadline || cover_name(d))
        .map(|d| d.text.as_str())
        .collect()
}

/// The name a name line among `lines` spells for initials (`label`, "RL"): its words open with
/// the label's letters in order. Shown name-cased ("Rosa Lind").
pub fn spelled_by_name_line(label: &str, lines: &[&str]) -> Option<String> {
    let initials: Vec<char> = label.chars().filter(|c| c.is_alphabetic()).collect();
    if !label.chars().all(|c| c.is_uppercase() || c == '.') {
        return None;
    }
    let line = lines.iter().find(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        is_name_line(line)
            && words.len() == initials.len()
            && (words.iter().zip(&initials)).all(|(w, c)| w.starts_with(*c))
    })?;
    let cased = |w: &str| {
        let mut chars = w.chars();
        (chars
            .next()
            .into_iter()
            .chain(chars.flat_map(char::to_lowercase)))
        .collect::<String>()
    };
    Some(
        line.split_whitespace()
            .map(cased)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_stand_for_the_name_line_above_the_transcript() {
        let lines = ["March 3, 2005", "ROSA LIND"];
        assert_eq!(
            spelled_by_name_line("RL", &lines).as_deref(),
            Some("Rosa Lind")
        );
        assert_eq!(
            spelled_by_name_line("R.L.", &lines).as_deref(),
            Some("Rosa Lind")
        );
        assert_eq!(spelled_by_name_line("RB", &lines), None);
        assert_eq!(spelled_by_name_line("Rosa", &lines), None);
    }

    #[test]
    fn a_sentence_or_a_one_word_line_is_no_name_line() {
        assert!(is_name_line("Ivo Lund-Berg"));
        assert!(!is_name_line("EMBED SIZE (PX)"));
        assert!(!is_name_line("Citation preview"));
        assert!(!is_name_line("HOME"));
        assert!(!is_name_line("We met at noon."));
    }

    #[test]
    fn only_a_cover_name_line_spells_initials() {
        let dropped = |line: usize, text: &str, reason: Clutter| Dropped {
            line,
            text: text.into(),
            reason,
        };
        let lines = [
            dropped(1, "ROSA LIND", Clutter::Kicker),
            dropped(2, "Related Stories", Clutter::PageFurniture),
            dropped(3, "EROS OSTERLOH", Clutter::PageFurniture),
            dropped(30, "Salt Roads", Clutter::Kicker),
        ];
        let speaker = Speaker {
            label: "RS".into(),
            role: crate::corpus::reading::Role::Interviewee,
            count: 4,
            line: 5,
        };
        let repeated = repeated_lines(&lines, &[speaker], 40);
        assert_eq!(repeated, ["ROSA LIND", "EROS OSTERLOH"]);
        assert_eq!(spelled_by_name_line("RS", &repeated), None);
    }
}
