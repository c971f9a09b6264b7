//! Whole files read as a reader gets them: a site's section name over the headline, credits
//! in brackets between the turns, and a group interview whose front matter names only its
//! first guest (`tests/data/pages`).

use super::read;

fn page(name: &str) -> String {
    let path = format!("{}/tests/data/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("the test page is in tests/data/pages")
}

#[test]
fn the_section_name_is_no_title_and_bracketed_credits_are_no_passages() {
    let reading = read("reyes", &page("reyes-river-clay-culture.txt")).expect("parses");
    let interview = &reading.interview;
    assert_eq!(
        interview.title,
        "Tom Reyes on the river clay that made his name"
    );
    assert_eq!(interview.turns.len(), 2);
    for turn in &interview.turns {
        for paragraph in &turn.answer {
            assert!(!paragraph.contains('('), "{paragraph}");
        }
    }
    let dropped: Vec<&str> = reading.dropped.iter().map(|d| d.text.as_str()).collect();
    assert!(dropped.contains(&"Culture"), "{dropped:?}");
    assert!(dropped.contains(&"(Con información de Agencia Norte)"));
}

#[test]
fn each_guest_section_is_credited_to_its_heading_not_the_front_matter_guest() {
    let reading = read("potters", &page("prado-rocha-mar-potters.md")).expect("parses");
    let speakers: Vec<Option<String>> = (reading.interview.turns.iter())
        .map(|t| t.speakers.first().cloned().flatten())
        .collect();
    let named = |name: &str| Some(name.to_string());
    assert_eq!(
        speakers,
        [
            named("Inês Prado"),
            named("Inês Prado"),
            named("Davi Rocha"),
            named("Davi Rocha"),
            named("Lúcia Mar"),
            named("Lúcia Mar"),
        ]
    );
}
