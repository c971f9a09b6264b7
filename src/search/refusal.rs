//! Whether the best candidates answer the question at all, or the engine should say it has no
//! good answer.
//!
//! The rule is relative to the question and calibrated by the corpus itself: each concept of
//! the question weighs its inverse document frequency in this corpus, and a passage must match
//! at least [`SearchSettings::min_coverage`](super::SearchSettings) of the question's topical
//! weight (in its text or in the interviewer's question it answers). A word the corpus never
//! uses weighs the most, so a question about something else ("calories in a banana") stays
//! under the bar however large the archive; words shared by chance weigh little where they are
//! common. Names of the interviews' people and outlets do not count as topic: "what does Quispe
//! think about X" must be answered by a passage of Quispe's about X, and when the named
//! interviews have none, the engine refuses rather than quote someone else.
//!
//! Coverage alone collapses as an archive grows: nearly every common word is used somewhere,
//! once, in passing ("how old is Okafor?" finds "old" in one of her answers). So across several
//! interviews, one of the passages that cover enough must also match part of the question's
//! topic with *salience* (see `rerank::RankingEvidence::salient_coverage`): in the interviewer's
//! question it answers, more than once, or next to another word of the question (the person's
//! name included: "Quispe was born in Oruro"). Within one interview (a corpus of one, or a chat
//! that picked one) a word met once is an answer: the person chose where to look. Nor is a
//! passage met in passing when it meets two words of the question or more that the corpus
//! would hold together by chance in less than one passage (see [`chance`]).
//!
//! A question that asks for a quantity ("how many goals…") is answered only by passages that
//! state one (see [`super::figures`]), at any corpus size: the others are dropped, and when
//! none is left the engine refuses. Across several interviews, a question asking for a fact
//! (who, where, which, how many, what is the name…) is answered only by passages that
//! match its rarest word (see [`super::asked`]). So is a question that asks for a year or a name
//! (see [`super::facts`]) by passages that give one. Across several interviews, a question
//! that names the kind of thing its answer is ("which *university*…", "how many
//! *kilometres*…") is answered only by passages whose answer uses that word (see
//! [`super::focus`]).
//!
//! When no passage reaches the bar, or none matches with salience, the interviews the question
//! names may vouch for a passage of theirs (see [`named`]): a word of the question that those
//! few passages would hold by chance less than half the time is what the named person spoke
//! of, when every word missed is one the whole corpus lacks.
//!
//! At any corpus size, a passage must say something of the question itself (see
//! [`borrows_its_question`]): a reply of a few words that shares no word with the question
//! ("Yeah.") answers its interviewer's question, not the reader's, and a passage that meets
//! only the name of a person the question asks about ("I'm Aaron Smith, I write…"), in its
//! text or in the interviewer's question it answers, says who they are, not what they think of
//! the rest of the question.

use super::facts::Fact;
use super::rerank::Scored;
use super::Abstention;
pub(super) use borrowed::{borrows_its_question, prompts_a_reply, Meeting, MAX_BARE_REPLY_WORDS};

pub(super) mod borrowed;
pub(super) mod chance;
pub(super) mod distinct;
pub(super) mod guessed;
pub(super) mod named;
pub(super) mod someone_else;
pub(super) mod titles;

/// The rules a search's candidates must pass, besides coverage.
pub(super) struct Rules<'a> {
    /// Least coverage (see [`super::SearchSettings::min_coverage`]).
    pub(super) min_coverage: f32,
    /// Whether a word met once is enough (a search within one interview).
    pub(super) in_passing_is_enough: bool,
    /// For a question asking for a quantity, whether a passage (by id) states one.
    pub(super) states_figure: Option<&'a dyn Fn(usize) -> bool>,
    /// For a question asking for a fact across several interviews, whether a passage (by id)
    /// matches the question's rarest word (see [`super::asked`]), and for one with a focus
    /// word, whether it uses it (see [`super::focus`]).
    pub(super) has_rarest: Option<&'a dyn Fn(usize) -> bool>,
    /// For the same question, whether a passage (by id) says the rarest word near another of
    /// the question's words (see [`super::together`]).
    pub(super) says_together: Option<&'a dyn Fn(usize) -> bool>,
    /// For a question asking for a year or a name, which, and whether a passage (by
    /// id) gives one (see [`super::facts`]).
    pub(super) gives_fact: Option<(Fact, &'a dyn Fn(usize) -> bool)>,
    /// How many passages are wanted: reading passages for figures stops there.
    pub(super) wanted: usize,
    /// For a question naming interviews, whether they vouch for a passage (by id) whatever
    /// its coverage and salience (see [`named`]).
    pub(super) vouched: Option<&'a dyn Fn(usize) -> bool>,
    /// The share of the question a passage (by id) meets in one place with several distinct
    /// concepts (see [`distinct`]), for passages just under the bar.
    pub(super) met_in_one_place: Option<&'a dyn Places>,
}

