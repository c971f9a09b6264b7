//! Real pages that the reader used to refuse or misread, each in a small interview of our own:
//! a page template naming its question and answer elements, `<br><br>` as the paragraph break
//! and a template's wrong `<html lang>`; a file whose first question lost its label; bare
//! press letters; an editorial board asking by name.

use crate::support::parsed::parse;
use assert_cmd::Command;
use interview_bot::corpus::import::{import_page, PageKind};

const MARKED_PAGE: &str = r#"<!DOCTYPE html><html lang="fr"><head>
<title>Preguntas a Brasa, la banda de cumbia de Rosario</title></head><body>
<div class="entrevista"><h3 class="titulo">Preguntas a Brasa, la banda de cumbia de Rosario</h3>
<p id="iw_question"><b>Brasa</b> es un grupo de seis músicos que tocan cumbia con acordeones
viejos y una batería prestada.</br></br>¿Cómo empezaron a tocar juntos?</p>
<p id="iw_answer">En un casamiento, cuando la banda contratada no apareció y alguien sacó un
acordeón del auto.</p>
<p id="iw_question">Y siguieron tocando en casamientos durante años, según cuentan en el barrio.
</br></br>¿Qué tiene de especial el público de Rosario?</p>
<p id="iw_answer">Baila aunque la canción sea triste. Eso no pasa en todos lados.</p>
<p id="iw_question">¿Cuándo sale el disco?</p>
<p id="iw_answer">En marzo, si el acordeón aguanta.</p>
</div></body></html>"#;

#[test]
fn a_page_marking_its_questions_and_answers_is_imported_by_its_marks() {
    let imported = import_page(PageKind::Html, MARKED_PAGE).expect("imports");
    assert!(
        imported.text.contains("language = \"es\""),
        "{}",
        imported.text
    );
    let interview = parse(&imported.text);
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert_eq!(
        questions,
        [
            "¿Cómo empezaron a tocar juntos?",
            "¿Qué tiene de especial el público de Rosario?",
            "¿Cuándo sale el disco?"
        ]
    );
    assert_eq!(interview.intro.len(), 1, "{:?}", interview.intro);
    assert!(interview.intro[0].starts_with("Brasa es un grupo"));
    // The words before the second question continue the first answer.
    assert_eq!(interview.turns[0].answer.len(), 2);
}

/// `index --explain` reads a file whose first question lost its label to an image's name,
/// and says so with the line, instead of refusing it.
#[test]
fn explain_reads_past_a_glued_label_and_warns_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kites.txt");
    std::fs::write(
        &path,
        "Q&A with Nora Lind\n\nNora flies kites on four continents.\n\n\
         nora-lind-2Q: When did you fly your first kite?\n\nA: At six, on a beach in Cádiz.\n\n\
         Q: What was it made of?\n\nA: Newspaper and two sticks.\n\n\
         Q: Did it fly?\n\nA: For a minute.\n",
    )
    .unwrap();
    let output = Command::cargo_bin("interview-bot")
        .unwrap()
        .args(["index", "--explain"])
        .arg(&path)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(report.contains("Questions: 3"), "{report}");
    assert!(
        report.contains("line 5: When did you fly your first kite?"),
        "{report}"
    );
    assert!(
        report.contains("'nora-lind-2' was run into the speaker label"),
        "{report}"
    );
}

#[test]
fn bare_press_letters_and_a_board_asking_by_name_are_labels() {
    let press = parse(
        "Marta Gil: «El archivo es de todos»\n\nP ¿Desde cuándo dirige el archivo?\n\n\
         R Desde 2015. Antes era bibliotecaria.\n\nP Dicen que lo abrió a los vecinos.\n\n\
         R Sí, los sábados por la mañana.\n\nP ¿Qué piden más?\n\nR Fotos de sus calles.",
    );
    let questions: Vec<&str> = press.turns.iter().map(|t| t.question.as_str()).collect();
    assert_eq!(
        questions,
        [
            "¿Desde cuándo dirige el archivo?",
            "Dicen que lo abrió a los vecinos.",
            "¿Qué piden más?"
        ]
    );
    assert_eq!(press.turns[1].answer, ["Sí, los sábados por la mañana."]);
    let board = parse(
        "The Ferry Candidate\n\nOmar Diallo wants to run the island ferries.\n\n\
         Ruth Kemp: Welcome. Why this job, and why now?\n\n\
         Because the ferries are late and nobody is answerable for it.\n\n\
         [Mr. Diallo worked for the ferry company for eleven years.]\n\n\
         Sam Ortiz: What would you cut first? Be specific.\n\nThe night crossing, which runs empty.",
    );
    assert_eq!(board.turns.len(), 2);
    assert_eq!(
        board.turns[0].answer.len(),
        1,
        "the editors' note is dropped"
    );
    assert_eq!(board.interviewee(), "Omar Diallo");
}

#[test]
fn notes_to_the_reader_in_the_introduction_are_not_quoted() {
    let text = "Tomás Breda on Night Trains\n\n\
        Tomás Breda has run the sleeper service between two capitals for a decade.\n\n\
        Listen to the whole episode here.\n\n\
        Don't forget to subscribe so you never miss a conversation from the rails.\n\n\
        Q: Why night trains?\n\nA: Because people sleep better than they fly.\n\n\
        Q: What is hardest?\n\nA: Keeping the coffee warm at four in the morning.";
    let interview = parse(text);
    assert_eq!(interview.intro.len(), 1, "{:?}", interview.intro);
    assert!(interview.intro[0].starts_with("Tomás Breda has run"));
    assert_eq!(
        interview.metadata.interviewee.as_deref(),
        Some("Tomás Breda")
    );
}
