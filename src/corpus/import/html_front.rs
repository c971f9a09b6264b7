//! An HTML page as a site generator keeps it in its sources (Jekyll, Nanoc, Hugo content
//! files): the article's HTML under a `---` YAML (or `+++` TOML) front matter block. The block
//! is the page's metadata, as in a Markdown post, never article text to quote.

use super::block::Block;
use super::front::front_matter;
use super::meta::{read_meta, PageMeta};
use super::{article, html, ImportError};

/// The page's metadata and paragraphs: the front matter's fields, where it has one, over what
/// the HTML's head says.
pub fn read_html(source: &str) -> Result<(PageMeta, Vec<Block>), ImportError> {
    let (front, html_text) = split_front(source);
    let document = scraper::Html::parse_document(html_text);
    let article = article::find_article(&document).ok_or(ImportError::NoArticle)?;
    let meta = read_meta(&document, Some(article));
    let meta = match front {
        Some(front) => over(front, meta),
        None => meta,
    };
    Ok((meta, html::read_blocks(article)))
}

/// The front matter block opening the page, when a fence (`---`, `+++`) opens it and another
/// closes it; the rest is the HTML.
fn split_front(source: &str) -> (Option<PageMeta>, &str) {
    let text = source.strip_prefix('\u{feff}').unwrap_or(source);
    let fence = text.lines().next().unwrap_or_default().trim();
    if fence != "---" && fence != "+++" {
        return (None, source);
    }
    let (mut meta, body) = front_matter(text);
    meta.settle_link(body);
    let closed = body.len() < text.len() && text.lines().skip(1).any(|l| l.trim() == fence);
    if closed {
        (Some(meta), body)
    } else {
        (None, source)
    }
}

/// Each field the front matter gives, else the HTML head's.
fn over(front: PageMeta, head: PageMeta) -> PageMeta {
    PageMeta {
        title: front.title.or(head.title),
        outlet: front.outlet.or(head.outlet),
        date: front.date.or(head.date),
        url: front.url.or(head.url),
        language: front.language.or(head.language),
        author: front.author.or(head.author),
        interviewee: front.interviewee.or(head.interviewee),
        topic: front.topic.or(head.topic),
        standfirst: front.standfirst.or(head.standfirst),
        link: head.link,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{import_page, PageKind};

    #[test]
    fn a_front_matter_over_html_paragraphs_is_metadata_not_text() {
        let page = "---\nyear: 2018\nperson: Maren Holt\nslug: maren_holt\n---\n\
                    <p>Maren Holt will speak about seed banks.</p>\n\
                    <p>Q: Could you introduce yourself?</p>\n\
                    <p>I keep seeds for a village library, and have done so for years.</p>\n\
                    <p>Q: Why seeds?</p>\n<p>\nBecause a garden forgets, and a drawer remembers.\n</p>\n";
        let imported = import_page(PageKind::Html, page).expect("imported");
        assert_eq!(imported.title, "Maren Holt");
        assert!(!imported.text.contains("slug"), "{}", imported.text);
        assert!(
            imported.text.contains("interviewee = \"Maren Holt\""),
            "{}",
            imported.text
        );
    }
}
