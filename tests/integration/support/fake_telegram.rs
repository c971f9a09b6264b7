//! A fake Telegram Bot API server for black-box tests of the bot.
//!
//! Telegram cannot be reached from the test machines, and a mock that accepts anything would
//! let real bugs through (an unescaped `<` in an answer, a 70-byte `callback_data`, an
//! unanswered callback query). So this fake listens on `127.0.0.1`, speaks the Bot API's HTTP
//! protocol (`POST /bot<token>/<method>` with a JSON body, method names case-insensitive) and
//! is as strict as the real service in everything the bot uses. The bot is pointed at it with
//! `TELOXIDE_API_URL` (see [`FakeTelegram::api_url`]).
//!
//! # What is faked
//! `getMe`, `getWebhookInfo`, `setWebhook`, `deleteWebhook`, `getUpdates` (long polling with
//! real `offset`/`limit`/`timeout`/`allowed_updates` semantics), `setMyCommands`,
//! `deleteMyCommands`, `getMyCommands`, `sendMessage`, `editMessageText`,
//! `editMessageReplyMarkup`, `answerCallbackQuery`, `answerInlineQuery`, `sendChatAction`,
//! `deleteMessage`, `close`, `logOut`. Tests feed updates with [`FakeTelegram::push_update`]
//! (see `super::updates` for builders) and inspect every recorded [`Call`].
//!
//! # Rules enforced (400 "Bad Request: …" unless noted)
//! - Wrong token: 401 `Unauthorized`; malformed path or unknown method: 404 `Not Found`.
//! - Texts: empty after HTML parsing and trimming, or over 4096 UTF-16 code units after
//!   parsing, are rejected; `parse_mode` HTML is parsed with Telegram's tag subset, and unknown
//!   or unbalanced tags, a stray `<`, an `&` that is not `&lt;`/`&gt;`/`&amp;`/`&quot;`/`&#N;`/
//!   `&#xH;`, `<span>` without `class="tg-spoiler"`, `<a>` without `href` and nested
//!   blockquotes give "can't parse entities".
//! - Chats: only chats seen in pushed updates (or [`FakeTelegram::register_chat`]) exist;
//!   a user seen only in groups or inline queries gets 403 "bot can't initiate conversation".
//!   Replies must target an existing message, `message_thread_id` a known topic.
//! - Inline keyboards: non-empty `text`, exactly one action, `callback_data` 1–64 bytes,
//!   valid button URLs, at most 8 buttons per row and 100 in total.
//! - Edits: only the bot's own, existing messages; identical text, entities and markup give
//!   "message is not modified". Editing the text without `reply_markup` drops the keyboard,
//!   like Telegram does.
//! - Callback queries and inline queries can be answered once, and only after delivery.
//!   Inline answers: at most 50 results with unique 1–64 byte ids; articles need a title and
//!   a message text that passes the text rules.
//! - `getUpdates` while a webhook is set, or a second concurrent `getUpdates`, gives 409
//!   Conflict (the earlier poll is the one terminated, as on Telegram).
//! - Optional flood control ([`FakeConfig::enforce_flood_limits`]) answers 429 with
//!   `retry_after`.
//!
//! # Known differences from real Telegram
//! - Only JSON request bodies are understood (no query strings, forms or multipart uploads).
//! - The reasons after "can't parse entities: " and some keyboard/command/inline error
//!   descriptions are close approximations; the exact, well-known descriptions (chat not
//!   found, message is not modified, BUTTON_DATA_INVALID, …) are verbatim.
//! - A bare `&` in text is rejected as the Bot API documentation demands, although Telegram's
//!   parser tolerates some; a bare `>` is accepted, as Telegram does.
//! - Outgoing messages get no automatically detected entities (URLs, commands, mentions).
//! - Message ids are unique across all chats (one counter), not dense per chat.
//! - Callback queries never expire; flood control only counts `sendMessage`.
//! - Edits by `inline_message_id` are validated but not tracked (answered `true`).
//! - Webhooks are recorded, never called. Injected 5xx answers carry a JSON body with the
//!   status' reason phrase (e.g. "Bad Gateway"), where Telegram's front end may send HTML.
//! - teloxide itself sleeps 10 s after any 5xx answer before reading it, so tests that inject
//!   server errors into a running bot must allow for that.

#![allow(dead_code)]

use std::collections::{HashMap, HashSet, VecDeque};
use std::io;
use std::net::SocketAddr;
use std::ops::Deref;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::connect_info::Connected;
use axum::extract::{ConnectInfo, State as AxumState};
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::serve::{IncomingStream, Listener};
use axum::{Json, Router};
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

use super::updates::{next_message_id_above, unix_now, utf16_len};

/// Longest message text, in UTF-16 code units after entity parsing.
const MAX_TEXT_UTF16: usize = 4096;
/// Longest `callback_data`, in bytes.
const MAX_CALLBACK_DATA_BYTES: usize = 64;
const MAX_BUTTONS_TOTAL: usize = 100;
const MAX_BUTTONS_PER_ROW: usize = 8;
/// Longest `answerCallbackQuery` notification text, in UTF-16 code units.
const MAX_CALLBACK_ANSWER_UTF16: usize = 200;
const MAX_INLINE_RESULTS: usize = 50;
const MAX_INLINE_RESULT_ID_BYTES: usize = 64;
const MAX_INLINE_NEXT_OFFSET_BYTES: usize = 64;
const MAX_COMMANDS: usize = 100;
const DEFAULT_UPDATE_LIMIT: usize = 100;
/// How long a superseded long poll waits before answering 409. A client that abandoned the
/// poll (teloxide does so on shutdown) closes its connection within this time, and the fake
/// then records no conflict that nobody received.
const SUPERSEDED_POLL_GRACE: Duration = Duration::from_millis(200);

const QUERY_ID_INVALID: &str =
    "query is too old and response timeout expired or query ID is invalid";
const NOT_MODIFIED: &str = "message is not modified: specified new message content and reply \
     markup are exactly the same as a current content and reply markup of the message";
/// Update types Telegram leaves out unless `allowed_updates` names them explicitly.
const OPT_IN_UPDATES: [&str; 3] = ["chat_member", "message_reaction", "message_reaction_count"];
const CHAT_ACTIONS: [&str; 11] = [
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
];
/// Fields of which an inline keyboard button must have exactly one.
const BUTTON_ACTIONS: [&str; 10] = [
    "callback_data",
    "url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "web_app",
    "login_url",
    "callback_game",
    "pay",
    "copy_text",
];
/// Supported methods in their canonical spelling; requests match them case-insensitively.
const METHODS: [&str; 17] = [
    "getMe",
    "getWebhookInfo",
    "setWebhook",
    "deleteWebhook",
    "getUpdates",
    "setMyCommands",
    "deleteMyCommands",
    "getMyCommands",
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "answerCallbackQuery",
    "answerInlineQuery",
    "sendChatAction",
    "deleteMessage",
    "close",
    "logOut",
];

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

/// Options for [`FakeTelegram::start_with`].
#[derive(Debug, Clone)]
pub struct FakeConfig {
    /// The bot's username, without `@`.
    pub bot_username: String,
    /// The bot's first name, reported by `getMe` and as sender of its messages.
    pub bot_first_name: String,
    /// The token the bot must use. As on Telegram, the digits before `:` are the bot's id.
    pub token: String,
    /// Upper bound on long-poll waits. teloxide's HTTP client gives up after 17 s, so the fake
    /// answers sooner than whatever `timeout` the bot asks for; tests may lower it further.
    pub long_poll_cap: Duration,
    /// Answer 429 like Telegram's flood control: over 1 message per second per private chat
    /// (bursts of 3 tolerated), 20 per minute per group, 30 per second overall.
    pub enforce_flood_limits: bool,
}

impl Default for FakeConfig {
    fn default() -> Self {
        Self {
            bot_username: "interview_test_bot".to_owned(),
            bot_first_name: "Interview Test Bot".to_owned(),
            token: "123456:TEST-token".to_owned(),
            long_poll_cap: Duration::from_secs(10),
            enforce_flood_limits: false,
        }
    }
}

/// A misbehaviour to inject with [`FakeTelegram::fail_next`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// 429 "Too Many Requests: retry after N" with `parameters.retry_after`.
    TooManyRequests { retry_after_secs: u64 },
    /// A server error with this status, e.g. 502 "Bad Gateway". Note that teloxide sleeps
    /// 10 s after any 5xx response before reading it.
    ServerError(u16),
    /// Close the connection without any response; the client sees a network error.
    DropConnection,
    /// Answer normally, but only after this delay.
    Delay(Duration),
    /// Answer 200 with a body that is not valid JSON.
    MalformedJson,
}

/// One request the fake received, in arrival order.
#[derive(Debug, Clone)]
pub struct Call {
    /// Canonical method name (e.g. `sendMessage`), or the raw path segment if unknown.
    pub method: String,
    /// The parsed JSON body (`{}` when empty, `null` when not JSON).
    pub body: Value,
    pub received_at: Instant,
    /// When the fake answered or gave up on the request; `None` while still in flight.
    pub finished_at: Option<Instant>,
    /// HTTP status sent; `None` while in flight or when no response was sent (dropped
    /// connection, or the client went away during a long poll).
    pub status: Option<u16>,
    /// The JSON response sent, if any.
    pub response: Option<Value>,
    /// The injected fault or outage that shaped the answer, if any.
    pub fault: Option<Fault>,
}

impl Call {
    /// `response.result` of a successful call.
    pub fn result(&self) -> Option<&Value> {
        self.response.as_ref()?.get("result")
    }

    /// `response.description` of a failed call.
    pub fn description(&self) -> Option<&str> {
        self.response.as_ref()?.get("description")?.as_str()
    }
}

/// A message the bot sent, in its latest (possibly edited) state.
#[derive(Debug, Clone, PartialEq)]
pub struct SentMessage {
    pub chat_id: i64,
    pub message_id: i64,
    /// The `text` exactly as sent, markup included.
    pub text: String,
    pub parse_mode: Option<String>,
    /// What the user sees: `text` after HTML parsing, entities decoded, trimmed.
    pub plain_text: String,
    /// Formatting entities derived from the markup (`MessageEntity` JSON).
    pub entities: Vec<Value>,
    /// The `reply_markup` as sent (inline keyboards are echoed in the message).
    pub reply_markup: Option<Value>,
    pub reply_to_message_id: Option<i64>,
    pub message_thread_id: Option<i64>,
    pub date: i64,
    pub edit_date: Option<i64>,
    /// How many times the message was successfully edited.
    pub edits: u32,
    pub deleted: bool,
    /// The `Message` object as last returned to the bot.
    pub message: Value,
}

/// A successful `answerCallbackQuery`.
#[derive(Debug, Clone, PartialEq)]
pub struct CallbackAnswer {
    pub callback_query_id: String,
    pub text: Option<String>,
    pub show_alert: bool,
}

/// A successful `answerInlineQuery`.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineAnswer {
    pub inline_query_id: String,
    pub results: Vec<Value>,
    pub cache_time: Option<i64>,
    pub is_personal: bool,
    pub next_offset: Option<String>,
}

/// The webhook set with `setWebhook`.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    pub url: String,
    pub secret_token: Option<String>,
    pub allowed_updates: Option<Vec<String>>,
    pub max_connections: Option<i64>,
}

