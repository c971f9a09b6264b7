//! Podcast transcripts, each in a small show of our own: speakers named alone on a line above
//! their words, a tool's numbered voices for three hosts and one guest, and a Markdown
//! transcript with plain name labels kept by `import` as its labels give it, and a first
//! exchange under plain first names before prompts set in italics.

use crate::support::parsed::{parse, questions};
use interview_bot::corpus::import::{import_page, PageKind};

#[test]
fn names_alone_on_their_lines_say_who_speaks() {
    let interview = parse(
        "Episode 12 - Ida Brenn\n\n## Transcript\n\nTom\n\n\
         Welcome to the show. Ida, how did you come to the lighthouse?\n\n\
         Ida Brenn\n\nBy the night ferry, forty years ago, with one suitcase.\n\n\
         It rained the whole crossing.\n\n\
         Tom\n\nWhat did you do the first night?\n\n\
         Ida Brenn\n\nI polished the lens until dawn.\n",
    );
    assert_eq!(
        questions(&interview),
        [
            "Welcome to the show. Ida, how did you come to the lighthouse?",
            "What did you do the first night?"
        ]
    );
    assert_eq!(interview.turns[0].answer.len(), 2);
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Ida Brenn"));
}

#[test]
fn three_numbered_hosts_ask_and_their_talk_among_themselves_goes() {
    let long = |what: &str| {
        format!(
            "{what}, and the clockwork that turns the light has to be wound by hand every few \
             hours, which my grandfather did for forty years without missing a single night."
        )
    };
    let interview = parse(&format!(
        "Ida Brenn keeps the light\n\n\
         SPEAKER_00: Hi everyone, I'm Tom.\n\n\
         SPEAKER_01: And I'm Ana. Our guest today keeps a lighthouse.\n\n\
         SPEAKER_02: Ida, why lighthouses?\n\n\
         SPEAKER_03: {}\n\n\
         SPEAKER_01: Thanks for listening!\n\n\
         SPEAKER_03: {}\n\n\
         SPEAKER_00: A word from our sponsor, the ferry company.\n\n\
         SPEAKER_01: What broke first, right?\n\n\
         SPEAKER_03: {}\n",
        long("Because my grandfather kept one"),
        long("The fog horn was the worst part"),
        long("The lamp broke before the lens"),
    ));
    assert_eq!(
        questions(&interview),
        ["Ida, why lighthouses?", "What broke first, right?"]
    );
    assert_eq!(
        interview.turns[0].answer.len(),
        2,
        "the host's reaction goes"
    );
}

#[test]
fn import_keeps_the_turns_plain_name_labels_give() {
    let page = "---\ntitle: Notes on boats\n---\n\n\
                Ida Moss: Welcome. Today we talk with Tom Hale about boats.\n\n\
                Ida Moss: First a word from the ferry company that supports the show.\n\n\
                Ida Moss: So, Tom, why boats?\n\n\
                Tom Hale: Because my father built them, and his father before him.\n\n\
                Ida Moss: What wood do you use?\n\n\
                Tom Hale: The oak from the hills, you mean?\n\n\
                Ida Moss: Yes, that one.\n\n\
                Tom Hale: Always oak, from the hills above the harbour.\n\n\
                Ida Moss: And the sails?\n\n\
                Tom Hale: Cotton, sewn by my aunt in the loft over the shop.\n";
    let imported = import_page(PageKind::Markdown, page).expect("imported");
    let interview = parse(&imported.text);
    let asked = questions(&interview);
    assert_eq!(asked[0], "So, Tom, why boats?", "{}", imported.text);
    assert!(asked.contains(&"Yes, that one."), "{asked:?}");
    assert_eq!(interview.metadata.interviewer.as_deref(), Some("Ida Moss"));
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Tom Hale"));
}

#[test]
fn a_reply_under_a_first_name_to_the_credited_interviewer_is_an_answer() {
    let interview = parse(
        "+++\ntitle = \"Talking kilns with Rosa Leme\"\ninterviewer = \"Tom Reyes\"\n+++\n\
         Talking kilns with Rosa Leme\n\n\
         Rosa Leme fires pots in a wood kiln.\n\n\
         Tom: What do you do besides pottery?\n\n\
         Rosa: I teach two evenings a week at the village school.\n\n\
         Q: How did the kiln come about?\n\n\
         A: A neighbour sold me his bricks when he moved away.\n\n\
         Q: How long does a firing take?\n\n\
         A: Two days and a night, with friends taking turns.",
    );
    assert_eq!(interview.turns.len(), 3);
    assert_eq!(
        interview.turns[0].question,
        "What do you do besides pottery?"
    );
    assert_eq!(
        interview.turns[0].answer,
        ["I teach two evenings a week at the village school."]
    );
}

#[test]
fn a_first_exchange_under_plain_first_names_imports_as_a_question_and_its_answer() {
    let page = "---\ntitle: Talking kilns with Rosa Leme\nauthor: Tom Reyes\n---\n\n\
        Rosa Leme fires pots in a wood kiln. She talked with Tom about it.\n\n\
        Tom: _What do you do besides pottery?_\n\n\
        Rosa: I teach two evenings a week at the village school.\n\n\
        _How did the kiln come about?_\n\n\
        A neighbour sold me his bricks when he moved away.\n\n\
        _How long does a firing take?_\n\n\
        Two days and a night, with friends taking turns.\n";
    let imported = import_page(PageKind::Markdown, page).unwrap();
    assert!(!imported.text.contains("Tom:"), "{}", imported.text);
    let interview = interview_bot::corpus::parse("kiln", &imported.text).unwrap();
    assert_eq!(interview.turns.len(), 3);
    assert_eq!(
        interview.turns[0].question,
        "What do you do besides pottery?"
    );
    assert_eq!(
        interview.turns[0].answer,
        ["I teach two evenings a week at the village school."]
    );
}

#[test]
fn an_imported_briefing_keeps_its_officials_and_the_chair_never_answers() {
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/pages/okafor-flood-briefing.md"),
    )
    .unwrap();
    let imported = import_page(PageKind::Markdown, &page).unwrap();
    assert!(imported.text.contains("interviewee = \"Dr. Stokes\""));
    let interview = interview_bot::corpus::parse("okafor-flood-briefing", &imported.text).unwrap();
    let answers: Vec<&String> = interview.turns.iter().flat_map(|t| &t.answer).collect();
    assert!(
        answers
            .iter()
            .all(|a| !a.contains("time for two more") && !a.contains("concludes")),
        "the chair's remarks are no answers: {answers:?}"
    );
    let minister = interview
        .turns
        .iter()
        .find(|t| t.question.contains("cost of the repairs"))
        .unwrap();
    assert_eq!(
        minister.speakers.first().cloned().flatten().as_deref(),
        Some("The Deputy Minister")
    );
}
