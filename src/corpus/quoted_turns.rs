//! Interviews that print who speaks by quotation marks instead of labels. A newspaper sets
//! every answer as a quotation and leaves its own questions bare: from the first quoted
//! paragraph on, each bare paragraph is a prompt, even a remark that asks nothing ("But you
//! saw it first."), and the bare paragraph right above the first quotation is the first
//! question, however long the introduction over it. A blog sets every line in quotation
//! marks, prompts and answers alike: the lines then alternate from the first one, a prompt
//! that asks nothing keeping its slot.

use super::address::{addresses_listener, speaks_of_self};
use super::cues::{asks_something, ends_with_question_mark, is_statement_prompt};
use super::name_words::THIRD_PERSON;
use super::quoted::{closes_quotation, opens_quotation};
use super::reading::Para;

/// Quoted answers are the file's convention when this many answers at least are set so: one
/// or two quotations under bare paragraphs may be a profile quoting its subject.
const MIN_QUOTED_ANSWERS: usize = 5;

/// Fewer quoted answers are the convention too, down to this many, when every bare prompt
/// turns to the listener: it asks without speaking of someone in the third person, or it is a
/// short remark saying "you" without the
/// speaker's "I" ("You said you will not tour this record…"). A profile's narration speaks
/// of its subject in the third person.
const MIN_ADDRESSED_QUOTED_ANSWERS: usize = 3;

/// Bare prompts mostly ask: at least one in this many does (a profile alternating narration
/// and quotations asks nothing).
const MIN_ASKING_SHARE: usize = 2;

/// A file set wholly in quoted lines is a conversation when it runs to this many exchanges:
/// fewer could be a pair of quotations opening an article.
const MIN_QUOTED_EXCHANGES: usize = 3;

/// For a file whose answers are quotations and whose prompts are bare, or whose every turn is
/// a quoted line, whether each paragraph is a prompt; `None` for other files.
pub fn quoted_turns(paras: &[Para]) -> Option<Vec<bool>> {
    all_quoted_lines(paras).or_else(|| quoted_answers(paras))
}

/// The paragraph is speech in quotation marks, after any stage direction ("(Laughing): “…").
fn opens_speech(text: &str) -> bool {
    let text = text.trim_start();
    let rest = match text.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((_, rest)) => rest.trim_start_matches([':', ' ']),
        None => text,
    };
    opens_quotation(rest)
}

/// Answers in quotation marks under bare prompts: from the bare paragraph above the first
/// quotation on, bare paragraphs never follow each other, every run of quoted paragraphs
/// closes its quotation, and most bare paragraphs ask.
fn quoted_answers(paras: &[Para]) -> Option<Vec<bool>> {
    let mut quoted: Vec<bool> = paras.iter().map(|p| opens_speech(&p.text)).collect();
    for i in 1..paras.len() {
        quoted[i] = quoted[i] || (quoted[i - 1] && ends_quotation_it_did_not_open(&paras[i].text));
    }
    let first_answer = quoted.iter().position(|&q| q)?;
    let start = first_answer.checked_sub(1)?;
    let last_answer = quoted.iter().rposition(|&q| q)?;
    let region = start..=last_answer;
    let prompts: Vec<usize> = region.clone().filter(|&i| !quoted[i]).collect();
    let answers = region
        .clone()
        .filter(|&i| quoted[i] && !quoted[i - 1])
        .count();
    let alternates = prompts.iter().all(|&i| quoted[i + 1]);
    let runs_close = region
        .filter(|&i| quoted[i] && !quoted.get(i + 1).copied().unwrap_or(false))
        .all(|i| closes_quotation(&paras[i].text));
    let asking = prompts
        .iter()
        .filter(|&&i| asks_something(&paras[i].text))
        .count();
    let turned = |i: usize| {
        let text = &paras[i].text;
        (ends_with_question_mark(text) && !speaks_of_third_person(text))
            || (is_statement_prompt(text) && addresses_listener(text) && !speaks_of_self(text))
    };
    let enough = answers >= MIN_QUOTED_ANSWERS
        || (answers >= MIN_ADDRESSED_QUOTED_ANSWERS && prompts.iter().all(|&i| turned(i)));
    let fits = enough && alternates && runs_close && asking * MIN_ASKING_SHARE >= prompts.len();
    fits.then(|| {
        (0..paras.len())
            .map(|i| i >= start && i <= last_answer && !quoted[i])
            .collect()
    })
}

/// A paragraph closing a quotation it never opened ("*The Dolphin* will be filmed…, the film
/// within the film.\""): the next paragraph of the quotation above, whose opening mark was
/// lost (a copy drops it before italics) — the same speaker, not a bare prompt.
fn ends_quotation_it_did_not_open(text: &str) -> bool {
    let count = |c: char| text.chars().filter(|&x| x == c).count();
    let unbalanced = count('"') % 2 == 1 || count('”') > count('“') || count('»') > count('«');
    !opens_quotation(text) && closes_quotation(text) && unbalanced
}

/// The text speaks of someone with a third-person pronoun ([`THIRD_PERSON`]): a question
/// using one asks the reader about someone ("Why does he still do it?"), as a profile's
/// rhetorical question does, instead of turning to the listener. Spanish and Portuguese
/// questions often drop "you" ("E o que achou do festival?"), so a question that turns to the
/// listener is told by lacking these rather than by a "you".
fn speaks_of_third_person(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| THIRD_PERSON.contains(&w.to_lowercase().as_str()))
}