// ---------------------------------------------------------------------------------------------
// The server handle
// ---------------------------------------------------------------------------------------------

/// A running fake Bot API server. Dropping it stops the server and closes its connections.
pub struct FakeTelegram {
    shared: Arc<Shared>,
    addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
}

impl FakeTelegram {
    /// Starts a fake with [`FakeConfig::default`] on the current tokio runtime.
    pub async fn start() -> Self {
        Self::start_with(FakeConfig::default()).await
    }

    /// Starts a fake on `127.0.0.1` with a free port, served by the current tokio runtime.
    pub async fn start_with(config: FakeConfig) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the fake Telegram server to 127.0.0.1");
        let addr = listener.local_addr().expect("local address of the fake");
        let shared = Arc::new(Shared::new(config));
        let app = Router::new()
            .fallback(handle_request)
            .with_state(Arc::clone(&shared))
            .into_make_service_with_connect_info::<Connection>();
        let listener = KillableListener {
            inner: listener,
            shared: Arc::clone(&shared),
        };
        let server = tokio::spawn(async move {
            // Serving only ends when the task is aborted, so there is no result to report.
            let _ = axum::serve(listener, app).await;
        });
        Self {
            shared,
            addr,
            server,
        }
    }

    /// Starts a fake with the default config on its own thread and runtime, for synchronous
    /// tests (e.g. ones that run the bot binary with `std::process`). Must not be called
    /// from inside a tokio runtime.
    pub fn start_in_background() -> BackgroundFakeTelegram {
        Self::start_in_background_with(FakeConfig::default())
    }

    /// Like [`Self::start_in_background`] with a custom config.
    pub fn start_in_background_with(config: FakeConfig) -> BackgroundFakeTelegram {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("fake-telegram")
            .enable_all()
            .build()
            .expect("build the fake Telegram runtime");
        let fake = runtime.block_on(Self::start_with(config));
        BackgroundFakeTelegram {
            fake: Some(fake),
            runtime: Some(runtime),
        }
    }

    /// The value for `TELOXIDE_API_URL` / `Bot::set_api_url`: `http://127.0.0.1:<port>`.
    ///
    /// teloxide appends `bot<token>/<Method>` as path segments to this URL, and a URL with
    /// an empty path gets exactly one `/` between host and `bot…` (a trailing slash on a
    /// non-empty path would produce `//`; the fake tolerates that too).
    pub fn api_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Full URL of `method` with the right token, for tests that talk HTTP directly.
    pub fn method_url(&self, method: &str) -> String {
        format!("{}/bot{}/{method}", self.api_url(), self.token())
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn token(&self) -> &str {
        &self.shared.config.token
    }

    pub fn bot_username(&self) -> &str {
        &self.shared.config.bot_username
    }

    /// The bot's user id (the digits before `:` in the token).
    pub fn bot_id(&self) -> i64 {
        self.shared.bot_id
    }

    /// Queues an update for `getUpdates`, assigning the next `update_id` (which it returns)
    /// and waking any waiting long poll. Chats, users and messages in it become known.
    ///
    /// # Panics
    /// If `update` is not a JSON object.
    pub fn push_update(&self, mut update: Value) -> i64 {
        assert!(update.is_object(), "an update must be a JSON object");
        let id = {
            let mut state = self.shared.state();
            let id = state.next_update_id;
            state.next_update_id += 1;
            update["update_id"] = json!(id);
            state.register_update(&update);
            state.pending.push_back(update);
            id
        };
        self.shared.wake_everyone();
        id
    }

    /// Makes a chat known without an update, for tests where the bot writes first.
    pub fn register_chat(&self, chat: Value) {
        let id = chat["id"].as_i64().expect("chat.id is an integer");
        self.shared.state().chats.insert(id, chat);
    }

    /// Injects `fault` into the next `n` calls to `method` (any method when `None`). Rules
    /// queue up: the oldest unexhausted rule matching a call applies.
    pub fn fail_next(&self, method: Option<&str>, n: usize, fault: Fault) {
        self.shared.state().faults.push(FaultRule {
            method: method.map(str::to_owned),
            remaining: n,
            fault,
        });
    }

    /// Starts (`Some(status)`) or ends (`None`) an outage: every method answers `status`.
    /// Outages and rate-limit storms are one state: starting or ending one replaces the other.
    pub fn set_outage(&self, status: Option<u16>) {
        self.shared.state().outage = status.map(|status| (None, Fault::ServerError(status)));
    }

    /// Starts (`Some(seconds)`) or ends (`None`) a storm of flood control: every call to
    /// `method` (every call at all if `None`) answers 429 with this `retry_after`.
    pub fn set_rate_limit_storm(&self, method: Option<&str>, retry_after_secs: Option<u64>) {
        self.shared.state().outage = retry_after_secs.map(|retry_after_secs| {
            (
                method.map(str::to_owned),
                Fault::TooManyRequests { retry_after_secs },
            )
        });
    }

    /// Every call received so far, in arrival order.
    pub fn calls(&self) -> Vec<Call> {
        self.shared.state().calls.clone()
    }

    /// The calls to `method` (case-insensitive), in arrival order.
    pub fn calls_to(&self, method: &str) -> Vec<Call> {
        let state = self.shared.state();
        state
            .calls
            .iter()
            .filter(|call| call.method.eq_ignore_ascii_case(method))
            .cloned()
            .collect()
    }

    /// Calls the fake refused with a 4xx of its own accord (not injected faults): the ones
    /// that would have failed against real Telegram too.
    pub fn rejected(&self) -> Vec<Call> {
        let state = self.shared.state();
        state
            .calls
            .iter()
            .filter(|call| {
                call.fault.is_none() && call.status.is_some_and(|s| (400..500).contains(&s))
            })
            .cloned()
            .collect()
    }

    /// All messages the bot sent, in sending order, in their latest state.
    pub fn sent_messages(&self) -> Vec<SentMessage> {
        self.shared.state().sent.clone()
    }

    /// How many messages the bot sent, without copying them: cheap enough for a wait condition
    /// evaluated on every request of a long run (copying holds the lock the fake's handlers need,
    /// which would delay them and bunch their arrival times).
    pub fn sent_count(&self) -> usize {
        self.shared.state().sent.len()
    }

    /// The messages the bot sent to `chat_id`.
    pub fn sent_messages_to(&self, chat_id: i64) -> Vec<SentMessage> {
        let state = self.shared.state();
        state
            .sent
            .iter()
            .filter(|m| m.chat_id == chat_id)
            .cloned()
            .collect()
    }

    /// Ids of callback queries delivered to the bot through `getUpdates`, in order.
    pub fn delivered_callback_ids(&self) -> Vec<String> {
        self.shared.state().delivered_callbacks.clone()
    }

    /// Ids of callback queries the bot answered successfully, in answering order. Each id
    /// appears at most once, because a second answer is rejected.
    pub fn answered_callback_ids(&self) -> Vec<String> {
        let state = self.shared.state();
        state
            .callback_answers
            .iter()
            .map(|answer| answer.callback_query_id.clone())
            .collect()
    }

    pub fn callback_answers(&self) -> Vec<CallbackAnswer> {
        self.shared.state().callback_answers.clone()
    }

    pub fn inline_answers(&self) -> Vec<InlineAnswer> {
        self.shared.state().inline_answers.clone()
    }

    /// The highest `offset` the bot confirmed with `getUpdates` (0 if none). After a clean
    /// shutdown it is `last_update_id() + 1`.
    pub fn confirmed_offset(&self) -> i64 {
        self.shared.state().confirmed_offset
    }

    /// The id of the last pushed update.
    pub fn last_update_id(&self) -> Option<i64> {
        let state = self.shared.state();
        (state.next_update_id > 1).then(|| state.next_update_id - 1)
    }

    /// Updates pushed but not yet confirmed by the bot.
    pub fn pending_update_count(&self) -> usize {
        self.shared.state().pending.len()
    }

    pub fn webhook(&self) -> Option<Webhook> {
        self.shared.state().webhook.clone()
    }

    /// The commands set for `scope` (e.g. `{"type":"default"}`) and `language_code` (`""`
    /// for all languages).
    pub fn my_commands(&self, scope: &Value, language_code: &str) -> Option<Vec<Value>> {
        let key = (scope_key(scope), language_code.to_owned());
        let commands = self.shared.state().commands.get(&key).cloned()?;
        commands.as_array().cloned()
    }

    /// Waits up to `timeout` for a call to `method` that earlier waits have not returned yet
    /// and that the fake has finished answering (so `status` and `response` are final), and
    /// returns the earliest such call.
    pub async fn wait_for_call(&self, method: &str, timeout: Duration) -> Option<Call> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let changed = self.shared.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            if let Some(call) = self.shared.state().consume_next(method) {
                return Some(call);
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                return self.shared.state().consume_next(method);
            }
        }
    }

    /// Waits up to `timeout` (in total) for `n` calls to `method`, as [`Self::wait_for_call`]
    /// does; returns the ones that arrived in time.
    pub async fn wait_for_calls(&self, method: &str, n: usize, timeout: Duration) -> Vec<Call> {
        let deadline = tokio::time::Instant::now() + timeout;
        let mut calls = Vec::with_capacity(n);
        while calls.len() < n {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match self.wait_for_call(method, left).await {
                Some(call) => calls.push(call),
                None => break,
            }
        }
        calls
    }

    /// Waits up to `timeout` until `condition` holds, re-checking whenever a call arrives or
    /// finishes or an update is pushed. Returns whether it held in time.
    pub async fn wait_until(
        &self,
        timeout: Duration,
        mut condition: impl FnMut(&Self) -> bool,
    ) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let changed = self.shared.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            if condition(self) {
                return true;
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                return condition(self);
            }
        }
    }
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.shared.shutting_down.store(true, Ordering::SeqCst);
        self.shared.wake_everyone();
        let connections = std::mem::take(&mut *lock(&self.shared.connections));
        for switch in connections.iter().filter_map(Weak::upgrade) {
            switch.kill();
        }
        self.server.abort();
    }
}

/// A [`FakeTelegram`] running on its own runtime thread; derefs to the fake and adds blocking
/// variants of the waiting helpers. Dropping it stops the server and the runtime.
pub struct BackgroundFakeTelegram {
    fake: Option<FakeTelegram>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl BackgroundFakeTelegram {
    fn runtime(&self) -> &tokio::runtime::Runtime {
        self.runtime.as_ref().expect("runtime lives until drop")
    }

    /// Blocking [`FakeTelegram::wait_for_call`]; not for use inside async code.
    pub fn wait_for_call_blocking(&self, method: &str, timeout: Duration) -> Option<Call> {
        self.runtime().block_on(self.wait_for_call(method, timeout))
    }

    /// Blocking [`FakeTelegram::wait_for_calls`]; not for use inside async code.
    pub fn wait_for_calls_blocking(&self, method: &str, n: usize, timeout: Duration) -> Vec<Call> {
        self.runtime()
            .block_on(self.wait_for_calls(method, n, timeout))
    }

    /// Blocking [`FakeTelegram::wait_until`]; not for use inside async code.
    pub fn wait_until_blocking(
        &self,
        timeout: Duration,
        condition: impl FnMut(&FakeTelegram) -> bool,
    ) -> bool {
        self.runtime().block_on(self.wait_until(timeout, condition))
    }
}

impl Deref for BackgroundFakeTelegram {
    type Target = FakeTelegram;

