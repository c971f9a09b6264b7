//! Runs of capitalised words, where names are written: "Vadim Orlenko" in a title, "Nora
//! Quill" in an answer. Shared by the names read from titles (see [`super::titled`]) and the
//! whole names spelled for a short label (see [`super::spelled`]).

use crate::search::analyzer::Analyzer;

/// Least words of a run: one capitalised word is as often a place, a product or a sentence's
/// first word.
pub(super) const MIN_RUN_WORDS: usize = 2;

/// How a word must be written to belong to a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Capitals {
    /// Any word whose first letter is a capital ("Mapline", "UNESCO").
    Leading,
    /// A capital then lowercase letters only, two letters at least ("Nora", not "OM" nor
    /// "IPCC"): a name as the text spells it out.
    Proper,
}

impl Capitals {
    fn fits(self, written: &str) -> bool {
        let mut letters = written.chars();
        let leading = letters.next().is_some_and(char::is_uppercase);
        match self {
            Capitals::Leading => leading,
            Capitals::Proper => {
                leading && letters.clone().next().is_some() && letters.all(char::is_lowercase)
            }
        }
    }
}

/// A word of a run: as written, and as the analysis folds it (lowercase, no accents).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct RunWord {
    pub(super) written: String,
    pub(super) folded: String,
}

/// The runs of at least [`MIN_RUN_WORDS`] capitalised content words of `text` (written as
/// `capitals` says) that only spaces separate. Function words break a run: they are no part
/// of a name the analysis can look up.
pub(super) fn capitalised_runs(
    analyzer: &mut Analyzer,
    text: &str,
    capitals: Capitals,
) -> Vec<Vec<RunWord>> {
    let mut runs = Vec::new();
    let mut run: Vec<RunWord> = Vec::new();
    let mut last_end = 0;
    for word in analyzer.analyze(text) {
        let written = text.get(word.start..word.end).unwrap_or_default();
        let joined = (text.get(last_end..word.start))
            .is_some_and(|gap| gap.chars().all(char::is_whitespace));
        let name_like = capitals.fits(written) && word.term.is_some();
        let continues = joined && name_like;
        if !continues && !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
        if name_like {
            run.push(RunWord {
                written: written.to_string(),
                folded: word.surface,
            });
        }
        last_end = word.end;
    }
    runs.push(run);
    runs.retain(|run| run.len() >= MIN_RUN_WORDS);
    runs
}

/// Whether `text` may hold a run of two capitalised words the first of which starts with
/// `first` (a capital letter): read without the analysis, so that only such texts are
/// analysed. A letter outside ASCII may fold onto another ("Á" onto "A"), so any such word
/// may start the run.
pub(super) fn may_hold_run_from(text: &str, first: char) -> bool {
    // Any part of a word between other characters may open the run ("O'Brien", "(Nora").
    let opens = |word: &str| {
        let parts = word.split(|c: char| !c.is_alphanumeric());
        parts
            .filter_map(|part| part.chars().next())
            .any(|c| c == first || !c.is_ascii())
    };
    let capitalised = |word: &str| {
        let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        word.chars().next().is_some_and(char::is_uppercase)
    };
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        if opens(word) && words.peek().is_some_and(|next| capitalised(next)) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::language::Language;

    fn runs(text: &str, capitals: Capitals) -> Vec<Vec<String>> {
        let mut analyzer = Analyzer::new(Language::En);
        let found = capitalised_runs(&mut analyzer, text, capitals);
        let written = |run: Vec<RunWord>| run.into_iter().map(|w| w.written).collect();
        found.into_iter().map(written).collect()
    }

    #[test]
    fn a_run_is_two_capitalised_content_words_or_more_that_only_spaces_separate() {
        let text = "Today Nora Quill met IPCC Experts, then Rosa. Ana of Lima.";
        assert_eq!(
            runs(text, Capitals::Leading),
            [vec!["Today", "Nora", "Quill"], vec!["IPCC", "Experts"]]
        );
        assert_eq!(
            runs(text, Capitals::Proper),
            [vec!["Today", "Nora", "Quill"]]
        );
    }

    #[test]
    fn only_a_text_with_a_capitalised_pair_from_the_letter_may_hold_a_run() {
        assert!(may_hold_run_from("We met (Nora Quill) there.", 'N'));
        assert!(!may_hold_run_from("We met Nora there. Quill too.", 'N'));
        assert!(!may_hold_run_from("Ot Mares was there.", 'N'));
        assert!(may_hold_run_from("Ángel Mares was there.", 'A'));
        assert!(may_hold_run_from("as O'Brien Mares said", 'O'));
    }
}
