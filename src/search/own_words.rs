//! Which candidates answer the question in their own words (see
//! [`refusal::borrows_its_question`]): a short reply meets the reader's question only through
//! its interviewer's question unless that question asked what, who or which; and which may give
//! someone's view (no introduction does).

use super::analyzer::{self, Analyzer};
use super::names::NamesWritten;
use super::query::QueryPlan;
use super::rerank::introduction::asks_view;
use super::rerank::Scored;
use super::terms::{self, CorpusTerms};
use super::{facts, refusal, Engine};
use crate::corpus::Passage;

impl Engine {
    /// The candidates that meet the question in their own words (see
    /// [`refusal::borrows_its_question`]).
    pub(super) fn on_their_own(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        resolved: &terms::ResolvedPlan,
        question: &str,
        candidates: Vec<Scored>,
    ) -> Vec<Scored> {
        let candidates = self.beyond_guesses(terms, plan, resolved, candidates);
        let written = NamesWritten::of(question);
        let is_name: Vec<bool> = plan
            .concepts
            .iter()
            .map(|c| written.has(&c.words))
            .collect();
        let is_name = match is_name.contains(&true) {
            true => {
                let analysed = Analyzer::new(terms.language).analyze(question);
                let words: Vec<&str> = plan.concepts.iter().map(|c| c.words.as_str()).collect();
                refusal::titles::with_titles(question, &analysed, &words, &is_name)
            }
            false => is_name,
        };
        let only_names = self.only_naming(terms, plan, &is_name);
        let weights: Vec<f32> = plan.concepts.iter().map(|c| c.weight).collect();
        let matches = |c: &terms::ResolvedConcept, test: &dyn Fn(u32) -> bool| {
            let whole = |ids: &Vec<Option<u32>>| ids.iter().all(|id| id.is_some_and(test));
            c.alternatives.iter().any(whole)
        };
        candidates
            .into_iter()
            .filter(|c| {
                let passage = &self.corpus.passages[c.id];
                let each = |test: &dyn Fn(u32) -> bool| -> Vec<bool> {
                    resolved.concepts.iter().map(|c| matches(c, test)).collect()
                };
                let text = terms.text_terms(passage);
                let in_text = each(&|id| text.binary_search(&id).is_ok());
                let in_question = match is_name.contains(&true) {
                    true => each(&|id| terms.in_question(passage, id)),
                    false => Vec::new(),
                };
                let words = (passage.text.split_whitespace())
                    .take(refusal::MAX_BARE_REPLY_WORDS + 1)
                    .count();
                let bare = words <= refusal::MAX_BARE_REPLY_WORDS && !in_text.contains(&true);
                let meeting = refusal::Meeting {
                    words,
                    in_text: &in_text,
                    in_question: &in_question,
                    is_name: &is_name,
                    only_names: &only_names,
                    weights: &weights,
                    replies_to_open_question: bare
                        && self.replies_to_open_question(terms, passage, !text.is_empty()),
                };
                !refusal::borrows_its_question(&meeting)
            })
            .collect()
    }

    /// Whether each concept only names an interview outside a whole name the question writes
    /// ("Bolsonaro" in "O que Bolsonaro pensa sobre Henrique Meirelles?"; see
    /// [`refusal::Meeting::only_names`]).
    fn only_naming(&self, terms: &CorpusTerms, plan: &QueryPlan, is_name: &[bool]) -> Vec<bool> {
        let (_, naming) = self.named(terms, plan);
        let whole_name = |at: usize| is_name.get(at).copied().unwrap_or(false);
        (naming.iter().enumerate())
            .map(|(at, &names)| names && !whole_name(at))
            .collect()
    }

    /// Whether the passage answers an interviewer's question asking what, who, which… rather
    /// than yes or no (see [`facts::asks_yes_or_no`]).
    /// A prompt without a question mark is open only for a reply `with_words` of its own: one
    /// with none ("Yeah, exactly.") assents to a statement.
    fn replies_to_open_question(
        &self,
        terms: &CorpusTerms,
        passage: &Passage,
        with_words: bool,
    ) -> bool {
        let interview = &self.corpus.interviews[passage.interview];
        let asked = passage.turn.and_then(|t| interview.turns.get(t));
        asked.is_some_and(|turn| {
            // A prompt without a question mark ("Sum up your book in three words.") asks for
            // what it names, never yes or no; a remark is no prompt (see
            // [`refusal::prompts_a_reply`]).
            if !turn.question.trim_end().ends_with(['?', '"', '”', '»']) {
                return with_words && refusal::prompts_a_reply(&turn.question);
            }
            let mut analyzer = Analyzer::new(terms.language);
            let words = analyzer.analyze(&turn.question);
            let asks_open = |words: &[analyzer::AnalyzedWord]| !facts::asks_yes_or_no(words);
            !words.is_empty()
                && (asks_open(&words)
                    || asks_open(&analyzer.analyze(interrogative_clause(&turn.question))))
        })
    }

    /// The candidates that may give someone's view: for a question asking for one ("what does
    /// she think of…", "¿qué opina…?", "o que ela acha…"), not an introduction, the
    /// publisher's summary, which names the topics of the interview but gives no view of them.
    pub(super) fn own_views(
        &self,
        words: &[analyzer::AnalyzedWord],
        candidates: Vec<Scored>,
    ) -> Vec<Scored> {
        if !asks_view(words) {
            return candidates;
        }
        candidates
            .into_iter()
            .filter(|c| self.corpus.passages[c.id].turn.is_some())
            .collect()
    }
}

