//! `import`: a saved web page (`.html`, `.htm`) or a Markdown file of an interview becomes the
//! text of a corpus file, with front matter from the page's metadata, explicit `Q:`/`A:` labels
//! and only the article's own text.
//!
//! Pure functions from page text to corpus text; the caller reads and writes files.
//! - [`article`]: which element of an HTML page is the article, and what inside it is furniture.
//! - [`html`] / [`markdown`]: the article's paragraphs with their cues (bold, heading, labels).
//! - [`meta`]: title, outlet, date, address and language from the page's head.
//! - [`headline`] / [`fragments`]: the page's own headline, and the short paragraphs of page
//!   furniture (buttons, labels, captions), which are no part of the conversation.
//! - [`structure`]: which paragraphs are questions and who the speakers are.
//! - [`write`]: the corpus file's text and its file name.

use super::labels::display_name;
use std::path::Path;

mod article;
mod block;
mod chairs;
mod closing;
mod credits;
mod fallback;
mod fragments;
mod front;
mod headed;
mod headline;
mod hidden;
mod html;
mod html_blocks;
mod html_front;
mod inline;
mod label_case;
mod language;
mod made_title;
mod markdown;
mod marked;
mod meta;
mod plain_labels;
mod prompts;
mod repeated;
mod setext;
mod shortened;
mod speakers;
mod structure;
mod turn_lines;
mod typography;
mod write;

pub use write::slug;

use fragments::{announces_list, without_fragments};
use headline::{bold_headline, first_heading, without_headline};

/// Language detection needs this much confidence (whatlang's own scale, 0 to 1) before its
/// guess goes into the front matter; a wrong language is worse than none.
const MIN_LANGUAGE_CONFIDENCE: f64 = 0.5;

/// What a page file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// A saved web page.
    Html,
    /// A Markdown article.
    Markdown,
    /// A plain text file: already a corpus file, nothing to import.
    PlainText,
}

impl PageKind {
    /// The kind a file name says (`.html`, `.htm`, `.xhtml`, `.md`, `.markdown`, `.txt`), else
    /// what the text looks like: markup starting with `<` is HTML.
    pub fn of(path: &Path, text: &str) -> PageKind {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("html" | "htm" | "xhtml" | "shtml") => PageKind::Html,
            Some("md" | "markdown" | "mdown") => PageKind::Markdown,
            Some("txt" | "text") => PageKind::PlainText,
            _ if text.trim_start().starts_with('<') => PageKind::Html,
            _ => PageKind::Markdown,
        }
    }
}

/// Why a page could not become an interview; each says what to try next.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// A `.txt` file is read by the corpus as it is: importing it would only guess at markup
    /// that plain text does not have.
    #[error(
        "only .html/.htm/.md pages can be imported; put a .txt file straight into the corpus \
         folder (check it with `index --explain FILE`)"
    )]
    PlainText,
    /// Nothing in the page looks like an article's text.
    #[error(
        "no article text found: the page holds less than {min} characters of paragraph text \
         (if it was saved from a browser, save it again as \"Web page, complete\" after the text \
         has loaded, or paste the interview into a .md file)",
        min = article::MIN_ARTICLE_CHARS
    )]
    NoArticle,
    /// The article has text but no paragraph reads as a question.
    #[error(
        "no question found in the article: questions are recognised by Q:/A: labels, bold name \
         labels, bold or heading paragraphs, or short paragraphs ending with '?' (mark the \
         questions in a .md copy with **bold** and import that)"
    )]
    NoQuestion,
    /// The produced text does not read back as an interview (a defect of the import).
    #[error("the imported text does not read back as an interview (line {line}: {reason})")]
    Unreadable { line: usize, reason: String },
}

/// An imported interview: the corpus file's text and what names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The interview's title, as written in the front matter.
    pub title: String,
    /// The corpus file's text.
    pub text: String,
}

impl Imported {
    /// File name for the corpus directory: the slug of the title, `.txt`.
    pub fn file_name(&self) -> String {
        format!("{}.txt", slug(&self.title))
    }
}

