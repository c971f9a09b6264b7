//! `import`: a saved web page (`.html`, `.htm`) or a Markdown file of an interview becomes the
//! text of a corpus file, with front matter from the page's metadata, explicit `Q:`/`A:` labels
//! and only the article's own text.
//!
//! Pure functions from page text to corpus text; the caller reads and writes files.
//! - [`article`]: which element of an HTML page is the article, and what inside it is furniture.
//! - [`html`] / [`markdown`]: the article's paragraphs with their cues (bold, heading, labels).
//! - [`meta`]: title, outlet, date, address and language from the page's head.
//! - [`structure`]: which paragraphs are questions and who the speakers are.
//! - [`write`]: the corpus file's text and its file name.

use super::cues::closes_with;
use super::labels::display_name;
use super::quoted::{closes_quotation, opens_quotation};
use std::path::Path;

mod article;
mod block;
mod closing;
mod credits;
mod fallback;
mod front;
mod headed;
mod hidden;
mod html;
mod html_blocks;
mod html_front;
mod inline;
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

/// Language detection needs this much confidence (whatlang's own scale, 0 to 1) before its
/// guess goes into the front matter; a wrong language is worse than none.
const MIN_LANGUAGE_CONFIDENCE: f64 = 0.5;

/// A plain paragraph of at most this many words without a sentence's closing punctuation is
/// furniture: buttons, labels and captions run to one to three words.
const MAX_FRAGMENT_WORDS: usize = 3;

/// A headline set in bold may have a bold subtitle under it; more bold paragraphs before the
/// first plain one are questions.
const MAX_HEADLINE_BLOCKS: usize = 2;

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

/// How many paragraphs open the page as its headline and subtitle in bold: at most
/// [`MAX_HEADLINE_BLOCKS`] bold paragraphs that ask nothing and are no sentence, followed by a
/// plain paragraph (the introduction). A bold paragraph right before the answers' first plain
/// paragraph is otherwise read as the first question.
fn bold_headline(blocks: &[block::Block]) -> usize {
    let headline = |b: &block::Block| {
        b.cue == Some(block::Cue::Bold)
            && b.label.is_none()
            && !b.text.trim_end().ends_with(['?', '？'])
            && !block::is_sentence(&b.text)
    };
    let n = blocks.iter().take_while(|b| headline(b)).count();
    // The introduction follows, or straight away the first question, which asks.
    let plain_after = blocks.get(n).is_some_and(|b| {
        b.cue.is_none() && b.label.is_none()
            || b.cue == Some(block::Cue::Bold) && b.text.trim_end().ends_with(['?', '？'])
    });
    if (1..=MAX_HEADLINE_BLOCKS).contains(&n) && plain_after {
        n
    } else {
        0
    }
}

/// The first heading standing before the conversation starts, as the title when nothing
/// better names the page. A heading after the first exchange heads a part of the text (a
/// closing "More links" section, a topic), and one that asks is a question: with questions
/// set as headings, the first that asks opens the conversation.
fn first_heading(blocks: &[block::Block]) -> Option<String> {
    let asks = |b: &block::Block| b.text.trim_end().ends_with(['?', '？']);
    let prompt_cue =
        |b: &block::Block| matches!(b.cue, Some(block::Cue::Bold | block::Cue::Heading(_)));
    let opens_exchange = |b: &block::Block| b.label.is_some() || prompt_cue(b) && asks(b);
    blocks
        .iter()
        .take_while(|b| !opens_exchange(b))
        .find(|b| matches!(b.cue, Some(block::Cue::Heading(_))) && !asks(b))
        .map(|b| b.text.clone())
}

/// A paragraph announcing a list ("In the workshop I keep:"), a speaker's or not: not set
/// apart as a prompt, more words than a fragment, ending with a colon. The short lines under
/// it are its items, not page furniture, however few their words or however many their links.
fn announces_list(block: &block::Block) -> bool {
    block.cue.is_none()
        && block.text.trim_end().ends_with(':')
        && block::word_count(&block.text) > MAX_FRAGMENT_WORDS
}

/// The paragraphs without page furniture: fragments go, except the items of a list a
/// paragraph announces (the phrases under it, up to the first that ends a sentence or stands
/// out as a prompt).
fn without_fragments(blocks: Vec<block::Block>) -> Vec<block::Block> {
    let mut in_list = false;
    let mut kept = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        let phrase = b.cue.is_none() && b.label.is_none() && !closes_sentence(&b.text);
        let keep = !is_fragment(b) || (in_list && phrase) || between_quotations(&blocks, i);
        in_list = announces_list(b) || (in_list && phrase);
        if keep {
            kept.push(b.clone());
        }
    }
    kept
}

