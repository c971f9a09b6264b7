//! The commands anyone may use, and the one place their names and menu descriptions come
//! from: the [`Command`] enum routes them (through `filter_command` in the schema), builds
//! Telegram's command menus, and is checked against the help text.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::InlineKeyboardMarkup;
use teloxide::utils::command::BotCommands;

use super::admin::AdminCommand;
use super::browse;
use super::cards::{self, CardButtons};
use super::delivery::TgBot;
use super::questions;
use super::reply::{HandlerResult, Reply};
use super::state::AppState;
use crate::render::telegram::{self as render, fill, AboutEntry, AboutTexts};
use crate::texts::Strings;

/// Interviewer questions listed by /topics (Telegram allows 100 buttons).
const TOPIC_BUTTONS: usize = 30;

/// The commands anyone may use. Menu descriptions come from `config/texts` ([`Command::describe`]).
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// Welcome; `/start <quote id>` (a deep link) opens that quote.
    Start(String),
    /// What the bot can do.
    Help,
    /// Ask a question (the way to ask in groups).
    Ask(String),
    /// The interviewer's questions, as buttons.
    Topics,
    /// A random quote.
    Random,
    /// The interview, interviewee, outlet and source.
    About,
    /// Open a quote by its id.
    Quote(String),
    /// The interviews of the archive, newest first, to pick one.
    Interviews,
    /// Ask about one interview only (`/use <id>`), or about every one again (`/use all`).
    Use(String),
}

impl Command {
    /// What users type after the slash.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Start(_) => "start",
            Command::Help => "help",
            Command::Ask(_) => "ask",
            Command::Topics => "topics",
            Command::Random => "random",
            Command::About => "about",
            Command::Quote(_) => "quote",
            Command::Interviews => "interviews",
            Command::Use(_) => "use",
        }
    }

    /// Its description in Telegram's menu, in the reader's language.
    pub fn describe<'t>(&self, texts: &'t Strings) -> &'t str {
        match self {
            Command::Start(_) => &texts.command_start,
            Command::Help => &texts.command_help,
            Command::Ask(_) => &texts.command_ask,
            Command::Topics => &texts.command_topics,
            Command::Random => &texts.command_random,
            Command::About => &texts.command_about,
            Command::Quote(_) => &texts.command_quote,
            Command::Interviews => &texts.command_interviews,
            Command::Use(_) => &texts.command_use,
        }
    }

    /// The menu of private chats (`private`) or groups, in the order Telegram shows it; an
    /// archive adds browsing, while with one interview the menus stay without it.
    pub fn menu(private: bool, archive: bool) -> Vec<Command> {
        let none = String::new;
        let mut menu = match private {
            true => vec![
                Command::Start(none()),
                Command::Help,
                Command::Ask(none()),
                Command::Topics,
                Command::Random,
                Command::About,
                Command::Quote(none()),
            ],
            // In groups `/ask` is how to ask, so it comes first.
            false => vec![
                Command::Ask(none()),
                Command::Help,
                Command::Topics,
                Command::Random,
                Command::About,
            ],
        };
        if archive {
            menu.extend([Command::Interviews, Command::Use(none())]);
        }
        menu
    }
}

/// Whether `text` is a command of this bot (admin ones included).
pub(super) fn is_command(text: &str, username: &str) -> bool {
    Command::parse(text, username).is_ok() || AdminCommand::parse(text, username).is_ok()
}

/// Routes a command to what answers it.
pub(super) async fn on_command(
    bot: TgBot,
    message: Message,
    state: Arc<AppState>,
    command: Command,
) -> HandlerResult {
    let reply = Reply::to_message(&bot, &state, &message);
    let texts = reply.texts();
    match command {
        Command::Start(payload) => start(&reply, &payload).await,
        Command::Help => reply.text(help(&state, texts)).await,
        Command::Ask(question) if question.trim().is_empty() => {
            reply.text(texts.ask_usage.as_str()).await
        }
        Command::Ask(question) => questions::answer(&reply, &message, &question).await,
        Command::Topics => topics(&reply).await,
        Command::Random => random(&reply).await,
        Command::About => reply.text(about(&reply)).await,
        Command::Quote(id) => quote(&reply, &id).await,
        Command::Interviews => browse::list(&reply).await,
        Command::Use(id) => browse::use_command(&reply, &id).await,
    }
}

