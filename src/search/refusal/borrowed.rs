//! Whether a passage meets the question in its own words, or only through its interviewer's
//! question or the name of the person asked about (see [`borrows_its_question`]).

/// Words at most in a reply that, sharing no word with the question, cannot answer it on its
/// own: "Yeah.", "Yes, absolutely." answer the interviewer's question, whatever the reader
/// asked. A sentence of an answer is longer than this.
pub(in crate::search) const MAX_BARE_REPLY_WORDS: usize = 4;

/// Words at most of an interviewer's prompt without a question mark that asks for a reply
/// ("Sum up your book in three words.", "Your favourite painter."): a questionnaire's prompts
/// are short. A longer one is a remark in a conversation ("And if you keep the shop open on
/// Sundays, the whole town ends up coming to you…"), and a short reply to it ("Right.") agrees.
pub(in crate::search) const MAX_PROMPT_WORDS: usize = 12;

/// Whether an interviewer's `prompt` without a question mark asks for a reply (see
/// [`MAX_PROMPT_WORDS`]).
pub(in crate::search) fn prompts_a_reply(prompt: &str) -> bool {
    let words = prompt.split_whitespace().take(MAX_PROMPT_WORDS + 1).count();
    (1..=MAX_PROMPT_WORDS).contains(&words)
}

/// How a passage meets the question, concept by concept (in the question's order).
pub(in crate::search) struct Meeting<'a> {
    /// Words in the passage's own text (counting may stop past [`MAX_BARE_REPLY_WORDS`]).
    pub(in crate::search) words: usize,
    /// Whether its own text matches each concept.
    pub(in crate::search) in_text: &'a [bool],
    /// Whether its interviewer's question matches each concept (read only when a concept is
    /// a name; a concept left out reads as unmatched).
    pub(in crate::search) in_question: &'a [bool],
    /// Whether each concept is a person's name as the question writes it (capitalised).
    pub(in crate::search) is_name: &'a [bool],
    /// Whether each concept only names the interview searched, outside a whole name
    /// ("Bolsonaro" in "O que Bolsonaro pensa sobre Henrique Meirelles?"): every passage there
    /// is that person's, so the word asks nothing more than the names. Met in a passage's
    /// text, it is still the question's own word there (a concept left out reads as false).
    pub(in crate::search) only_names: &'a [bool],
    /// Each concept's weight (`Concept::weight`: rarer words weigh more; a concept left out
    /// weighs nothing).
    pub(in crate::search) weights: &'a [f32],
    /// Whether the passage is a short reply to an interviewer's question asking what, who,
    /// which… (not yes or no): such a reply is the answer itself ("Dylan Thomas.").
    pub(in crate::search) replies_to_open_question: bool,
}

