//! Published interviews, read from text files and cut into quotable passages.
//!
//! An interview file is plain text as published: a title, introduction paragraphs, then the
//! interviewer's questions, each followed by the interviewee's answer paragraphs. An optional TOML
//! front matter block (between `+++` lines) carries metadata. [`parse`] turns one file's text into
//! an [`Interview`]; [`load_dir`] reads every interview of a directory, collecting per-file errors
//! instead of stopping at the first one; [`Corpus`] flattens interviews into [`Passage`]s, the
//! unit that gets indexed and quoted.

pub mod clean;
mod cues;
pub mod explain;
pub mod import;
mod labels;
mod layout;
mod names;
mod parse;
pub mod reading;
mod revise;
mod stamp;
mod text;
mod translation;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use parse::{parse, read, ParseError};
pub use revise::Origin;
pub use stamp::{FileStamp, FileStates};

/// See [`files_stamp`].
const COARSE_CLOCK_MARGIN: Duration = Duration::from_secs(2);

/// File extensions read as interviews; anything else in the directory (a README, a sidecar) is
/// ignored so operators can keep notes next to their files.
const INTERVIEW_EXTENSIONS: &[&str] = &["txt", "md"];

/// Metadata from an interview's front matter. Every field is optional: a bare published text is a
/// valid interview, and its first line becomes the title.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// Display title; overrides the title line of the text (which often carries a site suffix).
    pub title: Option<String>,
    /// The person whose words are quoted.
    pub interviewee: Option<String>,
    /// The person or outlet asking the questions, used to recognise question labels.
    pub interviewer: Option<String>,
    /// Where the interview was first published.
    pub outlet: Option<String>,
    /// Who republished the text the corpus file was taken from, if not the outlet.
    pub republished_by: Option<String>,
    /// Link to the published interview.
    pub url: Option<String>,
    /// Publication date as written by the operator (not interpreted).
    pub date: Option<String>,
    /// Language of the text, e.g. `en`; detected from the text when absent.
    pub language: Option<String>,
    /// Id of the interview this one is a translation of (its file name without extension):
    /// links the versions, so a question is answered in its own language and the other
    /// versions of the passage are offered.
    pub translation_of: Option<String>,
}

/// One parsed interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interview {
    /// Stable identifier derived from the file name, used in quote ids.
    pub id: String,
    /// File the interview came from, for messages to the operator.
    pub source: PathBuf,
    /// Front matter as written, with the names the text gives (speaker labels, byline,
    /// headline) filled in where it is silent, so quotes are attributed to a named person.
    pub metadata: Metadata,
    /// Title shown to people: the front matter title, else the text's title line.
    pub title: String,
    /// Introduction paragraphs (standfirst included), without title or headline lines.
    pub intro: Vec<String>,
    /// Question and answer pairs in published order.
    pub turns: Vec<Turn>,
}

impl Interview {
    /// Name of the person quoted, falling back to a neutral word so renderers never print an
    /// empty attribution.
    pub fn interviewee(&self) -> &str {
        self.metadata
            .interviewee
            .as_deref()
            .unwrap_or("the interviewee")
    }
}

/// An interviewer's question and the interviewee's answer to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Turn {
    /// The question without its speaker label.
    pub question: String,
    /// Answer paragraphs without speaker labels.
    pub answer: Vec<String>,
    /// Line of the question in the source file (1-based), for error messages.
    pub line: usize,
}

/// Index of a passage in [`Corpus::passages`]; also its document key in the search index.
pub type PassageId = usize;

/// A quotable paragraph: one intro paragraph or one answer paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// Position in [`Corpus::passages`].
    pub id: PassageId,
    /// Index of the interview in [`Corpus::interviews`].
    pub interview: usize,
    /// The turn whose answer this paragraph belongs to; `None` for the introduction.
    pub turn: Option<usize>,
    /// Paragraph number within its answer (or within the introduction), from 0.
    pub paragraph: usize,
    /// The paragraph, verbatim; shared, so a corpus revised after one file changed keeps the
    /// other passages without copying their text.
    pub text: Arc<str>,
}

/// All loaded interviews and their passages, in a stable order (file name, then text order).
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Interviews in file-name order; shared, so a corpus revised after one file changed keeps
    /// the other interviews without copying them.
    pub interviews: Vec<Arc<Interview>>,
    /// Every passage of every interview; a passage's id is its position here.
    pub passages: Vec<Passage>,
}

