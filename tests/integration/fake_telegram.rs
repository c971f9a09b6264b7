//! Self-test of the fake Telegram Bot API server in `tests/support`.
//!
//! Every strictness rule of the fake has a test here that fails when the rule is removed, so
//! the bot's black-box tests can trust a green run: what the fake accepts, Telegram accepts.
//! Most tests speak HTTP with reqwest; the teloxide tests prove that teloxide deserializes
//! the fake's answers and the update builders into the intended types.

use crate::support;

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::fake_telegram::{FakeConfig, FakeTelegram, Fault};
use support::updates;
use teloxide::prelude::*;
use teloxide::types::{
    ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResult,
    InlineQueryResultArticle, InputMessageContent, InputMessageContentText,
    MaybeInaccessibleMessage, MessageEntityKind, MessageId, MessageKind, ParseMode,
    ReplyParameters, ThreadId, UpdateKind,
};
use teloxide::{ApiError, RequestError};

/// Upper bound for anything that should happen "at once".
const WAIT: Duration = Duration::from_secs(2);
const QUERY_TOO_OLD: &str =
    "Bad Request: query is too old and response timeout expired or query ID is invalid";

// --- helpers ---------------------------------------------------------------------------------

async fn post_json(url: &str, body: &Value) -> (u16, Value) {
    let response = reqwest::Client::new()
        .post(url)
        .json(body)
        .send()
        .await
        .expect("the fake answers");
    let status = response.status().as_u16();
    (status, response.json().await.expect("a JSON answer"))
}

async fn api(fake: &FakeTelegram, method: &str, body: Value) -> (u16, Value) {
    post_json(&fake.method_url(method), &body).await
}

/// Calls `method` and returns `result`, failing the test on an error answer.
async fn ok(fake: &FakeTelegram, method: &str, body: Value) -> Value {
    let (status, answer) = api(fake, method, body).await;
    assert_eq!(status, 200, "{method} failed: {answer}");
    assert_eq!(answer["ok"], true);
    answer["result"].clone()
}

/// Calls `method`, expects an error answer and returns its status and description.
async fn fails(fake: &FakeTelegram, method: &str, body: Value) -> (u16, String) {
    let (status, answer) = api(fake, method, body).await;
    assert_ne!(status, 200, "{method} unexpectedly succeeded: {answer}");
    assert_eq!(answer["ok"], false);
    assert_eq!(answer["error_code"], status);
    let description = answer["description"].as_str().expect("a description");
    (status, description.to_owned())
}

/// Calls `method`, expects a 400 and returns the description.
async fn bad_request(fake: &FakeTelegram, method: &str, body: Value) -> String {
    let (status, description) = fails(fake, method, body).await;
    assert_eq!(status, 400, "{description}");
    description
}

/// Makes private chat `id` known to the fake, returning the user's message.
fn open_private_chat(fake: &FakeTelegram, id: i64) -> Value {
    let update = updates::private_text(id, id, Some("en"), "hello");
    fake.push_update(update.clone());
    updates::message_of(&update).clone()
}

fn update_ids(result: &Value) -> Vec<i64> {
    result
        .as_array()
        .expect("an array of updates")
        .iter()
        .map(|update| update["update_id"].as_i64().expect("update_id"))
        .collect()
}

fn callback_keyboard(data: &str) -> Value {
    json!({ "inline_keyboard": [[{ "text": "More", "callback_data": data }]] })
}

fn article(id: &str, title: &str, text: &str) -> Value {
    json!({
        "type": "article",
        "id": id,
        "title": title,
        "input_message_content": { "message_text": text, "parse_mode": "HTML" },
    })
}

fn teloxide_bot(fake: &FakeTelegram) -> Bot {
    Bot::new(fake.token()).set_api_url(reqwest::Url::parse(&fake.api_url()).expect("a URL"))
}

// --- routing ---------------------------------------------------------------------------------

#[tokio::test]
async fn wrong_token_is_unauthorized() {
    let fake = FakeTelegram::start().await;
    let url = format!("{}/bot999:WRONG-token/getMe", fake.api_url());
    let (status, answer) = post_json(&url, &json!({})).await;
    assert_eq!(status, 401);
    assert_eq!(
        answer,
        json!({ "ok": false, "error_code": 401, "description": "Unauthorized" })
    );
}

#[tokio::test]
async fn unknown_methods_and_paths_are_not_found() {
    let fake = FakeTelegram::start().await;
    let (status, description) = fails(&fake, "sendPigeon", json!({})).await;
    assert_eq!((status, description.as_str()), (404, "Not Found"));
    let (status, _) = post_json(&format!("{}/getMe", fake.api_url()), &json!({})).await;
    assert_eq!(status, 404);
    assert_eq!(fake.rejected().len(), 2);
}

#[tokio::test]
async fn method_names_are_case_insensitive_and_recorded_canonically() {
    let fake = FakeTelegram::start().await;
    let me = ok(&fake, "GetMe", json!({})).await;
    assert_eq!(me["username"], fake.bot_username());
    assert_eq!(me["id"], fake.bot_id());
    ok(&fake, "getme", json!({})).await;
    // A doubled slash, as a base URL with a trailing slash produces, still routes.
    let url = format!("{}//bot{}/getMe", fake.api_url(), fake.token());
    assert_eq!(post_json(&url, &json!({})).await.0, 200);
    let methods: Vec<String> = fake.calls().into_iter().map(|call| call.method).collect();
    assert_eq!(methods, ["getMe", "getMe", "getMe"]);
}

// --- getUpdates ------------------------------------------------------------------------------

#[tokio::test]
async fn get_updates_confirms_below_offset_and_respects_limit() {
    let fake = FakeTelegram::start().await;
    let ids: Vec<i64> = (0..3)
        .map(|i| fake.push_update(updates::private_text(7, 7, None, &format!("m{i}"))))
        .collect();
    let first = ok(&fake, "getUpdates", json!({ "limit": 2 })).await;
    assert_eq!(update_ids(&first), ids[..2]);
    // Nothing is confirmed yet, so the same updates come again.
    let again = ok(&fake, "getUpdates", json!({})).await;
    assert_eq!(update_ids(&again), ids);
    let rest = ok(&fake, "getUpdates", json!({ "offset": ids[1] })).await;
    assert_eq!(update_ids(&rest), ids[1..]);
    let none = ok(&fake, "getUpdates", json!({ "offset": ids[2] + 1 })).await;
    assert!(update_ids(&none).is_empty());
    assert_eq!(fake.confirmed_offset(), ids[2] + 1);
    assert_eq!(fake.pending_update_count(), 0);
}

#[tokio::test]
async fn negative_offset_keeps_only_the_newest_updates() {
    let fake = FakeTelegram::start().await;
    let ids: Vec<i64> = (0..3)
        .map(|_| fake.push_update(updates::private_text(7, 7, None, "x")))
        .collect();
    let last = ok(&fake, "getUpdates", json!({ "offset": -1 })).await;
    assert_eq!(update_ids(&last), [ids[2]]);
    assert_eq!(fake.confirmed_offset(), ids[2]);
}

