//! A short name typed without its last letter: "o que ele acha da Dilma e do Lul?" asks about
//! Lula. Short unknown names are otherwise never corrected (a four-letter name has too many
//! corpus words one edit away: "Mona" is not "money"), but a name cut short keeps every
//! letter it has, in order, from the first: only corpus words that start with it and have one
//! letter more complete it.

use super::{Correction, Vocabulary, MAX_CORRECTIONS};

/// Fewest letters of a clipped name: two letters start too many words.
pub(in crate::search) const MIN_CLIPPED_CHARS: usize = 3;

impl Vocabulary {
    /// Corpus words that are `word` (lowercased, folded, unknown to the corpus) with one
    /// letter added at its end, most frequent first, one per distinct term.
    pub fn completions(&self, word: &str) -> Vec<Correction> {
        let letters = word.chars().count();
        if letters < MIN_CLIPPED_CHARS || self.by_word.contains_key(word) {
            return Vec::new();
        }
        let mut found: Vec<&super::Entry> = [self.by_deletion(), &self.added_by_deletion]
            .into_iter()
            .filter_map(|index| index.get(word))
            .flatten()
            .map(|&id| &self.entries[id as usize])
            .filter(|entry| entry.count > 0)
            .filter(|entry| entry.word.starts_with(word))
            .filter(|entry| entry.word.chars().count() == letters + 1)
            .collect();
        found.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.word.cmp(&b.word)));
        let mut completions: Vec<Correction> = Vec::new();
        for entry in found {
            if completions.len() == MAX_CORRECTIONS {
                break;
            }
            if completions.iter().all(|c| c.term != entry.term) {
                completions.push(Correction {
                    word: entry.word.clone(),
                    term: entry.term.clone(),
                });
            }
        }
        completions
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::vocabulary;

    #[test]
    fn a_name_cut_short_is_completed_by_its_last_letter_only() {
        let vocabulary = vocabulary(&[("tavo", "tavo"), ("tavi", "tavi"), ("otavo", "otavo")]);
        let words: Vec<String> = (vocabulary.completions("tav").into_iter())
            .map(|c| c.word)
            .collect();
        assert_eq!(words, ["tavi", "tavo"]);
        assert!(vocabulary.completions("tavo").is_empty(), "a known word");
        assert!(vocabulary.completions("avo").is_empty(), "not the start");
        assert!(vocabulary.completions("ta").is_empty(), "too short");
    }

    const ROSSI: &str =
        "+++\ntitle = \"Conversa com Bruno Rossi\"\ninterviewee = \"Bruno Rossi\"\n\
        language = \"pt\"\n+++\n\n\
        P: Como começou na política?\n\n\
        R: Comecei numa associação de bairro, com vizinhos que queriam uma praça.\n\n\
        P: E os antigos prefeitos?\n\n\
        R: A Nara foi uma sombra do Tito, que mandava nela como mandava em todos.\n";
    const LEME: &str = "+++\ntitle = \"O porto de Leme\"\ninterviewee = \"Caio Leme\"\n\
        language = \"pt\"\n+++\n\n\
        P: O que leva o navio?\n\n\
        R: Leva soja e milho até o porto, duas vezes por semana.\n";

    #[test]
    fn a_question_with_a_name_cut_short_finds_the_passage_naming_it() {
        use std::sync::Arc;
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in [("rossi.txt", ROSSI), ("leme.txt", LEME)] {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let loaded = crate::corpus::load_dir(dir.path()).unwrap().interviews;
        let engine = crate::search::testing::engine_of(loaded.into_iter().map(Arc::new).collect());
        let quoted = |question: &str| {
            let outcome = engine.search(question, 1);
            outcome.hits.first().map(|h| h.passage.text.to_string())
        };
        let answer = quoted("o que ele acha da Nara e do Tit?");
        assert!(answer.is_some_and(|text| text.contains("sombra do Tito")));
        assert!(quoted("o que ele acha da Mona Lisa?").is_none());
    }
}
