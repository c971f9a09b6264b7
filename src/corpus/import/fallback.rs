//! A Markdown page whose questions the page's markup does not set apart (text copied from a
//! PDF: hard-wrapped, no bold, no labels) may still read as an interview with the corpus
//! reader's rules (a line ending with `?` above its answer, the file's line widths): `import`
//! then takes that reading instead of refusing what `index --explain` reads.

use super::structure::Draft;
use crate::corpus::read;

/// The interview the corpus reader finds in `source`, as a draft to write out.
pub fn read_as_corpus_file(source: &str) -> Option<Draft> {
    let interview = read("import", source).ok()?.interview;
    let turns: Vec<(String, Vec<String>)> = interview
        .turns
        .iter()
        .map(|t| (t.question.clone(), t.answer.clone()))
        .collect();
    Some(Draft {
        intro: interview.intro,
        answer_speakers: vec![Vec::new(); turns.len()],
        turns,
        interviewee: interview.metadata.interviewee,
        interviewer: interview.metadata.interviewer,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{import_page, PageKind};

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
