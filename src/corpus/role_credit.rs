//! A credit line naming who did one job on the text: "Transcrito por Rui Dias", "Edited by
//! Ana Ruiz", "Traducido por Lía Gil": one capitalised word (the job), then a byline. It names
//! nobody who speaks and is not quoted.

/// A role credit has the job word and a byline of a few words: longer, it is a sentence.
const MAX_ROLE_CREDIT_WORDS: usize = 6;

/// Jobs done on a text, not in the conversation, that a page credits with a colon
/// ("Traducción: Lía Gil", "Revisão: Rui Dias"), lowercase: English, Spanish, Portuguese.
const TEXT_JOBS: &[&str] = &[
    "translation",
    "traducción",
    "tradução",
    "editing",
    "edición",
    "edição",
    "transcription",
    "transcripción",
    "transcrição",
    "revisión",
    "revisão",
];

/// True when the words before a colon end on a job done on the text ("Traducción" in
/// "Traducción: Lía Gil", also after a byline run onto the same paragraph): the name after
/// the colon did that job, and is nobody interviewed.
pub fn names_a_text_job(label: &str) -> bool {
    let last = label.split_whitespace().last().unwrap_or_default();
    TEXT_JOBS.contains(&last.to_lowercase().as_str())
}

/// True for "Job by Name": `byline` says whether the words after the job are a byline ("por
/// Rui Dias"), in any language whose byline words the reader knows.
pub fn is_role_credit(line: &str, byline: impl Fn(&str) -> bool) -> bool {
    let line = line.trim();
    let Some((job, rest)) = line.split_once(' ') else {
        return false;
    };
    let job_word =
        job.chars().next().is_some_and(char::is_uppercase) && job.chars().all(char::is_alphabetic);
    job_word
        && line.split_whitespace().count() <= MAX_ROLE_CREDIT_WORDS
        && !line.ends_with(['.', '?', '!'])
        && byline(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit(line: &str) -> bool {
        let byline = |rest: &str| {
            let by = rest.starts_with("por ") || rest.starts_with("by ");
            by && (rest.split_whitespace().skip(1)).all(|w| w.starts_with(char::is_uppercase))
        };
        is_role_credit(line, byline)
    }

    #[test]
    fn a_job_on_the_text_before_a_colon_is_a_credit() {
        assert!(names_a_text_job("Traducción"));
        assert!(names_a_text_job("Rui Dias Tradução"));
        assert!(!names_a_text_job("Entrevista"));
        assert!(!names_a_text_job("Author Q&A"));
    }

    #[test]
    fn a_job_and_a_byline_is_a_credit() {
        assert!(credit("Transcrito por Rui Dias"));
        assert!(credit("Edited by Ana Ruiz"));
        assert!(!credit("Por Rui Dias"));
        assert!(!credit("Loved by everyone who knew her."));
        assert!(!credit("We went there by Train with Ana and Rui Dias"));
    }
}
