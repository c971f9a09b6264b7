//! Turning search results into what people read: pure functions, no I/O, no Telegram types.
//!
//! - [`plain`]: terminal output of the `ask` command.
//! - [`json`]: the machine-readable `ask --json` / `--batch` format.
//! - [`telegram`]: Telegram HTML quote cards, full answers and `/about`, within Telegram's
//!   limits; escaping and checking operator markup.
//! - [`admin`]: Telegram HTML for the admins' `/why`, `/stats` and `/reload` replies.
//! - [`browse`]: the list of interviews and the line naming a chat's chosen interview.
//! - [`marks`]: the quotation marks around a quoted passage, ours or its own.

pub mod admin;
pub mod browse;
pub mod json;
pub mod marks;
pub mod plain;
pub mod telegram;
