//! A block typed one paragraph a line without any blank line (a heading over each quoted
//! answer: `Sobre o disco` / `"Saiu em maio…"`): some of its lines end no sentence, so the
//! block is not read line by line for its marks alone, but its long lines show the text was
//! never wrapped, so every line break in it is the writer's.

/// A line of a block with its line number.
type Line = (usize, String);

/// A line longer than this is typed whole, never wrapped (text wrapped by hand or by a tool
/// runs at most about a hundred characters): when it closes a sentence, its line break ends a
/// paragraph ("…how long the nights can be." / "Read the full interview.").
pub(super) const MIN_UNWRAPPED_CHARS: usize = 160;

/// True when a line ends a sentence (a mark, a closing quote or emphasis).
pub(super) fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '?', '!', '…', '"', '”', '»', ')', '*', '’'])
}

/// This many headings over an unwrapped line or more show the block's breaks are the
/// writer's: one could be a wrapped sentence that happens to end before a pasted paragraph.
const MIN_HEADED_LINES: usize = 2;

/// A block of at least this many lines (a heading, its answer, the next heading).
const MIN_LINES: usize = 3;

/// True when each line of a block that is not hard-wrapped is a paragraph of its own: in
/// [`MIN_HEADED_LINES`] places or more, a line ending no sentence (a heading) stands over a
/// line too long to be wrapped, and every line that ends no sentence is followed by one
/// opening a new sentence, never by words going on in lowercase. A block whose lines all end
/// their sentences (Markdown lines broken inside one paragraph) has no heading and is left to
/// the other rules.
pub fn typed_by_line(lines: &[Line], hard_wrapped: bool) -> bool {
    let unwrapped = |l: &str| l.chars().count() > MIN_UNWRAPPED_CHARS;
    let headed = lines
        .windows(2)
        .filter(|pair| !ends_sentence(&pair[0].1) && unwrapped(&pair[1].1))
        .count();
    let breaks_are_kept = lines.windows(2).all(|pair| {
        ends_sentence(&pair[0].1) || pair[1].1.starts_with(|c: char| !c.is_lowercase())
    });
    !hard_wrapped && lines.len() >= MIN_LINES && headed >= MIN_HEADED_LINES && breaks_are_kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Line> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| (i + 1, t.to_string()))
            .collect()
    }

    const FIRST: &str = "\"It comes out in spring. I recorded it at home over two winters, \
        with friends dropping by when they could, and I paid for every hour of it myself, which \
        felt like freedom more than a burden.\"";
    const SECOND: &str = "\"My sister sings on two songs and my old teacher plays the cello \
        on the last one, which we recorded in a single take late one night after dinner at \
        the studio by the river.\"";

    #[test]
    fn headings_over_long_quoted_answers_are_lines_of_their_own() {
        let block = lines(&[
            "A new record, made at home",
            FIRST,
            "Guests on the record",
            SECOND,
        ]);
        assert!(typed_by_line(&block, false));
        assert!(!typed_by_line(&block, true));
    }

    #[test]
    fn wrapped_or_short_text_is_not_cut_at_each_line() {
        // Words going on in lowercase continue the line above.
        let going_on = lines(&["A new record, made", "at home", FIRST, SECOND]);
        assert!(!typed_by_line(&going_on, false));
        // Without long lines, the breaks may be a wrap.
        let short = lines(&["A new record", "Made at home", "Guests on it"]);
        assert!(!typed_by_line(&short, false));
        // One heading over a long line may be a wrapped sentence before a pasted paragraph.
        let one = lines(&["A new record, made at home", FIRST, "Guests on the record"]);
        assert!(!typed_by_line(&one, false));
        // Long lines each ending their sentence, without headings, are left to other rules.
        let no_heading = lines(&[FIRST, SECOND, "And a last line: see"]);
        assert!(!typed_by_line(&no_heading, false));
    }
}