impl Corpus {
    /// Flattens interviews into passages.
    pub fn new(interviews: Vec<Interview>) -> Corpus {
        Corpus::from_shared(interviews.into_iter().map(Arc::new).collect())
    }

    /// Flattens shared interviews into passages.
    pub fn from_shared(interviews: Vec<Arc<Interview>>) -> Corpus {
        let mut passages = Vec::new();
        for (interview_index, interview) in interviews.iter().enumerate() {
            let intro = interview.intro.iter().map(|text| (None, text));
            let answers = interview
                .turns
                .iter()
                .enumerate()
                .flat_map(|(turn, t)| t.answer.iter().map(move |text| (Some(turn), text)));
            let mut paragraph = 0;
            let mut previous_turn = None;
            for (turn, text) in intro.chain(answers) {
                if turn != previous_turn {
                    paragraph = 0;
                    previous_turn = turn;
                }
                passages.push(Passage {
                    id: passages.len(),
                    interview: interview_index,
                    turn,
                    paragraph,
                    text: Arc::from(text.as_str()),
                });
                paragraph += 1;
            }
        }
        Corpus {
            interviews,
            passages,
        }
    }

    /// The interview a passage belongs to.
    pub fn interview_of(&self, passage: &Passage) -> &Interview {
        &self.interviews[passage.interview]
    }

    /// The question a passage answers; `None` for introduction paragraphs.
    pub fn question_of(&self, passage: &Passage) -> Option<&str> {
        let turn = passage.turn?;
        Some(self.interview_of(passage).turns[turn].question.as_str())
    }

    /// All passages of the same answer (or of the same introduction), in order: the passage's
    /// neighbours are the entries around it.
    pub fn section_of(&self, passage: &Passage) -> &[Passage] {
        let start = passage.id - passage.paragraph;
        let mut end = passage.id + 1;
        while end < self.passages.len()
            && self.passages[end].interview == passage.interview
            && self.passages[end].turn == passage.turn
        {
            end += 1;
        }
        &self.passages[start..end]
    }

    /// A short, stable id for a passage, safe in deep links and callback data
    /// (`[0-9a-f-]`, at most 24 bytes): a hash of the interview's file name, then the answer
    /// number (0 for the introduction) and the paragraph number. It survives adding or removing
    /// other interviews.
    pub fn quote_id(&self, passage: &Passage) -> String {
        let interview = self.interview_of(passage);
        let answer = passage.turn.map_or(0, |t| t + 1);
        format!(
            "{}-{answer}-{}",
            interview_code(&interview.id),
            passage.paragraph + 1
        )
    }

    /// The passage a [`Corpus::quote_id`] names, if it still exists.
    pub fn find_quote(&self, quote_id: &str) -> Option<&Passage> {
        let mut parts = quote_id.trim().splitn(3, '-');
        let code = parts.next()?;
        let answer: usize = parts.next()?.parse().ok()?;
        let paragraph: usize = parts.next()?.parse().ok()?;
        let interview = self
            .interviews
            .iter()
            .position(|i| interview_code(&i.id) == code)?;
        let turn = answer.checked_sub(1);
        self.passages
            .iter()
            .find(|p| p.interview == interview && p.turn == turn && p.paragraph + 1 == paragraph)
    }

    /// The first passage of every answer, in corpus order: one entry per interviewer question.
    pub fn answer_openings(&self) -> impl Iterator<Item = &Passage> {
        self.passages
            .iter()
            .filter(|p| p.turn.is_some() && p.paragraph == 0)
    }
}

/// Ten hex digits (40 bits) identifying an interview by its id (FNV-1a, stable across
/// platforms): collisions stay negligible even for an archive of 10,000 interviews. Short and
/// safe in callback data, whatever the file name.
pub fn interview_code(interview_id: &str) -> String {
    use std::hash::Hasher;
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(interview_id.as_bytes());
    format!("{:010x}", hasher.finish() & 0xff_ffff_ffff)
}

/// Why an interview file could not be loaded. Each variant names the file; parse errors also name
/// the line, so an operator can go straight to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum CorpusError {
    /// The directory itself is missing or unreadable: nothing can be served.
    #[error("cannot read corpus directory {path}: {reason} (set CORPUS_DIR to a directory of interview files)")]
    Directory { path: PathBuf, reason: String },
    /// One file could not be read from disk.
    #[error("{path}: cannot read file: {reason}")]
    Read { path: PathBuf, reason: String },
    /// One file was read but is not a valid interview.
    #[error("{path}:{line}: {reason}")]
    Parse {
        path: PathBuf,
        line: usize,
        reason: String,
    },
}

