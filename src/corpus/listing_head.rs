//! The header of a page listing several posts, copied over the one post that is the
//! interview: a blog's tag, category or archive page ("Tag: Q&A Page 10 of 18",
//! "Monthly Archives: May 2019", "Blog | category: Debut Authors | (page 2 of 5)") names the
//! listing, never the interview, so it is no title; and a forum's archive view puts its own
//! words before the thread's name ("View Full Version : Pre-Game Press Conference"), which
//! are no part of the title.

/// A listing header is a short line: a site's name, a label, a topic and a page count (words
/// holding a letter or a digit; the bars between them are no words).
const MAX_LISTING_WORDS: usize = 12;

/// Words a blog sets before the topic of a listing page (English, Spanish, Portuguese);
/// followed by a colon or "for" ("Tag Archive for Interviews").
const LISTING_LABELS: &[&str] = &[
    "tag",
    "tags",
    "tagged",
    "category",
    "categories",
    "archive",
    "archives",
    "tag archive",
    "category archive",
    "category archives",
    "monthly archives",
    "yearly archives",
    "posts tagged",
    "etiqueta",
    "etiquetas",
    "categoría",
    "categoria",
    "archivo",
    "archivos",
    "arquivo",
    "arquivos",
];

/// Words of a page count: "Page 10 of 18", "página 2 de 5".
const PAGE_WORDS: &[&str] = &["page", "página", "pagina"];
const OF_WORDS: &[&str] = &["of", "de"];

/// The words a forum's archive (text-only) view prints before the thread's name.
const FORUM_ARCHIVE_PREFIX: &str = "view full version";

/// The line is a page's header over the headline: a navigation bar or a listing's header.
pub fn is_page_header(text: &str) -> bool {
    super::nav_bar::is_navigation_bar(text) || is_listing_header(text)
}

/// The headline without a forum archive view's words before the thread's name.
pub fn without_forum_prefix(title: String) -> String {
    forum_thread_name(&title).map_or_else(|| title.clone(), str::to_string)
}

/// The line is the header of a listing page: a short line opening with a listing label and
/// a colon or "for", or holding a page count ("page 2 of 5") anywhere.
pub fn is_listing_header(text: &str) -> bool {
    let text = text.trim().trim_start_matches('#').trim();
    let words = (text.split_whitespace())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    if text.contains('\n') || words > MAX_LISTING_WORDS {
        return false;
    }
    has_page_count(text) || opens_with_listing_label(text)
}

/// "Page N of M" among the words, with N at most M.
fn has_page_count(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.windows(4).any(|w| {
        let (n, m) = (w[1].parse::<u32>(), w[3].parse::<u32>());
        PAGE_WORDS.contains(&w[0].as_str())
            && OF_WORDS.contains(&w[2].as_str())
            && matches!((n, m), (Ok(n), Ok(m)) if 1 <= n && n <= m)
    })
}

/// A listing label then a colon ("Tag: Q&A", "Category Archives: Poets") or " for "
/// ("Tag Archive for Interviews"), with a topic after it.
fn opens_with_listing_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    LISTING_LABELS.iter().any(|label| {
        let rest = lower.strip_prefix(label).unwrap_or("");
        let topic = (rest.strip_prefix(':')).or_else(|| rest.strip_prefix(" for "));
        lower.starts_with(label) && topic.is_some_and(|t| !t.trim().is_empty())
    })
}

/// The thread's name when the headline is a forum archive view's ("View Full Version :
/// Pre-Game Press Conference" gives "Pre-Game Press Conference").
fn forum_thread_name(title: &str) -> Option<&str> {
    let head = title.get(..FORUM_ARCHIVE_PREFIX.len())?;
    let rest = title[FORUM_ARCHIVE_PREFIX.len()..].trim_start();
    let name = rest.strip_prefix(':')?.trim();
    (head.eq_ignore_ascii_case(FORUM_ARCHIVE_PREFIX) && !name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_category_or_paged_listing_header_is_recognised() {
        assert!(is_listing_header("Tag: Q&A Page 10 of 18"));
        assert!(is_listing_header("Monthly Archives: May 2019"));
        assert!(is_listing_header("Tag Archive for Interviews"));
        assert!(is_listing_header(
            "Harbour Notes | category: Debut Authors | (page 2 of 5)"
        ));
        assert!(is_listing_header(
            "Harbour Notes | category: 2019 Debut Author Challenge | (page 5 of 6)"
        ));
        assert!(is_listing_header("Etiqueta: entrevistas"));
        assert!(is_listing_header("Arquivo: entrevistas Página 3 de 7"));
    }

    #[test]
    fn a_headline_is_no_listing_header() {
        assert!(!is_listing_header("Ten Questions for Ana Vidal"));
        assert!(!is_listing_header("Ana Vidal: the page of my life"));
        assert!(!is_listing_header("Talking with Ana Vidal, part 2 of 3"));
        assert!(!is_listing_header("Tagline writers: an interview"));
        assert!(!is_listing_header("Archive:"));
        assert!(!is_listing_header("Page 5 of 2 and other stories"));
    }

    #[test]
    fn a_forum_archive_views_words_are_no_part_of_the_title() {
        assert_eq!(
            forum_thread_name("View Full Version : Pre-Game Press Conference"),
            Some("Pre-Game Press Conference")
        );
        assert_eq!(forum_thread_name("View Full Version"), None);
        assert_eq!(forum_thread_name("A view full of versions: talks"), None);
    }
}
