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

/// Shorter words have too many neighbours one edit away to guess safely ("bsae" -> "base" is
/// still a safe guess; three-letter words are not).
pub const MIN_WORD_CHARS: usize = 4;

/// A word the corpus knows is still taken for a typo of a neighbour one edit away when that
/// neighbour is this many times more frequent ("goverment" once, "government" 40 times).
const MUCH_MORE_FREQUENT: u32 = 20;

/// Shortest stem used to find other forms of a word by prefix ("palestin" -> "palestinian").
const MIN_PREFIX_CHARS: usize = 5;

/// Shortest place name paired with its people: "cuba" and "cuban" pair, "plan" and "pla" do not.
const MIN_PLACE_CHARS: usize = 4;

/// Shortest root a derived word is led back to: "edit" of "editor"; three letters are
/// another word's as often ("art" of "arte", "car" of "cart").
const MIN_ROOT_CHARS: usize = 4;

/// Longest derivational ending removed to reach the root, in letters ("-or", "-ist",
/// "-ora"); a longer one makes a compound or another word ("corto" and "cortometraje").
const MAX_ENDING_CHARS: usize = 3;

/// Most corrections kept per misspelled word.
const MAX_CORRECTIONS: usize = 2;

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

impl Vocabulary {
    /// Index terms that are another form of `term` by prefix: longer terms starting with it
    /// ("palestin" -> "palestinian") or shorter ones it starts with ("americanis" -> "american").
    /// Used when a question word is unknown and has no spelling correction.
    pub fn related_forms(&self, term: &str) -> Vec<String> {
        if term.chars().count() < MIN_PREFIX_CHARS {
            return Vec::new();
        }
        let mut longer: Vec<(&String, &u32)> = self
            .terms
            .range::<str, _>((std::ops::Bound::Excluded(term), std::ops::Bound::Unbounded))
            .take_while(|(candidate, _)| candidate.starts_with(term))
            .collect();
        longer.sort_by(|a, b| b.1.cmp(a.1));
        let shorter = term
            .char_indices()
            .map(|(i, _)| &term[..i])
            .filter(|prefix| prefix.chars().count() >= MIN_PREFIX_CHARS)
            .rev()
            .find(|prefix| self.terms.contains_key(*prefix));
        longer
            .into_iter()
            .map(|(t, _)| t.clone())
            .chain(shorter.map(str::to_string))
            .take(MAX_CORRECTIONS)
            .collect()
    }
}

impl Vocabulary {
    /// The root a rare derived word shares with a more frequent corpus term that Snowball
    /// stems apart: "editor" keeps its "-or" while "editing" is "edit", "investor" is apart
    /// from "invest". The longest index term that `term` starts with, at least
    /// [`MIN_ROOT_CHARS`] long and at most [`MAX_ENDING_CHARS`] shorter, found in more passages
    /// than `term` (`frequency` gives a term's passages).
    pub fn derived_root(&self, term: &str, frequency: impl Fn(&str) -> u64) -> Option<String> {
        let own = frequency(term);
        let length = term.chars().count();
        term.char_indices()
            .map(|(i, _)| &term[..i])
            .filter(|root| {
                let root_length = root.chars().count();
                root_length >= MIN_ROOT_CHARS && length - root_length <= MAX_ENDING_CHARS
            })
            .filter(|root| self.terms.contains_key(*root))
            .rev()
            .find(|root| frequency(root) > own)
            .map(str::to_string)
    }
}

impl Vocabulary {
    /// The place a people's name comes from, or the people of a place, when the corpus uses
    /// the other form: "bolivia" -> "bolivian", "venezuelans" -> "venezuela", "cuba" ->
    /// "cuban". Only the final "n" of names of places ending in "a" is considered, which
    /// covers most of the Americas and keeps unrelated words apart.
    pub fn demonym_forms(&self, term: &str) -> Vec<String> {
        if !term.is_ascii() {
            return Vec::new();
        }
        let other = match term.strip_suffix("an") {
            Some(stem) => format!("{stem}a"),
            None if term.ends_with('a') => format!("{term}n"),
            None => return Vec::new(),
        };
        // The place is the shorter of the two forms.
        if other.len().min(term.len()) < MIN_PLACE_CHARS {
            return Vec::new();
        }
        if self.terms.contains_key(&other) {
            vec![other]
        } else {
            Vec::new()
        }
    }
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

    fn vocabulary(words: &[(&str, &str)]) -> Vocabulary {
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
    fn places_and_their_peoples_find_each_other_when_the_corpus_has_the_other_form() {
        let vocabulary = vocabulary(&[
            ("bolivia", "bolivia"),
            ("cuban", "cuban"),
            ("human", "human"),
            ("pla", "pla"),
        ]);
        assert_eq!(vocabulary.demonym_forms("bolivian"), ["bolivia"]);
        assert_eq!(vocabulary.demonym_forms("cuba"), ["cuban"]);
        assert!(
            vocabulary.demonym_forms("venezuela").is_empty(),
            "not in the corpus"
        );
        assert!(vocabulary.demonym_forms("human").is_empty(), "no 'huma'");
        assert!(
            vocabulary.demonym_forms("plan").is_empty(),
            "too short, though 'pla' is known"
        );
        assert!(
            vocabulary.demonym_forms("bolivia").is_empty(),
            "no 'bolivian' here"
        );
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
    fn related_forms_extend_or_shorten_a_stem() {
        let vocabulary = vocabulary(&[
            ("palestinian", "palestinian"),
            ("american", "american"),
            ("americans", "american"),
        ]);
        assert_eq!(vocabulary.related_forms("palestin"), ["palestinian"]);
        assert_eq!(vocabulary.related_forms("americanist"), ["american"]);
        assert!(vocabulary.related_forms("ame").is_empty());
        assert!(vocabulary.related_forms("chocol").is_empty());
    }

    #[test]
    fn a_rare_derived_word_leads_to_a_more_frequent_root_only() {
        let vocabulary = vocabulary(&[
            ("editing", "edit"),
            ("route", "rout"),
            ("art", "art"),
            ("cortometrajes", "cortometraj"),
        ]);
        let frequency = |term: &str| u64::from(term == "edit" || term == "art") * 3;
        assert_eq!(
            vocabulary.derived_root("editor", frequency).as_deref(),
            Some("edit")
        );
        assert_eq!(
            vocabulary.derived_root("router", frequency),
            None,
            "rarer root"
        );
        assert_eq!(
            vocabulary.derived_root("artist", frequency),
            None,
            "short root"
        );
        assert_eq!(
            vocabulary.derived_root("editorial", frequency),
            None,
            "long ending"
        );
        assert_eq!(
            vocabulary.derived_root("cort", frequency),
            None,
            "no shorter term"
        );
    }

    #[test]
    fn multibyte_words_do_not_panic() {
        let vocabulary = vocabulary(&[("añoranza", "añoranz")]);
        assert_eq!(vocabulary.corrections("añoranzа").len(), 1);
        assert!(vocabulary.corrections("🙂🙂🙂🙂🙂").is_empty());
    }
}
