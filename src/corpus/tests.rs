use super::*;

fn interview(intro: &[&str], answers: &[&[&str]]) -> Interview {
    Interview {
        id: "x".into(),
        source: PathBuf::new(),
        metadata: Metadata::default(),
        title: "T".into(),
        intro: intro.iter().map(|s| s.to_string()).collect(),
        turns: answers
            .iter()
            .enumerate()
            .map(|(i, a)| Turn {
                question: format!("Q{i}?"),
                answer: a.iter().map(|s| s.to_string()).collect(),
                line: 1,
                speakers: Vec::new(),
            })
            .collect(),
    }
}

#[test]
fn passages_follow_intro_then_answers_with_paragraph_numbers() {
    let corpus = Corpus::new(vec![
        interview(&["i0", "i1"], &[&["a0", "a1", "a2"], &["b0"]]),
        interview(&[], &[&["c0"]]),
    ]);
    let described: Vec<_> = corpus
        .passages
        .iter()
        .map(|p| (p.interview, p.turn, p.paragraph, &*p.text))
        .collect();
    assert_eq!(
        described,
        vec![
            (0, None, 0, "i0"),
            (0, None, 1, "i1"),
            (0, Some(0), 0, "a0"),
            (0, Some(0), 1, "a1"),
            (0, Some(0), 2, "a2"),
            (0, Some(1), 0, "b0"),
            (1, Some(0), 0, "c0"),
        ]
    );
    assert!(corpus.passages.iter().enumerate().all(|(i, p)| p.id == i));
}

#[test]
fn section_of_returns_the_whole_answer_around_a_passage() {
    let corpus = Corpus::new(vec![interview(&["i0"], &[&["a0", "a1", "a2"], &["b0"]])]);
    let middle = &corpus.passages[2 + 1];
    let texts: Vec<_> = corpus.section_of(middle).iter().map(|p| &*p.text).collect();
    assert_eq!(texts, ["a0", "a1", "a2"]);
    assert_eq!(corpus.question_of(middle), Some("Q0?"));
    assert_eq!(corpus.question_of(&corpus.passages[0]), None);
    let openings: Vec<_> = corpus.answer_openings().map(|p| &*p.text).collect();
    assert_eq!(openings, ["a0", "b0"]);
}

#[test]
fn quote_ids_round_trip_and_reject_garbage() {
    let corpus = Corpus::new(vec![
        interview(&["i0"], &[&["a0", "a1"]]),
        interview(&[], &[&["b0"]]),
    ]);
    for passage in corpus.passages.iter().take(3) {
        let id = corpus.quote_id(passage);
        assert!(
            id.len() <= 24 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-'),
            "{id}"
        );
        assert_eq!(corpus.find_quote(&id), Some(passage));
    }
    assert!(corpus.quote_id(&corpus.passages[0]).ends_with("-0-1"));
    for garbage in ["", "zzz", "abc-1", "abcdef-x-1", "abcdef-99-1", "-1-1"] {
        assert_eq!(corpus.find_quote(garbage), None, "{garbage}");
    }
}

#[test]
fn a_turn_saved_before_speakers_were_kept_still_loads() {
    let turn: Turn =
        serde_json::from_str(r#"{"question": "Why?", "answer": ["Because."], "line": 3}"#).unwrap();
    assert!(turn.speakers.is_empty());
}

#[test]
fn a_cut_off_turn_framed_by_dashes_stays_in_its_answer() {
    // "- so I went back to -" glued to the answer above it is the speaker cut off, not a
    // section title between two parts of the page.
    let (paras, dropped) = text::paragraphs(
        "Q: Then?\n\nA: I wanted to stay, but\n- so I went back to -\n\nQ: Why?",
        1,
    );
    assert!(dropped.is_empty());
    assert!(paras.iter().any(|p| p.text.contains("so I went back to")));
}

#[test]
fn an_underline_is_no_break_between_parts_of_the_page() {
    let (paras, dropped) = text::paragraphs("Why?\n----\n\nBecause.", 1);
    assert!(paras.iter().all(|p| !p.after_break));
    assert_eq!(dropped.len(), 1);
}