/// Turns a page into the text of a corpus file.
///
/// # Errors
/// [`ImportError::NoArticle`] when the page has no article text, [`ImportError::NoQuestion`]
/// when no question can be told apart from the answers.
pub fn import_page(kind: PageKind, source: &str) -> Result<Imported, ImportError> {
    let (meta, blocks) = match kind {
        PageKind::Html => html_front::read_html(source)?,
        PageKind::Markdown => markdown::read_markdown(source),
        PageKind::PlainText => return Err(ImportError::PlainText),
    };
    let headed = headed::speaker_headings(blocks, meta.title.as_deref());
    let mut blocks = block::join_lone_labels(headed.blocks);
    plain_labels::label_recurring_names(&mut blocks);
    shortened::expand_initials(&mut blocks);
    let headline = bold_headline(&blocks);
    let title = meta
        .title
        .clone()
        .or_else(|| (headline > 0).then(|| blocks[0].text.clone()))
        .or_else(|| first_heading(&blocks))
        .or_else(|| made_title::title_from_front(&meta))
        .unwrap_or_else(|| "Interview".to_string());
    let blocks = without_headline(blocks.split_off(headline), &title);
    let mut blocks = without_fragments(blocks);
    let credits = credits::take_credits(&mut blocks);
    block::unlabel_section_titles(&mut blocks);
    if blocks.is_empty() {
        return Err(ImportError::NoArticle);
    }
    let mut draft = draft_of(kind, source, &blocks).ok_or(ImportError::NoQuestion)?;
    repeated::drop_teasers(&mut draft);
    // A label's first name is completed from the title ("Hal" in "Hal Moss Interview"), its
    // initials from the title or the article ("MA" is the "Mira Alvim" it spoke with).
    let article: Vec<&str> = std::iter::once(title.as_str())
        .chain(blocks.iter().map(|b| b.text.as_str()))
        .collect();
    let labelled = draft.interviewee.map(|name| {
        let initials = name.chars().all(char::is_uppercase) && !name.contains(' ');
        display_name(&name, if initials { &article } else { &article[..1] })
    });
    draft.interviewee = meta.interviewee.clone().or(credits.guest).or(labelled);
    draft.interviewer = credits.host.or(draft.interviewer).or(headed.asker);
    draft.interviewer = author_over_label(draft.interviewer.take(), meta.author.as_deref());
    let mut meta = meta;
    meta.language = language::settle(meta.language.take(), detect_language(&draft));
    let text = write::corpus_text(&meta, &title, &draft);
    super::parse("import", &text).map_err(|e| ImportError::Unreadable {
        line: e.line,
        reason: e.reason,
    })?;
    Ok(Imported { title, text })
}

/// The interview the page's markup gives (labels, typography, question marks), or the corpus
/// reader's reading of the page's text when its labels give more (see
/// [`fallback::read_by_labels`]), or, when no markup sets a question apart, the reader's.
fn draft_of(kind: PageKind, source: &str, blocks: &[block::Block]) -> Option<structure::Draft> {
    let markdown = kind == PageKind::Markdown;
    let by_markup = structure::structure(blocks);
    let text = if markdown {
        source.to_string()
    } else {
        fallback::text_of(blocks)
    };
    let by_reader = (!structure::by_page_labels(blocks))
        .then(|| fallback::read_by_labels(&text))
        .flatten()
        .filter(|read| {
            let typography = structure::by_page_typography(blocks);
            by_markup
                .as_ref()
                .is_none_or(|d| !typography || read.turns.len() > d.turns.len())
        });
    by_reader
        .or(by_markup)
        .or_else(|| markdown.then(|| fallback::read_as_corpus_file(source))?)
}

/// Without labels naming the interviewer, the article's author asked the questions; so too
/// when a label gives only initials or a series' name (`ECR:`) or the author's name in
/// another case (`DANA REYES:`).
fn author_over_label(label: Option<String>, author: Option<&str>) -> Option<String> {
    match (label, author) {
        (Some(label), Some(author))
            if !label.contains(' ') || author.eq_ignore_ascii_case(&label) =>
        {
            Some(author.to_string())
        }
        (None, Some(author)) => Some(author.to_string()),
        (label, _) => label,
    }
}

