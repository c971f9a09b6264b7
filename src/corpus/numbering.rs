//! Questions numbered by the editor ("1. Qual foi…", "2) Why…", "3 - Tell us…"). A run of
//! short numbered paragraphs, counting up from 1, each followed by unnumbered text (its
//! answer), marks the questions of a plain-text file, the first one included: without the
//! number, a first question that does not end with `?` reads as part of the introduction.

use super::markup::question_number;
use super::reading::Para;
use super::rhythm::Rhythm;

/// A run of numbered paragraphs marks questions when it counts up to at least this: two could
/// be the points of an answer, three numbered points each with its own paragraph of
/// explanation between them are rare in an answer.
const MIN_NUMBERED_PROMPTS: u32 = 3;

/// For each paragraph, whether it is one of the file's numbered questions.
pub fn numbered_prompts(paras: &[Para], rhythm: &Rhythm) -> Vec<bool> {
    let mut marked = vec![false; paras.len()];
    let mut expected = 1;
    for (i, para) in paras.iter().enumerate() {
        let answered = paras
            .get(i + 1)
            .is_some_and(|next| question_number(&next.text).is_none());
        if question_number(&para.text) == Some(expected) && answered && rhythm.short(para) {
            marked[i] = true;
            expected += 1;
        }
    }
    if expected <= MIN_NUMBERED_PROMPTS {
        marked.fill(false);
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn marked(texts: &[&str]) -> Vec<usize> {
        let paras = paras(texts);
        let rhythm = Rhythm::measure(&paras);
        let marks = numbered_prompts(&paras, &rhythm);
        (0..texts.len()).filter(|&i| marks[i]).collect()
    }

    #[test]
    fn a_numbered_run_counting_up_marks_the_questions() {
        let answer = "A long answer with its own words. ".repeat(8);
        let texts = [
            "An introduction about who is who.",
            "1. Fale do maior desafio.",
            answer.as_str(),
            "2) Como mudou?",
            answer.as_str(),
            answer.as_str(),
            "3 - E agora?",
            answer.as_str(),
        ];
        assert_eq!(marked(&texts), [1, 3, 6]);
    }

    #[test]
    fn two_points_or_a_list_without_text_between_mark_nothing() {
        let answer = "A long answer with its own words. ".repeat(8);
        let two = [
            "Intro.",
            "1. One.",
            answer.as_str(),
            "2. Two.",
            answer.as_str(),
        ];
        assert!(marked(&two).is_empty());
        let list = [
            answer.as_str(),
            "1. One.",
            "2. Two.",
            "3. Three.",
            answer.as_str(),
        ];
        assert!(marked(&list).is_empty());
    }
}
