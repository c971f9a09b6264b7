//! What persisted files are named after: the indexed content (so an index is reused only for
//! the same corpus) and the program that saved a parsed corpus (so another build never reads
//! it). Kept apart from the engine: changing what a key covers is a decision about persistence.

use super::analyzer;
use super::language::Language;
use super::metadata_text;
use crate::corpus::Corpus;
use crate::fingerprint::Fingerprint;

/// Bumped whenever analysis or schema change, so persisted indexes are rebuilt.
pub(super) const INDEX_FORMAT: &str = "interview-bot-index-v3";

/// Bumped whenever [`persist::SavedCorpus`] or the types it holds change shape.
pub(super) const SAVED_CORPUS_FORMAT: &str = "interview-bot-corpus-v3";

/// Names the saved corpus for this very build of the program: another build may parse or
/// analyse the same files differently.
pub(super) fn saved_corpus_key() -> String {
    saved_corpus_key_for(&program_identity())
}

/// The running executable's size and modification time: any rebuild or upgrade changes them.
pub(super) fn program_identity() -> String {
    std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| format!("{} {:?}", m.len(), m.modified().ok()))
        .unwrap_or_default()
}

pub(super) fn saved_corpus_key_for(program: &str) -> String {
    Fingerprint::new()
        .parts([
            SAVED_CORPUS_FORMAT,
            env!("CARGO_PKG_VERSION"),
            program,
            INDEX_FORMAT,
            &analyzer::fingerprint(),
        ])
        .hex()
}

/// Identifies the indexed content, so a persisted index is reused only for the same corpus.
pub(super) fn fingerprint(corpus: &Corpus, languages: &[Language]) -> String {
    let mut fingerprint = Fingerprint::new();
    fingerprint.part(INDEX_FORMAT).part(analyzer::fingerprint());
    for (interview, language) in corpus.interviews.iter().zip(languages) {
        fingerprint
            .part(metadata_text(interview))
            .part(language.code());
    }
    for passage in &corpus.passages {
        fingerprint
            .part(&*passage.text)
            .part(corpus.question_of(passage).unwrap_or_default())
            .part(passage.interview.to_string());
    }
    fingerprint.hex()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_build_never_reuses_a_saved_corpus() {
        let key = saved_corpus_key_for("1000 t1");
        assert_ne!(key, saved_corpus_key_for("1001 t1"));
        assert_ne!(key, saved_corpus_key_for("1000 t2"));
        assert_eq!(saved_corpus_key(), saved_corpus_key());
        assert!(!program_identity().is_empty(), "the running build is known");
    }
}