    fn deref(&self) -> &FakeTelegram {
        self.fake.as_ref().expect("fake lives until drop")
    }
}

impl Drop for BackgroundFakeTelegram {
    fn drop(&mut self) {
        drop(self.fake.take());
        if let Some(runtime) = self.runtime.take() {
            // Dropping a runtime blocks on its tasks; the fake's are aborted, so do not wait.
            runtime.shutdown_background();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Request handling
// ---------------------------------------------------------------------------------------------

/// State shared between the handle and the HTTP handlers.
struct Shared {
    config: FakeConfig,
    bot_id: i64,
    state: Mutex<State>,
    /// Woken on every recorded, finished or superseded call, pushed update and on shutdown;
    /// long polls and the `wait_*` helpers re-check their condition when it fires.
    changed: Notify,
    shutting_down: AtomicBool,
    /// Kill switches of open connections, so that dropping the fake closes them.
    connections: Mutex<Vec<Weak<KillSwitch>>>,
}

/// Locks a mutex even if a panicking test thread poisoned it: the fake's state stays usable
/// for the assertions that explain the failure.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Shared {
    fn new(config: FakeConfig) -> Self {
        let bot_id = config
            .token
            .split(':')
            .next()
            .and_then(|id| id.parse().ok())
            .unwrap_or(123_456);
        let state = State::new(&config, bot_id);
        Self {
            config,
            bot_id,
            state: Mutex::new(state),
            changed: Notify::new(),
            shutting_down: AtomicBool::new(false),
            connections: Mutex::new(Vec::new()),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    fn wake_everyone(&self) {
        self.changed.notify_waiters();
    }

    /// Maps the request path to a method, or to the error Telegram gives for it.
    fn route(&self, path: &str) -> Result<&'static str, (String, ApiError)> {
        let segments: Vec<String> = path
            .split('/')
            .filter(|segment| !segment.is_empty())
            .map(percent_decode)
            .collect();
        let [bot, method] = segments.as_slice() else {
            return Err((path.to_owned(), ApiError::not_found()));
        };
        let token = match bot.strip_prefix("bot") {
            Some(token) if is_token_shaped(token) => token,
            _ => return Err((method.clone(), ApiError::not_found())),
        };
        if token != self.config.token {
            return Err((method.clone(), ApiError::unauthorized()));
        }
        canonical_method(method).ok_or_else(|| (method.clone(), ApiError::not_found()))
    }

    /// Serves one request: route it, record it, apply an outage or injected fault, then run
    /// the method. Every exit path leaves the recorded call finished.
    async fn handle(self: &Arc<Self>, connection: &Connection, uri: &Uri, body: &[u8]) -> Response {
        let route = self.route(uri.path());
        let parsed_body = parse_body(body);
        let name = match &route {
            Ok(method) => (*method).to_owned(),
            Err((raw, _)) => raw.clone(),
        };
        let guard = self.record_arrival(name, parsed_body.clone().unwrap_or(Value::Null));
        if self.shutting_down.load(Ordering::SeqCst) {
            connection.kill();
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
        let method = match route {
            Ok(method) => method,
            Err((_, error)) => return guard.finish(Err(error)),
        };
        let injected = {
            let mut state = self.state();
            match &state.outage {
                Some((only, fault)) if only.as_deref().is_none_or(|only| only == method) => {
                    Some(fault.clone())
                }
                _ => state.take_fault(method),
            }
        };
        if let Some(fault) = injected {
            guard.set_fault(fault.clone());
            match fault {
                Fault::TooManyRequests { retry_after_secs } => {
                    return guard.finish(Err(ApiError::flood(retry_after_secs)));
                }
                Fault::ServerError(status) => return guard.finish(Err(ApiError::status(status))),
                Fault::DropConnection => {
                    connection.kill();
                    return StatusCode::INTERNAL_SERVER_ERROR.into_response();
                }
                Fault::MalformedJson => return guard.finish_malformed(),
                Fault::Delay(delay) => tokio::time::sleep(delay).await,
            }
        }
        let result = match parsed_body {
            Err(error) => Err(error),
            Ok(body) if method == "getUpdates" => self.get_updates(&body).await,
            Ok(body) => self.state().call_method(method, &body, Instant::now()),
        };
        guard.finish(result)
    }

    /// Records a call as soon as it arrives, so tests can see in-flight long polls; the
    /// returned guard fills in the outcome.
    fn record_arrival(self: &Arc<Self>, method: String, body: Value) -> CallGuard {
        let index = {
            let mut state = self.state();
            state.calls.push(Call {
                method,
                body,
                received_at: Instant::now(),
                finished_at: None,
                status: None,
                response: None,
                fault: None,
            });
            state.calls.len() - 1
        };
        self.wake_everyone();
        CallGuard {
            shared: Arc::clone(self),
            index,
        }
    }

    /// `getUpdates`: confirm, then return pending updates or wait (capped) for new ones.
    async fn get_updates(&self, body: &Value) -> ApiResult {
        let request = PollRequest::parse(body)?;
        let wait = request.timeout.min(self.config.long_poll_cap);
        let deadline = tokio::time::Instant::now() + wait;
        let generation = {
            let mut state = self.state();
            if state.webhook.is_some() {
                return Err(ApiError::new(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; use \
                     deleteWebhook to delete the webhook first",
                ));
            }
            state.confirm(request.offset);
            if let Some(allowed) = request.allowed_updates {
                state.allowed_updates = Some(allowed);
            }
            state.poll_generation += 1;
            state.poll_generation
        };
        // An older poll still waiting is now superseded.
        self.wake_everyone();
        loop {
            let changed = self.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            let superseded = {
                let mut state = self.state();
                if self.shutting_down.load(Ordering::SeqCst) {
                    return Ok(json!([]));
                }
                let superseded = state.poll_generation != generation;
                if !superseded {
                    let batch = state.take_batch(request.limit);
                    if !batch.is_empty() || tokio::time::Instant::now() >= deadline {
                        return Ok(Value::Array(batch));
                    }
                }
                superseded
            };
            if superseded {
                tokio::time::sleep(SUPERSEDED_POLL_GRACE).await;
                return Err(ApiError::new(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only \
                     one bot instance is running",
                ));
            }
            // On timeout, loop once more to answer with whatever is there (nothing).
            let _ = tokio::time::timeout_at(deadline, changed).await;
        }
    }
}

/// Completes the record of one call; if the handler is cancelled (the client hung up), the
/// drop marks the call finished without a status.
struct CallGuard {
    shared: Arc<Shared>,
    index: usize,
}

impl CallGuard {
    fn set_fault(&self, fault: Fault) {
        self.shared.state().calls[self.index].fault = Some(fault);
    }

    fn complete(&self, status: StatusCode, response: Option<Value>) {
        {
            let mut state = self.shared.state();
            let call = &mut state.calls[self.index];
            call.status = Some(status.as_u16());
            call.response = response;
            call.finished_at = Some(Instant::now());
        }
        self.shared.wake_everyone();
    }

    fn finish(self, result: ApiResult) -> Response {
        let (status, body) = match result {
            Ok(result) => (StatusCode::OK, json!({ "ok": true, "result": result })),
            Err(error) => (error.http_status(), error.to_json()),
        };
        self.complete(status, Some(body.clone()));
        (status, Json(body)).into_response()
    }

    fn finish_malformed(self) -> Response {
        self.complete(StatusCode::OK, None);
        let headers = [(header::CONTENT_TYPE, "application/json")];
        (
            StatusCode::OK,
            headers,
            "{\"ok\":true,\"result\":{\"message_id\":",
        )
            .into_response()
    }
}

impl Drop for CallGuard {
    fn drop(&mut self) {
        let mut state = self.shared.state();
        let call = &mut state.calls[self.index];
        if call.finished_at.is_none() {
            call.finished_at = Some(Instant::now());
            drop(state);
            self.shared.wake_everyone();
        }
    }
}

async fn handle_request(
    AxumState(shared): AxumState<Arc<Shared>>,
    ConnectInfo(connection): ConnectInfo<Connection>,
    uri: Uri,
    body: Bytes,
) -> Response {
    shared.handle(&connection, &uri, &body).await
}

/// An error answer: HTTP status (also `error_code`), description and optional retry delay.
#[derive(Debug, Clone, PartialEq)]
struct ApiError {
    status: u16,
    description: String,
    retry_after: Option<u64>,
}

type ApiResult<T = Value> = Result<T, ApiError>;

impl ApiError {
    fn new(status: u16, description: impl Into<String>) -> Self {
        Self {
            status,
            description: description.into(),
            retry_after: None,
        }
    }

    fn bad_request(reason: impl std::fmt::Display) -> Self {
        Self::new(400, format!("Bad Request: {reason}"))
    }

    fn forbidden(reason: &str) -> Self {
        Self::new(403, format!("Forbidden: {reason}"))
    }

    fn unauthorized() -> Self {
        Self::new(401, "Unauthorized")
    }

    fn not_found() -> Self {
        Self::new(404, "Not Found")
    }

    fn flood(retry_after: u64) -> Self {
        Self {
            status: 429,
            description: format!("Too Many Requests: retry after {retry_after}"),
            retry_after: Some(retry_after),
        }
    }

    /// An arbitrary status with its standard reason phrase, e.g. 502 "Bad Gateway".
    fn status(status: u16) -> Self {
        if status == 429 {
            return Self::flood(1);
        }
        let reason = StatusCode::from_u16(status)
            .ok()
            .and_then(|code| code.canonical_reason())
            .unwrap_or("Internal Server Error");
        Self::new(status, reason)
    }

    fn http_status(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn to_json(&self) -> Value {
        let mut body = json!({
            "ok": false,
            "error_code": self.status,
            "description": self.description,
        });
        if let Some(retry_after) = self.retry_after {
            body["parameters"] = json!({ "retry_after": retry_after });
        }
        body
    }
}

fn canonical_method(name: &str) -> Option<&'static str> {
    METHODS
        .iter()
        .copied()
        .find(|method| method.eq_ignore_ascii_case(name))
}

/// `<digits>:<base64url-ish>`; anything else is not a token at all (404, not 401).
fn is_token_shaped(token: &str) -> bool {
    token.split_once(':').is_some_and(|(id, secret)| {
        !id.is_empty()
            && id.bytes().all(|b| b.is_ascii_digit())
            && !secret.is_empty()
            && secret
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    })
}

fn percent_decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(byte) if bytes[i] == b'%' => {
                out.push(byte);
                i += 3;
            }
            _ => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A `multipart/form-data` body of text fields (teloxide sends `setWebhook` this way, as it may
/// carry a certificate) as a JSON object; fields holding JSON (arrays, objects) are parsed.
fn parse_multipart(body: &[u8]) -> Option<Value> {
    let text = std::str::from_utf8(body).ok()?;
    let boundary = text.lines().next()?.trim_end();
    let mut fields = serde_json::Map::new();
    for part in text.split(boundary).skip(1) {
        let part = part.trim_start_matches("\r\n");
        if part.starts_with("--") {
            break;
        }
        let (head, value) = part.split_once("\r\n\r\n")?;
        let name = head.split("name=\"").nth(1)?.split('"').next()?;
        let value = value.strip_suffix("\r\n").unwrap_or(value);
        let parsed = match serde_json::from_str::<Value>(value) {
            Ok(json @ (Value::Array(_) | Value::Object(_))) => json,
            _ => Value::String(value.to_owned()),
        };
        fields.insert(name.to_owned(), parsed);
    }
    Some(Value::Object(fields))
}

/// The body as a JSON object; an empty body is `{}` (teloxide sends nothing for `getMe`).
fn parse_body(body: &[u8]) -> ApiResult {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(json!({}));
    }
    if body.starts_with(b"--") {
        if let Some(fields) = parse_multipart(body) {
            return Ok(fields);
        }
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(value @ Value::Object(_)) => Ok(value),
        _ => Err(ApiError::bad_request(
            "the fake only understands JSON object bodies",
        )),
    }
}

// ---------------------------------------------------------------------------------------------
// Connections that can be closed without a response
// ---------------------------------------------------------------------------------------------

/// Lets a handler close its own connection: once killed, every read and write on the stream
/// fails, so hyper drops the socket without sending anything.
#[derive(Default)]
struct KillSwitch {
    killed: AtomicBool,
    /// Waker of a read parked on an idle connection, woken so that a kill takes effect now.
    reader: Mutex<Option<Waker>>,
}

impl KillSwitch {
    fn kill(&self) {
        self.killed.store(true, Ordering::SeqCst);
        if let Some(waker) = lock(&self.reader).take() {
            waker.wake();
        }
    }

    fn is_killed(&self) -> bool {
        self.killed.load(Ordering::SeqCst)
    }
}

fn killed_error() -> io::Error {
    io::Error::new(
        io::ErrorKind::ConnectionAborted,
        "connection dropped by the fake",
    )
}

/// Per-connection info handed to handlers through `ConnectInfo`.
#[derive(Clone)]
struct Connection {
    switch: Arc<KillSwitch>,
}

impl Connection {
    fn kill(&self) {
        self.switch.kill();
    }
}

/// axum logs connection addresses with `Debug`.
impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("killed", &self.switch.is_killed())
            .finish()
    }
}

impl Connected<IncomingStream<'_, KillableListener>> for Connection {
    fn connect_info(stream: IncomingStream<'_, KillableListener>) -> Self {
        stream.remote_addr().clone()
    }
}

struct KillableStream {
    inner: TcpStream,
    switch: Arc<KillSwitch>,
}

impl AsyncRead for KillableStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        {
            let mut reader = lock(&self.switch.reader);
            if !reader.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
                *reader = Some(cx.waker().clone());
            }
        }
        if self.switch.is_killed() {
            return Poll::Ready(Err(killed_error()));
        }
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for KillableStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if self.switch.is_killed() {
            return Poll::Ready(Err(killed_error()));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        if self.switch.is_killed() {
            return Poll::Ready(Err(killed_error()));
        }
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if self.switch.is_killed() {
            return Poll::Ready(Err(killed_error()));
        }
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// A TCP listener whose connections carry a [`KillSwitch`].
struct KillableListener {
    inner: TcpListener,
    shared: Arc<Shared>,
}

impl Listener for KillableListener {
    type Io = KillableStream;
    type Addr = Connection;

    async fn accept(&mut self) -> (KillableStream, Connection) {
        loop {
            match self.inner.accept().await {
                Ok((stream, _)) => {
                    // Small JSON answers must not wait for Nagle's algorithm.
                    let _ = stream.set_nodelay(true);
                    let switch = Arc::new(KillSwitch::default());
                    let mut connections = lock(&self.shared.connections);
                    connections.retain(|c| c.strong_count() > 0);
                    connections.push(Arc::downgrade(&switch));
                    let connection = Connection {
                        switch: Arc::clone(&switch),
                    };
                    return (
                        KillableStream {
                            inner: stream,
                            switch,
                        },
                        connection,
                    );
                }
                // Transient (e.g. out of file descriptors): back off briefly and retry.
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            }
        }
    }

    /// axum only needs this for its own `local_addr()`; a connection-less placeholder does.
    fn local_addr(&self) -> io::Result<Connection> {
        self.inner.local_addr().map(|_| Connection {
            switch: Arc::default(),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Bot API state and methods
// ---------------------------------------------------------------------------------------------

struct FaultRule {
    method: Option<String>,
    remaining: usize,
    fault: Fault,
}

/// Parameters of one `getUpdates` call.
struct PollRequest {
    offset: i64,
    limit: usize,
    timeout: Duration,
    allowed_updates: Option<Vec<String>>,
}

impl PollRequest {
    fn parse(body: &Value) -> ApiResult<Self> {
        let limit = match opt_i64(body, "limit")? {
            Some(limit @ 1..=100) => usize::try_from(limit).unwrap_or(DEFAULT_UPDATE_LIMIT),
            _ => DEFAULT_UPDATE_LIMIT,
        };
        let timeout = opt_i64(body, "timeout")?.unwrap_or(0).max(0);
        let allowed_updates = match opt_json(body, "allowed_updates")? {
            None => None,
            Some(Value::Array(kinds)) => Some(
                kinds
                    .iter()
                    .map(|kind| kind.as_str().map(str::to_owned))
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(|| type_error("allowed_updates", "Array of String"))?,
            ),
            Some(_) => return Err(type_error("allowed_updates", "Array of String")),
        };
        Ok(Self {
            offset: opt_i64(body, "offset")?.unwrap_or(0),
            limit,
            timeout: Duration::from_secs(timeout.unsigned_abs()),
            allowed_updates,
        })
    }
}

/// Formatted text ready to store: what the user sees and its entities.
#[derive(Debug, Clone, PartialEq)]
struct FormattedText {
    plain: String,
    entities: Vec<Value>,
}

/// Why a text was refused; each method words these differently.
enum TextProblem {
    Empty,
    TooLong,
    Entities(String),
    ParseMode(String),
}

#[derive(Clone, Copy)]
enum TextUse {
    Send,
    Edit,
    InlineResult,
}

impl TextProblem {
    fn into_error(self, usage: TextUse) -> ApiError {
        match (self, usage) {
            (Self::Empty, TextUse::InlineResult) => ApiError::bad_request("MESSAGE_EMPTY"),
            (Self::Empty, _) => ApiError::bad_request("message text is empty"),
            (Self::TooLong, TextUse::Send) => ApiError::bad_request("message is too long"),
            (Self::TooLong, _) => ApiError::bad_request("MESSAGE_TOO_LONG"),
            (Self::Entities(reason), _) => {
                ApiError::bad_request(format!("can't parse entities: {reason}"))
            }
            (Self::ParseMode(reason), _) => ApiError::bad_request(reason),
        }
    }
}

/// Applies `parse_mode`, trims like Telegram and checks emptiness and length.
fn format_text(text: &str, parse_mode: Option<&str>) -> Result<FormattedText, TextProblem> {
    let (raw_plain, entities) = match parse_mode.map(str::to_ascii_lowercase).as_deref() {
        None | Some("") => (text.to_owned(), Vec::new()),
        Some("html") => {
            let parsed = html::parse(text).map_err(TextProblem::Entities)?;
            (parsed.text, parsed.entities)
        }
        Some("markdown" | "markdownv2") => {
            return Err(TextProblem::ParseMode(format!(
                "the fake Telegram does not implement parse_mode {}",
                parse_mode.unwrap_or_default()
            )))
        }
        Some(_) => return Err(TextProblem::ParseMode("unsupported parse_mode".to_owned())),
    };
    let (plain, entities) = trim_formatted(&raw_plain, entities);
    if plain.is_empty() {
        return Err(TextProblem::Empty);
    }
    if utf16_len(&plain) > MAX_TEXT_UTF16 {
        return Err(TextProblem::TooLong);
    }
    Ok(FormattedText {
        plain,
        entities: entities.iter().map(html::Entity::to_json).collect(),
    })
}

/// Strips leading and trailing whitespace, as Telegram does with every message, and clips the
/// entities to what remains (dropping ones that become empty).
fn trim_formatted(text: &str, entities: Vec<html::Entity>) -> (String, Vec<html::Entity>) {
    let trimmed = text.trim();
    let lead = utf16_len(&text[..text.len() - text.trim_start().len()]);
    let total = utf16_len(trimmed);
    let mut kept: Vec<html::Entity> = entities
        .into_iter()
        .filter_map(|mut entity| {
            let start = entity.offset.max(lead) - lead;
            let end = (entity.offset + entity.length)
                .min(lead + total)
                .saturating_sub(lead);
            (end > start).then(|| {
                entity.offset = start;
                entity.length = end - start;
                entity
            })
        })
        .collect();
    kept.sort_by_key(|entity| (entity.offset, std::cmp::Reverse(entity.length)));
    (trimmed.to_owned(), kept)
}

/// Token bucket: `capacity` requests at once, refilled at `per_second`.
struct TokenBucket {
    capacity: f64,
    per_second: f64,
    tokens: f64,
    updated: Instant,
}

impl TokenBucket {
    fn new(capacity: f64, per_second: f64, now: Instant) -> Self {
        Self {
            capacity,
            per_second,
            tokens: capacity,
            updated: now,
        }
    }

    /// How long until a request may pass (zero if now).
    fn wait(&mut self, now: Instant) -> Duration {
        let elapsed = now.saturating_duration_since(self.updated).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.per_second).min(self.capacity);
        self.updated = now;
        if self.tokens >= 1.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64((1.0 - self.tokens) / self.per_second)
        }
    }

    fn take(&mut self) {
        self.tokens -= 1.0;
    }
}

/// Telegram's documented message limits, checked only when enabled in the config.
struct FloodLimiter {
    private: HashMap<i64, TokenBucket>,
    groups: HashMap<i64, VecDeque<Instant>>,
    overall: TokenBucket,
}

impl FloodLimiter {
    const PRIVATE_BURST: f64 = 3.0;
    const GROUP_PER_MINUTE: usize = 20;
    const OVERALL_PER_SECOND: f64 = 30.0;

    fn new(now: Instant) -> Self {
        Self {
            private: HashMap::new(),
            groups: HashMap::new(),
            overall: TokenBucket::new(Self::OVERALL_PER_SECOND, Self::OVERALL_PER_SECOND, now),
        }
    }

    /// Admits one message to `chat_id` or says how many seconds to wait. A refused message
    /// uses up no quota.
    fn admit(&mut self, chat_id: i64, now: Instant) -> Result<(), u64> {
        let mut wait = self.overall.wait(now);
        if chat_id > 0 {
            let bucket = self
                .private
                .entry(chat_id)
                .or_insert_with(|| TokenBucket::new(Self::PRIVATE_BURST, 1.0, now));
            wait = wait.max(bucket.wait(now));
        } else {
            let window = self.groups.entry(chat_id).or_default();
            while window
                .front()
                .is_some_and(|sent| now.saturating_duration_since(*sent) >= Duration::from_secs(60))
            {
                window.pop_front();
            }
            if window.len() >= Self::GROUP_PER_MINUTE {
                let oldest = window.front().copied().unwrap_or(now);
                wait = wait.max((oldest + Duration::from_secs(60)).saturating_duration_since(now));
            }
        }
        if !wait.is_zero() {
            return Err(wait.as_secs_f64().ceil().max(1.0) as u64);
        }
        self.overall.take();
        if chat_id > 0 {
            if let Some(bucket) = self.private.get_mut(&chat_id) {
                bucket.take();
            }
        } else {
            self.groups.entry(chat_id).or_default().push_back(now);
        }
        Ok(())
    }
}

/// Everything the fake knows, behind one mutex.
struct State {
    bot_id: i64,
    me: Value,
    bot_user: Value,
    enforce_flood_limits: bool,
    calls: Vec<Call>,
    /// Indices of calls already returned by `wait_for_call`.
    consumed: HashSet<usize>,
    /// Per method (lower case), an index before which every call to it has been returned by
    /// `wait_for_call`: the search for the next one starts there. Without it, a benchmark
    /// waiting for thousands of calls rescans them all at each call, and that scanning takes
    /// CPU from the bot it measures.
    scan_from: HashMap<String, usize>,
    next_update_id: i64,
    pending: VecDeque<Value>,
    confirmed_offset: i64,
    allowed_updates: Option<Vec<String>>,
    /// Incremented by every `getUpdates`; a waiting poll with an older number is superseded.
    poll_generation: u64,
    webhook: Option<Webhook>,
    chats: HashMap<i64, Value>,
    /// Users seen as senders anywhere (a private chat with them exists only if seen as chat).
    users: HashSet<i64>,
    /// Messages from updates, by (chat id, message id).
    incoming: HashMap<(i64, i64), Value>,
    /// Forum topics / threads seen in updates, by (chat id, thread id).
    threads: HashSet<(i64, i64)>,
    /// Highest message id seen per chat, so new ids keep increasing.
    max_message_id: HashMap<i64, i64>,
    sent: Vec<SentMessage>,
    delivered_callbacks: Vec<String>,
    callback_answers: Vec<CallbackAnswer>,
    delivered_inline: Vec<String>,
    inline_answers: Vec<InlineAnswer>,
    commands: HashMap<(String, String), Value>,
    faults: Vec<FaultRule>,
    /// The fault every request (or every request to one method) meets while set.
    outage: Option<(Option<String>, Fault)>,
    flood: FloodLimiter,
}

impl State {
    fn new(config: &FakeConfig, bot_id: i64) -> Self {
        let bot_user = json!({
            "id": bot_id,
            "is_bot": true,
            "first_name": config.bot_first_name,
            "username": config.bot_username,
        });
        let mut me = bot_user.clone();
        me["can_join_groups"] = json!(true);
        me["can_read_all_group_messages"] = json!(false);
        me["supports_inline_queries"] = json!(true);
        me["can_connect_to_business"] = json!(false);
        me["has_main_web_app"] = json!(false);
        Self {
            bot_id,
            me,
            bot_user,
            enforce_flood_limits: config.enforce_flood_limits,
            calls: Vec::new(),
            consumed: HashSet::new(),
            scan_from: HashMap::new(),
            next_update_id: 1,
            pending: VecDeque::new(),
            confirmed_offset: 0,
            allowed_updates: None,
            poll_generation: 0,
            webhook: None,
            chats: HashMap::new(),
            users: HashSet::new(),
            incoming: HashMap::new(),
            threads: HashSet::new(),
            max_message_id: HashMap::new(),
            sent: Vec::new(),
            delivered_callbacks: Vec::new(),
            callback_answers: Vec::new(),
            delivered_inline: Vec::new(),
            inline_answers: Vec::new(),
            commands: HashMap::new(),
            faults: Vec::new(),
            outage: None,
            flood: FloodLimiter::new(Instant::now()),
        }
    }

    fn call_method(&mut self, method: &str, body: &Value, now: Instant) -> ApiResult {
        match method {
            "getMe" => Ok(self.me.clone()),
            "getWebhookInfo" => Ok(self.webhook_info()),
            "setWebhook" => self.set_webhook(body),
            "deleteWebhook" => self.delete_webhook(body),
            "setMyCommands" => self.set_my_commands(body),
            "deleteMyCommands" => self.delete_my_commands(body),
            "getMyCommands" => self.get_my_commands(body),
            "sendMessage" => self.send_message(body, now),
            "editMessageText" => self.edit_message_text(body),
            "editMessageReplyMarkup" => self.edit_message_reply_markup(body),
            "answerCallbackQuery" => self.answer_callback_query(body),
            "answerInlineQuery" => self.answer_inline_query(body),
            "sendChatAction" => self.send_chat_action(body),
            "deleteMessage" => self.delete_message(body),
            "close" | "logOut" => Ok(json!(true)),
            _ => Err(ApiError::not_found()),
        }
    }

    fn take_fault(&mut self, method: &str) -> Option<Fault> {
        let rule = self.faults.iter_mut().find(|rule| {
            rule.remaining > 0
                && rule
                    .method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(method))
        })?;
        rule.remaining -= 1;
        let fault = rule.fault.clone();
        self.faults.retain(|rule| rule.remaining > 0);
        Some(fault)
    }

    fn consume_next(&mut self, method: &str) -> Option<Call> {
        let method_key = method.to_ascii_lowercase();
        let from = self.scan_from.get(&method_key).copied().unwrap_or(0);
        let index = (from..self.calls.len()).find(|index| {
            let call = &self.calls[*index];
            call.method.eq_ignore_ascii_case(method)
                && call.finished_at.is_some()
                && !self.consumed.contains(index)
        })?;
        self.consumed.insert(index);
        // Moves past the calls to `method` returned so far and the calls to other methods.
        let mut next = from;
        while next < self.calls.len()
            && (self.consumed.contains(&next)
                || !self.calls[next].method.eq_ignore_ascii_case(method))
        {
            next += 1;
        }
        self.scan_from.insert(method_key, next);
        Some(self.calls[index].clone())
    }

    // --- updates -----------------------------------------------------------------------------

    /// Learns the chats, users, messages and topics an update reveals, like Telegram knows
    /// them when the bot later refers to them.
    fn register_update(&mut self, update: &Value) {
        for key in [
            "message",
            "edited_message",
            "channel_post",
            "edited_channel_post",
        ] {
            if let Some(message) = update.get(key) {
                self.register_message(message);
            }
        }
        if let Some(query) = update.get("callback_query") {
            self.register_user(&query["from"]);
            if let Some(chat) = query.get("message").and_then(|m| m.get("chat")) {
                self.register_chat(chat);
            }
        }
        if let Some(query) = update.get("inline_query") {
            self.register_user(&query["from"]);
        }
    }

    fn register_chat(&mut self, chat: &Value) {
        if let Some(id) = chat["id"].as_i64() {
            self.chats.insert(id, chat.clone());
        }
    }

    fn register_user(&mut self, user: &Value) {
        if let Some(id) = user["id"].as_i64() {
            self.users.insert(id);
        }
    }

    fn register_message(&mut self, message: &Value) {
        let Some(chat_id) = message["chat"]["id"].as_i64() else {
            return;
        };
        self.register_chat(&message["chat"]);
        self.register_user(&message["from"]);
        if let Some(thread) = message["message_thread_id"].as_i64() {
            self.threads.insert((chat_id, thread));
        }
        let from_bot = message["from"]["id"].as_i64() == Some(self.bot_id);
        if let (Some(id), false) = (message["message_id"].as_i64(), from_bot) {
            self.incoming.insert((chat_id, id), message.clone());
            let max = self.max_message_id.entry(chat_id).or_insert(id);
            *max = (*max).max(id);
        }
        if let Some(replied) = message.get("reply_to_message") {
            self.register_message(replied);
        }
    }

    /// Applies a `getUpdates` offset: positive confirms everything below it, negative keeps
    /// only the last `-offset` updates.
    fn confirm(&mut self, offset: i64) {
        if offset > 0 {
            self.pending.retain(|update| update_id(update) >= offset);
            self.confirmed_offset = self.confirmed_offset.max(offset);
        } else if offset < 0 {
            let keep = usize::try_from(offset.unsigned_abs()).unwrap_or(usize::MAX);
            while self.pending.len() > keep {
                if let Some(update) = self.pending.pop_front() {
                    self.confirmed_offset = self.confirmed_offset.max(update_id(&update) + 1);
                }
            }
        }
    }

    /// The next updates to deliver. Updates of types excluded by `allowed_updates` are
    /// dropped, as Telegram never queues them.
    fn take_batch(&mut self, limit: usize) -> Vec<Value> {
        let allowed = self.allowed_updates.clone().unwrap_or_default();
        self.pending.retain(|update| is_allowed(update, &allowed));
        let batch: Vec<Value> = self.pending.iter().take(limit).cloned().collect();
        for update in &batch {
            if let Some(id) = update["callback_query"]["id"].as_str() {
                if !self.delivered_callbacks.iter().any(|known| known == id) {
                    self.delivered_callbacks.push(id.to_owned());
                }
            }
            if let Some(id) = update["inline_query"]["id"].as_str() {
                if !self.delivered_inline.iter().any(|known| known == id) {
                    self.delivered_inline.push(id.to_owned());
                }
            }
        }
        batch
    }

    // --- webhook and commands ----------------------------------------------------------------

    fn webhook_info(&self) -> Value {
        let mut info = json!({
            "url": self.webhook.as_ref().map_or("", |hook| hook.url.as_str()),
            "has_custom_certificate": false,
            "pending_update_count": self.pending.len(),
        });
        if let Some(hook) = &self.webhook {
            info["max_connections"] = json!(hook.max_connections.unwrap_or(40));
        }
        if let Some(allowed) = &self.allowed_updates {
            info["allowed_updates"] = json!(allowed);
        }
        info
    }

    fn set_webhook(&mut self, body: &Value) -> ApiResult {
        let url = opt_str(body, "url")?.unwrap_or_default();
        if opt_bool(body, "drop_pending_updates")? {
            self.drop_pending();
        }
        if url.is_empty() {
            self.webhook = None;
            return Ok(json!(true));
        }
        let parsed = reqwest::Url::parse(url)
            .map_err(|_| ApiError::bad_request("bad webhook: invalid webhook URL specified"))?;
        if parsed.scheme() != "https" {
            return Err(ApiError::bad_request(
                "bad webhook: HTTPS url must be provided for webhook",
            ));
        }
        if !matches!(parsed.port_or_known_default(), Some(80 | 88 | 443 | 8443)) {
            return Err(ApiError::bad_request(
                "bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443",
            ));
        }
        let secret_token = opt_str(body, "secret_token")?.map(str::to_owned);
        if let Some(secret) = &secret_token {
            let allowed = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
            if secret.is_empty() || secret.len() > 256 || !secret.bytes().all(allowed) {
                return Err(ApiError::bad_request(
                    "secret token contains unallowed characters",
                ));
            }
        }
        let allowed_updates = match opt_json(body, "allowed_updates")? {
            Some(Value::Array(kinds)) => Some(
                kinds
                    .iter()
                    .filter_map(|kind| kind.as_str().map(str::to_owned))
                    .collect::<Vec<_>>(),
            ),
            _ => None,
        };
        if allowed_updates.is_some() {
            self.allowed_updates.clone_from(&allowed_updates);
        }
        self.webhook = Some(Webhook {
            url: url.to_owned(),
            secret_token,
            allowed_updates,
            max_connections: opt_i64(body, "max_connections")?,
        });
        Ok(json!(true))
    }

    fn delete_webhook(&mut self, body: &Value) -> ApiResult {
        if opt_bool(body, "drop_pending_updates")? {
            self.drop_pending();
        }
        self.webhook = None;
        Ok(json!(true))
    }

    fn drop_pending(&mut self) {
        if let Some(last) = self.pending.back() {
            self.confirmed_offset = self.confirmed_offset.max(update_id(last) + 1);
        }
        self.pending.clear();
    }

    fn commands_key(body: &Value) -> ApiResult<(String, String)> {
        let scope = opt_json(body, "scope")?.unwrap_or_else(|| json!({ "type": "default" }));
        let language = opt_str(body, "language_code")?.unwrap_or_default();
        Ok((scope_key(&scope), language.to_owned()))
    }

    fn set_my_commands(&mut self, body: &Value) -> ApiResult {
        let commands = match opt_json(body, "commands")? {
            Some(Value::Array(commands)) => commands,
            _ => return Err(type_error("commands", "Array of BotCommand")),
        };
        if commands.len() > MAX_COMMANDS {
            return Err(ApiError::bad_request("too many commands specified"));
        }
        for command in &commands {
            let name = command["command"].as_str().unwrap_or_default();
            let valid_name = (1..=32).contains(&name.len())
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            if !valid_name {
                return Err(ApiError::bad_request("BOT_COMMAND_INVALID"));
            }
            let description = command["description"].as_str().unwrap_or_default();
            if !(1..=256).contains(&description.chars().count()) {
                return Err(ApiError::bad_request("BOT_COMMAND_DESCRIPTION_INVALID"));
            }
        }
        let key = Self::commands_key(body)?;
        self.commands.insert(key, Value::Array(commands));
        Ok(json!(true))
    }

    fn delete_my_commands(&mut self, body: &Value) -> ApiResult {
        let key = Self::commands_key(body)?;
        self.commands.remove(&key);
        Ok(json!(true))
    }

    fn get_my_commands(&mut self, body: &Value) -> ApiResult {
        let key = Self::commands_key(body)?;
        Ok(self
            .commands
            .get(&key)
            .cloned()
            .unwrap_or_else(|| json!([])))
    }

    // --- chats and messages ------------------------------------------------------------------

    /// Resolves `chat_id` (an integer, a numeric string or `@username`) to a known chat.
    fn resolve_chat(&self, body: &Value) -> ApiResult<i64> {
        let id = match body.get("chat_id") {
            None | Some(Value::Null) => return Err(ApiError::bad_request("chat_id is empty")),
            Some(Value::Number(n)) => n.as_i64(),
            Some(Value::String(s)) => match s.strip_prefix('@') {
                Some(username) => self
                    .chats
                    .iter()
                    .find(|(_, chat)| {
                        chat["username"]
                            .as_str()
                            .is_some_and(|u| u.eq_ignore_ascii_case(username))
                    })
                    .map(|(id, _)| *id),
                None => s.trim().parse().ok(),
            },
            Some(_) => None,
        };
        let id = id.ok_or_else(|| ApiError::bad_request("chat not found"))?;
        if self.chats.contains_key(&id) {
            Ok(id)
        } else if id > 0 && self.users.contains(&id) {
            Err(ApiError::forbidden(
                "bot can't initiate conversation with a user",
            ))
        } else {
            Err(ApiError::bad_request("chat not found"))
        }
    }

    fn chat_json(&self, chat_id: i64) -> Value {
        self.chats.get(&chat_id).cloned().unwrap_or_else(|| {
            if chat_id > 0 {
                json!({ "id": chat_id, "type": "private", "first_name": format!("User {chat_id}") })
            } else {
                json!({ "id": chat_id, "type": "supergroup", "title": format!("Chat {chat_id}") })
            }
        })
    }

    fn sent_index(&self, chat_id: i64, message_id: i64) -> Option<usize> {
        self.sent
            .iter()
            .position(|m| m.chat_id == chat_id && m.message_id == message_id && !m.deleted)
    }

    /// Any existing message (the bot's or a user's), as a `Message` object without nesting.
    fn find_message(&self, chat_id: i64, message_id: i64) -> Option<Value> {
        let mut message = match self.sent_index(chat_id, message_id) {
            Some(index) => self.sent[index].message.clone(),
            None => self.incoming.get(&(chat_id, message_id))?.clone(),
        };
        if let Some(fields) = message.as_object_mut() {
            fields.remove("reply_to_message");
        }
        Some(message)
    }

    fn render(&self, sent: &SentMessage) -> Value {
        let chat = self.chat_json(sent.chat_id);
        let mut message = json!({
            "message_id": sent.message_id,
            "from": self.bot_user,
            "chat": chat,
            "date": sent.date,
            "text": sent.plain_text,
        });
        if !sent.entities.is_empty() {
            message["entities"] = json!(sent.entities);
        }
        if let Some(markup) = echoed_markup(sent.reply_markup.as_ref()) {
            message["reply_markup"] = markup;
        }
        if let Some(thread) = sent.message_thread_id {
            message["message_thread_id"] = json!(thread);
            if chat["is_forum"].as_bool() == Some(true) {
                message["is_topic_message"] = json!(true);
            }
        }
        if let Some(replied) = sent
            .reply_to_message_id
            .and_then(|id| self.find_message(sent.chat_id, id))
        {
            message["reply_to_message"] = replied;
        }
        if let Some(edit_date) = sent.edit_date {
            message["edit_date"] = json!(edit_date);
        }
        message
    }

    fn send_message(&mut self, body: &Value, now: Instant) -> ApiResult {
        let chat_id = self.resolve_chat(body)?;
        let text = opt_str(body, "text")?.unwrap_or_default();
        let parse_mode = opt_str(body, "parse_mode")?;
        let formatted = format_text(text, parse_mode).map_err(|p| p.into_error(TextUse::Send))?;
        let reply_markup = parse_reply_markup(body, true)?;
        let message_thread_id = opt_i64(body, "message_thread_id")?;
        if let Some(thread) = message_thread_id {
            if !self.threads.contains(&(chat_id, thread)) {
                return Err(ApiError::bad_request("message thread not found"));
            }
        }
        let reply_to_message_id = self.reply_target(body, chat_id)?;
        if self.enforce_flood_limits {
            self.flood.admit(chat_id, now).map_err(ApiError::flood)?;
        }
        let floor = self.max_message_id.get(&chat_id).copied().unwrap_or(0);
        let message_id = next_message_id_above(floor);
        self.max_message_id.insert(chat_id, message_id);
        let mut sent = SentMessage {
            chat_id,
            message_id,
            text: text.to_owned(),
            parse_mode: parse_mode.map(str::to_owned),
            plain_text: formatted.plain,
            entities: formatted.entities,
            reply_markup,
            reply_to_message_id,
            message_thread_id,
            date: unix_now(),
            edit_date: None,
            edits: 0,
            deleted: false,
            message: Value::Null,
        };
        sent.message = self.render(&sent);
        let message = sent.message.clone();
        self.sent.push(sent);
        Ok(message)
    }

    /// The message a `sendMessage` replies to, from `reply_parameters` or the legacy
    /// `reply_to_message_id`; it must exist unless `allow_sending_without_reply` is set.
    fn reply_target(&self, body: &Value, chat_id: i64) -> ApiResult<Option<i64>> {
        let (target, target_chat, allow_missing) = match opt_json(body, "reply_parameters")? {
            Some(params) => (
                opt_i64(&params, "message_id")?,
                opt_i64(&params, "chat_id")?.unwrap_or(chat_id),
                opt_bool(&params, "allow_sending_without_reply")?,
            ),
            None => (
                opt_i64(body, "reply_to_message_id")?,
                chat_id,
                opt_bool(body, "allow_sending_without_reply")?,
            ),
        };
        let Some(target) = target else {
            return Ok(None);
        };
        if self.find_message(target_chat, target).is_some() {
            Ok(Some(target))
        } else if allow_missing {
            Ok(None)
        } else {
            Err(ApiError::bad_request("message to be replied not found"))
        }
    }

    /// The bot message an edit refers to (by index), or Telegram's error for it.
    fn edit_target(&self, body: &Value) -> ApiResult<usize> {
        let chat_id = self.resolve_chat(body)?;
        let message_id = opt_i64(body, "message_id")?
            .ok_or_else(|| ApiError::bad_request("message identifier is not specified"))?;
        match self.sent_index(chat_id, message_id) {
            Some(index) => Ok(index),
            None if self.incoming.contains_key(&(chat_id, message_id)) => {
                Err(ApiError::bad_request("message can't be edited"))
            }
            None => Err(ApiError::bad_request("message to edit not found")),
        }
    }

    fn edit_message_text(&mut self, body: &Value) -> ApiResult {
        let text = opt_str(body, "text")?.unwrap_or_default();
        let parse_mode = opt_str(body, "parse_mode")?;
        let formatted = format_text(text, parse_mode).map_err(|p| p.into_error(TextUse::Edit))?;
        let reply_markup = parse_reply_markup(body, false)?;
        if opt_str(body, "inline_message_id")?.is_some() {
            // Messages sent via inline mode are not tracked; Telegram answers `true` here.
            return Ok(json!(true));
        }
        let index = self.edit_target(body)?;
        let old = &self.sent[index];
        if old.plain_text == formatted.plain
            && old.entities == formatted.entities
            && echoed_markup(old.reply_markup.as_ref()) == echoed_markup(reply_markup.as_ref())
        {
            return Err(ApiError::bad_request(NOT_MODIFIED));
        }
        let mut edited = old.clone();
        edited.text = text.to_owned();
        edited.parse_mode = parse_mode.map(str::to_owned);
        edited.plain_text = formatted.plain;
        edited.entities = formatted.entities;
        edited.reply_markup = reply_markup;
        Ok(self.store_edit(index, edited))
    }

    fn edit_message_reply_markup(&mut self, body: &Value) -> ApiResult {
        let reply_markup = parse_reply_markup(body, false)?;
        if opt_str(body, "inline_message_id")?.is_some() {
            return Ok(json!(true));
        }
        let index = self.edit_target(body)?;
        let old = &self.sent[index];
        if echoed_markup(old.reply_markup.as_ref()) == echoed_markup(reply_markup.as_ref()) {
            return Err(ApiError::bad_request(NOT_MODIFIED));
        }
        let mut edited = old.clone();
        edited.reply_markup = reply_markup;
        Ok(self.store_edit(index, edited))
    }

    fn store_edit(&mut self, index: usize, mut edited: SentMessage) -> Value {
        edited.edits += 1;
        edited.edit_date = Some(unix_now());
        edited.message = self.render(&edited);
        let message = edited.message.clone();
        self.sent[index] = edited;
        message
    }

    fn delete_message(&mut self, body: &Value) -> ApiResult {
        let chat_id = self.resolve_chat(body)?;
        let message_id = opt_i64(body, "message_id")?
            .ok_or_else(|| ApiError::bad_request("message identifier is not specified"))?;
        if let Some(index) = self.sent_index(chat_id, message_id) {
            self.sent[index].deleted = true;
        } else if self.incoming.remove(&(chat_id, message_id)).is_none() {
            return Err(ApiError::bad_request("message to delete not found"));
        }
        Ok(json!(true))
    }

    fn send_chat_action(&mut self, body: &Value) -> ApiResult {
        let chat_id = self.resolve_chat(body)?;
        let action = opt_str(body, "action")?.unwrap_or_default();
        if !CHAT_ACTIONS.contains(&action) {
            return Err(ApiError::bad_request("wrong parameter action in request"));
        }
        if let Some(thread) = opt_i64(body, "message_thread_id")? {
            if !self.threads.contains(&(chat_id, thread)) {
                return Err(ApiError::bad_request("message thread not found"));
            }
        }
        Ok(json!(true))
    }

    // --- queries -----------------------------------------------------------------------------

    fn answer_callback_query(&mut self, body: &Value) -> ApiResult {
        let id = opt_str(body, "callback_query_id")?.unwrap_or_default();
        let delivered = self.delivered_callbacks.iter().any(|known| known == id);
        let answered = self
            .callback_answers
            .iter()
            .any(|a| a.callback_query_id == id);
        if !delivered || answered {
            return Err(ApiError::bad_request(QUERY_ID_INVALID));
        }
        let text = opt_str(body, "text")?.map(str::to_owned);
        if text
            .as_deref()
            .is_some_and(|t| utf16_len(t) > MAX_CALLBACK_ANSWER_UTF16)
        {
            return Err(ApiError::bad_request("MESSAGE_TOO_LONG"));
        }
        self.callback_answers.push(CallbackAnswer {
            callback_query_id: id.to_owned(),
            text,
            show_alert: opt_bool(body, "show_alert")?,
        });
        Ok(json!(true))
    }

    fn answer_inline_query(&mut self, body: &Value) -> ApiResult {
        let id = opt_str(body, "inline_query_id")?.unwrap_or_default();
        let delivered = self.delivered_inline.iter().any(|known| known == id);
        let answered = self.inline_answers.iter().any(|a| a.inline_query_id == id);
        if !delivered || answered {
            return Err(ApiError::bad_request(QUERY_ID_INVALID));
        }
        let results = match opt_json(body, "results")? {
            Some(Value::Array(results)) => results,
            _ => return Err(type_error("results", "Array")),
        };
        if results.len() > MAX_INLINE_RESULTS {
            return Err(ApiError::bad_request("RESULTS_TOO_MUCH"));
        }
        let mut ids = HashSet::new();
        for result in &results {
            validate_inline_result(result)?;
            if !ids.insert(result["id"].as_str().unwrap_or_default()) {
                return Err(ApiError::bad_request("RESULT_ID_DUPLICATE"));
            }
        }
        let next_offset = opt_str(body, "next_offset")?.map(str::to_owned);
        if next_offset
            .as_ref()
            .is_some_and(|offset| offset.len() > MAX_INLINE_NEXT_OFFSET_BYTES)
        {
            return Err(ApiError::bad_request("NEXT_OFFSET_INVALID"));
        }
        self.inline_answers.push(InlineAnswer {
            inline_query_id: id.to_owned(),
            results,
            cache_time: opt_i64(body, "cache_time")?,
            is_personal: opt_bool(body, "is_personal")?,
            next_offset,
        });
        Ok(json!(true))
    }
}

fn update_id(update: &Value) -> i64 {
    update["update_id"].as_i64().unwrap_or(0)
}

/// The update's type: its one key besides `update_id`.
fn update_kind(update: &Value) -> &str {
    update
        .as_object()
        .and_then(|fields| fields.keys().find(|key| *key != "update_id"))
        .map_or("", String::as_str)
}

/// Telegram's filter: an empty list means every type except the opt-in ones.
fn is_allowed(update: &Value, allowed: &[String]) -> bool {
    let kind = update_kind(update);
    if allowed.is_empty() {
        !OPT_IN_UPDATES.contains(&kind)
    } else {
        allowed.iter().any(|allowed| allowed == kind)
    }
}

fn scope_key(scope: &Value) -> String {
    // serde_json's maps are ordered, so equal scopes serialize equally.
    scope.to_string()
}

/// An inline result must have a sane id; articles also a title and a valid message text.
fn validate_inline_result(result: &Value) -> ApiResult<()> {
    let id = result["id"].as_str().unwrap_or_default();
    if id.is_empty() || id.len() > MAX_INLINE_RESULT_ID_BYTES {
        return Err(ApiError::bad_request("RESULT_ID_INVALID"));
    }
    let kind = result["type"].as_str().unwrap_or_default();
    if kind.is_empty() {
        return Err(ApiError::bad_request("RESULT_TYPE_INVALID"));
    }
    if kind == "article" {
        if result["title"].as_str().is_none_or(str::is_empty) {
            return Err(ApiError::bad_request("RESULT_TITLE_EMPTY"));
        }
        let content = &result["input_message_content"];
        let Some(text) = content["message_text"].as_str() else {
            return Err(ApiError::bad_request("MESSAGE_EMPTY"));
        };
        format_text(text, content["parse_mode"].as_str())
            .map_err(|p| p.into_error(TextUse::InlineResult))?;
    }
    if let Some(markup) = result.get("reply_markup").filter(|m| !m.is_null()) {
        validate_markup(markup, false)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Reply markup validation
// ---------------------------------------------------------------------------------------------

/// Reads and validates `reply_markup` (an object or a JSON string). Only `sendMessage`
/// accepts reply keyboards; edits and inline results take inline keyboards only.
fn parse_reply_markup(body: &Value, allow_reply_keyboard: bool) -> ApiResult<Option<Value>> {
    let markup = match body.get("reply_markup") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(raw)) => serde_json::from_str(raw).map_err(|_| unparsable_markup())?,
        Some(markup) => markup.clone(),
    };
    validate_markup(&markup, allow_reply_keyboard)?;
    Ok(Some(markup))
}

fn unparsable_markup() -> ApiError {
    ApiError::bad_request("can't parse reply keyboard markup JSON object")
}

fn validate_markup(markup: &Value, allow_reply_keyboard: bool) -> ApiResult<()> {
    if let Some(rows) = markup.get("inline_keyboard") {
        return validate_inline_keyboard(rows);
    }
    if !allow_reply_keyboard {
        return Err(ApiError::bad_request("inline keyboard expected"));
    }
    if let Some(rows) = markup.get("keyboard") {
        let rows = rows.as_array().ok_or_else(unparsable_markup)?;
        for row in rows {
            for button in row.as_array().ok_or_else(unparsable_markup)? {
                let text = button.as_str().or_else(|| button["text"].as_str());
                if text.is_none_or(str::is_empty) {
                    return Err(ApiError::bad_request(
                        "keyboard button text must be non-empty",
                    ));
                }
            }
        }
        return Ok(());
    }
    if markup["remove_keyboard"] == json!(true) || markup["force_reply"] == json!(true) {
        return Ok(());
    }
    Err(unparsable_markup())
}

fn validate_inline_keyboard(rows: &Value) -> ApiResult<()> {
    let rows = rows.as_array().ok_or_else(|| {
        ApiError::bad_request(
            "field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array",
        )
    })?;
    let mut total = 0;
    for row in rows {
        let row = row.as_array().ok_or_else(|| {
            ApiError::bad_request("can't parse inline keyboard button: row must be an Array")
        })?;
        if row.len() > MAX_BUTTONS_PER_ROW {
            return Err(ApiError::bad_request("too many buttons in a row"));
        }
        total += row.len();
        if total > MAX_BUTTONS_TOTAL {
            return Err(ApiError::bad_request("BUTTONS_TOO_MUCH"));
        }
        row.iter().try_for_each(validate_button)?;
    }
    Ok(())
}

fn validate_button(button: &Value) -> ApiResult<()> {
    let Some(text) = button["text"].as_str() else {
        return Err(ApiError::bad_request(
            "can't parse inline keyboard button: Field \"text\" must be of type String",
        ));
    };
    if text.trim().is_empty() {
        return Err(ApiError::bad_request("BUTTON_TEXT_INVALID"));
    }
    let actions: Vec<&str> = BUTTON_ACTIONS
        .iter()
        .copied()
        .filter(|action| button.get(*action).is_some_and(|v| !v.is_null()))
        .collect();
    match actions.as_slice() {
        [] => Err(ApiError::bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        )),
        ["callback_data"] => {
            let data = button["callback_data"].as_str().unwrap_or_default();
            if (1..=MAX_CALLBACK_DATA_BYTES).contains(&data.len()) {
                Ok(())
            } else {
                Err(ApiError::bad_request("BUTTON_DATA_INVALID"))
            }
        }
        ["url"] => match button["url"].as_str().and_then(normalize_url) {
            Some(_) => Ok(()),
            None => Err(ApiError::bad_request("BUTTON_URL_INVALID")),
        },
        [_] => Ok(()),
        _ => Err(ApiError::bad_request(format!(
            "can't parse inline keyboard button: exactly one of the optional fields must be \
             used, found {}",
            actions.join(", ")
        ))),
    }
}

/// The markup Telegram shows on the message: inline keyboards with at least one button.
fn echoed_markup(markup: Option<&Value>) -> Option<Value> {
    let markup = markup?;
    let has_buttons = markup["inline_keyboard"]
        .as_array()?
        .iter()
        .any(|row| row.as_array().is_some_and(|row| !row.is_empty()));
    has_buttons.then(|| markup.clone())
}

/// A link target as Telegram accepts it: http(s), tg or ton URLs, with `http://` implied when
/// no scheme is given. `None` for anything else (Telegram drops such links).
fn normalize_url(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() || raw.chars().any(char::is_whitespace) {
        return None;
    }
    let candidate = if raw.contains("://") || raw.starts_with("tg:") {
        raw.to_owned()
    } else {
        format!("http://{raw}")
    };
    let url = reqwest::Url::parse(&candidate).ok()?;
    matches!(url.scheme(), "http" | "https" | "tg" | "ton").then(|| url.to_string())
}

// ---------------------------------------------------------------------------------------------
// Parameter helpers
// ---------------------------------------------------------------------------------------------

fn type_error(field: &str, expected: &str) -> ApiError {
    ApiError::bad_request(format!("field \"{field}\" must be of type {expected}"))
}

/// An integer parameter; Telegram also accepts integers written as strings.
fn opt_i64(body: &Value, field: &str) -> ApiResult<Option<i64>> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| type_error(field, "Integer")),
        Some(Value::String(s)) => s
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| type_error(field, "Integer")),
        Some(_) => Err(type_error(field, "Integer")),
    }
}

