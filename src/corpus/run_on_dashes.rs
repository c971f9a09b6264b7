//! Dialogue turns run together in one paragraph: some Spanish and Portuguese pages print the
//! whole conversation inline ("Lleva un bar en Soria. -¿Qué haría primero? -Bajar precios.
//! -¿Y después? -Descansar."), or leave each prompt at the end of the answer before it
//! ("Estudié en Lisboa. - Onde começou a escrever?" / "Em casa, à noite."). When a file's
//! paragraphs hide dash-opened question turns so, each paragraph holding one is cut at every
//! dash that opens a turn (after the end of a sentence, before a capital or `¿`/`¡`), and the
//! dialogue reader alternates the turns as if each stood alone. A dash inside a sentence
//! ("mi tío -el de Burgos- me enseñó") or inside a word ("bem-vindo") opens nothing, and a
//! file with a single such turn keeps its paragraphs: one may be an answer quoting a dialogue.

use super::cues::{dash_body, ends_with_question_mark, words, DIALOGUE_DASHES};
use super::reading::Para;

/// Dash-opened question turns hidden inside paragraphs before a file counts as printing its
/// dialogue run together: one could be an answer quoting a question it was asked.
const MIN_RUN_ON_QUESTIONS: usize = 2;

/// A prompt's second question printed at the head of the answer under it ("Onde nasceu?
/// Nasci em Braga.") is a short sentence: at most this many words.
const MAX_CARRIED_QUESTION_WORDS: usize = 20;

/// The answer left after such a carried question says something: at least this many words.
const MIN_ANSWER_WORDS_AFTER_CARRY: usize = 3;

/// Words that open an answer to a "why": a question the answer then meets with one ("¿Por qué
/// lo hice? Porque no tenía otra opción.") is the speaker's own echo, not the prompt's.
const BECAUSE: &[&str] = &["porque", "pois", "pues", "because", "cause"];

/// Conjunctions that open a prompt's follow-up question ("E por que poesia?"): a question so
/// opened goes onto the prompt even when the answer meets it with a "because".
const FOLLOW_UP: &[&str] = &["e", "y", "and", "mas", "pero", "ou", "o", "or"];

/// Cuts the paragraphs holding run-on dash question turns into one paragraph a turn, when the
/// file holds [`MIN_RUN_ON_QUESTIONS`] of them or more; then a question opening the undashed
/// answer right under a prompt cut so goes back to that prompt ([`carry_opening_question`]).
pub fn split_run_on_dashes(paras: &mut Vec<Para>) {
    let cuts: Vec<Vec<usize>> = paras.iter().map(|p| turn_cuts(&p.text)).collect();
    let asking: Vec<usize> = (paras.iter().zip(&cuts))
        .map(|(p, c)| run_on_questions(&p.text, c))
        .collect();
    if asking.iter().sum::<usize>() < MIN_RUN_ON_QUESTIONS {
        return;
    }
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    let mut cut_prompt = false;
    for ((mut para, mut cuts), asks) in paras.drain(..).zip(cuts).zip(asking) {
        if std::mem::take(&mut cut_prompt) && dash_body(&para.text).is_none() {
            if let Some(prompt) = out.last_mut() {
                let rest = carry_opening_question(&mut prompt.text, &para.text);
                if rest.len() < para.text.len() {
                    para.text = rest.to_string();
                    cuts = turn_cuts(&para.text);
                }
            }
        }
        if asks == 0 {
            out.push(para);
            continue;
        }
        let pieces = pieces_at(&para.text, &cuts);
        let last = pieces.len() - 1;
        for (k, piece) in pieces.into_iter().enumerate() {
            cut_prompt = k == last && k > 0 && ends_with_question_mark(piece);
            out.push(Para {
                text: piece.to_string(),
                ..para.clone()
            });
        }
    }
    *paras = out;
}

