//! Builders for Telegram `Update` JSON, shaped like what the Bot API really sends.
//!
//! Every builder returns the update *without* `update_id`: the fake assigns it in
//! [`FakeTelegram::push_update`](super::fake_telegram::FakeTelegram::push_update), the way
//! Telegram numbers updates itself. Builders take only what varies between tests; everything
//! else (names, dates, file ids) is filled with plausible constants so that teloxide
//! deserializes each update into the intended variant instead of silently falling back to
//! `MessageKind::Empty` or `UpdateKind::Error`.
//!
//! Conventions, matching real Telegram ids:
//! - a positive chat id is a private chat (normally equal to the user id),
//! - a chat id at or below `-1_000_000_000_000` is a supergroup, any other negative id a basic
//!   group,
//! - message ids come from one process-wide counter shared with the fake, so ids never collide
//!   and always increase within a chat, whoever (user or bot) wrote the message.

#![allow(dead_code)]

use std::ops::Range;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

/// Chat ids at or below this are supergroups (Telegram's `-100…` ids).
const SUPERGROUP_ID_CEILING: i64 = -1_000_000_000_000;

/// Longest command name Telegram recognises as a `bot_command` entity.
const MAX_COMMAND_LEN: usize = 32;

/// Shortest and longest username Telegram turns into a `mention` entity.
const MENTION_LEN: std::ops::RangeInclusive<usize> = 3..=32;

static NEXT_MESSAGE_ID: AtomicI64 = AtomicI64::new(1);

/// Returns a fresh message id. Shared with the fake so that the ids of user messages and bot
/// messages interleave without collisions, as they do in a real chat.
pub fn next_message_id() -> i64 {
    NEXT_MESSAGE_ID.fetch_add(1, Ordering::SeqCst)
}

/// Returns a fresh message id strictly greater than `floor` (used by the fake when a test
/// pushed updates with hand-picked ids).
pub fn next_message_id_above(floor: i64) -> i64 {
    NEXT_MESSAGE_ID.fetch_max(floor.saturating_add(1), Ordering::SeqCst);
    next_message_id()
}

/// Current Unix time in seconds, the unit of every `date` field.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Length of `s` in UTF-16 code units, the unit of Telegram's entity offsets and text limits.
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// A `MessageEntity` of type `kind` covering `text[bytes]`, with offset and length converted
/// to UTF-16 code units as Telegram does (an emoji before the entity shifts it by 2, not 4).
///
/// # Panics
/// If `bytes` is out of range or not on character boundaries.
pub fn entity(kind: &str, text: &str, bytes: Range<usize>) -> Value {
    json!({
        "type": kind,
        "offset": utf16_len(&text[..bytes.start]),
        "length": utf16_len(&text[bytes]),
    })
}

/// A `MessageEntity` of type `kind` covering the first occurrence of `needle` in `text`.
///
/// # Panics
/// If `needle` does not occur in `text`.
pub fn entity_at(kind: &str, text: &str, needle: &str) -> Value {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} does not occur in {text:?}"));
    entity(kind, text, start..start + needle.len())
}