/// The clause a question asks in when it opens with a condition or a setting ("If you could
/// not paint, what would you be?", "Si no…, ¿qué hubiera querido ser?"): what follows its last
/// comma, semicolon or opening "¿". A question asks yes or no only if neither its
/// opening nor this clause starts with a question word.
fn interrogative_clause(question: &str) -> &str {
    question.rsplit([',', ';', '¿']).next().unwrap_or(question)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::search::testing::engine_of;

    #[test]
    fn passages_that_meet_the_question_only_through_their_prompt_or_a_stated_name_are_not_quoted() {
        let dir = tempfile::tempdir().unwrap();
        let text = "Q: Who are you, and what do you do?\n\n\
                    A: I'm Nora Blake. I bake bread in a small town by the coast.\n\n\
                    Q: You grew up by the sea, in a fishing town?\n\n\
                    A: Yeah.\n\n\
                    Q: What do you bake on weekends?\n\n\
                    A: Rye bread mostly, and cakes for weddings when friends ask for them.\n\n\
                    Q: Who is your favourite painter?\n\n\
                    A: Paula Rego.\n\n\
                    Q: If you had not been able to run a bakery, what would you have wanted to be?\n\n\
                    A: A sailor.\n\n\
                    Q: And if you never sell the bakery, your children will bake there too.\n\n\
                    A: Yeah, exactly.\n\n\
                    Q: Sum up the bakery in two words.\n\n\
                    A: Warm rooms.\n";
        std::fs::write(dir.path().join("blake.txt"), text).unwrap();
        let loaded = crate::corpus::load_dir(dir.path()).unwrap().interviews;
        let engine = engine_of(loaded.into_iter().map(Arc::new).collect());
        let quoted = |question: &str| {
            let outcome = engine.search(question, 1);
            outcome.hits.first().map(|h| h.passage.text.clone())
        };
        assert_eq!(quoted("Where did she grow up, by the sea?"), None);
        assert_eq!(quoted("What does Nora Blake think about taxes?"), None);
        let bakes = quoted("What cakes does Nora Blake make for weddings?");
        assert!(bakes.is_some_and(|t| t.contains("Rye bread")));
        let painter = quoted("Who is your favourite painter?");
        assert_eq!(
            painter.as_deref(),
            Some("Paula Rego."),
            "a reply to an open question"
        );
        let trade = quoted("What would she be if she could not run a bakery?");
        assert_eq!(
            trade.as_deref(),
            Some("A sailor."),
            "the open clause after a condition"
        );
        assert_eq!(
            quoted("Will her children sell the bakery?"),
            None,
            "assent to a statement"
        );
        let summed = quoted("How would she sum up the bakery?");
        assert_eq!(
            summed.as_deref(),
            Some("Warm rooms."),
            "a reply to a prompt"
        );
    }

    #[test]
    fn a_person_met_only_in_a_prompt_or_with_their_title_does_not_answer_a_question_about_more() {
        let dir = tempfile::tempdir().unwrap();
        let text = "+++\ntitle = \"Harbour nights\"\ninterviewee = \"Mira Solano\"\n+++\n\n\
                    Tonight the band plays at the harbour hall, with a dinner by chef Iago Ferrim.\n\n\
                    Q: The new record has Tom Avery on drums, is he settled in now?\n\n\
                    A: Completely. We have played together for years, so he feels at home.\n\n\
                    Q: What do you eat before a show?\n\n\
                    A: Soup, usually, with bread from the market near the hall.\n";
        std::fs::write(dir.path().join("harbour.txt"), text).unwrap();
        let loaded = crate::corpus::load_dir(dir.path()).unwrap().interviews;
        let engine = engine_of(loaded.into_iter().map(Arc::new).collect());
        let quoted = |question: &str| {
            let outcome = engine.search(question, 1);
            outcome.hits.first().map(|h| h.passage.text.clone())
        };
        assert_eq!(quoted("What cymbals does Tom Avery play?"), None);
        assert_eq!(quoted("What dessert does the chef Iago Ferrim make?"), None);
        let settled = quoted("Is Tom Avery settled in the band now?");
        assert!(settled.is_some_and(|t| t.contains("Completely")));
    }

    #[test]
    fn a_passage_about_a_person_answers_a_question_naming_only_them_and_the_interviewee() {
        let dir = tempfile::tempdir().unwrap();
        let solano = "+++\ntitle = \"Harbour nights\"\ninterviewee = \"Mira Solano\"\n+++\n\n\
                      Q: Who taught you rhythm?\n\n\
                      A: [Tom] Avery did. He keeps time like nobody, and he never shouts.\n\n\
                      Q: What do you eat before a show?\n\n\
                      A: Soup, usually, with bread from the market near the hall.\n";
        let quill = "+++\ntitle = \"Kilns\"\ninterviewee = \"Nora Quill\"\n+++\n\n\
                     Q: How hot is the kiln?\n\n\
                     A: Hot enough to glaze a bowl in one night, and the market sells them.\n";
        std::fs::write(dir.path().join("solano.txt"), solano).unwrap();
        std::fs::write(dir.path().join("quill.txt"), quill).unwrap();
        let loaded = crate::corpus::load_dir(dir.path()).unwrap().interviews;
        let engine = engine_of(loaded.into_iter().map(Arc::new).collect());
        let outcome = engine.search("What does Solano think about Tom Avery?", 1);
        let quoted = outcome.hits.first().map(|h| h.passage.text.clone());
        assert!(
            quoted.is_some_and(|t| t.contains("keeps time")),
            "{outcome:?}"
        );
    }
}
