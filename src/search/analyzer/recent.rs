//! The analyses of the last few short texts, kept per thread: one question is read by the
//! planner, the refusal rules and the ranking, each with an analyzer of its own, and analysing
//! a word (the stopword lists, Snowball, the guards against over-stemming) costs much more than
//! copying its analysis. The analysis is a function of the language and the text alone, so a
//! kept one is the one the analyzer would give. The search forgets them before each question.

use std::cell::RefCell;

use super::{AnalyzedWord, Language};

/// Longer texts are analysed each time: questions are short, and a passage analysed at query
/// time is rarely analysed again by the same question.
const MAX_TEXT_BYTES: usize = 400;

/// Analyses kept per thread: a question in each language of the corpus, with and without
/// terms, and the words and names the rules analyse one by one.
const CAPACITY: usize = 16;

struct Kept {
    language: Language,
    with_terms: bool,
    text: String,
    words: Vec<AnalyzedWord>,
}

thread_local! {
    /// Oldest first.
    static KEPT: RefCell<Vec<Kept>> = const { RefCell::new(Vec::new()) };
}

/// Forgets the kept analyses: called before each question, so that one question's analyses
/// serve that question only (and a question asked again is analysed again).
pub fn forget() {
    KEPT.with_borrow_mut(Vec::clear);
}

/// The analysis of `text` kept from an earlier call, if any (one made with terms also serves a
/// call without them).
pub(super) fn recall(
    language: Language,
    with_terms: bool,
    text: &str,
) -> Option<Vec<AnalyzedWord>> {
    if text.len() > MAX_TEXT_BYTES {
        return None;
    }
    KEPT.with_borrow_mut(|kept| {
        let at = kept.iter().rposition(|k| {
            k.language == language && (k.with_terms || !with_terms) && k.text == text
        })?;
        let mut words = kept[at].words.clone();
        if !with_terms {
            words.iter_mut().for_each(|w| w.term = None);
        }
        let last = kept.len() - 1;
        kept[at..].rotate_left(1);
        debug_assert!(kept[last].text == text);
        Some(words)
    })
}

#[cfg(test)]
thread_local! {
    /// Words analysed anew on this thread: every analysis made anew is handed to [`keep`].
    static ANALYSED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The words analysed anew on this thread so far, by which tests count a search's work.
#[cfg(test)]
pub fn words_analysed() -> usize {
    ANALYSED.get()
}

/// Keeps the analysis of `text` for later calls.
pub(super) fn keep(language: Language, with_terms: bool, text: &str, words: &[AnalyzedWord]) {
    #[cfg(test)]
    ANALYSED.set(ANALYSED.get() + words.len());
    if text.len() > MAX_TEXT_BYTES {
        return;
    }
    KEPT.with_borrow_mut(|kept| {
        if kept.len() == CAPACITY {
            kept.remove(0);
        }
        kept.push(Kept {
            language,
            with_terms,
            text: text.to_string(),
            words: words.to_vec(),
        });
    });
}

#[cfg(test)]
mod tests {
    use super::super::Analyzer;
    use super::*;

    #[test]
    fn a_kept_analysis_is_the_analysis_and_serves_a_call_without_terms() {
        let text = "Qual é o papel da China na África?";
        let first = Analyzer::new(Language::Pt).analyze(text);
        assert_eq!(recall(Language::Pt, true, text), Some(first.clone()));
        assert_eq!(Analyzer::new(Language::Pt).analyze(text), first);
        let surfaces = Analyzer::new(Language::Pt).surfaces(text);
        assert!(surfaces.iter().all(|w| w.term.is_none()));
        assert_eq!(surfaces.len(), first.len());
        assert_eq!(recall(Language::Es, true, text), None, "another language");
    }

    #[test]
    fn the_oldest_analysis_makes_room_and_long_texts_are_not_kept() {
        for n in 0..=CAPACITY {
            Analyzer::new(Language::En).analyze(&format!("word {n}"));
        }
        assert_eq!(recall(Language::En, true, "word 0"), None);
        assert!(recall(Language::En, true, &format!("word {CAPACITY}")).is_some());
        let long = "word ".repeat(MAX_TEXT_BYTES);
        Analyzer::new(Language::En).analyze(&long);
        assert_eq!(recall(Language::En, true, &long), None);
    }
}
