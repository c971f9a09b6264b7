//! Layouts of news pages and transcripts met in real archives, each in a small interview of
//! our own: a question run into its answer in one paragraph under a service box, a headline
//! naming the person by surname before a verb, a questionnaire that students wrote.

use interview_bot::corpus;

fn parse(text: &str) -> corpus::Interview {
    corpus::parse("t", text).unwrap_or_else(|e| panic!("line {}: {}", e.line, e.reason))
}

#[test]
fn questions_run_into_their_answers_are_cut_and_the_service_box_dropped() {
    let interview = parse(
        "Na estrada: Lia Moura fala sobre a turnê do disco 'Maré Cheia'\n\n\
         A cantora fala sobre a turnê que começa no sábado.\n\n\
         O disco tem muito frevo. O show vai pelo mesmo caminho? Vai sim, o show abre com \
         três frevos e fecha com um maracatu.\n\n\
         Como escolheu o repertório? Pedi ao diretor um show com sucessos e quatro inéditas.\n\n\
         O show será gravado? Ainda não sabemos onde, mas vai ser gravado no ano que vem.\n\n\
         ONDE: Teatro do Cais, R. da Aurora, 120. QUANDO: Sáb., 21h. QUANTO: R$ 60.\n",
    );
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert_eq!(
        questions,
        [
            "O disco tem muito frevo. O show vai pelo mesmo caminho?",
            "Como escolheu o repertório?",
            "O show será gravado?"
        ]
    );
    assert_eq!(
        interview.turns[2].answer,
        ["Ainda não sabemos onde, mas vai ser gravado no ano que vem."]
    );
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Lia Moura"));
}