fn opt_str<'a>(body: &'a Value, field: &str) -> ApiResult<Option<&'a str>> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(type_error(field, "String")),
    }
}

fn opt_bool(body: &Value, field: &str) -> ApiResult<bool> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(Value::String(s)) if s == "true" || s == "false" => Ok(s == "true"),
        Some(_) => Err(type_error(field, "Boolean")),
    }
}

/// A structured parameter, given either as JSON or as a JSON-encoded string.
fn opt_json(body: &Value, field: &str) -> ApiResult<Option<Value>> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(raw)) => serde_json::from_str(raw)
            .map(Some)
            .map_err(|_| ApiError::bad_request(format!("can't parse {field} JSON object"))),
        Some(value) => Ok(Some(value.clone())),
    }
}

// ---------------------------------------------------------------------------------------------
// Telegram's HTML subset
// ---------------------------------------------------------------------------------------------

/// Parser for the HTML subset of `parse_mode=HTML`: produces the plain text and its entities
/// (offsets in UTF-16 code units), or the reason Telegram would refuse the markup.
/// Whether Telegram would accept `text` as a message in HTML parse mode: the same markup rules
/// and length limit the fake applies to `sendMessage`, for property tests of rendering.
pub fn accepts_html_message(text: &str) -> Result<(), String> {
    let parsed = html::parse(text)?;
    let visible = parsed.text.trim();
    if visible.is_empty() {
        return Err("message text is empty".to_owned());
    }
    if utf16_len(visible) > 4096 {
        return Err("message is too long".to_owned());
    }
    Ok(())
}

