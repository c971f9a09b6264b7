//! Versions of one interview in several languages, linked by `translation_of` in the front
//! matter, and the passages that say the same thing in each.
//!
//! Translators keep the questions in order but sometimes split or join paragraphs, so passages
//! are aligned by answer and paragraph number when both versions of an answer have the same
//! number of paragraphs, and by answer only (its first paragraph) when they do not. A partial
//! translation simply has no counterpart for the answers it leaves out.

use std::collections::HashMap;

use super::{Corpus, Passage};

impl Corpus {
    /// For every interview, the other versions of it (indexes in [`Corpus::interviews`]): the
    /// interview it translates, the ones translating it, and the other translations of the same
    /// original. Computed once for the whole corpus.
    pub fn version_groups(&self) -> Vec<Vec<usize>> {
        let by_id: HashMap<&str, usize> = self
            .interviews
            .iter()
            .enumerate()
            .map(|(index, interview)| (interview.id.as_str(), index))
            .collect();
        let original = |index: usize| -> usize {
            self.interviews[index]
                .metadata
                .translation_of
                .as_deref()
                .and_then(|id| by_id.get(id.trim()).copied())
                .unwrap_or(index)
        };
        let roots: Vec<usize> = (0..self.interviews.len()).map(original).collect();
        let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
        for (index, root) in roots.iter().enumerate() {
            members.entry(*root).or_default().push(index);
        }
        roots
            .iter()
            .enumerate()
            .map(|(index, root)| {
                members[root]
                    .iter()
                    .copied()
                    .filter(|&other| other != index)
                    .collect()
            })
            .collect()
    }

    /// The passage of interview `other` that says what `passage` says, if that version has
    /// the same answer (or introduction).
    pub fn aligned(&self, passage: &Passage, other: usize) -> Option<&Passage> {
        let here = self.interview_of(passage);
        let there = self.interviews.get(other)?;
        let (count_here, count_there, before) = match passage.turn {
            None => (here.intro.len(), there.intro.len(), 0),
            Some(turn) => {
                let answer = &there.turns.get(turn)?.answer;
                let before: usize = there.intro.len()
                    + there.turns[..turn]
                        .iter()
                        .map(|t| t.answer.len())
                        .sum::<usize>();
                (here.turns[turn].answer.len(), answer.len(), before)
            }
        };
        if count_there == 0 {
            return None;
        }
        let paragraph = if count_here == count_there {
            passage.paragraph
        } else {
            0
        };
        self.passages
            .of_interview(other)
            .get(before + paragraph)
            .filter(|p| p.interview == other && p.turn == passage.turn && p.paragraph == paragraph)
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::{Corpus, Interview, Metadata, Turn};

    fn interview(id: &str, translation_of: Option<&str>, answers: &[usize]) -> Interview {
        Interview {
            id: id.into(),
            source: Default::default(),
            metadata: Metadata {
                translation_of: translation_of.map(str::to_string),
                ..Metadata::default()
            },
            title: id.into(),
            intro: vec![format!("{id} intro")],
            turns: answers
                .iter()
                .enumerate()
                .map(|(turn, &paragraphs)| Turn {
                    question: format!("{id} q{turn}"),
                    answer: (0..paragraphs)
                        .map(|p| format!("{id} a{turn}p{p}"))
                        .collect(),
                    line: 1,
                    speakers: Vec::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn versions_link_both_ways_and_between_translations_of_one_original() {
        let corpus = Corpus::new(vec![
            interview("a-en", None, &[1]),
            interview("a-es", Some("a-en"), &[1]),
            interview("a-pt", Some("a-en"), &[1]),
            interview("b", None, &[1]),
            interview("c", Some("missing"), &[1]),
        ]);
        let groups = corpus.version_groups();
        assert_eq!(groups[0], [1, 2]);
        assert_eq!(groups[1], [0, 2]);
        assert_eq!(groups[2], [0, 1]);
        assert!(groups[3].is_empty() && groups[4].is_empty());
    }

    #[test]
    fn passages_align_by_paragraph_when_counts_agree_else_by_answer() {
        let corpus = Corpus::new(vec![
            interview("en", None, &[2, 3, 1]),
            interview("pt", Some("en"), &[2, 2]),
        ]);
        fn text_of(p: Option<&crate::corpus::Passage>) -> Option<&str> {
            p.map(|p| &*p.text)
        }
        let find = |text: &str| corpus.passages.iter().find(|p| &*p.text == text).unwrap();
        assert_eq!(text_of(corpus.aligned(find("en a0p1"), 1)), Some("pt a0p1"));
        assert_eq!(text_of(corpus.aligned(find("pt a0p1"), 0)), Some("en a0p1"));
        assert_eq!(text_of(corpus.aligned(find("en a1p2"), 1)), Some("pt a1p0"));
        assert_eq!(
            text_of(corpus.aligned(find("en intro"), 1)),
            Some("pt intro")
        );
        assert_eq!(corpus.aligned(find("en a2p0"), 1), None, "not translated");
    }
}
