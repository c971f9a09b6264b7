//! What the bot remembers while it runs: the engine and texts, recent questions (for "Next
//! match" buttons) and each user's recent questions (for the flood guard). Nothing is written to
//! disk: after a restart, old "Next match" buttons politely say they expired.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::search::Engine;
use crate::texts::Texts;

/// Milliseconds since the Unix epoch (0 if the clock is before it).
pub fn unix_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Recent questions kept for "Next match" buttons; older buttons expire.
const REMEMBERED_QUESTIONS: usize = 10_000;

/// The window of the flood guard.
const FLOOD_WINDOW: Duration = Duration::from_secs(60);

/// What one update is answered with: a consistent snapshot of the corpus and texts, plus the
/// bot's shared memory. A reload builds a new snapshot; answers in flight finish on theirs.
#[derive(Clone)]
pub struct AppState {
    /// The search engine.
    pub engine: Arc<Engine>,
    /// Interface texts.
    pub texts: Texts,
    /// The bot's username, without '@', for mentions and commands in groups.
    pub username: String,
    /// The bot's user id, to recognise replies to its own messages.
    pub bot_id: u64,
    /// Questions behind "Next match" buttons.
    pub sessions: Arc<Mutex<Sessions>>,
    /// Per-user question rate.
    pub flood: Arc<Mutex<FloodGuard>>,
    /// Users allowed to use /why and /stats.
    pub admins: HashSet<u64>,
    /// If set, the only chats served.
    pub allowed_chats: Option<HashSet<i64>>,
    /// Counters for /stats.
    pub stats: Arc<Mutex<Stats>>,
    /// Where unanswered questions and ratings go (`FEEDBACK_LOG`), if anywhere.
    pub feedback: Option<Arc<crate::feedback::FeedbackLog>>,
}

impl AppState {
    /// Whether the bot serves this chat.
    pub fn serves(&self, chat: i64) -> bool {
        self.allowed_chats
            .as_ref()
            .is_none_or(|allowed| allowed.contains(&chat))
    }
}

/// Questions unanswered most often, kept for /stats (bounded).
const TRACKED_UNANSWERED: usize = 1_000;

/// What people asked since the bot started.
#[derive(Debug, Default)]
pub struct Stats {
    /// Questions searched.
    pub questions: u64,
    /// Questions answered with a quote.
    pub answered: u64,
    /// Unanswered questions (normalised) and how often each was asked.
    pub unanswered: HashMap<String, u64>,
}

impl Stats {
    /// Counts a question and whether it was answered.
    pub fn record(&mut self, question: &str, answered: bool) {
        self.questions += 1;
        if answered {
            self.answered += 1;
            return;
        }
        let key = question
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if self.unanswered.len() < TRACKED_UNANSWERED || self.unanswered.contains_key(&key) {
            *self.unanswered.entry(key).or_default() += 1;
        }
    }

    /// The `n` most frequent unanswered questions, most frequent first.
    pub fn top_unanswered(&self, n: usize) -> Vec<(&str, u64)> {
        let mut top: Vec<(&str, u64)> = self
            .unanswered
            .iter()
            .map(|(q, c)| (q.as_str(), *c))
            .collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        top.truncate(n);
        top
    }
}

/// Questions remembered by a short key that fits in callback data.
#[derive(Debug)]
pub struct Sessions {
    next_key: u64,
    questions: HashMap<u64, String>,
    order: VecDeque<u64>,
    capacity: usize,
}

impl Default for Sessions {
    fn default() -> Self {
        Sessions::with_capacity(REMEMBERED_QUESTIONS)
    }
}

impl Sessions {
    /// Keeps at most `capacity` questions, forgetting the oldest.
    pub fn with_capacity(capacity: usize) -> Sessions {
        Sessions {
            // A random start keeps keys from one run from matching buttons of the previous one.
            next_key: rand::random::<u32>() as u64,
            questions: HashMap::new(),
            order: VecDeque::new(),
            capacity: capacity.max(1),
        }
    }

    /// Remembers a question and returns its key.
    pub fn remember(&mut self, question: &str) -> u64 {
        let key = self.next_key;
        self.next_key = self.next_key.wrapping_add(1);
        if self.order.len() == self.capacity {
            if let Some(oldest) = self.order.pop_front() {
                self.questions.remove(&oldest);
            }
        }
        self.order.push_back(key);
        self.questions.insert(key, question.to_string());
        key
    }

    /// The question behind a key, if still remembered.
    pub fn question(&self, key: u64) -> Option<&str> {
        self.questions.get(&key).map(String::as_str)
    }
}

/// What the flood guard says about a new question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloodVerdict {
    /// Answer it.
    Allow,
    /// Over the limit: tell the user once.
    Warn,
    /// Over the limit and already told: stay silent.
    Ignore,
}

/// At most `limit` questions per user per minute.
#[derive(Debug)]
pub struct FloodGuard {
    limit: usize,
    users: HashMap<u64, (VecDeque<Instant>, bool)>,
}

impl FloodGuard {
    /// A guard allowing `limit` questions per minute and user.
    pub fn new(limit: u32) -> FloodGuard {
        FloodGuard {
            limit: limit.max(1) as usize,
            users: HashMap::new(),
        }
    }

    /// Records a question from `user` at `now`.
    pub fn check(&mut self, user: u64, now: Instant) -> FloodVerdict {
        if self.users.len() > 100_000 {
            self.users.retain(|_, (times, _)| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < FLOOD_WINDOW)
            });
        }
        let (times, warned) = self.users.entry(user).or_default();
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= FLOOD_WINDOW)
        {
            times.pop_front();
        }
        if times.len() < self.limit {
            times.push_back(now);
            *warned = false;
            FloodVerdict::Allow
        } else if *warned {
            FloodVerdict::Ignore
        } else {
            *warned = true;
            FloodVerdict::Warn
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_count_answers_and_rank_unanswered_questions() {
        let mut stats = Stats::default();
        stats.record("Almagro", true);
        stats.record("Chocolate  cake?", false);
        stats.record("chocolate cake?", false);
        stats.record("world cup", false);
        assert_eq!((stats.questions, stats.answered), (4, 1));
        assert_eq!(stats.top_unanswered(1), [("chocolate cake?", 2)]);
    }

    #[test]
    fn sessions_forget_the_oldest_questions() {
        let mut sessions = Sessions::with_capacity(2);
        let a = sessions.remember("a");
        let b = sessions.remember("b");
        let c = sessions.remember("c");
        assert_eq!(sessions.question(a), None);
        assert_eq!(sessions.question(b), Some("b"));
        assert_eq!(sessions.question(c), Some("c"));
    }

    #[test]
    fn flood_guard_warns_once_then_stays_silent_until_the_window_passes() {
        let mut guard = FloodGuard::new(2);
        let start = Instant::now();
        assert_eq!(guard.check(1, start), FloodVerdict::Allow);
        assert_eq!(guard.check(1, start), FloodVerdict::Allow);
        assert_eq!(guard.check(1, start), FloodVerdict::Warn);
        assert_eq!(guard.check(1, start), FloodVerdict::Ignore);
        assert_eq!(
            guard.check(2, start),
            FloodVerdict::Allow,
            "users are counted separately"
        );
        assert_eq!(guard.check(1, start + FLOOD_WINDOW), FloodVerdict::Allow);
    }
}
