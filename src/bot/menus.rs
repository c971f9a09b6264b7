//! Telegram's command menus, per language and for private chats and groups, kept in step with
//! what is served: a reload that turns one interview into an archive adds the browsing
//! commands, one that leaves a single interview removes them, and new interface texts change
//! the descriptions. Menus are sent again only when they differ from the ones last sent.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope};
use tokio_util::sync::CancellationToken;

use super::browse;
use super::commands::Command;
use super::delivery::TgBot;
use super::reload::Live;
use super::state::AppState;
use crate::texts::DEFAULT_LANGUAGE;

/// One menu as Telegram shows it: a language, private chats or groups, and the commands with
/// their descriptions.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Menu {
    language: String,
    private: bool,
    commands: Vec<(String, String)>,
}

/// Every menu `state` calls for: each language with texts, in private chats and in groups.
fn menus_of(state: &AppState) -> Vec<Menu> {
    let archive = browse::is_archive(state);
    let mut menus = Vec::new();
    for language in state.texts.languages() {
        let texts = state.texts.get(language);
        for private in [true, false] {
            let commands = (Command::menu(private, archive).iter())
                .map(|command| {
                    (
                        command.name().to_string(),
                        command.describe(texts).to_string(),
                    )
                })
                .collect();
            menus.push(Menu {
                language: language.to_string(),
                private,
                commands,
            });
        }
    }
    menus
}

/// Registers the menus of the served version, then again after each reload that changes
/// them, until `shutdown`.
pub(super) async fn keep_menus(bot: TgBot, live: Arc<Live>, shutdown: CancellationToken) {
    let mut swaps = live.swaps();
    let mut sent = menus_of(&live.current());
    register(&bot, &sent).await;
    loop {
        tokio::select! {
            () = shutdown.cancelled() => return,
            changed = swaps.changed() => if changed.is_err() { return },
        }
        let now = menus_of(&live.current());
        if now != sent {
            tracing::info!("the command menus changed with the reload: registering them again");
            register(&bot, &now).await;
            sent = now;
        }
    }
}

/// Sends `menus` to Telegram; a menu that cannot be set is logged (commands still work typed).
async fn register(bot: &TgBot, menus: &[Menu]) {
    for menu in menus {
        let scope = match menu.private {
            true => BotCommandScope::AllPrivateChats,
            false => BotCommandScope::AllGroupChats,
        };
        let commands: Vec<BotCommand> = (menu.commands.iter())
            .map(|(name, description)| BotCommand::new(name, description))
            .collect();
        let result = bot
            .call(|client| {
                let request = client
                    .set_my_commands(commands.clone())
                    .scope(scope.clone());
                match menu.language.as_str() {
                    DEFAULT_LANGUAGE => request,
                    language => request.language_code(language),
                }
            })
            .await;
        if let Err(error) = result {
            let language = menu.language.as_str();
            tracing::warn!(%error, language, "could not register the command menu");
        }
    }
}
