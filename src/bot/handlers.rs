//! What the bot does with each update: the dptree schema, and what every handler shares (where
//! a reply goes, in which language, how it is sent). The handlers live in one file per thing
//! users do: [`super::questions`], [`super::commands`], [`super::buttons`], [`super::inline`],
//! [`super::admin`] and [`super::browse`]. The HTML of every reply is built in
//! [`crate::render`]; handlers only decide what to send where.

use std::sync::Arc;

use teloxide::dispatching::{HandlerExt, UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::{
    ChatId, InlineKeyboardMarkup, LinkPreviewOptions, MessageId, ParseMode, ReplyParameters,
    ThreadId, User,
};

use super::admin::{self, AdminCommand};
use super::commands::{self, Command};
use super::delivery::TgBot;
use super::state::AppState;
use super::{buttons, inline, questions};
use crate::texts::Strings;

/// Handler results; errors are logged by the caller, never shown to users.
pub type HandlerResult = anyhow::Result<()>;

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

/// Where and how to reply to a message: in its chat, as a reply, in its forum topic.
#[derive(Debug, Clone, Copy)]
pub(super) struct ReplyTarget {
    pub(super) chat: ChatId,
    pub(super) reply_to: Option<MessageId>,
    pub(super) thread: Option<ThreadId>,
}

impl ReplyTarget {
    /// Answering `message`: quoted in groups (several people talk there), not in private.
    pub(super) fn to_message(message: &Message) -> ReplyTarget {
        let in_group = !message.chat.is_private();
        ReplyTarget {
            reply_to: in_group.then_some(message.id),
            ..ReplyTarget::below(message)
        }
    }

    /// Below `message` (a button's): always as a reply, so the answer is tied to the button.
    pub(super) fn below(message: &Message) -> ReplyTarget {
        ReplyTarget {
            chat: message.chat.id,
            reply_to: Some(message.id),
            thread: message.thread_id.filter(|_| message.is_topic_message),
        }
    }
}

/// What a reply needs: the client, where it goes, the snapshot it is made with and the
/// reader's language.
#[derive(Clone, Copy)]
pub(super) struct Reply<'a> {
    pub(super) bot: &'a TgBot,
    pub(super) target: ReplyTarget,
    pub(super) state: &'a AppState,
    pub(super) language: &'a str,
}

impl<'a> Reply<'a> {
    /// A reply to `message`, in its author's language.
    pub(super) fn to_message(bot: &'a TgBot, state: &'a AppState, message: &Message) -> Reply<'a> {
        Reply {
            bot,
            target: ReplyTarget::to_message(message),
            state,
            language: language(state, message.from.as_ref()),
        }
    }

    /// The interface texts in the reader's language.
    pub(super) fn texts(&self) -> &'a Strings {
        self.state.texts.get(self.language)
    }

    /// Sends `html`, with `keyboard` under it if any.
    pub(super) async fn send(
        &self,
        html: String,
        keyboard: Option<InlineKeyboardMarkup>,
    ) -> anyhow::Result<Message> {
        let target = self.target;
        let message = self
            .bot
            .call(|client| {
                let mut request = client
                    .send_message(target.chat, html.clone())
                    .parse_mode(ParseMode::Html)
                    .link_preview_options(no_preview());
                if let Some(reply_to) = target.reply_to {
                    let reply = ReplyParameters::new(reply_to).allow_sending_without_reply();
                    request = request.reply_parameters(reply);
                }
                if let Some(thread) = target.thread {
                    request = request.message_thread_id(thread);
                }
                if let Some(keyboard) = &keyboard {
                    request = request.reply_markup(keyboard.clone());
                }
                request
            })
            .await?;
        Ok(message)
    }

    /// Sends `html` alone.
    pub(super) async fn text(&self, html: impl Into<String>) -> HandlerResult {
        self.send(html.into(), None).await.map(drop)
    }
}

/// Link previews are off: a quote's source link would push the quote itself out of view.
pub(super) fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

/// The language to answer `user` in.
pub(super) fn language<'a>(state: &'a AppState, user: Option<&User>) -> &'a str {
    state
        .texts
        .language_for(user.and_then(|u| u.language_code.as_deref()))
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
