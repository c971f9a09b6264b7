//! Questions numbered by the editor ("1. Qual foi…", "2) Why…", "3 - Tell us…"). A run of
//! short numbered paragraphs, counting up from 1, each followed by unnumbered text (its
//! answer), marks the questions of a plain-text file, the first one included: without the
//! number, a first question that does not end with `?` reads as part of the introduction.

use super::clean::is_kicker;
use super::cues::{ends_with_question_mark, is_heading, words};
use super::markup::{figure_number, question_number, strip_bullet};
use super::reading::Para;
use super::rhythm::Rhythm;

/// A run of numbered paragraphs marks questions when it counts up to at least this: two could
/// be the points of an answer, three numbered points each with its own paragraph of
/// explanation between them are rare in an answer.
const MIN_NUMBERED_PROMPTS: u32 = 3;

/// For each paragraph, whether it is one of the file's numbered questions. A file that numbers
/// anything in figures numbers its questions so: an answer's "First: The money…" there is a
/// sentence, and ordinal words count only where no paragraph opens with a figure.
pub fn numbered_prompts(paras: &[Para], rhythm: &Rhythm) -> Vec<bool> {
    let figures = paras.iter().any(|p| figure_number(&p.text).is_some());
    let question_number = if figures {
        figure_number
    } else {
        question_number
    };
    let mut marked = vec![false; paras.len()];
    let mut expected = 1;
    let mut count = 0;
    for (i, para) in paras.iter().enumerate() {
        // Each section of the interview may count from 1 again under its heading.
        if expected > 1 && question_number(&para.text) == Some(1) && under_heading(paras, i) {
            expected = 1;
        }
        let next = paras.get(i + 1);
        let answered = next.is_some_and(|next| question_number(&next.text).is_none());
        // A numbered question may be long ("3. In your book you argue … Why?"): the number
        // and the question mark say enough; a numbered statement no longer than the text
        // under it ("3-Name the parts of a kiln" / their list) is a prompt of the series too.
        // Inside a series, a long statement ("5. Name three boats you would keep.") still
        // takes its number when the series goes on after it: an answer's own list would count
        // from 1 again.
        let prompt_shaped = rhythm.short(para)
            || ends_with_question_mark(&para.text)
            || next.is_some_and(|next| words(&para.text) <= words(&next.text))
            || (expected > 1 && series_goes_on(&paras[i + 1..], expected, question_number));
        if question_number(&para.text) == Some(expected) && answered && prompt_shaped {
            marked[i] = true;
            expected += 1;
            count += 1;
        }
    }
    if count < MIN_NUMBERED_PROMPTS {
        marked.fill(false);
    }
    if marked.iter().all(|m| !m) {
        return bulleted_prompts(paras);
    }
    mark_bonus_question(paras, &mut marked);
    marked
}

/// A question the editor adds after the numbered series, set with a bullet instead of the next
/// number ("• Extra: Anything you want to tell our readers? Feel free!"): the paragraph right
/// under the last numbered question's answers that opens with a bullet, asks, and is answered
/// by text without a bullet. One such paragraph only: bullets side by side are an answer's
/// list.
fn mark_bonus_question(paras: &[Para], marked: &mut [bool]) {
    let Some(last) = marked.iter().rposition(|&m| m) else {
        return;
    };
    let bulleted = |i: usize| {
        paras
            .get(i)
            .is_some_and(|p| strip_bullet(&p.text).is_some())
    };
    let bonus: Vec<usize> = (last + 1..paras.len()).filter(|&i| bulleted(i)).collect();
    if let [i] = bonus[..] {
        let asks = paras[i].text.contains(['?', '？']);
        if asks && i > last + 1 && i + 1 < paras.len() {
            marked[i] = true;
        }
    }
}

/// The next numbered paragraph (as `number_of` reads numbers) carries the number after
/// `number`; looking no further keeps the check linear in the paragraphs up to it.
fn series_goes_on(later: &[Para], number: u32, number_of: fn(&str) -> Option<u32>) -> bool {
    later.iter().find_map(|p| number_of(&p.text)) == Some(number + 1)
}

/// For each line of a file (in order), whether it is one of a numbered series of prompts:
/// lines numbered 1, 2, 3… (counting again from 1 in a new section), each followed by an
/// unnumbered line (its answer), at least [`MIN_NUMBERED_PROMPTS`] of them. A file typed
/// one line a paragraph without blank lines ("2-Si…?" right under the answer before) starts a
/// paragraph at each of them, whatever ends the line above ("…cada mes. jajaja"); a list
/// inside an answer has its numbered items side by side, so they are no series.
pub fn numbered_series(lines: &[&str]) -> Vec<bool> {
    let mut marked = vec![false; lines.len()];
    let mut expected = 1;
    for (i, line) in lines.iter().enumerate() {
        let number = question_number(line);
        if number == Some(1) {
            expected = 1;
        }
        let answered = lines
            .get(i + 1)
            .is_some_and(|next| question_number(next).is_none());
        if number == Some(expected) && answered {
            marked[i] = true;
            expected += 1;
        }
    }
    let count = marked.iter().filter(|&&m| m).count();
    // A questionnaire asks: most of its numbered lines hold a question mark. A list inside an
    // answer whose items each carry a line of description ("1. Flour" / "Buy the best.")
    // asks nothing.
    let asking = (0..lines.len())
        .filter(|&i| marked[i] && lines[i].contains('?'))
        .count();
    if count < MIN_NUMBERED_PROMPTS as usize || asking * 2 < count {
        marked.fill(false);
    }
    marked
}

