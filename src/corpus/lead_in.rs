//! A lead-in announcing the conversation ("Read the interview below:"): one clause ending with
//! a colon, right above the first question, that says only that questions follow. It names
//! nobody and states nothing, so it is no introduction to quote.

use super::assembled::Assembled;
use super::reading::{Clutter, Dropped};

/// A lead-in is one short clause: a longer paragraph ending with a colon introduces a quote
/// or a list and says something of its own.
const MAX_LEAD_IN_WORDS: usize = 10;

/// Drops the last introduction paragraph when it is a lead-in: right above the first
/// question, one clause ending with a colon, no sentence closed inside it and no capitalised
/// word after its first (a name or a title would make it say something).
pub fn drop_lead_in(out: &mut Assembled) {
    let Some(first) = out.turns.first().map(|t| t.line) else {
        return;
    };
    let Some((text, line)) = out.intro.last() else {
        return;
    };
    if *line >= first || !is_lead_in(text) {
        return;
    }
    if let Some((text, line)) = out.intro.pop() {
        out.dropped.push(Dropped {
            line,
            text,
            reason: Clutter::LeadIn,
        });
    }
}

fn is_lead_in(text: &str) -> bool {
    let Some(clause) = text.trim().strip_suffix([':', '：']) else {
        return false;
    };
    let words: Vec<&str> = clause.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MAX_LEAD_IN_WORDS
        && !clause.contains(['.', '!', '?', ':', '"', '“', '«', '*', '#'])
        && words[1..]
            .iter()
            .all(|w| !w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::assembled::Draft;

    fn assembled(intro: &[&str]) -> Assembled {
        Assembled {
            intro: intro
                .iter()
                .enumerate()
                .map(|(i, t)| (t.to_string(), i + 1))
                .collect(),
            turns: vec![Draft {
                question: "How did the bakery start?".into(),
                line: intro.len() + 1,
                ..Draft::default()
            }],
            ..Assembled::default()
        }
    }

    #[test]
    fn a_lead_in_above_the_first_question_is_dropped() {
        let mut out = assembled(&["The baker opened her shop in May.", "Here is our chat:"]);
        drop_lead_in(&mut out);
        assert_eq!(out.intro.len(), 1);
        assert_eq!(out.dropped[0].reason, Clutter::LeadIn);
    }

    #[test]
    fn a_colon_naming_someone_or_saying_more_is_kept() {
        for kept in [
            "We spoke with Nora Vale:",
            "The baker opened her shop in May. She says:",
            "These are the questions we sent to the baker and the answers she wrote back to us:",
        ] {
            let mut out = assembled(&[kept]);
            drop_lead_in(&mut out);
            assert_eq!(out.intro.len(), 1, "{kept}");
        }
    }
}
