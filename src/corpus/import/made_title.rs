//! The title of a page that gives none (no `title:`, no headline, no heading) but whose front
//! matter names the person interviewed and the subject (`person:` and `topic:`, as conference
//! sites write their speaker interviews): the page's own words, put together, rather than a
//! placeholder that names nothing.

use super::meta::PageMeta;

/// The person and the subject, "Name: Subject", or whichever of the two the page gives; `None`
/// when it gives neither. Nothing is added that the page does not say (no "Interview with"
/// in one language for pages in all languages).
pub fn title_from_front(meta: &PageMeta) -> Option<String> {
    let person = meta.interviewee.as_deref().map(str::trim);
    let topic = meta.topic.as_deref().map(str::trim);
    match (
        person.filter(|p| !p.is_empty()),
        topic.filter(|t| !t.is_empty()),
    ) {
        (Some(person), Some(topic)) if topic.contains(person) => Some(topic.to_string()),
        (Some(person), Some(topic)) => Some(format!("{person}: {topic}")),
        (Some(only), None) | (None, Some(only)) => Some(only.to_string()),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{import_page, PageKind};
    use super::*;

    fn meta(person: Option<&str>, topic: Option<&str>) -> PageMeta {
        PageMeta {
            interviewee: person.map(str::to_string),
            topic: topic.map(str::to_string),
            ..PageMeta::default()
        }
    }

    #[test]
    fn the_person_and_the_subject_make_the_title() {
        let made = |p, t| title_from_front(&meta(p, t));
        assert_eq!(
            made(Some("Ines Vale"), Some("Tides of Rust")).as_deref(),
            Some("Ines Vale: Tides of Rust")
        );
        assert_eq!(made(Some("Ines Vale"), None).as_deref(), Some("Ines Vale"));
        assert_eq!(made(None, Some("Tides")).as_deref(), Some("Tides"));
        assert_eq!(
            made(Some("Ines Vale"), Some("Ines Vale on tides")).as_deref(),
            Some("Ines Vale on tides")
        );
        assert_eq!(made(None, None), None);
    }

    #[test]
    fn an_untitled_post_with_person_and_topic_is_named_by_them() {
        let page = "---\nperson: Bruno Okafor\nyear: 2021\ntopic: Mapping Rivers with Drones\n\
                    ---\nBruno Okafor will speak about drones at the river meeting.\n\n\
                    Q: Could you introduce yourself?\n\nI map rivers for a living, mostly \
                    by air.\n\nQ: What will the talk cover?\n\nHow we fly along the banks \
                    and what the pictures show.\n";
        let imported = import_page(PageKind::Markdown, page).expect("imported");
        assert_eq!(imported.title, "Bruno Okafor: Mapping Rivers with Drones");
        assert!(
            imported.text.contains("interviewee = \"Bruno Okafor\""),
            "{}",
            imported.text
        );
    }
}
