//! A headline that only names the genre ("Entrevista", "Interview", "Q&A"): a blog's section
//! label set over every post, which tells one interview from no other. The file's name, where
//! the owner wrote who was interviewed, is the better title.

/// Headlines naming the genre and nothing else, lowercase, in English, Spanish and Portuguese.
const GENRE_TITLES: &[&str] = &[
    "interview",
    "interviews",
    "the interview",
    "q&a",
    "q & a",
    "entrevista",
    "entrevistas",
    "la entrevista",
    "a entrevista",
];

/// Forgets a headline that only names the genre, so the file's name is the title.
pub fn drop_genre_title(title: &mut Option<String>, title_line: &mut Option<usize>) {
    if title.as_deref().is_some_and(is_genre_title) {
        *title = None;
        *title_line = None;
    }
}

/// The headline is a word for the genre alone, whatever its case and closing marks.
fn is_genre_title(title: &str) -> bool {
    let plain = title
        .trim()
        .trim_end_matches([':', '.', '!'])
        .to_lowercase();
    GENRE_TITLES.contains(&plain.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_naming_only_the_genre_gives_way_to_the_file_name() {
        let (mut title, mut line) = (Some("ENTREVISTA".to_string()), Some(1));
        drop_genre_title(&mut title, &mut line);
        assert_eq!((title, line), (None, None));
        let (mut title, mut line) = (Some("Entrevista com Rosa Lind".to_string()), Some(1));
        drop_genre_title(&mut title, &mut line);
        assert_eq!(title.as_deref(), Some("Entrevista com Rosa Lind"));
        assert!(is_genre_title("Q&A:"));
    }
}
