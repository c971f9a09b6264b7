//! The passages of a corpus, kept per interview in shared chunks.
//!
//! A corpus revised after one file changed shares the chunks of the interviews it keeps (when
//! their passage ids and interview positions are unchanged) instead of copying every passage:
//! on an archive of 300,000 passages, the 17 MB list a hot reload used to copy while the engine
//! being replaced is still held.

use std::ops::Index;
use std::sync::Arc;

use super::{Passage, PassageId};

/// An iterator over passages in corpus order.
pub type Iter<'a> = std::iter::FlatMap<
    std::slice::Iter<'a, Arc<[Passage]>>,
    std::slice::Iter<'a, Passage>,
    fn(&'a Arc<[Passage]>) -> std::slice::Iter<'a, Passage>,
>;

/// Every passage of every interview in corpus order; a passage's id is its position in that
/// order. Reads like a list of passages (`len`, `iter`, `get`, indexing by id); the passages of
/// one interview are one slice ([`Passages::of_interview`]).
#[derive(Debug, Clone)]
pub struct Passages {
    /// The passages of each interview, in corpus order: shared with the corpora this one was
    /// revised from, or revised into, as long as their ids and interview positions agree.
    chunks: Vec<Arc<[Passage]>>,
    /// Id of the first passage of every interview, then the number of passages: interview `i`
    /// owns passages `starts[i]..starts[i + 1]`.
    starts: Vec<usize>,
    /// The interview holding passage `b * LOOKUP_STRIDE`, for every `b`: finding a passage by
    /// id starts there and steps over a few interviews, instead of a binary search of
    /// `starts` (searching looks passages up by id for every candidate).
    lookup: Vec<u32>,
}

/// Passages between two entries of [`Passages::lookup`]: with interviews of about 30
/// passages, a lookup steps over 2 interviews at most, and the table is 1/64 of an id per
/// passage (20 kB for 300,000 passages).
const LOOKUP_STRIDE: usize = 64;

impl Default for Passages {
    fn default() -> Self {
        Passages {
            chunks: Vec::new(),
            starts: vec![0],
            lookup: Vec::new(),
        }
    }
}

impl Passages {
    /// The passages of each interview in turn; each chunk's passages must be numbered from
    /// the ids of the chunks before it, with its position as their interview.
    ///
    /// # Panics
    /// When a chunk's passages are numbered otherwise (a caller's bug, never user input).
    pub fn from_chunks(chunks: Vec<Arc<[Passage]>>) -> Passages {
        let mut starts = Vec::with_capacity(chunks.len() + 1);
        starts.push(0);
        for (interview, chunk) in chunks.iter().enumerate() {
            let first = starts[interview];
            assert!(
                (chunk.iter().enumerate())
                    .all(|(at, p)| p.id == first + at && p.interview == interview),
                "passages numbered in corpus order"
            );
            starts.push(first + chunk.len());
        }
        let total = starts.last().copied().unwrap_or(0);
        let mut lookup = Vec::with_capacity(total.div_ceil(LOOKUP_STRIDE));
        let mut interview = 0;
        for id in (0..total).step_by(LOOKUP_STRIDE) {
            while starts[interview + 1] <= id {
                interview += 1;
            }
            lookup.push(u32::try_from(interview).unwrap_or(u32::MAX));
        }
        Passages {
            chunks,
            starts,
            lookup,
        }
    }

    /// Number of passages.
    pub fn len(&self) -> usize {
        self.starts.last().copied().unwrap_or(0)
    }

    /// Whether there is no passage at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every passage, in corpus order.
    pub fn iter(&self) -> Iter<'_> {
        let chunk: fn(&Arc<[Passage]>) -> std::slice::Iter<'_, Passage> = |chunk| chunk.iter();
        self.chunks.iter().flat_map(chunk)
    }

    /// The passage with this id, if there is one.
    pub fn get(&self, id: PassageId) -> Option<&Passage> {
        if id >= self.len() {
            return None;
        }
        // The last interview starting at or before `id` (empty interviews start where the
        // next one does), from the one holding the last id of the table before it.
        let mut interview = self.lookup[id / LOOKUP_STRIDE] as usize;
        while self.starts[interview + 1] <= id {
            interview += 1;
        }
        self.chunks[interview].get(id - self.starts[interview])
    }

    /// The first passage of the corpus.
    pub fn first(&self) -> Option<&Passage> {
        self.iter().next()
    }

    /// The passages of interview `interview`, in order (empty for an interview without any, or
    /// past the last one).
    pub fn of_interview(&self, interview: usize) -> &[Passage] {
        self.chunks.get(interview).map_or(&[], |chunk| chunk)
    }

    /// The shared chunk of interview `interview`'s passages.
    pub(super) fn chunk(&self, interview: usize) -> &Arc<[Passage]> {
        &self.chunks[interview]
    }

    /// Id of the first passage of every interview, then the number of passages.
    pub fn starts(&self) -> &[usize] {
        &self.starts
    }
}