/// The share of the question a passage (by id) meets in one place (see [`distinct`]).
pub(super) trait Places {
    /// The share for passage `id`.
    fn met_in_one_place(&self, id: usize) -> f32;

    /// Whether passage `id` meets distinct words of the question together beyond chance (see
    /// [`chance`]): what it is about, not what it says in passing.
    fn meets_beyond_chance(&self, id: usize) -> bool;
}

/// The candidates that may be quoted (those covering enough of the question, best first), or
/// why none may. With `in_passing_is_enough` false (a search across several interviews), at
/// least one of them must match part of the question with salience, not only in passing.
pub(super) fn admissible(
    candidates: Vec<Scored>,
    rules: &Rules<'_>,
) -> Result<Vec<Scored>, Abstention> {
    let best_coverage = candidates
        .iter()
        .map(|c| c.coverage)
        .fold(0.0_f32, f32::max);
    if candidates.is_empty() {
        return Err(Abstention::NoMatch);
    }
    let kept = covering(candidates, rules, best_coverage)?;
    let coverage = best_coverage;
    let kept = keep_passing(kept, rules.has_rarest, Abstention::OffSubject { coverage })?;
    let kept = keep_passing(kept, rules.says_together, Abstention::Apart { coverage })?;
    let kept = if rules.in_passing_is_enough || kept.iter().any(|c| c.salience > 0.0) {
        kept
    } else {
        // Met only in passing, unless the named interviews vouch for a passage or it meets
        // the question's words together beyond chance.
        let only_in_passing = Abstention::OnlyInPassing { coverage };
        let vouched = |id| rules.vouched.is_some_and(|vouched| vouched(id));
        let together =
            |id| (rules.met_in_one_place).is_some_and(|places| places.meets_beyond_chance(id));
        keep_passing(
            kept,
            Some(&|id| vouched(id) || together(id)),
            only_in_passing,
        )?
    };
    let kept = match rules.states_figure {
        None => kept,
        Some(states_figure) => keep_giving(kept, states_figure, rules.wanted),
    };
    if kept.is_empty() {
        return Err(Abstention::NoFigure {
            coverage: best_coverage,
        });
    }
    let Some((fact, gives)) = rules.gives_fact else {
        return Ok(kept);
    };
    let kept = keep_giving(kept, gives, rules.wanted);
    if kept.is_empty() {
        return Err(Abstention::NotGiven {
            coverage: best_coverage,
            fact,
        });
    }
    Ok(kept)
}

/// The candidates that reach the bar or, when none does, those the named interviews vouch
/// for (see [`named`]) and those that meet several distinct concepts of the question in one
/// place covering nearly enough (see [`distinct`]): fallbacks, never preferred to a passage
/// that covers enough. The concepts met must also be ones the corpus would hold together by
/// chance in less than one passage (see [`chance`]): two common words meet in one sentence
/// somewhere in any archive ("What time does the last ferry to Oslo leave today?" meets
/// "time" and "today" in a reply about a first job), two rarer ones are what it is about.
fn covering(
    candidates: Vec<Scored>,
    rules: &Rules<'_>,
    best_coverage: f32,
) -> Result<Vec<Scored>, Abstention> {
    let min_coverage = rules.min_coverage;
    let vouched = |c: &Scored| rules.vouched.is_some_and(|vouched| vouched(c.id));
    let near_bar = min_coverage * distinct::NEAR_BAR_SHARE;
    let in_one_place = |c: &Scored| {
        c.coverage >= near_bar
            && rules.met_in_one_place.is_some_and(|met| {
                met.met_in_one_place(c.id) >= near_bar && met.meets_beyond_chance(c.id)
            })
    };
    let reaches = best_coverage >= min_coverage;
    let kept: Vec<Scored> = candidates
        .into_iter()
        .filter(|c| c.score > 0.0)
        .filter(|c| match reaches {
            true => c.coverage >= min_coverage,
            false => vouched(c) || in_one_place(c),
        })
        .collect();
    match (kept.is_empty(), reaches) {
        (false, _) => Ok(kept),
        (true, true) => Err(Abstention::NoMatch),
        (true, false) => Err(Abstention::LowCoverage {
            coverage: best_coverage,
            min_coverage,
        }),
    }
}