/// Block `i` stands between two quoted replies, the one before closing its quotation and the
/// one after opening another: a few words said in the conversation (an interviewer's "A
/// priori até"), not page furniture.
fn between_quotations(blocks: &[block::Block], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| blocks.get(j));
    before.is_some_and(|b| closes_quotation(&b.text))
        && blocks.get(i + 1).is_some_and(|b| opens_quotation(&b.text))
}

/// True when a block's text closes a sentence with a mark, whatever quotes or brackets follow
/// it: stricter than the plain reader's line test, since a page's phrase in quotes or
/// brackets ("“Customer story”") is furniture, not a sentence.
fn closes_sentence(text: &str) -> bool {
    let closers = ['"', '\'', '”', '’', ')', '»'];
    closes_with(text, &closers, &['.', '!', '?', '…', '。', '？'])
}

/// A plain paragraph of a few words that is not a sentence ("Read more", "Customer story",
/// "Industry:", a photographer's name) is page furniture, not something anyone said.
fn is_fragment(block: &block::Block) -> bool {
    block.label.is_none()
        && block.cue.is_none()
        && block::word_count(&block.text) <= MAX_FRAGMENT_WORDS
        && !closes_sentence(&block.text)
}

/// Drops the article's own headline: a heading repeating the title, or a first-level heading
/// opening the article.
fn without_headline(blocks: Vec<block::Block>, title: &str) -> Vec<block::Block> {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let title = letters(title);
    blocks
        .into_iter()
        .enumerate()
        .filter(|(i, b)| {
            let is_heading = matches!(b.cue, Some(block::Cue::Heading(_)));
            let repeats_title = !title.is_empty() && letters(&b.text) == title;
            !(is_heading && repeats_title || *i == 0 && b.cue == Some(block::Cue::Heading(1)))
        })
        .map(|(_, b)| b)
        .collect()
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
    fn a_bold_headline_and_subtitle_are_not_the_first_question() {
        let page = "**LENA HART en Oviedo**\n\n**Con la panadería El Horno**\n\n\
            La semana que viene llega la panadera Lena Hart. Hablamos con ella.\n\n\
            **¿Cómo empieza el día?**\n\nA las tres, con el horno.\n\n\
            **¿Y los lunes?**\n\nDuermo hasta las seis.";
        let imported = import_page(PageKind::Markdown, page).unwrap();
        assert_eq!(imported.title, "LENA HART en Oviedo");
        let interview = crate::corpus::parse("x", &imported.text).unwrap();
        assert_eq!(interview.intro.len(), 1);
        assert_eq!(interview.turns[0].question, "¿Cómo empieza el día?");
        assert!(!imported.text.contains("Con la panadería"));
        // Bold questions right at the top are questions, not a headline.
        let questions = "**¿Cómo empieza el día?**\n\nA las tres, con el horno encendido.\n\n\
            **¿Y los lunes?**\n\nDuermo hasta las seis.";
        assert_eq!(bold_headline(&markdown::read_markdown(questions).1), 0);
        // A headline right above the first bold question is still the headline.
        let page = "**Interview with the Chair, Kevin Roche**\n\n**Tell us about you. What did it entail?**\n\n\
            Steering a large ship.\n\n**And now?**\n\nRest.";
        assert_eq!(bold_headline(&markdown::read_markdown(page).1), 1);
    }

    #[test]
    fn a_heading_after_the_conversation_is_no_title() {
        let page = "*Mara Quint makes violins in a village workshop.*\n\n\
            **How long does one violin take?**\n\nAbout three months, varnish included.\n\n\
            **And the wood?**\n\nSpruce from the mountains, dried for ten years.\n\n\
            ### Further reading\n\n- Her workshop's page, with photographs of every instrument.\n";
        let imported = import_page(PageKind::Markdown, page).unwrap();
        assert_ne!(imported.title, "Further reading");
        let headed = format!("## A violin maker\n\n{page}");
        let imported = import_page(PageKind::Markdown, &headed).unwrap();
        assert_eq!(imported.title, "A violin maker");
        // Questions set as headings, and a closing heading the page kept after them.
        let heading = |text: &str| block::Block {
            cue: Some(block::Cue::Heading(2)),
            ..block::Block::plain(text)
        };
        let blocks = [
            block::Block::plain("Mara Quint makes violins in a village workshop."),
            heading("How long does one violin take?"),
            block::Block::plain("About three months, varnish included."),
            heading("Further reading"),
            block::Block::plain("Her workshop's page, with photographs of every instrument."),
        ];
        assert_eq!(first_heading(&blocks), None);
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
    fn short_fragments_are_furniture_but_short_sentences_are_not() {
        assert!(is_fragment(&block::Block::plain("Read more")));
        assert!(is_fragment(&block::Block::plain("Industry:")));
        assert!(!is_fragment(&block::Block::plain("No.")));
        assert!(!is_fragment(&block::Block::plain("“Never again.”")));
        assert!(!is_fragment(&block::Block::plain(
            "A sentence of several words"
        )));
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
