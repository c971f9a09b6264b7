//! Published interviews, read from text files and cut into quotable passages.
//!
//! An interview file is plain text as published: a title, introduction paragraphs, then the
//! interviewer's questions, each followed by the interviewee's answer paragraphs. An optional TOML
//! front matter block (between `+++` lines) carries metadata. [`parse`] turns one file's text into
//! an [`Interview`]; [`load_dir`] reads every interview of a directory, collecting per-file errors
//! instead of stopping at the first one; [`Corpus`] flattens interviews into [`Passage`]s, the
//! unit that gets indexed and quoted.

mod address;
mod alternation;
mod announcing;
mod answer_marks;
mod articles;
mod asked_exchange;
mod askers;
mod asking;
mod assembled;
mod backchannel;
mod bare_byline;
mod bare_headline;
mod bare_labels;
mod bio;
mod blocks;
mod board;
mod body;
mod bold_runin;
pub(crate) mod bold_spans;
mod bold_tags;
mod broken;
mod bystanders;
mod caption_stamps;
mod chained_prompts;
mod checks;
pub mod clean;
mod cover_page;
mod credit_caption;
mod credit_labels;
mod credited_caption;
mod credits;
mod cues;
mod cut_credit;
mod cut_label;
mod cut_question;
mod dashes;
mod dated_headline;
mod dates;
mod diarized;
mod display;
mod doubled_headline;
mod duplicates;
mod early_labels;
pub mod explain;
mod fellow_answerers;
mod files;
mod first_cut;
mod first_question;
mod forms;
mod framed;
mod furniture;
mod genre_title;
mod glued;
mod glued_ellipsis;
mod glued_file_names;
mod glued_head;
mod glued_question;
mod guest_sections;
mod hard_wrap;
mod head;
mod headline_bystanders;
mod headline_echoes;
mod headline_level;
mod headline_names;
mod hosts_talk;
pub mod import;
pub(crate) mod initials;
mod inline_qa;
mod inline_tags;
mod intro_contact;
mod intro_furniture;
mod intro_subject;
mod joint_label;
mod journalist;
mod kicker;
mod label_heads;
mod label_person;
mod labelled;
mod labelled_body;
mod labels;
mod layout;
mod lead_in;
mod lead_stamp;
mod leftovers;
mod length_alternation;
mod link_list;
mod list_bullet;
mod listing_head;
mod lists;
mod lone_asker;
mod lone_reply;
mod loose_head;
mod marked_list;
mod markup;
mod media;
mod moderators;
pub(crate) mod mojibake;
mod name_heads;
mod name_line;
mod name_lines;
mod name_words;
mod named_hosts;
mod named_question;
mod names;
mod nav_bar;
mod navigation_block;
mod next_headline;
mod note_label;
mod note_wrap;
mod notes;
mod numbered;
mod numbering;
mod opened_question;
mod ordinals;
mod owner_headline;
mod page_ends;
mod page_footer;
mod page_marks;
mod page_numbers;
mod paragraph;
mod parse;
mod passages;
mod pasted;
mod peer_talk;
mod piece_lines;
mod placeholders;
mod press;
mod press_statement;
mod prompt_label;
mod prompt_length;
mod prose;
mod quoted;
mod quoted_reply;
mod quoted_turns;
mod reaction_answers;
pub mod reading;
mod repair;
mod reported;
mod revise;
mod rhythm;
mod role_credit;
mod roles;
mod roundup;
mod run_on_dashes;
mod runin;
pub(crate) mod scraped;
mod set_quotes;
mod sidebar;
mod signed_date;
mod signed_note;
mod site_header;
mod slips;
mod source_credit;
mod spaced_labels;
mod speaker_lines;
mod speaker_roles;
mod speakers;
mod sponsor;
mod stamp;
mod stamped_turns;
mod statements;
mod surname;
mod switched_initials;
mod tail;
mod teaser;
mod teasers;
mod text;
mod thanks;
mod third_person_tail;
mod timed_turns;
mod timestamps;
mod titled;
mod toml_head;
mod topics;
mod transcript_credit;
mod translation;
mod turns;
mod typed_lines;
mod underlined;
mod unlabelled_start;
mod unmarked_question;
mod update_stamp;
mod used_labels;
mod vocative;
mod wrapped;
mod wrappers;
mod yaml_head;
pub(crate) mod yaml_scalars;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use cues::ends_with_question_mark;
pub use files::{files_stamp, interview_files, interview_id, load_dir, load_file, LoadReport};
pub use paragraph::ParagraphText;
pub use parse::{parse, read, ParseError};
pub use passages::Passages;
pub use repair::is_invisible;
pub use revise::Origin;
pub use stamp::{FileStamp, FileStates};

