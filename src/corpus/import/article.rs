//! Finding the article in a page and dropping its furniture. A general mechanism, no site
//! rules: the article is the element the page marks as such (`[itemprop=articleBody]`,
//! `<article>`, `<main>`), else the element holding the most paragraph text; furniture is what
//! HTML marks as not being the text (navigation, header, footer, aside, scripts, forms) or
//! names so in its class, id or role (share, newsletter, comments, related…).

use scraper::{ElementRef, Html, Selector};

/// An element with less paragraph text than this is not an article (a teaser card, an empty
/// `<main>` of a script-rendered page).
pub const MIN_ARTICLE_CHARS: usize = 200;

/// A container named like furniture is still kept when it holds more than this share of the
/// article's text: a class such as `post-with-comments` on the body of the text must not drop it.
const MAX_FURNITURE_SHARE: f64 = 0.5;

/// Elements that are never article text.
const NEVER_TEXT_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "map",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "label",
    "dialog",
    "figure",
    "figcaption",
    "picture",
    "img",
    "head",
    "title",
    "meta",
    "link",
];

/// Elements that hold page furniture, unless they hold most of the text.
const FURNITURE_TAGS: &[&str] = &["nav", "header", "footer", "aside", "menu"];

/// ARIA roles of page furniture.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
    "menu",
    "menubar",
    "toolbar",
];

/// Words that, as a whole word of a class or id (split at `-`, `_` and case changes), name
/// page furniture.
const FURNITURE_WORDS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "comment",
    "comments",
    "related",
    "recommended",
    "recommendations",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "sponsor",
    "sponsored",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "tags",
    "byline",
    "author",
    "cookie",
    "cookies",
    "popup",
    "modal",
    "paywall",
    "nav",
    "navbar",
    "menu",
    "footer",
    "header",
    "masthead",
    "widget",
    "toolbar",
    "outbrain",
    "taboola",
    "trending",
    "popular",
    "more",
    "banner",
    "caption",
    "credit",
    "donate",
    "disqus",
    "sharebar",
    "print",
    "meta",
    "hidden",
    "visually",
    "sr",
    "pullquote",
    "pull",
];

/// Word beginnings that name furniture however the word goes on ("sharedaddy",
/// "socialicons", "newsletterbox", "relatedposts").
const FURNITURE_PREFIXES: &[&str] = &[
    "share",
    "social",
    "newsletter",
    "subscri",
    "related",
    "sponsor",
    "advert",
    "breadcrumb",
    "cookie",
    "paywall",
    "outbrain",
    "taboola",
    "disqus",
];

/// The element the article's text comes from, or `None` when the page has no text to speak of.
pub fn find_article(document: &Html) -> Option<ElementRef<'_>> {
    let marked = ["[itemprop=articleBody]", "article", "main, [role=main]"];
    for css in marked {
        let selector = Selector::parse(css).expect("valid selector");
        let best = document
            .select(&selector)
            .map(|element| (paragraph_chars(element), element))
            .max_by_key(|(chars, _)| *chars);
        if let Some((chars, element)) = best {
            if chars >= MIN_ARTICLE_CHARS {
                return Some(element);
            }
        }
    }
    densest_parent(document)
}

/// Characters of text in the `<p>` elements under `root` that are not furniture.
fn paragraph_chars(root: ElementRef<'_>) -> usize {
    let p = Selector::parse("p").expect("valid selector");
    root.select(&p)
        .filter(|p| !inside_furniture(*p, root))
        .map(|p| p.text().map(str::len).sum::<usize>())
        .sum()
}

fn inside_furniture(element: ElementRef<'_>, root: ElementRef<'_>) -> bool {
    element
        .ancestors()
        .take_while(|node| node.id() != root.id())
        .filter_map(ElementRef::wrap)
        .any(|e| is_never_text(e) || names_furniture(e))
}