/// Whether a passage would be quoted on the strength of something else than its own words:
/// a short reply whose text matches no concept of the question (only its interviewer's
/// question does), or a passage that meets only the names of the question while the question
/// asks about something more (a self-introduction that states the name). A short reply to an
/// open question ("Who is your favourite writer?" — "Dylan Thomas.") or to a prompt ("Sum up
/// your book in three words.") is what was asked for: questionnaires are made of such
/// replies, and the coverage rules judge them as any passage.
pub(in crate::search) fn borrows_its_question(m: &Meeting<'_>) -> bool {
    let in_text = m.in_text.iter().any(|&t| t);
    if !in_text && m.words <= MAX_BARE_REPLY_WORDS {
        return !m.replies_to_open_question;
    }
    let matched = |at: usize| m.in_text[at] || m.in_question.get(at).copied().unwrap_or(false);
    let name = |at: usize| m.is_name.get(at).copied().unwrap_or(false);
    let concepts = 0..m.in_text.len();
    let names = || concepts.clone().filter(|&at| name(at));
    let weight = |at: usize| m.weights.get(at).copied().unwrap_or(0.0);
    let heaviest = |of: &mut dyn Iterator<Item = usize>| of.map(weight).fold(0.0, f32::max);
    // The passage says the whole name, in its text and its interviewer's question ("Nora
    // contacted me", under a question naming Nora Vale), or its interviewer's question alone
    // names the person ("… now that Lia Fenwick plays bass, is the sound fuller?") while
    // what the question asks about beyond the name weighs more than the name: a reply about
    // someone a prompt names is about them, not about a rarer thing the question asks for
    // ("What amplifier does Lia Fenwick use?"). A lighter, common word the reply lacks ("How
    // is Lia Fenwick doing in the band?") leaves the reply answering about the person.
    let said = names().any(|at| m.in_text[at]);
    let outweighs_the_name = || {
        let unmatched = &mut concepts.clone().filter(|&at| !name(at) && !matched(at));
        heaviest(unmatched) > heaviest(&mut names())
    };
    let states_the_name =
        names().next().is_some() && names().all(matched) && (said || outweighs_the_name());
    let meets_only_names = concepts.clone().all(|at| !matched(at) || name(at));
    let only_names = |at: usize| m.only_names.get(at).copied().unwrap_or(false);
    let asks_more = concepts.into_iter().any(|at| !name(at) && !only_names(at));
    states_the_name && meets_only_names && asks_more
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meeting<'a>(words: usize, in_text: &'a [bool], in_question: &'a [bool]) -> Meeting<'a> {
        Meeting {
            words,
            in_text,
            in_question,
            is_name: &[true, true, false],
            only_names: &[],
            weights: &[1.0, 1.0, 2.0],
            replies_to_open_question: false,
        }
    }

    #[test]
    fn a_short_reply_to_an_open_question_is_an_answer() {
        let none = [false; 3];
        let all = [true; 3];
        let open = |in_question| Meeting {
            replies_to_open_question: true,
            ..meeting(2, &none, in_question)
        };
        assert!(!borrows_its_question(&open(&all)));
        assert!(!borrows_its_question(&open(&[false, true, true])));
        assert!(
            borrows_its_question(&meeting(2, &none, &all)),
            "a reply to a yes-or-no question"
        );
    }

    #[test]
    fn a_short_prompt_asks_for_a_reply_and_a_long_remark_does_not() {
        assert!(prompts_a_reply("Sum up your book in three words."));
        assert!(!prompts_a_reply(
            "Well, I suppose you would have to close the shop if the roof fell in one winter."
        ));
        assert!(!prompts_a_reply("  "));
    }

    #[test]
    fn a_short_reply_sharing_no_word_with_the_question_is_not_an_answer_to_it() {
        let none = [false; 3];
        let topic = [false, false, true];
        assert!(borrows_its_question(&meeting(1, &none, &topic)));
        assert!(!borrows_its_question(&meeting(1, &topic, &none)));
        let long = MAX_BARE_REPLY_WORDS + 1;
        assert!(!borrows_its_question(&meeting(long, &none, &topic)));
    }

    #[test]
    fn a_passage_meeting_only_the_name_of_a_question_about_more_is_not_an_answer() {
        let name = [true, true, false];
        let none = [false; 3];
        assert!(borrows_its_question(&meeting(40, &name, &none)));
        assert!(!borrows_its_question(&meeting(
            40,
            &[true, true, true],
            &none
        )));
        assert!(!borrows_its_question(&meeting(
            40,
            &name,
            &[false, false, true]
        )));
        let only_names = Meeting {
            is_name: &[true, true, true],
            ..meeting(40, &name, &none)
        };
        assert!(!borrows_its_question(&only_names));
        // The third word names the interview searched: it asks nothing beyond the names, so a
        // passage saying the whole name is about that person; said in the text, it still
        // counts as the question's own word there.
        let naming = Meeting {
            only_names: &[false, false, true],
            ..meeting(40, &name, &none)
        };
        assert!(!borrows_its_question(&naming));
        assert!(borrows_its_question(&meeting(40, &name, &none)));
        let part_of_the_name = [false, true, false];
        assert!(!borrows_its_question(&meeting(
            40,
            &part_of_the_name,
            &none
        )));
        assert!(
            borrows_its_question(&meeting(40, &part_of_the_name, &name)),
            "the first name in the text, the whole name in its interviewer's question"
        );
        assert!(
            borrows_its_question(&meeting(40, &none, &name)),
            "a reply about the person its interviewer's question names"
        );
        assert!(!borrows_its_question(&meeting(
            40,
            &[false, false, true],
            &name
        )));
    }

    #[test]
    fn a_reply_under_a_prompt_naming_the_person_answers_unless_a_rarer_topic_is_missing() {
        let name = [true, true, false];
        let none = [false; 3];
        let light_topic = Meeting {
            weights: &[2.0, 2.5, 0.5],
            ..meeting(40, &none, &name)
        };
        assert!(!borrows_its_question(&light_topic));
        let rare_topic = Meeting {
            weights: &[2.0, 2.5, 4.0],
            ..meeting(40, &none, &name)
        };
        assert!(borrows_its_question(&rare_topic));
        let said = [true, true, false];
        let in_text = Meeting {
            weights: &[2.0, 2.5, 0.5],
            ..meeting(40, &said, &name)
        };
        assert!(
            borrows_its_question(&in_text),
            "the name in its own text, the topic nowhere"
        );
    }
}