/// See [`files_stamp`].
pub(crate) const COARSE_CLOCK_MARGIN: Duration = Duration::from_secs(2);

/// Metadata from an interview's front matter. Every field is optional: a bare published text is a
/// valid interview, and its first line becomes the title.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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

impl Metadata {
    /// The people the front matter names.
    pub(crate) fn named_people(&self) -> Vec<&str> {
        [&self.interviewee, &self.interviewer]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect()
    }
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

    /// Number of quotable paragraphs (introduction and answers): its passages.
    pub fn paragraph_count(&self) -> usize {
        self.intro.len() + self.turns.iter().map(|t| t.answer.len()).sum::<usize>()
    }

    /// Who says a passage of this interview: the answer paragraph's own speaker when several
    /// people answer, else the interviewee (also for the introduction, which is shown as the
    /// publisher's introduction to the interview with the interviewee).
    pub fn speaker(&self, passage: &Passage) -> &str {
        passage
            .turn
            .and_then(|turn| self.turns.get(turn))
            .and_then(|turn| turn.speakers.get(passage.paragraph))
            .and_then(Option::as_deref)
            .unwrap_or_else(|| self.interviewee())
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
    /// Who says each answer paragraph, parallel to `answer`, when several people answer (a
    /// conversation with two guests): `None` for the interviewee. Empty when the interviewee
    /// says every paragraph, and in corpora saved before speakers were kept. Always written:
    /// the saved corpus is a binary format in which a skipped field cannot be told apart.
    #[serde(default)]
    pub speakers: Vec<Option<String>>,
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
    /// The paragraph, verbatim, read in place from its interview (never a copy).
    pub text: ParagraphText,
}

/// All loaded interviews and their passages, in a stable order (file name, then text order).
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Interviews in file-name order; shared, so a corpus revised after one file changed keeps
    /// the other interviews without copying them.
    pub interviews: Vec<Arc<Interview>>,
    /// Every passage of every interview, in shared chunks of one interview each; a passage's
    /// id is its position here.
    pub passages: Passages,
}

impl Corpus {
    /// Flattens interviews into passages.
    pub fn new(interviews: Vec<Interview>) -> Corpus {
        Corpus::from_shared(interviews.into_iter().map(Arc::new).collect())
    }

    /// Flattens shared interviews into passages.
    pub fn from_shared(interviews: Vec<Arc<Interview>>) -> Corpus {
        let sections = |interview: &Interview| {
            let answers = interview.turns.iter().enumerate();
            std::iter::once((None, interview.intro.len()))
                .chain(answers.map(|(turn, t)| (Some(turn), t.answer.len())))
                .collect::<Vec<_>>()
        };
        let mut first = 0;
        let mut chunks = Vec::with_capacity(interviews.len());
        for (interview_index, interview) in interviews.iter().enumerate() {
            let mut chunk = Vec::with_capacity(interview.paragraph_count());
            for (turn, count) in sections(interview) {
                for paragraph in 0..count {
                    let Some(text) = ParagraphText::new(interview, turn, paragraph) else {
                        continue;
                    };
                    chunk.push(Passage {
                        id: first + chunk.len(),
                        interview: interview_index,
                        turn,
                        paragraph,
                        text,
                    });
                }
            }
            first += chunk.len();
            chunks.push(Arc::from(chunk));
        }
        Corpus {
            interviews,
            passages: Passages::from_chunks(chunks),
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
        let chunk = self.passages.of_interview(passage.interview);
        let at = passage.id - self.passages.starts()[passage.interview];
        let start = at - passage.paragraph;
        let end = at + chunk[at..].partition_point(|p| p.turn == passage.turn);
        &chunk[start..end]
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

#[cfg(test)]
mod tests;

#[cfg(test)]
mod page_heads;
