//! What every handler shares: where a reply goes, in which language, and how it is sent.

use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardMarkup, MessageId, ThreadId, User};

use super::delivery::TgBot;
pub(super) use super::posting::no_preview;
use super::state::AppState;
use crate::texts::Strings;

/// Handler results; errors are logged by the caller, never shown to users.
pub type HandlerResult = anyhow::Result<()>;

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
    ) -> HandlerResult {
        let target = self.target;
        self.bot
            .call(|client| {
                let to = (target.chat, target.reply_to, target.thread);
                super::posting::post(client, to, html, keyboard)
            })
            .await?;
        Ok(())
    }

    /// Sends `html` alone.
    pub(super) async fn text(&self, html: impl Into<String>) -> HandlerResult {
        self.send(html.into(), None).await
    }
}

/// The language to answer `user` in.
pub(super) fn language<'a>(state: &'a AppState, user: Option<&User>) -> &'a str {
    state
        .texts
        .language_for(user.and_then(|u| u.language_code.as_deref()))
}

/// Answers a button press, with `notice` shown to the user if any.
pub(super) async fn answer_press(
    bot: &TgBot,
    query: &CallbackQuery,
    notice: Option<&str>,
) -> HandlerResult {
    bot.call(|client| {
        let request = client.answer_callback_query(query.id.clone());
        match notice {
            Some(text) => request.text(text),
            None => request,
        }
    })
    .await?;
    Ok(())
}