/// Paragraph `i` stands right under a section heading: a Markdown heading or a short line in
/// capitals ("THE EARLY YEARS").
pub fn under_heading(paras: &[Para], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|h| paras.get(h))
        .is_some_and(|h| is_heading(&h.text) || is_kicker(&h.text))
}

/// Questions marked with a bullet ("• Como surgiu…?"): every bulleted paragraph is followed
/// by unbulleted text (its answer), at least [`MIN_NUMBERED_PROMPTS`] times. A list inside an
/// answer has its items side by side. The file's last paragraph may be a bulleted question
/// with nothing under it: a copy cut off after the question, which the layout then drops.
pub fn bulleted_prompts(paras: &[Para]) -> Vec<bool> {
    let bulleted: Vec<bool> = paras
        .iter()
        .map(|p| strip_bullet(&p.text).is_some())
        .collect();
    let answered = (0..paras.len())
        .filter(|&i| bulleted[i])
        .all(|i| bulleted.get(i + 1).is_none_or(|next| !next));
    let count = bulleted.iter().filter(|&&b| b).count();
    if answered && count >= MIN_NUMBERED_PROMPTS as usize {
        bulleted
    } else {
        vec![false; paras.len()]
    }
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn a_bulleted_question_after_the_numbered_series_is_a_prompt_too() {
        let texts = [
            "1. Como nasceu o livro?",
            "Nasceu de uma viagem ao sul com a minha cadela.",
            "2. Foi difícil escrever?",
            "Foi, porque a narradora é a própria cadela.",
            "3. E o próximo livro?",
            "Já comecei a escrever a continuação este ano.",
            "• Extra: Quer deixar um recado aos leitores? Fique à vontade!",
            "Obrigada a todos os leitores do blog.",
        ];
        assert_eq!(marked(&texts), [0, 2, 4, 6]);
        // An answer's bulleted list after the series stays the answer's.
        let mut listed = texts.to_vec();
        listed.insert(7, "• Quem lê? Toda a gente.");
        assert_eq!(marked(&listed), [0, 2, 4]);
    }

    fn marked(texts: &[&str]) -> Vec<usize> {
        let paras = paras(texts);
        let rhythm = Rhythm::measure(&paras);
        let marks = numbered_prompts(&paras, &rhythm);
        (0..texts.len()).filter(|&i| marks[i]).collect()
    }

    /// An introduction, then each prompt followed by a long answer.
    fn interview(prompts: &[&str]) -> Vec<String> {
        let answer = "A long answer with its own words. ".repeat(8);
        let mut texts = vec!["An introduction about who is who.".to_string()];
        for prompt in prompts {
            texts.extend([prompt.to_string(), answer.clone()]);
        }
        texts
    }

    fn marked_in(texts: &[String]) -> Vec<usize> {
        marked(&texts.iter().map(String::as_str).collect::<Vec<_>>())
    }

    #[test]
    fn a_numbered_run_counting_up_marks_the_questions() {
        let texts = interview(&[
            "1. Fale do maior desafio.",
            "2) Como mudou?",
            "3 - E agora?",
        ]);
        assert_eq!(marked_in(&texts), [1, 3, 5]);
    }

    #[test]
    fn a_long_statement_keeps_its_number_when_the_series_goes_on() {
        let texts = [
            "A blog's quick questionnaire for a club's coach.",
            "First. Which club wins the league?",
            "Ours, of course.",
            "Second. Which club let you down?",
            "The neighbours.",
            "Third. Name the four boats you would race next spring, and tell us why each.",
            "The Gull: fast.",
            "The Heron: dry.",
            "Fourth. Who coaches best?",
            "My old mentor.",
        ];
        assert_eq!(marked(&texts), [1, 3, 5, 8]);
    }

    #[test]
    fn an_answer_opening_with_an_ordinal_word_in_a_figure_numbered_file_is_an_answer() {
        let texts = [
            "A short questionnaire for a potter.",
            "1. Why clay?",
            "First: The money. Clay was cheap when I started.",
            "2. Why glaze?",
            "Colour, mostly.",
            "3. Why now?",
            "The kiln finally works.",
        ];
        assert_eq!(marked(&texts), [1, 3, 5]);
    }

    #[test]
    fn numbering_may_start_again_under_each_section_heading() {
        let mut texts = interview(&["1. Why rope?", "2. Why hemp?", "BOATS"]);
        texts.pop();
        texts.extend(
            interview(&["1. Which boat?", "2. Which sail?"])
                .into_iter()
                .skip(1),
        );
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        assert_eq!(marked(&texts), [1, 3, 6, 8]);
        let mut unheaded = texts.clone();
        unheaded.remove(5);
        assert_eq!(marked(&unheaded), Vec::<usize>::new());
    }

    #[test]
    fn a_numbered_series_of_answered_lines_is_marked_but_not_a_list() {
        let lines = [
            "1-¿Dónde naciste?",
            "En un faro, jajaja",
            "2-Si fueras un pez: ¿cuál?",
            "Un mero.",
            "3-Recomienda un libro.",
            "El de las mareas.",
        ];
        assert_eq!(
            numbered_series(&lines),
            [true, false, true, false, true, false]
        );
        let list = ["Three steps:", "1. Soak.", "2. Knead.", "3. Bake.", "Done."];
        assert!(!numbered_series(&list).contains(&true));
        // Items each with a line of description inside an answer ask nothing: no series.
        let described = [
            "1. Flour",
            "Buy the best.",
            "2. Water",
            "Cold.",
            "3. Salt",
            "A pinch.",
        ];
        assert!(!numbered_series(&described).contains(&true));
        assert!(
            !numbered_series(&lines[..4]).contains(&true),
            "two are no series"
        );
    }

    #[test]
    fn a_numbered_statement_no_longer_than_its_answer_is_a_prompt() {
        let texts = [
            "Lab notes.",
            "1-¿Qué es un horno?",
            "Una caja caliente.",
            "2-¿Y una mufla?",
            "Un horno pequeño.",
            "3-Nombra las partes de un horno de leña, de la puerta a la chimenea, y di para qué sirve cada una de ellas",
            "La cámara guarda las piezas, el hogar quema la leña, la chimenea tira del humo y la puerta deja ver el color del fuego cuando sube la temperatura.",
        ];
        assert_eq!(marked(&texts), [1, 3, 5]);
    }

    #[test]
    fn bulleted_questions_are_marked_but_not_a_list() {
        let texts = interview(&["• Como surgiu?", "• Qual personagem?", "• Quanto tempo?"]);
        assert_eq!(marked_in(&texts), [1, 3, 5]);
        let answer = "A long answer with its own words. ".repeat(8);
        let list = [&answer, "• One.", "• Two.", "• Three.", &answer];
        assert!(marked(&list).is_empty());
    }

    #[test]
    fn a_bulleted_question_cut_off_at_the_end_of_the_copy_keeps_the_series() {
        let mut texts = interview(&["• Como surgiu?", "• Qual personagem?", "• Quanto tempo?"]);
        texts.push("• E o próximo livro, já tem data para".to_string());
        assert_eq!(marked_in(&texts), [1, 3, 5, 7]);
        let answer = "A long answer with its own words. ".repeat(8);
        let list = [&answer, "• One.", "• Two.", "• Three."];
        assert!(marked(&list).is_empty());
    }

    #[test]
    fn long_numbered_questions_are_marked() {
        let long = "In your book you argue that most repairs fail because of the contracts \
                    rather than the engineering, which few people discuss. Why is that?";
        let texts = vec![
            "Intro.".to_string(),
            format!("1. {long}"),
            "Because nobody reads both.".to_string(),
            format!("2. {long}"),
            "Patience.".to_string(),
            format!("3. {long}"),
            "They knew the sea.".to_string(),
        ];
        assert_eq!(marked_in(&texts), [1, 3, 5]);
    }

    #[test]
    fn two_points_or_a_list_without_text_between_mark_nothing() {
        assert!(marked_in(&interview(&["1. One.", "2. Two."])).is_empty());
        let answer = "A long answer with its own words. ".repeat(8);
        let list = [&answer, "1. One.", "2. Two.", "3. Three.", &answer];
        assert!(marked(&list).is_empty());
    }

    #[test]
    fn bullets_glued_to_the_question_open_the_file_without_a_headline() {
        let text = "•Onde nasceu o coro?\nNuma garagem de Setúbal, em 1998.\n\
                    •Quantas vozes tem hoje?\nVinte e duas, quase todas de reformados.\n\
                    •Ensaiam onde?\nNa junta de freguesia, às quintas.\n";
        let reading = crate::corpus::read("coro", text).expect("parses");
        let questions: Vec<&str> = reading
            .interview
            .turns
            .iter()
            .map(|t| t.question.as_str())
            .collect();
        assert_eq!(
            questions,
            [
                "Onde nasceu o coro?",
                "Quantas vozes tem hoje?",
                "Ensaiam onde?"
            ]
        );
        assert!(reading.interview.intro.is_empty());
        assert_eq!(strip_bullet("•2019 foi um bom ano."), None);
    }
}
