//! The black-box tests, compiled into one binary so the fake Bot API and the library's test
//! build are compiled and linked once. One module per area; helpers shared by several areas
//! live in [`support`].
//!
//! Run one area with a filter on its module path, e.g. `cargo test --test integration bot::`
//! or `cargo test --test integration retrieval::`. Every test uses its own temporary
//! directories and ports (bound to 0 on 127.0.0.1), and none changes the process's environment
//! or working directory, so they run in parallel in this one process.

mod support;

mod bot;
mod bot_faults;
mod bot_state;
mod browse;
mod cli;
mod corpus;
mod fake_telegram;
mod fuzz;
mod golden;
mod import;
mod languages;
mod layouts;
mod layouts_more;
mod layouts_news;
mod layouts_pages;
mod layouts_questionnaires;
mod layouts_rhythm;
mod layouts_slips;
mod layouts_transcripts;
mod limits;
mod quote_marks;
mod refusals;
mod retrieval;
mod roles;
mod soak;
