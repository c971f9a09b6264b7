//! A corpus after some interview files changed, sharing everything else with the corpus before.

use std::sync::Arc;

use super::{Corpus, Interview, Passage, Passages};

/// Where an interview of a revised corpus comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Unchanged: the interview at this index of the previous corpus.
    Kept(usize),
    /// Read again or new.
    Read,
}

impl Corpus {
    /// The corpus of `interviews`, in this order, where `origins` says which ones are the
    /// previous corpus' (`self`) unchanged: their passages are carried over (text shared)
    /// instead of being cut again, and their chunk of passages is shared as well when it keeps
    /// its ids and interview position (renumbered otherwise).
    ///
    /// # Panics
    /// When `origins` and `interviews` differ in length, or a [`Origin::Kept`] index is not an
    /// interview of `self` (a caller's bug, never user input).
    pub fn revised(&self, interviews: Vec<Arc<Interview>>, origins: &[Origin]) -> Corpus {
        assert_eq!(interviews.len(), origins.len(), "one origin per interview");
        let starts = self.passages.starts();
        let mut chunks: Vec<Arc<[Passage]>> = Vec::with_capacity(origins.len());
        let mut first = 0;
        for (index, origin) in origins.iter().enumerate() {
            let chunk: Arc<[Passage]> = match *origin {
                Origin::Kept(old) if old == index && starts[old] == first => {
                    Arc::clone(self.passages.chunk(old))
                }
                Origin::Kept(old) => self
                    .passages
                    .of_interview(old)
                    .iter()
                    .map(|p| Passage {
                        id: p.id - starts[old] + first,
                        interview: index,
                        ..p.clone()
                    })
                    .collect(),
                Origin::Read => {
                    let single = Corpus::from_shared(vec![Arc::clone(&interviews[index])]);
                    (single.passages.of_interview(0).iter())
                        .map(|p| Passage {
                            id: p.id + first,
                            interview: index,
                            ..p.clone()
                        })
                        .collect()
                }
            };
            first += chunk.len();
            chunks.push(chunk);
        }
        Corpus {
            interviews,
            passages: Passages::from_chunks(chunks),
        }
    }

    /// Id of the first passage of every interview, then the number of passages: interview `i`
    /// owns passages `starts[i]..starts[i + 1]`.
    pub fn interview_starts(&self) -> Vec<usize> {
        self.passages.starts().to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Metadata, Turn};

    fn interview(id: &str, answers: &[&str]) -> Arc<Interview> {
        Arc::new(Interview {
            id: id.into(),
            source: format!("{id}.txt").into(),
            metadata: Metadata::default(),
            title: id.into(),
            intro: vec![format!("{id} intro")],
            turns: vec![Turn {
                question: format!("{id}?"),
                answer: answers.iter().map(|s| s.to_string()).collect(),
                line: 1,
                speakers: Vec::new(),
            }],
        })
    }

    #[test]
    fn a_revised_corpus_is_the_corpus_built_from_scratch_and_shares_unchanged_text() {
        let (a, b, c) = (
            interview("a", &["a1", "a2"]),
            interview("b", &["b1"]),
            interview("c", &["c1"]),
        );
        let before = Corpus::from_shared(vec![a.clone(), b, c.clone()]);
        let b2 = interview("b", &["b1", "b2", "b3"]);
        let d = interview("d", &["d1"]);
        let after = before.revised(
            vec![a.clone(), b2.clone(), d.clone()],
            &[Origin::Kept(0), Origin::Read, Origin::Read],
        );
        let scratch = Corpus::from_shared(vec![a, b2, d]);
        assert_eq!(after.passages, scratch.passages);
        assert!(std::ptr::eq(
            after.passages[1].text.as_ptr(),
            before.passages[1].text.as_ptr()
        ));
        assert_eq!(after.interview_starts(), [0, 3, 7, 9]);
        // The first interview keeps its ids and position: its chunk is shared, not copied.
        assert!(std::ptr::eq(
            after.passages.of_interview(0),
            before.passages.of_interview(0)
        ));
        let _ = c;
    }
}
