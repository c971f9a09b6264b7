//! English simple pasts and plurals that are another word than Snowball's cut of their base:
//! "wrote" led back to "write", "took" to "take", "women" to "woman".
//!
//! Snowball cuts endings, and the strong verbs change their root: each such form got a term of
//! its own, so "What did she write about the strike?" met nothing of "she wrote about it", and
//! a paraphrase asked in one tense and answered in another lost the weight of its verb, by that
//! word alone, under the refusal line. This is the closed class of the grammar, as `irregular`
//! is for Spanish and Portuguese, not a list of topics.
//!
//! Only a simple past whose participle is another word ("wrote", "written") or the base
//! itself ("came", "come") is led back. A participle is also an adjective and shares its stem
//! with a noun in "-ing": led back to "build", "built" met every "building" ("When was the
//! Eiffel Tower built?" met "a glass tower … a building"), "paid" every "pay"; so "built",
//! "paid", "written", "known" and the pasts spelled as their participle keep their own term.
//! Pasts that are also words of their own are left out: "saw", "bit", "rose", "lay", "left",
//! "found", "led", "fed", "shot", "broke", "tore"; so are those that are a given name or
//! another word as often as a past: "drew" ("Drew Hale"), "fell" (a hill, "fell running"),
//! "stole" (a scarf), "spoke" (of a wheel), "woke" (the adjective). Led back to their base,
//! a question about "Drew" met every answer that drew a plan.
//! A past whose base is a stopword ("did", "got") is one too, as its base is.

/// Simple pasts of strong verbs whose participle is another word, with their base
/// (lowercased, folded).
const PAST_FORMS: &[(&str, &str)] = &[
    ("arose", "arise"),
    ("awoke", "awake"),
    ("began", "begin"),
    ("blew", "blow"),
    ("became", "become"),
    ("came", "come"),
    ("chose", "choose"),
    ("did", "do"),
    ("drank", "drink"),
    ("drove", "drive"),
    ("ate", "eat"),
    ("flew", "fly"),
    ("forbade", "forbid"),
    ("forgot", "forget"),
    ("forgave", "forgive"),
    ("froze", "freeze"),
    ("got", "get"),
    ("went", "go"),
    ("grew", "grow"),
    ("hid", "hide"),
    ("knew", "know"),
    ("mistook", "mistake"),
    ("overcame", "overcome"),
    ("ran", "run"),
    ("rode", "ride"),
    ("shook", "shake"),
    ("shrank", "shrink"),
    ("sang", "sing"),
    ("sank", "sink"),
    ("strove", "strive"),
    ("swore", "swear"),
    ("swam", "swim"),
    ("took", "take"),
    ("threw", "throw"),
    ("underwent", "undergo"),
    ("undertook", "undertake"),
    ("wore", "wear"),
    ("withdrew", "withdraw"),
    ("wrote", "write"),
];

/// Plurals that are another word than their singular once cut (lowercased, folded). "lives"
/// and "leaves" are left out: they are also the verbs "live" and "leave".
const PLURALS: &[(&str, &str)] = &[
    ("women", "woman"),
    ("men", "man"),
    ("children", "child"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("mice", "mouse"),
    ("geese", "goose"),
    ("wives", "wife"),
    ("knives", "knife"),
    ("halves", "half"),
    ("shelves", "shelf"),
    ("thieves", "thief"),
    ("wolves", "wolf"),
];

/// The base word of an irregular English form (lowercased, folded), `None` for other words.
pub(super) fn english_base(word: &str) -> Option<&'static str> {
    let verb = PAST_FORMS
        .iter()
        .find(|(past, _)| *past == word)
        .map(|(_, base)| *base);
    verb.or_else(|| {
        PLURALS
            .iter()
            .find(|(plural, _)| *plural == word)
            .map(|(_, singular)| *singular)
    })
}

/// The forms and their bases, in a fixed order (for the analysis fingerprint).
pub(super) fn english_irregular_rules() -> impl Iterator<Item = &'static str> {
    let verbs = PAST_FORMS.iter().flat_map(|(past, base)| [*past, *base]);
    verbs.chain(PLURALS.iter().flat_map(|(plural, one)| [*plural, *one]))
}

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms, Language};
    use super::*;

    #[test]
    fn strong_verbs_meet_their_base_in_the_simple_past() {
        assert_same_terms(
            Language::En,
            &[
                ("she wrote two books", "she writes two books"),
                ("they chose her", "choosing her"),
                ("the boat sank", "the boats sink"),
                ("he ran the mill", "running the mill"),
            ],
        );
    }

    #[test]
    fn irregular_plurals_meet_their_singular() {
        assert_same_terms(
            Language::En,
            &[("women", "woman"), ("children", "child"), ("feet", "foot")],
        );
    }

    #[test]
    fn a_past_whose_base_is_grammar_is_grammar_and_participles_keep_their_term() {
        assert_same_terms(Language::En, &[("they did", ""), ("we got there", "")]);
        assert_ne!(
            test_terms(Language::En, "built"),
            test_terms(Language::En, "building")
        );
        assert_ne!(
            test_terms(Language::En, "the left"),
            test_terms(Language::En, "leave")
        );
    }

    #[test]
    fn a_past_that_is_also_a_name_or_a_noun_keeps_its_term() {
        assert_ne!(
            test_terms(Language::En, "Drew"),
            test_terms(Language::En, "draw")
        );
        for (past, base) in [("fell", "fall"), ("stole", "steal")] {
            assert_ne!(
                test_terms(Language::En, past),
                test_terms(Language::En, base),
                "{past}"
            );
        }
        for past in ["drew", "fell", "stole", "spoke", "woke"] {
            assert_eq!(english_base(past), None, "{past}");
        }
    }

    #[test]
    fn each_form_has_one_base() {
        let mut forms: Vec<&str> = (PAST_FORMS.iter().map(|(past, _)| *past))
            .chain(PLURALS.iter().map(|(plural, _)| *plural))
            .collect();
        let all = forms.len();
        forms.sort_unstable();
        forms.dedup();
        assert_eq!(forms.len(), all);
        assert_eq!(english_base("wrote"), Some("write"));
        assert_eq!(english_base("written"), None);
    }
}
