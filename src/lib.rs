//! interview-bot answers questions about published interviews with the interviewee's own words:
//! the passage that best answers, quoted, with the interviewer's question it answered.
//!
//! # Layout
//! The modules follow the data flow, from files to people:
//! - [`config`]: settings from the environment and `.env`, validated once.
//! - [`corpus`]: interview files -> [`corpus::Interview`] -> quotable [`corpus::Passage`]s.
//! - [`search`]: the only module that knows Tantivy: analysis, synonyms, spelling correction,
//!   BM25 ranking and the rule that decides when there is no good answer.
//! - [`load`]: start-up shared by every command: corpus + synonyms -> engine, with a report.
//! - [`render`]: pure formatting of results (terminal text, JSON, Telegram HTML).
//! - [`texts`]: the bot's interface texts per language, from `config/texts`.
//! - [`bot`]: the only module that knows teloxide: handlers, intake (polling, webhook, the
//!   durable inbox), pacing, delivery, and the SQLite state store.
//! - [`eval`]: retrieval quality on a labeled question set.
//! - [`feedback`]: the feedback log (unanswered questions, ratings) and its report.
//! - [`fingerprint`]: a stable hash of persisted content, a leaf every module may use.
//! - [`cli`]: the `interview-bot` command line.

pub mod bot;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod eval;
pub mod feedback;
pub mod fingerprint;
pub mod load;
pub mod render;
pub mod search;
pub mod texts;
