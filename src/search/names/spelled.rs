//! A person the interview's labels name in short ("Nora", or the initials "OM") by the whole
//! name its text spells ("Nora Quill", "Ot Bento Mares"): people ask about someone by the name
//! the article gives, and "O que Ot Mares pensa sobre DRM?" must name the interview whose
//! answers are labelled `OM`, not weigh "Ot" and "Mares" as the topic and refuse.
//!
//! The whole name is the run of capitalised words the interview's text writes most often that
//! starts with the short name (a first name) or whose initials spell it (initials, a middle name
//! allowed between the first and the last). A name of two words or more is left as it is.

use std::collections::HashMap;

use super::capitalised::{capitalised_runs, may_hold_run_from, Capitals, RunWord};
use crate::corpus::Interview;
use crate::search::analyzer::Analyzer;

/// Most letters of a label read as initials ("OM", "JRR"): longer words in capitals are
/// acronyms or shouted names.
const MAX_INITIALS: usize = 4;

/// Most words of a whole name found for a short one: a first name and two more ("Ot Bento
/// Mares"); longer runs of capitals are titles or headings.
const MAX_NAME_WORDS: usize = 3;

/// The whole name `interview`'s text spells for the short `name` (one word), if any.
pub(super) fn whole_name(
    analyzer: &mut Analyzer,
    interview: &Interview,
    name: &str,
) -> Option<String> {
    let name = name.trim();
    if name.is_empty() || name.split_whitespace().nth(1).is_some() {
        return None;
    }
    let initials = is_initials(name).then(|| folded_initials(name));
    let first = name.to_lowercase();
    let mut counts: HashMap<Vec<String>, (usize, usize)> = HashMap::new();
    let texts = std::iter::once(&interview.title)
        .chain(&interview.intro)
        .chain(
            interview
                .turns
                .iter()
                .flat_map(|t| std::iter::once(&t.question).chain(&t.answer)),
        );
    // The run's first word starts with the name's (or the initials') first letter: only the
    // texts that may hold one are analysed, not the whole interview at every start.
    let letter = name.chars().next()?.to_uppercase().next()?;
    for (order, text) in texts.enumerate() {
        if !may_hold_run_from(text, letter) {
            continue;
        }
        for run in capitalised_runs(analyzer, text, Capitals::Proper) {
            for found in spelled_in(&run, initials.as_deref(), &first) {
                let entry = counts.entry(found).or_insert((0, order));
                entry.0 += 1;
            }
        }
    }
    let best = counts
        .into_iter()
        .max_by(|(a, (ca, oa)), (b, (cb, ob))| ca.cmp(cb).then(ob.cmp(oa)).then(b.cmp(a)))?;
    Some(best.0.join(" "))
}

/// Whether a one-word label is a person's initials: two to [`MAX_INITIALS`] capitals.
fn is_initials(name: &str) -> bool {
    let letters = name.chars().count();
    (2..=MAX_INITIALS).contains(&letters) && name.chars().all(char::is_uppercase)
}

/// The initials, lowercased and without accents, as the analysis folds words.
fn folded_initials(name: &str) -> Vec<char> {
    let mut analyzer = Analyzer::default();
    name.chars()
        .filter_map(|c| analyzer.analyze(&c.to_string()).pop())
        .filter_map(|w| w.surface.chars().next())
        .collect()
}

/// The names of a run of capitalised words that spell a short
/// name: starting with the first name `first`, or with the `initials` given.
fn spelled_in(run: &[RunWord], initials: Option<&[char]>, first: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for start in 0..run.len() {
        for end in start + 2..=(start + MAX_NAME_WORDS).min(run.len()) {
            let words = &run[start..end];
            let spells = match initials {
                Some(initials) => spells_initials(words, initials),
                None => words[0].folded == first || words[0].written.to_lowercase() == first,
            };
            if spells {
                found.push(words.iter().map(|w| w.written.clone()).collect());
            }
        }
    }
    // A first name's whole name is its longest run: "Nora Quill", not also "Nora".
    if initials.is_none() {
        found.sort_by_key(|f: &Vec<String>| std::cmp::Reverse(f.len()));
        found.truncate(1);
    }
    found
}

/// Whether `words`' initials spell `initials`, all of them, or the first and the last with
/// one middle name between ("Ot Bento Mares" for "OM").
fn spells_initials(words: &[RunWord], initials: &[char]) -> bool {
    let of = |w: &RunWord| w.folded.chars().next();
    let all: Vec<char> = words.iter().filter_map(of).collect();
    if all == initials {
        return true;
    }
    let middle = words.len() == initials.len() + 1 && initials.len() >= 2;
    middle && all.first() == initials.first() && all[2..] == initials[1..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Turn;
    use crate::search::language::Language;

    fn interview(intro: &str, answer: &str) -> Interview {
        let mut interview = (*crate::search::names::tests::interview("x", "Ledger")).clone();
        interview.intro = vec![intro.into()];
        interview.turns = vec![Turn {
            question: "Tell us about yourself.".into(),
            answer: vec![answer.into()],
            line: 1,
            speakers: Vec::new(),
        }];
        interview
    }

    fn whole(interview: &Interview, name: &str) -> Option<String> {
        whole_name(&mut Analyzer::new(Language::Pt), interview, name)
    }

    #[test]
    fn initials_are_the_name_whose_words_start_with_them() {
        let text = interview(
            "Uma conversa sobre arte.",
            "Meu nome é Ot Bento Mares, nasci no Amapá.",
        );
        assert_eq!(whole(&text, "OM").as_deref(), Some("Ot Bento Mares"));
        let plain = interview("Otávio Mendes pinta.", "Sou Otávio Mendes.");
        assert_eq!(whole(&plain, "OM").as_deref(), Some("Otávio Mendes"));
        assert_eq!(whole(&plain, "AM"), None, "no such name in the text");
    }

    #[test]
    fn a_first_name_is_the_name_the_text_writes_after_it() {
        let text = interview(
            "Hoje falo com a poeta Nora Quill. Nora Quill escreve.",
            "Nora é o meu nome, e a Nora Smith é outra.",
        );
        assert_eq!(whole(&text, "Nora").as_deref(), Some("Nora Quill"));
        assert_eq!(whole(&text, "Nora Quill"), None, "already whole");
        assert_eq!(whole(&text, "Rosa"), None);
    }

    #[test]
    fn a_question_naming_the_whole_name_names_the_interview_labelled_in_short() {
        use crate::search::names::NameIndex;
        use std::sync::Arc;
        let mut labelled = interview("Uma conversa.", "Meu nome é Ot Bento Mares.");
        labelled.metadata.interviewee = Some("OM".into());
        let other = crate::search::names::tests::interview("Ana Reis", "Ledger");
        let index = NameIndex::build(&[Arc::new(labelled), other], Language::Pt);
        let named = |question: &str| {
            let terms = Analyzer::new(Language::Pt).terms(question);
            index.named(&terms, &|_| 1, 1_000)
        };
        let whole = named("O que Ot Mares pensa sobre DRM?");
        assert_eq!(whole.interviews, [0]);
        assert!(
            !whole.terms.iter().any(|t| t.starts_with("drm")),
            "{whole:?}"
        );
        assert_eq!(whole.terms.len(), 2, "both words name her: {whole:?}");
        assert!(named("O que pensa sobre DRM?").interviews.is_empty());
    }
}
