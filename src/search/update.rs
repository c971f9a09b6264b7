//! Bringing an engine up to date after a few interview files changed, without rebuilding it.
//!
//! The index is updated in place (the changed interviews' documents deleted, their new ones
//! added) and the new engine shares everything else with the one it replaces: unchanged
//! interviews and passages, their term sets, the vocabulary's tables. While the old engine still
//! answers, the reload costs the changed files plus a few tables of one entry per passage, not a
//! second engine. Everything the engine keeps per passage or per term ends up exactly as a build
//! from scratch on the same files would make it (tested below).

use std::path::Path;
use std::sync::Arc;

use tantivy::{Index, IndexWriter, Term};

use super::analyzer::Analyzer;
use super::indexing::{add_documents, release_freed_memory, ONE_THREAD_UP_TO_DOCS};
use super::keys::fingerprint;
use super::language::{self, Language};
use super::names::guests;
use super::readings::present_languages;
use super::schema::{interview_key, register_analyzers, Fields};
use super::synonyms::Synonyms;
use super::terms::{CorpusTerms, InterviewTerms};
use super::{Engine, Parts, SearchError};
use crate::corpus::{Corpus, Interview, Origin};

/// Tantivy's least indexing buffer (one thread): the changed interviews are a few documents.
const UPDATE_WRITER_BYTES: usize = 15_000_000;

/// Up to this many documents, an update writes the whole index again (a fraction of a second),
/// so that documents sit in corpus order and equal scores are cut as a build from scratch cuts
/// them. Larger indexes get the changed interviews' documents deleted and added; their BM25
/// statistics stay exact all the same, as searches count only live documents (see
/// `statistics.rs`).
const REWRITE_UP_TO_DOCS: u32 = ONE_THREAD_UP_TO_DOCS as u32;

impl Engine {
    /// The engine for `interviews` (in corpus order) and `synonyms`, where `origins` says which
    /// are this engine's unchanged interviews (by index) and which were read again: only those
    /// are analysed and indexed, and the interviews of this engine kept by none are removed. The
    /// index is updated in place; this engine keeps answering from the index as it was. The
    /// caller records the files read with [`Engine::with_files`].
    ///
    /// # Errors
    /// [`SearchError`] when the index cannot be written or reopened.
    pub fn revised(
        &self,
        interviews: Vec<Arc<Interview>>,
        origins: &[Origin],
        synonyms: Synonyms,
    ) -> Result<Engine, SearchError> {
        self.revised_with(interviews, origins, synonyms, REWRITE_UP_TO_DOCS)
    }

    /// [`Engine::revised`], writing the whole index again when it holds at most
    /// `rewrite_up_to` documents.
    fn revised_with(
        &self,
        interviews: Vec<Arc<Interview>>,
        origins: &[Origin],
        synonyms: Synonyms,
        rewrite_up_to: u32,
    ) -> Result<Engine, SearchError> {
        let old = &self.corpus;
        let mut kept = vec![false; old.interviews.len()];
        for origin in origins {
            if let Origin::Kept(index) = origin {
                kept[*index] = true;
            }
        }
        let languages: Vec<Language> = origins
            .iter()
            .zip(&interviews)
            .map(|(origin, interview)| match *origin {
                Origin::Kept(index) => self.languages[index],
                Origin::Read => language::of_interview(interview).language,
            })
            .collect();
        // The index first: its writer's buffers (about 20 MB, whatever the update's size) are
        // freed and handed back to the system before the revised corpus and tables below are
        // made, so the two never add up.
        self.write_index(&interviews, &kept, origins, &languages, rewrite_up_to)?;
        let corpus = Arc::new(old.revised(interviews, origins));
        let (index, saved_in) = self.reopen_index(&corpus, &languages)?;
        let analyses = self.revised_analyses(&corpus, &kept, origins, &languages);
        let tokens = self.revised_tokens(&corpus, &kept, origins, &languages);
        let same_languages = (analyses.iter().map(|terms| terms.language))
            .eq(self.analyses.iter().map(|terms| terms.language));
        let names = (same_languages && self.same_names(&corpus.interviews, origins))
            .then(|| self.names.clone());
        let parts = Parts {
            corpus,
            analyses,
            languages,
            tokens: Some(tokens),
            names,
        };
        Engine::assemble(parts, &index, synonyms, self.settings, saved_in)
    }

