//! A reproducible synthetic archive of interviews, shared by the benchmarks: the same seed gives
//! the same interviews on every machine.

use interview_bot::corpus::{Interview, Metadata, Turn};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// Questions of every kind people ask: direct, keywords, typos, chatty, out of scope.
pub const QUESTIONS: &[&str] = &[
    "What is the main threat against humanity?",
    "Almagro OAS",
    "@bot hey what did he say about the vaccine bank??",
    "capitalsim main threat",
    "Why did MAS win the Bolivian election so clearly after the coup?",
    "What is the recipe for chocolate cake?",
    "Bolivar and Marti dream",
    "what does ALBA expect from the new US administration",
];

/// Which words an archive's interviews are written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    /// The shipped interview's words plus 20,000 invented ones: most words are rare, as across
    /// the subjects of a general archive.
    Mixed,
    /// Only the shipped interview's words (about 1,500): every interview reuses one vocabulary,
    /// as in the archive of one outlet on one subject, so common words have posting lists as
    /// long as the archive. The hard case for query time.
    Shared,
}

impl Words {
    /// A name for reports.
    pub fn label(self) -> &'static str {
        match self {
            Words::Mixed => "mixed vocabulary",
            Words::Shared => "one shared vocabulary",
        }
    }
}

/// Seed of the invented words and of the interviews.
const SEED: u64 = 20_260_101;

/// The shipped interview's words, sorted, then (for [`Words::Mixed`]) the invented ones.
fn vocabulary(words: Words, rng: &mut StdRng) -> Vec<String> {
    let shipped =
        std::fs::read_to_string("corpus/alba-tcp-sacha-llorenti.txt").expect("shipped corpus");
    let mut vocabulary: Vec<String> = shipped
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .collect();
    vocabulary.sort();
    vocabulary.dedup();
    for _ in 0..20_000 {
        let len = rng.gen_range(4..11);
        let word: String = (0..len)
            .map(|_| rng.gen_range(b'a'..=b'z') as char)
            .collect();
        if words == Words::Mixed {
            vocabulary.push(word);
        }
    }
    vocabulary
}

/// Questions of three topic words each, drawn like the archive's text from its vocabulary
/// (words of five letters or more, so that few are stopwords).
pub fn topic_questions(count: usize, words: Words) -> Vec<String> {
    let mut rng = StdRng::seed_from_u64(SEED);
    let vocabulary: Vec<String> = vocabulary(words, &mut rng)
        .into_iter()
        .filter(|w| w.chars().count() >= 5)
        .collect();
    let mut rng = StdRng::seed_from_u64(SEED + 1);
    (0..count)
        .map(|_| {
            (0..3)
                .map(|_| {
                    let x: f64 = rng.gen();
                    vocabulary[((x * x) * vocabulary.len() as f64) as usize].as_str()
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// A reproducible archive: words drawn with a skewed distribution from the shipped interview's
/// vocabulary plus invented words, so term statistics look like real text.
pub fn interviews(count: usize) -> Vec<Interview> {
    interviews_with(count, Words::Mixed)
}

/// A reproducible archive written with `words`.
pub fn interviews_with(count: usize, words: Words) -> Vec<Interview> {
    let mut rng = StdRng::seed_from_u64(SEED);
    let vocabulary = vocabulary(words, &mut rng);
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
    let mut all = Vec::with_capacity(count);
    for i in 0..count {
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
                    speakers: Vec::new(),
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
    all
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// An interview as an operator's file: front matter, then the text in the published layout
/// (title, introduction, each question followed by its answer).
pub fn published_text(interview: &Interview) -> String {
    let mut text = String::from("+++\n");
    text.push_str(&format!("title = {:?}\n", interview.title));
    if let Some(interviewee) = &interview.metadata.interviewee {
        text.push_str(&format!("interviewee = {interviewee:?}\n"));
    }
    if let Some(outlet) = &interview.metadata.outlet {
        text.push_str(&format!("outlet = {outlet:?}\n"));
    }
    text.push_str("+++\n");
    text.push_str(&interview.title);
    text.push_str("\n\n");
    for paragraph in &interview.intro {
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    for turn in &interview.turns {
        text.push_str(&turn.question);
        text.push_str("\n\n");
        for paragraph in &turn.answer {
            text.push_str(paragraph);
            text.push_str("\n\n");
        }
    }
    text
}
