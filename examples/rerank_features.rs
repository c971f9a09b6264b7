//! Prints the second-phase features of every first-phase candidate for labeled questions, one
//! JSON line per question, to fit the reranker's weights:
//! `CORPUS_DIR=tests/data/interviews cargo run --example rerank_features -- FILE... > features.jsonl`.

use std::path::PathBuf;

use interview_bot::config::EngineConfig;
use interview_bot::eval::plain;
use interview_bot::load::load_engine;
use interview_bot::search::{IndexLocation, SearchSettings};

fn main() -> anyhow::Result<()> {
    let files: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let corpus_dir = std::env::var("CORPUS_DIR").unwrap_or_else(|_| "corpus".into());
    let config = EngineConfig {
        corpus_dir: corpus_dir.into(),
        config_dir: PathBuf::from("config"),
        index: IndexLocation::Memory,
        search: SearchSettings::default(),
    };
    let (engine, _) = load_engine(&config)?;
    let corpus = engine.corpus();
    for case in interview_bot::eval::load_all(&files)? {
        let answers: Vec<String> = case.answers.iter().map(|a| plain(a)).collect();
        let (naming, features) = engine.candidate_features(&case.question);
        let candidates: Vec<serde_json::Value> = features
            .into_iter()
            .map(|(id, features)| {
                let text = plain(&corpus.passages[id].text);
                let right = answers.iter().any(|a| text.contains(a.as_str()));
                let p = &corpus.passages[id];
                serde_json::json!({"id": id, "right": right, "features": features,
                    "interview": p.interview, "turn": p.turn, "paragraph": p.paragraph,
                    "paragraphs": corpus.section_of(p).len(), "title": corpus.interviews[p.interview].title,
                    "asked": p.turn.map(|t| corpus.interviews[p.interview].turns[t].question.clone()), "text": text})
            })
            .collect();
        let line = serde_json::json!({
            "question": case.question,
            "style": case.style,
            "in_scope": !case.answers.is_empty(),
            "plan": engine.plan(&case.question),
            "naming": naming,
            "passages": corpus.passages.len(),
            "candidates": candidates,
        });
        println!("{line}");
    }
    Ok(())
}
