//! Examples of Markdown pages and the paragraphs read from them: kept apart from the reader
//! so that each case of markup it handles reads as one list.

use super::*;

#[test]
fn turns_start_at_a_label_line_and_div_fences_but_not_at_an_italic_note() {
    let page = "**Pergunta:** Onde passavas o verão?  \n**Resposta:** Na casa dos tios.\n\n\
                ::: .c-blue\n*Interviewer:* **Where did you sail?**\n:::\n\n\
                _Objetivo: Contextualizar el perfil_\n\n*Ana Ruiz:* Sí.\n";
    let texts: Vec<String> = read_markdown(page).1.into_iter().map(|b| b.text).collect();
    assert_eq!(texts[1..3], ["Na casa dos tios.", "Where did you sail?"]);
    let labels: Vec<Option<Label>> = read_markdown(page).1.into_iter().map(|b| b.label).collect();
    assert!(!labels.contains(&Some(Label::Name("Objetivo".into()))));
    assert_eq!(labels.last(), Some(&Some(Label::Name("Ana Ruiz".into()))));
    // A bold phrase inside a wrapped paragraph is no label.
    assert_eq!(
        read_markdown("We met in Porto and\n**truly** liked it: a river.\n")
            .1
            .len(),
        1
    );
}
use crate::corpus::import::block::Label;

#[test]
fn headings_emphasis_and_labels_are_cues() {
    let source = "---\ntitle: \"Front\"\ndate: 2024-01-02\n---\n# Page title\n\n\
        Intro with [a link](http://x) and a_b.\n\n---\n\n**Bold prompt?**\n\nAnswer\ncontinues.\n\n\
        ## Heading prompt\n\n*Italic.*\n\n**Ana Ruiz:** Labelled.\n\n[Subscribe](http://s)\n\n\
        - item one\n- item two\n";
    let (meta, blocks) = read_markdown(source);
    assert_eq!(meta.title.as_deref(), Some("Front"));
    assert_eq!(meta.date.as_deref(), Some("2024-01-02"));
    let shown: Vec<(&str, Option<Cue>)> = blocks.iter().map(|b| (b.text.as_str(), b.cue)).collect();
    assert_eq!(
        shown,
        [
            ("Page title", Some(Cue::Heading(1))),
            ("Intro with a link and a_b.", None),
            ("Bold prompt?", Some(Cue::Bold)),
            ("Answer continues.", None),
            ("Heading prompt", Some(Cue::Heading(2))),
            ("Italic.", Some(Cue::Italic)),
            ("Labelled.", None),
            ("item one", None),
            ("item two", None),
        ]
    );
    assert_eq!(blocks[6].label, Some(Label::Name("Ana Ruiz".into())));
}

#[test]
fn clipped_pages_lose_their_markup_and_keep_their_author() {
    let source =
        "---\ntitle: \"T\"\nsource: \"https://x.org/a\"\nauthor:\n  - \"[[Rita Gomez]]\"\n---\n\
        {{< figure src=a.jpg >}}\n\nIntro&nbsp;here &amp; there.\n\n**1- Why?**\n\nBecause.";
    let (meta, blocks) = read_markdown(source);
    assert_eq!(meta.author.as_deref(), Some("Rita Gomez"));
    assert_eq!(meta.url.as_deref(), Some("https://x.org/a"));
    let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, ["Intro\u{a0}here & there.", "1- Why?", "Because."]);
}

#[test]
fn prose_with_long_links_stays_and_a_list_of_links_goes() {
    let prose = "Plastics are in [estuaries](https://example.org/a/very/long/path), in \
        [fish](https://example.org/b/very/long/path) and [mud](https://example.org/c/d/e).";
    let links = "[Related one](https://x.org/1) · [Related two](https://x.org/2)";
    let (_, blocks) = read_markdown(&format!("{prose}\n\n{links}\n\nThe end."));
    let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Plastics are in estuaries, in fish and mud.", "The end."]
    );
}

#[test]
fn the_first_heading_is_the_title_without_front_matter() {
    let (meta, blocks) = read_markdown("# Title\n\nText.");
    assert_eq!(meta.title.as_deref(), Some("Title"));
    assert_eq!(blocks, [Block::plain("Text.")]);
}

#[test]
fn emphasis_over_several_marks_is_one_cue_and_labels_inside_it_count() {
    let source = "_**Interviewer:**_ How did you start?\n\n_**Jon Weller:**_ By chance.\n\n\
        **Tell us about** **the shop.**\n\nIt is small.\n\n_**Whole?**_\n\n***Both***\n\n\
        **Bold** then plain.\n\nA snake_case word.";
    let (_, blocks) = read_markdown(source);
    let shown: Vec<(&str, Option<Cue>, Option<Label>)> = blocks
        .iter()
        .map(|b| (b.text.as_str(), b.cue, b.label.clone()))
        .collect();
    assert_eq!(
        shown,
        [
            ("How did you start?", None, Some(Label::Question)),
            ("By chance.", None, Some(Label::Name("Jon Weller".into()))),
            ("Tell us about the shop.", Some(Cue::Bold), None),
            ("It is small.", None, None),
            ("Whole?", Some(Cue::Bold), None),
            ("Both", Some(Cue::Bold), None),
            ("Bold then plain.", None, None),
            ("A snake_case word.", None, None),
        ]
    );
}

#[test]
fn a_footer_after_the_last_rule_and_tags_over_several_lines_go() {
    let page = "**Why?**\n\nBecause.\n\n<Figure\n  alt=\"x\"\n/>\n\n---\n\nLiked it? Sign up.";
    let (_, blocks) = read_markdown(page);
    assert_eq!(blocks.len(), 2);
    let last_exchange = "Text.\n\n---\n\n**Why?**\n\nBecause.";
    assert_eq!(read_markdown(last_exchange).1.len(), 3);
    let (_, image) = read_markdown("![Hull](/img/a.jpg){: .w-50 .right} My project began.");
    assert_eq!(image[0].text, "My project began.");
}