/// Where `text` opens a new turn: a dash after a sentence's end and a space, before a capital,
/// `¿` or `¡` (a spaced dash, "- Onde", too), never at the paragraph's start.
fn turn_cuts(text: &str) -> Vec<usize> {
    text.char_indices()
        .filter(|&(i, c)| i > 0 && DIALOGUE_DASHES.contains(&c))
        .filter(|&(i, c)| opens_turn(&text[..i], &text[i + c.len_utf8()..]))
        .map(|(i, _)| i)
        .collect()
}

/// `before` ends a sentence and a space; `after` (past at most one space) opens a new one. A
/// single word before the dash is a label set off by it ("P. – ¿Cuándo…?"), not a turn.
fn opens_turn(before: &str, after: &str) -> bool {
    let spaced =
        before.ends_with(char::is_whitespace) && before.split_whitespace().nth(1).is_some();
    let closed = before
        .trim_end()
        .ends_with(['.', '?', '!', '…', '»', '"', '”']);
    let after = after.strip_prefix(' ').unwrap_or(after);
    let opens = after
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '¿' || c == '¡');
    spaced && closed && opens && !narrated_question(after)
}

/// `turn` asks a question that a lowercase aside follows ("¿Vienes? -le dije."): a line of
/// dialogue a speaker narrates inside an answer, not a turn of the interview.
fn narrated_question(turn: &str) -> bool {
    let Some(end) = turn.find(['.', '!', '?', '…']) else {
        return false;
    };
    let Some(rest) = turn[end..].strip_prefix('?') else {
        return false;
    };
    let aside = rest.trim_start().strip_prefix(DIALOGUE_DASHES);
    aside.is_some_and(|a| a.trim_start().starts_with(char::is_lowercase))
}

/// The paragraph cut at `cuts`, each later piece keeping its dash.
fn pieces_at<'a>(text: &'a str, cuts: &[usize]) -> Vec<&'a str> {
    let mut bounds = vec![0];
    bounds.extend_from_slice(cuts);
    bounds.push(text.len());
    (bounds.windows(2))
        .map(|w| text[w[0]..w[1]].trim())
        .filter(|p| !p.is_empty())
        .collect()
}

/// How many of the turns cut out of `text` ask: open with `¿` or end with `?`.
fn run_on_questions(text: &str, cuts: &[usize]) -> usize {
    (pieces_at(text, cuts).iter().skip(1))
        .filter_map(|p| dash_body(p))
        .filter(|b| b.starts_with('¿') || ends_with_question_mark(b))
        .count()
}

/// A prompt's second question printed at the head of its answer ("- Onde estudou?" / "E por
/// que Letras? Porque gostava de ler."): the short question sentence goes onto `prompt`; the
/// answer after it is returned. An answer that is only a question, or that runs long before
/// its first `?`, keeps its words.
fn carry_opening_question<'a>(prompt: &mut String, answer: &'a str) -> &'a str {
    let Some(end) = opening_question_end(answer) else {
        return answer;
    };
    let (question, rest) = answer.split_at(end);
    let rest = rest.trim_start();
    if words(question) > MAX_CARRIED_QUESTION_WORDS || words(rest) < MIN_ANSWER_WORDS_AFTER_CARRY {
        return answer;
    }
    if !opens_with(question, FOLLOW_UP) && opens_with(rest, BECAUSE) {
        return answer;
    }
    prompt.push(' ');
    prompt.push_str(question);
    rest
}

/// `text`'s first word, past any `¿`/`¡` and set in lowercase, is one of `list`.
fn opens_with(text: &str, list: &[&str]) -> bool {
    let text = text.trim_start_matches(['¿', '¡']);
    let first = text.split(|c: char| !c.is_alphabetic()).next();
    let first = first.unwrap_or("").to_lowercase();
    list.contains(&first.as_str())
}

