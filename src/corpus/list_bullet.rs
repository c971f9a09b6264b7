//! The bullet opening a list item ("- the roof", "* two saws", "• a kiln"): a mark of the
//! layout, not of the speaker's words, read both where a list is told apart from answers and
//! where a label heads the list under it.

/// The marks opening a bulleted item, each followed by a space.
const BULLETS: [char; 4] = ['-', '*', '+', '•'];

/// The item's text after its bullet and the space, when the paragraph opens with one and
/// something other than another bullet follows ("* * *" is a separator, not an item).
pub fn bullet_body(text: &str) -> Option<&str> {
    text.strip_prefix(BULLETS)
        .filter(|rest| rest.starts_with(' '))
        .map(str::trim_start)
        .filter(|rest| !rest.is_empty() && !rest.starts_with(BULLETS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bullet_and_a_space_open_an_item_a_row_of_marks_does_not() {
        assert_eq!(bullet_body("• a kiln"), Some("a kiln"));
        assert_eq!(bullet_body("- the roof"), Some("the roof"));
        assert_eq!(bullet_body("* * *"), None);
        assert_eq!(bullet_body("-3 degrees at night."), None);
        assert_eq!(bullet_body("Two boats."), None);
    }
}