/// Every line from the first quoted one to the end is a whole quotation: the lines alternate
/// prompt and answer from the first, when the prompts' slots ask more often than the answers'
/// and no answer's slot ends with a question.
fn all_quoted_lines(paras: &[Para]) -> Option<Vec<bool>> {
    let whole = |p: &Para| opens_quotation(&p.text) && closes_quotation(&p.text);
    let first = paras.iter().position(whole)?;
    let lines = &paras[first..];
    if !lines.iter().all(whole)
        || !lines.len().is_multiple_of(2)
        || lines.len() < 2 * MIN_QUOTED_EXCHANGES
    {
        return None;
    }
    let asks_in = |slot: usize| {
        (lines.iter().skip(slot).step_by(2))
            .filter(|p| asks_something(&p.text))
            .count()
    };
    let answer_asks = (lines.iter().skip(1).step_by(2)).any(|p| ends_with_question_mark(&p.text));
    (asks_in(0) > asks_in(1) && !answer_asks).then(|| {
        (0..paras.len())
            .map(|i| i >= first && (i - first) % 2 == 0)
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn bare_prompts_over_quoted_answers_start_at_the_first_quotation() {
        let mut texts = vec![
            "Olga Brandt has restored organs for forty years.",
            "Her workshop smells of glue and old pine. Who taught her?",
            "Mrs Brandt: what first drew you to organs, rather than pianos?",
            "\"The noise, to be honest. A piano whispers.\"",
            "But you were a pianist first.",
            "\"For six years, and badly.\"",
            "Which organ gave you the most trouble?",
            "(Laughing): \"The one in my own parish, of course.\"",
            "Why?",
            "\"Mice. They love the bellows.\"",
            "And the next job?",
            "\"A small chamber organ in a school hall.\"",
            "Will you ever retire?",
            "\"When my hands say so.\"",
        ];
        let prompts = quoted_turns(&paras(&texts)).expect("quoted answers");
        let expected = [
            false, false, true, false, true, false, true, false, true, false, true, false, true,
            false,
        ];
        assert_eq!(prompts, expected);
        // Two bare paragraphs in a row after the first quotation: no such convention.
        texts.insert(5, "She pauses.");
        assert_eq!(quoted_turns(&paras(&texts)), None);
    }

    #[test]
    fn a_paragraph_closing_a_quotation_it_did_not_open_goes_on_with_the_answer() {
        let texts = [
            "Olga Brandt has restored organs for forty years.",
            "What first drew you to organs?",
            "\"The noise, to be honest. A piano whispers.\"",
            "*The Cantor* was my first organ book, and I read it twice.\"",
            "But you were a pianist first.",
            "\"For six years, and badly.\"",
            "Which organ gave you the most trouble?",
            "\"The one in my own parish, of course.\"",
            "Why?",
            "\"Mice. They love the bellows.\"",
            "Will you ever retire?",
            "\"When my hands say so.\"",
        ];
        let prompts = quoted_turns(&paras(&texts)).expect("quoted answers");
        assert!(prompts[1] && !prompts[2] && !prompts[3] && prompts[4]);
        assert!(!ends_quotation_it_did_not_open("He said \"no\""));
    }

    #[test]
    fn a_few_quoted_answers_under_prompts_turned_to_the_listener_are_an_interview() {
        let mut texts = vec![
            "Lia Moura lança um disco de modinhas. A Revista Varanda conversou com ela:",
            "Você sempre quis gravar modinhas?",
            "\"Desde menina. A minha avó cantava na cozinha.\"",
            "Você disse que não vai sair em turnê...",
            "\"Não agora. O meu filho nasceu em março e quero ficar em casa.\"",
            "E o que achou do festival deste ano?",
            "\"Gostei muito, sobretudo das bandas novas.\"",
        ];
        let prompts = quoted_turns(&paras(&texts)).expect("quoted answers");
        assert_eq!(prompts, [false, true, false, true, false, true, false]);
        // A remark in the third person between quotations: a profile's narration.
        texts[3] = "A cantora não vai sair em turnê.";
        assert_eq!(quoted_turns(&paras(&texts)), None);
    }

    #[test]
    fn a_profile_asking_about_its_subject_over_three_quotations_is_no_interview() {
        let texts = [
            "Tom Hale has rowed the bay for forty years.",
            "Why does he still do it?",
            "\"Because the bay is never the same twice.\"",
            "And the cold?",
            "\"You get used to it.\"",
            "What about his knees?",
            "\"Ask my doctor.\"",
        ];
        assert_eq!(quoted_turns(&paras(&texts)), None);
    }

    #[test]
    fn a_profile_quoting_its_subject_is_no_interview() {
        let texts = [
            "Olga Brandt restores organs.",
            "\"It is slow work,\" she says.",
            "She started at twenty.",
            "\"I had no idea what I was doing,\" she laughs.",
            "Her husband builds the cases.",
            "\"He is the patient one.\"",
            "The workshop is cold.",
            "\"Organs like the cold.\"",
            "She has no plans to stop.",
            "\"Why would I?\"",
            "Her next job is in a school.",
            "\"A small one.\"",
        ];
        assert_eq!(quoted_turns(&paras(&texts)), None);
    }

    #[test]
    fn quoted_lines_alternate_from_the_first_one() {
        let mut texts = vec![
            "Tomas Reyes",
            "“Tell me how the choir started.”",
            "“Four of us in a kitchen, singing badly.”",
            "“And now there are forty of you?”",
            "“Forty-two? More each year.”",
            "“I never liked your soprano section.”",
            "“Nobody does, they are loud.”",
            "“What do you sing next spring?”",
            "“A requiem, sadly.”",
        ];
        let prompts = quoted_turns(&paras(&texts)).expect("quoted lines");
        assert_eq!(
            prompts,
            [false, true, false, true, false, true, false, true, false]
        );
        // An answer's slot ending with a question: the alternation is not read.
        texts[8] = "“Why do you ask?”";
        assert_eq!(quoted_turns(&paras(&texts)), None);
    }
}
