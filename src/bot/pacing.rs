//! Pacing to Telegram's limits that costs nothing below them. Telegram lets a bot post about
//! one message a second in a chat (with a short burst), 20 a minute in a group and 30 a second
//! overall (<https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this>).
//! Each request asks the limiters of its lane before it goes: a send that is within every
//! limit goes out at once (a few atomic operations), and one that is not waits exactly until
//! it is. Limiters are keyed GCRA cells from `governor`, one per chat and group.
//!
//! A 429 with `retry_after` holds only the chat it came from; one on a request without a chat
//! (a callback answer, the command menu) holds everything, as Telegram then limits the bot.
//!
//! This replaces teloxide's `Throttle`, whose worker releases queued requests in rounds 250 ms
//! apart, so that every answer waited about a quarter of a second even far below the limits.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use teloxide::payloads;
use teloxide::requests::{HasPayload, JsonRequest};
use teloxide::types::Recipient;

/// Messages to one private chat in a burst; Telegram tolerates short bursts above 1/s.
const PRIVATE_BURST: u32 = 2;

/// Sustained pace in one private chat: Telegram's "about one message per second".
const PRIVATE_INTERVAL: Duration = Duration::from_secs(1);

/// Messages to one group in a burst (a quiet group's few questions go out at once).
const GROUP_BURST: u32 = 3;

/// Sustained pace in a group: 16 a minute, so that with the burst no 60-second window ever
/// holds more than 19 of Telegram's 20.
const GROUP_INTERVAL: Duration = Duration::from_millis(3_750);

/// Messages per second to all chats together: Telegram allows 30; two spare absorb the
/// difference between when a message leaves and when Telegram counts it.
const OVERALL_PER_SECOND: u32 = 28;

/// Messages to all chats sent at once beyond the steady rate. Small, so that Telegram's own
/// allowance absorbs sends that a busy machine or network delays and then delivers in a bunch
/// (with a burst of 28, 46 messages arrived within one second and met a 429).
const OVERALL_BURST: u32 = 10;

/// Callback and inline answers per second. They post nothing, but are budgeted so that a flood
/// of button presses cannot earn the bot a global 429.
const ANSWERS_PER_SECOND: u32 = 30;

/// Requests between sweeps of idle chats' limiter cells (memory stays bounded).
const SWEEP_EVERY: u64 = 10_000;

/// What a request counts against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    /// A message posted or edited in a chat (positive id: private; negative: group, channel).
    Chat(i64),
    /// A callback query or inline query answer.
    Answer,
    /// Anything else (the command menus): not limited, but a 429 on it holds everything.
    Other,
}

/// The limiters, shared by every request of the bot.
pub struct Pacer {
    private: DefaultKeyedRateLimiter<i64>,
    groups: DefaultKeyedRateLimiter<i64>,
    overall: DefaultDirectRateLimiter,
    answers: DefaultDirectRateLimiter,
    /// Chats Telegram asked to leave alone until a time (`retry_after`).
    held_chats: Mutex<HashMap<i64, Instant>>,
    /// Telegram asked the whole bot to wait until then.
    held_all: Mutex<Option<Instant>>,
    requests: AtomicU64,
}

impl Default for Pacer {
    fn default() -> Self {
        Pacer::new()
    }
}

impl Pacer {
    /// Limiters with Telegram's limits.
    pub fn new() -> Pacer {
        let per = |interval: Duration, burst: u32| {
            Quota::with_period(interval)
                .expect("a positive interval")
                .allow_burst(NonZeroU32::new(burst).expect("a positive burst"))
        };
        let per_second = |n: u32| Quota::per_second(NonZeroU32::new(n).expect("positive"));
        Pacer {
            private: RateLimiter::keyed(per(PRIVATE_INTERVAL, PRIVATE_BURST)),
            groups: RateLimiter::keyed(per(GROUP_INTERVAL, GROUP_BURST)),
            overall: RateLimiter::direct(
                per_second(OVERALL_PER_SECOND)
                    .allow_burst(NonZeroU32::new(OVERALL_BURST).expect("positive")),
            ),
            answers: RateLimiter::direct(per_second(ANSWERS_PER_SECOND)),
            held_chats: Mutex::default(),
            held_all: Mutex::default(),
            requests: AtomicU64::new(0),
        }
    }

    /// Waits until a request in `lane` may go: at once while within every limit.
    pub async fn ready(&self, lane: Lane) {
        self.sweep_now_and_then();
        self.wait_out_holds(lane).await;
        match lane {
            Lane::Chat(chat) => {
                let (limiter, label) = if chat > 0 {
                    (&self.private, "chat")
                } else {
                    (&self.groups, "group")
                };
                if limiter.check_key(&chat).is_err() {
                    metrics::counter!(super::telemetry::names::PACED, "lane" => label).increment(1);
                    limiter.until_key_ready(&chat).await;
                }
                if self.overall.check().is_err() {
                    metrics::counter!(super::telemetry::names::PACED, "lane" => "overall")
                        .increment(1);
                    self.overall.until_ready().await;
                }
            }
            Lane::Answer => {
                if self.answers.check().is_err() {
                    metrics::counter!(super::telemetry::names::PACED, "lane" => "answers")
                        .increment(1);
                    self.answers.until_ready().await;
                }
            }
            Lane::Other => {}
        }
    }

