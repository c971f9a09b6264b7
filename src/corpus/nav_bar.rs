//! A site's navigation bar copied as one line: links set between bars ("| Back to Interviews |
//! Index | Home |"). A headline is one phrase; a line cut by bars into several short items
//! is the site's menu, on every page of it: never the title, never a name, never quoted.

/// A bar separates at least this many items: two items may be a headline and its site's name
/// ("Ten questions for Ana Vidal | Harbour Notes").
const MIN_BAR_ITEMS: usize = 3;

/// A menu item is a few words ("Back to \"L\" Interviews", "Index of Interviews"); a longer
/// item is a headline or a sentence.
const MAX_BAR_ITEM_WORDS: usize = 5;

/// The paragraph is a navigation bar: one line cut by `|` into at least [`MIN_BAR_ITEMS`]
/// items, each of a few words opening with a capital, a digit or a quotation mark and closing
/// no sentence. A Markdown table row is no menu: its rule row (`| --- |`) or a cell holding a
/// sentence or a label's colon gives it away.
pub fn is_navigation_bar(text: &str) -> bool {
    let text = text.trim();
    if text.contains('\n') {
        return false;
    }
    let items: Vec<&str> = (text.split('|').map(str::trim))
        .filter(|item| !item.is_empty())
        .collect();
    items.len() >= MIN_BAR_ITEMS && items.iter().all(|item| is_menu_item(item))
}

/// A few words opening with a capital, a digit or a quotation mark, closing no sentence and
/// holding no label's colon.
fn is_menu_item(item: &str) -> bool {
    let words = item.split_whitespace().count();
    let opens = item.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '"');
    let sentence = item.ends_with(['.', '?', '!', ':']) || item.contains(": ");
    words <= MAX_BAR_ITEM_WORDS && opens && !sentence && !item.contains("**")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_links_between_bars_is_navigation() {
        assert!(is_navigation_bar(
            "| Back to \"M\" Talks | Index of Talks | Method | Home |"
        ));
        assert!(is_navigation_bar("Home | About Us | Archive | Contact"));
    }

    #[test]
    fn a_headline_with_its_sites_name_or_a_table_row_is_no_navigation() {
        assert!(!is_navigation_bar(
            "Ten questions for Ana Vidal | Harbour Notes"
        ));
        assert!(!is_navigation_bar(
            "| **Role:** | Head of Lab | Since 2019 |"
        ));
        assert!(!is_navigation_bar(
            "| Name | Role |\n| --- | --- |\n| Ana | Chair |"
        ));
        assert!(!is_navigation_bar(
            "| She grew up by the sea. | Then she left. | Now she is back. |"
        ));
    }
}
