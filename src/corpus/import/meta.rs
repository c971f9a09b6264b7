//! What the page says about itself: title, outlet, date, canonical address and language, from
//! the `<head>` (Open Graph, `<link rel=canonical>`), JSON-LD and the document.

use scraper::{ElementRef, Html, Selector};

use crate::corpus::yaml_head::page_link;

/// Facts about a page, each from the most reliable place that has it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// `og:title`, else `<title>`, else the first `<h1>`; a trailing " | Outlet" is removed.
    pub title: Option<String>,
    /// `og:site_name`, else the JSON-LD publisher's name.
    pub outlet: Option<String>,
    /// `article:published_time`, else JSON-LD `datePublished`, else the article's
    /// `<time datetime>`; the day only when the value starts with one.
    pub date: Option<String>,
    /// `<link rel=canonical>`, else `og:url`.
    pub url: Option<String>,
    /// The primary language subtag of `<html lang>` ("en" for "en-GB").
    pub language: Option<String>,
    /// The article's author (JSON-LD `author`, else `<meta name=author>`): in an interview, the
    /// person who asked the questions.
    pub author: Option<String>,
    /// The person interviewed, when a Markdown page's front matter names them
    /// (`interviewee:`, `guest:`, `person:`); HTML pages have no such field.
    pub interviewee: Option<String>,
    /// What the conversation is about, when a Markdown page's front matter says so (`topic:`,
    /// `talk:`): with the interviewee, the title of a page whose front matter gives none.
    pub topic: Option<String>,
    /// A Markdown page's standfirst from its front matter (`excerpt:`, `description:`): the
    /// first paragraph of the introduction.
    pub standfirst: Option<String>,
    /// An address a Markdown page's front matter gives under a key that names either the page
    /// or the page a post is about (`link:`, `source:`); see [`PageMeta::settle_link`].
    pub link: Option<String>,
}

impl PageMeta {
    /// Without an address of its own (`url:`, `canonical:`), the page's is the front matter's
    /// `link:` or `source:`, unless the text links to it: then it is the page the post is about
    /// (the interviewee's project, a link post's subject), not the post.
    pub fn settle_link(&mut self, body: &str) {
        let link = self.link.take();
        if self.url.is_none() {
            self.url = page_link(link, body);
        }
    }
}

/// Reads the page's metadata; `article` is the element the text comes from, whose `<time>`
/// (or the nearest one around it) is the publication date when nothing better says so.
pub fn read_meta(document: &Html, article: Option<ElementRef<'_>>) -> PageMeta {
    let json_ld = json_ld(document);
    let (title, outlet) = title_and_outlet(document, &json_ld);
    // The article's own dateline, else the nearest one around it (a headline block often
    // holds the date next to the text's container).
    let time_selector = selector("time[datetime]");
    let time_in_article = article.and_then(|root| {
        std::iter::once(root)
            .chain(root.ancestors().filter_map(ElementRef::wrap))
            .find_map(|scope| scope.select(&time_selector).next())
            .and_then(|time| time.attr("datetime"))
            .map(str::to_string)
    });
    let date = meta_content(document, "article:published_time")
        .or_else(|| {
            json_ld
                .iter()
                .find_map(|v| json_string(v, &["datePublished"]))
        })
        .or(time_in_article)
        .map(|date| day_of(&date));
    let url = own_address(document);
    let language = document
        .root_element()
        .attr("lang")
        .and_then(|lang| lang.split(['-', '_']).next())
        .map(|lang| lang.trim().to_ascii_lowercase())
        .filter(|lang| {
            (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_alphabetic())
        });
    let author = json_ld
        .iter()
        .find_map(|v| json_author(v, &json_ld))
        .or_else(|| meta_content(document, "author"));
    PageMeta {
        title,
        outlet,
        date,
        url,
        language,
        author,
        interviewee: None,
        topic: None,
        standfirst: None,
        link: None,
    }
}

/// The page's own address: `<link rel=canonical>`, else `og:url`, from the `<head>` only. A
/// card the article embeds for another page (the interviewee's project, a related story)
/// carries that page's canonical link and Open Graph address inside the body.
fn own_address(document: &Html) -> Option<String> {
    let canonical = document
        .select(&selector("head link[rel~=canonical][href]"))
        .filter_map(|link| link.attr("href"))
        .map(|href| href.trim().to_string())
        .find(|href| !href.is_empty());
    canonical.or_else(|| {
        document
            .select(&selector("head meta[content]"))
            .filter(|meta| {
                meta.attr("property") == Some("og:url") || meta.attr("name") == Some("og:url")
            })
            .filter_map(|meta| meta.attr("content"))
            .map(super::block::collapse_whitespace)
            .find(|content| !content.is_empty())
    })
}

