//! Tests of who asks and who answers: front matter, labels, headlines and introductions.

use super::*;

#[test]
fn a_transcript_names_its_guest_in_the_greeting() {
    let speakers = [Speaker {
        label: "Speaker 2".into(),
        role: Role::Interviewee,
        count: 4,
        line: 7,
    }];
    let greeting = "Today I'm with Mara Quist, who rebuilt a breakwater. How did it start?";
    let texts = ["Episode 12: rebuilding a harbour"];
    let mut metadata = Metadata::default();
    let source = find_interviewee(
        &mut metadata,
        (&speakers, None),
        &Reported::new(&texts, &texts),
        (Some(greeting), &|| None),
    );
    assert_eq!(source, NameSource::Introduction);
    assert_eq!(metadata.interviewee.as_deref(), Some("Mara Quist"));
}

#[test]
fn the_byline_names_the_interviewer_before_an_outlet_label() {
    let mut metadata = Metadata::default();
    let speakers = [Speaker {
        label: "THE LEDGER".into(),
        role: Role::Interviewer,
        count: 9,
        line: 12,
    }];
    let dropped = [Dropped {
        line: 3,
        text: "By Sam Whitfield".into(),
        reason: Clutter::Byline,
    }];
    let source = find_interviewer(
        &mut metadata,
        &speakers,
        (&dropped, None),
        &Reported::new(&[], &[]),
    );
    assert_eq!(source, NameSource::Byline { line: 3 });
    assert_eq!(metadata.interviewer.as_deref(), Some("Sam Whitfield"));
}

#[test]
fn the_guest_thanked_by_the_host_is_no_interviewer_and_the_host_thanked_is() {
    let guest = [Speaker {
        label: "Ivo Lund".into(),
        role: Role::Interviewee,
        count: 4,
        line: 5,
    }];
    let texts = ["Chips and radio"];
    let whole = [
        texts[0],
        "Thanks Ivo, for coming. Where did you start?",
        "In radio.",
    ];
    let mut metadata = Metadata::default();
    let (asker, _) = find_names(&mut metadata, &guest, (&[], 0), (&texts, &whole), None);
    assert_eq!(metadata.interviewee.as_deref(), Some("Ivo Lund"));
    assert_eq!((asker, metadata.interviewer), (NameSource::Unknown, None));
    let whole = [texts[0], "Where did you start?", "Thanks Dana. In radio."];
    let mut metadata = Metadata::default();
    let (asker, _) = find_names(&mut metadata, &guest, (&[], 0), (&texts, &whole), None);
    assert_eq!(asker, NameSource::Introduction);
    assert_eq!(metadata.interviewer.as_deref(), Some("Dana"));
}

#[test]
fn a_one_letter_asker_label_is_the_credited_journalist_with_that_initial() {
    let asker = |label: &str| {
        [Speaker {
            label: label.into(),
            role: Role::Interviewer,
            count: 5,
            line: 7,
        }]
    };
    let texts = ["Tides", "Interview by Teo Vance."];
    for (label, shown) in [("T", "Teo Vance"), ("K", "K")] {
        let mut metadata = Metadata::default();
        let page = Reported::new(&texts, &texts);
        find_interviewer(&mut metadata, &asker(label), (&[], None), &page);
        assert_eq!(metadata.interviewer.as_deref(), Some(shown), "{label}");
    }
}

#[test]
fn a_placeholder_interviewer_from_any_front_matter_names_nobody() {
    let mut metadata = Metadata {
        interviewer: Some("Various".into()),
        ..Metadata::default()
    };
    let texts = ["Tides"];
    let page = Reported::new(&texts, &texts);
    let source = find_interviewer(&mut metadata, &[], (&[], None), &page);
    assert_eq!((source, metadata.interviewer), (NameSource::Unknown, None));
}

#[test]
fn an_outlet_labelling_every_question_is_no_interviewer() {
    let speakers = [Speaker {
        label: "Revista".into(),
        role: Role::Interviewer,
        count: 6,
        line: 8,
    }];
    let texts = ["Ilda Serra volta ao palco"];
    let mut metadata = Metadata::default();
    let source = find_interviewer(
        &mut metadata,
        &speakers,
        (&[], None),
        &Reported::new(&texts, &texts),
    );
    assert_eq!(source, NameSource::Unknown);
    assert_eq!(metadata.interviewer, None);
}

