//! BM25 statistics of the live documents only, handed to Tantivy instead of its own.
//!
//! Tantivy reads its statistics (document count, document frequencies, tokens per field) from
//! the segments, which keep deleted documents until a merge rewrites them. An index updated in
//! place (see `update.rs`) would then rank with the words of removed or replaced interviews
//! still counted, and differently from a build from scratch of the same files. The engine knows
//! the live counts exactly: the document frequencies of passage text and questions are its term
//! tables' ([`CorpusTerms`]); the metadata's and the tokens per field are kept here.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::Field;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, Searcher, Term};

use super::indexing::metadata_text;
use super::language::Language;
use super::schema::{Fields, LanguageFields};
use super::terms::{CorpusTerms, FieldKind};
use super::Engine;
use crate::corpus::{Corpus, Origin, Passage};

/// Tokens in each analysed field over the live documents, by field id: the average field length
/// of BM25. Kept up to date by updates and saved with the corpus, as the index cannot tell it
/// once it holds deleted documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct TokenTotals(Vec<u64>);

impl TokenTotals {
    /// The index's own totals: exact while it holds no deleted document.
    pub(super) fn of_searcher(searcher: &Searcher, fields: &Fields) -> tantivy::Result<Self> {
        let mut totals = TokenTotals::default();
        for field in fields.analysed() {
            let total = Bm25StatisticsProvider::total_num_tokens(searcher, field)?;
            totals.add(field, total as i64);
        }
        Ok(totals)
    }

    /// The totals of an index, counted from its passages when it holds deleted documents.
    pub(super) fn of_index(
        searcher: &Searcher,
        index: &Index,
        corpus: &Corpus,
        languages: &[Language],
        fields: &Fields,
    ) -> tantivy::Result<Self> {
        let deleted = searcher.segment_readers().iter().any(|s| s.has_deletes());
        if !deleted {
            return TokenTotals::of_searcher(searcher, fields);
        }
        let mut totals = TokenTotals::default();
        for at in 0..corpus.interviews.len() {
            let language = languages.get(at).copied().unwrap_or_default();
            let passages = corpus.passages.of_interview(at);
            totals.count_interview(index, corpus, passages, fields.of(language), 1);
        }
        Ok(totals)
    }

    /// Adds (`sign` 1) or takes away (`sign` -1) the tokens of the documents of `passages`,
    /// all of one interview of `corpus`, written in `own` (see `indexing::add_documents`).
    pub(super) fn count_interview(
        &mut self,
        index: &Index,
        corpus: &Corpus,
        passages: &[Passage],
        own: LanguageFields,
        sign: i64,
    ) {
        let Some(first) = passages.first() else {
            return;
        };
        let Some(mut analyzer) = analyzer_of(index, own) else {
            return;
        };
        let interview = corpus.interview_of(first);
        let mut text = 0;
        let mut questions = vec![None; interview.turns.len()];
        let mut question = 0;
        for passage in passages {
            text += count_tokens(&mut analyzer, &passage.text);
            if let Some(turn) = passage.turn {
                let words = &interview.turns[turn].question;
                question +=
                    *questions[turn].get_or_insert_with(|| count_tokens(&mut analyzer, words));
            }
        }
        let metadata =
            count_tokens(&mut analyzer, &metadata_text(interview)) * passages.len() as u64;
        self.add(own.text, sign * text as i64);
        self.add(own.question, sign * question as i64);
        self.add(own.metadata, sign * metadata as i64);
    }

    fn add(&mut self, field: Field, tokens: i64) {
        let at = field.field_id() as usize;
        if self.0.len() <= at {
            self.0.resize(at + 1, 0);
        }
        self.0[at] = self.0[at].saturating_add_signed(tokens);
    }

    fn of(&self, field: Field) -> u64 {
        self.0.get(field.field_id() as usize).copied().unwrap_or(0)
    }
}

impl Engine {
    /// This engine's tokens per field, less those of the interviews not `kept`, plus those of
    /// the interviews of `corpus` read again.
    pub(super) fn revised_tokens(
        &self,
        corpus: &Corpus,
        kept: &[bool],
        origins: &[Origin],
        languages: &[Language],
    ) -> TokenTotals {
        let mut tokens = self.tokens.clone();
        let old = &self.corpus;
        for (index, _) in kept.iter().enumerate().filter(|(_, kept)| !**kept) {
            let passages = old.passages.of_interview(index);
            let own = self.fields.of(self.languages[index]);
            tokens.count_interview(&self.index, old, passages, own, -1);
        }
        for (index, origin) in origins.iter().enumerate() {
            if *origin == Origin::Read {
                let passages = corpus.passages.of_interview(index);
                let own = self.fields.of(languages[index]);
                tokens.count_interview(&self.index, corpus, passages, own, 1);
            }
        }
        tokens
    }
}

