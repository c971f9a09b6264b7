//! What the bot does with each update: the dptree schema. The handlers live in one file per
//! thing users do: `questions`, [`super::commands`], `buttons`, `inline`, [`super::admin`] and
//! [`super::browse`]; what they share (where a reply goes, in which language, how it is sent)
//! is in `reply`. The HTML of every reply is built in [`crate::render`]; handlers only decide
//! what to send where.

use std::sync::Arc;

use teloxide::dispatching::{HandlerExt, UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;

use super::admin::{self, AdminCommand};
use super::commands::{self, Command};
use super::delivery::TgBot;
use super::reply::{HandlerResult, Reply};
use super::state::AppState;
use super::{buttons, inline, questions};

/// The whole handler tree: messages, button presses and inline queries; everything else
/// (edits, channel posts, unknown updates) is ignored. Branches are tried in order.
pub fn schema() -> UpdateHandler<anyhow::Error> {
    let messages = Update::filter_message()
        // Chats outside `ALLOWED_CHATS`: told so when they address the bot, else ignored.
        .branch(dptree::filter(not_served).endpoint(refuse))
        // Stickers, photos and the like: a private chat is asked for text.
        .branch(dptree::filter(|message: Message| message.text().is_none()).endpoint(ask_for_text))
        // `/start`, `/ask`, `/topics`… (also `/ask@this_bot` in groups).
        .branch(
            dptree::entry()
                .filter_command::<Command>()
                .endpoint(commands::on_command),
        )
        // `/why`, `/stats`, `/reload`: admins only; others get the help.
        .branch(
            dptree::entry()
                .filter_command::<AdminCommand>()
                .endpoint(admin::on_command),
        )
        // Any other text in private; in groups, mentions of the bot and replies to it.
        .branch(dptree::filter_map(questions::addressed).endpoint(questions::on_question));
    dptree::entry()
        .branch(messages)
        // Inline keyboard buttons.
        .branch(Update::filter_callback_query().endpoint(buttons::on_callback))
        // `@bot question` typed in any chat.
        .branch(Update::filter_inline_query().endpoint(inline::on_inline_query))
}

fn not_served(message: Message, state: Arc<AppState>) -> bool {
    !state.serves(message.chat.id.0)
}

/// A chat the bot does not serve: told so in private, or when it addresses the bot in a group
/// (a command or a question to it); other group chatter is ignored.
async fn refuse(bot: TgBot, message: Message, state: Arc<AppState>) -> HandlerResult {
    let addressed = message.chat.is_private()
        || message.text().is_some_and(|text| {
            commands::is_command(text, &state.username)
                || questions::addressed_question(&message, text, &state).is_some()
        });
    if !addressed {
        return Ok(());
    }
    let reply = Reply::to_message(&bot, &state, &message);
    reply.text(reply.texts().not_allowed.as_str()).await
}

/// A private message without text: the bot can only read text.
async fn ask_for_text(bot: TgBot, message: Message, state: Arc<AppState>) -> HandlerResult {
    if !message.chat.is_private() || message.from.is_none() {
        return Ok(());
    }
    let reply = Reply::to_message(&bot, &state, &message);
    reply.text(reply.texts().send_text.as_str()).await
}