#[test]
fn a_one_letter_label_stands_for_the_person_named_with_that_initial() {
    let speaker = |label: &str| Speaker {
        label: label.into(),
        role: Role::Interviewee,
        count: 5,
        line: 9,
    };
    let texts = [
        "Farm notes",
        "Last summer Sara Moss ran the greenhouse with us.",
    ];
    let whole = [texts[1], "S: It was warm.", "Farm notes"];
    let mut metadata = Metadata::default();
    find_interviewee(
        &mut metadata,
        (&[speaker("S")], None),
        &Reported::new(&texts, &whole),
        (None, &|| None),
    );
    assert_eq!(metadata.interviewee.as_deref(), Some("Sara Moss"));
    let mut metadata = Metadata::default();
    find_interviewee(
        &mut metadata,
        (&[speaker("T")], None),
        &Reported::new(&texts, &whole),
        (None, &|| None),
    );
    assert_eq!(metadata.interviewee.as_deref(), Some("T"));
}

#[test]
fn the_introduction_names_its_subject_over_a_retold_story_or_a_site_name() {
    let intro = "Ilda Serra ha vuelto a Porto con una novela negra. Han pasado años desde \
                 que Tomas Reed, cantante en declive, cantó allí. Tomas nunca volvió.";
    let texts = ["DIARIO NORTE Cultura y Libros", intro];
    let whole = [intro, "¿Escribe de noche?", "Sí, siempre.", texts[0]];
    let mut metadata = Metadata::default();
    find_interviewee(
        &mut metadata,
        (&[], None),
        &Reported::new(&texts, &whole),
        (None, &|| None),
    );
    assert_eq!(metadata.interviewee.as_deref(), Some("Ilda Serra"));
    let intro = "Nada le convence. Quiroga vive la campaña a fondo.";
    let texts = ["RADIO SUR Andalucía Vigo", intro];
    let whole = [
        intro,
        "—¿Y el alcalde?",
        "—Vigo necesita otro plan.",
        texts[0],
    ];
    let mut metadata = Metadata::default();
    find_interviewee(
        &mut metadata,
        (&[], None),
        &Reported::new(&texts, &whole),
        (None, &|| None),
    );
    assert_eq!(metadata.interviewee.as_deref(), Some("Quiroga"));
}

#[test]
fn a_title_made_of_the_file_name_lends_no_lowercase_words() {
    let intro = "Ilda Serra ha vuelto a Porto con una novela negra. Han pasado años desde \
                 que Tomas Reed, cantante en declive, cantó allí. Tomas nunca volvió.";
    let texts = ["es-diario-ilda-serra", intro];
    let whole = [intro, "¿Escribe de noche?", "Sí, siempre.", texts[0]];
    let mut metadata = Metadata::default();
    find_names(&mut metadata, &[], (&[], 0), (&texts, &whole), None);
    assert_eq!(metadata.interviewee.as_deref(), Some("Ilda Serra"));
    assert!(is_file_name("interview_ivo_lund"));
    assert!(!is_file_name("Entrevista"));
    assert!(!is_file_name("Ivo Lund-Serra"));
}

#[test]
fn a_greeting_names_the_person_it_addresses() {
    let greeting = "Marta, obrigado por receber a equipa da Rádio Norte. Tudo bem?";
    let whole = [greeting, "R: Tudo. Eu, Marta, agradeço."];
    assert_eq!(addressed(greeting, &whole).as_deref(), Some("Marta"));
    let hello = "Hola, Ana. ¿Qué tal?";
    assert_eq!(addressed(hello, &[hello, "Bien."]), None);
}

