//! What an archive of interviews looks like to a chat: originals and their translations (one
//! entry), newest first, found by id, by the code their buttons carry, or by the interviewee's
//! name at the start of an inline query. Pure functions of the corpus.

use crate::corpus::{interview_code, Corpus, Interview};
use crate::search::Scope;

/// Whether there is more than one interview, translations aside.
pub(super) fn has_several(corpus: &Corpus) -> bool {
    corpus
        .interviews
        .iter()
        .enumerate()
        .filter(|(at, _)| original_of(corpus, *at) == *at)
        .nth(1)
        .is_some()
}

/// The interview a version translates (itself for an original, or when the original is not in
/// the corpus).
pub(super) fn original_of(corpus: &Corpus, interview: usize) -> usize {
    let translates = corpus.interviews[interview]
        .metadata
        .translation_of
        .as_deref();
    translates
        .and_then(|id| corpus.interviews.iter().position(|i| i.id == id))
        .unwrap_or(interview)
}

/// An interview and its translations.
pub(super) fn versions_of(corpus: &Corpus, original: usize) -> Vec<usize> {
    (0..corpus.interviews.len())
        .filter(|&at| original_of(corpus, at) == original)
        .collect()
}

/// When an inline query starts with an interviewee's name ("Quispe water", "marta quispe:"),
/// the interviews of that person and the rest of the query; `None` otherwise (search
/// everything). Names match whole, in any case and with or without accents, by full name or
/// surname; the longest match wins.
pub fn inline_scope<'q>(corpus: &Corpus, query: &'q str) -> Option<(Scope, &'q str)> {
    if !has_several(corpus) {
        return None;
    }
    let folded = fold(query);
    let mut best: Option<(usize, String)> = None;
    for name in corpus
        .interviews
        .iter()
        .flat_map(|interview| name_forms(interview))
    {
        let longer = best
            .as_ref()
            .is_none_or(|(chars, _)| name.chars().count() > *chars);
        if longer && starts_with_word(&folded, &name) {
            best = Some((name.chars().count(), name));
        }
    }
    let (chars, name) = best?;
    let interviews = corpus
        .interviews
        .iter()
        .enumerate()
        .filter(|(_, i)| name_forms(i).contains(&name))
        .map(|(at, _)| at);
    let rest_at = query
        .char_indices()
        .nth(chars)
        .map_or(query.len(), |(at, _)| at);
    let rest = query[rest_at..].trim_start_matches(|c: char| !c.is_alphanumeric());
    Some((Scope::only(interviews), rest))
}

/// An interview's interviewee as typed in a query: the full name and the surname, folded.
fn name_forms(interview: &Interview) -> Vec<String> {
    let Some(name) = interview.metadata.interviewee.as_deref() else {
        return Vec::new();
    };
    let full = fold(name.trim());
    let mut forms = vec![full.clone()];
    if let Some(surname) = full.split_whitespace().last().filter(|s| *s != full) {
        forms.push(surname.to_string());
    }
    forms.retain(|f| !f.is_empty());
    forms
}

fn starts_with_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word)
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
}

/// Lower case without the accents of Latin letters, one char for one char (so positions in
/// the folded text are positions in the original).
fn fold(text: &str) -> String {
    text.chars()
        .map(|c| {
            let lower = c.to_lowercase().next().unwrap_or(c);
            match lower {
                'á' | 'à' | 'â' | 'ã' | 'ä' | 'å' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'í' | 'ì' | 'î' | 'ï' => 'i',
                'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
                'ú' | 'ù' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                'ñ' => 'n',
                other => other,
            }
        })
        .collect()
}

/// An interview by its id (file name without extension, any case) or by the code its buttons
/// carry; a translation leads to its original.
pub(super) fn find_interview(corpus: &Corpus, key: &str) -> Option<usize> {
    let interviews = &corpus.interviews;
    let found = interviews
        .iter()
        .position(|i| i.id == key)
        .or_else(|| {
            interviews
                .iter()
                .position(|i| i.id.eq_ignore_ascii_case(key))
        })
        .or_else(|| interviews.iter().position(|i| interview_code(&i.id) == key))?;
    Some(original_of(corpus, found))
}