/// The outcome of loading a directory: the interviews that parsed, and an error for each file
/// that did not. One broken file never hides the others.
#[derive(Debug, Default)]
pub struct LoadReport {
    /// Interviews that parsed, ordered by file name.
    pub interviews: Vec<Interview>,
    /// One entry per file that could not be loaded.
    pub errors: Vec<CorpusError>,
}

/// Reads every interview file (`*.txt`, `*.md`) directly inside `dir`, in file-name order.
///
/// # Errors
/// Returns [`CorpusError::Directory`] when the directory cannot be listed. Problems with single
/// files are collected in [`LoadReport::errors`].
pub fn load_dir(dir: &Path) -> Result<LoadReport, CorpusError> {
    let mut report = LoadReport::default();
    for path in interview_files(dir)? {
        match load_file(&path) {
            Ok(interview) => report.interviews.push(interview),
            Err(error) => report.errors.push(error),
        }
    }
    Ok(report)
}

/// The interview files directly inside `dir`, in the order [`load_dir`] reads them.
///
/// # Errors
/// Returns [`CorpusError::Directory`] when the directory cannot be listed.
pub fn interview_files(dir: &Path) -> Result<Vec<PathBuf>, CorpusError> {
    let entries = std::fs::read_dir(dir).map_err(|e| CorpusError::Directory {
        path: dir.to_path_buf(),
        reason: e.to_string(),
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| is_interview_file(path))
        .collect();
    files.sort();
    Ok(files)
}

/// Identifies the state of interview files on disk without reading them: their paths, sizes,
/// modification times and (on Unix) inode change times, which every write updates even when a
/// tool restores the modification time. A parsed corpus is saved under this key, so an unchanged
/// corpus starts without being parsed again. `None` when a file cannot be examined; then the
/// files are simply read.
pub fn files_stamp(files: &[PathBuf]) -> Option<String> {
    use std::hash::Hasher;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    // A filesystem that keeps whole seconds shows no change for an edit made within the same
    // second (same size): a file that recent cannot vouch for its content yet.
    let too_recent =
        |time: Duration| time.subsec_nanos() == 0 && now.saturating_sub(time) < COARSE_CLOCK_MARGIN;
    let mut hasher = crate::fingerprint::Fingerprint::new();
    for path in files {
        let metadata = std::fs::metadata(path).ok()?;
        let modified = metadata
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        if too_recent(modified) {
            return None;
        }
        hasher.part(path.as_os_str().as_encoded_bytes());
        hasher.write_u64(metadata.len());
        hasher.write_u64(modified.as_secs());
        hasher.write_u32(modified.subsec_nanos());
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let changed = Duration::new(
                u64::try_from(metadata.ctime()).ok()?,
                u32::try_from(metadata.ctime_nsec()).ok()?,
            );
            if too_recent(changed) {
                return None;
            }
            hasher.write_i64(metadata.ctime());
            hasher.write_i64(metadata.ctime_nsec());
            hasher.write_u64(metadata.ino());
        }
    }
    Some(hasher.hex())
}

fn is_interview_file(path: &Path) -> bool {
    path.is_file()
        && path
            .extension()
            .and_then(|ext| ext.to_str())
            .is_some_and(|ext| INTERVIEW_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()))
}

/// Reads and parses one interview file.
///
/// # Errors
/// [`CorpusError::Read`] if the file cannot be read, [`CorpusError::Parse`] if it is not UTF-8 or
/// not a valid interview (with the offending line).
pub fn load_file(path: &Path) -> Result<Interview, CorpusError> {
    let bytes = std::fs::read(path).map_err(|e| CorpusError::Read {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        CorpusError::Parse {
            path: path.to_path_buf(),
            line: 1 + valid.iter().filter(|&&b| b == b'\n').count(),
            reason: "the file is not valid UTF-8 text; save it as UTF-8".to_string(),
        }
    })?;
    let id = interview_id(path);
    parse(&id, &text)
        .map_err(|e| CorpusError::Parse {
            path: path.to_path_buf(),
            line: e.line,
            reason: e.reason,
        })
        .map(|mut interview| {
            interview.source = path.to_path_buf();
            interview
        })
}

