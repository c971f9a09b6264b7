//! Test support shared by the integration tests: a fake Telegram Bot API server and builders
//! for the updates it delivers, the bot spawned in-process or as the `serve` binary.

pub mod app;
pub mod fake_telegram;
pub mod parsed;
pub mod served;
pub mod updates;