    /// Whether `interviews` (in corpus order, from `origins`) name the same people and outlets
    /// at the same positions as this engine's: then its names' indexes serve them unchanged.
    fn same_names(&self, interviews: &[Arc<Interview>], origins: &[Origin]) -> bool {
        let old = &self.corpus.interviews;
        interviews.len() == old.len()
            && origins
                .iter()
                .enumerate()
                .all(|(index, origin)| match *origin {
                    Origin::Kept(before) => before == index,
                    Origin::Read => {
                        let (new, old) = (&interviews[index], &old[index]);
                        new.metadata == old.metadata && guests(new) == guests(old)
                    }
                })
    }

    /// One analysis per language of the revised `corpus` (`languages` gives each interview's),
    /// in the order [`super::readings::analyses_of`] makes them: this engine's, revised, for a language it
    /// already had; built from scratch for a language new to it.
    fn revised_analyses(
        &self,
        corpus: &Corpus,
        kept: &[bool],
        origins: &[Origin],
        languages: &[Language],
    ) -> Vec<CorpusTerms> {
        present_languages(languages)
            .into_iter()
            .map(|language| {
                match self
                    .analyses
                    .iter()
                    .find(|terms| terms.language == language)
                {
                    Some(terms) => self.revised_terms(terms, corpus, kept, origins, languages),
                    None => CorpusTerms::build(corpus, language, languages),
                }
            })
            .collect()
    }

    /// The term tables of `before` (one of this engine's analyses) for `corpus`: less the
    /// interviews not `kept`, plus those read again.
    fn revised_terms(
        &self,
        before: &CorpusTerms,
        corpus: &Corpus,
        kept: &[bool],
        origins: &[Origin],
        languages: &[Language],
    ) -> CorpusTerms {
        let mut terms = before.without_term_sets();
        let mut analyzer = Analyzer::new(before.language);
        self.remove_dropped(&mut terms, before, kept, &mut analyzer);
        let (read, read_languages): (Vec<Arc<Interview>>, Vec<Language>) = origins
            .iter()
            .zip(&corpus.interviews)
            .zip(languages)
            .filter(|((origin, _), _)| **origin == Origin::Read)
            .map(|((_, interview), language)| (Arc::clone(interview), *language))
            .unzip();
        let added = terms.add_interviews(&read, &read_languages, &mut analyzer);
        self.interleave_term_sets(&mut terms, before, added, corpus, origins);
        terms
    }

    /// Takes out of `terms` the interviews of `before`'s language that are not `kept`.
    fn remove_dropped(
        &self,
        terms: &mut CorpusTerms,
        before: &CorpusTerms,
        kept: &[bool],
        analyzer: &mut Analyzer,
    ) {
        let old = &self.corpus;
        for (index, _) in kept.iter().enumerate().filter(|(_, kept)| !**kept) {
            if self.languages[index] != before.language {
                continue;
            }
            terms.remove_interview(
                &old.interviews[index],
                old.passages.of_interview(index),
                &before.passage_terms[index],
                &before.question_terms[index],
                &before.name_terms[index],
                analyzer,
            );
        }
    }

