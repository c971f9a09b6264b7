//! Spanish and Portuguese dialogue printed with dashes, where one paragraph may hold several
//! turns: "—¿Qué madera prefiere? —El roble del norte. —¿Y el castaño? —Para cubos." A new
//! turn starts at a dash set after the end of a sentence and before a capital or `¿`/`¡`; a
//! dash inside a sentence ("mi tío —el hermano de mi madre— me enseñó") is an aside.

use super::assembled::Assembled;
use super::cues::{dash_body, ends_with_question_mark, words, DIALOGUE_DASHES};
use super::reading::Para;

/// The paragraph cut at each dash that opens a new turn; each later piece keeps its dash.
pub fn inline_turns(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if i > start
            && c != '-'
            && DIALOGUE_DASHES.contains(&c)
            && opens_turn(&text[..i], &text[i + c.len_utf8()..])
        {
            pieces.push(text[start..i].trim_end());
            start = i;
        }
    }
    pieces.push(&text[start..]);
    pieces
}

/// `before` ends a sentence and a space, `after` opens a new one.
fn opens_turn(before: &str, after: &str) -> bool {
    let spaced = before.ends_with(char::is_whitespace);
    let closed = before
        .trim_end()
        .ends_with(['.', '?', '!', '…', '»', '"', '”']);
    let opens = after
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '¿' || c == '¡');
    spaced && closed && opens
}

/// A dialogue turn that asks: it opens with `¿` or ends with `?`.
pub fn asks(body: &str) -> bool {
    body.starts_with('¿') && ends_with_question_mark(body)
}

/// A dash turn that ends with `?` while the question before it still waits for its answer,
/// followed by a longer turn that asks nothing: a new question, the copy having lost the
/// answer to the one before (`next` is the paragraph after it). Counting turns would make it
/// the answer and shift every later turn to the other side; the question marks put the
/// alternation back in step. An answer closing on a rhetorical question is followed by the
/// next question, which asks, or by a shorter remark.
pub fn resumes_asking(body: &str, next: Option<&str>) -> bool {
    let next = next.and_then(dash_body);
    ends_with_question_mark(body)
        && next.is_some_and(|n| !ends_with_question_mark(n) && words(body) < words(n))
}

/// A file dashes only its prompts, each over its undashed answer in the same block, when this
/// many blocks at least are set so: one or two could be an answer going on under its dash.
const MIN_PROMPT_BLOCKS: usize = 3;

/// For each paragraph, whether it is the dashed prompt heading a block, its answer right under
/// it without a dash ("-You recorded with Oscar again." / "Oscar has been one of us…"), in a
/// file that sets its exchanges so: such blocks outnumber twice over the dashed paragraphs
/// standing alone. A dialogue dashing both sides stands its questions alone, and an answer's
/// later lines under its dash are no block's head.
pub fn prompt_blocks(paras: &[Para]) -> Vec<bool> {
    let dashed = |p: &Para| dash_body(&p.text).is_some();
    let opens = |i: usize| !paras[i].under_previous && dashed(&paras[i]);
    let heads: Vec<bool> = (0..paras.len())
        .map(|i| {
            opens(i)
                && paras
                    .get(i + 1)
                    .is_some_and(|n| n.under_previous && !dashed(n))
        })
        .collect();
    let topped = heads.iter().filter(|&&h| h).count();
    let alone = (0..paras.len()).filter(|&i| opens(i) && !heads[i]).count();
    if topped >= MIN_PROMPT_BLOCKS && topped > 2 * alone {
        heads
    } else {
        vec![false; paras.len()]
    }
}

/// A dashed prompt heading its block asks, whatever the count of turns says. A question left
/// without an answer before it is dropped; the first dashed paragraph, left without one, was
/// the lead paragraph, which some sites dash too, and goes back to the introduction.
pub fn open_prompt_block(out: &mut Assembled, body: &str, line: usize) {
    if !out.answering() {
        if out.turns.len() == 1 {
            let lead = out.turns.remove(0);
            out.intro.push((lead.question, lead.line));
        } else {
            out.drop_unanswered_question();
        }
    }
    out.question(body, line);
}

