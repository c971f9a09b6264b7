//! A Markdown page whose questions the page's markup does not set apart (text copied from a
//! PDF: hard-wrapped, no bold, no labels) may still read as an interview with the corpus
//! reader's rules (a line ending with `?` above its answer, the file's line widths): `import`
//! then takes that reading instead of refusing what `index --explain` reads.

use super::block::Block;
use super::structure::Draft;
use crate::corpus::reading::Layout;
use crate::corpus::{read, Interview};

/// The interview the corpus reader finds in `source`, as a draft to write out.
pub fn read_as_corpus_file(source: &str) -> Option<Draft> {
    let interview = read("import", source).ok()?.interview;
    Some(draft_of(interview))
}

/// The corpus reader's interview when it reads `source` by its speaker labels: a transcript
/// typing its speakers as plain text the page's markup does not set apart (`SPEAKER_01: …`,
/// names alone on a line) keeps the structure its labels give, instead of the guesses of
/// question marks, and of typography when it finds more exchanges than the markup does.
pub fn read_by_labels(source: &str) -> Option<Draft> {
    let reading = read("import", source).ok()?;
    (reading.layout == Layout::Labels).then(|| draft_of(reading.interview))
}

/// An HTML page's text: its paragraphs, verbatim and labels included, one to a paragraph, so
/// that labels the markup does not set apart (`P.— …`, `Pregunta.— …`) are read there as in a
/// corpus file.
pub fn text_of(blocks: &[Block]) -> String {
    let paragraphs: Vec<&str> = blocks.iter().map(|b| b.original.as_str()).collect();
    paragraphs.join("\n\n")
}

fn draft_of(interview: Interview) -> Draft {
    let turns: Vec<(String, Vec<String>)> = interview
        .turns
        .iter()
        .map(|t| (t.question.clone(), t.answer.clone()))
        .collect();
    Draft {
        intro: interview.intro,
        answer_speakers: vec![Vec::new(); turns.len()],
        turns,
        interviewee: interview.metadata.interviewee,
        interviewer: interview.metadata.interviewer,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{import_page, PageKind};

    #[test]
    fn bold_questions_over_labelled_answers_keep_the_import_reading_and_its_clean_links() {
        let page = "---\ntitle: Talk with Ida Brenn\n---\n\n\
                    I spoke with [Ida Brenn](https://example.org/ida), keeper of the light.\n\n\
                    **Why the island?**\n\nIB: Because the light needed someone.\n\n\
                    **And the winters?**\n\nIB: Long, and full of fog.\n\n\
                    **What comes next?**\n\nIB: A garden on the mainland.\n";
        let imported = import_page(PageKind::Markdown, page).expect("imported");
        assert!(!imported.text.contains("]("), "{}", imported.text);
        assert!(
            imported.text.contains("Q: And the winters?"),
            "{}",
            imported.text
        );
    }

    #[test]
    fn a_transcript_of_numbered_voices_keeps_the_turns_its_labels_give() {
        let long = |what: &str| {
            format!(
                "{what}, and I grew up on its stairs, polishing the lens every morning and \
                 winding the clock that turned the light."
            )
        };
        let page = format!(
            "---\ntitle: Ida Brenn keeps the light\n---\n\n\
             SPEAKER_00: Welcome, everyone. Who is with us?\n\n\
             SPEAKER_01: Ida Brenn, our keeper. Why lighthouses?\n\n\
             SPEAKER_02: {}\n\n\
             SPEAKER_00: And the fog, right?\n\n\
             SPEAKER_02: {}\n\n\
             SPEAKER_01: What broke first?\n\n\
             SPEAKER_02: {}\n",
            long("Because my grandfather kept one"),
            long("The fog horn was the worst part"),
            long("The clock broke before the lamp"),
        );
        let imported = import_page(PageKind::Markdown, &page).expect("imported");
        assert!(
            imported
                .text
                .contains("Q: Ida Brenn, our keeper. Why lighthouses?"),
            "{}",
            imported.text
        );
        assert!(imported.text.contains("Q: And the fog, right?"));
        assert!(!imported.text.contains("A: Ida Brenn"));
    }

    #[test]
    fn hard_wrapped_text_the_reader_parses_is_imported() {
        let page = "---\ntitle: Notes\ninterviewee: Ana Lima\n---\n\nIntro of the \
                    bulletin, in a few words\nabout the fair and its people.\n\n\
                    How did the fair go\nthis year?\nVery well, we sold more than\nlast year.\n\
                    And the best moment?\nThe poetry night in the cloister.\n\
                    What comes next?\nA fair on Sunday mornings too.\n";
        let imported = import_page(PageKind::Markdown, page).expect("imported");
        assert!(
            imported.text.contains("Q: And the best moment?"),
            "{}",
            imported.text
        );
        assert!(
            imported.text.contains("A: The poetry night"),
            "{}",
            imported.text
        );
    }
}
