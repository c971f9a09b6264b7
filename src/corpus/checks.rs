//! Warnings of `index --explain` about a structure that looks wrong as a whole, rather than
//! one turn: questions that are only a name (a speaker label read as a question), questions
//! that never ask while the answers do (the roles are swapped), one side labelled only.

use super::cues::ends_with_question_mark;
use super::glued_head::is_unsure_glued_head;
use super::labels::{is_name_like, same_speaker};
use super::reading::{Clutter, Layout, Reading, Role};
use super::stamped_turns::unclear_stamped_turn;
use super::text::paragraphs;

/// Questions that are bare names: at least this many make the file suspicious.
const MIN_NAME_QUESTIONS: usize = 1;

/// Prompts ending with a colon that are no name ("Favourite series:") make a questionnaire
/// from this many on: one ("Tell us more:") is a prompt among questions.
const MIN_COLON_TOPICS: usize = 2;

/// Answers ending with `?` this many times while no question does: the roles look swapped.
const MIN_ASKING_ANSWERS: usize = 2;

/// A warning of `index --explain`: something that looks wrong in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Line to look at.
    pub line: usize,
    /// What looks wrong.
    pub message: String,
    /// How to fix the file.
    pub fix: String,
}

/// The structure warnings of one reading.
pub fn structure_warnings(reading: &Reading) -> Vec<Warning> {
    let mut found = Vec::new();
    found.extend(name_questions(reading));
    found.extend(swapped_roles(reading));
    found.extend(one_side_labelled(reading));
    found.extend(slips(reading));
    found
}

/// The structure warnings of one reading ([`structure_warnings`]), and those read from the
/// file's text itself ([`stamped_turns_warning`]).
pub fn file_warnings(reading: &Reading, text: &str) -> Vec<Warning> {
    let mut found = structure_warnings(reading);
    found.extend(stamped_turns_warning(text));
    found.extend(glued_head_warning(text));
    found
}

/// A first paragraph that glues a headline and a date onto what follows, where the words after
/// the date are no single question (see [`super::glued_head`]): it is read whole.
fn glued_head_warning(text: &str) -> Option<Warning> {
    let (paras, _) = paragraphs(text, 1);
    let first = paras.first().filter(|p| is_unsure_glued_head(&p.text))?;
    Some(Warning {
        line: first.line,
        message: "the headline and a date seem glued to the text after them on this line: it \
                  is read as one paragraph"
            .into(),
        fix: "put the headline, the date and the first question or sentence on lines of their \
              own, separated by blank lines"
            .into(),
    })
}

/// A transcript that names each speaker once and then marks the turns by their time alone,
/// where the turns do not show who speaks each (they do not take turns, or no side asks):
/// read as it is, by position.
fn stamped_turns_warning(text: &str) -> Option<Warning> {
    let (paras, dropped) = paragraphs(text, 1);
    unclear_stamped_turn(&paras, &dropped).map(|line| Warning {
        line,
        message: "turns opened by a time alone do not show who speaks them: they are read by \
                  position"
            .into(),
        fix: "add the speaker's name ('Ana Ruiz: …') or 'Q:'/'A:' to each turn".into(),
    })
}

/// The slips read past instead of refusing the file: an answer label before any question, a
/// label with other text run into it.
fn slips(reading: &Reading) -> Vec<Warning> {
    let repaired = reading.repairs.iter().map(|(line, message)| Warning {
        line: *line,
        message: message.clone(),
        fix: "open the question with the file's question label (e.g. 'Q:') on its own paragraph"
            .into(),
    });
    let glued = reading
        .dropped
        .iter()
        .filter(|d| d.reason == Clutter::GluedToLabel)
        .map(|d| Warning {
            line: d.line,
            message: format!("'{}' was run into the speaker label and dropped", d.text),
            fix: "separate the label from the text before it with a blank line".into(),
        });
    repaired.chain(glued).collect()
}

