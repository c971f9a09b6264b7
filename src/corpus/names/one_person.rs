//! One person cannot both ask and answer. When the two names found are the same person, the
//! stronger reading keeps them: a headline presenting the guest ("Interview with Ana Ruiz")
//! outweighs a blog's author key, which lists whoever the post is about as often as who wrote
//! it; a job title before the name ("Senior Writer Ana Ruiz") marks the staff member who asked,
//! so the guest is someone the text leaves unnamed. A job title is a word the text also writes
//! in lowercase, as a common noun ("our writer"), or two words or more ("Senior Writer"):
//! "José Luis García" answering "Luis García" are two people.

use super::super::reading::NameSource;
use super::super::Metadata;
use crate::corpus::name_words::{holds_address_mark, written_lowercase_as, Spelling};

/// Words before the asker's name that make a job title even when the text never writes them
/// in lowercase ("Senior Writer Ana Ruiz" in a byline): a person's own second given name
/// ("José Luis García" beside "Luis García") adds one word.
const MIN_TITLE_CASE_JOB_WORDS: usize = 2;

/// Clears the side that loses when the interviewer and the interviewee name one person; `whole`
/// is the file's text, where a job title is also written in lowercase.
pub fn settle_one_person(
    metadata: &mut Metadata,
    whole: &[&str],
    interviewer: &mut NameSource,
    interviewee: &mut NameSource,
) {
    let (Some(asker), Some(guest)) = (&metadata.interviewer, &metadata.interviewee) else {
        return;
    };
    let words = |name: &str| -> Vec<String> {
        (name.split_whitespace())
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect()
    };
    let (asker, guest) = (words(asker), words(guest));
    if asker.len() < 2 || !guest.ends_with(&asker) {
        return;
    }
    let guest_read = !matches!(
        *interviewee,
        NameSource::FrontMatter | NameSource::Label { .. }
    );
    let extra = &guest[..guest.len() - asker.len()];
    let job = extra.len() >= MIN_TITLE_CASE_JOB_WORDS
        || (extra.iter())
            .any(|w| written_lowercase_as(w, whole, Spelling::WholeWord, holds_address_mark));
    if guest.len() > asker.len() && guest_read && job {
        // "Senior Writer Ana Ruiz": the asker with the job title the page prints before them.
        metadata.interviewee = None;
        *interviewee = NameSource::Unknown;
    } else if guest.len() == asker.len() && *interviewee == NameSource::Title {
        metadata.interviewer = None;
        *interviewer = NameSource::Unknown;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settled(asker: &str, guest: &str, from: NameSource) -> (Option<String>, Option<String>) {
        let whole = [
            "Senior Editor Ana Ruiz talks to José Luis García about bridges.",
            "Every writer on our staff asks one question.",
        ];
        let mut metadata = Metadata {
            interviewer: Some(asker.into()),
            interviewee: Some(guest.into()),
            ..Metadata::default()
        };
        let (mut asked, mut answered) = (NameSource::FrontMatter, from);
        settle_one_person(&mut metadata, &whole, &mut asked, &mut answered);
        (metadata.interviewer, metadata.interviewee)
    }

    #[test]
    fn the_headlines_guest_is_no_author_keys_interviewer() {
        let (asker, guest) = settled("Ana Ruiz", "Ana Ruiz", NameSource::Title);
        assert_eq!((asker, guest.as_deref()), (None, Some("Ana Ruiz")));
    }

    #[test]
    fn a_job_title_before_the_askers_name_names_no_guest() {
        let (asker, guest) = settled(
            "Ana Ruiz",
            "Staff Writer Ana Ruiz",
            NameSource::Introduction,
        );
        assert_eq!((asker.as_deref(), guest), (Some("Ana Ruiz"), None));
        let (asker, guest) = settled("Ana Ruiz", "Writer Ana Ruiz", NameSource::Introduction);
        assert_eq!((asker.as_deref(), guest), (Some("Ana Ruiz"), None));
    }

    #[test]
    fn two_people_stay_as_they_are() {
        let (asker, guest) = settled("Luis García", "José Luis García", NameSource::Title);
        assert_eq!(
            (asker.as_deref(), guest.as_deref()),
            (Some("Luis García"), Some("José Luis García")),
            "a first name the text never writes in lowercase is no job title"
        );
        let (asker, guest) = settled("Ana Ruiz", "Ivo Lund", NameSource::Title);
        assert_eq!(
            (asker.as_deref(), guest.as_deref()),
            (Some("Ana Ruiz"), Some("Ivo Lund"))
        );
        let (asker, guest) = settled("Ana Ruiz", "Ana Ruiz", NameSource::Label { line: 3 });
        assert_eq!(
            (asker.as_deref(), guest.as_deref()),
            (Some("Ana Ruiz"), Some("Ana Ruiz"))
        );
    }
}