/// The candidates for which `gives` holds, best first; reading passages stops at `wanted`.
/// The candidates that pass `rule`, if any rule, or `refusal` when none does.
fn keep_passing(
    kept: Vec<Scored>,
    rule: Option<&dyn Fn(usize) -> bool>,
    refusal: Abstention,
) -> Result<Vec<Scored>, Abstention> {
    let Some(rule) = rule else {
        return Ok(kept);
    };
    let kept: Vec<Scored> = kept.into_iter().filter(|c| rule(c.id)).collect();
    match kept.is_empty() {
        true => Err(refusal),
        false => Ok(kept),
    }
}

fn keep_giving(kept: Vec<Scored>, gives: &dyn Fn(usize) -> bool, wanted: usize) -> Vec<Scored> {
    kept.into_iter()
        .filter(|c| gives(c.id))
        .take(wanted.max(1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn admissible(
        candidates: Vec<Scored>,
        min_coverage: f32,
        in_passing_is_enough: bool,
    ) -> Result<Vec<Scored>, Abstention> {
        let rules = Rules {
            min_coverage,
            in_passing_is_enough,
            states_figure: None,
            has_rarest: None,
            says_together: None,
            gives_fact: None,
            wanted: 10,
            vouched: None,
            met_in_one_place: None,
        };
        super::admissible(candidates, &rules)
    }

    fn scored(id: usize, score: f32, coverage: f32) -> Scored {
        Scored {
            id,
            score,
            coverage,
            salience: coverage,
        }
    }

    #[test]
    fn passages_under_the_coverage_bar_are_never_quoted_even_when_ranked_first() {
        let kept = admissible(vec![scored(1, 3.0, 0.2), scored(2, 2.0, 0.6)], 0.3, false).unwrap();
        assert_eq!(kept, [scored(2, 2.0, 0.6)]);
    }

    #[test]
    fn no_candidate_or_too_little_coverage_is_a_refusal() {
        assert_eq!(admissible(Vec::new(), 0.3, false), Err(Abstention::NoMatch));
        assert_eq!(
            admissible(vec![scored(1, 3.0, 0.1)], 0.3, false),
            Err(Abstention::LowCoverage {
                coverage: 0.1,
                min_coverage: 0.3
            })
        );
    }

    #[test]
    fn words_met_only_in_passing_answer_within_one_interview_but_not_across_an_archive() {
        let in_passing = Scored {
            salience: 0.0,
            ..scored(1, 3.0, 1.0)
        };
        assert_eq!(
            admissible(vec![in_passing.clone()], 0.3, true),
            Ok(vec![in_passing.clone()])
        );
        assert_eq!(
            admissible(vec![in_passing.clone()], 0.3, false),
            Err(Abstention::OnlyInPassing { coverage: 1.0 })
        );
        let salient = scored(2, 1.0, 0.5);
        assert!(admissible(vec![in_passing, salient], 0.3, false).is_ok());
    }

    #[test]
    fn vouched_passages_are_quoted_only_when_no_passage_reaches_the_bar_or_matches_saliently() {
        let vouched_for = |id: usize| id == 1;
        let rules = Rules {
            min_coverage: 0.3,
            in_passing_is_enough: false,
            states_figure: None,
            has_rarest: None,
            says_together: None,
            gives_fact: None,
            wanted: 10,
            vouched: Some(&vouched_for),
            met_in_one_place: None,
        };
        let in_passing = |id, coverage| Scored {
            salience: 0.0,
            ..scored(id, 2.0, coverage)
        };
        let low = vec![in_passing(1, 0.2), in_passing(2, 0.25)];
        assert_eq!(super::admissible(low, &rules), Ok(vec![in_passing(1, 0.2)]));
        let covering = vec![in_passing(1, 0.2), scored(2, 1.0, 0.5)];
        assert_eq!(
            super::admissible(covering, &rules),
            Ok(vec![scored(2, 1.0, 0.5)])
        );
        let only_in_passing = vec![in_passing(1, 0.5), in_passing(2, 0.5)];
        assert_eq!(
            super::admissible(only_in_passing, &rules),
            Ok(vec![in_passing(1, 0.5)])
        );
        let unvouched = vec![in_passing(2, 0.2)];
        assert!(matches!(
            super::admissible(unvouched, &rules),
            Err(Abstention::LowCoverage { .. })
        ));
        assert_eq!(
            super::admissible(vec![in_passing(2, 0.5)], &rules),
            Err(Abstention::OnlyInPassing { coverage: 0.5 })
        );
    }

    #[test]
    fn passages_meeting_several_concepts_in_one_place_nearly_reach_the_bar() {
        /// Passage 1 meets a quarter of the question in one place, beyond chance.
        struct Place;
        impl Places for Place {
            fn met_in_one_place(&self, id: usize) -> f32 {
                if id == 1 {
                    0.25
                } else {
                    0.1
                }
            }
            fn meets_beyond_chance(&self, id: usize) -> bool {
                id == 1
            }
        }
        let met = Place;
        let rules = Rules {
            min_coverage: 0.3,
            in_passing_is_enough: true,
            states_figure: None,
            has_rarest: None,
            says_together: None,
            gives_fact: None,
            wanted: 10,
            vouched: None,
            met_in_one_place: Some(&met),
        };
        let near = vec![scored(2, 3.0, 0.26), scored(1, 2.0, 0.26)];
        assert_eq!(
            super::admissible(near, &rules),
            Ok(vec![scored(1, 2.0, 0.26)])
        );
        let far_under = vec![scored(1, 2.0, 0.2)];
        assert!(matches!(
            super::admissible(far_under, &rules),
            Err(Abstention::LowCoverage { .. })
        ));
        let covering = vec![scored(1, 2.0, 0.26), scored(2, 1.0, 0.4)];
        assert_eq!(
            super::admissible(covering, &rules),
            Ok(vec![scored(2, 1.0, 0.4)])
        );
    }

    #[test]
    fn words_met_in_one_place_by_chance_do_not_lift_a_passage_under_the_bar() {
        // The same place as above, but of words the corpus would hold together anyway.
        struct ByChance;
        impl Places for ByChance {
            fn met_in_one_place(&self, id: usize) -> f32 {
                if id == 1 {
                    0.25
                } else {
                    0.1
                }
            }
            fn meets_beyond_chance(&self, _id: usize) -> bool {
                false
            }
        }
        let by_chance = ByChance;
        let rules = Rules {
            min_coverage: 0.3,
            in_passing_is_enough: true,
            states_figure: None,
            has_rarest: None,
            says_together: None,
            gives_fact: None,
            wanted: 10,
            vouched: None,
            met_in_one_place: Some(&by_chance),
        };
        assert_eq!(
            super::admissible(vec![scored(1, 2.0, 0.26)], &rules),
            Err(Abstention::LowCoverage {
                coverage: 0.26,
                min_coverage: 0.3
            })
        );
    }

    #[test]
    fn passages_met_only_in_passing_are_quoted_when_they_meet_the_question_beyond_chance() {
        struct Meeting;
        impl Places for Meeting {
            fn met_in_one_place(&self, _id: usize) -> f32 {
                0.0
            }
            fn meets_beyond_chance(&self, id: usize) -> bool {
                id == 2
            }
        }
        let rules = Rules {
            min_coverage: 0.3,
            in_passing_is_enough: false,
            states_figure: None,
            has_rarest: None,
            says_together: None,
            gives_fact: None,
            wanted: 10,
            vouched: None,
            met_in_one_place: Some(&Meeting),
        };
        let in_passing = |id| Scored {
            salience: 0.0,
            ..scored(id, 2.0, 0.5)
        };
        assert_eq!(
            super::admissible(vec![in_passing(1), in_passing(2)], &rules),
            Ok(vec![in_passing(2)])
        );
        assert_eq!(
            super::admissible(vec![in_passing(1)], &rules),
            Err(Abstention::OnlyInPassing { coverage: 0.5 })
        );
    }

    #[test]
    fn a_question_asking_for_a_quantity_keeps_only_passages_that_state_one() {
        let even = |id: usize| id.is_multiple_of(2);
        let rules = Rules {
            min_coverage: 0.3,
            in_passing_is_enough: true,
            states_figure: Some(&even),
            has_rarest: None,
            says_together: None,
            gives_fact: None,
            wanted: 10,
            vouched: None,
            met_in_one_place: None,
        };
        let both = vec![scored(1, 3.0, 0.6), scored(2, 2.0, 0.6)];
        assert_eq!(
            super::admissible(both, &rules),
            Ok(vec![scored(2, 2.0, 0.6)])
        );
        assert_eq!(
            super::admissible(vec![scored(1, 3.0, 0.6)], &rules),
            Err(Abstention::NoFigure { coverage: 0.6 })
        );
    }
}
