//! Who asks when no speaker's paragraphs mostly hold a question: a host who greets, comments
//! and introduces at length asks in fewer than half of their turns, yet they are the only one
//! who asks at all.

/// A sole asker asks at least this often: one `?` may be an interviewee's aside.
const MIN_SOLE_ASKS: usize = 2;

/// Among `(speaker, paragraphs that ask)`, the one speaker who asks [`MIN_SOLE_ASKS`] times or
/// more while every other asks never.
pub fn sole_asker(asks: impl IntoIterator<Item = (usize, usize)>) -> Option<usize> {
    let asking: Vec<(usize, usize)> = asks.into_iter().filter(|(_, n)| *n > 0).collect();
    match asking.as_slice() {
        [(speaker, n)] if *n >= MIN_SOLE_ASKS => Some(*speaker),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_only_speaker_who_asks_asks() {
        assert_eq!(sole_asker([(0, 2), (1, 0)]), Some(0));
        assert_eq!(sole_asker([(0, 1), (1, 0)]), None);
        assert_eq!(sole_asker([(0, 3), (1, 1)]), None);
    }
}
