//! A list of links down a page's side ("Most read", the section's other stories) copied with
//! the text into the introduction.

/// A list of links down a page's side ("Most read", the section's other stories) has at least
/// this many items in a row; one or two short lines are a headline and a subtitle.
const MIN_LINK_LIST_ITEMS: usize = 3;

/// An item of such a list is a headline or a section's name: this many words at most.
const MAX_LINK_ITEM_WORDS: usize = 12;

/// A list of links holds at least this many headlines of this many words or more: the
/// stories a sidebar points at are told in a phrase, while a fact box's items ("Baker",
/// "Porto") are a word or two.
const MIN_HEADLINES: (usize, usize) = (2, 3);

/// The indexes of the introduction's paragraphs that make a list of links copied with the
/// page: [`MIN_LINK_LIST_ITEMS`] or more short lines in a row, none closing a sentence or
/// holding one (an introduction is prose; a sidebar's headlines end without a stop), set at
/// the introduction's start or end (a sidebar is copied around the text, not inside it),
/// each opening with a capital as headlines do (a stanza's lines run on in lowercase), with
/// [`MIN_HEADLINES`] of them long enough to tell a story.
pub fn link_list(intro: &[(String, usize)]) -> Vec<usize> {
    let item = |text: &str| {
        let text = text.trim().trim_end_matches(['"', '”', '’', '»', '*', '_']);
        super::cues::words(text) <= MAX_LINK_ITEM_WORDS
            && !text.ends_with(['.', '!', '?', '？', ':', ';', '…', ','])
            && ![". ", "! ", "? "].iter().any(|stop| text.contains(stop))
    };
    let mut listed = Vec::new();
    let mut run = Vec::new();
    for i in 0..=intro.len() {
        if intro.get(i).is_some_and(|(text, _)| item(text)) {
            run.push(i);
            continue;
        }
        if is_link_run(intro, &run) {
            listed.append(&mut run);
        }
        run.clear();
    }
    listed
}

/// The run of short lines `run` of `intro` looks like a list of links (see [`link_list`]).
fn is_link_run(intro: &[(String, usize)], run: &[usize]) -> bool {
    let (Some(&first), Some(&last)) = (run.first(), run.last()) else {
        return false;
    };
    let text = |i: usize| intro[i].0.trim();
    let headlines = run
        .iter()
        .filter(|&&i| super::cues::words(text(i)) >= MIN_HEADLINES.1)
        .count();
    run.len() >= MIN_LINK_LIST_ITEMS
        && (first == 0 || last + 1 == intro.len())
        && run
            .iter()
            .all(|&i| text(i).starts_with(|c: char| c.is_uppercase() || c.is_numeric()))
        && headlines >= MIN_HEADLINES.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_short_lines_in_a_row_in_an_introduction_are_a_list_of_links() {
        let intro: Vec<(String, usize)> = [
            "Most read",
            "Harbour fees rise again",
            "The last ferry of the season",
            "Ilse Marrow has mended sails for forty years. We met her at the quay.",
            "A sailmaker",
            "Tidewater, 2024",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| (t.to_string(), i))
        .collect();
        assert_eq!(link_list(&intro), [0, 1, 2]);
        assert_eq!(link_list(&numbered(&intro_of(&[3, 0, 1, 2]))), [1, 2, 3]);
    }

    fn intro_of(order: &[usize]) -> Vec<&'static str> {
        let lines = [
            "Most read",
            "Harbour fees rise again",
            "The last ferry of the season",
            "Ilse Marrow has mended sails for forty years. We met her at the quay.",
        ];
        order.iter().map(|&i| lines[i]).collect()
    }

    fn numbered(lines: &[&str]) -> Vec<(String, usize)> {
        (lines.iter().enumerate())
            .map(|(i, t)| (t.to_string(), i))
            .collect()
    }

    #[test]
    fn a_stanza_a_fact_box_or_short_lines_inside_the_introduction_are_no_links() {
        let stanza = numbered(&[
            "Under the pier the water keeps",
            "the names of boats we burned",
            "and every winter gives one back",
            "Odile Braz writes poems about the coast. We spoke in her kitchen.",
        ]);
        assert!(link_list(&stanza).is_empty());
        let facts = numbered(&[
            "Luz Arriaga, 61",
            "Cooper",
            "Mértola",
            "Luz Arriaga has made barrels for thirty years. We met her at work.",
        ]);
        assert!(link_list(&facts).is_empty());
        let inside = numbered(&[
            "Odile Braz writes poems about the coast. We spoke in her kitchen.",
            "Most read",
            "Harbour fees rise again",
            "The last ferry of the season",
            "She has lived by the sea all her life.",
        ]);
        assert!(link_list(&inside).is_empty());
    }
}
