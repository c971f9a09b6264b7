//! A site's navigation copied at the top of a pasted page: the site's name and its menu items,
//! one short line each ("Harbour Notes" / "Home" / "Books" / "Contact"), then a blank line and
//! the post. Browsers copy a menu that way; a headline is one line, and a kicker over a
//! headline is one or two. The block is the site's, on every page of it: never the title,
//! never quoted.
//!
//! A block of the same shape may be the page's own: credit lines ("Guest: Ida Holm") or a
//! kicker over a two-line headline naming the guest. A menu has no labelled line, and past its
//! first line (the site's name, which may be its owner's) never names a person the text goes
//! on to name.

use super::labels::is_name_like;

/// A menu has the site's name and at least two items: three lines at least, so a kicker over
/// a two-line headline is not taken for one.
const MIN_MENU_LINES: usize = 3;

/// A menu item or a site's name is a few words ("About Us", "Corujas de Biblioteca"); a
/// longer line is a headline or a sentence.
const MAX_MENU_ITEM_WORDS: usize = 4;

/// A person's name in a headline has a given name and a family name, at most a few words:
/// a one-word line is a section ("Books"), not a name the text can be said to repeat.
const MIN_NAME_WORDS: usize = 2;

/// The lines (indexes into `lines`) of a navigation block opening the text: the first lines
/// before the first blank one, at least [`MIN_MENU_LINES`] of them, each a capitalised item of
/// a few words with no punctuation of a sentence, with more text after the blank line. Lines
/// `is_furniture` tells apart (today's date in a news site's menu bar, a "Subscribe" button)
/// may stand among them.
pub fn navigation_lines(
    lines: &[(usize, &str)],
    is_furniture: impl Fn(&str) -> bool,
) -> Vec<usize> {
    let Some(start) = lines.iter().position(|(_, l)| !l.trim().is_empty()) else {
        return Vec::new();
    };
    let end = (start..lines.len())
        .find(|&i| lines[i].1.trim().is_empty())
        .unwrap_or(lines.len());
    let more_text = lines[end..].iter().any(|(_, l)| !l.trim().is_empty());
    let block = &lines[start..end];
    let items: Vec<&str> = (block.iter().map(|(_, l)| l.trim()))
        .filter(|l| !is_furniture(l))
        .collect();
    let rest: Vec<&str> = lines[end..].iter().map(|(_, l)| *l).collect();
    // Only a block as short as a kicker over a two-line headline may be the page's own; a
    // longer menu's city or club items ("Buenos Aires", "Real Madrid") come back in its posts.
    let names_a_person =
        items.len() == MIN_MENU_LINES && items.iter().skip(1).any(|l| repeated_name(l, &rest));
    if more_text
        && items.len() >= MIN_MENU_LINES
        && items.iter().all(|l| is_menu_item(l))
        && !names_a_person
    {
        (start..end).collect()
    } else {
        Vec::new()
    }
}

/// "Home", "About Us", "N&B", "Cine y TV": a few words opening with a capital (or a site's
/// name in capitals), no sentence punctuation, no Markdown or list marker, and no label with
/// its colon (a credit line, "Guest: Ida Holm").
fn is_menu_item(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let capital = line.chars().next().is_some_and(char::is_uppercase);
    (1..=MAX_MENU_ITEM_WORDS).contains(&words)
        && capital
        && !line.contains(':')
        && !line.ends_with(['.', '!', '?', ';', ',', '…'])
        && !line.contains(['"', '“', '”', '«', '»'])
}

/// The line is a person's name of a few words ("Ida Holm") that the text after the block
/// names again, as a whole word run: the guest of a headline, not a menu item.
fn repeated_name(line: &str, rest: &[&str]) -> bool {
    let words = line.split_whitespace().count();
    (MIN_NAME_WORDS..=MAX_MENU_ITEM_WORDS).contains(&words)
        && is_name_like(line)
        && rest.iter().any(|text| {
            text.match_indices(line).any(|(at, _)| {
                let before = text[..at].chars().next_back();
                let after = text[at + line.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(text: &str) -> Vec<(usize, &str)> {
        text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect()
    }

    fn no_date(_: &str) -> bool {
        false
    }

    #[test]
    fn a_longer_menu_naming_a_city_the_post_names_is_still_a_menu() {
        let text = "Diario del Sur\nHome\nBuenos Aires\nCultura\nDeportes\n\n\
                    Un verano en Buenos Aires\n\nLlegó a Buenos Aires en 1990.";
        let lines = numbered(text);
        assert_eq!(navigation_lines(&lines, no_date), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn a_menu_over_the_post_is_navigation() {
        let text = "Tide Tables\nHome\nAbout Us\nContact\n\nTalking to Ida Holm\n\nQ: Why?";
        assert_eq!(navigation_lines(&numbered(text), no_date), [0, 1, 2, 3]);
        // With today's date in the menu bar.
        let text = "THE QUAY\nPort\nCulture\n03·05·24 | 07:00\n\nIda Holm habla\n\nP: ¿Por qué?";
        let dated = |l: &str| l.starts_with("03");
        assert_eq!(navigation_lines(&numbered(text), dated).len(), 4);
        // An author's own site opens with the author's name, which the post repeats.
        let text = "Ida Holm\nHome\nBooks\nContact\n\nIda Holm answers\n\nQ: Why?";
        assert_eq!(navigation_lines(&numbered(text), no_date).len(), 4);
    }

    #[test]
    fn a_headline_block_or_a_header_with_sentences_is_no_menu() {
        for text in [
            // Kicker and headline: two lines.
            "INTERVIEW\nIda Holm on tides\n\nQ: Why?",
            // A byline, a date and lowercase tags.
            "Interviewed by the desk\nApril 4, 2008\ntides harbour boats\n\nQ: Why?",
            // A standfirst closing a sentence.
            "Ida Holm\nTide keeper\nShe reads the sea.\n\nQ: Why?",
            // The whole text is one block.
            "Home\nBooks\nContact",
            // Credit lines of a show page.
            "Episode 12\nGuest: Ida Holm\nHost: Ana Ruiz\n\nQ: Why the tides, Ida Holm?",
            // A kicker over a two-line headline naming the guest the text names again.
            "INTERVIEW\nIda Holm\nTide Keeper\n\nIda Holm has read the sea for years.\n\nQ: Why?",
        ] {
            assert!(
                navigation_lines(&numbered(text), no_date).is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn a_pasted_menu_is_neither_title_nor_introduction() {
        let text = "Tide Tables\nHome\nLogbook\nContact\n\nTalking to Ida Holm, tide keeper\n\n\
                    Ida Holm has kept the tide gauge of Skagen for thirty years.\n\n\
                    Q: What does the gauge measure?\n\nA: The height of the sea, every ten minutes.\n\n\
                    Q: And storms?\n\nA: Storms break it, so I fix it.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.title, "Talking to Ida Holm, tide keeper");
        assert_eq!(reading.interview.intro.len(), 1);
        assert!(reading.interview.intro[0].starts_with("Ida Holm has kept"));
    }
}