/// Number of documents whose metadata holds each term: every passage carries its interview's
/// metadata, so a term counts once per passage of each interview it names. Built from the
/// corpus (a few words per interview), never saved.
pub(super) fn metadata_frequencies(
    index: &Index,
    corpus: &Corpus,
    languages: &[Language],
    fields: &Fields,
) -> HashMap<Term, u64> {
    let mut frequencies: HashMap<Term, u64> = HashMap::new();
    let mut analyzers: HashMap<Language, Option<TextAnalyzer>> = HashMap::new();
    let starts = corpus.interview_starts();
    for (at, interview) in corpus.interviews.iter().enumerate() {
        let language = languages.get(at).copied().unwrap_or_default();
        let own = fields.of(language);
        let analyzer = analyzers
            .entry(language)
            .or_insert_with(|| analyzer_of(index, own));
        let Some(analyzer) = analyzer else { continue };
        let mut terms = Vec::new();
        let text = metadata_text(interview);
        let mut stream = analyzer.token_stream(&text);
        while stream.advance() {
            terms.push(stream.token().text.clone());
        }
        terms.sort_unstable();
        terms.dedup();
        let documents = (starts[at + 1] - starts[at]) as u64;
        for term in terms {
            *frequencies
                .entry(Term::from_field_text(own.metadata, &term))
                .or_default() += documents;
        }
    }
    frequencies
}

/// The analyzer that writes `own`'s fields into `index`.
fn analyzer_of(index: &Index, own: LanguageFields) -> Option<TextAnalyzer> {
    index.tokenizer_for_field(own.text).ok()
}

fn count_tokens(analyzer: &mut TextAnalyzer, text: &str) -> u64 {
    let mut stream = analyzer.token_stream(text);
    let mut count = 0;
    while stream.advance() {
        count += 1;
    }
    count
}

/// The statistics of the live documents, as Tantivy asks for them while weighting a query.
pub(super) struct LiveStatistics<'a> {
    /// Live documents: every passage of the corpus, in any language.
    pub(super) documents: u64,
    pub(super) tokens: &'a TokenTotals,
    pub(super) metadata: &'a HashMap<Term, u64>,
    pub(super) analyses: &'a [CorpusTerms],
    pub(super) fields: &'a Fields,
}

impl Bm25StatisticsProvider for LiveStatistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        Ok(self.tokens.of(field))
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.documents)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        let Some((language, kind)) = self.fields.kind_of(term.field()) else {
            return Ok(0);
        };
        if kind == FieldKind::Metadata {
            return Ok(self.metadata.get(term).copied().unwrap_or(0));
        }
        let analysis = self.analyses.iter().find(|a| a.language == language);
        let value = term.value();
        let (Some(analysis), Some(text)) = (analysis, value.as_str()) else {
            return Ok(0);
        };
        let Some(&id) = analysis.ids.get(text) else {
            return Ok(0);
        };
        let table = match kind {
            FieldKind::Text => &analysis.text_frequency,
            _ => &analysis.question_frequency,
        };
        Ok(u64::from(table[id as usize]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::testing::archive_engine;

    /// On an index without deleted documents, the engine's statistics are Tantivy's own: the
    /// ranking of a fresh build is unchanged by the provider.
    #[test]
    fn on_a_fresh_index_the_live_statistics_are_tantivys_own() {
        let engine = archive_engine();
        let searcher = engine.reader.searcher();
        let live = engine.live_statistics();
        assert_eq!(live.total_num_docs().unwrap(), searcher.num_docs());
        let mut checked = 0;
        for field in engine.fields.analysed() {
            let total = Bm25StatisticsProvider::total_num_tokens(&searcher, field).unwrap();
            assert_eq!(live.total_num_tokens(field).unwrap(), total, "{field:?}");
            let Some((language, _)) = engine.fields.kind_of(field) else {
                continue;
            };
            let Some(analysis) = engine.analyses.iter().find(|a| a.language == language) else {
                continue;
            };
            for term in analysis.ids.keys() {
                let term = Term::from_field_text(field, term);
                let expected = searcher.doc_freq(&term).unwrap();
                assert_eq!(live.doc_freq(&term).unwrap(), expected, "{term:?}");
                checked += 1;
            }
        }
        assert!(checked > 10_000, "every term of every field: {checked}");
    }
}