    /// Telegram answered 429 with `retry_after`: hold the chat, or everything for a request
    /// without one.
    pub fn hold(&self, lane: Lane, retry_after: Duration) {
        let until = Instant::now() + retry_after;
        match lane {
            Lane::Chat(chat) => {
                let mut held = lock(&self.held_chats);
                held.retain(|_, until| *until > Instant::now());
                let entry = held.entry(chat).or_insert(until);
                *entry = (*entry).max(until);
            }
            Lane::Answer | Lane::Other => {
                let mut held = lock(&self.held_all);
                *held = Some(held.map_or(until, |current| current.max(until)));
            }
        }
    }

    async fn wait_out_holds(&self, lane: Lane) {
        let everything = *lock(&self.held_all);
        let chat = match lane {
            Lane::Chat(chat) => lock(&self.held_chats).get(&chat).copied(),
            _ => None,
        };
        if let Some(until) = everything.max(chat) {
            let now = Instant::now();
            if until > now {
                tokio::time::sleep(until - now).await;
            }
        }
    }

    fn sweep_now_and_then(&self) {
        if self.requests.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == SWEEP_EVERY - 1 {
            self.private.retain_recent();
            self.groups.retain_recent();
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The lane of a request the bot makes.
pub trait Paced {
    /// What this request counts against.
    fn lane(&self) -> Lane;
}

/// The lane of a message to `recipient`.
pub(super) fn chat_lane(recipient: &Recipient) -> Lane {
    match recipient {
        Recipient::Id(chat) => Lane::Chat(chat.0),
        // Channels by @username: only ever the bot's own posts, counted as one group.
        Recipient::ChannelUsername(_) => Lane::Chat(i64::MIN),
    }
}

impl Paced for JsonRequest<payloads::SendMessage> {
    fn lane(&self) -> Lane {
        chat_lane(&self.payload_ref().chat_id)
    }
}

impl Paced for JsonRequest<payloads::EditMessageText> {
    fn lane(&self) -> Lane {
        chat_lane(&self.payload_ref().chat_id)
    }
}

impl Paced for JsonRequest<payloads::EditMessageReplyMarkup> {
    fn lane(&self) -> Lane {
        chat_lane(&self.payload_ref().chat_id)
    }
}

impl Paced for JsonRequest<payloads::AnswerCallbackQuery> {
    fn lane(&self) -> Lane {
        Lane::Answer
    }
}

impl Paced for JsonRequest<payloads::AnswerInlineQuery> {
    fn lane(&self) -> Lane {
        Lane::Answer
    }
}

impl Paced for JsonRequest<payloads::SetMyCommands> {
    fn lane(&self) -> Lane {
        Lane::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn timed(pacer: &Pacer, lane: Lane) -> Duration {
        let started = Instant::now();
        pacer.ready(lane).await;
        started.elapsed()
    }

    #[tokio::test]
    async fn requests_within_the_limits_go_at_once() {
        let pacer = Pacer::new();
        for chat in 1..OVERALL_BURST as i64 {
            assert!(timed(&pacer, Lane::Chat(chat)).await < Duration::from_millis(5));
        }
        let pacer = Pacer::new();
        for _ in 0..PRIVATE_BURST {
            assert!(timed(&pacer, Lane::Chat(1)).await < Duration::from_millis(5));
        }
        for _ in 0..GROUP_BURST {
            assert!(timed(&pacer, Lane::Chat(-100)).await < Duration::from_millis(5));
        }
        // Paced at 25 a second, under the overall limit: never a wait.
        let pacer = Pacer::new();
        for chat in 1..=50 {
            assert!(timed(&pacer, Lane::Chat(chat)).await < Duration::from_millis(5));
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
    }

    #[tokio::test]
    async fn a_busy_chat_waits_its_turn_and_others_do_not() {
        let pacer = Pacer::new();
        for _ in 0..PRIVATE_BURST {
            pacer.ready(Lane::Chat(7)).await;
        }
        let waited = timed(&pacer, Lane::Chat(7)).await;
        assert!(
            waited >= PRIVATE_INTERVAL / 2
                && waited <= PRIVATE_INTERVAL + Duration::from_millis(100),
            "{waited:?}"
        );
        assert!(timed(&pacer, Lane::Chat(8)).await < Duration::from_millis(5));
    }

    #[tokio::test]
    async fn a_retry_after_holds_its_chat_only_and_a_chatless_one_holds_all() {
        let pacer = Pacer::new();
        pacer.hold(Lane::Chat(1), Duration::from_millis(300));
        assert!(timed(&pacer, Lane::Chat(2)).await < Duration::from_millis(5));
        assert!(timed(&pacer, Lane::Chat(1)).await >= Duration::from_millis(250));
        pacer.hold(Lane::Answer, Duration::from_millis(200));
        assert!(timed(&pacer, Lane::Chat(3)).await >= Duration::from_millis(150));
    }

    #[tokio::test]
    async fn the_overall_limit_spreads_a_burst_over_chats() {
        let pacer = Pacer::new();
        let started = Instant::now();
        for chat in 1..=(OVERALL_BURST as i64 + 14) {
            pacer.ready(Lane::Chat(chat)).await;
        }
        let took = started.elapsed();
        assert!(took >= Duration::from_millis(400), "{took:?}");
    }
}
