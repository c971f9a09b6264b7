//! Turns the text of one published interview into an [`Interview`] (and a [`Reading`] of how
//! it was read, for `index --explain`).
//!
//! The steps: split an optional `+++` TOML front matter; cut the body into paragraphs at blank
//! lines (one paragraph per line when the text has no blank line), dropping furniture lines
//! ([`super::clean`]); find the title (after any kicker, skipping a repeated headline); find the
//! speaker labels the file uses ([`super::labels`]); cut introduction and turns with the cue the
//! file uses for its prompts ([`super::layout`]); complete the names from labels, byline or
//! headline. Paragraph text is kept verbatim (non-breaking spaces, curly quotes) apart from
//! trimming and removing speaker labels and prompt typography.

use super::askers::assemble_conversation;
use super::bare_byline::take_bare_byline;
use super::bare_headline::sentence_headline;
use super::bio::drop_author_note;
use super::body::body_paragraphs;
use super::credits::{drop_credit_lines, Credits};
use super::furniture::drop_reader_notes;
use super::glued::BlankLines;
use super::guest_sections::{guest_starts, take_guest_sections};
use super::head::{drop_headline_echoes, head, take_standfirst, Head};
use super::labelled_body::labelled_body;
use super::layout::Assembled;
use super::lead_in::drop_lead_in;
use super::marked_list::quoted_texts;
use super::names::find_names;
use super::next_headline::{credit_next_guests, split_next_headlines};
pub use super::reading::ParseError;
use super::reading::{Dropped, Layout, NameSource, Para, Reading};
use super::repair::reopen_first_question;
use super::site_header::{drop_site_header, take_post_headline};
use super::slips::repair_orphan_answer;
use super::statements::settle_turns;
use super::tail::{drop_closing_matter, drop_trailer};
use super::text::split_front_matter;
use super::third_person_tail::drop_notes_about_guest;
use super::turns::turns;
use super::{Interview, Metadata};

/// Parses the text of one interview file. `id` becomes [`Interview::id`].
///
/// # Errors
/// A [`ParseError`] naming the line when the front matter is invalid, the text is empty, no
/// question is found, or a question has no answer.
pub fn parse(id: &str, text: &str) -> Result<Interview, ParseError> {
    read(id, text).map(|reading| reading.interview)
}

/// Parses like [`parse`] and keeps what `index --explain` shows: lines, layout, name sources,
/// dropped clutter.
///
/// # Errors
/// As [`parse`].
pub fn read(id: &str, text: &str) -> Result<Reading, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut metadata, body, body_line) = split_front_matter(text)?;
    let (paras, mut dropped) = body_paragraphs(body, body_line)?;
    let head = sentence_headline(head(&paras, &metadata, &mut dropped), &paras, &metadata);
    let mut head = reopen_first_question(head, &paras, &metadata);
    let mut rest = paras[head.body_start..].to_vec();
    let credits = drop_credit_lines(&mut rest, &mut dropped).or_byline(&head);
    let standfirst = take_standfirst(&mut rest);
    drop_trailer(&mut rest, &mut dropped);
    let speakers = labelled_body(&mut rest, &metadata, &mut dropped);
    let sections = take_guest_sections(&mut rest, &mut dropped);
    let people = super::names::known_people(&metadata, head.title.as_deref(), &rest);
    let mut assembled = assemble_conversation(&rest, &speakers, &people.as_refs());
    let repairs: Vec<_> = repair_orphan_answer(&mut assembled).into_iter().collect();
    settle_turns(&mut assembled, &BlankLines::of(body, body_line));
    assembled.intro.splice(0..0, standfirst);
    let (credits, next_guests) = tidy_page(&mut assembled, &rest, &mut head, credits, &dropped);
    drop_closing_matter(&mut assembled, &rest, &speakers, &mut dropped);
    drop_notes_about_guest(&mut assembled, &paras, &metadata.named_people());
    drop_author_note(&mut assembled, &speakers, &metadata);
    check(&assembled, body_line)?;
    dropped.extend(assembled.dropped.iter().cloned());
    dropped.sort_by_key(|d| d.line);

    let title = metadata
        .title
        .clone()
        .or_else(|| head.title.clone())
        .unwrap_or_else(|| id.to_string());
    let mut texts: Vec<&str> = vec![title.as_str()];
    texts.extend(assembled.intro.iter().map(|(t, _)| t.as_str()));
    let whole = whole_text(&rest, &title);
    let greeting = assembled.turns.first().map(|t| t.question.as_str());
    let last_turn = (assembled.turns.last()).and_then(|t| t.answer.last().map(|(_, line)| *line));
    let closing = (dropped.as_slice(), last_turn.unwrap_or_default());
    let (interviewer_source, interviewee_source) = credited(&mut metadata, &credits, |metadata| {
        find_names(metadata, &speakers, closing, (&texts, &whole), greeting)
    });
    let (mut turns, turn_lines) = turns(&assembled, (&metadata, &speakers), &texts);
    credit_next_guests(&mut turns, &guest_starts(next_guests, &sections, &whole));
    drop_reader_notes(&mut assembled.intro, &metadata, &speakers, &mut dropped);
    Ok(Reading {
        layout: assembled.layout.unwrap_or(Layout::QuestionMarks),
        title_line: head.title_line,
        intro_lines: assembled.intro.iter().map(|(_, l)| *l).collect(),
        turn_lines,
        interviewee_source,
        interviewer_source,
        speakers,
        dropped,
        repairs,
        interview: Interview {
            id: id.to_string(),
            source: Default::default(),
            metadata,
            title,
            intro: quoted_texts(&assembled.intro),
            turns,
        },
    })
}

