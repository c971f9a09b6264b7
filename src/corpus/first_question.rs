//! A question taken for the title: a file without a headline that opens with its first
//! question goes back to reading it as one.

use super::address::{questions_to_listener, speaks_of_own_side};
use super::alternation::alternating_prompts;
use super::cues::{dash_body, ends_with_question_mark, is_bold};
use super::head::Head;
use super::length_alternation::alternating_lengths;
use super::reading::Para;
use super::Metadata;

/// A prompt-shaped paragraph opening a file must be followed by this many more of its shape to be
/// read as the first of them rather than as a headline that asks.
const MIN_LATER_PROMPTS: usize = 2;

/// How a paragraph is set when it may open a question: a bold question, or a line led by a
/// dialogue dash (a headline never opens with a dash).
#[derive(Clone, Copy, PartialEq, Eq)]
enum PromptShape {
    BoldQuestion,
    Dashed,
}

fn prompt_shape(text: &str) -> Option<PromptShape> {
    if is_bold(text) && ends_with_question_mark(text) {
        Some(PromptShape::BoldQuestion)
    } else if dash_body(text).is_some() {
        Some(PromptShape::Dashed)
    } else {
        None
    }
}

/// A file without a headline that opens with its first question, set like the later
/// questions (`**Please introduce yourself. Where did you grow up?**` or `– Where did you grow
/// up?`, then an answer set otherwise), or a plain-text file whose prompts and answers
/// alternate from its first line (see [`alternating_prompts`]; or by their lengths, a short
/// remark among the prompts, see [`alternating_lengths`]), or a run of questions put to
/// the listener over an answer ("Why this job? Did you ever doubt it?"): the question was taken for the
/// title; it goes back to the body and the title stays unknown.
pub fn reopen_first_question(head: Head, paras: &[Para], metadata: &Metadata) -> Head {
    let Some(first) = head.body_start.checked_sub(1) else {
        return head;
    };
    if metadata.title.is_some() || head.title_line != Some(paras[first].line) {
        return head;
    }
    let asks_listener = questions_to_listener(&paras[first].text)
        && paras
            .get(first + 1)
            .is_some_and(|p| !ends_with_question_mark(&p.text));
    let opens = |prompts: Option<Vec<bool>>| prompts.is_some_and(|prompts| prompts[0]);
    let replied = paras
        .get(first + 1)
        .is_some_and(|p| speaks_as_guest(&p.text));
    if asks_listener
        || opens(alternating_prompts(&paras[first..]))
        || (replied && opens(alternating_lengths(&paras[first..])))
    {
        return body_from(head, first);
    }
    let Some(shape) = prompt_shape(&paras[first].text) else {
        return head;
    };
    let answered = paras
        .get(first + 1)
        .is_some_and(|p| prompt_shape(&p.text) != Some(shape));
    let later = paras[first + 1..]
        .iter()
        .filter(|p| prompt_shape(&p.text) == Some(shape))
        .count();
    if answered && later >= MIN_LATER_PROMPTS {
        return body_from(head, first);
    }
    head
}

/// A reply to the opening question, not a standfirst under a headline that asks: it speaks of
/// the speaker's own side ("mi bodega", "I"), or it names no one the way a standfirst
/// introduces the guest, by a full name in the third person ("Ana Ruiz dirige…"). A reply in
/// the first person plural told by its verbs alone ("nos llegan", "somos") names no one.
fn speaks_as_guest(text: &str) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let words: Vec<&str> = text.split_whitespace().collect();
    // Two capitalised words in a row, the first not closing a clause: a person's full name.
    let names = words
        .windows(2)
        .any(|pair| capital(pair[0]) && capital(pair[1]) && !pair[0].ends_with([',', '.', ':']));
    speaks_of_own_side(text) || !names
}

/// The head without a title, the body starting at paragraph `first`.
/// A file that is one exchange, its question opening it above the answer ("Your career
/// joins research, teaching and television. What has each taught you?" / the answer): read
/// first with the question as its headline, it has no question left. When `retry` is set (the
/// first reading found none), a first paragraph taken for the title that ends with `?`, above
/// a paragraph that does not, goes back to the body as the only question.
pub fn reopen_lone_question(head: Head, paras: &[Para], metadata: &Metadata, retry: bool) -> Head {
    let Some(first) = head.body_start.checked_sub(1) else {
        return head;
    };
    let taken = metadata.title.is_none() && head.title_line == Some(paras[first].line);
    let answered = paras
        .get(first + 1)
        .is_some_and(|p| !ends_with_question_mark(&p.text));
    if retry && taken && ends_with_question_mark(&paras[first].text) && answered {
        return body_from(head, first);
    }
    head
}

fn body_from(mut head: Head, first: usize) -> Head {
    head.title = None;
    head.title_line = None;
    head.body_start = first;
    head
}