/// A file stem reduced to lowercase ASCII letters, digits and dashes, so it is safe in quote ids.
pub fn interview_id(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut id = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_string();
    if id.is_empty() {
        "interview".to_string()
    } else {
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn interview(intro: &[&str], answers: &[&[&str]]) -> Interview {
        Interview {
            id: "x".into(),
            source: PathBuf::new(),
            metadata: Metadata::default(),
            title: "T".into(),
            intro: intro.iter().map(|s| s.to_string()).collect(),
            turns: answers
                .iter()
                .enumerate()
                .map(|(i, a)| Turn {
                    question: format!("Q{i}?"),
                    answer: a.iter().map(|s| s.to_string()).collect(),
                    line: 1,
                })
                .collect(),
        }
    }

    #[test]
    fn passages_follow_intro_then_answers_with_paragraph_numbers() {
        let corpus = Corpus::new(vec![
            interview(&["i0", "i1"], &[&["a0", "a1", "a2"], &["b0"]]),
            interview(&[], &[&["c0"]]),
        ]);
        let described: Vec<_> = corpus
            .passages
            .iter()
            .map(|p| (p.interview, p.turn, p.paragraph, &*p.text))
            .collect();
        assert_eq!(
            described,
            vec![
                (0, None, 0, "i0"),
                (0, None, 1, "i1"),
                (0, Some(0), 0, "a0"),
                (0, Some(0), 1, "a1"),
                (0, Some(0), 2, "a2"),
                (0, Some(1), 0, "b0"),
                (1, Some(0), 0, "c0"),
            ]
        );
        assert!(corpus.passages.iter().enumerate().all(|(i, p)| p.id == i));
    }

    #[test]
    fn section_of_returns_the_whole_answer_around_a_passage() {
        let corpus = Corpus::new(vec![interview(&["i0"], &[&["a0", "a1", "a2"], &["b0"]])]);
        let middle = &corpus.passages[2 + 1];
        let texts: Vec<_> = corpus.section_of(middle).iter().map(|p| &*p.text).collect();
        assert_eq!(texts, ["a0", "a1", "a2"]);
        assert_eq!(corpus.question_of(middle), Some("Q0?"));
        assert_eq!(corpus.question_of(&corpus.passages[0]), None);
        let openings: Vec<_> = corpus.answer_openings().map(|p| &*p.text).collect();
        assert_eq!(openings, ["a0", "b0"]);
    }

    #[test]
    fn quote_ids_round_trip_and_reject_garbage() {
        let corpus = Corpus::new(vec![
            interview(&["i0"], &[&["a0", "a1"]]),
            interview(&[], &[&["b0"]]),
        ]);
        for passage in &corpus.passages[..3] {
            let id = corpus.quote_id(passage);
            assert!(
                id.len() <= 24 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-'),
                "{id}"
            );
            assert_eq!(corpus.find_quote(&id), Some(passage));
        }
        assert!(corpus.quote_id(&corpus.passages[0]).ends_with("-0-1"));
        for garbage in ["", "zzz", "abc-1", "abcdef-x-1", "abcdef-99-1", "-1-1"] {
            assert_eq!(corpus.find_quote(garbage), None, "{garbage}");
        }
    }

    #[test]
    fn the_files_stamp_changes_with_the_set_of_files_and_their_contents() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let b = dir.path().join("b.txt");
        std::fs::write(&a, "one").unwrap();
        std::fs::write(&b, "two").unwrap();
        let both = files_stamp(&[a.clone(), b.clone()]).unwrap();
        assert_eq!(files_stamp(&[a.clone(), b.clone()]).unwrap(), both);
        assert_ne!(files_stamp(std::slice::from_ref(&a)).unwrap(), both);
        std::fs::write(&b, "three").unwrap();
        assert_ne!(files_stamp(&[a.clone(), b.clone()]).unwrap(), both);
        assert_eq!(files_stamp(&[a.clone(), dir.path().join("gone.txt")]), None);

        // Whole-second times (a coarse filesystem) from just now cannot vouch for the content.
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap();
        let whole_second = std::time::UNIX_EPOCH + Duration::from_secs(now.as_secs());
        std::fs::File::options()
            .write(true)
            .open(&a)
            .unwrap()
            .set_modified(whole_second)
            .unwrap();
        assert_eq!(files_stamp(std::slice::from_ref(&a)), None);
    }

    #[test]
    fn interview_ids_are_safe_slugs() {
        assert_eq!(
            interview_id(Path::new("a/Sacha Llorenti (2021).txt")),
            "sacha-llorenti-2021"
        );
        assert_eq!(interview_id(Path::new("___.txt")), "interview");
    }
}