#[tokio::test]
async fn long_poll_waits_until_an_update_arrives() {
    let fake = FakeTelegram::start().await;
    let url = fake.method_url("getUpdates");
    let started = Instant::now();
    let poll = tokio::spawn(async move { post_json(&url, &json!({ "timeout": 5 })).await });
    assert!(
        fake.wait_until(WAIT, |f| f.calls_to("getUpdates").len() == 1)
            .await
    );
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(
        !poll.is_finished(),
        "the poll must wait while nothing is pending"
    );
    let id = fake.push_update(updates::private_text(7, 7, None, "wake up"));
    let (status, answer) = poll.await.expect("poll task");
    assert_eq!(status, 200);
    assert_eq!(update_ids(&answer["result"]), [id]);
    assert!(started.elapsed() < WAIT);
}

#[tokio::test]
async fn long_poll_wait_is_capped() {
    let config = FakeConfig {
        long_poll_cap: Duration::from_millis(300),
        ..FakeConfig::default()
    };
    let fake = FakeTelegram::start_with(config).await;
    let started = Instant::now();
    let result = ok(&fake, "getUpdates", json!({ "timeout": 50 })).await;
    let waited = started.elapsed();
    assert_eq!(result, json!([]));
    assert!(
        waited >= Duration::from_millis(250),
        "answered too early: {waited:?}"
    );
    assert!(waited < WAIT, "the cap was ignored: {waited:?}");
}

#[tokio::test]
async fn allowed_updates_are_remembered_and_filter_delivery() {
    let fake = FakeTelegram::start().await;
    // By default, opt-in update types such as reactions are not delivered.
    fake.push_update(json!({ "message_reaction": { "chat": { "id": 7, "type": "private" } } }));
    assert_eq!(ok(&fake, "getUpdates", json!({})).await, json!([]));

    ok(
        &fake,
        "getUpdates",
        json!({ "allowed_updates": ["callback_query"] }),
    )
    .await;
    let bot_message = json!({ "message_id": 1, "chat": updates::chat_for(7), "date": 0 });
    fake.push_update(updates::private_text(7, 7, None, "filtered out"));
    let wanted = fake.push_update(updates::callback_query("cb", 7, &bot_message, "d"));
    // The filter applies without repeating `allowed_updates`.
    let delivered = ok(&fake, "getUpdates", json!({})).await;
    assert_eq!(update_ids(&delivered), [wanted]);
}

#[tokio::test]
async fn a_second_poller_terminates_the_first_with_a_conflict() {
    let fake = FakeTelegram::start().await;
    let url = fake.method_url("getUpdates");
    let first = tokio::spawn(async move { post_json(&url, &json!({ "timeout": 5 })).await });
    assert!(
        fake.wait_until(WAIT, |f| f.calls_to("getUpdates").len() == 1)
            .await
    );
    ok(&fake, "getUpdates", json!({ "timeout": 0 })).await;
    let (status, answer) = tokio::time::timeout(WAIT, first)
        .await
        .expect("in time")
        .expect("task");
    assert_eq!(status, 409);
    let description = answer["description"].as_str().unwrap_or_default();
    assert!(description.starts_with("Conflict: terminated by other getUpdates request"));
}

#[tokio::test]
async fn webhook_blocks_get_updates_and_must_be_https() {
    let fake = FakeTelegram::start().await;
    let plain_http = bad_request(
        &fake,
        "setWebhook",
        json!({ "url": "http://example.com/hook" }),
    )
    .await;
    assert!(
        plain_http.contains("HTTPS url must be provided"),
        "{plain_http}"
    );
    let body = json!({ "url": "https://example.com/hook", "secret_token": "s3cret_-" });
    ok(&fake, "setWebhook", body).await;
    let hook = fake.webhook().expect("webhook recorded");
    assert_eq!(hook.url, "https://example.com/hook");
    assert_eq!(hook.secret_token.as_deref(), Some("s3cret_-"));
    assert_eq!(
        ok(&fake, "getWebhookInfo", json!({})).await["url"],
        "https://example.com/hook"
    );

    let (status, description) = fails(&fake, "getUpdates", json!({})).await;
    assert_eq!(status, 409);
    assert!(description.contains("webhook is active"), "{description}");

    ok(&fake, "deleteWebhook", json!({})).await;
    assert!(fake.webhook().is_none());
    assert_eq!(ok(&fake, "getWebhookInfo", json!({})).await["url"], "");
    ok(&fake, "getUpdates", json!({})).await;
}

// --- sendMessage -----------------------------------------------------------------------------

#[tokio::test]
async fn messages_go_only_to_chats_the_bot_knows() {
    let fake = FakeTelegram::start().await;
    let unknown = bad_request(
        &fake,
        "sendMessage",
        json!({ "chat_id": 999, "text": "hi" }),
    )
    .await;
    assert_eq!(unknown, "Bad Request: chat not found");
    let missing = bad_request(&fake, "sendMessage", json!({ "text": "hi" })).await;
    assert_eq!(missing, "Bad Request: chat_id is empty");

    // A user met only in a group never started a private chat with the bot.
    fake.push_update(updates::group_text(-100, 77, "hello", None));
    let (status, description) =
        fails(&fake, "sendMessage", json!({ "chat_id": 77, "text": "hi" })).await;
    assert_eq!(status, 403);
    assert_eq!(
        description,
        "Forbidden: bot can't initiate conversation with a user"
    );

    let sent = ok(
        &fake,
        "sendMessage",
        json!({ "chat_id": -100, "text": "hi all" }),
    )
    .await;
    assert_eq!(sent["chat"]["type"], "group");
    assert_eq!(sent["chat"]["title"], "Group -100");
}

#[tokio::test]
async fn sent_message_is_a_complete_message_object() {
    let fake = FakeTelegram::start().await;
    let question = open_private_chat(&fake, 42);
    let question_id = question["message_id"].as_i64().expect("id");
    let body = json!({
        "chat_id": 42,
        "text": "first",
        "reply_parameters": { "message_id": question_id },
        "reply_markup": callback_keyboard("more:1"),
    });
    let first = ok(&fake, "sendMessage", body).await;
    let second = ok(
        &fake,
        "sendMessage",
        json!({ "chat_id": "42", "text": "second" }),
    )
    .await;

    assert_eq!(first["chat"], question["chat"]);
    assert_eq!(first["from"]["id"], fake.bot_id());
    assert_eq!(first["from"]["is_bot"], true);
    assert_eq!(first["from"]["username"], fake.bot_username());
    assert!(first["date"].as_i64().is_some_and(|date| date > 0));
    assert_eq!(first["text"], "first");
    assert_eq!(first["reply_to_message"]["message_id"], question_id);
    assert_eq!(first["reply_markup"], callback_keyboard("more:1"));
    let first_id = first["message_id"].as_i64().expect("id");
    assert!(first_id > question_id);
    assert!(second["message_id"].as_i64().expect("id") > first_id);

    let stored = fake.sent_messages();
    assert_eq!(fake.sent_count(), stored.len());
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[0].reply_to_message_id, Some(question_id));
    assert_eq!(stored[0].reply_markup, Some(callback_keyboard("more:1")));
    assert_eq!(stored[0].message, first);
}