#[cfg(test)]
mod tests {
    use super::super::head::head;
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn an_opening_question_stays_a_question_when_a_remark_prompt_alternates_by_length() {
        let mut body = paras(&[
            "¿Se nota ya el calor en los viñedos?",
            "Cada año más, sí. La vendimia se adelanta y la uva llega con más azúcar y menos \
             acidez que cuando empezamos, y eso obliga a cambiar casi todo en mi bodega.",
            "Su bodega en la sierra es un buen ejemplo de ello.",
            "Efectivamente. Subimos las viñas a ochocientos metros hace diez años, y allí las \
             noches todavía son frías, de modo que la uva madura despacio y conserva la acidez.",
            "¿Hay quien sigue sin creerlo?",
            "Cada vez menos gente, porque los registros de temperatura de la comarca son claros \
             y cualquier viticultor los puede consultar en la cooperativa del pueblo.",
            "¿Y qué va a pasar?",
            "Hacia mitad de siglo algunas variedades ya no madurarán bien en el valle, y habrá \
             que plantar otras o subir todavía más, si queda tierra libre en la sierra.",
        ]);
        let metadata = Metadata::default();
        let taken = head(&body, &metadata, &mut Vec::new());
        let reopened = reopen_first_question(taken, &body, &metadata);
        assert_eq!((reopened.title, reopened.body_start), (None, 0));
        // A headline over a standfirst, every prompt asking: the head's reading stays.
        body[2].text = "¿Y su bodega en la sierra?".to_string();
        let taken = head(&body, &metadata, &mut Vec::new());
        let start = taken.body_start;
        let kept = reopen_first_question(taken, &body, &metadata);
        assert_eq!(kept.body_start, start);
    }

    #[test]
    fn a_question_headline_over_a_standfirst_naming_the_guest_stays_the_title() {
        let body = paras(&[
            "¿Sobrevivirá el vino de montaña?",
            "Ana Ruiz dirige desde 1995 la bodega que fundó su abuelo en la sierra, a \
             ochocientos metros, donde el calor de los últimos veranos ya se nota en cada \
             vendimia.",
            "¿Se nota ya el calor en los viñedos?",
            "Cada año más, sí. Yo vendimio ahora tres semanas antes que mi abuelo, y la uva \
             me llega con más azúcar y menos acidez, de modo que en mi bodega hemos tenido que \
             cambiar casi todo, desde la hora de la vendimia hasta las barricas.",
            "Su bodega en la sierra es un buen ejemplo de ello.",
            "Lo es porque subí las viñas a ochocientos metros hace diez años, y allí las noches \
             todavía son frías, de modo que la uva madura despacio y yo conservo la acidez que \
             en el valle ya he perdido para siempre.",
            "¿Y qué va a pasar?",
            "Hacia mitad de siglo algunas de mis variedades ya no madurarán bien en el valle, y \
             tendré que plantar otras o subir todavía más, si me queda tierra libre en la \
             sierra.",
        ]);
        let metadata = Metadata::default();
        let taken = head(&body, &metadata, &mut Vec::new());
        let start = taken.body_start;
        assert!(start > 0, "the headline is read as the title");
        let kept = reopen_first_question(taken, &body, &metadata);
        assert_eq!(kept.body_start, start);
        let lengths = alternating_lengths(&body);
        assert!(
            lengths.is_some_and(|p| p[0]),
            "the lengths alternate from the headline"
        );
        assert!(!speaks_as_guest(&body[1].text));
        assert!(speaks_as_guest(&body[3].text));
        assert!(speaks_as_guest(
            "De manera creciente, sí. Los impactos nos llegan y somos culpables."
        ));
    }

    #[test]
    fn a_file_that_is_one_exchange_reads_its_opening_question_on_retry_only() {
        let body = paras(&[
            "Su carrera une investigación, docencia y televisión. ¿Qué le ha enseñado cada una?",
            "Cada una me ha dado herramientas distintas. La docencia me enriquece muchísimo, \
             y la investigación es el motor de todo lo demás que hago cada día.",
        ]);
        let metadata = Metadata::default();
        let taken = head(&body, &metadata, &mut Vec::new());
        assert_eq!(
            taken.body_start, 1,
            "the question is first taken for the title"
        );
        let first_reading = reopen_lone_question(taken, &body, &metadata, false);
        assert_eq!(first_reading.body_start, 1);
        let retried = reopen_lone_question(first_reading, &body, &metadata, true);
        assert_eq!((retried.title, retried.body_start), (None, 0));
        // A headline that does not ask stays the title even on retry.
        let statement = paras(&["Una científica en televisión", &body[1].text]);
        let taken = head(&statement, &metadata, &mut Vec::new());
        let kept = reopen_lone_question(taken, &statement, &metadata, true);
        assert_eq!(kept.body_start, 1);
    }
}
