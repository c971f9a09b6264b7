//! The outlet's promotion boxes after the interview: "Sign up for our newsletter" over a
//! sentence selling it, "More from Harbour Weekly" and "Related" over teasers of other
//! stories (a headline, a sentence about someone else, a "Read more" link). A pasted page
//! keeps them under the last answer, and in a file whose prompts are short lines or headings
//! they read as more questions with answers. What tells them from the conversation is where
//! they stand and who speaks: a line of the page's furniture (a subscribe or "related"
//! line, a link alone) after the conversation has started, and nothing from there to the end
//! of the file that reads as the conversation: no one speaking of themselves or their side,
//! no speaker label, no prompt over a longer answer. A box in the middle of the interview,
//! above more answers, is left to the rules that drop the box alone.

use std::mem;

use super::super::address::speaks_of_own_side;
use super::super::furniture::is_furniture;
use super::super::labels::speaker_of;
use super::super::layout::Assembled;
use super::super::reading::{Clutter, Dropped, Para, Speaker};

/// Complete exchanges before a promotion box: a file whose first exchange is followed by a
/// "related" line may be a page of teasers, not an interview with a box under it.
const MIN_TURNS_BEFORE: usize = 2;

/// An answer under a prompt is at least this many times as long as the prompt ("¿Y el
/// invierno?" over a sentence); a teaser's headline ending in a question mark sits over a line
/// about as long.
const MIN_ANSWER_TO_PROMPT: usize = 2;

/// Drops the promotion boxes after the interview (see the module's doc): every turn from the
/// first furniture line on, and the answer paragraphs under it, leave the interview as what
/// follows it; the page's lines dropped there before are relabelled so.
pub fn drop_closing_promotion(
    out: &mut Assembled,
    paras: &[Para],
    speakers: &[Speaker],
    earlier: &mut [Dropped],
) {
    let Some(start) = promotion_start(out, earlier) else {
        return;
    };
    if conversation_goes_on(paras, speakers, start) {
        return;
    }
    let mut moved = Vec::new();
    for mut turn in mem::take(&mut out.turns) {
        if turn.line >= start {
            moved.push((turn.question, turn.line));
            moved.extend(turn.answer);
            continue;
        }
        let keep = turn.answer.iter().filter(|(_, l)| *l < start).count();
        moved.extend(turn.answer.split_off(keep));
        turn.speakers.truncate(keep);
        out.turns.push(turn);
    }
    out.dropped
        .extend(moved.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::AfterInterview,
        }));
    for d in (out.dropped.iter_mut().chain(earlier.iter_mut())).filter(|d| d.line >= start) {
        d.reason = Clutter::AfterInterview;
    }
}

/// Something after line `start` reads as the conversation: a paragraph in which someone
/// speaks of themselves or their own side ("I", "mi", "nuestra"), a speaker's label, or a
/// prompt and its answer (a paragraph closing on a question mark followed by one
/// [`MIN_ANSWER_TO_PROMPT`] times as long at least). The guest's first person may hide in a
/// verb ("remendamos"), and an answer may speak of others only; a teaser's headline over one
/// line about a story is about as long as the line.
fn conversation_goes_on(paras: &[Para], speakers: &[Speaker], start: usize) -> bool {
    let rest: Vec<&Para> = paras.iter().filter(|p| p.line > start).collect();
    let spoken = |p: &&Para| speaks_of_own_side(&p.text) || speaker_of(&p.text, speakers).is_some();
    let words = |p: &Para| p.text.split_whitespace().count();
    let answered = rest.windows(2).any(|w| {
        w[0].text.trim_end().ends_with(['?', '？'])
            && !w[1].text.trim_end().ends_with(['?', '？'])
            && words(w[1]) >= MIN_ANSWER_TO_PROMPT * words(w[0])
    });
    rest.iter().any(spoken) || answered
}

/// The line of the first piece of page furniture after [`MIN_TURNS_BEFORE`] complete
/// exchanges: a line dropped as furniture, or a turn whose prompt is furniture ("## Sign up
/// for our newsletter" read as a heading question).
fn promotion_start(out: &Assembled, earlier: &[Dropped]) -> Option<usize> {
    let answered = out.turns.get(MIN_TURNS_BEFORE - 1)?;
    let after = answered.answer.first()?.1;
    let dropped = (out.dropped.iter().chain(earlier))
        .filter(|d| d.reason == Clutter::PageFurniture && d.line > after)
        .map(|d| d.line);
    let prompts = (out.turns.iter())
        .filter(|t| t.line > after && is_furniture(&t.question))
        .map(|t| t.line);
    dropped.chain(prompts).min()
}

#[cfg(test)]
mod tests {
    /// The questions of a parsed text, each with its answer's paragraphs.
    fn turns(text: &str) -> Vec<(String, Vec<String>)> {
        let reading = crate::corpus::read("t", text).expect("parses");
        let turns = reading.interview.turns;
        turns.into_iter().map(|t| (t.question, t.answer)).collect()
    }

    const INTERVIEW: &str = "The ropemaker\n\nIda Brenn has made rope by hand for forty \
        years in a long shed by the river.\n\nHow did you start?\n\nMy father ran the walk, and \
        I carried the hemp from the age of nine.\n\nIs there still a market for it?\n\nSailing \
        schools and theatres buy from us. It is small but steady, and my orders grow.\n\nWhat \
        would you tell a young person?\n\nCome in winter. If you still like it in February, \
        you will like it forever.\n\n";

    #[test]
    fn a_newsletter_box_and_teasers_after_the_last_answer_leave_the_interview() {
        let page = format!(
            "{INTERVIEW}Sign up for our newsletter\n\nGet the best of Harbour Weekly in your \
             inbox every Friday.\n\nMore from Harbour Weekly\n\nThe last sailmaker of Brixholm \
             talks about canvas and wind.\n\nWhy do keepers still exist?\n\nA keeper on thirty \
             winters alone.\n"
        );
        let read = turns(&page);
        assert_eq!(read.len(), 3, "{read:?}");
        assert_eq!(read[2].1.len(), 1);
    }

    #[test]
    fn a_box_in_the_middle_above_more_answers_leaves_the_answers() {
        let page = format!(
            "{INTERVIEW}Sign up for our newsletter\n\nWill you retire?\n\nNot while my \
             hands work. I have ropes to lay for the new ferry.\n"
        );
        let read = turns(&page);
        assert_eq!(read.len(), 4, "{read:?}");
        assert_eq!(read[3].0, "Will you retire?");
    }

    #[test]
    fn an_advertisement_line_above_a_spanish_exchange_leaves_the_exchange() {
        let page = "El remendador\n\nLuis Mar remienda redes en el puerto desde hace treinta \
            años.\n\n¿Cómo empezó?\n\nCon mi padre, en la playa, a los nueve años.\n\n¿Hay \
            trabajo todavía?\n\nPoco, pero cada semana llega una red rota del norte.\n\n\
            Publicidad\n\n¿Y el invierno?\n\nMás tranquilo, remendamos lo que dejó el \
            verano.\n";
        let read = turns(page);
        assert_eq!(
            read.last().map(|t| t.0.as_str()),
            Some("¿Y el invierno?"),
            "{read:?}"
        );
    }
}
