//! More published layouts met in real archives, each in a small interview of our own: podcast
//! turns with the time before the name, speakers shortened to initials, numbered oral-history
//! labels and a labelled greeting on the first line.

use interview_bot::corpus;

fn parse(text: &str) -> corpus::Interview {
    corpus::parse("t", text).unwrap_or_else(|e| panic!("line {}: {}", e.line, e.reason))
}

#[test]
fn a_transcript_with_the_time_before_each_name_reads_as_labelled_turns() {
    let interview = parse(
        "0:00:10.2 **Ana Host** Welcome. My guest is Bo Keel.\n\n\
         0:00:15.0 **Bo Keel** Thanks for having me here today.\n\n\
         0:00:16.1 **Ana Host** What is a tide gauge?\n\n\
         0:00:19.4 **Bo Keel** A float in a pipe that records the sea.\n\n\
         0:00:30.0 **Ana Host** Where was your first one?\n\n\
         0:00:33.9 **Bo Keel** On the old pier, in a storm.\n",
    );
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Bo Keel"));
    let last = interview.turns.last().expect("turns");
    assert_eq!(last.question, "Where was your first one?");
    assert_eq!(last.answer, ["On the old pier, in a storm."]);
}

#[test]
fn an_interviewer_shortened_to_a_asks_and_is_never_quoted() {
    let interview = parse(
        "Hal Moss Interview\n\nAnn: I am here with Hal Moss. Thanks for coming.\n\n\
         Hal: Glad to be here.\n\nA: What do you draw?\n{: .interviewer }\n\n\
         H: The covers, and I answer the mail.\n\nA: Why covers?\n\n\
         H: Because nobody else in the band wanted to.\n",
    );
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Hal Moss"));
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert!(questions.contains(&"What do you draw?"), "{questions:?}");
    assert!(questions.contains(&"Why covers?"), "{questions:?}");
    let answers: Vec<&String> = interview.turns.iter().flat_map(|t| &t.answer).collect();
    assert!(
        answers
            .iter()
            .all(|a| !a.contains('?') && !a.contains("{:")),
        "{answers:?}"
    );
}

#[test]
fn numbered_oral_history_labels_and_the_interviewer_credit() {
    let interview = parse(
        "Arquivo de Memórias\nDepoimento de Rita Sales Melo\nEntrevistada por Ana Gil\n\
         Transcrito por Rui Dias\nP/1 – Rita, diga o seu nome completo.\n\
         R – Rita Sales Melo, nasci em Aveiro.\nP/2 – E os seus pais?\n\
         R – O meu pai era pescador.\n",
    );
    assert_eq!(interview.metadata.interviewer.as_deref(), Some("Ana Gil"));
    assert_eq!(
        interview.metadata.interviewee.as_deref(),
        Some("Rita Sales Melo")
    );
    assert_eq!(interview.turns[1].question, "E os seus pais?");
    assert!(interview.intro.iter().all(|p| !p.contains("Transcrito")));
}