/// `/start`: the welcome, or the quote a deep link (`/start <quote id>`) points at.
async fn start(reply: &Reply<'_>, payload: &str) -> HandlerResult {
    match reply.state.engine.corpus().find_quote(payload) {
        Some(_) => quote(reply, payload).await,
        None => reply.text(reply.texts().welcome.as_str()).await,
    }
}

/// `/help`, with the archive commands when there is an archive to browse.
pub(super) fn help(state: &AppState, texts: &Strings) -> String {
    match browse::is_archive(state) {
        true => format!("{}{}", texts.help, texts.help_archive),
        false => texts.help.clone(),
    }
}

/// `/topics`: the interviewer's questions as buttons, within the chat's chosen interview.
async fn topics(reply: &Reply<'_>) -> HandlerResult {
    let state = reply.state;
    let scope = browse::scope(state, reply.target.chat.0);
    let rows = (state.engine.corpus().answer_openings())
        .filter(|p| scope.includes(p.interview))
        .take(TOPIC_BUTTONS)
        .map(|first| vec![cards::question_button(state, first)])
        .collect::<Vec<_>>();
    let keyboard = Some(InlineKeyboardMarkup::new(rows));
    let header = reply.texts().topics_header.clone();
    reply.send(header, keyboard).await
}

/// `/random`: a random answer paragraph of the chat's interviews.
async fn random(reply: &Reply<'_>) -> HandlerResult {
    let state = reply.state;
    let scope = browse::scope(state, reply.target.chat.0);
    match browse::random_passage(state.engine.corpus(), &scope) {
        Some(passage) => cards::send(reply, passage, CardButtons::default()).await,
        None => Ok(()),
    }
}

/// `/about`: the chat's interviews, who was interviewed, where they were published.
fn about(reply: &Reply<'_>) -> String {
    let (state, texts) = (reply.state, reply.texts());
    let scope = browse::scope(state, reply.target.chat.0);
    let corpus = state.engine.corpus();
    let entries = (corpus.interviews.iter().enumerate())
        .filter(|(at, _)| scope.includes(*at))
        .map(|(_, interview)| AboutEntry {
            title: &interview.title,
            interviewee: interview.interviewee(),
            outlet: interview.metadata.outlet.as_deref(),
            republished_by: interview.metadata.republished_by.as_deref(),
            url: interview.metadata.url.as_deref(),
        });
    let about_texts = AboutTexts {
        interview: &texts.about_interview,
        republished: &texts.about_republished,
        footer: &texts.about_footer,
    };
    render::about(entries, about_texts)
}

/// `/quote <id>` (and Share links): that quote's card, or how quote ids look.
async fn quote(reply: &Reply<'_>, id: &str) -> HandlerResult {
    let texts = reply.texts();
    let corpus = reply.state.engine.corpus();
    let example = corpus
        .passages
        .first()
        .map(|p| corpus.quote_id(p))
        .unwrap_or_default();
    let example = [("example", example.as_str())];
    if id.trim().is_empty() {
        return reply.text(fill(&texts.quote_usage, &example)).await;
    }
    match corpus.find_quote(id) {
        Some(passage) => cards::send(reply, passage, CardButtons::default()).await,
        None => reply.text(fill(&texts.quote_not_found, &example)).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::texts::Texts;

    #[test]
    fn menu_names_are_the_names_the_router_parses() {
        for command in Command::menu(true, true)
            .into_iter()
            .chain(Command::menu(false, true))
        {
            let typed = format!("/{}", command.name());
            assert_eq!(Command::parse(&typed, "bot").ok(), Some(command));
        }
    }

    #[test]
    fn the_help_text_mentions_every_command_of_the_menus_in_every_language() {
        let (texts, _) = Texts::load(std::path::Path::new("config/texts")).unwrap();
        for language in texts.languages() {
            let strings = texts.get(language);
            let help = format!("{}{}", strings.help, strings.help_archive);
            for command in Command::menu(true, true)
                .into_iter()
                .chain(Command::menu(false, true))
            {
                let mentioned = help.contains(&format!("/{}", command.name()));
                let itself = matches!(command, Command::Start(_) | Command::Help);
                assert!(mentioned || itself, "{language}: {}", command.name());
                assert!(!command.describe(strings).is_empty());
            }
        }
    }
}
