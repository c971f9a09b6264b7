//! `ask` prints a passage in quotation marks once: an answer the interview already prints in
//! its own marks keeps only those, one that merely opens with a quoted phrase gets ours too.

use std::path::Path;

use assert_cmd::Command;

/// An interview, written for this test, whose answers are printed inside quotation marks.
const ORCHARD: &str = "+++
title = \"Marta Quintela: a quinta à beira do rio\"
interviewee = \"Marta Quintela\"
outlet = \"Jornal da Ribeira\"
language = \"pt\"
+++
Marta Quintela cultiva laranjas numa quinta à beira do rio há vinte anos.

Porque escolheu as laranjas?

“As laranjeiras aguentam o inverno da ribeira melhor do que qualquer outra árvore que \
plantei, e a terra aqui gosta delas.”

Como vende a fruta?

“Vendemos tudo”, diz ela, “na feira de sábado, à porta da igreja, sem intermediários.”

E o rio, ajuda ou atrapalha?

«As cheias trazem lodo que fertiliza os pomares, mas levaram-nos dois barcos em março.»
";

/// The first line `ask` prints for `question` against a corpus holding only [`ORCHARD`].
fn first_line(corpus: &Path, question: &str) -> String {
    let output = Command::cargo_bin("interview-bot")
        .unwrap()
        .current_dir(corpus)
        .env("CORPUS_DIR", corpus)
        .env(
            "CONFIG_DIR",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("config"),
        )
        .env_remove("INDEX_DIR")
        .env_remove("MIN_COVERAGE")
        .args(["ask", question])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    stdout.lines().next().unwrap_or_default().to_string()
}

#[test]
fn an_answer_in_its_own_marks_is_printed_with_those_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("quinta.txt"), ORCHARD).unwrap();
    let own = first_line(dir.path(), "Porque escolheu as laranjas?");
    assert!(
        own.starts_with("“As laranjeiras") && !own.starts_with("““"),
        "{own}"
    );
    assert!(
        own.ends_with("gosta delas.”") && !own.ends_with("””"),
        "{own}"
    );
    let guillemets = first_line(dir.path(), "As cheias do rio ajudam os pomares?");
    assert!(guillemets.starts_with("«As cheias"), "{guillemets}");
    assert!(guillemets.ends_with("em março.»"), "{guillemets}");
    let phrase = first_line(dir.path(), "Como vende a fruta na feira?");
    assert!(phrase.starts_with("““Vendemos tudo”, diz ela"), "{phrase}");
    assert!(phrase.ends_with("sem intermediários.””"), "{phrase}");
}
