//! A map that remembers at most a fixed number of entries and forgets the oldest first: memory
//! for "have I seen this already?" questions that must stay bounded however long the bot runs.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// A map of at most `capacity` entries; inserting a new key into a full map evicts the key
/// inserted longest ago (first in, first out; reading does not refresh an entry).
#[derive(Debug, Clone)]
pub struct BoundedMap<K, V> {
    /// Most entries kept.
    capacity: usize,
    /// The entries.
    entries: HashMap<K, V>,
    /// Keys in insertion order, oldest first, to know which to evict.
    order: VecDeque<K>,
}

impl<K: Hash + Eq + Clone, V> BoundedMap<K, V> {
    /// An empty map keeping at most `capacity` entries (at least one).
    pub fn new(capacity: usize) -> BoundedMap<K, V> {
        BoundedMap {
            capacity: capacity.max(1),
            entries: HashMap::new(),
            order: VecDeque::new(),
        }
    }

    /// Inserts `value` under `key`. A known key gets the new value and keeps its place in the
    /// eviction order; the previous value is returned. A new key evicts the oldest when full.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        if let Some(slot) = self.entries.get_mut(&key) {
            return Some(std::mem::replace(slot, value));
        }
        if self.order.len() == self.capacity {
            if let Some(oldest) = self.order.pop_front() {
                self.entries.remove(&oldest);
            }
        }
        self.order.push_back(key.clone());
        self.entries.insert(key, value);
        None
    }

    /// The value under `key`, if it is still remembered.
    pub fn get(&self, key: &K) -> Option<&V> {
        self.entries.get(key)
    }

    /// Whether `key` is still remembered.
    pub fn contains_key(&self, key: &K) -> bool {
        self.entries.contains_key(key)
    }

    /// Entries remembered now.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether nothing is remembered.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oldest_entry_is_forgotten_first_when_full() {
        let mut map = BoundedMap::new(3);
        for key in 1..=4 {
            assert_eq!(map.insert(key, key * 10), None);
        }
        assert_eq!(map.len(), 3);
        assert!(!map.contains_key(&1));
        assert_eq!(map.get(&4), Some(&40));
    }

    #[test]
    fn a_known_key_is_updated_in_place_without_eviction() {
        let mut map = BoundedMap::new(2);
        map.insert("a", 1);
        map.insert("b", 2);
        assert_eq!(map.insert("a", 3), Some(1));
        assert_eq!(map.len(), 2);
        map.insert("c", 4);
        assert_eq!(map.get(&"a"), None, "\"a\" was still the oldest insertion");
        assert_eq!(map.get(&"b"), Some(&2));
    }

    #[test]
    fn a_zero_capacity_still_remembers_the_last_entry() {
        let mut map = BoundedMap::new(0);
        map.insert(1, ());
        map.insert(2, ());
        assert!(map.contains_key(&2) && !map.contains_key(&1));
        assert!(!map.is_empty());
    }
}