impl Index<PassageId> for Passages {
    type Output = Passage;

    fn index(&self, id: PassageId) -> &Passage {
        match self.get(id) {
            Some(passage) => passage,
            None => panic!("passage {id} out of {}", self.len()),
        }
    }
}

impl<'a> IntoIterator for &'a Passages {
    type Item = &'a Passage;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl PartialEq for Passages {
    fn eq(&self, other: &Self) -> bool {
        self.starts == other.starts && self.iter().eq(other.iter())
    }
}

impl Eq for Passages {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Corpus, Interview, Metadata, Origin, Turn};

    fn interview(id: &str, answers: &[&str]) -> Arc<Interview> {
        Arc::new(Interview {
            id: id.into(),
            source: format!("{id}.txt").into(),
            metadata: Metadata::default(),
            title: id.into(),
            intro: Vec::new(),
            turns: vec![Turn {
                question: format!("{id}?"),
                answer: answers.iter().map(|s| s.to_string()).collect(),
                line: 1,
                speakers: Vec::new(),
            }],
        })
    }

    #[test]
    fn ids_are_found_across_chunks_and_interviews_without_passages() {
        let corpus = Corpus::from_shared(vec![
            interview("a", &["a1", "a2"]),
            interview("b", &[]),
            interview("c", &["c1"]),
        ]);
        let passages = &corpus.passages;
        assert_eq!(passages.len(), 3);
        assert_eq!(passages.starts(), [0, 2, 2, 3]);
        let texts: Vec<&str> = (0..3).map(|id| &*passages[id].text).collect();
        assert_eq!(texts, ["a1", "a2", "c1"]);
        assert!(passages.iter().enumerate().all(|(at, p)| p.id == at));
        assert_eq!(passages.get(3), None);
        assert!(passages.of_interview(1).is_empty() && passages.of_interview(9).is_empty());
        assert!(Passages::default().is_empty() && Passages::default().first().is_none());
    }

    #[test]
    fn every_id_is_found_when_interviews_span_several_lookup_entries() {
        let interviews: Vec<Arc<Interview>> = (0..40)
            .map(|i| {
                let answers: Vec<String> = (0..(i * 7) % 23).map(|p| format!("{i}-{p}")).collect();
                let answers: Vec<&str> = answers.iter().map(String::as_str).collect();
                interview(&format!("i{i}"), &answers)
            })
            .collect();
        let corpus = Corpus::from_shared(interviews);
        let passages = &corpus.passages;
        assert!(passages.len() > 3 * LOOKUP_STRIDE);
        for (id, passage) in passages.iter().enumerate() {
            assert!(std::ptr::eq(&passages[id], passage), "{id}");
        }
    }

    #[test]
    fn an_edit_that_keeps_the_count_of_paragraphs_copies_no_other_interview() {
        let (a, b, c) = (
            interview("a", &["a1"]),
            interview("b", &["b1"]),
            interview("c", &["c1", "c2"]),
        );
        let before = Corpus::from_shared(vec![a.clone(), b, c.clone()]);
        let origins = [Origin::Kept(0), Origin::Read, Origin::Kept(2)];
        let edited = before.revised(
            vec![a.clone(), interview("b", &["B1"]), c.clone()],
            &origins,
        );
        for kept in [0, 2] {
            assert!(std::ptr::eq(
                edited.passages.of_interview(kept),
                before.passages.of_interview(kept)
            ));
        }
        // One more paragraph moves the ids after it: those passages are renumbered.
        let grown = before.revised(vec![a, interview("b", &["b1", "b2"]), c], &origins);
        assert_eq!(grown.passages[4].id, 4);
        assert_eq!(&*grown.passages[4].text, "c2");
        assert!(!std::ptr::eq(
            grown.passages.of_interview(2),
            before.passages.of_interview(2)
        ));
    }
}