#[tokio::test]
async fn replies_need_an_existing_target_and_threads_a_known_topic() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 42);
    let missing =
        json!({ "chat_id": 42, "text": "x", "reply_parameters": { "message_id": 999_999_999 } });
    let description = bad_request(&fake, "sendMessage", missing).await;
    assert_eq!(description, "Bad Request: message to be replied not found");
    let tolerant = json!({
        "chat_id": 42,
        "text": "x",
        "reply_parameters": { "message_id": 999_999_999, "allow_sending_without_reply": true },
    });
    assert!(ok(&fake, "sendMessage", tolerant)
        .await
        .get("reply_to_message")
        .is_none());

    let forum = -1_001_234_567_890;
    fake.push_update(updates::forum_topic_text(
        forum,
        5,
        77,
        "question in a topic",
    ));
    let in_topic = json!({ "chat_id": forum, "text": "answer", "message_thread_id": 77 });
    let sent = ok(&fake, "sendMessage", in_topic).await;
    assert_eq!(sent["message_thread_id"], 77);
    assert_eq!(sent["is_topic_message"], true);
    let wrong_topic = json!({ "chat_id": forum, "text": "answer", "message_thread_id": 78 });
    let description = bad_request(&fake, "sendMessage", wrong_topic).await;
    assert_eq!(description, "Bad Request: message thread not found");
}

#[tokio::test]
async fn empty_texts_are_rejected_after_parsing_and_trimming() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 42);
    for (text, parse_mode) in [("", None), ("  \n\t ", None), ("<b> </b>", Some("HTML"))] {
        let body = json!({ "chat_id": 42, "text": text, "parse_mode": parse_mode });
        let description = bad_request(&fake, "sendMessage", body).await;
        assert_eq!(
            description, "Bad Request: message text is empty",
            "{text:?}"
        );
    }
    let description = bad_request(&fake, "sendMessage", json!({ "chat_id": 42 })).await;
    assert_eq!(description, "Bad Request: message text is empty");
}

#[tokio::test]
async fn text_length_is_counted_in_utf16_units_after_parsing() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 42);
    let accepted = [
        ("a".repeat(4096), None),
        ("😀".repeat(2048), None),
        (format!("<b>{}</b>", "a".repeat(4096)), Some("HTML")),
        ("&amp;".repeat(4096), Some("HTML")),
    ];
    for (text, parse_mode) in accepted {
        let body = json!({ "chat_id": 42, "text": text, "parse_mode": parse_mode });
        ok(&fake, "sendMessage", body).await;
    }
    let too_long = [
        ("a".repeat(4097), None),
        ("😀".repeat(2049), None),
        (format!("<b>{}</b>", "a".repeat(4097)), Some("HTML")),
    ];
    for (text, parse_mode) in too_long {
        let body = json!({ "chat_id": 42, "text": text, "parse_mode": parse_mode });
        let description = bad_request(&fake, "sendMessage", body).await;
        assert_eq!(description, "Bad Request: message is too long");
    }
}

#[tokio::test]
async fn invalid_html_cannot_be_parsed() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 42);
    let cases = [
        ("<x>hi</x>", "Unsupported start tag \"x\""),
        ("<br/>", "Unsupported start tag \"br\""),
        (
            "<b>hi",
            "Can't find end tag corresponding to start tag \"b\"",
        ),
        ("<b>hi</i>", "Unmatched end tag"),
        ("<b><i>hi</b></i>", "Unmatched end tag"),
        ("hi</b>", "Unexpected end tag"),
        ("a < b", "Unsupported start tag \"\""),
        ("<b", "Unclosed start tag"),
        ("<b>x</b", "Unclosed end tag"),
        ("fish & chips", "Unsupported HTML entity"),
        ("&nbsp;", "Unsupported HTML entity"),
        ("&lt", "Unsupported HTML entity"),
        ("&#xD800;", "Unsupported HTML entity"),
        (
            "<blockquote>a<blockquote>b</blockquote></blockquote>",
            "Nested blockquote",
        ),
        ("<span>x</span>", "must have class \"tg-spoiler\""),
        (
            "<span class=\"other\">x</span>",
            "must have class \"tg-spoiler\"",
        ),
        ("<a>x</a>", "must have attribute \"href\""),
        ("<tg-emoji>x</tg-emoji>", "emoji-id"),
        ("<a href=\"x>y</a>", "Unclosed start tag"),
        ("<b =x>y</b>", "Empty attribute name"),
        ("<a href>y</a>", "Expected equal sign"),
    ];
    for (html, reason) in cases {
        let body = json!({ "chat_id": 42, "text": html, "parse_mode": "HTML" });
        let description = bad_request(&fake, "sendMessage", body).await;
        assert!(
            description.starts_with("Bad Request: can't parse entities: ")
                && description.contains(reason),
            "{html:?} gave {description:?}"
        );
    }
    // Without parse_mode the same characters are plain text.
    let plain = json!({ "chat_id": 42, "text": "a < b & <x>" });
    assert_eq!(ok(&fake, "sendMessage", plain).await["text"], "a < b & <x>");
    let markdown = json!({ "chat_id": 42, "text": "*x*", "parse_mode": "MarkdownV2" });
    assert!(bad_request(&fake, "sendMessage", markdown)
        .await
        .contains("does not implement"));
}

#[tokio::test]
async fn valid_html_becomes_plain_text_with_utf16_entities() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 42);
    let html = "  <b>Hi</b> &lt;you&gt; &#x1F600;<I>i</I> \
                <a href=\"example.com/?a=1&b=2\">link</a>\n\
                <pre><code class=\"language-rust\">let x;</code></pre>\
                <blockquote expandable>q</blockquote><span class=\"tg-spoiler\">s</span>\
                <tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji>&#33;  ";
    let body = json!({ "chat_id": 42, "text": html, "parse_mode": "HTML" });
    let sent = ok(&fake, "sendMessage", body).await;
    assert_eq!(sent["text"], "Hi <you> 😀i link\nlet x;qs👍!");
    let expected = json!([
        { "type": "bold", "offset": 0, "length": 2 },
        { "type": "italic", "offset": 11, "length": 1 },
        { "type": "text_link", "offset": 13, "length": 4, "url": "http://example.com/?a=1&b=2" },
        { "type": "pre", "offset": 18, "length": 6, "language": "rust" },
        { "type": "expandable_blockquote", "offset": 24, "length": 1 },
        { "type": "spoiler", "offset": 25, "length": 1 },
        { "type": "custom_emoji", "offset": 26, "length": 2, "custom_emoji_id": "5368324170671202286" },
    ]);
    assert_eq!(sent["entities"], expected);
    let stored = &fake.sent_messages()[0];
    assert_eq!(stored.text, html);
    assert_eq!(stored.parse_mode.as_deref(), Some("HTML"));
    assert_eq!(stored.plain_text, "Hi <you> 😀i link\nlet x;qs👍!");
}

