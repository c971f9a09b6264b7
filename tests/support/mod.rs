//! Test support shared by the integration tests: a fake Telegram Bot API server and builders
//! for the updates it delivers. Include it with `mod support;`.

pub mod app;
pub mod fake_telegram;
pub mod served;
pub mod updates;