/// A re-synchronised reading replaces the counted one only when it puts at least this many
/// more turns on the side of their question marks, the dropped question counting against it:
/// a tie is what a statement-style prompt after an answer closing on a rhetorical question
/// looks like, and the count read that right.
const MIN_RESYNC_GAIN: i32 = 2;

/// How well one reading of a dash dialogue fits its question marks: each dashed turn read as a
/// question that ends with `?`, or as an answer that does not, scores one; each one read the
/// other way round, and each question dropped as unanswered, costs one.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DashFit(i32);

impl DashFit {
    /// Scores one dashed turn `body`, read as a question when `asked`; `dropped` when reading
    /// it dropped the question before it as unanswered.
    pub fn turn(&mut self, body: &str, asked: bool, dropped: bool) {
        self.0 += if ends_with_question_mark(body) == asked {
            1
        } else {
            -1
        };
        if dropped {
            self.0 -= 1;
        }
    }
}

/// The re-synchronised reading fits the question marks clearly better than the counted one.
pub fn resync_wins(counted: DashFit, resynced: DashFit) -> bool {
    resynced.0 - counted.0 >= MIN_RESYNC_GAIN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_inside_one_paragraph_are_cut_at_their_dashes() {
        assert_eq!(
            inline_turns("—¿Qué madera? —El roble. Es lento. —¿Y el castaño? —Para cubos."),
            [
                "—¿Qué madera?",
                "—El roble. Es lento.",
                "—¿Y el castaño?",
                "—Para cubos."
            ]
        );
        assert_eq!(
            inline_turns("—Mi tío —el hermano de mi madre— me enseñó."),
            ["—Mi tío —el hermano de mi madre— me enseñó."]
        );
        assert_eq!(inline_turns("Sin guion."), ["Sin guion."]);
        assert_eq!(inline_turns("―¿Y? ―Nada."), ["―¿Y?", "―Nada."]);
        assert_eq!(
            super::super::cues::dash_body("─¿Le miras mucho?"),
            Some("¿Le miras mucho?")
        );
    }

    #[test]
    fn a_question_after_an_unanswered_one_resumes_the_alternation() {
        let question = "Cerraron la lonja en marzo. ¿Lo esperaban?";
        let reply = "-No, nadie lo esperaba, y los pescadores tuvieron que vender en otro \
                     puerto durante todo el verano, con el gasto que eso supone.";
        assert!(resumes_asking(question, Some(reply)));
        // The next question asks: the turn was an answer closing on a rhetorical question.
        assert!(!resumes_asking(question, Some("-¿Y el puerto?")));
        // A turn that asks nothing, or a shorter turn after it, keeps the count.
        assert!(!resumes_asking("Cerraron la lonja en marzo.", Some(reply)));
        assert!(!resumes_asking(question, Some("-No.")));
        assert!(!resumes_asking(question, None));
    }

    #[test]
    fn a_dialogue_missing_one_answer_keeps_its_later_answers_as_answers() {
        let text = "-¿Cómo empezó la temporada?\n\n\
                    -Cerraron la lonja en marzo y medio puerto se quedó sin trabajo. ¿Lo \
                    esperaban?\n\n\
                    -No, nadie lo esperaba. Los pescadores tuvieron que vender en otro puerto \
                    todo el verano, con el gasto del transporte y sin saber cuándo volverían.\n\n\
                    -Dicen que la lonja no vuelve a abrir.\n\n\
                    -Eso lo dirá el ayuntamiento. Nosotros seguimos saliendo al mar cada noche \
                    y vendiendo donde podemos, como hicieron nuestros padres.\n";
        let reading = crate::corpus::read("t", text).expect("a dialogue");
        let turns = &reading.interview.turns;
        assert_eq!(turns.len(), 2, "{turns:?}");
        assert!(turns[0].question.starts_with("Cerraron"));
        assert!(turns[0].answer[0].starts_with("No, nadie"));
        assert!(turns[1].answer[0].starts_with("Eso lo dirá"));
        assert!(reading.dropped.iter().any(|d| d.text.contains("temporada")));
    }

    #[test]
    fn a_turn_asks_with_spanish_question_marks() {
        assert!(asks("¿Y el castaño?"));
        assert!(!asks("El castaño, ¿sabe?, no aguanta."));
    }

    #[test]
    fn a_dialogue_whose_questions_close_with_another_mark_is_still_a_dialogue() {
        let text = "-Hola, Marta. Tres vecinos y ninguno se conoce. ¡Qué barrio es este!\n\n\
                    -Un barrio de paso, siempre lo fue.\n\n-Es verdad.\n\n\
                    -Antes por lo menos había mercado.\n\n-¿Y ahora qué queda!\n\n\
                    -La panadería, y gracias.\n";
        let reading = crate::corpus::read("t", text).expect("a dialogue");
        let questions: Vec<&str> = reading
            .interview
            .turns
            .iter()
            .map(|t| t.question.as_str())
            .collect();
        assert_eq!(questions.len(), 3, "{questions:?}");
        assert_eq!(questions[1], "Es verdad.");
    }
    #[test]
    fn a_resync_must_fit_the_question_marks_clearly_better() {
        let mut counted = DashFit::default();
        counted.turn("¿Y?", true, false);
        counted.turn("Sí. ¿Y usted?", false, false);
        let mut resynced = DashFit::default();
        resynced.turn("¿Y?", true, false);
        resynced.turn("Sí. ¿Y usted?", true, true);
        assert!(!resync_wins(counted, resynced));
        resynced.turn("Yo también, desde niño.", false, false);
        counted.turn("Yo también, desde niño.", true, false);
        assert!(resync_wins(counted, resynced));
    }

    #[test]
    fn dashed_prompts_over_undashed_answers_ask_and_a_dashed_lead_is_introduction() {
        let text = "- Ana Gil abrió su taller de redes en Vigo hace treinta años y hoy enseña \
                    el oficio a sus sobrinos.\n\n\
                    -Me corriges si me equivoco, pero empezaste en la lonja, ¿verdad?\n\
                    Sí, con mi tía, cuando tenía doce años.\n\n\
                    -Sigues trabajando con Marta Roca.\n\
                    Marta es parte del taller desde hace diez años.\n\n\
                    -Cuéntame cómo es un día de trabajo.\n\
                    Empezamos temprano, antes de que lleguen los barcos.\n\n\
                    -¿Y el invierno?\n\
                    Más tranquilo, remendamos lo que dejó el verano.\n";
        let reading = crate::corpus::read("t", text).expect("a dialogue");
        let turns = &reading.interview.turns;
        let questions: Vec<&str> = turns.iter().map(|t| t.question.as_str()).collect();
        assert_eq!(questions.len(), 4, "{questions:?}");
        assert!(questions[0].starts_with("Me corriges"));
        assert!(questions[1].starts_with("Sigues"));
        assert!(turns[1].answer[0].starts_with("Marta es parte"));
        assert!(questions[2].starts_with("Cuéntame"));
        assert!(reading.interview.intro[0].starts_with("Ana Gil abrió"));
    }

    #[test]
    fn a_statement_prompt_after_a_rhetorical_answer_keeps_the_count() {
        let text = "-¿Cómo aprendió a tejer redes?\n\n\
                    -Con mi tía, en la lonja vieja. ¿Quién no aprendió así en esta costa?\n\n\
                    -Hay quien cuenta que el oficio se acaba en la comarca y que ya no llegan \
                    aprendices nuevos.\n\n\
                    -Eso se cuenta cada invierno, pero…\n\n\
                    -¿Y usted enseña a alguno?\n\n\
                    -A dos sobrinos…\n";
        let reading = crate::corpus::read("t", text).expect("a dialogue");
        let questions: Vec<&str> = (reading.interview.turns.iter())
            .map(|t| t.question.as_str())
            .collect();
        assert_eq!(questions.len(), 3, "{questions:?}");
        assert!(questions[0].starts_with("¿Cómo aprendió"));
        assert!(questions[1].starts_with("Hay quien cuenta"));
        assert!(questions[2].starts_with("¿Y usted"));
    }
}
