//! The page's own headline, which is no part of the conversation: a headline and subtitle set
//! in bold above the introduction, the first heading before the conversation (the title when
//! the page's metadata gives none), and a heading that repeats the title.

use super::block::{self, Block};

/// A headline set in bold may have a bold subtitle under it; more bold paragraphs before the
/// first plain one are questions.
const MAX_HEADLINE_BLOCKS: usize = 2;

/// How many paragraphs open the page as its headline and subtitle in bold: at most
/// [`MAX_HEADLINE_BLOCKS`] bold paragraphs that ask nothing and are no sentence, followed by a
/// plain paragraph (the introduction). A bold paragraph right before the answers' first plain
/// paragraph is otherwise read as the first question.
pub(super) fn bold_headline(blocks: &[Block]) -> usize {
    let headline = |b: &Block| {
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
pub(super) fn first_heading(blocks: &[Block]) -> Option<String> {
    let asks = |b: &Block| b.text.trim_end().ends_with(['?', '？']);
    let prompt_cue = |b: &Block| matches!(b.cue, Some(block::Cue::Bold | block::Cue::Heading(_)));
    let opens_exchange = |b: &Block| b.label.is_some() || prompt_cue(b) && asks(b);
    blocks
        .iter()
        .take_while(|b| !opens_exchange(b))
        .find(|b| matches!(b.cue, Some(block::Cue::Heading(_))) && !asks(b))
        .map(|b| b.text.clone())
}

/// Drops the article's own headline: a heading repeating the title, or a first-level heading
/// opening the article.
pub(super) fn without_headline(blocks: Vec<Block>, title: &str) -> Vec<Block> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::import::{import_page, markdown, PageKind};

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
}
