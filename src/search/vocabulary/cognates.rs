//! Cognates: corpus words spelled like a question word of another language once both are
//! reduced to a common skeleton ("psychology" and "psicologia", "president" and "presidente",
//! "vaccines" and "vacinas"). Used only when a question is read in a language it is not
//! written in (see `readings::foreign`); the rules are spelling correspondences between
//! English and the Romance languages, not word lists.

use std::sync::Arc;

use fnv::FnvHashMap as HashMap;

use super::{Correction, Vocabulary};

/// Shorter words meet too many unrelated words once their vowels and doublings go ("car" and
/// "cara").
pub const MIN_COGNATE_CHARS: usize = 5;

/// Two skeletons whose endings differ still meet when the parts before the ending are equal
/// and this long ("pandemic" and "pandemia": "pandem"): a shorter stem is a coincidence.
const MIN_SHARED_STEM_CHARS: usize = 6;

/// Most cognates kept per question word.
const MAX_COGNATES: usize = 2;

/// Word endings that correspond between English and Spanish or Portuguese, each group read
/// as one canonical ending; longer endings first so that "-ical" is not read as "-al".
const ENDINGS: &[(&[&str], &str)] = &[
    (&["ologia", "ology", "ologie"], "OLOG"),
    (&["idades", "idade", "idad", "ity", "itie"], "IDAD"),
    (&["ciones", "coes", "tion", "cion", "cao"], "CION"),
    (&["siones", "soes", "sion", "sao"], "SION"),
    (&["mente", "ly"], "MENTE"),
    (&["encia", "ence", "ency"], "ENCIA"),
    (&["ancia", "anca", "ance", "ancy"], "ANCIA"),
    (&["ical", "ico", "ica", "ic"], "IC"),
    (&["ismo", "ism"], "ISM"),
    (&["ista", "ist"], "IST"),
    (&["ario", "aria", "ary"], "ARI"),
    (&["orio", "oria", "ory"], "ORI"),
    (&["oso", "osa", "ous"], "OS"),
    (&["ivo", "iva", "ive"], "IV"),
    (&["mento", "ment"], "MENT"),
    (&["ente", "ent"], "ENT"),
    (&["ante", "ant"], "ANT"),
];

/// Letter groups spelled differently for the same sound, in the order they are replaced.
const LETTERS: &[(&str, &str)] = &[
    ("ph", "f"),
    ("th", "t"),
    ("ch", "c"),
    ("ck", "c"),
    ("qu", "c"),
    ("lh", "l"),
    ("nh", "n"),
    ("k", "c"),
    ("y", "i"),
    ("z", "s"),
];

/// A word's skeleton: its stem part and canonical ending (empty when it has none of
/// [`ENDINGS`]). Words are lowercase and accent-folded.
pub fn skeleton(word: &str) -> (String, &'static str) {
    let word = singular(word);
    let (stem, ending) = split_ending(&word);
    (stem_skeleton(stem), ending)
}

/// The word without a plural "-s" (the plural endings of [`ENDINGS`] are read there).
fn singular(word: &str) -> String {
    let keeps_s = ["ss", "us", "is", "coes", "soes", "ones"];
    if word.len() > MIN_COGNATE_CHARS
        && word.ends_with('s')
        && !keeps_s.iter().any(|e| word.ends_with(e))
    {
        return word[..word.len() - 1].to_string();
    }
    word.to_string()
}

