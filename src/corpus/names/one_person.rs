//! One person cannot both ask and answer. When the two names found are the same person, the
//! stronger reading keeps them: a headline presenting the guest ("Interview with Ana Ruiz")
//! outweighs a blog's author key, which lists whoever the post is about as often as who wrote
//! it; a job title before the name ("Senior Writer Ana Ruiz") marks the staff member who asked,
//! so the guest is someone the text leaves unnamed.

use super::super::reading::NameSource;
use super::super::Metadata;

/// Clears the side that loses when the interviewer and the interviewee name one person.
pub fn settle_one_person(
    metadata: &mut Metadata,
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
    if guest.len() > asker.len() && guest_read {
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
        let mut metadata = Metadata {
            interviewer: Some(asker.into()),
            interviewee: Some(guest.into()),
            ..Metadata::default()
        };
        let (mut asked, mut answered) = (NameSource::FrontMatter, from);
        settle_one_person(&mut metadata, &mut asked, &mut answered);
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
    }

    #[test]
    fn two_people_stay_as_they_are() {
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
