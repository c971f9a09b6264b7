use super::super::cues::ends_with_question_mark;
use super::super::reading::Clutter;
use super::*;

fn parse_ok(text: &str) -> Interview {
    parse("test", text).unwrap_or_else(|e| panic!("line {}: {}", e.line, e.reason))
}

#[test]
fn published_layout_with_labels_nbsp_and_headline() {
    let text =
        "Big Talk Today - Site\n\nBig ‘Talk’ Today\n\nStandfirst line\n\nIntro paragraph.\n\n\
                Outlet\u{a0}Name: Why now?\n\nJane\u{a0}Doe\u{a0}: Because.\n\nMore came. Then less.\n\n\
                And then?\n\nThen this.";
    let interview = parse_ok(text);
    assert_eq!(interview.title, "Big Talk Today - Site");
    assert_eq!(interview.intro, ["Standfirst line", "Intro paragraph."]);
    assert_eq!(interview.turns.len(), 2);
    assert_eq!(interview.turns[0].question, "Why now?");
    assert_eq!(
        interview.turns[0].answer,
        ["Because.", "More came. Then less."]
    );
    assert_eq!(interview.turns[0].line, 9);
    assert_eq!(interview.turns[1].question, "And then?");
    assert_eq!(interview.turns[1].answer, ["Then this."]);
}

#[test]
fn an_introduction_repeating_the_person_the_headline_names_is_kept() {
    let text = "Entrevista com Lia Tavares\n\nQuem conhece a Lia conhece o barco. \
                Lia ri muito. O barco da Lia tem o nome da avó.\n\n\
                P: Quando começou?\n\nR: Aos nove anos, no rio.\n\n\
                P: E agora?\n\nR: Agora ensino as crianças da vila.";
    let interview = parse_ok(text);
    assert_eq!(interview.intro.len(), 1, "{:?}", interview.intro);
    assert_eq!(interview.turns.len(), 2);
}

#[test]
fn front_matter_sets_metadata_and_title() {
    let text =
        "+++\ntitle = \"Shown\"\ninterviewee = \"Jane Doe\"\n+++\nRaw title\n\nWhy?\n\nBecause.\n";
    let interview = parse_ok(text);
    assert_eq!(interview.title, "Shown");
    assert_eq!(interview.interviewee(), "Jane Doe");
    assert_eq!(interview.turns[0].line, 7);
}

#[test]
fn explicit_labels_allow_questions_without_question_marks_and_rhetorical_answers() {
    let text = "Title\n\nIntro.\n\nQ: Tell us about the plan.\n\nIn detail, please.\n\n\
                A: Who knows?\n\nWe do.\n\nQ: Now the budget, in detail.\n\nA: Fine.";
    let interview = parse_ok(text);
    assert_eq!(interview.intro, ["Intro."]);
    assert_eq!(interview.turns.len(), 2);
    assert_eq!(
        interview.turns[0].question,
        "Tell us about the plan. In detail, please."
    );
    assert_eq!(interview.turns[0].answer, ["Who knows?", "We do."]);
    assert_eq!(interview.turns[1].answer, ["Fine."]);
}

#[test]
fn explicit_file_may_start_with_a_question() {
    let interview = parse_ok("Q: First?\nA: Yes.\nQ: Second?\nA: No.");
    assert_eq!(interview.title, "test");
    assert_eq!(interview.turns.len(), 2);
    assert_eq!(interview.turns[1].answer, ["No."]);
}

#[test]
fn lines_without_blank_separators_are_paragraphs_and_wrapped_lines_are_joined() {
    let unseparated = parse_ok("Title\nIntro.\nWhy?\nBecause.\r\nAlso.");
    assert_eq!(unseparated.turns[0].answer, ["Because.", "Also."]);
    let wrapped = parse_ok("Title\n\nIntro\nwraps.\n\nWhy\nnot?\n\nBecause\nso.\n");
    assert_eq!(wrapped.intro, ["Intro wraps."]);
    assert_eq!(wrapped.turns[0].question, "Why not?");
    assert_eq!(wrapped.turns[0].answer, ["Because so."]);
}

#[test]
fn name_like_prefixes_inside_answers_are_text_not_labels() {
    let interview = parse_ok(
        "T\n\nWhy?\n\nJane Doe: First.\n\nJane Doe: More.\n\nLatin America: a region.\n\nJane Doe: Again.",
    );
    assert_eq!(
        interview.turns[0].answer,
        ["First.", "More.", "Latin America: a region.", "Again."]
    );
}

#[test]
fn a_trailing_blank_line_keeps_one_paragraph_per_line() {
    let interview = parse_ok("Title\nIntro.\nWhy?\nBecause.\n\n");
    assert_eq!(interview.turns[0].answer, ["Because."]);
}

#[test]
fn colon_sentences_are_not_labels() {
    let interview = parse_ok("T\n\nWhy?\n\nIn short: it works.\n\nTherefore: more.");
    assert_eq!(
        interview.turns[0].answer,
        ["In short: it works.", "Therefore: more."]
    );
}