/// The language of the answers, as an ISO 639-1 code when there is one ("en", "es", "pt"),
/// and whatlang's confidence, when it is confident enough.
fn detect_language(draft: &structure::Draft) -> Option<(String, f64)> {
    let text: String = draft
        .turns
        .iter()
        .flat_map(|(_, answer)| answer)
        .chain(&draft.intro)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n");
    let info = whatlang::detect(&text)?;
    if info.confidence() < MIN_LANGUAGE_CONFIDENCE {
        return None;
    }
    Some((
        language::iso_639_1(info.lang().code()).to_string(),
        info.confidence(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head>
        <title>Talking chips | Circuit</title><meta property="og:site_name" content="Circuit">
        </head><body><nav><a href="/">Home</a></nav><article><h1>Talking chips</h1>
        <p>An introduction that is long enough to be the article, with words about chips and
        factories and the people who run them, written for this test.</p>
        <p><strong>Why did the shortage last?</strong></p>
        <p>Because factories take years to build. Who could have known? Nobody did.</p>
        <p>And orders came back all at once, which nobody had planned for in time.</p>
        <p><strong>What now?</strong></p><p>We wait.</p>
        <div class="share"><p>Share on social media</p></div></article>
        <footer><p>© Circuit</p></footer></body></html>"#;

    #[test]
    fn a_page_becomes_a_labelled_corpus_file() {
        let imported = import_page(PageKind::Html, PAGE).unwrap();
        assert_eq!(imported.title, "Talking chips");
        assert_eq!(imported.file_name(), "talking-chips.txt");
        let interview = crate::corpus::parse("x", &imported.text).unwrap();
        assert_eq!(interview.metadata.outlet.as_deref(), Some("Circuit"));
        assert_eq!(interview.metadata.language.as_deref(), Some("en"));
        assert_eq!(interview.intro.len(), 1);
        assert_eq!(interview.turns.len(), 2);
        assert_eq!(interview.turns[0].answer.len(), 2);
        assert!(!imported.text.contains("Share on"));
        assert!(!imported.text.contains("Home"));
    }

    #[test]
    fn front_matter_and_credit_lines_name_the_interviewee_before_labels() {
        let page = "---\ntitle: Memórias\ninterviewee: João Pedro Silva\n---\n\n\
            **Rui:** Onde nasceste?\n\n**João:** Em Famalicão, perto do rio.\n\n\
            **Rui:** E a escola?\n\n**João:** Ficava ao pé da igreja.\n";
        let imported = import_page(PageKind::Markdown, page).unwrap();
        assert!(imported.text.contains("interviewee = \"João Pedro Silva\""));
    }

    #[test]
    fn errors_say_what_is_missing() {
        assert_eq!(
            import_page(PageKind::Html, "<p>tiny</p>"),
            Err(ImportError::NoArticle)
        );
        let no_question = format!("<article><p>{}</p></article>", "Plain words. ".repeat(40));
        assert_eq!(
            import_page(PageKind::Html, &no_question),
            Err(ImportError::NoQuestion)
        );
        assert_eq!(
            import_page(PageKind::Markdown, ""),
            Err(ImportError::NoArticle)
        );
    }

    #[test]
    fn page_kind_comes_from_the_extension_then_the_text() {
        assert_eq!(PageKind::of(Path::new("a.HTM"), ""), PageKind::Html);
        assert_eq!(PageKind::of(Path::new("a.md"), "<p>"), PageKind::Markdown);
        assert_eq!(
            PageKind::of(Path::new("a"), " <!doctype html>"),
            PageKind::Html
        );
        assert_eq!(PageKind::of(Path::new("a"), "# T"), PageKind::Markdown);
        assert_eq!(PageKind::of(Path::new("a.txt"), "# T"), PageKind::PlainText);
    }

    #[test]
    fn a_text_file_is_sent_to_the_corpus_folder() {
        let error = import_page(PageKind::PlainText, "Title\n\nWhy?\n\nBecause.").unwrap_err();
        assert_eq!(error, ImportError::PlainText);
        assert!(error
            .to_string()
            .contains("straight into the corpus folder"));
    }
}