    /// Fills the term sets of `terms` in corpus order: `before`'s for interviews kept, the
    /// `added` ones (in order) for interviews read.
    fn interleave_term_sets(
        &self,
        terms: &mut CorpusTerms,
        before: &CorpusTerms,
        added: InterviewTerms,
        corpus: &Corpus,
        origins: &[Origin],
    ) {
        let mut passage_terms = added.passage_terms.into_iter();
        let mut question_terms = added.question_terms.into_iter();
        let mut name_terms = added.name_terms.into_iter();
        let mut sets = InterviewTerms::default();
        for origin in origins {
            match *origin {
                Origin::Kept(old_index) => {
                    let shared = Arc::clone(&before.passage_terms[old_index]);
                    sets.passage_terms.push(shared);
                    let shared = Arc::clone(&before.question_terms[old_index]);
                    sets.question_terms.push(shared);
                    sets.name_terms
                        .push(Arc::clone(&before.name_terms[old_index]));
                }
                Origin::Read => {
                    sets.passage_terms.extend(passage_terms.next());
                    sets.question_terms.extend(question_terms.next());
                    sets.name_terms.extend(name_terms.next());
                }
            }
        }
        terms.set_term_sets(sets, corpus.interview_starts());
    }

    /// Deletes the documents of the interviews not `kept` and adds those of the interviews
    /// read (all of `interviews`, in order, when the index holds at most `rewrite_up_to`
    /// documents). An interview's documents hold its key and each paragraph's position in it,
    /// not the passage ids of the revised corpus, so they are made before that corpus is.
    fn write_index(
        &self,
        interviews: &[Arc<Interview>],
        kept: &[bool],
        origins: &[Origin],
        languages: &[Language],
        rewrite_up_to: u32,
    ) -> Result<(), SearchError> {
        let (_, fields) = Fields::schema();
        let mut writer: IndexWriter = self.index.writer_with_num_threads(1, UPDATE_WRITER_BYTES)?;
        let documents: u32 = self
            .index
            .searchable_segment_metas()?
            .iter()
            .map(|meta| meta.max_doc())
            .sum();
        let rewrite = documents <= rewrite_up_to;
        if rewrite {
            writer.delete_all_documents()?;
        } else {
            for (index, _) in kept.iter().enumerate().filter(|(_, kept)| !**kept) {
                let key = interview_key(&self.corpus.interviews[index]);
                writer.delete_term(Term::from_field_u64(fields.interview, key));
            }
        }
        for (index, origin) in origins.iter().enumerate() {
            let own = fields.of(languages[index]);
            match *origin {
                Origin::Kept(old) if rewrite => {
                    let passages = self.corpus.passages.of_interview(old);
                    add_documents(&writer, &self.corpus, passages, own, fields)?;
                }
                Origin::Kept(_) => {}
                Origin::Read => {
                    let single = Corpus::from_shared(vec![Arc::clone(&interviews[index])]);
                    let passages = single.passages.of_interview(0);
                    add_documents(&writer, &single, passages, own, fields)?;
                }
            }
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        release_freed_memory();
        Ok(())
    }

    /// The index as [`Engine::write_index`] left it, under the fingerprint of the revised
    /// `corpus` when it is on disk.
    fn reopen_index(
        &self,
        corpus: &Corpus,
        languages: &[Language],
    ) -> Result<(Index, Option<(std::path::PathBuf, String)>), SearchError> {
        let Some((dir, old_fingerprint)) = &self.saved_in else {
            return Ok((self.index.clone(), None));
        };
        let new_fingerprint = fingerprint(corpus, languages);
        let index = move_index(dir, old_fingerprint, &new_fingerprint)?;
        Ok((index, Some((dir.clone(), new_fingerprint))))
    }
}

/// Renames the index directory after its new content, so that it is found again for the same
/// files, and opens it there. When an index for that content is already there, it is used.
fn move_index(dir: &Path, from: &str, to: &str) -> Result<Index, SearchError> {
    let target = dir.join(to);
    if from != to && !target.join("meta.json").exists() {
        std::fs::rename(dir.join(from), &target).map_err(|error| SearchError::IndexDirectory {
            path: dir.to_path_buf(),
            reason: format!("cannot rename the updated index: {error}"),
        })?;
    }
    let index = Index::open_in_dir(&target)?;
    register_analyzers(&index);
    Ok(index)
}

#[cfg(test)]
mod tests;
