//! Press conferences and briefings: reporters ask under `Q.` or `Q:` (often addressing one
//! player by name: "Q. Dana, …?"), and each of several players or coaches answers under a
//! full name in capitals (`DANA MORROW:`), after a moderator's opening words (`THE
//! MODERATOR:`). Each answerer speaks once or twice, too seldom for a label to count by its
//! uses, but the shape is unmistakable: a reporter's question with a name in capitals opening
//! the paragraph right under it. In such a file every full name in capitals is a speaker who
//! answers, and a label led by an article (`THE MODERATOR`, a role, never a name) chairs.

use super::labels::{is_asking_label, split_label};
use super::reading::{Para, Role, Speaker};

/// A name in capitals has at least this many words: a single word in capitals before a colon
/// is as often a heading or a shout ("NOTE:", "UPDATE:").
const MIN_NAME_WORDS: usize = 2;

/// ... and at most this many: longer runs of capitals are a headline, not a name.
const MAX_NAME_WORDS: usize = 4;

/// A name in capitals answers within this many paragraphs under a reporter's question (the
/// moderator may pass the floor in between: "Kyle, start and we'll go down the row.").
const ANSWER_REACH: usize = 2;

/// True when `label` is a full name set in capitals (`DANA MORROW`, `THE MODERATOR`): two to
/// four words, each with a letter, no lowercase letter.
fn is_capitals_name(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    (MIN_NAME_WORDS..=MAX_NAME_WORDS).contains(&words.len())
        && words.iter().all(|w| w.chars().any(char::is_alphabetic))
        && !label.chars().any(char::is_lowercase)
        && !is_asking_label(&label.to_lowercase())
}

/// The label of a paragraph or line opening with a name in capitals and a colon, over words
/// someone says: a heading set in capitals throughout ("PART TWO: THE RETURN") names nobody.
fn capitals_label(text: &str) -> Option<String> {
    split_label(text)
        .filter(|l| !l.period && is_capitals_name(&l.label))
        .filter(|l| is_spoken(l.body))
        .map(|l| l.label)
}

/// True when `body` reads as words someone says, set in ordinary case: at least as many
/// lowercase letters as capitals. An event line in capitals keeps a lowercase "v" or "vs."
/// between its teams ("CUP FINAL: RIVERTOWN v HARBOR CITY"), so one lowercase letter does not
/// make it speech, while the shortest answer ("Yes.", "Fine.") has more lowercase letters than
/// capitals.
fn is_spoken(body: &str) -> bool {
    let lower = body.chars().filter(|c| c.is_lowercase()).count();
    let upper = body.chars().filter(|c| c.is_uppercase()).count();
    lower > 0 && lower >= upper
}

/// True when `text` opens with a reporter's label (`Q.`, `Q:`, `Question:`).
fn opens_question(text: &str) -> bool {
    split_label(text).is_some_and(|l| is_asking_label(&l.label.to_lowercase()))
}