/// The element whose `<p>` children hold the most text (their grandparent gets half of it, so a
/// text split into several sibling containers is found whole).
fn densest_parent(document: &Html) -> Option<ElementRef<'_>> {
    let p = Selector::parse("p").expect("valid selector");
    let body = document.root_element();
    let mut scores: std::collections::HashMap<ego_tree::NodeId, usize> = Default::default();
    for paragraph in document.select(&p) {
        if inside_furniture(paragraph, body) {
            continue;
        }
        let chars: usize = paragraph.text().map(str::len).sum();
        let mut parents = paragraph.ancestors().filter_map(ElementRef::wrap);
        if let Some(parent) = parents.next() {
            *scores.entry(parent.id()).or_default() += chars;
        }
        if let Some(grandparent) = parents.next() {
            *scores.entry(grandparent.id()).or_default() += chars / 2;
        }
    }
    let (&id, &score) = scores.iter().max_by_key(|(id, score)| (**score, **id))?;
    if score < MIN_ARTICLE_CHARS / 2 {
        return None;
    }
    document.tree.get(id).and_then(ElementRef::wrap)
}

/// Never part of the text, whatever it holds.
pub fn is_never_text(element: ElementRef<'_>) -> bool {
    let value = element.value();
    NEVER_TEXT_TAGS.contains(&value.name())
        || value.attr("hidden").is_some()
        || value.attr("aria-hidden") == Some("true")
        || value
            .attr("style")
            .is_some_and(|style| style.replace(' ', "").contains("display:none"))
}

/// Page furniture by tag, role, class or id. The caller checks how much text it holds.
pub fn names_furniture(element: ElementRef<'_>) -> bool {
    let value = element.value();
    if FURNITURE_TAGS.contains(&value.name()) {
        return true;
    }
    if value
        .attr("role")
        .is_some_and(|role| FURNITURE_ROLES.contains(&role.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    let names = value.attr("class").into_iter().chain(value.attr("id"));
    names.flat_map(name_words).any(|word| {
        FURNITURE_WORDS.contains(&word.as_str())
            || FURNITURE_PREFIXES
                .iter()
                .any(|prefix| word.starts_with(prefix))
    })
}

/// "shareBar post-meta" -> share, bar, post, meta.
fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        let boundary = !c.is_alphanumeric() || (c.is_uppercase() && previous_lower);
        if boundary && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        }
        previous_lower = c.is_lowercase();
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// True when `element` holds more than [`MAX_FURNITURE_SHARE`] of `total` characters of text:
/// then it is the text, whatever its name says.
pub fn holds_most_text(element: ElementRef<'_>, total: usize) -> bool {
    let chars: usize = element.text().map(str::len).sum();
    total > 0 && chars as f64 > total as f64 * MAX_FURNITURE_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_names_are_read_word_by_word() {
        assert_eq!(
            name_words("shareBar post-meta x_y"),
            ["share", "bar", "post", "meta", "x", "y"]
        );
        let doc =
            Html::parse_fragment(r#"<div class="shadow-box"></div><div class="ad-slot"></div>"#);
        let divs: Vec<_> = doc.select(&Selector::parse("div").unwrap()).collect();
        assert!(!names_furniture(divs[0]));
        assert!(names_furniture(divs[1]));
    }

    #[test]
    fn the_article_is_the_marked_element_with_most_text() {
        let long = "word ".repeat(60);
        let page = format!(
            "<body><article><p>teaser</p></article><article id=main><p>{long}</p></article></body>"
        );
        let doc = Html::parse_document(&page);
        assert_eq!(find_article(&doc).unwrap().value().id(), Some("main"));
    }

    #[test]
    fn without_marks_the_densest_container_is_the_article() {
        let long = "word ".repeat(60);
        let page = format!(
            "<body><div class=nav><p>Home</p></div><div id=text><p>{long}</p><p>{long}</p></div></body>"
        );
        let doc = Html::parse_document(&page);
        assert_eq!(find_article(&doc).unwrap().value().id(), Some("text"));
        assert!(find_article(&Html::parse_document("<p>short</p>")).is_none());
    }
}
