//! The people a file names before its conversation is read: the front matter's interviewee
//! and interviewer, and the person its headline names ("Entrevista com Lia Tavares"). Rules
//! that drop an opening's paragraphs as an advertiser's copy must know them: a post's
//! introduction repeats the guest's name as often as a sponsor message repeats a brand's.

use crate::corpus::headline_names::{title_name, Answers};
use crate::corpus::reading::Para;
use crate::corpus::Metadata;

/// The names of [`known_people`], owned; [`People::as_refs`] lends them as the readers take
/// them.
pub struct People(Vec<String>);

impl People {
    /// The names, borrowed.
    pub fn as_refs(&self) -> Vec<&str> {
        self.0.iter().map(String::as_str).collect()
    }
}

/// The front matter's people and the person the title (the front matter's, else the
/// headline, `headline`) names, when the text (`body`) bears the headline's shape out.
pub fn known_people(metadata: &Metadata, headline: Option<&str>, body: &[Para]) -> People {
    let mut people: Vec<String> = (metadata.named_people().into_iter())
        .map(str::to_string)
        .collect();
    if let Some(title) = metadata.title.as_deref().or(headline) {
        let whole: Vec<&str> = (body.iter().map(|p| p.text.as_str()))
            .chain([title])
            .collect();
        people.extend(title_name(&[title], &whole, Answers::ByName));
    }
    People(people)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_person_a_headline_names_is_known_before_the_conversation() {
        let body: Vec<Para> = ["Ouvi a Lia Tavares num podcast.", "Quando começou?"]
            .iter()
            .enumerate()
            .map(|(line, text)| Para {
                text: text.to_string(),
                line,
                after_break: false,
                after_separator: false,
                quoted: false,
                under_previous: false,
            })
            .collect();
        let metadata = Metadata {
            title: Some("Entrevista com Lia Tavares".into()),
            interviewer: Some("Rui Campos".into()),
            ..Metadata::default()
        };
        let people = known_people(&metadata, None, &body);
        assert_eq!(people.as_refs(), ["Rui Campos", "Lia Tavares"]);
        let metadata = Metadata::default();
        assert!(known_people(&metadata, Some("Notas de sábado"), &body)
            .as_refs()
            .is_empty());
    }
}