/// The page around the conversation taken out of it: a lead-in, the site's header, a bare
/// byline (the host when no credit names one) and the next questionnaires' headlines, whose
/// lines and guests are returned.
fn tidy_page(
    assembled: &mut Assembled,
    rest: &[Para],
    head: &mut Head,
    mut credits: Credits,
    dropped: &[Dropped],
) -> (Credits, Vec<(usize, String)>) {
    drop_lead_in(assembled);
    drop_site_header(assembled, dropped);
    take_post_headline(assembled, dropped, head);
    drop_headline_echoes(assembled, head.title.as_deref());
    let title = head.title.as_deref();
    let whole = whole_text(rest, title.unwrap_or_default());
    credits.host = (credits.host.take()).or_else(|| take_bare_byline(assembled, &whole));
    let next_guests = split_next_headlines(assembled, rest, title);
    (credits, next_guests)
}

/// Every paragraph of the body and the title: where a name is looked up in the whole text.
fn whole_text<'a>(rest: &'a [Para], title: &'a str) -> Vec<&'a str> {
    rest.iter()
        .map(|p| p.text.as_str())
        .chain([title])
        .collect()
}

/// The names from the file's credit lines where the front matter has none, then the others
/// from `find` (labels, byline, headline).
fn credited(
    metadata: &mut Metadata,
    credits: &Credits,
    find: impl FnOnce(&mut Metadata) -> (NameSource, NameSource),
) -> (NameSource, NameSource) {
    let take = |slot: &mut Option<String>, credit: &Option<(String, usize)>| {
        let (name, line) = credit.as_ref().filter(|_| slot.is_none())?;
        *slot = Some(name.clone());
        Some(NameSource::Credit { line: *line })
    };
    let host = take(&mut metadata.interviewer, &credits.host);
    let guest = take(&mut metadata.interviewee, &credits.guest);
    let (interviewer, interviewee) = find(metadata);
    (host.unwrap_or(interviewer), guest.unwrap_or(interviewee))
}

/// The errors an operator must fix before the file can be served.
fn check(assembled: &Assembled, body_line: usize) -> Result<(), ParseError> {
    if let Some((line, label)) = &assembled.orphan_answer {
        return Err(ParseError::new(
            *line,
            format!(
                "an answer labelled '{label}:' comes before any question: add the question \
                 paragraph it answers before it"
            ),
        ));
    }
    if assembled.turns.is_empty() {
        return Err(ParseError::new(
            body_line,
            "no questions found: mark each question with one cue used throughout the file: a \
             speaker label ('Q:', 'P:', the interviewer's or outlet's name and a colon), a '?' at \
             its end, a dialogue dash ('—¿…?'), a Markdown heading ('## …') or bold ('**…**'), a \
             lead-in in capitals ('WHAT HAPPENED next…'), or a short prompt paragraph between \
             long answers",
        ));
    }
    if let Some(unanswered) = assembled.turns.iter().find(|t| t.answer.is_empty()) {
        return Err(ParseError::new(
            unanswered.line,
            "this question has no answer: the paragraphs after a question are its answer",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
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
        let text = "+++\ntitle = \"Shown\"\ninterviewee = \"Jane Doe\"\n+++\nRaw title\n\nWhy?\n\nBecause.\n";
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
        let listed =
            parse_ok("---\nauthor: [\"Ana Ruiz\", \"Tom Bell\"]\n---\nT\n\nWhy?\n\nBecause.");
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
}