/// What `/use <argument>` points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Pick {
    /// One interview (an original).
    One(usize),
    /// Several interviews of the person named, newest first.
    Several(Vec<usize>),
    /// Nothing in the archive.
    Unknown,
}

/// Shortest single name (first name or surname) `/use` matches on its own: shorter words are
/// particles ("de", "da") more often than names.
const MIN_NAME_WORD_CHARS: usize = 3;

/// The interview `/use` means by `argument`: an id or button code, a number in the
/// `/interviews` list, or the interviewee's name (full, or one of its words), in any case and
/// with or without accents.
pub(super) fn pick_interview(corpus: &Corpus, argument: &str) -> Pick {
    let argument = argument.trim();
    if let Some(found) = find_interview(corpus, argument) {
        return Pick::One(found);
    }
    let order = newest_first(corpus);
    if let Ok(number) = argument.trim_start_matches('#').parse::<usize>() {
        let at = number.checked_sub(1).and_then(|at| order.get(at));
        return at.map_or(Pick::Unknown, |&i| Pick::One(i));
    }
    let wanted = fold(argument);
    let one_word = !wanted.contains(char::is_whitespace);
    let named = |interview: &Interview| {
        let full = interview.metadata.interviewee.as_deref().map(fold);
        full.is_some_and(|full| {
            full.trim() == wanted
                || (one_word
                    && wanted.chars().count() >= MIN_NAME_WORD_CHARS
                    && full.split_whitespace().any(|word| word == wanted))
        })
    };
    let found: Vec<usize> = (order.into_iter())
        .filter(|&i| named(&corpus.interviews[i]))
        .collect();
    match found.as_slice() {
        [] => Pick::Unknown,
        [one] => Pick::One(*one),
        _ => Pick::Several(found),
    }
}

/// Original interviews (translations are listed with them), newest first by front matter
/// date; undated ones last, by title.
pub(super) fn newest_first(corpus: &Corpus) -> Vec<usize> {
    let mut order: Vec<usize> = (0..corpus.interviews.len())
        .filter(|&at| original_of(corpus, at) == at)
        .collect();
    let key = |i: &usize| {
        let interview = &corpus.interviews[*i];
        let date = interview.metadata.date.as_deref().and_then(date_key);
        (std::cmp::Reverse(date), interview.title.to_lowercase())
    };
    order.sort_by_cached_key(key);
    order
}