#[tokio::test]
async fn inline_keyboards_follow_telegram_rules() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 42);
    let button = |extra: Value| {
        let mut button = json!({ "text": "A" });
        button
            .as_object_mut()
            .expect("object")
            .extend(extra.as_object().expect("object").clone());
        button
    };
    let callback = |data: String| button(json!({ "callback_data": data }));
    let rows_of = |rows: usize, per_row: usize| {
        let row: Vec<Value> = (0..per_row).map(|i| callback(format!("b{i}"))).collect();
        json!({ "inline_keyboard": vec![row; rows] })
    };
    let rejected = [
        (
            json!({ "inline_keyboard": [[{ "text": "A" }]] }),
            "Text buttons are unallowed",
        ),
        (
            json!({ "inline_keyboard": [[button(json!({ "callback_data": "a", "url": "https://example.com" }))]] }),
            "exactly one",
        ),
        (
            json!({ "inline_keyboard": [[{ "text": "", "callback_data": "a" }]] }),
            "BUTTON_TEXT_INVALID",
        ),
        (
            json!({ "inline_keyboard": [[{ "callback_data": "a" }]] }),
            "Field \"text\"",
        ),
        (
            json!({ "inline_keyboard": [[callback("x".repeat(65))]] }),
            "BUTTON_DATA_INVALID",
        ),
        (
            json!({ "inline_keyboard": [[callback("é".repeat(33))]] }),
            "BUTTON_DATA_INVALID",
        ),
        (
            json!({ "inline_keyboard": [[callback(String::new())]] }),
            "BUTTON_DATA_INVALID",
        ),
        (
            json!({ "inline_keyboard": [[button(json!({ "url": "not a url" }))]] }),
            "BUTTON_URL_INVALID",
        ),
        (
            json!({ "inline_keyboard": [[button(json!({ "url": "javascript:alert(1)" }))]] }),
            "BUTTON_URL_INVALID",
        ),
        (rows_of(1, 9), "too many buttons in a row"),
        (rows_of(13, 8), "BUTTONS_TOO_MUCH"),
        (
            json!({ "bogus": true }),
            "can't parse reply keyboard markup",
        ),
    ];
    for (markup, reason) in rejected {
        let body = json!({ "chat_id": 42, "text": "pick", "reply_markup": markup });
        let description = bad_request(&fake, "sendMessage", body).await;
        assert!(
            description.contains(reason),
            "{markup} gave {description:?}"
        );
    }
    let mut full = rows_of(12, 8);
    full["inline_keyboard"]
        .as_array_mut()
        .expect("rows")
        .push(rows_of(1, 4)["inline_keyboard"][0].clone());
    let accepted = [
        json!({ "inline_keyboard": [[callback("é".repeat(32))]] }),
        json!({ "inline_keyboard": [[button(json!({ "url": "https://example.com/x" })), button(json!({ "switch_inline_query_current_chat": "" }))]] }),
        full,
        json!({ "keyboard": [["yes", "no"]], "resize_keyboard": true }),
        json!({ "remove_keyboard": true }),
    ];
    for markup in accepted {
        let body = json!({ "chat_id": 42, "text": "pick", "reply_markup": markup.to_string() });
        ok(&fake, "sendMessage", body).await;
    }
}

// --- edits and deletions ---------------------------------------------------------------------

#[tokio::test]
async fn edit_message_text_checks_target_and_modification() {
    let fake = FakeTelegram::start().await;
    let question = open_private_chat(&fake, 42);
    let keyboard = callback_keyboard("more:1");
    let body = json!({ "chat_id": 42, "text": "<b>v1</b>", "parse_mode": "HTML", "reply_markup": keyboard });
    let sent = ok(&fake, "sendMessage", body).await;
    let id = sent["message_id"].clone();

    let missing = json!({ "chat_id": 42, "message_id": 999_999_999, "text": "x" });
    assert_eq!(
        bad_request(&fake, "editMessageText", missing).await,
        "Bad Request: message to edit not found"
    );
    let foreign = json!({ "chat_id": 42, "message_id": question["message_id"], "text": "x" });
    assert_eq!(
        bad_request(&fake, "editMessageText", foreign).await,
        "Bad Request: message can't be edited"
    );
    let no_id = json!({ "chat_id": 42, "text": "x" });
    assert_eq!(
        bad_request(&fake, "editMessageText", no_id).await,
        "Bad Request: message identifier is not specified"
    );

    // Same rendered text and entities (other tag spelling) and same keyboard: not modified.
    let same = json!({ "chat_id": 42, "message_id": id, "text": "<strong>v1</strong>", "parse_mode": "HTML", "reply_markup": keyboard });
    let description = bad_request(&fake, "editMessageText", same).await;
    assert!(
        description.starts_with("Bad Request: message is not modified"),
        "{description}"
    );

    // Same text without reply_markup removes the keyboard, which is a modification.
    let drop_keyboard =
        json!({ "chat_id": 42, "message_id": id, "text": "<b>v1</b>", "parse_mode": "HTML" });
    let edited = ok(&fake, "editMessageText", drop_keyboard).await;
    assert!(edited.get("reply_markup").is_none());
    assert!(edited["edit_date"].as_i64().is_some());
    assert_eq!(edited["message_id"], id);

    // Losing the bold entity is a modification too.
    let unformatted = json!({ "chat_id": 42, "message_id": id, "text": "v1" });
    let edited = ok(&fake, "editMessageText", unformatted).await;
    assert!(edited.get("entities").is_none());

    let too_long = json!({ "chat_id": 42, "message_id": id, "text": "a".repeat(4097) });
    assert_eq!(
        bad_request(&fake, "editMessageText", too_long).await,
        "Bad Request: MESSAGE_TOO_LONG"
    );

    let stored = &fake.sent_messages()[0];
    assert_eq!((stored.edits, stored.plain_text.as_str()), (2, "v1"));
    assert_eq!(stored.reply_markup, None);
    assert_eq!(&stored.message, &edited);
}

#[tokio::test]
async fn edit_message_reply_markup_needs_a_change() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 42);
    let sent = ok(
        &fake,
        "sendMessage",
        json!({ "chat_id": 42, "text": "pick" }),
    )
    .await;
    let id = sent["message_id"].clone();
    let add = json!({ "chat_id": 42, "message_id": id, "reply_markup": callback_keyboard("a") });
    let edited = ok(&fake, "editMessageReplyMarkup", add.clone()).await;
    assert_eq!(edited["reply_markup"], callback_keyboard("a"));
    let description = bad_request(&fake, "editMessageReplyMarkup", add).await;
    assert!(description.starts_with("Bad Request: message is not modified"));
    let invalid = json!({ "chat_id": 42, "message_id": id, "reply_markup": callback_keyboard(&"x".repeat(65)) });
    assert_eq!(
        bad_request(&fake, "editMessageReplyMarkup", invalid).await,
        "Bad Request: BUTTON_DATA_INVALID"
    );
    let reply_keyboard =
        json!({ "chat_id": 42, "message_id": id, "reply_markup": { "keyboard": [["a"]] } });
    bad_request(&fake, "editMessageReplyMarkup", reply_keyboard).await;
    let removed = ok(
        &fake,
        "editMessageReplyMarkup",
        json!({ "chat_id": 42, "message_id": id }),
    )
    .await;
    assert!(removed.get("reply_markup").is_none());
}