/// A question that is a name ("Helena Prates:") is a speaker label on its own line: it ends
/// with a colon, or the same name asks again ("Helena:"). A topic heading ("The Early Years")
/// is written once. In a questionnaire whose prompts end with a colon ("Favourite films:",
/// "Presenter:"), a one-word prompt is one more topic, not a label.
fn name_questions(reading: &Reading) -> Option<Warning> {
    let turns = &reading.interview.turns;
    let bare = |q: &str| is_bare_name(q).then(|| bare_name(q).to_string());
    let colon_topics = turns
        .iter()
        .filter(|t| ends_with_colon(&t.question) && !is_bare_name(&t.question))
        .count()
        >= MIN_COLON_TOPICS;
    let names: Vec<usize> = turns
        .iter()
        .filter(|t| {
            bare(&t.question).is_some_and(|name| {
                let again = turns
                    .iter()
                    .filter_map(|other| bare(&other.question))
                    .filter(|other| same_speaker(other, &name))
                    .count();
                (ends_with_colon(&t.question) && !colon_topics) || again >= 2
            })
        })
        .map(|t| t.line)
        .collect();
    (names.len() >= MIN_NAME_QUESTIONS).then(|| Warning {
        line: names[0],
        message: format!(
            "{} question(s) are only a name: a speaker label was read as a question",
            names.len()
        ),
        fix: "put the label and the words it introduces on the same line ('Name: text')".into(),
    })
}

fn ends_with_colon(question: &str) -> bool {
    question.trim_end_matches(['*', '_']).ends_with(':')
}

fn is_bare_name(question: &str) -> bool {
    !ends_with_question_mark(question) && is_name_like(bare_name(question))
}

/// The question without emphasis and a closing colon.
fn bare_name(question: &str) -> &str {
    let plain = question.trim().trim_matches(['*', '_']).trim();
    plain
        .strip_suffix(':')
        .unwrap_or(plain)
        .trim_end_matches(['*', '_'])
}

/// No question ends with `?` while answer paragraphs do: the asker's words may be in the
/// answers.
fn swapped_roles(reading: &Reading) -> Option<Warning> {
    let turns = &reading.interview.turns;
    let asking_questions = turns
        .iter()
        .filter(|t| ends_with_question_mark(&t.question))
        .count();
    let asking_answers: Vec<usize> = turns
        .iter()
        .zip(&reading.turn_lines)
        .flat_map(|(t, lines)| t.answer.iter().zip(&lines.answer))
        .filter(|(p, _)| ends_with_question_mark(p))
        .map(|(_, line)| *line)
        .collect();
    (asking_questions == 0 && asking_answers.len() >= MIN_ASKING_ANSWERS).then(|| Warning {
        line: asking_answers[0],
        message: format!(
            "no question ends with '?' but {} answer paragraphs do: the questions may be read as answers",
            asking_answers.len()
        ),
        fix: "label the turns ('Q:' / 'A:') or mark each question in **bold**".into(),
    })
}

/// A labelled file where only one side is labelled is read by position; two guests or more
/// answering unlabelled prompts is a layout of its own, and so is a board of two askers or
/// more questioning an unlabelled guest. Unlabelled questions that all end with `?` over
/// answers that never do are read by their question marks: nothing to check.
fn one_side_labelled(reading: &Reading) -> Option<Warning> {
    let roles = |role: Role| reading.speakers.iter().any(|s| s.role == role);
    let guests =
        reading.speakers.len() >= 2 && !(roles(Role::Interviewer) && roles(Role::Interviewee));
    let one_side = !(roles(Role::Interviewer) && roles(Role::Interviewee));
    let turns = &reading.interview.turns;
    let marked = turns.iter().all(|t| ends_with_question_mark(&t.question))
        && !(turns.iter().flat_map(|t| &t.answer)).any(|p| ends_with_question_mark(p));
    let asked = asker_opens_every_turn(reading);
    (reading.layout == Layout::Labels && one_side && !guests && !marked && !asked).then(|| {
        Warning {
            line: reading.speakers.first().map_or(1, |s| s.line),
            message:
                "only one speaker is labelled: the other side's paragraphs are read by position"
                    .into(),
            fix: "label the other speaker's paragraphs too, or check the questions below".into(),
        }
    })
}

/// Only the asker is labelled, and a label opens every question and nothing else (a press
/// layout: the outlet's name before each question, `Blog - Why…`, the reply unlabelled under
/// it). Every turn then starts where the file says and the reply is what runs to the next
/// label: nothing is read by position. Labelled answers under unlabelled prompts are another
/// matter: there a prompt is whatever unlabelled paragraph stands between two answers.
fn asker_opens_every_turn(reading: &Reading) -> bool {
    let askers = &reading.speakers;
    let labelled: usize = askers.iter().map(|s| s.count).sum();
    !askers.is_empty()
        && askers.iter().all(|s| s.role == Role::Interviewer)
        && labelled == reading.interview.turns.len()
}

#[cfg(test)]
mod tests {
    use super::super::parse::read;
    use super::*;

