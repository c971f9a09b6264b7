//! Spelling correction for question words the index has never seen.
//!
//! Tantivy's fuzzy term query works on stems (the typo is stemmed first) and gives every fuzzy
//! hit the same score, which flattens BM25 ranking. Instead, the corpus words themselves
//! (unstemmed, at least [`MIN_WORD_CHARS`] long) are indexed by their one-letter deletions
//! (the "symmetric delete" method), so a misspelled question word finds the corpus words within
//! one edit (insertion, deletion, substitution or swap of neighbours) in a few hash lookups; their
//! stems then join the query as ordinary BM25 terms.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use fnv::FnvHashMap as HashMap;

mod clipped;
mod cognates;
mod forms;

/// Shorter words have too many neighbours one edit away to guess safely ("bsae" -> "base" is
/// still a safe guess; three-letter words are not).
pub const MIN_WORD_CHARS: usize = 4;

/// A word the corpus knows is still taken for a typo of a neighbour one edit away when that
/// neighbour is this many times more frequent ("goverment" once, "government" 40 times).
const MUCH_MORE_FREQUENT: u32 = 20;

/// Most corrections kept per misspelled word.
pub(super) const MAX_CORRECTIONS: usize = 2;

/// A corpus word and what it stands for in the index.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Entry {
    word: String,
    term: String,
    count: u32,
}

/// Corpus words indexed for one-edit lookups.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct Vocabulary {
    /// Every word ever added; a word whose count fell to zero (its interview changed) is no
    /// longer in `by_word` and is skipped by lookups.
    entries: Vec<Entry>,
    by_word: HashMap<String, u32>,
    /// Entries by each of their one-letter deletions. Built on the first misspelled word rather
    /// than saved and loaded (it is the largest table, and most start-ups never need it), and
    /// shared by the engines revised from this one.
    #[serde(skip)]
    by_deletion: OnceLock<Arc<HashMap<String, Vec<u32>>>>,
    /// The same for the words added after `by_deletion` was built: small, so that copying the
    /// vocabulary for a revised engine never copies the large table.
    #[serde(skip)]
    added_by_deletion: HashMap<String, Vec<u32>>,
    /// Entries of at least `cognates::MIN_COGNATE_CHARS` by the stem of their cognate skeleton,
    /// built on the first question read across languages, and shared like `by_deletion`.
    #[serde(skip)]
    by_skeleton: OnceLock<Arc<HashMap<String, Vec<u32>>>>,
    /// The same for the words added after `by_skeleton` was built.
    #[serde(skip)]
    added_by_skeleton: HashMap<String, Vec<u32>>,
    /// Every index term with its number of occurrences, ordered for prefix lookups.
    terms: BTreeMap<String, u32>,
}

/// A correction proposed for a misspelled word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The corpus word.
    pub word: String,
    /// Its index term.
    pub term: String,
}

impl Vocabulary {
    /// Records one occurrence of a corpus word (lowercased, folded) and its index term.
    pub fn add(&mut self, word: &str, term: &str) {
        *self.terms.entry(term.to_string()).or_default() += 1;
        if word.chars().count() < MIN_WORD_CHARS || word.chars().any(|c| c.is_ascii_digit()) {
            return;
        }
        if let Some(&id) = self.by_word.get(word) {
            self.entries[id as usize].count += 1;
            return;
        }
        let id = self.entries.len() as u32;
        self.entries.push(Entry {
            word: word.to_string(),
            term: term.to_string(),
            count: 1,
        });
        self.by_word.insert(word.to_string(), id);
        if self.by_deletion.get().is_some() {
            index_deletions(&mut self.added_by_deletion, word, id);
        }
        if self.by_skeleton.get().is_some() {
            cognates::index_skeleton(&mut self.added_by_skeleton, word, id);
        }
    }

    /// Forgets one occurrence recorded by [`Vocabulary::add`].
    pub fn remove(&mut self, word: &str, term: &str) {
        if let Some(count) = self.terms.get_mut(term) {
            *count -= 1;
            if *count == 0 {
                self.terms.remove(term);
            }
        }
        if let Some(&id) = self.by_word.get(word) {
            let entry = &mut self.entries[id as usize];
            entry.count -= 1;
            if entry.count == 0 {
                self.by_word.remove(word);
            }
        }
    }

