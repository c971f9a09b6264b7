//! A section's name set as a Markdown heading of a lower level over the page's headline
//! ("## Culture" over "# The ropemaker who kept the old walk"): a blog export keeps the
//! section, the series or the category the post was filed under above the post's own title,
//! a level-two heading or deeper. The level says which is the headline: a page has one
//! level-one heading, its title, and what stands above it is the page's rubric.

use super::reading::Para;

/// The heading's level: the number of `#` opening it before a space, if it is one.
fn heading_level(text: &str) -> Option<usize> {
    let marks = text.chars().take_while(|&c| c == '#').count();
    (marks > 0 && text[marks..].starts_with(' ')).then_some(marks)
}

/// Paragraph `i` is a heading of level two or deeper right above the file's only level-one
/// heading.
pub fn is_over_headline(paras: &[Para], i: usize) -> bool {
    let top = |p: &Para| heading_level(&p.text) == Some(1);
    heading_level(&paras[i].text).is_some_and(|level| level > 1)
        && paras.get(i + 1).is_some_and(top)
        && paras.iter().filter(|p| top(p)).count() == 1
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_section_heading_over_the_only_level_one_heading_is_no_title() {
        let body = "Ida Brenn has made rope by hand for forty years in a shed by the river.\n\n\
                    **How did you start?**\n\nMy father ran the walk.\n\n\
                    **Is there a market?**\n\nSchools and theatres buy from us.\n\n\
                    **What would you tell a beginner?**\n\nCome in winter.\n";
        let page = format!("## Culture\n\n# The ropemaker of the old walk\n\n{body}");
        let reading = crate::corpus::read("t", &page).expect("parses");
        assert_eq!(reading.interview.title, "The ropemaker of the old walk");
        // A second level-one heading makes the levels say nothing: the first line stays.
        let two = format!("## Culture\n\n# The ropemaker of the old walk\n\n# Part one\n\n{body}");
        let reading = crate::corpus::read("t", &two).expect("parses");
        assert_eq!(reading.interview.title, "Culture");
    }
}