#[tokio::test]
async fn deleted_messages_are_gone() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 42);
    let sent = ok(
        &fake,
        "sendMessage",
        json!({ "chat_id": 42, "text": "oops" }),
    )
    .await;
    let target = json!({ "chat_id": 42, "message_id": sent["message_id"] });
    ok(&fake, "deleteMessage", target.clone()).await;
    assert_eq!(
        bad_request(&fake, "deleteMessage", target.clone()).await,
        "Bad Request: message to delete not found"
    );
    let mut edit = target;
    edit["text"] = json!("fixed");
    assert_eq!(
        bad_request(&fake, "editMessageText", edit).await,
        "Bad Request: message to edit not found"
    );
    assert!(fake.sent_messages()[0].deleted);
}

// --- callback and inline queries -------------------------------------------------------------

#[tokio::test]
async fn callback_queries_are_answered_once_after_delivery() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 5);
    let body = json!({ "chat_id": 5, "text": "pick", "reply_markup": callback_keyboard("a") });
    let sent = ok(&fake, "sendMessage", body).await;
    fake.push_update(updates::callback_query("cb-1", 5, &sent, "a"));
    fake.push_update(updates::callback_query("cb-2", 5, &sent, "a"));

    let early = bad_request(
        &fake,
        "answerCallbackQuery",
        json!({ "callback_query_id": "cb-1" }),
    )
    .await;
    assert_eq!(early, QUERY_TOO_OLD);
    ok(&fake, "getUpdates", json!({})).await;
    assert_eq!(fake.delivered_callback_ids(), ["cb-1", "cb-2"]);

    ok(
        &fake,
        "answerCallbackQuery",
        json!({ "callback_query_id": "cb-1", "text": "done" }),
    )
    .await;
    let twice = bad_request(
        &fake,
        "answerCallbackQuery",
        json!({ "callback_query_id": "cb-1" }),
    )
    .await;
    assert_eq!(twice, QUERY_TOO_OLD);
    let unknown = bad_request(
        &fake,
        "answerCallbackQuery",
        json!({ "callback_query_id": "never" }),
    )
    .await;
    assert_eq!(unknown, QUERY_TOO_OLD);
    let long = json!({ "callback_query_id": "cb-2", "text": "x".repeat(201) });
    assert_eq!(
        bad_request(&fake, "answerCallbackQuery", long).await,
        "Bad Request: MESSAGE_TOO_LONG"
    );
    let longest =
        json!({ "callback_query_id": "cb-2", "text": "x".repeat(200), "show_alert": true });
    ok(&fake, "answerCallbackQuery", longest).await;

    assert_eq!(fake.answered_callback_ids(), ["cb-1", "cb-2"]);
    let answers = fake.callback_answers();
    assert_eq!(answers[0].text.as_deref(), Some("done"));
    assert!(answers[1].show_alert);
}

#[tokio::test]
async fn inline_answers_follow_telegram_rules() {
    let fake = FakeTelegram::start().await;
    fake.push_update(updates::inline_query("iq-1", 5, "salary", ""));
    let valid = |n: usize| -> Vec<Value> {
        (0..n)
            .map(|i| article(&format!("r{i}"), "Title", "<i>quote</i>"))
            .collect()
    };
    let answer =
        |results: Value| json!({ "inline_query_id": "iq-1", "results": results, "cache_time": 5 });

    assert_eq!(
        bad_request(&fake, "answerInlineQuery", answer(json!(valid(1)))).await,
        QUERY_TOO_OLD
    );
    ok(&fake, "getUpdates", json!({})).await;

    let mut titleless = article("r", "", "text");
    titleless["title"] = json!(null);
    let mut bad_button = article("r", "Title", "text");
    bad_button["reply_markup"] = callback_keyboard(&"x".repeat(65));
    let cases = [
        (json!(valid(51)), "Bad Request: RESULTS_TOO_MUCH"),
        (
            json!([article(&"x".repeat(65), "Title", "text")]),
            "Bad Request: RESULT_ID_INVALID",
        ),
        (
            json!([article("", "Title", "text")]),
            "Bad Request: RESULT_ID_INVALID",
        ),
        (
            json!([article("same", "A", "a"), article("same", "B", "b")]),
            "Bad Request: RESULT_ID_DUPLICATE",
        ),
        (json!([titleless]), "Bad Request: RESULT_TITLE_EMPTY"),
        (
            json!([article("r", "Title", "<b>unclosed")]),
            "Bad Request: can't parse entities: ",
        ),
        (
            json!([article("r", "Title", "  ")]),
            "Bad Request: MESSAGE_EMPTY",
        ),
        (
            json!([article("r", "Title", &"a".repeat(4097))]),
            "Bad Request: MESSAGE_TOO_LONG",
        ),
        (json!([bad_button]), "Bad Request: BUTTON_DATA_INVALID"),
    ];
    for (results, expected) in cases {
        let description = bad_request(&fake, "answerInlineQuery", answer(results)).await;
        assert!(
            description.starts_with(expected),
            "{description:?} instead of {expected:?}"
        );
    }
    ok(&fake, "answerInlineQuery", answer(json!(valid(50)))).await;
    assert_eq!(
        bad_request(&fake, "answerInlineQuery", answer(json!([]))).await,
        QUERY_TOO_OLD
    );

    let answers = fake.inline_answers();
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].results.len(), 50);
    assert_eq!(answers[0].cache_time, Some(5));
}

// --- commands and chat actions ---------------------------------------------------------------

#[tokio::test]
async fn bot_commands_are_validated_and_stored_per_scope_and_language() {
    let fake = FakeTelegram::start().await;
    let commands = json!([{ "command": "ask", "description": "Ask a question" }]);
    ok(
        &fake,
        "setMyCommands",
        json!({ "commands": commands, "language_code": "en" }),
    )
    .await;
    assert_eq!(
        ok(&fake, "getMyCommands", json!({ "language_code": "en" })).await,
        commands
    );
    assert_eq!(ok(&fake, "getMyCommands", json!({})).await, json!([]));
    assert_eq!(
        fake.my_commands(&json!({ "type": "default" }), "en"),
        commands.as_array().cloned()
    );

    let uppercase = json!({ "commands": [{ "command": "Ask", "description": "x" }] });
    assert_eq!(
        bad_request(&fake, "setMyCommands", uppercase).await,
        "Bad Request: BOT_COMMAND_INVALID"
    );
    let undescribed = json!({ "commands": [{ "command": "ask", "description": "" }] });
    bad_request(&fake, "setMyCommands", undescribed).await;

    ok(&fake, "deleteMyCommands", json!({ "language_code": "en" })).await;
    assert_eq!(fake.my_commands(&json!({ "type": "default" }), "en"), None);
}

#[tokio::test]
async fn chat_actions_must_be_known() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 42);
    ok(
        &fake,
        "sendChatAction",
        json!({ "chat_id": 42, "action": "typing" }),
    )
    .await;
    let description = bad_request(
        &fake,
        "sendChatAction",
        json!({ "chat_id": 42, "action": "thinking" }),
    )
    .await;
    assert_eq!(
        description,
        "Bad Request: wrong parameter action in request"
    );
    assert_eq!(
        bad_request(
            &fake,
            "sendChatAction",
            json!({ "chat_id": 1, "action": "typing" })
        )
        .await,
        "Bad Request: chat not found"
    );
}

