//! A passage's text, read in place from the interview it was cut from.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use super::Interview;

/// The verbatim text of one intro or answer paragraph, borrowed from its shared interview
/// rather than copied: an archive's passages then cost no memory of their own for their text
/// (a third of a large archive's start-up was copying and allocating it), and a corpus revised
/// after one file changed keeps the other passages by sharing their interviews.
#[derive(Clone)]
pub struct ParagraphText {
    /// The interview holding the paragraph; never changed once shared.
    interview: Arc<Interview>,
    /// Where the paragraph is: 0 for the introduction, `t + 1` for turn `t`'s answer. Two
    /// 32-bit numbers keep the value at two words, the size of the `Arc<str>` it replaces.
    section: u32,
    /// Position of the paragraph in the answer (or in the introduction).
    paragraph: u32,
}

impl ParagraphText {
    /// The paragraph `paragraph` of `turn`'s answer (of the introduction for `None`), or
    /// `None` when the interview has no such paragraph.
    pub fn new(interview: &Arc<Interview>, turn: Option<usize>, paragraph: usize) -> Option<Self> {
        let paragraphs = match turn {
            None => &interview.intro,
            Some(turn) => &interview.turns.get(turn)?.answer,
        };
        paragraphs.get(paragraph)?;
        Some(ParagraphText {
            interview: Arc::clone(interview),
            section: u32::try_from(turn.map_or(0, |turn| turn + 1)).ok()?,
            paragraph: u32::try_from(paragraph).ok()?,
        })
    }
}

impl Deref for ParagraphText {
    type Target = str;

    fn deref(&self) -> &str {
        // `new` checked both positions, and a shared interview never changes.
        let paragraphs = match self.section {
            0 => &self.interview.intro,
            turn => &self.interview.turns[turn as usize - 1].answer,
        };
        &paragraphs[self.paragraph as usize]
    }
}

impl AsRef<str> for ParagraphText {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq for ParagraphText {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for ParagraphText {}

impl fmt::Debug for ParagraphText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl fmt::Display for ParagraphText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Metadata, Turn};

    fn interview() -> Arc<Interview> {
        Arc::new(Interview {
            id: "x".into(),
            source: "x.txt".into(),
            metadata: Metadata::default(),
            title: "T".into(),
            intro: vec!["Intro.".into()],
            turns: vec![Turn {
                question: "Why?".into(),
                answer: vec!["First.".into(), "Second.".into()],
                line: 3,
                speakers: Vec::new(),
            }],
        })
    }

    #[test]
    fn reads_the_interviews_own_paragraph_without_copying_it() {
        let interview = interview();
        let text = ParagraphText::new(&interview, Some(0), 1).unwrap();
        assert_eq!(&*text, "Second.");
        assert!(std::ptr::eq(
            text.as_ptr(),
            interview.turns[0].answer[1].as_ptr()
        ));
        assert_eq!(&*ParagraphText::new(&interview, None, 0).unwrap(), "Intro.");
        assert_eq!(std::mem::size_of::<ParagraphText>(), 16);
    }

    #[test]
    fn a_paragraph_the_interview_lacks_is_none() {
        let interview = interview();
        assert!(ParagraphText::new(&interview, None, 1).is_none());
        assert!(ParagraphText::new(&interview, Some(0), 2).is_none());
        assert!(ParagraphText::new(&interview, Some(1), 0).is_none());
    }
}