mod html {
    use serde_json::{json, Value};

    const TAGS: [&str; 16] = [
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    ];

    /// A formatting entity; `attr` carries the one extra field some kinds have.
    #[derive(Debug, Clone, PartialEq)]
    pub(super) struct Entity {
        pub kind: &'static str,
        pub offset: usize,
        pub length: usize,
        pub attr: Option<(&'static str, String)>,
    }

    impl Entity {
        pub fn to_json(&self) -> Value {
            let mut entity = json!({
                "type": self.kind,
                "offset": self.offset,
                "length": self.length,
            });
            if let Some((key, value)) = &self.attr {
                entity[*key] = json!(value);
            }
            entity
        }
    }

    pub(super) struct Parsed {
        pub text: String,
        pub entities: Vec<Entity>,
    }

    struct OpenTag {
        name: String,
        /// UTF-16 offset where the tag's content starts.
        start: usize,
        /// Entity kind, or `None` for tags that produce none (e.g. `<code>` inside `<pre>`).
        kind: Option<&'static str>,
        attr: Option<(&'static str, String)>,
        /// Language of a `<pre>`, from an inner `<code class="language-…">`.
        language: Option<String>,
    }

    pub(super) fn parse(input: &str) -> Result<Parsed, String> {
        let mut parser = Parser {
            input,
            pos: 0,
            text: String::with_capacity(input.len()),
            utf16: 0,
            open: Vec::new(),
            entities: Vec::new(),
        };
        parser.run()?;
        Ok(Parsed {
            text: parser.text,
            entities: parser.entities,
        })
    }

