//! The index's fields: one set per language, which analyzer reads each, and how a document
//! leads back to its passage. The one place that knows the schema.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED,
};
use tantivy::Index;

use super::analyzer::{analyzer_name, term_analyzer_for};
use super::language::Language;
use super::query::FieldWeights;
use super::terms::{CorpusTerms, FieldKind};
use crate::corpus::{Corpus, Interview};
use crate::fingerprint::Fingerprint;

/// Field weights, measured on the labeled set (`interview-bot eval tests/data/questions.jsonl`):
/// the question field helps as much as the text (doubling or halving it lost hit@1); metadata
/// only tips the balance between interviews; two-word phrases pick the paragraph within an answer.
pub(super) const TEXT_WEIGHT: f32 = 1.0;
pub(super) const QUESTION_WEIGHT: f32 = 1.0;
pub(super) const METADATA_WEIGHT: f32 = 0.3;
pub(super) const PHRASE_WEIGHT: f32 = 0.5;

/// The fast field holding each document's position within its interview.
pub(super) const PASSAGE_FIELD: &str = "passage";

/// The field identifying each document's interview ([`interview_key`]): indexed, so an edited
/// interview's documents can be deleted, and fast, so a search can be limited to some interviews.
pub(super) const INTERVIEW_FIELD: &str = "interview";

/// The searchable fields of one analysis language.
#[derive(Debug, Clone, Copy)]
pub(super) struct LanguageFields {
    pub(super) text: Field,
    pub(super) question: Field,
    pub(super) metadata: Field,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Fields {
    /// By [`Language`], in [`Language::ALL`] order.
    by_language: [LanguageFields; Language::ALL.len()],
    /// The interview a document belongs to ([`interview_key`]): deleting its term removes the
    /// interview's passages when its file changes.
    pub(super) interview: Field,
    /// The passage's position within its interview: with `interview`, it leads back to the
    /// passage whatever the other interviews did since the document was written.
    pub(super) passage: Field,
}

impl Fields {
    pub(super) fn schema() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        // One set of fields per language, each analysed by its language's analyzer, so BM25
        // statistics stay within a language. Positions are indexed for phrase queries; nothing
        // is stored: the corpus stays in memory and the interview and position of a passage
        // (fast fields) lead back to it. English keeps the field names of single-language
        // indexes.
        let by_language = Language::ALL.map(|language| {
            let analysed = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzer_name(language))
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            );
            let name = |field: &str| match language {
                Language::En => field.to_string(),
                other => format!("{field}_{}", other.code()),
            };
            LanguageFields {
                text: builder.add_text_field(&name("text"), analysed.clone()),
                question: builder.add_text_field(&name("question"), analysed.clone()),
                metadata: builder.add_text_field(&name("metadata"), analysed),
            }
        });
        let interview = builder.add_u64_field(INTERVIEW_FIELD, INDEXED | FAST);
        let passage = builder.add_u64_field(PASSAGE_FIELD, FAST);
        (
            builder.build(),
            Fields {
                by_language,
                interview,
                passage,
            },
        )
    }

    /// Every analysed field, of every language.
    pub(super) fn analysed(&self) -> impl Iterator<Item = Field> + '_ {
        self.by_language
            .iter()
            .flat_map(|own| [own.text, own.question, own.metadata])
    }

    /// The language and kind of an analysed field; `None` for the others.
    pub(super) fn kind_of(&self, field: Field) -> Option<(Language, FieldKind)> {
        Language::ALL
            .iter()
            .zip(&self.by_language)
            .find_map(|(&language, own)| {
                let kind = if field == own.text {
                    FieldKind::Text
                } else if field == own.question {
                    FieldKind::Question
                } else if field == own.metadata {
                    FieldKind::Metadata
                } else {
                    return None;
                };
                Some((language, kind))
            })
    }

    pub(super) fn of(&self, language: Language) -> LanguageFields {
        let index = Language::ALL
            .iter()
            .position(|l| *l == language)
            .unwrap_or_default();
        self.by_language[index]
    }
}

impl LanguageFields {
    /// Whether `field` (one of these fields) holds `term` in some passage: a clause for a term
    /// its field lacks cannot score, and every clause costs time.
    pub(super) fn present(&self, terms: &CorpusTerms, field: Field, term: &str) -> bool {
        let kind = if field == self.text {
            FieldKind::Text
        } else if field == self.question {
            FieldKind::Question
        } else {
            FieldKind::Metadata
        };
        terms.present(kind, term)
    }

    pub(super) fn weights(&self) -> FieldWeights {
        FieldWeights {
            text: (self.text, TEXT_WEIGHT),
            question: (self.question, QUESTION_WEIGHT),
            metadata: (self.metadata, METADATA_WEIGHT),
            phrase: PHRASE_WEIGHT,
        }
    }
}

/// Registers every language's analyzer under the name its fields use: the one place that
/// says which analyzer reads which field.
pub(super) fn register_analyzers(index: &Index) {
    for language in Language::ALL {
        index
            .tokenizers()
            .register(analyzer_name(language), term_analyzer_for(language));
    }
}

/// The passage id of every document: the first passage of its interview plus its position
/// there; `u32::MAX` for a document of no interview of `corpus` (deleted, never a hit).
pub(super) fn read_passage_ids(
    searcher: &tantivy::Searcher,
    corpus: &Corpus,
) -> tantivy::Result<Vec<Vec<u32>>> {
    let starts = corpus.interview_starts();
    let by_key: std::collections::HashMap<u64, usize> = corpus
        .interviews
        .iter()
        .enumerate()
        .map(|(index, interview)| (interview_key(interview), index))
        .collect();
    searcher
        .segment_readers()
        .iter()
        .map(|segment| {
            let interviews = segment.fast_fields().u64(INTERVIEW_FIELD)?;
            let positions = segment.fast_fields().u64(PASSAGE_FIELD)?;
            Ok((0..segment.max_doc())
                .map(|doc| {
                    let interview = interviews.first(doc).and_then(|key| by_key.get(&key));
                    match (interview, positions.first(doc)) {
                        (Some(&i), Some(at)) if (at as usize) < starts[i + 1] - starts[i] => {
                            (starts[i] + at as usize) as u32
                        }
                        _ => u32::MAX,
                    }
                })
                .collect())
        })
        .collect()
}

/// Identifies an interview's documents in the index: a hash of its file's path, which stays
/// the same when the file is edited.
pub(super) fn interview_key(interview: &Interview) -> u64 {
    use std::hash::Hasher;
    // Written raw, without a part separator: keys already in persisted indexes stay valid.
    let mut hasher = Fingerprint::new();
    hasher.write(interview.source.as_os_str().as_encoded_bytes());
    hasher.finish()
}
