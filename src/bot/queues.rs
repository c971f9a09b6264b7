//! Who answers next: the per-chat queues of [`super::intake`] and the answer slots they share,
//! kept under one lock. A task runs only while it holds a slot, so a burst from a thousand chats
//! makes at most as many tasks as there are slots, not one per chat waiting its turn (each a
//! few kilobytes, and a wake-up, for nothing); chats without a slot wait in line, oldest first.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// Jobs by queue key, and the slots for answering them.
#[derive(Debug)]
pub struct Queues<K, J> {
    /// Jobs waiting, by key. A key is here while a task answers it or while it waits in
    /// `ready`; a key in `ready` always has a job.
    waiting: HashMap<K, VecDeque<J>>,
    /// Keys with jobs and no task, in the order they asked for a slot.
    ready: VecDeque<K>,
    /// Slots no task holds.
    free: usize,
}

impl<K: Copy + Eq + Hash, J> Queues<K, J> {
    /// Queues sharing `slots` answer slots.
    pub fn new(slots: usize) -> Queues<K, J> {
        Queues {
            waiting: HashMap::new(),
            ready: VecDeque::new(),
            free: slots,
        }
    }

    /// Queues `job`; returns it when a task should start answering it now (a slot is taken
    /// for that task).
    pub fn push(&mut self, key: K, job: J) -> Option<J> {
        if let Some(jobs) = self.waiting.get_mut(&key) {
            jobs.push_back(job);
            return None;
        }
        if self.free > 0 {
            self.free -= 1;
            self.waiting.insert(key, VecDeque::new());
            return Some(job);
        }
        self.waiting.insert(key, VecDeque::from([job]));
        self.ready.push_back(key);
        None
    }

    /// What the task that answered a job of `key` answers next: its key's next job, or, when
    /// other keys wait for a slot, the oldest of them (its own key then waits behind them).
    /// `None`: the task ends and its slot is free.
    pub fn next(&mut self, key: K) -> Option<(K, J)> {
        let more = self.waiting.get(&key).is_some_and(|jobs| !jobs.is_empty());
        let key = match self.ready.pop_front() {
            Some(other) => {
                if more {
                    self.ready.push_back(key);
                } else {
                    self.waiting.remove(&key);
                }
                other
            }
            None if more => key,
            None => {
                self.waiting.remove(&key);
                self.free += 1;
                return None;
            }
        };
        let job = self.waiting.get_mut(&key)?.pop_front()?;
        Some((key, job))
    }

    /// The task of `key` stops (at shutdown): its jobs are dropped and its slot is free.
    pub fn stop(&mut self, key: &K) {
        self.waiting.remove(key);
        self.free += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_free_slot_starts_a_task_and_a_busy_key_queues_behind_it() {
        let mut queues = Queues::new(2);
        assert_eq!(queues.push('a', 1), Some(1));
        assert_eq!(queues.push('a', 2), None);
        assert_eq!(queues.next('a'), Some(('a', 2)));
        assert_eq!(queues.next('a'), None);
        assert_eq!(queues.push('a', 3), Some(3), "the key is free again");
    }

    #[test]
    fn keys_without_a_slot_wait_in_line_and_a_busy_key_lets_them_go_first() {
        let mut queues = Queues::new(1);
        assert_eq!(queues.push('a', 1), Some(1));
        assert_eq!(queues.push('a', 2), None);
        assert_eq!(queues.push('b', 3), None);
        assert_eq!(queues.push('c', 4), None);
        // The one task goes on with the waiting keys, oldest first, then 'a' again.
        assert_eq!(queues.next('a'), Some(('b', 3)));
        assert_eq!(queues.next('b'), Some(('c', 4)));
        assert_eq!(queues.next('c'), Some(('a', 2)));
        assert_eq!(queues.next('a'), None);
        assert_eq!(queues.push('d', 5), Some(5), "the slot is free again");
    }

    #[test]
    fn a_stopped_task_frees_its_slot() {
        let mut queues = Queues::new(1);
        assert_eq!(queues.push('a', 1), Some(1));
        assert_eq!(queues.push('a', 2), None);
        queues.stop(&'a');
        assert_eq!(queues.push('b', 3), Some(3));
    }
}
