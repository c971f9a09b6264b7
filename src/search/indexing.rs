//! Writing passages into the index as documents: one per passage, in the fields of its
//! interview's language.

use tantivy::{Index, IndexWriter, TantivyDocument};

use super::language::Language;
use super::schema::{interview_key, Fields, LanguageFields};
use super::SearchError;
use crate::corpus::{Corpus, Interview, Passage};

/// Memory for Tantivy's indexing buffer: plenty for a 10,000-interview archive, well under the
/// memory budget.
pub(super) const WRITER_MEMORY_BYTES: usize = 60_000_000;

/// The words of an interview's metadata that identify it in a question, with the names of the
/// other guests who answer in it.
pub(crate) fn metadata_text(interview: &Interview) -> String {
    let m = &interview.metadata;
    [
        Some(&interview.title),
        m.interviewee.as_ref(),
        m.interviewer.as_ref(),
        m.outlet.as_ref(),
    ]
    .into_iter()
    .flatten()
    .map(String::as_str)
    .chain(super::names::guests(interview))
    .collect::<Vec<_>>()
    .join(" \n ")
}

/// Up to this many passages, one thread writes the index (in a fraction of a second): documents
/// then sit in corpus order, so that equal scores are cut the same way by every build and by an
/// update that writes the index again (see `update`).
pub(super) const ONE_THREAD_UP_TO_DOCS: usize = 20_000;

/// Most threads writing a large index: more buys little, as each writes its own segments that
/// must be merged, and the machine keeps answering meanwhile.
const MAX_WRITER_THREADS: usize = 4;

/// Passages between two progress reports.
pub(super) const PROGRESS_EVERY: usize = 1_000;

pub(super) fn write_documents(
    index: &Index,
    corpus: &Corpus,
    languages: &[Language],
    fields: Fields,
    indexed: &(dyn Fn(u64) + Sync),
) -> Result<(), SearchError> {
    let threads = if corpus.passages.len() <= ONE_THREAD_UP_TO_DOCS {
        1
    } else {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(MAX_WRITER_THREADS)
    };
    let mut writer: IndexWriter = index.writer_with_num_threads(threads, WRITER_MEMORY_BYTES)?;
    let starts = corpus.interview_starts();
    let mut reported = 0;
    for (index, window) in starts.windows(2).enumerate() {
        let language = languages.get(index).copied().unwrap_or_default();
        add_documents(
            &writer,
            corpus,
            corpus.passages.of_interview(index),
            fields.of(language),
            fields,
        )?;
        let done = window[1] - window[1] % PROGRESS_EVERY;
        if done > reported {
            indexed((done - reported) as u64);
            reported = done;
        }
    }
    indexed((corpus.passages.len() - reported) as u64);
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// Adds the documents of `passages`, all of one interview of `corpus`, into `own`: the fields
/// of the interview's language.
pub(super) fn add_documents(
    writer: &IndexWriter,
    corpus: &Corpus,
    passages: &[Passage],
    own: LanguageFields,
    fields: Fields,
) -> Result<(), SearchError> {
    let Some(first) = passages.first() else {
        return Ok(());
    };
    let interview = corpus.interview_of(first);
    let key = interview_key(interview);
    let metadata = metadata_text(interview);
    for (position, passage) in passages.iter().enumerate() {
        let mut document = TantivyDocument::default();
        document.add_text(own.text, &passage.text);
        if let Some(question) = corpus.question_of(passage) {
            document.add_text(own.question, question);
        }
        document.add_text(own.metadata, &metadata);
        document.add_u64(fields.interview, key);
        document.add_u64(fields.passage, position as u64);
        writer.add_document(document)?;
    }
    Ok(())
}

/// Hands the heap's free pages back to the system. Tantivy's writer indexes on a thread of its
/// own, and glibc keeps what that thread freed (its buffers, about 20 MB whatever the update's
/// size) in the thread's arena, where the engine being built cannot reuse it: during a reload,
/// memory held on top of both engines until the process ends.
pub(super) fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only returns free memory of the heap's arenas to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}