    struct Parser<'a> {
        input: &'a str,
        /// Byte position in `input`.
        pos: usize,
        text: String,
        /// Length of `text` in UTF-16 code units.
        utf16: usize,
        open: Vec<OpenTag>,
        entities: Vec<Entity>,
    }

    impl<'a> Parser<'a> {
        fn run(&mut self) -> Result<(), String> {
            while let Some(ch) = self.peek() {
                match ch {
                    '<' if self.input[self.pos..].starts_with("</") => self.end_tag()?,
                    '<' => self.start_tag()?,
                    '&' => {
                        let (decoded, len) =
                            decode_entity(&self.input[self.pos..]).ok_or_else(|| {
                                format!(
                                    "Unsupported HTML entity at byte offset {}: only &lt;, &gt;, \
                                 &amp;, &quot; and numeric entities are supported",
                                    self.pos
                                )
                            })?;
                        self.push_char(decoded);
                        self.pos += len;
                    }
                    other => {
                        self.push_char(other);
                        self.pos += other.len_utf8();
                    }
                }
            }
            match self.open.last() {
                Some(tag) => Err(format!(
                    "Can't find end tag corresponding to start tag \"{}\"",
                    tag.name
                )),
                None => Ok(()),
            }
        }

        fn peek(&self) -> Option<char> {
            self.input[self.pos..].chars().next()
        }