    /// The deletion index, built on first use.
    fn by_deletion(&self) -> &HashMap<String, Vec<u32>> {
        self.by_deletion.get_or_init(|| {
            let mut index = HashMap::default();
            for (id, entry) in self.entries.iter().enumerate() {
                index_deletions(&mut index, &entry.word, id as u32);
            }
            Arc::new(index)
        })
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.by_word.len()
    }

    /// True when no word was added.
    pub fn is_empty(&self) -> bool {
        self.by_word.is_empty()
    }

    /// Corpus words one edit away from `word`, most frequent first, one per distinct term.
    pub fn corrections(&self, word: &str) -> Vec<Correction> {
        if self.by_word.contains_key(word) {
            return Vec::new();
        }
        self.neighbours(word, 0)
    }

    /// Corpus words one edit away from a word the corpus has but rarely, each at least
    /// [`MUCH_MORE_FREQUENT`] times as frequent: the word is likely a typo the corpus shares.
    pub fn frequent_neighbours(&self, word: &str) -> Vec<Correction> {
        let Some(&id) = self.by_word.get(word) else {
            return Vec::new();
        };
        let count = self.entries[id as usize].count;
        self.neighbours(word, count.saturating_mul(MUCH_MORE_FREQUENT))
    }

    /// Corpus words one edit away from `word` seen at least `least` times, most frequent
    /// first, one per distinct term.
    fn neighbours(&self, word: &str, least: u32) -> Vec<Correction> {
        if word.chars().count() < MIN_WORD_CHARS {
            return Vec::new();
        }
        let by_deletion = self.by_deletion();
        let mut candidates: Vec<u32> = Vec::new();
        let mut probe = |key: &str| {
            for index in [by_deletion, &self.added_by_deletion] {
                if let Some(ids) = index.get(key) {
                    candidates.extend(ids);
                }
            }
            if let Some(&id) = self.by_word.get(key) {
                candidates.push(id);
            }
        };
        probe(word);
        let mut variant = String::with_capacity(word.len());
        for (i, c) in word.char_indices() {
            variant.clear();
            variant.push_str(&word[..i]);
            variant.push_str(&word[i + c.len_utf8()..]);
            probe(&variant);
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut found: Vec<&Entry> = candidates
            .into_iter()
            .map(|id| &self.entries[id as usize])
            .filter(|entry| entry.count > 0)
            // Typos rarely hit the first letter; allowing it pairs unrelated words
            // ("married" / "carried").
            .filter(|entry| entry.word.chars().next() == word.chars().next())
            .filter(|entry| entry.word != word && entry.count >= least)
            .filter(|entry| within_one_edit(word, &entry.word))
            .filter(|entry| !other_gender(word, &entry.word))
            .collect();
        found.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.word.cmp(&b.word)));
        let mut corrections: Vec<Correction> = Vec::new();
        for entry in found {
            if corrections.len() == MAX_CORRECTIONS {
                break;
            }
            if corrections.iter().all(|c| c.term != entry.term) {
                corrections.push(Correction {
                    word: entry.word.clone(),
                    term: entry.term.clone(),
                });
            }
        }
        corrections
    }
}

/// Whether two words differ only in a final "a", "o" or "e": in Spanish and Portuguese that
/// vowel is a noun's gender, and the other gender of the same word already shares its stem, so
/// a corpus word that differs there is another word ("plaza", a post, is not "plazo", a term),
/// not the typo's correction.
fn other_gender(word: &str, other: &str) -> bool {
    const GENDER_VOWELS: &[char] = &['a', 'o', 'e'];
    let (Some(last), Some(other_last)) = (word.chars().last(), other.chars().last()) else {
        return false;
    };
    GENDER_VOWELS.contains(&last)
        && GENDER_VOWELS.contains(&other_last)
        && word[..word.len() - last.len_utf8()] == other[..other.len() - other_last.len_utf8()]
}

/// Files entry `id` under each one-letter deletion of its `word`.
fn index_deletions(index: &mut HashMap<String, Vec<u32>>, word: &str, id: u32) {
    for variant in deletions(word) {
        let ids = index.entry(variant).or_default();
        if ids.last() != Some(&id) {
            ids.push(id);
        }
    }
}

