//! Engine benchmarks: query latency and index build on the shipped corpus, then index build and
//! query latency on a synthetic archive of 10,000 interviews generated from a fixed seed.
//!
//! `cargo bench --bench engine` runs everything; `SYNTHETIC_INTERVIEWS=1000 cargo bench` makes the
//! archive smaller for a quick look. The archive's build time is measured once (building it ten
//! times, as criterion would, takes minutes) and printed as `synthetic build: ...`.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use interview_bot::corpus::{self, Corpus, Interview, Metadata, Turn};
use interview_bot::search::synonyms::Synonyms;
use interview_bot::search::{Engine, IndexLocation, SearchSettings};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// Questions of every kind people ask: direct, keywords, typos, chatty, out of scope.
const QUESTIONS: &[&str] = &[
    "What is the main threat against humanity?",
    "Almagro OAS",
    "@bot hey what did he say about the vaccine bank??",
    "capitalsim main threat",
    "Why did MAS win the Bolivian election so clearly after the coup?",
    "What is the recipe for chocolate cake?",
    "Bolivar and Marti dream",
    "what does ALBA expect from the new US administration",
];

fn shipped_engine() -> Engine {
    let report = corpus::load_dir(Path::new("corpus")).expect("shipped corpus");
    let corpus = Arc::new(Corpus::new(report.interviews));
    let (synonyms, _) = Synonyms::load(Path::new("config/synonyms.txt"));
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
    for question in QUESTIONS {
        group.bench_with_input(BenchmarkId::new("query", question), question, |b, q| {
            b.iter(|| engine.search(q, 1))
        });
    }
    let corpus = Arc::clone(engine.corpus());
    let (synonyms, _) = Synonyms::load(Path::new("config/synonyms.txt"));
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

/// A reproducible archive: words drawn with a skewed distribution from the shipped interview's
/// vocabulary plus invented words, so term statistics look like real text.
fn synthetic_corpus(interviews: usize) -> Corpus {
    let shipped =
        std::fs::read_to_string("corpus/alba-tcp-sacha-llorenti.txt").expect("shipped corpus");
    let mut vocabulary: Vec<String> = shipped
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .collect();
    vocabulary.sort();
    vocabulary.dedup();
    let mut rng = StdRng::seed_from_u64(20_260_101);
    for _ in 0..20_000 {
        let len = rng.gen_range(4..11);
        let word: String = (0..len)
            .map(|_| rng.gen_range(b'a'..=b'z') as char)
            .collect();
        vocabulary.push(word);
    }
    // Skewed sampling: squaring a uniform index favours the head of the list.
    let word = |rng: &mut StdRng| -> String {
        let x: f64 = rng.gen();
        vocabulary[((x * x) * vocabulary.len() as f64) as usize].clone()
    };
    let sentence = |rng: &mut StdRng, words: usize, end: &str| -> String {
        let mut s: Vec<String> = (0..words).map(|_| word(rng)).collect();
        s[0] = capitalise(&s[0]);
        format!("{}{end}", s.join(" "))
    };
    let paragraph = |rng: &mut StdRng| -> String {
        let sentences = rng.gen_range(2..5);
        (0..sentences)
            .map(|_| {
                let n = rng.gen_range(8..20);
                sentence(rng, n, ".")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let people = [
        "Ana Souza",
        "Luis Pereira",
        "Maria Lopez",
        "Jorge Ramos",
        "Carla Dias",
    ];
    let mut all = Vec::with_capacity(interviews);
    for i in 0..interviews {
        let intro = (0..3).map(|_| paragraph(&mut rng)).collect();
        let turns = (0..7)
            .map(|_| {
                let n = rng.gen_range(6..14);
                let question = sentence(&mut rng, n, "?");
                let paragraphs = rng.gen_range(2..7);
                Turn {
                    question,
                    answer: (0..paragraphs).map(|_| paragraph(&mut rng)).collect(),
                    line: 1,
                }
            })
            .collect();
        let title = sentence(&mut rng, 6, "");
        all.push(Interview {
            id: format!("synthetic-{i}"),
            source: format!("synthetic-{i}.txt").into(),
            metadata: Metadata {
                interviewee: people.choose(&mut rng).map(|p| p.to_string()),
                outlet: Some("Synthetic Times".into()),
                ..Metadata::default()
            },
            title,
            intro,
            turns,
        });
    }
    Corpus::new(all)
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn synthetic_archive(c: &mut Criterion) {
    let interviews: usize = std::env::var("SYNTHETIC_INTERVIEWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let generated = Instant::now();
    let corpus = Arc::new(synthetic_corpus(interviews));
    let passages = corpus.passages.len();
    println!(
        "synthetic corpus: {interviews} interviews, {passages} passages, generated in {:.1?}",
        generated.elapsed()
    );
    let (synonyms, _) = Synonyms::load(Path::new("config/synonyms.txt"));
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
    for question in QUESTIONS.iter().take(4) {
        group.bench_with_input(BenchmarkId::new("query", question), question, |b, q| {
            b.iter(|| engine.search(q, 1))
        });
    }
    group.finish();
}

criterion_group!(benches, shipped_corpus, synthetic_archive);
criterion_main!(benches);
