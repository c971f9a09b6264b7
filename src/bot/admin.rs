//! Commands for the operators listed in `ADMIN_IDS`: `/why` (how a question was read and
//! scored), `/stats` (questions answered and refused, kept in the state store) and `/reload`
//! (corpus, synonyms and texts without a restart). Anyone else gets the help, as if the
//! commands did not exist.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::utils::command::BotCommands;

use super::delivery::TgBot;
use super::reload::Live;
use super::reply::{HandlerResult, Reply};
use super::state::AppState;
use crate::render::admin::{self as render, Count};

/// Candidates shown by /why.
const WHY_CANDIDATES: usize = 5;

/// Days listed by /stats.
const DAYS_SHOWN: usize = 7;

/// Unanswered questions listed by /stats.
const TOP_UNANSWERED: usize = 10;

/// The admins' commands; not in the menus.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum AdminCommand {
    /// How a question was read and scored.
    Why(String),
    /// Questions asked, answer rate, top unanswered.
    Stats,
    /// Reload the corpus, synonyms and texts without a restart.
    Reload,
}

/// Answers an admin command, or the help for anyone else.
pub(super) async fn on_command(
    bot: TgBot,
    message: Message,
    state: Arc<AppState>,
    live: Arc<Live>,
    command: AdminCommand,
) -> HandlerResult {
    let reply = Reply::to_message(&bot, &state, &message);
    if !is_admin(&state, &message) {
        return reply.text(reply.texts().help.as_str()).await;
    }
    let html = match command {
        AdminCommand::Why(question) => why(&state, &question),
        AdminCommand::Stats => stats(&state),
        AdminCommand::Reload => match live.reload().await {
            Ok(summary) => {
                render::reloaded(summary.interviews, summary.passages, &summary.problems)
            }
            Err(error) => render::reload_failed(&error),
        },
    };
    reply.text(html).await
}

fn is_admin(state: &AppState, message: &Message) -> bool {
    message
        .from
        .as_ref()
        .is_some_and(|user| state.admins.contains(&user.id.0))
}

/// `/why`: the engine's explanation of a question, rendered.
fn why(state: &AppState, question: &str) -> String {
    let explanation = state.engine.explain(question, WHY_CANDIDATES);
    render::why(question, &explanation, state.engine.corpus())
}

/// `/stats`: the counters of the state store, or why they cannot be read.
fn stats(state: &AppState) -> String {
    let summary = match state.store.stats(DAYS_SHOWN, TOP_UNANSWERED) {
        Ok(summary) => summary,
        Err(error) => {
            tracing::warn!(%error, "cannot read the /stats counters");
            return render::STATS_UNAVAILABLE.to_string();
        }
    };
    let count = |answered, refused| Count { answered, refused };
    let days: Vec<(&str, Count)> = (summary.days.iter())
        .map(|day| (day.day.as_str(), count(day.answered, day.refused)))
        .collect();
    let total = count(summary.answered, summary.refused);
    render::stats(total, &days, &summary.top_unanswered)
}
