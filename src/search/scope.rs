//! Which interviews a search may quote: the whole archive, or only some interviews (a chat that
//! picked one, an inline query that starts with a person's name).
//!
//! A scope is a filter on the one index, applied where the first phase collects its candidates:
//! the best candidates *inside* the scope are found, not the best of the archive then thinned
//! out, and no second index is ever built.

/// The interviews a search may quote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Scope {
    /// Every interview of the corpus.
    #[default]
    All,
    /// Only these interviews (indexes in [`Corpus::interviews`], sorted, unique); an empty list
    /// quotes nothing.
    Only(Vec<usize>),
}

impl Scope {
    /// A scope of the given interview indexes, in any order, repeats allowed.
    pub fn only(interviews: impl IntoIterator<Item = usize>) -> Scope {
        let mut interviews: Vec<usize> = interviews.into_iter().collect();
        interviews.sort_unstable();
        interviews.dedup();
        Scope::Only(interviews)
    }

    /// Whether passages of this interview may be quoted.
    pub fn includes(&self, interview: usize) -> bool {
        match self {
            Scope::All => true,
            Scope::Only(interviews) => interviews.binary_search(&interview).is_ok(),
        }
    }

    /// The interviews the scope allows; `None` for the whole corpus, where no filter is needed.
    pub(super) fn interviews(&self) -> Option<&[usize]> {
        match self {
            Scope::All => None,
            Scope::Only(interviews) => Some(interviews),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scope_lists_its_interviews_once_in_order() {
        assert_eq!(Scope::All.interviews(), None);
        assert_eq!(Scope::only([2, 0, 2]).interviews(), Some(&[0, 2][..]));
        assert_eq!(Scope::only([]).interviews(), Some(&[][..]));
    }

    #[test]
    fn includes_follows_the_list() {
        let scope = Scope::only([3, 1]);
        assert!(scope.includes(1) && scope.includes(3) && !scope.includes(2));
        assert!(Scope::All.includes(99));
    }
}
