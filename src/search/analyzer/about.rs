//! Questions about the interview itself ("what is this interview about?", "tldr in one
//! line"): they have no topic of their own that a passage could cover, and the introduction
//! answers them. The one place for the words of that rule, including those that are also
//! stopwords: the English stopword set takes them from here (see [`super::stopwords`]).

use super::words;

/// Words naming the interview itself that never carry a topic, so they are stopwords too.
pub(super) const INTERVIEW_FRAMING: &[&str] = &["interview", "summary", "summarize", "tldr"];

/// Other words naming the interview itself, which are searched like any word elsewhere ("a
/// piece of land", "the article of the law").
const INTERVIEW_NAMES: &[&str] = &[
    "interviews",
    "article",
    "piece",
    "conversation",
    "summarise",
    "overview",
    "gist",
    "entrevista",
    "resumo",
    "resumen",
];

/// Words asking for the form of a summary that never carry a topic, so they are stopwords too.
pub(super) const SUMMARY_FRAMING: &[&str] = &["overall", "simply"];

/// Other words asking for the form of a summary rather than a topic ("in one line", "briefly"),
/// which are searched like any word elsewhere ("the main threat").
const SUMMARY_FORMS: &[&str] = &[
    "one",
    "line",
    "lines",
    "sentence",
    "sentences",
    "word",
    "words",
    "short",
    "brief",
    "briefly",
    "quick",
    "quickly",
    "nutshell",
    "main",
    "point",
    "points",
    "simple",
];

/// True for a question about the interview itself: a word of `question` names the interview,
/// and every word the question is searched for (`topics`, the words of its plan's concepts)
/// names it too or asks for the form of a summary.
pub fn asks_about_the_interview<'a>(
    question: &str,
    topics: impl IntoIterator<Item = &'a str>,
) -> bool {
    let names = |word: &str| INTERVIEW_FRAMING.contains(&word) || INTERVIEW_NAMES.contains(&word);
    let form = |word: &str| SUMMARY_FRAMING.contains(&word) || SUMMARY_FORMS.contains(&word);
    words(question).any(|(_, _, word)| names(&word.to_lowercase()))
        && topics.into_iter().all(|word| names(word) || form(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_naming_the_interview_with_no_other_topic_is_about_it() {
        assert!(asks_about_the_interview(
            "TLDR in one line?",
            ["one", "line"]
        ));
        assert!(asks_about_the_interview(
            "What is this interview about?",
            []
        ));
        assert!(!asks_about_the_interview(
            "What is the main threat?",
            ["main", "threat"]
        ));
        assert!(!asks_about_the_interview(
            "the article on lithium",
            ["article", "lithium"]
        ));
    }
}