/// A chair's label: a role led by the article (`THE MODERATOR`), which names nobody.
fn is_chair_label(label: &str) -> bool {
    label
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

/// True when `line` is a reporter's question and `next`, on the line right under it, opens
/// with a name in capitals: the answer starts there, though no blank line parts the two.
pub fn asked_then_named(line: &str, next: &str) -> bool {
    opens_question(line) && capitals_label(next).is_some()
}

/// True when the paragraphs read as a press conference: a reporter's question answered,
/// within [`ANSWER_REACH`] paragraphs, under a name in capitals that is no chair's. The
/// answer is the first labelled paragraph past the chair's: under an `A:` reply, a heading
/// in capitals ("PART TWO: Into the Studio") answers nothing.
pub fn is_press_conference(paragraphs: &[&str]) -> bool {
    paragraphs.iter().enumerate().any(|(i, text)| {
        opens_question(text)
            && (paragraphs[i + 1..].iter().take(ANSWER_REACH))
                .filter(|t| split_label(t).is_some())
                .find(|t| !capitals_label(t).is_some_and(|l| is_chair_label(&l)))
                .is_some_and(|t| capitals_label(t).is_some())
    })
}

/// True when most of the paragraphs labelled `label` end in a question mark: a host who
/// asks, though named in capitals like the guests.
fn mostly_asks(paras: &[Para], label: &str) -> bool {
    let bodies: Vec<&str> = (paras.iter())
        .filter_map(|p| split_label(&p.text))
        .filter(|l| l.label == label)
        .map(|l| l.body.trim_end())
        .collect();
    2 * bodies.iter().filter(|b| b.ends_with('?')).count() > bodies.len()
}

/// The names in capitals labelling the paragraphs of a press conference (the chair's too),
/// each a speaker though used once. Empty in any other file.
pub fn press_speakers(paragraphs: &[(&str, usize)]) -> Vec<String> {
    let texts: Vec<&str> = paragraphs.iter().map(|(t, _)| *t).collect();
    if !is_press_conference(&texts) {
        return Vec::new();
    }
    texts.iter().filter_map(|t| capitals_label(t)).collect()
}

/// Settles the roles of a press conference: the reporters and the chair ask, every name in
/// capitals answers unless most of its paragraphs are questions, whatever the rhythm of the file suggested. A chair named in capitals
/// (`BOB LANE: Questions, please.`) is found afterwards by the chair rule of `moderators`.
pub fn press_roles(paras: &[Para], speakers: &mut [Speaker]) {
    let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
    if !is_press_conference(&texts) {
        return;
    }
    for speaker in speakers.iter_mut() {
        if is_chair_label(&speaker.label) || is_asking_label(&speaker.label.to_lowercase()) {
            speaker.role = Role::Interviewer;
        } else if is_capitals_name(&speaker.label) && !mostly_asks(paras, &speaker.label) {
            speaker.role = Role::Interviewee;
        }
    }
}

/// Cuts a reporter's question run into the chair's paragraph above it ("…these minutes are
/// for the students. Q. John, how…"): in a press conference, a question label after the end
/// of a sentence inside a labelled paragraph opens a paragraph of its own, on the same line.
pub fn split_run_in_questions(paras: &mut Vec<Para>) {
    let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
    if !is_press_conference(&texts) {
        return;
    }
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    for para in paras.drain(..) {
        match run_in_question(&para.text) {
            Some(at) if capitals_label(&para.text).is_some() => {
                let question = Para {
                    text: para.text[at..].to_string(),
                    ..para.clone()
                };
                out.push(Para {
                    text: para.text[..at].trim_end().to_string(),
                    ..para
                });
                out.push(question);
            }
            _ => out.push(para),
        }
    }
    *paras = out;
}

/// Where a question label opens a sentence inside `text` (`. Q. John, …`, `? Q: …`): the
/// label followed by a capitalised word, right after a sentence's end.
fn run_in_question(text: &str) -> Option<usize> {
    ["Q. ", "Q: "].iter().find_map(|mark| {
        text.match_indices(mark).map(|(i, _)| i).find(|&i| {
            let before = text[..i].trim_end();
            let after = text[i + mark.len()..].trim_start();
            i > 0
                && text[..i].ends_with(char::is_whitespace)
                && before.ends_with(['.', '?', '!', '"', '”'])
                && after.starts_with(char::is_uppercase)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str, line: usize) -> Para {
        Para {
            text: text.to_string(),
            line,
            after_break: false,
            after_separator: false,
            quoted: false,
            under_previous: false,
        }
    }

    const PRESSER: &[&str] = &[
        "THE MODERATOR: Welcome, Dana Morrow and Tobi Kell. Questions?",
        "Q. Dana, how did the second half feel?",
        "DANA MORROW: It felt good. We kept moving the ball.",
        "Q. For both of you, what changed on defense?",
        "THE MODERATOR: Tobi, start and we'll go down the row.",
        "TOBI KELL: We switched everything and talked more.",
    ];

    #[test]
    fn a_reporters_question_answered_under_a_name_in_capitals_is_a_press_conference() {
        assert!(is_press_conference(PRESSER));
        // Capitals under a question that no reporter labels: a headline, no answer.
        assert!(!is_press_conference(&[
            "How did it start?",
            "BREAKING NEWS: the mill closes.",
        ]));
        // Only the chair under the question: no answerer yet.
        assert!(!is_press_conference(&[
            "Q: Is there time?",
            "THE MODERATOR: One more.",
        ]));
    }

    #[test]
    fn every_name_in_capitals_of_a_press_conference_speaks_though_used_once() {
        let paragraphs: Vec<(&str, usize)> = PRESSER.iter().map(|t| (*t, 1)).collect();
        let found = press_speakers(&paragraphs);
        assert!(found.contains(&"TOBI KELL".to_string()));
        assert!(found.contains(&"THE MODERATOR".to_string()));
        let other = [("NOTE ON SOURCES: none.", 1), ("Ana: Hello.", 2)];
        assert!(press_speakers(&other).is_empty());
        let heading = [
            ("Q: Why now?", 1),
            ("PART TWO: THE RETURN", 2),
            ("Q: And then?", 3),
        ];
        assert!(press_speakers(&heading).is_empty());
        let other = [("Q: Why?", 1), ("ADA VOSS: Because.", 2)];
        assert_eq!(press_speakers(&other), ["ADA VOSS"]);
        let other = [("NOTE ON SOURCES: none.", 1)];
        assert!(press_speakers(&other).is_empty());
    }

    #[test]
    fn an_event_line_in_capitals_over_a_press_conference_is_no_speaker() {
        let paragraphs: Vec<(&str, usize)> = [
            "CASCADE CUP FINAL: RIVERTOWN v HARBOR CITY",
            "THE MODERATOR: Coach, an opening statement.",
            "RUTH ADLER: Thanks. We played hard.",
            "Q. Coach, why the zone?",
            "RUTH ADLER: Their guards lived in the paint.",
        ]
        .iter()
        .map(|t| (*t, 1))
        .collect();
        let found = press_speakers(&paragraphs);
        assert!(
            !found.contains(&"CASCADE CUP FINAL".to_string()),
            "{found:?}"
        );
        assert!(found.contains(&"RUTH ADLER".to_string()));
        assert!(is_spoken("Yes."));
        assert!(!is_spoken("SEMIFINAL vs. NORTH STATE"));
    }

    #[test]
    fn the_chair_asks_and_the_players_answer() {
        let paras: Vec<Para> = PRESSER.iter().map(|t| para(t, 1)).collect();
        let speaker = |label: &str, role| Speaker {
            label: label.to_string(),
            role,
            count: 1,
            line: 1,
        };
        let mut speakers = vec![
            speaker("THE MODERATOR", Role::Interviewee),
            speaker("Q", Role::Interviewer),
            speaker("TOBI KELL", Role::Interviewer),
        ];
        press_roles(&paras, &mut speakers);
        let roles: Vec<Role> = speakers.iter().map(|s| s.role).collect();
        assert_eq!(
            roles,
            [Role::Interviewer, Role::Interviewer, Role::Interviewee]
        );
    }

    #[test]
    fn a_heading_in_capitals_under_an_answer_makes_no_press_conference() {
        assert!(!is_press_conference(&[
            "Q: When did you start?",
            "A: In 1998, in a garage.",
            "PART TWO: Into the Studio",
        ]));
        assert!(is_press_conference(&[
            "Q: When did you start?",
            "THE MODERATOR: Ada, go ahead.",
            "ADA VOSS: In 1998, in a garage.",
        ]));
    }

    #[test]
    fn a_host_named_in_capitals_who_asks_stays_the_interviewer() {
        let paras: Vec<Para> = [
            "MARK LEE: Jane, where did it begin?",
            "JANE DOE: In a small town up north.",
            "MARK LEE: And what came next?",
            "JANE DOE: The city, and the long winters.",
            "Q: A question from the floor: why music?",
            "JANE DOE: Because it was all we had.",
        ]
        .iter()
        .map(|t| para(t, 1))
        .collect();
        let speaker = |label: &str, role| Speaker {
            label: label.to_string(),
            role,
            count: 2,
            line: 1,
        };
        let mut speakers = vec![
            speaker("MARK LEE", Role::Interviewer),
            speaker("JANE DOE", Role::Interviewee),
        ];
        press_roles(&paras, &mut speakers);
        assert_eq!(speakers[0].role, Role::Interviewer);
        assert_eq!(speakers[1].role, Role::Interviewee);
    }

    #[test]
    fn a_question_run_into_the_chairs_words_opens_its_own_paragraph() {
        let mut paras = vec![
            para(
                "THE MODERATOR: We go to questions. Q. Dana, how is the knee?",
                3,
            ),
            para("DANA MORROW: Fine. Q. is what my brother calls me.", 5),
            para("Q: Tobi, ready?", 7),
            para("TOBI KELL: Ready.", 8),
        ];
        split_run_in_questions(&mut paras);
        let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "THE MODERATOR: We go to questions.",
                "Q. Dana, how is the knee?",
                "DANA MORROW: Fine. Q. is what my brother calls me.",
                "Q: Tobi, ready?",
                "TOBI KELL: Ready.",
            ]
        );
        assert_eq!(paras[1].line, 3);
    }

    #[test]
    fn a_question_line_right_over_a_name_in_capitals_ends_there() {
        assert!(asked_then_named("Q. Dana, how?", "DANA MORROW: Fine."));
        assert!(!asked_then_named("Dana, how?", "DANA MORROW: Fine."));
        assert!(!asked_then_named("Q. Dana, how?", "Dana Morrow: Fine."));
    }
}