// --- fault injection -------------------------------------------------------------------------

#[tokio::test]
async fn injected_429_hits_only_the_chosen_method_n_times() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 42);
    fake.fail_next(
        Some("sendMessage"),
        2,
        Fault::TooManyRequests {
            retry_after_secs: 7,
        },
    );
    ok(&fake, "getMe", json!({})).await;
    for _ in 0..2 {
        let (status, answer) =
            api(&fake, "sendMessage", json!({ "chat_id": 42, "text": "x" })).await;
        assert_eq!(status, 429);
        assert_eq!(answer["description"], "Too Many Requests: retry after 7");
        assert_eq!(answer["parameters"]["retry_after"], 7);
    }
    ok(&fake, "sendMessage", json!({ "chat_id": 42, "text": "x" })).await;
    assert!(
        fake.rejected().is_empty(),
        "injected faults are not rejections"
    );
    let calls = fake.calls_to("sendMessage");
    assert_eq!(
        calls[0].fault,
        Some(Fault::TooManyRequests {
            retry_after_secs: 7
        })
    );
    assert_eq!(calls[2].fault, None);
}

#[tokio::test]
async fn injected_server_error_and_outage() {
    let fake = FakeTelegram::start().await;
    fake.fail_next(None, 1, Fault::ServerError(502));
    let (status, description) = fails(&fake, "getMe", json!({})).await;
    assert_eq!((status, description.as_str()), (502, "Bad Gateway"));
    ok(&fake, "getMe", json!({})).await;

    fake.set_outage(Some(503));
    assert_eq!(fails(&fake, "getMe", json!({})).await.0, 503);
    assert_eq!(fails(&fake, "getUpdates", json!({})).await.0, 503);
    fake.set_outage(None);
    ok(&fake, "getMe", json!({})).await;

    fake.set_rate_limit_storm(None, Some(4));
    for method in ["getMe", "sendMessage", "getUpdates"] {
        let call = fails_with_body(&fake, method).await;
        assert_eq!(call.status, Some(429), "{method}");
        assert_eq!(call.response.unwrap()["parameters"]["retry_after"], 4);
    }
    fake.set_rate_limit_storm(Some("sendMessage"), Some(2));
    ok(&fake, "getMe", json!({})).await;
    assert_eq!(
        fails_with_body(&fake, "sendMessage").await.status,
        Some(429)
    );
    fake.set_rate_limit_storm(None, None);
    ok(&fake, "getMe", json!({})).await;
}

/// Calls `method` with no arguments and returns what the fake recorded.
async fn fails_with_body(fake: &FakeTelegram, method: &str) -> support::fake_telegram::Call {
    let _ = reqwest::Client::new()
        .post(fake.method_url(method))
        .json(&json!({}))
        .send()
        .await;
    fake.calls_to(method).pop().expect("recorded")
}

#[tokio::test]
async fn injected_dropped_connection_is_a_network_error() {
    let fake = FakeTelegram::start().await;
    fake.fail_next(Some("getMe"), 1, Fault::DropConnection);
    let result = reqwest::Client::new()
        .post(fake.method_url("getMe"))
        .send()
        .await;
    let error = result.expect_err("the connection must break");
    assert!(error.status().is_none(), "no HTTP status expected: {error}");
    let call = fake.wait_for_call("getMe", WAIT).await.expect("recorded");
    assert_eq!(
        (call.status, call.fault),
        (None, Some(Fault::DropConnection))
    );
    ok(&fake, "getMe", json!({})).await;
}

#[tokio::test]
async fn injected_delay_and_malformed_json() {
    let fake = FakeTelegram::start().await;
    fake.fail_next(Some("getMe"), 1, Fault::Delay(Duration::from_millis(300)));
    let started = Instant::now();
    ok(&fake, "getMe", json!({})).await;
    assert!(started.elapsed() >= Duration::from_millis(300));

    fake.fail_next(Some("getMe"), 1, Fault::MalformedJson);
    let response = reqwest::Client::new()
        .post(fake.method_url("getMe"))
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status(), 200);
    assert!(response.json::<Value>().await.is_err());
}

// --- flood control ---------------------------------------------------------------------------

fn flood_limited() -> FakeConfig {
    FakeConfig {
        enforce_flood_limits: true,
        ..FakeConfig::default()
    }
}

#[tokio::test]
async fn private_chat_bursts_are_limited() {
    let fake = FakeTelegram::start_with(flood_limited()).await;
    open_private_chat(&fake, 42);
    for _ in 0..3 {
        ok(&fake, "sendMessage", json!({ "chat_id": 42, "text": "x" })).await;
    }
    // The bucket refills at one message per second, so one of the next quick sends is
    // refused (a few tries keep the test stable on a slow machine).
    let mut refused = None;
    for _ in 0..3 {
        let (status, answer) =
            api(&fake, "sendMessage", json!({ "chat_id": 42, "text": "x" })).await;
        if status == 429 {
            refused = Some(answer);
            break;
        }
    }
    let answer = refused.expect("the burst limit must kick in");
    assert!(answer["parameters"]["retry_after"]
        .as_u64()
        .is_some_and(|secs| secs >= 1));
    assert_eq!(fake.rejected().len(), 1);
}

#[tokio::test]
async fn flood_limits_are_off_by_default() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 42);
    for _ in 0..10 {
        ok(&fake, "sendMessage", json!({ "chat_id": 42, "text": "x" })).await;
    }
}

#[tokio::test]
async fn group_messages_are_limited_per_minute() {
    let fake = FakeTelegram::start_with(flood_limited()).await;
    fake.push_update(updates::group_text(-100, 5, "hi", None));
    for _ in 0..20 {
        ok(
            &fake,
            "sendMessage",
            json!({ "chat_id": -100, "text": "x" }),
        )
        .await;
    }
    let (status, answer) = api(
        &fake,
        "sendMessage",
        json!({ "chat_id": -100, "text": "x" }),
    )
    .await;
    assert_eq!(status, 429);
    assert!(answer["parameters"]["retry_after"]
        .as_u64()
        .is_some_and(|secs| secs > 30));
}

#[tokio::test]
async fn overall_messages_are_limited_per_second() {
    let fake = FakeTelegram::start_with(flood_limited()).await;
    let chats: Vec<i64> = (1_000..1_045).collect();
    for id in &chats {
        fake.register_chat(updates::chat_for(*id));
    }
    // Sent concurrently, so that the refill during the burst stays far below its size.
    let mut sends = tokio::task::JoinSet::new();
    for id in chats {
        let url = fake.method_url("sendMessage");
        sends.spawn(async move {
            post_json(&url, &json!({ "chat_id": id, "text": "x" }))
                .await
                .0
        });
    }
    let statuses = sends.join_all().await;
    let passed = statuses.iter().filter(|status| **status == 200).count();
    assert!(passed >= 30, "{statuses:?}");
    assert!(statuses.contains(&429), "{statuses:?}");
}

// --- waiting helpers -------------------------------------------------------------------------

