//! Engines over the test archive (`tests/data/interviews`), for the unit tests of the engine.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use super::synonyms::Synonyms;
use super::{Engine, IndexLocation, SearchSettings};
use crate::corpus::{Corpus, Interview};

/// The test archive's interviews, parsed.
pub(super) fn archive_interviews() -> Vec<Arc<Interview>> {
    let report = crate::corpus::load_dir(Path::new("tests/data/interviews")).unwrap();
    assert!(report.interviews.len() >= 10, "the test archive is there");
    report.interviews.into_iter().map(Arc::new).collect()
}

/// An engine in memory over `interviews`, with the default settings and no synonyms.
pub(super) fn engine_of(interviews: Vec<Arc<Interview>>) -> Engine {
    let corpus = Arc::new(Corpus::from_shared(interviews));
    Engine::build(
        corpus,
        Synonyms::default(),
        SearchSettings::default(),
        &IndexLocation::Memory,
    )
    .unwrap()
    .0
}

/// The test archive, indexed in memory once.
pub(super) fn archive_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| engine_of(archive_interviews()))
}
