//! The matter after the last answer once the turns are cut: a closing section under its own
//! heading, a closing list set like the prompts, a question the page was cut after, and the
//! interviewer's closing thanks.

use super::super::address::speaks_of_self;
use super::super::assembled::Draft;
use super::super::cues::{asks_something, is_bold, is_heading, words};
use super::super::cut_question::drop_cut_question;
use super::super::labels::speaker_of;
use super::super::layout::Assembled;
use super::super::reading::{Clutter, Dropped, Layout, Para, Speaker};
use super::super::thanks::{drop_closing_thanks, opens_with_thanks};
use super::promotion::drop_closing_promotion;
use super::reaction::answer_with_reaction;
use super::section_headings::drop_section_headings;

/// Questions that all ask before a closing heading that does not: enough to tell the file's
/// prompts from its closing matter.
const MIN_ASKING_TURNS: usize = 3;

/// A closing section's title is short: "Highlights", "Sesiones relacionadas".
const MAX_CLOSING_TITLE_WORDS: usize = 4;

/// Takes what follows the last answer out of it: the matter under a closing heading, a
/// closing list under a title set like the prompts, the interviewer's closing thanks (the
/// editor's notes about the guest go with [`super::super::third_person_tail`], which reads the
/// headline too).
/// `earlier` are the lines dropped before the turns were cut; `guests` the interviewee's
/// known names.
pub fn drop_closing_matter(
    out: &mut Assembled,
    paras: &[Para],
    speakers: &[Speaker],
    earlier: &mut Vec<Dropped>,
    guests: &[&str],
) {
    drop_section_headings(out, paras, speakers);
    drop_closing_promotion(out, paras, speakers, earlier);
    drop_after_closing_heading(out, paras, speakers, earlier);
    drop_closing_prompt(out, paras);
    answer_with_reaction(out, earlier, paras, speakers);
    drop_cut_question(out);
    drop_closing_thanks(out, paras, speakers, guests);
}

/// A heading after the last question that does not ask ("## Highlights", "## Sesiones
/// relacionadas") closes the interview: the unlabelled paragraphs after it leave the last
/// answer. So does a separator ("* * *") in a file whose turns are opened by speaker labels:
/// there an answer runs on until the next label, and the separator is where the writer steps
/// out of the conversation ("Thanks, Ana, that was a treat!"). A paragraph opened by a speaker
/// label after such a heading or separator keeps the whole answer.
fn drop_after_closing_heading(
    out: &mut Assembled,
    paras: &[Para],
    speakers: &[Speaker],
    earlier: &mut [Dropped],
) {
    let Some(last) = out.turns.last() else {
        return;
    };
    // A heading over a date line was dropped with that line, as its caption ("## Notes" over
    // "Date: …"), before the turns were cut: it still opens the closing matter.
    let labelled = out.layout == Some(Layout::Labels);
    let closing = |d: &Dropped| {
        // A separator under the last answer's paragraphs only parts it from the page's end.
        // In other layouts an answer may run on past one, unless all that follows is a
        // short thanks ("Thanks for doing the interview!"): the writer's sign-off, set apart.
        let separator = (labelled || only_thanks_after(last, d.line))
            && d.reason == Clutter::Separator
            && last.answer.iter().any(|(_, l)| *l > d.line);
        (d.reason == Clutter::SectionTitle || is_heading(&d.text) || separator)
            && d.line > last.line
    };
    let Some(heading) = out
        .dropped
        .iter()
        .chain(earlier.iter())
        .filter(|d| closing(d))
        .map(|d| d.line)
        .min()
    else {
        return;
    };
    let labelled_after = paras
        .iter()
        .any(|p| p.line > heading && speaker_of(&p.text, speakers).is_some());
    let keep = last.answer.iter().filter(|(_, l)| *l < heading).count();
    if labelled_after || keep == 0 {
        return;
    }
    let Some(last) = out.turns.last_mut() else {
        return;
    };
    let moved = last.answer.split_off(keep);
    last.speakers.truncate(keep);
    out.dropped
        .extend(moved.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::AfterInterview,
        }));
    // The headings after it are part of the same closing matter.
    for d in out
        .dropped
        .iter_mut()
        .chain(earlier.iter_mut())
        .filter(|d| d.line >= heading)
    {
        d.reason = Clutter::AfterInterview;
    }
}

/// The answer's paragraphs after `line` are all short thanks without a word of the speaker
/// about themselves (see [`opens_with_thanks`]); there is one at least.
fn only_thanks_after(turn: &Draft, line: usize) -> bool {
    let mut after = turn.answer.iter().filter(|(_, l)| *l > line).peekable();
    after.peek().is_some()
        && after.all(|(text, _)| opens_with_thanks(text) && !speaks_of_self(text))
}

