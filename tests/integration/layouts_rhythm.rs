//! Prompts the file's own rhythm gives away, each in a small interview of our own: a remark
//! printed outside the quoted replies around it, a long first question whose answer closes on
//! a question of its own, a statement prompt set right above its answer as the file sets every
//! exchange, section headings in capitals with the numbering restarting under each, and a
//! page that printed some paragraphs twice.

use interview_bot::corpus::{self, Interview};

fn parse(text: &str) -> Interview {
    corpus::parse("t", text).unwrap_or_else(|e| panic!("line {}: {}", e.line, e.reason))
}

fn questions(interview: &Interview) -> Vec<&str> {
    interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect()
}

#[test]
fn a_remark_outside_the_quoted_replies_is_the_interviewers_prompt() {
    let interview = parse(
        "Conversa com o relojoeiro\n\nQ: Como começou?\n\n\
         A: \"Com o relógio do meu avô, que parou no dia em que ele morreu.\"\n\n\
         Q: E consertou-o?\n\n\
         A: \"Demorei dois anos. Faltava uma roda que já ninguém fazia.\"\n\n\
         Hoje quase ninguém usa relógio de corda.\n\n\
         \"Usam mais do que se pensa: quem herda um quer ouvi-lo bater.\"\n\n\
         Q: E o futuro?\n\n\
         A: \"Tenho dois aprendizes. Um deles é melhor do que eu.\n\n\
         Mas ainda não sabe.\"",
    );
    assert_eq!(
        questions(&interview),
        [
            "Como começou?",
            "E consertou-o?",
            "Hoje quase ninguém usa relógio de corda.",
            "E o futuro?"
        ]
    );
    assert_eq!(interview.turns[1].answer.len(), 1);
    // The quotation left open at the end of a paragraph goes on in the next one.
    assert_eq!(interview.turns[3].answer.len(), 2);
}
