//! A new message, sent through teloxide's client (its token, API URL and error handling) but
//! read back only as far as the bot needs: nothing. Telegram answers `sendMessage` with the
//! whole message it posted (text, entities, buttons, chat, author), and turning that into a
//! teloxide `Message` cost about a tenth of the bot's CPU time per answer in a burst. No
//! handler reads the message that comes back, so its body is skipped.
//!
//! Errors are read exactly as for any other request (`retry_after`, API errors), since only
//! the successful answer's `result` is read as [`IgnoredAny`].

use serde::de::IgnoredAny;
use serde::Serialize;
use teloxide::payloads::SendMessage;
use teloxide::requests::{JsonRequest, Payload};
use teloxide::types::{
    ChatId, InlineKeyboardMarkup, LinkPreviewOptions, MessageId, ParseMode, ReplyParameters,
    ThreadId,
};
use teloxide::Bot;

use super::delivery::{Method, Repeat};
use super::pacing::{chat_lane, Lane, Paced};

/// `sendMessage` with the answer's message skipped. Serialized exactly as teloxide's own
/// payload.
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct Post(SendMessage);

impl Payload for Post {
    type Output = IgnoredAny;
    const NAME: &'static str = <SendMessage as Payload>::NAME;
}

impl Method for Post {
    const METHOD: &'static str = "sendMessage";
    const REPEAT: Repeat = Repeat::PostsTwice;
}

impl Paced for JsonRequest<Post> {
    fn lane(&self) -> Lane {
        use teloxide::requests::HasPayload;
        chat_lane(&self.payload_ref().0.chat_id)
    }
}

/// The request posting `html` (Telegram HTML, link previews off) to `chat`, as a reply to
/// `reply_to` and in the forum topic `thread` if any, with `keyboard` under it if any.
pub fn post(
    client: &Bot,
    (chat, reply_to, thread): (ChatId, Option<MessageId>, Option<ThreadId>),
    html: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> JsonRequest<Post> {
    let mut payload = SendMessage::new(chat, html);
    payload.parse_mode = Some(ParseMode::Html);
    payload.link_preview_options = Some(no_preview());
    payload.reply_parameters =
        reply_to.map(|reply_to| ReplyParameters::new(reply_to).allow_sending_without_reply());
    payload.message_thread_id = thread;
    payload.reply_markup = keyboard.map(Into::into);
    JsonRequest::new(client.clone(), Post(payload))
}

/// Link previews are off: a quote's source link would push the quote itself out of view.
pub fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

#[cfg(test)]
mod tests {
    use teloxide::types::InlineKeyboardButton;

    use super::*;

    #[test]
    fn a_post_is_serialized_as_teloxide_sends_a_message() {
        let bot = Bot::new("1:token");
        let target = (ChatId(-42), Some(MessageId(7)), None);
        let keyboard = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("a", "b")]]);
        let ours = post(&bot, target, "<b>hi</b>".into(), Some(keyboard.clone()));
        let theirs = {
            use teloxide::payloads::SendMessageSetters;
            use teloxide::prelude::Requester;
            bot.send_message(ChatId(-42), "<b>hi</b>")
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview())
                .reply_parameters(ReplyParameters::new(MessageId(7)).allow_sending_without_reply())
                .reply_markup(keyboard)
        };
        use teloxide::requests::HasPayload;
        assert_eq!(
            serde_json::to_value(ours.payload_ref()).unwrap(),
            serde_json::to_value(theirs.payload_ref()).unwrap()
        );
        assert_eq!(ours.lane(), Lane::Chat(-42));
    }
}