/// Finds `bot_command` and `mention` entities the way Telegram's clients see them: a `/name`
/// (optionally `/name@bot`) at the start of the text or after whitespace, and an `@username`
/// not glued to a preceding word character (so e-mail addresses are not mentions).
pub fn detect_entities(text: &str) -> Vec<Value> {
    let mut entities = Vec::new();
    let mut pos = 0;
    while let Some(ch) = text[pos..].chars().next() {
        let previous = text[..pos].chars().next_back();
        let found = match ch {
            '/' if previous.is_none_or(char::is_whitespace) => {
                command_end(text, pos).map(|end| (entity("bot_command", text, pos..end), end))
            }
            '@' if !previous.is_some_and(is_word_char) => {
                let end = word_end(text, pos + 1);
                MENTION_LEN
                    .contains(&(end - pos - 1))
                    .then(|| (entity("mention", text, pos..end), end))
            }
            _ => None,
        };
        match found {
            Some((found_entity, end)) => {
                entities.push(found_entity);
                pos = end;
            }
            None => pos += ch.len_utf8(),
        }
    }
    entities
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Byte index just past the run of word characters starting at `start`.
fn word_end(text: &str, start: usize) -> usize {
    text[start..]
        .find(|c: char| !is_word_char(c))
        .map_or(text.len(), |len| start + len)
}

/// End of a `/command` or `/command@bot` starting at `slash`, if there is a valid command.
fn command_end(text: &str, slash: usize) -> Option<usize> {
    let name_end = word_end(text, slash + 1);
    let name_len = name_end - slash - 1;
    if name_len == 0 || name_len > MAX_COMMAND_LEN {
        return None;
    }
    if text[name_end..].starts_with('@') {
        let bot_end = word_end(text, name_end + 1);
        if bot_end > name_end + 1 {
            return Some(bot_end);
        }
    }
    Some(name_end)
}

/// A human `User` object with a deterministic name and username derived from the id.
pub fn user(user_id: i64, language_code: Option<&str>) -> Value {
    let mut user = json!({
        "id": user_id,
        "is_bot": false,
        "first_name": format!("User {user_id}"),
        "username": format!("user{user_id}"),
    });
    if let Some(code) = language_code {
        user["language_code"] = json!(code);
    }
    user
}

/// The `Chat` object for `chat_id`, its type derived from the id like on Telegram.
pub fn chat_for(chat_id: i64) -> Value {
    if chat_id > 0 {
        json!({
            "id": chat_id,
            "type": "private",
            "first_name": format!("User {chat_id}"),
            "username": format!("user{chat_id}"),
        })
    } else {
        let kind = if chat_id <= SUPERGROUP_ID_CEILING {
            "supergroup"
        } else {
            "group"
        };
        json!({ "id": chat_id, "type": kind, "title": format!("Group {chat_id}") })
    }
}

/// A user message in `chat`, before it is wrapped into an update.
fn message(chat: Value, from: Value, content: Value) -> Value {
    let mut message = json!({
        "message_id": next_message_id(),
        "from": from,
        "chat": chat,
        "date": unix_now(),
    });
    merge(&mut message, content);
    message
}

/// `{"text": …, "entities": […]}`, leaving `entities` out when empty as Telegram does.
fn text_content(text: &str, entities: Vec<Value>) -> Value {
    let mut content = json!({ "text": text });
    if !entities.is_empty() {
        content["entities"] = Value::Array(entities);
    }
    content
}

/// Copies the fields of the object `extra` into the object `target`.
fn merge(target: &mut Value, extra: Value) {
    if let (Some(target), Value::Object(extra)) = (target.as_object_mut(), extra) {
        target.extend(extra);
    }
}

/// A text message in a private chat. Commands and mentions get their entities automatically,
/// because Telegram always attaches them.
pub fn private_text(chat_id: i64, user_id: i64, language_code: Option<&str>, text: &str) -> Value {
    let message = message(
        chat_for(chat_id),
        user(user_id, language_code),
        text_content(text, detect_entities(text)),
    );
    json!({ "message": message })
}

/// A text message in a group or supergroup with exactly the `entities` given (none when
/// `None`), for tests that need unusual or deliberately wrong entities.
pub fn group_text(chat_id: i64, user_id: i64, text: &str, entities: Option<Vec<Value>>) -> Value {
    let content = text_content(text, entities.unwrap_or_default());
    json!({ "message": message(chat_for(chat_id), user(user_id, None), content) })
}

/// A group or supergroup text message whose `bot_command`/`mention` entities are detected
/// like Telegram does (see [`detect_entities`]).
pub fn group_text_auto(chat_id: i64, user_id: i64, text: &str) -> Value {
    group_text(chat_id, user_id, text, Some(detect_entities(text)))
}

/// A user's reply to `bot_message` (a `Message` object as the fake returned it from
/// `sendMessage`). The reply lands in the same chat, and in the same forum topic if any.
pub fn reply_to(user_id: i64, text: &str, bot_message: &Value) -> Value {
    let mut replied = bot_message.clone();
    if let Some(fields) = replied.as_object_mut() {
        // Telegram never nests replies more than one level deep.
        fields.remove("reply_to_message");
    }
    let mut message = message(
        bot_message["chat"].clone(),
        user(user_id, None),
        text_content(text, detect_entities(text)),
    );
    if let Some(thread) = bot_message.get("message_thread_id") {
        message["message_thread_id"] = thread.clone();
        message["is_topic_message"] = json!(true);
    }
    message["reply_to_message"] = replied;
    json!({ "message": message })
}

/// A text message inside a forum topic of a forum supergroup. Like on Telegram, a message
/// that replies to nothing else carries the topic's creation service message as
/// `reply_to_message`, which is the classic trap for "is this a reply?" checks.
pub fn forum_topic_text(chat_id: i64, user_id: i64, thread_id: i64, text: &str) -> Value {
    let chat = json!({
        "id": chat_id,
        "type": "supergroup",
        "title": format!("Forum {chat_id}"),
        "is_forum": true,
    });
    let topic_created = json!({
        "message_id": thread_id,
        "from": user(user_id, None),
        "chat": chat.clone(),
        "date": unix_now(),
        "message_thread_id": thread_id,
        "is_topic_message": true,
        "forum_topic_created": { "name": format!("Topic {thread_id}"), "icon_color": 7_322_096 },
    });
    let mut message = message(
        chat,
        user(user_id, None),
        text_content(text, detect_entities(text)),
    );
    message["message_thread_id"] = json!(thread_id);
    message["is_topic_message"] = json!(true);
    message["reply_to_message"] = topic_created;
    json!({ "message": message })
}

/// An `edited_message` update: the user changed message `message_id` to `text`.
pub fn edited_text(chat_id: i64, user_id: i64, message_id: i64, text: &str) -> Value {
    let mut message = message(
        chat_for(chat_id),
        user(user_id, None),
        text_content(text, detect_entities(text)),
    );
    message["message_id"] = json!(message_id);
    message["edit_date"] = json!(unix_now());
    json!({ "edited_message": message })
}

/// A regular static sticker message.
pub fn sticker(chat_id: i64, user_id: i64, emoji: &str) -> Value {
    let n = next_message_id();
    let content = json!({
        "sticker": {
            "file_id": format!("sticker-file-{n}"),
            "file_unique_id": format!("sticker-unique-{n}"),
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": false,
            "is_video": false,
            "emoji": emoji,
            "file_size": 20_480,
        }
    });
    json!({ "message": message(chat_for(chat_id), user(user_id, None), content) })
}

/// A photo message (two sizes, as Telegram sends), optionally with a caption.
pub fn photo(chat_id: i64, user_id: i64, caption: Option<&str>) -> Value {
    let n = next_message_id();
    let size = |label: &str, side: u32, bytes: u32| {
        json!({
            "file_id": format!("photo-{label}-{n}"),
            "file_unique_id": format!("photo-unique-{label}-{n}"),
            "width": side,
            "height": side,
            "file_size": bytes,
        })
    };
    let mut content = json!({ "photo": [size("s", 90, 1_200), size("m", 800, 64_000)] });
    if let Some(caption) = caption {
        content["caption"] = json!(caption);
    }
    json!({ "message": message(chat_for(chat_id), user(user_id, None), content) })
}

/// A `channel_post`: no `from`, the channel itself as `sender_chat`.
pub fn channel_post(chat_id: i64, text: &str) -> Value {
    let chat = json!({ "id": chat_id, "type": "channel", "title": format!("Channel {chat_id}") });
    let mut post = json!({
        "message_id": next_message_id(),
        "sender_chat": chat.clone(),
        "chat": chat,
        "date": unix_now(),
    });
    merge(&mut post, text_content(text, detect_entities(text)));
    json!({ "channel_post": post })
}

/// A button press: `callback_query` `id` from `user_id` on `message` (the bot message that
/// carries the inline keyboard, as returned by the fake) with the button's `data`.
pub fn callback_query(id: &str, user_id: i64, message: &Value, data: &str) -> Value {
    json!({
        "callback_query": {
            "id": id,
            "from": user(user_id, None),
            "message": message,
            "chat_instance": format!("instance-{}", message["chat"]["id"]),
            "data": data,
        }
    })
}

/// An inline query typed by `user_id` in their own chat with the bot (`chat_type` "sender").
pub fn inline_query(id: &str, user_id: i64, query: &str, offset: &str) -> Value {
    json!({
        "inline_query": {
            "id": id,
            "from": user(user_id, Some("en")),
            "query": query,
            "offset": offset,
            "chat_type": "sender",
        }
    })
}

/// The `Message` inside a message-like update built here.
///
/// # Panics
/// If `update` carries no message.
pub fn message_of(update: &Value) -> &Value {
    [
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
    ]
    .iter()
    .find_map(|key| update.get(*key))
    .unwrap_or_else(|| panic!("update has no message: {update}"))
}

/// The `message_id` of the message inside `update`.
pub fn message_id_of(update: &Value) -> i64 {
    message_of(update)["message_id"]
        .as_i64()
        .expect("message_id is an integer")
}
