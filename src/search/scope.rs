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
    use crate::search::testing::archive_engine;
    use crate::search::Engine;

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

    fn interview(engine: &Engine, id: &str) -> usize {
        engine
            .corpus()
            .interviews
            .iter()
            .position(|i| i.id == id)
            .unwrap()
    }

    #[test]
    fn a_scoped_search_quotes_only_its_interviews_and_finds_their_best_passage() {
        let engine = archive_engine();
        let question = "Why are nurses leaving public hospitals after the pandemic?";
        let everywhere = engine.search(question, 10);
        let water = interview(engine, "quispe-water-cochabamba");
        assert!(
            everywhere.hits.iter().all(|h| h.passage.interview != water),
            "the question is not about water in Cochabamba"
        );

        let scope = Scope::only([water]);
        let scoped = engine.search_in("public service water tariffs", 5, &scope);
        assert!(!scoped.hits.is_empty());
        assert!(scoped.hits.iter().all(|h| h.passage.interview == water));

        let lithium = interview(engine, "quispe-lithium-andes");
        let both = Scope::only([lithium, water]);
        let hits = engine.search_in("salt flats", 10, &both).hits;
        assert!(hits.iter().all(|h| both.includes(h.passage.interview)));
        assert_eq!(hits[0].passage.interview, lithium);
    }

    #[test]
    fn a_scope_is_the_same_ranking_as_the_whole_archive_restricted_to_it() {
        let engine = archive_engine();
        let question = "What does she think about lithium mining and water?";
        let all = engine.search(question, 200).hits;
        let first = all[0].passage.interview;
        let scoped = engine.search_in(question, 3, &Scope::only([first])).hits;
        let expected: Vec<usize> = all
            .iter()
            .filter(|h| h.passage.interview == first)
            .take(3)
            .map(|h| h.passage.id)
            .collect();
        let got: Vec<usize> = scoped.iter().map(|h| h.passage.id).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn an_empty_scope_or_one_without_an_answer_quotes_nothing() {
        let engine = archive_engine();
        let question = "What is the main threat to the salt flats?";
        assert!(engine
            .search_in(question, 5, &Scope::only([]))
            .hits
            .is_empty());
        let music = interview(engine, "reyes-band-tour");
        let refused = engine.search_in("lithium brine evaporation ponds", 5, &Scope::only([music]));
        assert!(
            refused.hits.is_empty(),
            "{:?}",
            refused.hits.first().map(|h| &h.passage.text)
        );
        assert!(refused.abstention.is_some());
        let related = engine.related_answers_in("salt flats lithium", 3, &Scope::only([music]));
        assert!(related.iter().all(|p| p.interview == music));
    }
}
