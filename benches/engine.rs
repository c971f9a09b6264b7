//! Engine benchmarks: query latency and index build on the shipped corpus, then index build and
//! query latency on a synthetic archive of 10,000 interviews generated from a fixed seed.
//!
//! The archive of test interviews (the eval corpus) is benchmarked as `archive/query/...`.
//! `cargo bench --bench engine` runs everything; `SYNTHETIC_INTERVIEWS=1000 cargo bench` makes the
//! archive smaller for a quick look. The archive's build time is measured once (building it ten
//! times, as criterion would, takes minutes) and printed as `synthetic build: ...`.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

#[path = "support/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use interview_bot::corpus::{self, Corpus};
use interview_bot::search::synonyms::Synonyms;
use interview_bot::search::{Engine, IndexLocation, SearchSettings};

fn shipped_engine() -> Engine {
    let report = corpus::load_dir(Path::new("corpus")).expect("shipped corpus");
    let corpus = Arc::new(Corpus::new(report.interviews));
    let (synonyms, _) = Synonyms::load_all(Path::new("config"));
    Engine::build(
        corpus,
        synonyms,
        SearchSettings::default(),
        &IndexLocation::Memory,
    )
    .expect("index builds")
    .0
}

fn shipped_corpus(c: &mut Criterion) {
    let engine = shipped_engine();
    let mut group = c.benchmark_group("shipped");
    for question in synthetic::QUESTIONS {
        group.bench_with_input(BenchmarkId::new("query", question), question, |b, q| {
            b.iter(|| engine.search(q, 1))
        });
    }
    let corpus = Arc::clone(engine.corpus());
    let (synonyms, _) = Synonyms::load_all(Path::new("config"));
    group.bench_function("index_build", |b| {
        b.iter(|| {
            Engine::build(
                Arc::clone(&corpus),
                synonyms.clone(),
                SearchSettings::default(),
                &IndexLocation::Memory,
            )
            .expect("index builds")
        })
    });
    group.finish();
}

fn synthetic_archive(c: &mut Criterion) {
    let interviews: usize = std::env::var("SYNTHETIC_INTERVIEWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let generated = Instant::now();
    let corpus = Arc::new(Corpus::new(synthetic::interviews(interviews)));
    let passages = corpus.passages.len();
    println!(
        "synthetic corpus: {interviews} interviews, {passages} passages, generated in {:.1?}",
        generated.elapsed()
    );
    let (synonyms, _) = Synonyms::load_all(Path::new("config"));
    let started = Instant::now();
    let (engine, _) = Engine::build(
        corpus,
        synonyms,
        SearchSettings::default(),
        &IndexLocation::Memory,
    )
    .expect("synthetic index builds");
    println!(
        "synthetic build: {interviews} interviews indexed in {:.2?}",
        started.elapsed()
    );

    let mut group = c.benchmark_group("synthetic");
    group.sample_size(30);
    for question in synthetic::QUESTIONS.iter().take(4) {
        group.bench_with_input(BenchmarkId::new("query", question), question, |b, q| {
            b.iter(|| engine.search(q, 1))
        });
    }
    group.finish();
}

/// Questions of the archive's development set, one per style, for the archive bench.
const ARCHIVE_QUESTIONS: &[&str] = &[
    "Why does Bolivia produce so little lithium compared with Chile and Argentina?",
    "What does Marta Quispe think about water privatisation?",
    "private insurers incentives",
    "hey so what's the deal with AI data centres and water?",
    "how dependant is the wrold on taiwan",
    "¿Por qué Rosa García renunció a la planta de Llipi?",
    "Who won the 2022 World Cup?",
];

/// The archive of test interviews (tests/data/interviews): the eval corpus, in three languages.
fn archive_corpus(c: &mut Criterion) {
    let report = corpus::load_dir(Path::new("tests/data/interviews")).expect("archive corpus");
    let corpus = Arc::new(Corpus::new(report.interviews));
    let (synonyms, _) = Synonyms::load(Path::new("config/synonyms.txt"));
    let (engine, _) = Engine::build(
        corpus,
        synonyms,
        SearchSettings::default(),
        &IndexLocation::Memory,
    )
    .expect("archive index builds");
    let mut group = c.benchmark_group("archive");
    for question in ARCHIVE_QUESTIONS {
        group.bench_with_input(BenchmarkId::new("query", question), question, |b, q| {
            b.iter(|| engine.search(q, 1))
        });
    }
    group.finish();
}

criterion_group!(benches, shipped_corpus, archive_corpus, synthetic_archive);
criterion_main!(benches);
