//! What one update is answered with: the engine and texts, the state store (questions behind
//! buttons, counters, chat settings; kept on disk, see [`super::store`]) and each user's recent
//! questions (for the flood guard, in memory: a restart forgives).

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::search::Engine;
use crate::texts::Texts;

/// The window of the flood guard.
const FLOOD_WINDOW: Duration = Duration::from_secs(60);

/// Users remembered before those quiet for a whole window are forgotten: far more people than
/// ask within one minute, and a few tens of megabytes at most.
const FLOOD_USERS_BEFORE_SWEEP: usize = 100_000;

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
    /// Questions behind buttons, chat settings and `/stats` counters, kept across restarts.
    pub store: Arc<super::store::Store>,
    /// Per-user question rate.
    pub flood: Arc<Mutex<FloodGuard>>,
    /// Users allowed to use /why and /stats.
    pub admins: HashSet<u64>,
    /// If set, the only chats served.
    pub allowed_chats: Option<HashSet<i64>>,
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
        if self.users.len() > FLOOD_USERS_BEFORE_SWEEP {
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