/// A sortable (year, month, day) from a date as operators write it: `2024-05-14`,
/// `2024/05`, `2024`, `May 2024` (year only); month and day are 0 when absent. `None` unless
/// the first number is a four-digit year (`14/05/2024` could be either order).
fn date_key(date: &str) -> Option<(u32, u32, u32)> {
    let mut numbers = date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty());
    let year = numbers.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let mut next = || numbers.next().and_then(|n| n.parse().ok()).unwrap_or(0);
    Some((year, next(), next()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Metadata;

    fn interview(id: &str, interviewee: Option<&str>, date: Option<&str>) -> Interview {
        Interview {
            id: id.to_string(),
            source: format!("{id}.txt").into(),
            metadata: Metadata {
                interviewee: interviewee.map(str::to_string),
                date: date.map(str::to_string),
                ..Metadata::default()
            },
            title: format!("Title of {id}"),
            intro: vec!["Intro.".to_string()],
            turns: Vec::new(),
        }
    }

    fn corpus() -> Corpus {
        let mut translation = interview("e", Some("Pablo Moreno"), Some("2024"));
        translation.metadata.translation_of = Some("d".to_string());
        Corpus::new(vec![
            interview("a", Some("Marta Quispe"), Some("2023-04-11")),
            interview("b", Some("Rosa García"), None),
            interview("c", Some("Marta Quispe"), Some("2024-05-14")),
            interview("d", Some("Pablo Moreno"), Some("2024")),
            translation,
        ])
    }

    #[test]
    fn a_translation_is_listed_and_chosen_with_its_original() {
        let corpus = corpus();
        assert_eq!(find_interview(&corpus, "e"), Some(3));
        assert_eq!(versions_of(&corpus, 3), vec![3, 4]);
        assert!(!newest_first(&corpus).contains(&4));
        let (scope, _) = inline_scope(&corpus, "Moreno").unwrap();
        assert_eq!(scope, Scope::only([3, 4]));
        let one = Corpus::from_shared(corpus.interviews[3..].to_vec());
        assert!(!has_several(&one), "one interview in two languages");
    }

    #[test]
    fn interviews_are_listed_newest_first_and_undated_last() {
        assert_eq!(newest_first(&corpus()), vec![2, 3, 0, 1]);
        assert_eq!(date_key("2024-05-14"), Some((2024, 5, 14)));
        assert_eq!(date_key("2024/05"), Some((2024, 5, 0)));
        assert_eq!(date_key("May 2024"), Some((2024, 0, 0)));
        assert_eq!(
            date_key("14/05/2024"),
            None,
            "day first is ambiguous: undated"
        );
        assert_eq!(date_key(""), None);
    }

    #[test]
    fn an_inline_query_starting_with_a_name_is_about_that_persons_interviews() {
        let corpus = corpus();
        let (scope, rest) = inline_scope(&corpus, "Quispe: water").unwrap();
        assert_eq!((scope, rest), (Scope::only([0, 2]), "water"));
        let (scope, rest) = inline_scope(&corpus, "rosa garcia lithium").unwrap();
        assert_eq!((scope, rest), (Scope::only([1]), "lithium"));
        let (scope, rest) = inline_scope(&corpus, "GARCÍA").unwrap();
        assert_eq!((scope, rest), (Scope::only([1]), ""));
        assert_eq!(inline_scope(&corpus, "what does Quispe think"), None);
        assert_eq!(inline_scope(&corpus, "Quispes"), None, "whole words only");
        let single = Corpus::new(vec![interview("a", Some("Marta Quispe"), None)]);
        assert_eq!(inline_scope(&single, "Quispe water"), None);
    }

    #[test]
    fn use_picks_by_id_list_number_or_the_interviewees_name() {
        let corpus = corpus();
        assert_eq!(pick_interview(&corpus, " d "), Pick::One(3));
        assert_eq!(pick_interview(&corpus, "1"), Pick::One(2), "newest first");
        assert_eq!(pick_interview(&corpus, "#4"), Pick::One(1));
        assert_eq!(pick_interview(&corpus, "0"), Pick::Unknown);
        assert_eq!(
            pick_interview(&corpus, "5"),
            Pick::Unknown,
            "four originals"
        );
        assert_eq!(pick_interview(&corpus, "rosa garcia"), Pick::One(1));
        assert_eq!(pick_interview(&corpus, "GARCÍA"), Pick::One(1));
        assert_eq!(pick_interview(&corpus, "Moreno"), Pick::One(3));
        assert_eq!(pick_interview(&corpus, "quispe"), Pick::Several(vec![2, 0]));
        assert_eq!(pick_interview(&corpus, "Quisp"), Pick::Unknown);
        assert_eq!(pick_interview(&corpus, "marta rosa"), Pick::Unknown);
    }

    #[test]
    fn interviews_are_found_by_id_in_any_case_or_by_code() {
        let corpus = corpus();
        assert_eq!(find_interview(&corpus, "c"), Some(2));
        assert_eq!(find_interview(&corpus, "D"), Some(3));
        assert_eq!(find_interview(&corpus, &interview_code("b")), Some(1));
        assert_eq!(find_interview(&corpus, "zzz"), None);
    }
}