/// Every string made by deleting one character of `word`.
fn deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().map(move |(i, c)| {
        let mut variant = String::with_capacity(word.len());
        variant.push_str(&word[..i]);
        variant.push_str(&word[i + c.len_utf8()..]);
        variant
    })
}

/// Optimal string alignment distance of at most one: equal, or one insertion, deletion,
/// substitution or transposition of adjacent characters apart.
pub(super) fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a_rest, b_rest) = (&a[prefix..], &b[prefix..]);
    match (a_rest.len(), b_rest.len()) {
        (0, 0) => true,
        (x, y) if x == y => {
            a_rest[1..] == b_rest[1..]
                || (x >= 2
                    && a_rest[0] == b_rest[1]
                    && a_rest[1] == b_rest[0]
                    && a_rest[2..] == b_rest[2..])
        }
        (x, y) if x == y + 1 => a_rest[1..] == *b_rest,
        (x, y) if y == x + 1 => *a_rest == b_rest[1..],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A vocabulary of the given words, each added once.
    pub(super) fn vocabulary(words: &[(&str, &str)]) -> Vocabulary {
        let mut vocabulary = Vocabulary::default();
        for (word, term) in words {
            vocabulary.add(word, term);
        }
        vocabulary
    }

    #[test]
    fn four_letter_typos_are_corrected_and_rare_words_yield_to_frequent_neighbours() {
        let mut vocabulary = vocabulary(&[("base", "base"), ("goverment", "goverment")]);
        for _ in 0..MUCH_MORE_FREQUENT {
            vocabulary.add("government", "govern");
        }
        let words = |c: Vec<Correction>| c.into_iter().map(|c| c.word).collect::<Vec<_>>();
        assert_eq!(words(vocabulary.corrections("bsae")), ["base"]);
        assert!(vocabulary.corrections("bas").is_empty(), "three letters");
        assert_eq!(
            words(vocabulary.frequent_neighbours("goverment")),
            ["government"]
        );
        assert!(vocabulary.frequent_neighbours("government").is_empty());
        assert!(vocabulary.frequent_neighbours("base").is_empty());
    }

    #[test]
    fn one_edit_distance_covers_every_kind_of_typo() {
        assert!(within_one_edit("vaccine", "vacine"));
        assert!(within_one_edit("capitalism", "capitalsim"));
        assert!(within_one_edit("bolivar", "bolivars"));
        assert!(within_one_edit("almagro", "almagra"));
        assert!(within_one_edit("same", "same"));
        assert!(!within_one_edit("capitalism", "capital"));
        assert!(!within_one_edit("abcd", "acxd"));
    }

    #[test]
    fn corrections_prefer_frequent_words_and_skip_known_or_short_words() {
        let vocabulary = vocabulary(&[
            ("vaccine", "vaccin"),
            ("vaccines", "vaccin"),
            ("vaccine", "vaccin"),
            ("capitalism", "capitism"),
            ("sovereignty", "sovereignti"),
        ]);
        assert_eq!(vocabulary.len(), 4);
        let found = vocabulary.corrections("vacine");
        assert_eq!(
            found,
            vec![Correction {
                word: "vaccine".into(),
                term: "vaccin".into()
            }]
        );
        assert_eq!(vocabulary.corrections("capitalsim")[0].word, "capitalism");
        assert_eq!(vocabulary.corrections("soverignty")[0].term, "sovereignti");
        assert!(vocabulary.corrections("vaccine").is_empty());
        assert!(vocabulary.corrections("cat").is_empty());
        assert!(vocabulary.corrections("chocolate").is_empty());
    }

    #[test]
    fn another_gender_is_another_word_not_a_typo() {
        let vocabulary = vocabulary(&[("plazo", "plaz"), ("plazos", "plaz")]);
        assert!(vocabulary.corrections("plaza").is_empty());
        assert_eq!(vocabulary.corrections("plazzo")[0].word, "plazo");
    }

    #[test]
    fn multibyte_words_do_not_panic() {
        let vocabulary = vocabulary(&[("añoranza", "añoranz")]);
        assert_eq!(vocabulary.corrections("añoranzа").len(), 1);
        assert!(vocabulary.corrections("🙂🙂🙂🙂🙂").is_empty());
    }
}
