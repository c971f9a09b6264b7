//! A transcript's cover page copied above the conversation: an oral-history archive's PDF
//! opens with a page set in capitals ("1 THE UNIVERSITY OF … AN INTERVIEW WITH … INTERVIEW BY
//! … TRANSCRIPT BY …"), often with the page number before it. It names the project, the
//! people and the date; nobody says it. Set in capitals over a conversation that is not, the
//! paragraph is the cover page, not an introduction to quote.

use super::assembled::Assembled;
use super::reading::{Clutter, Dropped};

/// A cover page lists the project, the people and the date: a paragraph in capitals shorter
/// than this is a headline or a kicker, which other rules read.
const MIN_COVER_WORDS: usize = 12;

/// Share of a paragraph's letters in capitals for it to be set in capitals (a "Dr." or an
/// "o'clock" typed in ordinary case is allowed).
const MIN_CAPITAL_SHARE: f64 = 0.9;

/// Paragraph text set in capitals: most of its letters are.
fn in_capitals(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let (upper, all) = letters.fold((0usize, 0usize), |(u, a), c| {
        (u + usize::from(c.is_uppercase()), a + 1)
    });
    all > 0 && upper as f64 >= MIN_CAPITAL_SHARE * all as f64
}

/// A cover page: a long paragraph in capitals, the page number before it allowed.
fn is_cover_page(text: &str) -> bool {
    let text = text.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    text.split_whitespace().count() >= MIN_COVER_WORDS && in_capitals(text)
}

/// Drops the introduction's cover pages when the conversation's answers are in ordinary case
/// (a transcript typed in capitals throughout sets its introduction so too).
pub fn drop_cover_pages(out: &mut Assembled) {
    let ordinary = (out.turns.iter())
        .flat_map(|t| &t.answer)
        .any(|(text, _)| !in_capitals(text));
    if !ordinary {
        return;
    }
    let dropped = &mut out.dropped;
    out.intro.retain(|(text, line)| {
        let cover = is_cover_page(text);
        if cover {
            dropped.push(Dropped {
                line: *line,
                text: text.clone(),
                reason: Clutter::CoverPage,
            });
        }
        !cover
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assembled(intro: &[&str], answer: &str) -> Assembled {
        let mut out = Assembled {
            intro: intro.iter().map(|t| (t.to_string(), 1)).collect(),
            ..Assembled::default()
        };
        out.question("Where were you born?", 5);
        out.answer(answer, 6);
        out
    }

    #[test]
    fn a_cover_page_in_capitals_above_the_conversation_is_dropped() {
        let cover = "1 THE HARBOUR MUSEUM AN INTERVIEW WITH MARA QUIST FOR THE FISHERIES \
                     ORAL HISTORY PROJECT INTERVIEW BY TOM HALE MAY 3, 2004 TRANSCRIPT BY ANA RUIZ";
        let intro = "Mara Quist fished the Ormer Sound for forty years.";
        let mut out = assembled(&[cover, intro], "In a house by the quay.");
        drop_cover_pages(&mut out);
        assert_eq!(out.intro.len(), 1);
        assert_eq!(out.intro[0].0, intro);
        assert_eq!(out.dropped[0].reason, Clutter::CoverPage);
    }

    #[test]
    fn short_capitals_and_transcripts_typed_in_capitals_stay() {
        let kicker = "THE HARBOUR MUSEUM ORAL HISTORY PROJECT";
        let mut out = assembled(&[kicker], "In a house by the quay.");
        drop_cover_pages(&mut out);
        assert_eq!(out.intro.len(), 1);
        let cover = "THE HARBOUR MUSEUM AN INTERVIEW WITH MARA QUIST FOR THE FISHERIES ORAL \
                     HISTORY PROJECT INTERVIEW BY TOM HALE";
        let mut shouted = assembled(&[cover], "IN A HOUSE BY THE QUAY.");
        drop_cover_pages(&mut shouted);
        assert_eq!(shouted.intro.len(), 1);
    }
}