/// A closing heading or bold line in a file whose prompts are headings or bold: "## Highlights"
/// after questions that all ask. Its "answer" (a list, a promotion) leaves the interview.
fn drop_closing_prompt(out: &mut Assembled, paras: &[Para]) {
    let Some((last, asked)) = out.turns.split_last() else {
        return;
    };
    let typographic = paras
        .iter()
        .find(|p| p.line == last.line)
        .is_some_and(|p| is_heading(&p.text) || is_bold(&p.text));
    // A title ("Highlights", "Related sessions") over a list, not a prompt ("Tell us more.").
    let title = words(&last.question) <= MAX_CLOSING_TITLE_WORDS
        && !last.question.ends_with(['.', '!', ':', '…']);
    let list = last
        .answer
        .iter()
        .all(|(text, _)| text.starts_with(['-', '*', '•', '+']));
    let closing = typographic
        && title
        && list
        && asked.len() >= MIN_ASKING_TURNS
        && asked.iter().all(|t| asks_something(&t.question))
        && !asks_something(&last.question);
    if !closing {
        return;
    }
    let heading = paras
        .iter()
        .find(|p| p.line == last.line)
        .map(|p| p.text.clone());
    if let Some(turn) = out.turns.pop() {
        let question = (heading.unwrap_or(turn.question), turn.line);
        out.dropped.extend(
            std::iter::once(question)
                .chain(turn.answer)
                .map(|(text, line)| Dropped {
                    line,
                    text,
                    reason: Clutter::AfterInterview,
                }),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn a_closing_list_under_its_own_heading_leaves_the_last_answer() {
        let body = paras(&[
            "## Why?",
            "Because.",
            "## How?",
            "Slowly.",
            "## When?",
            "Soon.",
            "## Highlights",
            "- Because, slowly, soon.",
        ]);
        let mut out = super::super::super::layout::assemble(&body, &[]);
        drop_closing_prompt(&mut out, &body);
        assert_eq!(out.turns.len(), 3);
        assert_eq!(out.dropped[0].text, "## Highlights");
        let mut prompt = body.clone();
        prompt[6].text = "## Tell us more.".into();
        prompt[7].text = "More and more.".into();
        let mut out = super::super::super::layout::assemble(&prompt, &[]);
        drop_closing_prompt(&mut out, &prompt);
        assert_eq!(out.turns.len(), 4);
    }

    /// The answers of a parsed text, each as its paragraphs.
    fn answers(text: &str) -> Vec<Vec<String>> {
        let reading = crate::corpus::read("t", text).expect("parses");
        let turns = reading.interview.turns;
        turns.into_iter().map(|t| t.answer).collect()
    }

    #[test]
    fn a_sign_off_after_answers_labelled_on_every_paragraph_is_dropped() {
        let text = "Dias de praia\n\nPergunta: Onde passavas o verão?\n\nResposta: Na casa dos tios.\n\n\
                    Pergunta: Do que tinhas medo?\n\nResposta: Das ondas grandes.\n\nObrigada, terminámos.\n";
        assert_eq!(answers(text)[1], ["Das ondas grandes."]);
        // Labels on the first paragraph only: the unlabelled paragraphs go on answering.
        let text = "Dias de praia\n\nPergunta: Onde passavas o verão?\n\nResposta: Na casa dos tios.\n\n\
                    Ia à praia.\n\nPergunta: Do que tinhas medo?\n\nResposta: Das ondas.\n\nAinda tenho.\n";
        assert_eq!(answers(text)[1].len(), 2);
    }

    #[test]
    fn a_closing_heading_over_a_date_line_still_closes_the_interview() {
        let text = "Entrevista\n\nQ: ¿Cómo empieza?\n\nA: Con una libreta.\n\nQ: ¿Qué le falta?\n\n\
                    A: Una herramienta.\n\n## NOTAS\n\nFecha: 2024-03-03\n\nTranscrito por Ana Ruiz y Luis Paz\n";
        assert_eq!(answers(text)[1], ["Una herramienta."]);
    }

    #[test]
    fn a_page_cut_after_its_last_question_keeps_the_whole_turns() {
        let text = "Harbour pilots\n\nP. ¿Cuántos barcos entran cada día?\n\n\
                    R. Unos cuarenta, más en verano.\n\nP. ¿Y de noche?\n\n\
                    R. La mitad, pero son los grandes.\n\nP. Hablemos del temporal de enero.\n";
        let reading = crate::corpus::read("t", text).expect("a cut page still parses");
        assert_eq!(reading.interview.turns.len(), 2);
        let cut = reading.dropped.iter().find(|d| d.reason == Clutter::CutOff);
        assert_eq!(cut.map(|d| d.line), Some(11));
        let middle = "Pilots\n\nWhy?\n\nHow?\n\nSlowly.\n";
        assert_eq!(answers(middle).len(), 1, "two questions in a row are one");
        assert!(crate::corpus::read("t", "Pilots\n\nIntro.\n\nWhy?\n").is_err());
    }

    #[test]
    fn a_separator_after_a_labelled_last_answer_closes_the_interview() {
        let text = "Kits\n\nQ: Why kits?\n\nA: People like to solder.\n\nMost finish them.\n\n\
                    Q: What next?\n\nA: An input selector.\n\nIt is nearly done.\n\n* * *\n\n\
                    Thanks, Ana, that was a treat!\n\nI hope readers try a kit.\n";
        assert_eq!(
            answers(text)[1],
            ["An input selector.", "It is nearly done."]
        );
        // A label after the separator: the separator parts the conversation, which goes on.
        let going_on = text.replace("Thanks, Ana, that was a treat!", "Q: And then?\n\nA: Rest.");
        assert_eq!(answers(&going_on).len(), 3);
    }

    #[test]
    fn thanks_set_apart_by_a_separator_under_heading_questions_leave_the_last_answer() {
        let text = "Kilns\n\n## Why kilns?\n\nI like fire.\n\n## What next?\n\nA bigger kiln.\n\n\
                    It is nearly built.\n\n----\n\nThanks for doing the interview!\n";
        assert_eq!(answers(text)[1], ["A bigger kiln.", "It is nearly built."]);
        // The guest's own words after a separator stay in the answer.
        let own = text.replace("Thanks for doing the interview!", "More soon, I promise.");
        assert_eq!(answers(&own)[1].len(), 3);
    }
}