/// A selector from a constant string of this module.
fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("selectors in this module are valid")
}

/// The content of `<meta property=NAME>` or `<meta name=NAME>`, trimmed, if not empty.
fn meta_content(document: &Html, name: &str) -> Option<String> {
    document
        .select(&selector("meta[content]"))
        .filter(|meta| meta.attr("property") == Some(name) || meta.attr("name") == Some(name))
        .filter_map(|meta| meta.attr("content"))
        .map(super::block::collapse_whitespace)
        .find(|content| !content.is_empty())
}

fn first_text(document: &Html, css: &str) -> Option<String> {
    document
        .select(&selector(css))
        .map(|element| super::block::collapse_whitespace(&element.text().collect::<String>()))
        .find(|text| !text.is_empty())
}

/// Every JSON-LD object of the page, `@graph` members included.
fn json_ld(document: &Html) -> Vec<serde_json::Value> {
    let mut objects = Vec::new();
    for script in document.select(&selector(r#"script[type="application/ld+json"]"#)) {
        let text: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        let mut stack = vec![value];
        while let Some(value) = stack.pop() {
            match value {
                serde_json::Value::Array(items) => stack.extend(items.into_iter().rev()),
                serde_json::Value::Object(mut map) => {
                    if let Some(graph) = map.remove("@graph") {
                        stack.push(graph);
                    }
                    objects.push(serde_json::Value::Object(map));
                }
                _ => {}
            }
        }
    }
    objects
}

/// The string at `path` in a JSON-LD object (the first element where a step is an array).
fn json_string(value: &serde_json::Value, path: &[&str]) -> Option<String> {
    let mut current = value;
    for key in path {
        current = current.get(key)?;
        if let Some(first) = current.as_array().and_then(|items| items.first()) {
            current = first;
        }
    }
    let text = current.as_str()?.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// The author's name of a JSON-LD object, following an `{"@id": …}` reference to another
/// object of the page (how Yoast and other SEO plugins write it).
fn json_author(value: &serde_json::Value, objects: &[serde_json::Value]) -> Option<String> {
    json_string(value, &["author", "name"]).or_else(|| {
        let id = json_string(value, &["author", "@id"])?;
        objects
            .iter()
            .filter(|o| o.get("@id").and_then(|v| v.as_str()) == Some(id.as_str()))
            .find_map(|o| json_string(o, &["name"]))
    })
}

/// "2023-04-11" from "2023-04-11T08:00:00+02:00"; other forms are kept as written.
fn day_of(date: &str) -> String {
    let date = date.trim();
    let is_day = date.len() >= 10
        && date.char_indices().take(10).all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if is_day {
        date[..10].to_string()
    } else {
        date.to_string()
    }
}

/// Page titles often end with the outlet's name after a separator: "Title | Outlet".
/// The page's title without its site's name, and the site (the outlet).
fn title_and_outlet(
    document: &Html,
    json_ld: &[serde_json::Value],
) -> (Option<String>, Option<String>) {
    let headline = first_text(document, "h1");
    let page_title = meta_content(document, "og:title").or_else(|| first_text(document, "title"));
    // "Headline | Site": the part after the headline names the site, when nothing else does.
    let site_after_headline = (page_title.as_deref().zip(headline.as_deref()))
        .and_then(|(title, headline)| site_after(title, headline));
    let outlet = meta_content(document, "og:site_name")
        .or_else(|| {
            json_ld
                .iter()
                .find_map(|v| json_string(v, &["publisher", "name"]))
        })
        .or(site_after_headline);
    let title = page_title
        .or(headline)
        .map(|title| strip_site_suffix(&title, outlet.as_deref()));
    (title, outlet)
}

/// Separators between a page's headline and its site's name in `<title>`.
const SITE_SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " · ", " :: "];

/// "Headline | Site" gives "Site" when `title` is the page's `headline` and a separator.
fn site_after(title: &str, headline: &str) -> Option<String> {
    let rest = title.trim().strip_prefix(headline.trim())?;
    let site = SITE_SEPARATORS
        .iter()
        .find_map(|separator| rest.strip_prefix(separator))?
        .trim();
    (!site.is_empty()).then(|| site.to_string())
}

fn strip_site_suffix(title: &str, outlet: Option<&str>) -> String {
    let Some(outlet) = outlet.filter(|o| !o.trim().is_empty()) else {
        return title.to_string();
    };
    for separator in SITE_SEPARATORS {
        if let Some(head) = title
            .strip_suffix(outlet)
            .and_then(|t| t.strip_suffix(separator))
        {
            if !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_metadata_is_read_in_order_of_reliability() {
        let page = r#"<html lang="es-AR"><head><title>La charla | El Diario</title>
            <meta property="og:site_name" content="El Diario">
            <link rel="canonical" href=" https://example.org/charla ">
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-05-02T10:00:00Z","author":[{"name":"Tomás Herrera"}]}]}</script>
            </head><body><h1>Other</h1></body></html>"#;
        let meta = read_meta(&Html::parse_document(page), None);
        assert_eq!(meta.title.as_deref(), Some("La charla"));
        assert_eq!(meta.outlet.as_deref(), Some("El Diario"));
        assert_eq!(meta.date.as_deref(), Some("2021-05-02"));
        assert_eq!(meta.url.as_deref(), Some("https://example.org/charla"));
        assert_eq!(meta.language.as_deref(), Some("es"));
        assert_eq!(meta.author.as_deref(), Some("Tomás Herrera"));
    }

    #[test]
    fn the_site_after_the_headline_in_the_page_title_is_the_outlet() {
        let page = r#"<html><head><title>Talk with Marta Lins - Chess | School Paper</title>
            </head><body><h1>Talk with Marta Lins - Chess</h1></body></html>"#;
        let meta = read_meta(&Html::parse_document(page), None);
        assert_eq!(meta.title.as_deref(), Some("Talk with Marta Lins - Chess"));
        assert_eq!(meta.outlet.as_deref(), Some("School Paper"));
        let page =
            r#"<html><head><title>Lins | Chess</title></head><body><h1>Other</h1></body></html>"#;
        let meta = read_meta(&Html::parse_document(page), None);
        assert_eq!(
            meta.title.as_deref(),
            Some("Lins | Chess"),
            "no headline to compare"
        );
        assert_eq!(meta.outlet, None);
    }

    #[test]
    fn og_and_article_meta_win_and_broken_json_ld_is_ignored() {
        let page = r#"<html><head><title>T</title>
            <meta property="og:title" content="OG title">
            <meta property="og:url" content="https://example.org/og">
            <meta property="article:published_time" content="12 May 2020">
            <script type="application/ld+json">{broken</script>
            <script type="application/ld+json">{"@graph":[{"@type":"WebPage","author":{"@id":"person-1"}},{"@id":"person-1","name":"Rosa Vidal"}]}</script>
            </head><body></body></html>"#;
        let meta = read_meta(&Html::parse_document(page), None);
        assert_eq!(meta.title.as_deref(), Some("OG title"));
        assert_eq!(meta.date.as_deref(), Some("12 May 2020"));
        assert_eq!(meta.url.as_deref(), Some("https://example.org/og"));
        assert_eq!(meta.language, None);
        assert_eq!(meta.outlet, None);
        assert_eq!(meta.author.as_deref(), Some("Rosa Vidal"));
    }

    #[test]
    fn the_address_is_the_heads_never_a_card_embedded_in_the_body() {
        let page = r#"<html><head><title>Talk</title></head><body><article>
            <p>We spoke about her loom.</p>
            <div class="embed"><link rel="canonical" href="https://example.com/loom">
            <meta property="og:url" content="https://example.com/loom"></div>
            </article></body></html>"#;
        assert_eq!(read_meta(&Html::parse_document(page), None).url, None);
        let page = r#"<html><head><meta property="og:url" content="https://example.org/talk">
            </head><body><div><link rel="canonical" href="https://example.com/loom"></div>
            </body></html>"#;
        let meta = read_meta(&Html::parse_document(page), None);
        assert_eq!(meta.url.as_deref(), Some("https://example.org/talk"));
    }

    #[test]
    fn the_date_falls_back_to_the_articles_time_element() {
        let page = r#"<html><body><h1>Head</h1><article><time datetime="2019-01-02">2 Jan</time></article></body></html>"#;
        let document = Html::parse_document(page);
        let article = document.select(&selector("article")).next();
        let meta = read_meta(&document, article);
        assert_eq!(meta.date.as_deref(), Some("2019-01-02"));
        assert_eq!(meta.title.as_deref(), Some("Head"));
    }
}