#[test]
fn consecutive_questions_merge_into_one() {
    let interview = parse_ok("T\n\nFirst part?\n\nSecond part?\n\nAnswer.");
    assert_eq!(interview.turns[0].question, "First part? Second part?");
}

#[test]
fn errors_name_the_line_and_the_fix() {
    let cases = [
        ("", 1, "empty"),
        ("   \n\u{a0}\n", 1, "empty"),
        ("Title\n\nNo questions here.\n", 1, "no questions found"),
        ("Title\n\nIntro.\n\nWhy?\n", 5, "no answer"),
        ("+++\ntitle = \"x\"\n", 1, "never closed"),
        (
            "+++\ntitle = \"x\"\nintervewee = \"y\"\n+++\nT\n\nQ?\n\nA.",
            3,
            "invalid front matter",
        ),
        (
            "Title\n\nA: orphan answer\n\nQ: q\n\nA: a",
            3,
            "before any question",
        ),
    ];
    for (text, line, reason) in cases {
        let error = parse("x", text).expect_err(text);
        assert_eq!(error.line, line, "{text:?}: {error:?}");
        assert!(error.reason.contains(reason), "{text:?}: {error:?}");
    }
}

#[test]
fn question_marks_before_closing_quotes_count() {
    assert!(ends_with_question_mark("He asked “why?”"));
    assert!(ends_with_question_mark("Why? "));
    assert!(!ends_with_question_mark("Because."));
}

#[test]
fn yaml_front_matter_gives_the_title_and_is_not_read_as_text() {
    let text = "---\ntitle: \"Shown\"\nauthor: \"Tom Bell\"\ntags:\n  - a\n---\nIntro.\n\nWhy?\n\nBecause.";
    let interview = parse_ok(text);
    assert_eq!(interview.title, "Shown");
    assert_eq!(interview.metadata.interviewer.as_deref(), Some("Tom Bell"));
    assert_eq!(interview.intro, ["Intro."]);
    let listed = parse_ok("---\nauthor: [\"Ana Ruiz\", \"Tom Bell\"]\n---\nT\n\nWhy?\n\nBecause.");
    assert_eq!(listed.metadata.interviewer.as_deref(), Some("Ana Ruiz"));
    assert_eq!(interview.turns[0].line, 9);
}

#[test]
fn clutter_is_dropped_and_listed_with_its_line() {
    let text = "HEALTH\n\nBig Talk\nBy Sam Whitfield\nMarch 3, 2024\n\nIntro.\n\nWhy?\n\n\
                Because.\n\n[laughter]\n\n- - - -\n\nRead more: Another story";
    let reading = read("x", text).unwrap();
    assert_eq!(reading.interview.title, "Big Talk");
    assert_eq!(reading.interview.turns[0].answer, ["Because."]);
    let dropped: Vec<_> = reading.dropped.iter().map(|d| (d.line, d.reason)).collect();
    assert_eq!(
        dropped,
        [
            (1, Clutter::Kicker),
            (4, Clutter::Byline),
            (5, Clutter::Date),
            (13, Clutter::StageDirection),
            (15, Clutter::Separator),
            (17, Clutter::PageFurniture),
        ]
    );
    assert_eq!(
        reading.interview.metadata.interviewer.as_deref(),
        Some("Sam Whitfield")
    );
}

#[test]
fn pull_quotes_repeating_the_text_are_dropped() {
    let text = "T\n\nWhy?\n\nWe want to unlock what people bring forward, always.\n\n\
                \"We want to unlock what people bring forward\"\n\nMore.";
    let reading = read("x", text).unwrap();
    assert_eq!(reading.interview.turns[0].answer.len(), 2);
    assert_eq!(reading.dropped[0].reason, Clutter::PullQuote);
}

#[test]
fn markdown_clutter_is_not_quotable() {
    let text = "# T\n\n{{< figure src=\"a.jpg\" >}}\n\nIntro&nbsp;here &amp; there.\n\n\
                ## The early years\n\n**1- How did it start?**\n\nBy chance.\n\n\
                ## Looking ahead\n\n**2- What next?**\n\nMore of the same.";
    let reading = read("x", text).unwrap();
    let interview = &reading.interview;
    assert_eq!(interview.intro, ["Intro\u{a0}here & there."]);
    let turns: Vec<_> = interview
        .turns
        .iter()
        .map(|t| (t.question.as_str(), t.answer.len()))
        .collect();
    assert_eq!(turns, [("How did it start?", 1), ("What next?", 1)]);
    let dropped: Vec<_> = reading.dropped.iter().map(|d| d.reason).collect();
    assert_eq!(
        dropped,
        [
            Clutter::Markup,
            Clutter::SectionTitle,
            Clutter::SectionTitle
        ]
    );
}