#[test]
fn a_follow_line_naming_the_guest_leaves_the_guest_and_names_no_interviewer() {
    let guest = [Speaker {
        label: "Nilo Fresco".into(),
        role: Role::Interviewee,
        count: 4,
        line: 5,
    }];
    let texts = ["Songs from the harbour"];
    let whole = [
        "Where did you start?",
        "In a choir.",
        "Follow Nilo Fresco on Instagram",
        texts[0],
    ];
    let mut metadata = Metadata::default();
    let (asker, _) = find_names(&mut metadata, &guest, (&[], 0), (&texts, &whole), None);
    assert_eq!(metadata.interviewee.as_deref(), Some("Nilo Fresco"));
    assert_eq!((asker, metadata.interviewer), (NameSource::Unknown, None));
    // Menu lines above the last exchange are no follow line; under it, one is.
    let dropped = |line: usize| Dropped {
        line,
        text: "Follow Rita Fontes".into(),
        reason: Clutter::PageFurniture,
    };
    let whole = ["Where did you start?", "In a choir.", texts[0]];
    let mut metadata = Metadata::default();
    find_names(
        &mut metadata,
        &guest,
        (&[dropped(1)], 9),
        (&texts, &whole),
        None,
    );
    assert_eq!(metadata.interviewer, None);
    find_names(
        &mut metadata,
        &guest,
        (&[dropped(12)], 9),
        (&texts, &whole),
        None,
    );
    assert_eq!(metadata.interviewer.as_deref(), Some("Rita Fontes"));
}

#[test]
fn a_personal_sites_owner_answers_when_the_text_names_nobody() {
    let answers = [Speaker {
        label: "A".into(),
        role: Role::Interviewee,
        count: 3,
        line: 9,
    }];
    let texts = ["Q&A", "Ask me anything."];
    let whole = [
        "Ask me anything.",
        "How do you write?",
        "Early, in bed.",
        "Q&A",
    ];
    let dropped = |line: usize, text: &str, reason: Clutter| Dropped {
        line,
        text: text.into(),
        reason,
    };
    let site = [
        dropped(1, "Mira Kestrel", Clutter::SiteHeader),
        dropped(2, "Contact", Clutter::SiteHeader),
        dropped(20, "© 2024 Mira Kestrel", Clutter::AfterInterview),
    ];
    let mut metadata = Metadata::default();
    let (_, asked) = find_names(&mut metadata, &answers, (&site, 14), (&texts, &whole), None);
    assert_eq!(asked, NameSource::Introduction);
    assert_eq!(metadata.interviewee.as_deref(), Some("Mira Kestrel"));
}

#[test]
fn a_role_after_an_article_gives_way_to_a_bare_name_headline() {
    let texts = [
        "Nora Vance",
        "“Tell me about the choir.”",
        "“It is busy. I went from a Singer to an Events Manager there.”",
    ];
    let whole = [texts[1], texts[2], "“Why?”", "“It was fun.”", texts[0]];
    let mut metadata = Metadata::default();
    find_interviewee(
        &mut metadata,
        (&[], None),
        &Reported::new(&texts, &whole),
        (None, &|| None),
    );
    assert_eq!(metadata.interviewee.as_deref(), Some("Nora Vance"));
}

#[test]
fn initials_stand_for_a_name_only_a_repeated_headline_prints() {
    let speaker = Speaker {
        label: "R. S".into(),
        role: Role::Interviewee,
        count: 6,
        line: 5,
    };
    let texts = ["Ana Lima Talks"];
    let whole = ["A. L: Why music?", "R. S: Why not.", texts[0]];
    let repeated = ["Ana Lima talks with Rui Sá"];
    let found = answer_label_name(&[speaker], (&texts, &repeated), &whole, None);
    assert_eq!(found, Some(("Rui Sá".to_string(), 5)));
    let speaker = Speaker {
        label: "R. S".into(),
        role: Role::Interviewee,
        count: 6,
        line: 5,
    };
    assert_eq!(
        answer_label_name(&[speaker], (&texts, &[]), &whole, None),
        None
    );
}

#[test]
fn an_outlets_initials_name_no_interviewer() {
    let speakers = [Speaker {
        label: "CS".into(),
        role: Role::Interviewer,
        count: 6,
        line: 5,
    }];
    let texts = ["Entrevista", "O Canto da Serra ouviu uma leitora de Braga."];
    let mut metadata = Metadata::default();
    let page = Reported::new(&texts, &texts);
    find_interviewer(&mut metadata, &speakers, (&[], None), &page);
    assert_eq!(metadata.interviewer, None);
}