/// The end of `text`'s first sentence when it is a question followed by a new sentence: its
/// first sentence mark is a `?` before a space and a capital.
fn opening_question_end(text: &str) -> Option<usize> {
    let (at, mark) = text.char_indices().find(|(_, c)| ".!?…".contains(*c))?;
    let after = &text[at + mark.len_utf8()..];
    let opens = after.strip_prefix(' ')?.starts_with(char::is_uppercase);
    (mark == '?' && opens).then_some(at + mark.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn split(texts: &[&str]) -> Vec<String> {
        let mut body = paras(texts);
        split_run_on_dashes(&mut body);
        body.into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn a_dialogue_printed_in_one_paragraph_is_cut_into_its_turns() {
        let got = split(&[
            "Lleva un bar en Soria. -¿Qué haría primero? -Bajar los precios del pan. \
             -Cree que la gente lo nota... -Lo noto yo, en la caja. -¿Y después? – Descansar.",
        ]);
        assert_eq!(
            got,
            [
                "Lleva un bar en Soria.",
                "-¿Qué haría primero?",
                "-Bajar los precios del pan.",
                "-Cree que la gente lo nota...",
                "-Lo noto yo, en la caja.",
                "-¿Y después?",
                "– Descansar."
            ]
        );
    }

    #[test]
    fn inner_dashes_hyphenated_words_and_a_lone_quoted_question_stay_put() {
        let aside = "-Mi tío -el de Burgos- me enseñó. Fue un bien-estar. -¿Y tú? -le dije.";
        assert_eq!(split(&[aside]), [aside]);
        let quoted = "Me preguntaron en la radio. -¿Volverá? Y no supe qué decir.";
        assert_eq!(
            split(&[quoted, "Otra respuesta."]),
            [quoted, "Otra respuesta."]
        );
    }

    #[test]
    fn prompts_left_at_the_end_of_answers_stand_alone_and_take_their_second_question() {
        let got = split(&[
            "- Fale-nos de você.",
            "Sou professora em Braga. - Onde começou a escrever?",
            "E por que poesia? Comecei num caderno da escola, aos doze anos. - Tem um lugar?",
            "Na sala. Ou no quintal, quando faz sol.",
            "- Tem um lugar para escrever?",
            "Na cozinha, à noite. - Já publicou fora do país?",
            "Ainda não, mas quero.",
        ]);
        assert_eq!(
            got,
            [
                "- Fale-nos de você.",
                "Sou professora em Braga.",
                "- Onde começou a escrever? E por que poesia?",
                "Comecei num caderno da escola, aos doze anos.",
                "- Tem um lugar?",
                "Na sala. Ou no quintal, quando faz sol.",
                "- Tem um lugar para escrever?",
                "Na cozinha, à noite.",
                "- Já publicou fora do país?",
                "Ainda não, mas quero.",
            ]
        );
    }

    #[test]
    fn an_answer_opening_on_its_own_echo_of_the_question_keeps_it() {
        let echo = "¿Por qué lo hice? Porque no tenía otra opción.";
        let why = "Why? Because the money was gone.";
        let got = split(&[
            "Cerré el bar en enero. -¿Por qué lo cerró?",
            echo,
            "I sold the house. - Why did you sell it?",
            why,
        ]);
        assert_eq!(
            got,
            [
                "Cerré el bar en enero.",
                "-¿Por qué lo cerró?",
                echo,
                "I sold the house.",
                "- Why did you sell it?",
                why
            ]
        );
    }

    #[test]
    fn a_label_set_off_by_a_spaced_dash_opens_no_turn() {
        assert!(turn_cuts("P. – ¿Cuándo empezó a trabajar el barro?").is_empty());
        assert!(!turn_cuts("Lo dejé. – ¿Y después? – Volví al taller.").is_empty());
    }

    #[test]
    fn dialogue_an_answer_narrates_is_no_turn() {
        let told = "Le pregunté a mi hermano. -¿Vienes? -le dije. Y vino.";
        let asked = "Mi madre llamó. -¿Comiste? —dijo. No había comido.";
        assert_eq!(split(&[told, asked]), [told, asked]);
    }
}
