//! Property tests with many cases: the corpus parser and the rendering of any passage never
//! panic, and every rendered message passes Telegram's rules (checked by the fake Bot API's own
//! HTML parser and length rules, independent of the renderer's).

use crate::support;

use interview_bot::corpus::{self, Corpus, Interview, Metadata, Turn};
use interview_bot::render::telegram::{self, CardTexts, MAX_MESSAGE_UTF16};
use proptest::prelude::*;

const TEXTS: CardTexts<'static> = CardTexts {
    attribution_answer: "— {interviewee}, answering: <i>{question}</i>",
    attribution_intro: "— from the publisher’s introduction to the interview with {interviewee}",
    source: "<i>{title}</i>{outlet}",
};

/// Text mixing what breaks parsers and renderers: markup, entities, quotes, labels, question
/// marks, non-breaking spaces, emoji, combining marks and long runs.
fn nasty_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<b>",
        "</i>",
        "&",
        "&amp;",
        "&#0;",
        "\"",
        "’",
        "?",
        ":",
        "Q:",
        "A:",
        "+++",
        "\n",
        "\n\n",
        "\u{a0}",
        "🙂",
        "e\u{301}",
        "Jane Doe : ",
        "word",
        " ",
        "\u{0}",
        "\r\n",
        "<blockquote>",
        "—¿",
        "— ",
        "**",
        "### ",
        "[laughter]",
        "By Jane Doe",
        "ADAM REED: ",
        "P: ",
        "R: ",
        "WHAT HAPPENED ",
        "Share",
        "- - -",
        "*",
    ]);
    (prop::collection::vec(pieces, 0..60), any::<String>())
        .prop_map(|(pieces, noise)| format!("{}{noise}", pieces.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn explaining_any_text_never_panics(text in nasty_text()) {
        let explanation = corpus::explain::explain_text("fuzz", &text);
        prop_assert!(explanation.text.ends_with('\n'));
    }

    #[test]
    fn the_parser_never_panics_and_errors_name_a_line(text in nasty_text()) {
        match corpus::parse("fuzz", &text) {
            Ok(interview) => {
                prop_assert!(!interview.turns.is_empty());
                prop_assert!(interview.turns.iter().all(|t| !t.answer.is_empty()));
            }
            Err(error) => {
                prop_assert!(error.line >= 1 && error.line <= text.lines().count().max(1) + 1, "line {}", error.line);
                prop_assert!(!error.reason.is_empty());
            }
        }
    }

    #[test]
    fn any_passage_renders_as_a_valid_telegram_message(
        passage in nasty_text(),
        question in nasty_text(),
        name in nasty_text(),
        title in nasty_text(),
        cuts in prop::collection::vec((0usize..2_000, 0usize..40), 0..8),
    ) {
        let corpus = Corpus::new(vec![Interview {
            id: "x".into(),
            source: Default::default(),
            metadata: Metadata { interviewee: Some(name.clone()), outlet: Some(name), ..Metadata::default() },
            title,
            intro: vec![passage.clone()],
            turns: vec![Turn { question, answer: vec![passage.clone(), passage.clone()], line: 1, speakers: Vec::new() }],
        }]);
        // Highlights as the engine makes them: sorted, on char boundaries (others are skipped).
        let mut highlights: Vec<std::ops::Range<usize>> = cuts
            .into_iter()
            .map(|(start, len)| start.min(passage.len())..(start + len).min(passage.len()))
            .filter(|r| passage.is_char_boundary(r.start) && passage.is_char_boundary(r.end))
            .collect();
        highlights.sort_by_key(|r| r.start);
        for passage in &corpus.passages {
            let card = telegram::quote_card(passage, &highlights, &corpus, TEXTS);
            prop_assert!(telegram::validate_html(card.as_str()).is_ok(), "{}", card.as_str());
            prop_assert_eq!(support::fake_telegram::accepts_html_message(card.as_str()), Ok(()));
            prop_assert!(telegram::visible_utf16(card.as_str()) <= MAX_MESSAGE_UTF16);
            for part in telegram::full_answer(passage, &corpus, "<b>Header</b>") {
                prop_assert!(telegram::validate_html(&part).is_ok(), "{part}");
                prop_assert_eq!(support::fake_telegram::accepts_html_message(&part), Ok(()));
                prop_assert!(telegram::visible_utf16(&part) <= MAX_MESSAGE_UTF16);
            }
        }
    }
}

/// HTML made of the pieces that break page readers: unclosed and misnested tags, furniture,
/// labels, entities, JSON-LD and deep nesting.
fn nasty_html() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<p>",
        "</p>",
        "<strong>",
        "</strong>",
        "<b>Q:</b> ",
        "<b>A:</b> ",
        "<strong>Ana Ruiz:</strong> ",
        "<h3>",
        "</h3>",
        "<h1>",
        "<em>",
        "<article>",
        "</article>",
        "<nav>",
        "<div class=\"share\">",
        "<div itemprop=\"articleBody\">",
        "</div>",
        "<script>",
        "</script>",
        "<script type=\"application/ld+json\">{\"datePublished\":",
        "<meta property=\"og:title\" content=\"",
        "<html lang=\"",
        "\">",
        "<br>",
        "&nbsp;",
        "&amp;",
        "&#0;",
        "<a href=x>",
        "</a>",
        "Why? ",
        "A long answer sentence with several words in it. ",
        "+++\n",
        "Q: ",
        "\n\n",
        "¿Qué? ",
        "🙂",
    ]);
    (prop::collection::vec(pieces, 0..120), any::<String>())
        .prop_map(|(pieces, noise)| format!("{}{noise}", pieces.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn import_never_panics_and_its_output_always_loads(
        html in nasty_html(),
        markdown in nasty_text(),
    ) {
        use corpus::import::{import_page, PageKind};
        for (kind, page) in [(PageKind::Html, &html), (PageKind::Markdown, &markdown)] {
            if let Ok(imported) = import_page(kind, page) {
                let interview = corpus::parse("fuzz", &imported.text);
                prop_assert!(interview.is_ok(), "{:?}\n{}", interview, imported.text);
                prop_assert!(!imported.file_name().is_empty());
            }
        }
    }
}