    #[test]
    fn names_read_as_questions_are_flagged() {
        assert!(is_bare_name("Helena Prates:"));
        assert!(is_bare_name("**Rita**"));
        assert!(!is_bare_name("Tell us about the harbour."));
        assert!(!is_bare_name("Why Lisbon?"));
    }

    #[test]
    fn questions_marked_by_their_question_marks_need_no_label() {
        let text = "Katia Lobo fala do barco.\n\n1) Como está o barco?\n\n\
                    Katia: Estou indo bem, treinando muito.\n\n2) Mudou o treino?\n\n\
                    Katia: Sim, agora faço pesos na academia.\n\n3) Vai correr em maio?\n\n\
                    Katia: Sim, em Lisboa e no Porto.";
        let reading = read("x", text).expect("parses");
        assert!(one_side_labelled(&reading).is_none());
        let asking = text.replace("e no Porto.", "e no Porto. E você?");
        let reading = read("x", &asking).expect("parses");
        assert!(one_side_labelled(&reading).is_some());
        // Labelled answers leave the prompts to their position.
        assert!(!asker_opens_every_turn(&reading));
    }

    #[test]
    fn an_asker_label_on_every_question_is_no_one_sided_reading() {
        let text = "---\ntitle: \"O porto visto por Tiago Rocha\"\n---\n\
            O pescador Tiago Rocha, de 60 anos, falou ao blog sobre o porto e o peixe.\n\
            Blog - Como está o porto?\nEstá melhor do que no ano passado, com mais barcos.\n\
            Blog - E o preço do peixe.\nSubiu muito, e ninguém sabe bem porquê.\n\
            Blog - Vai continuar a pescar?\nEnquanto o mar deixar, vou, como o meu pai.\n\
            Blog - E os filhos?\nUm é enfermeiro, o outro anda comigo no barco.\n\
            Blog - O que pede à câmara?\nQue arranje o cais antes do inverno.\n";
        let reading = read("x", text).expect("parses");
        assert_eq!(reading.interview.turns.len(), 5, "{reading:?}");
        assert!(one_side_labelled(&reading).is_none());
    }

    #[test]
    fn a_topic_heading_written_once_is_no_name() {
        let text = "T\n\n## The Early Years\n\nWe grew up by the harbour, six of us.\n\n\
                    ## Why boats?\n\nBecause my father built them, and his father too.";
        let reading = read("x", text).expect("parses");
        assert!(name_questions(&reading).is_none());
    }

    #[test]
    fn a_one_word_prompt_among_colon_prompts_is_a_topic_not_a_label() {
        let questionnaire = "+++\ntitle = \"Ten questions for Rui Dias\"\n+++\n\n\
            What was the best interview you ever did?\n\
            A fisherman who had not spoken to anyone for a week and then talked for hours.\n\
            What would you never do again?\n\
            Climb a radio mast in the rain to film a report about storms on the coast.\n\
            What makes you laugh?\nMy brother's jokes, every single time he tells one.\n\
            Favourite series:\nThe old detective ones from the seventies, all of them.\n\
            Presenter:\nThe one who hosted the late quiz show, for his calm under pressure.\n\
            Which programme would you bring back?\nThe Sunday cooking show of my childhood.\n\
            Film you never tire of:\nAny western with a long silent opening scene.\n\
            What do you watch in secret?\nDance contests, the louder the better.\n";
        let reading = read("x", questionnaire).expect("parses");
        assert_eq!(reading.interview.turns.len(), 8, "{reading:?}");
        assert!(name_questions(&reading).is_none(), "{reading:?}");
        // One colon prompt left among questions makes no questionnaire.
        let labels = questionnaire.replace("Favourite series:", "Which series do you like?");
        let reading = read("x", &labels).expect("parses");
        assert_eq!(reading.interview.turns.len(), 8, "{reading:?}");
        assert!(name_questions(&reading).is_some(), "{reading:?}");
    }

    #[test]
    fn answers_that_ask_while_questions_never_do_are_flagged() {
        let text = "T\n\n**The harbour**\n\nWhat did the harbour look like then? Was it busy?\n\n\
                    **The boats**\n\nWho built the boats, and where did the wood come from?";
        let reading = read("x", text).expect("parses");
        let warnings = structure_warnings(&reading);
        assert!(
            warnings
                .iter()
                .any(|w| w.message.contains("no question ends")),
            "{warnings:?}"
        );
    }
}