fn split_ending(word: &str) -> (&str, &'static str) {
    let mut best: Option<(usize, &'static str)> = None;
    for (forms, canonical) in ENDINGS {
        for form in *forms {
            let longer = best.is_none_or(|(length, _)| form.len() > length);
            if word.ends_with(form) && word.len() >= form.len() + 2 && longer {
                best = Some((form.len(), canonical));
            }
        }
    }
    match best {
        Some((length, canonical)) => (&word[..word.len() - length], canonical),
        None => (word, ""),
    }
}

/// The stem with letter groups unified, doubled letters single, a Romance "es-" before a
/// consonant read as English "s-" ("estudio", "study"), and its final vowels dropped.
fn stem_skeleton(stem: &str) -> String {
    let mut text = stem.to_string();
    for (from, to) in LETTERS {
        text = text.replace(from, to);
    }
    let bytes = text.as_bytes();
    let romance_es = bytes.len() > 3 && text.starts_with("es") && !is_vowel(bytes[2]);
    if romance_es {
        text.remove(0);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    while out.len() > 1 && out.bytes().last().is_some_and(is_vowel) {
        out.pop();
    }
    out
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// True when two skeletons name the same word in two languages.
fn same_word(a: &(String, &str), b: &(String, &str)) -> bool {
    if a.0 != b.0 {
        return false;
    }
    a.1 == b.1 || a.0.len() >= MIN_SHARED_STEM_CHARS
}

/// Files a corpus word under the stem of its skeleton, when it is long enough to have cognates.
pub(super) fn index_skeleton(index: &mut HashMap<String, Vec<u32>>, word: &str, id: u32) {
    if word.chars().count() >= MIN_COGNATE_CHARS {
        index.entry(skeleton(word).0).or_default().push(id);
    }
}

impl Vocabulary {
    /// The skeleton index, built on first use: every corpus word's skeleton is worked out once
    /// rather than again for each unknown word of each question.
    fn by_skeleton(&self) -> &HashMap<String, Vec<u32>> {
        self.by_skeleton.get_or_init(|| {
            let mut index = HashMap::default();
            for (id, entry) in self.entries.iter().enumerate() {
                index_skeleton(&mut index, &entry.word, id as u32);
            }
            Arc::new(index)
        })
    }

    /// Corpus words whose skeleton is the question word's, most frequent first, one per term;
    /// none for a word the corpus itself uses or shorter than [`MIN_COGNATE_CHARS`].
    pub fn cognates(&self, word: &str) -> Vec<Correction> {
        if word.chars().count() < MIN_COGNATE_CHARS || self.by_word.contains_key(word) {
            return Vec::new();
        }
        let wanted = skeleton(word);
        let mut found: Vec<(u32, Correction)> = Vec::new();
        let candidates = [self.by_skeleton(), &self.added_by_skeleton]
            .into_iter()
            .filter_map(|index| index.get(&wanted.0))
            .flatten();
        for &id in candidates {
            let entry = &self.entries[id as usize];
            let in_use = self.by_word.get(&entry.word) == Some(&id);
            if !in_use || !same_word(&skeleton(&entry.word), &wanted) {
                continue;
            }
            match found.iter_mut().find(|(_, c)| c.term == entry.term) {
                Some((count, _)) => *count += entry.count,
                None => found.push((
                    entry.count,
                    Correction {
                        word: entry.word.clone(),
                        term: entry.term.clone(),
                    },
                )),
            }
        }
        found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.term.cmp(&b.1.term)));
        found
            .into_iter()
            .take(MAX_COGNATES)
            .map(|(_, c)| c)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::vocabulary;
    use super::*;

    fn meet(a: &str, b: &str) -> bool {
        same_word(&skeleton(a), &skeleton(b))
    }

    #[test]
    fn cognates_of_english_and_romance_words_share_a_skeleton() {
        for (english, romance) in [
            ("psychology", "psicologia"),
            ("president", "presidente"),
            ("music", "musica"),
            ("album", "album"),
            ("vaccines", "vacinas"),
            ("pandemic", "pandemia"),
            ("university", "universidad"),
            ("university", "universidade"),
            ("nation", "nacion"),
            ("nation", "nacao"),
            ("marxist", "marxista"),
            ("study", "estudio"),
            ("professional", "profesional"),
        ] {
            assert!(meet(english, romance), "{english} / {romance}");
        }
    }

    #[test]
    fn unrelated_words_keep_apart() {
        for (a, b) in [
            ("producers", "produtores"),
            ("mayor", "alcalde"),
            ("cars", "caras"),
            ("listen", "lista"),
        ] {
            assert!(!meet(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn a_corpus_cognate_is_found_with_its_term_and_a_known_or_short_word_has_none() {
        let vocabulary = vocabulary(&[("psicologia", "psicolog"), ("musica", "music")]);
        let found = vocabulary.cognates("psychology");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].term, "psicolog");
        assert!(vocabulary.cognates("musica").is_empty());
        assert!(vocabulary.cognates("mus").is_empty());
    }

    #[test]
    fn a_word_added_after_the_skeleton_index_was_built_is_found_too() {
        let mut vocabulary = vocabulary(&[("psicologia", "psicolog")]);
        assert!(vocabulary.cognates("vaccines").is_empty());
        vocabulary.add("vacinas", "vacin");
        let found = vocabulary.cognates("vaccines");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].term, "vacin");
        assert_eq!(
            vocabulary.by_skeleton().len(),
            1,
            "built once, then added beside"
        );
    }
}
