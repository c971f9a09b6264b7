//! Work done once per reading of a question and carried with its plan. A reading's plan goes
//! through every step of its search (the two phases, the checks before quoting, the
//! explanation), and what those steps work out from the plan alone is worked out by the first
//! that asks and read by the others.
//!
//! The plan is made in [`super::query`], below the modules whose findings it carries, so the
//! value is kept as `Any` and read back as its one type where it is made (see `Engine::named`).

use std::any::Any;
use std::fmt;
use std::sync::OnceLock;

/// A value worked out from a plan the first time a step asks for it; empty in a new plan.
#[derive(Default)]
pub struct Memo(OnceLock<Box<dyn Any + Send + Sync>>);

impl Memo {
    /// The value kept, worked out by `work` when nothing is kept yet.
    ///
    /// # Panics
    /// When a value of another type is kept: one memo keeps one kind of value.
    pub fn get_or_init<T: Any + Send + Sync>(&self, work: impl FnOnce() -> T) -> &T {
        let kept = self.0.get_or_init(|| Box::new(work()));
        kept.downcast_ref().expect("a memo keeps one kind of value")
    }
}

/// A copy starts empty and works its value out again when asked: a value kept as `Any` cannot
/// be copied, and plans are not copied on the way of a search.
impl Clone for Memo {
    fn clone(&self) -> Memo {
        Memo::default()
    }
}

/// What a plan keeps follows from the rest of the plan, so it plays no part in comparing plans.
impl PartialEq for Memo {
    fn eq(&self, _: &Memo) -> bool {
        true
    }
}

impl fmt::Debug for Memo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = if self.0.get().is_some() {
            "kept"
        } else {
            "empty"
        };
        write!(f, "Memo({state})")
    }
}

#[cfg(test)]
mod tests {
    use super::Memo;

    #[test]
    fn the_value_is_worked_out_once_and_a_copy_starts_empty() {
        let memo = Memo::default();
        let mut works = 0;
        assert_eq!(
            *memo.get_or_init(|| {
                works += 1;
                7_u32
            }),
            7
        );
        assert_eq!(*memo.get_or_init(|| 8_u32), 7);
        assert_eq!(works, 1);
        let copy = memo.clone();
        assert_eq!(format!("{copy:?}"), "Memo(empty)");
        assert_eq!(*copy.get_or_init(|| 9_u32), 9);
        assert_eq!(copy, memo, "what is kept plays no part in comparing");
    }
}
