//! Whose words a named interview is answered from: the interviewee, the interviewer or outlet
//! (the whole interview), or a second guest of a conversation, by the paragraphs credited to them.

use super::{Named, Voice};
use crate::corpus::{Corpus, Interview, Passage};

/// The other people who answer paragraphs of an interview, each once.
pub(in crate::search) fn guests(interview: &Interview) -> Vec<&str> {
    let mut guests: Vec<&str> = Vec::new();
    let credited = interview.turns.iter().flat_map(|t| t.speakers.iter());
    for guest in credited.flatten() {
        if !guests.contains(&guest.as_str()) {
            guests.push(guest);
        }
    }
    guests
}

impl Named {
    /// Which of `candidates` (passage ids) may answer: with no name, all; else the passages of
    /// the named interviews, and among those, when the question names who speaks (the
    /// interviewee or a second guest, not the outlet), only that person's paragraphs, unless
    /// none of them is a candidate (then the whole interview's, rather than nothing).
    pub(in crate::search) fn keeps(&self, corpus: &Corpus, candidates: &[usize]) -> Vec<bool> {
        if self.interviews.is_empty() {
            return vec![true; candidates.len()];
        }
        let passages = || candidates.iter().map(|&id| &corpus.passages[id]);
        let in_named: Vec<bool> = passages()
            .map(|p| self.interviews.binary_search(&p.interview).is_ok())
            .collect();
        let voiced: Vec<bool> = passages()
            .zip(&in_named)
            .map(|(p, &named)| named && self.voice_of(corpus, p))
            .collect();
        let mut kept = in_named.clone();
        for &interview in &self.interviews {
            let of_interview = |i: usize| corpus.passages[candidates[i]].interview == interview;
            let any_voiced = (0..candidates.len()).any(|i| of_interview(i) && voiced[i]);
            if any_voiced {
                for (i, keep) in kept.iter_mut().enumerate() {
                    if of_interview(i) {
                        *keep = voiced[i];
                    }
                }
            }
        }
        kept
    }

    /// Whether the passage is said by someone the question names in its interview (any passage,
    /// when the interview was named as a whole).
    fn voice_of(&self, corpus: &Corpus, passage: &Passage) -> bool {
        let guest = passage
            .turn
            .and_then(|turn| corpus.interviews[passage.interview].turns.get(turn))
            .and_then(|turn| turn.speakers.get(passage.paragraph))
            .and_then(Option::as_deref);
        self.voices
            .iter()
            .filter(|(at, _)| *at == passage.interview)
            .any(|(_, voice)| match (voice, guest) {
                (Voice::Whole, _) | (Voice::Interviewee, None) => true,
                (Voice::Guest(named), Some(guest)) => named == guest,
                _ => false,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::Analyzer;
    use crate::search::language::Language;
    use crate::search::names::tests::interview;
    use crate::search::names::NameIndex;

    fn conversation() -> Corpus {
        let turn = |answer: &[&str], speakers: &[Option<&str>]| crate::corpus::Turn {
            question: "Why the second shop?".into(),
            answer: answer.iter().map(|a| a.to_string()).collect(),
            line: 1,
            speakers: speakers.iter().map(|s| s.map(str::to_string)).collect(),
        };
        let mut two = (*interview("Lena Hart", "Roast")).clone();
        two.intro = vec!["Two founders, one roastery.".into()];
        two.turns = vec![turn(
            &["I was against it.", "The square brought customers."],
            &[None, Some("Omar Said")],
        )];
        let mut other = (*interview("Yui Tanaka", "Work Futures")).clone();
        other.turns = vec![turn(&["Shops close."], &[])];
        Corpus::new(vec![two, other])
    }

    #[test]
    fn a_second_guest_names_the_interview_and_keeps_only_their_paragraphs() {
        let corpus = conversation();
        let index = NameIndex::build(&corpus.interviews, Language::En);
        let ids: Vec<usize> = corpus.passages.iter().map(|p| p.id).collect();
        let guest = |p: &Passage| corpus.interview_of(p).speaker(p).to_string();
        let kept_for = |question: &str| -> Vec<String> {
            let terms = Analyzer::default().terms(question);
            let named = index.named(&terms, &|_| 1, 1_000);
            let kept = named.keeps(&corpus, &ids);
            ids.iter()
                .zip(kept)
                .filter(|(_, keep)| *keep)
                .map(|(&id, _)| guest(&corpus.passages[id]))
                .collect()
        };
        assert_eq!(kept_for("what does Omar think of the shop"), ["Omar Said"]);
        assert_eq!(
            kept_for("what does Hart think of the shop"),
            ["Lena Hart", "Lena Hart"],
            "the introduction and Hart's own paragraph"
        );
        assert_eq!(
            kept_for("what do Hart and Omar think").len(),
            3,
            "both named: the whole conversation"
        );
        assert_eq!(kept_for("shops").len(), corpus.passages.len());
    }

    #[test]
    fn a_named_voice_with_no_candidate_keeps_the_whole_interview() {
        let corpus = conversation();
        let index = NameIndex::build(&corpus.interviews, Language::En);
        let terms = Analyzer::default().terms("Omar");
        let named = index.named(&terms, &|_| 1, 1_000);
        let hart_only: Vec<usize> = corpus
            .passages
            .iter()
            .filter(|p| p.interview == 0 && corpus.interview_of(p).speaker(p) == "Lena Hart")
            .map(|p| p.id)
            .collect();
        assert!(named.keeps(&corpus, &hart_only).iter().all(|&k| k));
    }
}
