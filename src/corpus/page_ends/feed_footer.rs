//! The footer a blog's feed adds under every post ("The post <title> appeared first on
//! <site>.", written by WordPress's SEO plugin in each language it is translated into): a
//! text copied from the feed keeps it as its last line. It names the post and the site, never
//! the interviewee's words. Told by its form: the line closing the text opens with the
//! footer's words for "the post", says the post "appeared first on" a site, and ends there.

use super::texts;

/// The footer's opening words and the words between the post's title and the site's name, in
/// the corpus's languages (English, Spanish, Portuguese, French, German).
const FOOTER_FORMS: &[(&str, &str)] = &[
    ("The post ", " appeared first on "),
    ("La entrada ", " se publicó primero en "),
    ("El artículo ", " se publicó primero en "),
    ("O post ", " apareceu primeiro em "),
    ("L’article ", " est apparu en premier sur "),
    ("L'article ", " est apparu en premier sur "),
    ("Der Beitrag ", " erschien zuerst auf "),
];

/// The site's name after "appeared first on" is a few words (its link's address aside).
const MAX_SITE_WORDS: usize = 6;

/// The index (into `lines`) of the feed footer closing the text, if there is one.
pub fn feed_footer(lines: &[(usize, &str)]) -> Option<usize> {
    let texts = texts(lines);
    let &(k, line) = texts.last()?;
    is_feed_footer(line).then_some(k)
}

/// The line has the footer's form: "The post … appeared first on <site>."
fn is_feed_footer(line: &str) -> bool {
    FOOTER_FORMS.iter().any(|(opening, middle)| {
        let Some(rest) = line.strip_prefix(opening) else {
            return false;
        };
        let Some((title, site)) = rest.rsplit_once(middle) else {
            return false;
        };
        let site = site.trim_end();
        let Some(site) = site.strip_suffix('.') else {
            return false;
        };
        // A Markdown link's address is no part of the site's name, which is a name: it
        // opens with a capital (or the link around it). So does the post's title ("The post
        // office appeared first on Main Street." is a sentence).
        let name = site.split("](").next().unwrap_or(site);
        !title.trim().is_empty()
            && opens_as_name(title)
            && opens_as_name(name)
            && (1..=MAX_SITE_WORDS).contains(&name.split_whitespace().count())
    })
}

/// A title's or name's opening: a capital or a digit, after any link bracket, emphasis mark or
/// quotation mark around it.
fn opens_as_name(text: &str) -> bool {
    text.trim_start_matches(['[', '*', '_', '"', '“', '«'])
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_feed_footer_closing_the_text_is_found() {
        let text =
            "Why kites?\n\nThe wind.\n\nThe post [Kites with Ana Roe](https://kite.example/ana) \
                    appeared first on [Kite Notes](https://kite.example).\n";
        let lines: Vec<(usize, &str)> = text.lines().enumerate().collect();
        assert_eq!(feed_footer(&lines), Some(4));
        let plain = "The post Kites with Ana Roe appeared first on Kite Notes.";
        assert!(is_feed_footer(plain));
        assert!(is_feed_footer(
            "O post Pipas com Ana apareceu primeiro em Notas de Pipa."
        ));
    }

    #[test]
    fn an_answer_saying_the_words_is_no_footer() {
        assert!(!is_feed_footer(
            "The post office appeared first on the map, then the school."
        ));
        assert!(!is_feed_footer("The post appeared first on Monday"));
        assert!(!is_feed_footer(
            "The post office appeared first on Main Street."
        ));
        let text = "Where did the town start?\n\nThe post office appeared first on Main Street.\n";
        let lines: Vec<(usize, &str)> = text.lines().enumerate().collect();
        assert_eq!(feed_footer(&lines), None, "a last answer's sentence");
        let text = "The post Kites appeared first on Kite Notes.\n\nWhy kites?\n\nThe wind.\n";
        let lines: Vec<(usize, &str)> = text.lines().enumerate().collect();
        assert_eq!(feed_footer(&lines), None, "not the text's last line");
    }
}
