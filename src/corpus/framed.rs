//! A short line framed by dashes on both sides ("- Advertisement -", "– Os primeiros anos –"):
//! the print setting a word apart, an advertisement's slot or a section's name, never a
//! speaker's turn (a dialogue dash opens a turn; none closes it).

use super::cues::DIALOGUE_DASHES;
use super::furniture::is_furniture;
use super::reading::Clutter;

/// A framed section name is a few words; a longer framed line is text set off by a writer.
const MAX_FRAMED_WORDS: usize = 8;

/// Why a framed line is no one's words: page furniture when the frame holds an
/// advertisement's or a share button's word, else the name of a section.
pub fn framed_clutter(line: &str) -> Option<Clutter> {
    let inner = framed_inner(line)?;
    Some(if is_furniture(inner) {
        Clutter::PageFurniture
    } else {
        Clutter::SectionTitle
    })
}

/// A framed line (`lines[k]`) read as a section's name that has text right above or under
/// it: a section's name stands as a paragraph of its own, while a line glued to others is
/// a turn cut off mid-sentence ("- so I went back to -", "— Pero yo no quería —").
/// Furniture ("- Advertisement -") is dropped wherever it stands.
pub fn glued_section_title(lines: &[(usize, &str)], k: usize) -> bool {
    let text = |k: usize| lines.get(k).is_some_and(|(_, l)| !l.trim().is_empty());
    let glued = k.checked_sub(1).is_some_and(text) || text(k + 1);
    glued && framed_clutter(lines[k].1) == Some(Clutter::SectionTitle)
}

/// The words between the dashes: spaced from both, opening with a letter, ending no sentence
/// (a turn "- ¿Y usted? -" asks), and a few words only.
fn framed_inner(line: &str) -> Option<&str> {
    let inner = line
        .trim()
        .strip_prefix(DIALOGUE_DASHES)?
        .strip_suffix(DIALOGUE_DASHES)?;
    if !(inner.starts_with(char::is_whitespace) && inner.ends_with(char::is_whitespace)) {
        return None;
    }
    let inner = inner.trim();
    let words = inner.split_whitespace().count();
    let opens = inner.chars().next().is_some_and(char::is_alphabetic);
    let ends_sentence = inner.ends_with(['.', '?', '!', '…', ':', ';', ',']);
    (opens && !ends_sentence && (1..=MAX_FRAMED_WORDS).contains(&words)).then_some(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_framed_by_dashes_is_set_apart_by_the_print() {
        assert_eq!(
            framed_clutter("- Advertisement -"),
            Some(Clutter::PageFurniture)
        );
        assert_eq!(
            framed_clutter(" – Os primeiros anos –  "),
            Some(Clutter::SectionTitle)
        );
        assert_eq!(
            framed_clutter("— Publicidad —"),
            Some(Clutter::PageFurniture)
        );
    }

    #[test]
    fn a_cut_off_turn_glued_to_the_text_is_no_section_title() {
        let lines: Vec<(usize, &str)> = "A: I wanted to stay, but\n- so I went back to -\n\n\
                                          - Early years -\n\nQ: Why?"
            .lines()
            .enumerate()
            .collect();
        assert!(glued_section_title(&lines, 1));
        assert!(!glued_section_title(&lines, 3));
    }

    #[test]
    fn dialogue_turns_and_rules_are_not_framed_words() {
        assert_eq!(framed_clutter("—Sí —dijo él—"), None);
        assert_eq!(framed_clutter("- ¿Y usted? -"), None);
        assert_eq!(framed_clutter("- Yes, of course. -"), None);
        assert_eq!(framed_clutter("- - -"), None);
        assert_eq!(framed_clutter("-Word-"), None);
    }
}