#[tokio::test]
async fn wait_for_call_returns_each_finished_call_once() {
    let fake = FakeTelegram::start().await;
    open_private_chat(&fake, 42);
    ok(
        &fake,
        "sendMessage",
        json!({ "chat_id": 42, "text": "one" }),
    )
    .await;
    ok(
        &fake,
        "sendMessage",
        json!({ "chat_id": 42, "text": "two" }),
    )
    .await;
    let first = fake
        .wait_for_call("sendMessage", WAIT)
        .await
        .expect("first");
    let second = fake
        .wait_for_call("sendMessage", WAIT)
        .await
        .expect("second");
    assert_eq!(
        (first.body["text"].as_str(), second.body["text"].as_str()),
        (Some("one"), Some("two"))
    );
    assert_eq!(first.result().expect("result")["text"], "one");
    assert!(first.received_at <= second.received_at);
    assert!(fake
        .wait_for_call("sendMessage", Duration::from_millis(100))
        .await
        .is_none());

    let url = fake.method_url("sendMessage");
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(100)).await;
        for text in ["three", "four"] {
            post_json(&url, &json!({ "chat_id": 42, "text": text })).await;
        }
    });
    let later = fake.wait_for_calls("SENDMESSAGE", 2, WAIT).await;
    let texts: Vec<&str> = later
        .iter()
        .filter_map(|call| call.body["text"].as_str())
        .collect();
    assert_eq!(texts, ["three", "four"]);
}

// --- lifecycle -------------------------------------------------------------------------------

#[tokio::test]
async fn dropping_the_fake_ends_polls_and_closes_the_port() {
    let fake = FakeTelegram::start().await;
    let url = fake.method_url("getUpdates");
    let addr = fake.addr();
    let poll = tokio::spawn(async move {
        reqwest::Client::new()
            .post(url)
            .json(&json!({ "timeout": 5 }))
            .send()
            .await
    });
    assert!(
        fake.wait_until(WAIT, |f| f.calls_to("getUpdates").len() == 1)
            .await
    );
    drop(fake);
    let outcome = tokio::time::timeout(WAIT, poll)
        .await
        .expect("the poll ends")
        .expect("task");
    assert!(
        outcome.is_err(),
        "the in-flight poll must fail, not succeed"
    );
    let deadline = Instant::now() + WAIT;
    while tokio::net::TcpStream::connect(addr).await.is_ok() {
        assert!(Instant::now() < deadline, "the port stays open");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[test]
fn background_fake_serves_synchronous_tests() {
    let fake = FakeTelegram::start_in_background();
    let url = fake.method_url("getMe");
    let addr = fake.addr();
    // Stands in for the bot process: another thread with its own runtime.
    let client = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(post_json(&url, &json!({})))
    });
    let call = fake
        .wait_for_call_blocking("getMe", WAIT)
        .expect("getMe arrives");
    assert_eq!(call.status, Some(200));
    let (status, answer) = client.join().expect("client thread");
    assert_eq!(status, 200);
    assert_eq!(answer["result"]["username"], "interview_test_bot");
    drop(fake);
    let deadline = Instant::now() + WAIT;
    while std::net::TcpStream::connect(addr).is_ok() {
        assert!(Instant::now() < deadline, "the port stays open");
        std::thread::sleep(Duration::from_millis(20));
    }
}

// --- teloxide compatibility ------------------------------------------------------------------

#[tokio::test]
async fn teloxide_understands_the_fake() {
    let fake = FakeTelegram::start().await;
    let bot = teloxide_bot(&fake);
    let me = bot.get_me().await.expect("getMe");
    assert_eq!(me.username(), fake.bot_username());

    let update_id = fake.push_update(updates::private_text(42, 42, Some("en"), "/start hello"));
    let received = bot.get_updates().await.expect("getUpdates");
    let [update] = received.as_slice() else {
        panic!("one update expected: {received:?}")
    };
    let UpdateKind::Message(question) = &update.kind else {
        panic!("a message: {update:?}")
    };
    assert_eq!(question.text(), Some("/start hello"));
    assert!(question.chat.is_private());

    let keyboard = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("More", "more:1")]]);
    let sent = bot
        .send_message(question.chat.id, "<b>Answer</b> &amp; more")
        .parse_mode(ParseMode::Html)
        .reply_markup(keyboard.clone())
        .reply_parameters(ReplyParameters::new(question.id))
        .await
        .expect("sendMessage");
    assert_eq!(sent.text(), Some("Answer & more"));
    assert_eq!(
        sent.entities().expect("entities")[0].kind,
        MessageEntityKind::Bold
    );
    assert_eq!(sent.reply_to_message().expect("a reply").id, question.id);
    assert_eq!(sent.reply_markup(), Some(&keyboard));
    assert!(sent.from.as_ref().is_some_and(|from| from.is_bot));

    let edited = bot
        .edit_message_text(sent.chat.id, sent.id, "Answer, edited")
        .await
        .expect("editMessageText");
    assert_eq!(edited.text(), Some("Answer, edited"));
    assert!(edited.edit_date().is_some());
    let unchanged = bot
        .edit_message_text(sent.chat.id, sent.id, "Answer, edited")
        .await;
    assert!(
        matches!(
            unchanged,
            Err(RequestError::Api(ApiError::MessageNotModified))
        ),
        "{unchanged:?}"
    );
    let nowhere = bot.send_message(ChatId(999), "x").await;
    assert!(
        matches!(nowhere, Err(RequestError::Api(ApiError::ChatNotFound))),
        "{nowhere:?}"
    );

    let bot_message = fake.sent_messages()[0].message.clone();
    fake.push_update(updates::callback_query("cb-7", 42, &bot_message, "more:1"));
    fake.push_update(updates::inline_query("iq-7", 42, "salary", ""));
    let offset = i32::try_from(update_id + 1).expect("small id");
    let received = bot.get_updates().offset(offset).await.expect("getUpdates");
    let [callback, inline] = received.as_slice() else {
        panic!("two updates: {received:?}")
    };
    let UpdateKind::CallbackQuery(callback) = &callback.kind else {
        panic!("{callback:?}")
    };
    assert_eq!(callback.data.as_deref(), Some("more:1"));
    assert!(
        matches!(&callback.message, Some(MaybeInaccessibleMessage::Regular(m)) if m.id == sent.id)
    );
    bot.answer_callback_query(callback.id.clone())
        .text("ok")
        .await
        .expect("answerCallbackQuery");
    let UpdateKind::InlineQuery(inline) = &inline.kind else {
        panic!("{inline:?}")
    };
    let content = InputMessageContentText::new("<i>quote</i>").parse_mode(ParseMode::Html);
    let article = InlineQueryResultArticle::new("r1", "Title", InputMessageContent::Text(content));
    bot.answer_inline_query(inline.id.clone(), [InlineQueryResult::Article(article)])
        .cache_time(5)
        .await
        .expect("answerInlineQuery");
    assert_eq!(fake.answered_callback_ids(), ["cb-7"]);
    assert_eq!(fake.inline_answers()[0].cache_time, Some(5));

    fake.fail_next(
        Some("getMe"),
        1,
        Fault::TooManyRequests {
            retry_after_secs: 3,
        },
    );
    let limited = bot.get_me().await;
    assert!(
        matches!(&limited, Err(RequestError::RetryAfter(delay)) if delay.duration() == Duration::from_secs(3)),
        "{limited:?}"
    );
    assert_eq!(
        fake.rejected().len(),
        2,
        "only the two provoked errors: {:?}",
        fake.rejected()
    );
}