        fn push_char(&mut self, ch: char) {
            self.text.push(ch);
            self.utf16 += ch.len_utf16();
        }

        fn take_while(&mut self, keep: impl Fn(char) -> bool) -> &'a str {
            let rest = &self.input[self.pos..];
            let len = rest.find(|c: char| !keep(c)).unwrap_or(rest.len());
            self.pos += len;
            &rest[..len]
        }

        fn skip_spaces(&mut self) {
            self.take_while(char::is_whitespace);
        }

        fn tag_name(&mut self) -> String {
            self.take_while(|c| c.is_ascii_alphanumeric() || c == '-')
                .to_ascii_lowercase()
        }

        fn start_tag(&mut self) -> Result<(), String> {
            let begin = self.pos;
            self.pos += 1;
            let name = self.tag_name();
            if self.peek().is_none() {
                return Err(format!("Unclosed start tag at byte offset {begin}"));
            }
            if !TAGS.contains(&name.as_str()) {
                return Err(format!(
                    "Unsupported start tag \"{name}\" at byte offset {begin}"
                ));
            }
            let attributes = self.attributes(&name, begin)?;
            let attribute = |key: &str| {
                attributes
                    .iter()
                    .find(|(name, _)| name == key)
                    .map(|(_, value)| value.as_str())
            };
            let inside_pre = self.open.last().is_some_and(|tag| tag.name == "pre");
            let (kind, attr) = match name.as_str() {
                "b" | "strong" => (Some("bold"), None),
                "i" | "em" => (Some("italic"), None),
                "u" | "ins" => (Some("underline"), None),
                "s" | "strike" | "del" => (Some("strikethrough"), None),
                "tg-spoiler" => (Some("spoiler"), None),
                "span" if attribute("class") == Some("tg-spoiler") => (Some("spoiler"), None),
                "span" => {
                    return Err(format!(
                        "Tag \"span\" must have class \"tg-spoiler\" at byte offset {begin}"
                    ))
                }
                "a" => {
                    let href = attribute("href").ok_or_else(|| {
                        format!("Tag \"a\" must have attribute \"href\" at byte offset {begin}")
                    })?;
                    // Like Telegram, an unusable link keeps its text but loses the entity.
                    match super::normalize_url(href) {
                        Some(url) => (Some("text_link"), Some(("url", url))),
                        None => (None, None),
                    }
                }
                "tg-emoji" => {
                    let id = attribute("emoji-id")
                        .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
                        .ok_or_else(|| {
                            format!(
                                "Tag \"tg-emoji\" must have a numeric attribute \"emoji-id\" at \
                                 byte offset {begin}"
                            )
                        })?;
                    (
                        Some("custom_emoji"),
                        Some(("custom_emoji_id", id.to_owned())),
                    )
                }
                "code" if inside_pre => (None, None),
                "code" => (Some("code"), None),
                "pre" => (Some("pre"), None),
                "blockquote" => {
                    if self.open.iter().any(|tag| tag.name == "blockquote") {
                        return Err(format!(
                            "Nested blockquote at byte offset {begin}: blockquote entities \
                             can't be nested"
                        ));
                    }
                    if attribute("expandable").is_some() {
                        (Some("expandable_blockquote"), None)
                    } else {
                        (Some("blockquote"), None)
                    }
                }
                _ => unreachable!("tag names are checked against TAGS"),
            };
            if name == "code" && inside_pre {
                let language = attribute("class").and_then(|class| class.strip_prefix("language-"));
                if let (Some(language), Some(pre)) = (language, self.open.last_mut()) {
                    pre.language = Some(language.to_owned());
                }
            }
            self.open.push(OpenTag {
                name,
                start: self.utf16,
                kind,
                attr,
                language: None,
            });
            Ok(())
        }