#[test]
fn a_name_label_repeated_inside_a_labelled_turn_is_not_quoted() {
    let interview = parse_ok(
        "+++\ninterviewer = \"Mara Quist\"\ninterviewee = \"Ines Varga\"\n+++\nTitle\n\n\
         Q: Mara Quist: What happened since then?\n\nA: Ines Varga: So much has changed.\n\n\
         Q: And now?\n\nA: Now I paint.",
    );
    assert_eq!(interview.turns[0].question, "What happened since then?");
    assert_eq!(interview.turns[0].answer[0], "So much has changed.");
}

#[test]
fn names_come_from_a_capitals_headline_the_introduction_or_clipper_front_matter() {
    let qa = "\n\nWhat did you find?\n\nMud everywhere, in the schools and the clinics.\n\n\
              Who paid?\n\nThe regional government, with a loan from a bank.";
    let caps = parse_ok(&format!(
        "ANA RUIZ: \"WE REBUILT WITH MUD\"\n\nThe floods.{qa}"
    ));
    assert_eq!(caps.interviewee(), "Ana Ruiz");
    let kicker_less = parse_ok(&format!(
        "THE RIVER ENGINEER\n\nAna Ruiz rebuilt three towns. We met her in spring.{qa}"
    ));
    assert_eq!(kicker_less.title, "THE RIVER ENGINEER");
    assert_eq!(kicker_less.interviewee(), "Ana Ruiz");
    let clipped = parse_ok(&format!(
        "---\ntitle: \"Seeds\"\nsource: \"https://example.org/s\"\nauthor:\n  - \"[[Rita Gomez]]\"\n---\n\
         Rita Gomez met the agronomist Hugo Bern in his fields.{qa}"
    ));
    assert_eq!(clipped.metadata.interviewer.as_deref(), Some("Rita Gomez"));
    assert_eq!(
        clipped.metadata.url.as_deref(),
        Some("https://example.org/s")
    );
    assert_eq!(clipped.interviewee(), "Hugo Bern");
}

#[test]
fn placeholder_and_role_labels_take_the_name_from_the_headline() {
    let text = "Hugo Bern on tired soil\n\nSpeaker 1: Why maize?\n\n\
                Speaker 2: My father grew it. So did his.\n\nSpeaker 1: Tell me about the soil.\n\n\
                Speaker 2: Tired. Who would not be? We stopped ploughing.";
    let interview = parse_ok(text);
    assert_eq!(interview.interviewee(), "Hugo Bern");
    assert_eq!(interview.turns[1].question, "Tell me about the soil.");
    assert!(interview.turns.iter().all(|t| t.speakers.is_empty()));
    let roles = parse_ok(
        "Hugo Bern, agrónomo\n\nEntrevistador: ¿Por qué maíz?\n\nEntrevistado: Por mi padre.\n\n\
         Entrevistador: Hábleme del suelo.\n\nEntrevistado: Cansado.",
    );
    assert_eq!(roles.turns.len(), 2);
    assert_eq!(roles.interviewee(), "Hugo Bern");
}

#[test]
fn each_answer_paragraph_is_credited_to_its_own_speaker() {
    let text = "Two founders\n\nLena Hart and Omar Said opened a bakery.\n\n\
                MERCER: How did you meet?\n\nHART: At a night class.\n\nIt was cold.\n\n\
                SAID: And neither of us could count.\n\nMERCER: Who chose the shop?\n\n\
                SAID: I did.\n\nHART: I was against it.";
    let interview = parse_ok(text);
    assert_eq!(interview.interviewee(), "Lena Hart");
    let said = Some("Omar Said".to_string());
    assert_eq!(interview.turns[0].speakers, [None, None, said.clone()]);
    assert_eq!(interview.turns[1].speakers, [said, None]);
    let corpus = super::super::Corpus::new(vec![interview]);
    let names: Vec<&str> = corpus
        .passages
        .iter()
        .map(|p| corpus.interview_of(p).speaker(p))
        .collect();
    assert_eq!(
        names,
        [
            "Lena Hart",
            "Lena Hart",
            "Lena Hart",
            "Omar Said",
            "Omar Said",
            "Lena Hart"
        ]
    );
    let single = parse_ok("T\n\nQ: Why?\n\nA: Because.\n\nQ: And?\n\nA: So.");
    assert!(single.turns.iter().all(|t| t.speakers.is_empty()));
}

#[test]
fn an_unlabelled_sign_off_after_the_last_labelled_reply_is_dropped() {
    let text = "Dias de praia\n\nPergunta: Onde passavas o verão?\n\n\
                Resposta: Na casa dos meus tios, perto do mar.\n\n\
                Pergunta: Do que tinhas medo?\n\n\
                Resposta: Das ondas grandes.\n\nObrigada, terminámos.";
    let reading = read("x", text).unwrap();
    assert_eq!(reading.interview.turns[1].answer, ["Das ondas grandes."]);
    let last = reading.dropped.last().map(|d| (d.text.as_str(), d.reason));
    assert_eq!(
        last,
        Some(("Obrigada, terminámos.", Clutter::AfterInterview))
    );
}