#[tokio::test]
async fn teloxide_dispatcher_polls_answers_and_confirms_on_shutdown() {
    let config = FakeConfig {
        long_poll_cap: Duration::from_secs(1),
        ..FakeConfig::default()
    };
    let fake = FakeTelegram::start_with(config).await;
    let handler = Update::filter_message().endpoint(|bot: Bot, message: Message| async move {
        let echo = format!("echo: {}", message.text().unwrap_or_default());
        bot.send_message(message.chat.id, echo).await?;
        respond(())
    });
    let mut dispatcher = Dispatcher::builder(teloxide_bot(&fake), handler).build();
    let shutdown = dispatcher.shutdown_token();
    let running = tokio::spawn(async move { dispatcher.dispatch().await });

    fake.push_update(updates::private_text(42, 42, None, "ping"));
    let reply = fake
        .wait_for_call("sendMessage", WAIT)
        .await
        .expect("the bot answers");
    assert_eq!(reply.result().expect("sent")["text"], "echo: ping");

    shutdown.shutdown().expect("dispatcher is running").await;
    tokio::time::timeout(WAIT, running)
        .await
        .expect("stops in time")
        .expect("task");
    assert_eq!(
        Some(fake.confirmed_offset()),
        fake.last_update_id().map(|id| id + 1)
    );
    assert!(fake.rejected().is_empty(), "{:?}", fake.rejected());
    let methods: Vec<String> = fake.calls().into_iter().map(|call| call.method).collect();
    assert_eq!(methods[..3], ["getWebhookInfo", "getMe", "getUpdates"]);
    let polls = fake.calls_to("getUpdates");
    assert!(polls[0].body.get("allowed_updates").is_some());
    assert!(polls[1].body.get("allowed_updates").is_none());
}

/// Adds the `update_id` the fake would assign and lets teloxide parse the update from text,
/// as it does with real responses (its `UpdateKind` parser needs borrowed keys, which a
/// `serde_json::Value` cannot lend).
fn parse_update(mut update: Value) -> Update {
    update["update_id"] = json!(1);
    serde_json::from_str(&update.to_string()).expect("teloxide parses the update")
}

fn parsed_message(update: Value) -> Message {
    match parse_update(update).kind {
        UpdateKind::Message(message) => message,
        other => panic!("a message update expected, got {other:?}"),
    }
}

#[test]
fn update_builders_produce_what_teloxide_expects() {
    let private = parsed_message(updates::private_text(
        42,
        42,
        Some("de"),
        "/ask@interview_test_bot why?",
    ));
    assert_eq!(private.text(), Some("/ask@interview_test_bot why?"));
    assert!(private.chat.is_private());
    let from = private.from.as_ref().expect("a sender");
    assert_eq!(from.language_code.as_deref(), Some("de"));
    let command = &private.entities().expect("entities")[0];
    assert_eq!(
        (command.kind.clone(), command.offset, command.length),
        (MessageEntityKind::BotCommand, 0, 23)
    );

    let group = parsed_message(updates::group_text_auto(
        -100_123,
        7,
        "hey @interview_test_bot 😀 /help",
    ));
    assert!(group.chat.is_group());
    let entities = group.entities().expect("entities");
    assert_eq!(
        (
            entities[0].kind.clone(),
            entities[0].offset,
            entities[0].length
        ),
        (MessageEntityKind::Mention, 4, 19)
    );
    assert_eq!(
        (
            entities[1].kind.clone(),
            entities[1].offset,
            entities[1].length
        ),
        (MessageEntityKind::BotCommand, 27, 5)
    );
    let supergroup = parsed_message(updates::group_text(-1_001_234_567_890, 7, "plain", None));
    assert!(supergroup.chat.is_supergroup());
    assert!(supergroup.entities().is_none_or(<[_]>::is_empty));

    let bot_message = json!({
        "message_id": 5,
        "from": { "id": 123_456, "is_bot": true, "first_name": "Bot", "username": "interview_test_bot" },
        "chat": updates::chat_for(-100_123),
        // A zero date would mark the message inaccessible, as on Telegram.
        "date": 1_700_000_000,
        "text": "answer",
    });
    let reply = parsed_message(updates::reply_to(7, "and?", &bot_message));
    let replied = reply.reply_to_message().expect("a reply");
    assert_eq!((replied.id, replied.text()), (MessageId(5), Some("answer")));

    let topic = parsed_message(updates::forum_topic_text(
        -1_001_234_567_890,
        7,
        55,
        "in a topic",
    ));
    assert_eq!(topic.thread_id, Some(ThreadId(MessageId(55))));
    assert!(topic.is_topic_message);
    let created = topic.reply_to_message().expect("topic creation message");
    assert!(matches!(created.kind, MessageKind::ForumTopicCreated(_)));

    let UpdateKind::EditedMessage(edited) =
        parse_update(updates::edited_text(42, 42, 17, "fixed")).kind
    else {
        panic!("an edited message");
    };
    assert_eq!((edited.id, edited.text()), (MessageId(17), Some("fixed")));
    assert!(edited.edit_date().is_some());

    let sticker = parsed_message(updates::sticker(42, 42, "👍"));
    assert_eq!(
        sticker.sticker().and_then(|s| s.emoji.as_deref()),
        Some("👍")
    );
    let photo = parsed_message(updates::photo(42, 42, Some("look")));
    assert_eq!(
        (photo.photo().map(<[_]>::len), photo.caption()),
        (Some(2), Some("look"))
    );

    let UpdateKind::ChannelPost(post) = parse_update(updates::channel_post(-100_777, "news")).kind
    else {
        panic!("a channel post");
    };
    assert!(post.chat.is_channel() && post.from.is_none() && post.sender_chat.is_some());
    assert_eq!(post.text(), Some("news"));

    let UpdateKind::CallbackQuery(query) =
        parse_update(updates::callback_query("cb", 7, &bot_message, "d")).kind
    else {
        panic!("a callback query");
    };
    assert_eq!(
        (query.id.0.as_str(), query.data.as_deref()),
        ("cb", Some("d"))
    );
    assert!(matches!(
        query.message,
        Some(MaybeInaccessibleMessage::Regular(_))
    ));

    let UpdateKind::InlineQuery(inline) =
        parse_update(updates::inline_query("iq", 7, "salary", "10")).kind
    else {
        panic!("an inline query");
    };
    assert_eq!(
        (inline.query.as_str(), inline.offset.as_str()),
        ("salary", "10")
    );
}

#[test]
fn entity_detection_matches_telegram() {
    assert!(updates::detect_entities("mail@example.com, a/b, http://x.org/y").is_empty());
    let text = "😀 /help@bot_name and @someone";
    let found = updates::detect_entities(text);
    assert_eq!(
        found,
        [
            json!({ "type": "bot_command", "offset": 3, "length": 14 }),
            json!({ "type": "mention", "offset": 22, "length": 8 }),
        ]
    );
    assert_eq!(found[1], updates::entity_at("mention", text, "@someone"));
}