        /// Reads attributes up to and including the closing `>`.
        fn attributes(&mut self, tag: &str, begin: usize) -> Result<Vec<(String, String)>, String> {
            let unclosed = || format!("Unclosed start tag at byte offset {begin}");
            let mut attributes = Vec::new();
            loop {
                self.skip_spaces();
                match self.peek() {
                    None => return Err(unclosed()),
                    Some('>') => {
                        self.pos += 1;
                        return Ok(attributes);
                    }
                    Some(_) => {}
                }
                let name_pos = self.pos;
                let name = self
                    .take_while(|c| !c.is_whitespace() && c != '=' && c != '>')
                    .to_ascii_lowercase();
                if name.is_empty() {
                    return Err(format!(
                        "Empty attribute name in the tag \"{tag}\" at byte offset {name_pos}"
                    ));
                }
                self.skip_spaces();
                match self.peek() {
                    None => return Err(unclosed()),
                    Some('=') => self.pos += 1,
                    Some(_) if tag == "blockquote" && name == "expandable" => {
                        attributes.push((name, String::new()));
                        continue;
                    }
                    Some(_) => {
                        return Err(format!(
                            "Expected equal sign in declaration of an attribute of the tag \
                             \"{tag}\" at byte offset {name_pos}"
                        ))
                    }
                }
                self.skip_spaces();
                let raw = match self.peek() {
                    None => return Err(unclosed()),
                    Some(quote @ ('"' | '\'')) => {
                        self.pos += 1;
                        let raw = self.take_while(|c| c != quote);
                        if self.peek().is_none() {
                            return Err(unclosed());
                        }
                        self.pos += 1;
                        raw
                    }
                    Some(_) => self.take_while(|c| !c.is_whitespace() && c != '>'),
                };
                attributes.push((name, decode_attribute(raw)));
            }
        }

        fn end_tag(&mut self) -> Result<(), String> {
            let begin = self.pos;
            self.pos += 2;
            let name = self.tag_name();
            self.skip_spaces();
            if self.peek() != Some('>') {
                return Err(format!("Unclosed end tag at byte offset {begin}"));
            }
            self.pos += 1;
            let Some(open) = self.open.pop() else {
                return Err(format!("Unexpected end tag at byte offset {begin}"));
            };
            if open.name != name {
                return Err(format!(
                    "Unmatched end tag at byte offset {begin}, expected \"</{}>\", found \
                     \"</{name}>\"",
                    open.name
                ));
            }
            let length = self.utf16 - open.start;
            if let (Some(kind), true) = (open.kind, length > 0) {
                let attr = match kind {
                    "pre" => open.language.map(|language| ("language", language)),
                    _ => open.attr,
                };
                self.entities.push(Entity {
                    kind,
                    offset: open.start,
                    length,
                    attr,
                });
            }
            Ok(())
        }
    }

    /// Decodes the entity at the start of `text` (which begins with `&`): the character and
    /// the entity's length in bytes. Only what Telegram documents is supported.
    fn decode_entity(text: &str) -> Option<(char, usize)> {
        let end = text.find(';')?;
        let name = &text[1..end];
        let decoded = match name {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            _ => {
                let number = name.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) if !hex.is_empty() && hex.len() <= 6 => {
                        u32::from_str_radix(hex, 16).ok()?
                    }
                    Some(_) => return None,
                    None if !number.is_empty() && number.len() <= 7 => number.parse().ok()?,
                    None => return None,
                };
                char::from_u32(code).filter(|c| *c != '\0')?
            }
        };
        Some((decoded, end + 1))
    }

    /// Attribute values may contain entities; a bare `&` (common in URLs) is kept as is.
    fn decode_attribute(raw: &str) -> String {
        let mut value = String::with_capacity(raw.len());
        let mut pos = 0;
        while let Some(ch) = raw[pos..].chars().next() {
            match decode_entity(&raw[pos..]).filter(|_| ch == '&') {
                Some((decoded, len)) => {
                    value.push(decoded);
                    pos += len;
                }
                None => {
                    value.push(ch);
                    pos += ch.len_utf8();
                }
            }
        }
        value
    }
}
