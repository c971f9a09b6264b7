//! Prompts in plain text, without labels or typography: what publishers' rhythm shows. Prompts
//! are short and answers long, so the file's own paragraph lengths give the longest a prompt can
//! be (a two-class split); a short paragraph that asks is a prompt, and so is a very short
//! statement ("Tell us about the band.") standing between long answers, once the file shows
//! that rhythm.

use super::address::{
    addresses_listener, closes_on_question_to_listener, questions_to_listener,
    remark_then_question, remark_to_listener, speaks_of_self,
};
use super::cues::{asks_something, ends_with_question_mark, is_statement_prompt, sentences, words};
use super::opened_question::closes_on_opened_question;
pub use super::prompt_length::{prompt_limit, MIN_PARAGRAPHS_FOR_RHYTHM, PROMPT_WORDS_RANGE};
use super::reading::Para;
use super::unmarked_question::is_unmarked_question;

/// A questionnaire's field prompt ("Cena de novela inesquecível:") is this many words at most.
const MAX_FIELD_WORDS: usize = 5;

/// Field prompts ask only in a file that uses this many of them: one short line ending with
/// a colon inside an answer ("Three things:") introduces what follows.
const MIN_FIELD_PROMPTS: usize = 3;

/// Without `?`, only a paragraph well inside the prompt range is a prompt: at most this share of
/// the file's prompt limit. Short closing sentences of answers ("In short, capitalism is the
/// main threat…") sit just below the limit; "Tell us about the split." sits far below it.
const STATEMENT_PROMPT_SHARE: f64 = 0.5;

/// A prompt set in two paragraphs (a statement, then the question) is together at most this many
/// times the prompt limit; an answer's last sentence and the next question are longer together.
const SPLIT_PROMPT_SHARE: f64 = 1.5;

/// A question mark paragraph at most this share of its neighbours' length is a prompt even
/// when longer than the file's prompt limit (see [`stands_out`]).
pub const STANDS_OUT_SHARE: f64 = 0.7;

/// A file whose prompts are statements shows at least this many short statements between two
/// long paragraphs (and no more questions than that): then any such statement, the first one
/// right after the introduction too, is a prompt, up to the file's full prompt limit. One or
/// two could be short paragraphs of an answer.
const MIN_STATEMENT_PROMPTS: usize = 3;

/// An answer of at most this many words ("Yes.", "Not really.") is curt: the interviewer
/// moves on after it.
const MAX_CURT_ANSWER_WORDS: usize = 2;

/// A paragraph of one sentence that asks is a prompt up to this many words even when the
/// file's measured limit is lower (a press page whose photo names and cut lines are its only
/// short paragraphs): an answer's rhetorical question closes a longer paragraph.
const MAX_LONE_QUESTION_WORDS: usize = 30;

/// A one-sentence remark put to the listener is a prompt up to this many words, whatever the
/// file's measured limit: the remark restates the last answer, and answers in such files can
/// be as short as it is.
const MAX_REMARK_WORDS: usize = 40;

/// A paragraph typed on one line starts the next one at most this many lines below (the blank
/// line between them).
const MAX_ONE_LINE_GAP: usize = 2;

/// The prompt lengths of one file.
pub struct Rhythm<'a> {
    paras: &'a [Para],
    /// The longest a prompt can be, in words.
    pub limit: f64,
    /// The file has enough paragraphs to show its rhythm.
    measured: bool,
    /// Statement prompts between long answers recur: the file asks without `?`.
    states_prompts: bool,
    /// Questionnaire fields ("Apresentador:") recur: a short line ending with a colon after
    /// an answer is the next prompt.
    fields: bool,
}

impl<'a> Rhythm<'a> {
    /// Measures a file's paragraphs.
    pub fn measure(paras: &'a [Para]) -> Rhythm<'a> {
        let mut rhythm = Rhythm {
            paras,
            limit: prompt_limit(paras),
            measured: paras.len() >= MIN_PARAGRAPHS_FOR_RHYTHM,
            states_prompts: false,
            fields: false,
        };
        let between_answers = (1..paras.len())
            .filter(|&i| rhythm.is_statement_between_answers(i))
            .count();
        let questions = paras.iter().filter(|p| rhythm.asks(p)).count();
        rhythm.fields = paras.iter().filter(|p| is_field(&p.text)).count() >= MIN_FIELD_PROMPTS;
        rhythm.states_prompts =
            between_answers >= MIN_STATEMENT_PROMPTS && between_answers >= questions;
        rhythm
    }

    /// At most the file's prompt limit.
    pub fn short(&self, para: &Para) -> bool {
        (words(&para.text) as f64) <= self.limit
    }

    /// A short paragraph with a question in it: "Why does the left criticise the MAS? Many
    /// people outside Bolivia find that confusing."
    fn asks(&self, para: &Para) -> bool {
        asks_something(&para.text) && self.short(para)
    }

    /// A short statement between two long paragraphs (or after the introduction).
    fn is_statement_between_answers(&self, i: usize) -> bool {
        let para = &self.paras[i];
        let long = |p: &Para| !self.short(p);
        self.measured
            && is_statement_prompt(&para.text)
            && !asks_something(&para.text)
            && self.short(para)
            && (i == 1
                || i.checked_sub(1)
                    .and_then(|p| self.paras.get(p))
                    .is_some_and(long))
            && self.paras.get(i + 1).is_some_and(long)
    }

    /// A very short statement followed by a long paragraph.
    fn is_statement(&self, i: usize) -> bool {
        let para = &self.paras[i];
        let very_short = (words(&para.text) as f64) <= self.limit * STATEMENT_PROMPT_SHARE;
        self.measured
            && is_statement_prompt(&para.text)
            && very_short
            && self.paras.get(i + 1).is_some_and(|n| !self.short(n))
    }

    /// A prompt whose question mark was never typed: a short paragraph of one sentence left
    /// unfinished (no closing stop), after an answer's finished sentence and before a long
    /// paragraph ("…con los voluntarios." / "Pero el parque ya tenía experiencia" / "Por eso…").
    /// An answer's paragraphs end their sentences; a hard-wrapped paragraph cut short (a page
    /// break in text copied from a PDF) runs over several lines, while the prompt is one line.
    fn is_unfinished_prompt(&self, i: usize) -> bool {
        let para = &self.paras[i];
        let text = para.text.trim();
        let finished = |t: &str| {
            t.trim_end()
                .ends_with(['.', '!', '?', '…', ':', ';', '"', '”', '»', ')', '\'', '’'])
        };
        self.measured
            && i > 0
            && !finished(text)
            && sentences(text) == 1
            && self.short(para)
            && text.starts_with(char::is_uppercase)
            && finished(&self.paras[i - 1].text)
            && (self.paras.get(i + 1))
                .is_some_and(|n| !self.short(n) && n.line <= para.line + MAX_ONE_LINE_GAP)
    }

    /// "Prices doubled after the invasion." / "What did that teach us?". The interviewee's
    /// last words before the next question speak of themselves ("…and I never asked to
    /// change.") and end an answer instead.
    fn opens_split_prompt(&self, i: usize) -> bool {
        let para = &self.paras[i];
        let length = words(&para.text) as f64;
        self.measured
            && is_statement_prompt(&para.text)
            && !speaks_of_self(&para.text)
            && self.short(para)
            && self.paras.get(i + 1).is_some_and(|n| {
                self.asks(n)
                    && (para.after_break
                        || (sentences(&para.text) == 1
                            && sentences(&n.text) == 1
                            && length + words(&n.text) as f64 <= self.limit * SPLIT_PROMPT_SHARE))
            })
    }

    /// "Was it worth it?" / "Yes." / "Tell me about the breakwater." / (a long answer): a
    /// short statement after a curt answer to a question, before a long paragraph. A curt
    /// answer the interviewee goes on with continues in its own paragraph ("Yes. I was…").
    fn follows_curt_answer(&self, i: usize) -> bool {
        let para = &self.paras[i];
        let curt = |p: &Para| words(&p.text) <= MAX_CURT_ANSWER_WORDS && !asks_something(&p.text);
        i >= 2
            && self.measured
            && curt(&self.paras[i - 1])
            && self.asks(&self.paras[i - 2])
            && is_statement_prompt(&para.text)
            && self.short(para)
            && self.paras.get(i + 1).is_some_and(|n| !self.short(n))
    }

    /// After an answer's finished paragraph, the interviewer turns to the listener: a
    /// paragraph closing on a question put to them ("…How do you explain it to someone?"), a
    /// one-sentence remark about them ("So you're recommending…"), or one question sentence
    /// ("Después de tantos años…, ¿cómo han conseguido…?"), or a fact or two and a question
    /// opened by `¿` however long (see [`closes_on_opened_question`]) that speaks to the
    /// listener or sits between two answers, each followed by more text. An answer may close
    /// on a rhetorical `¿…?` of its own ("Los alquileres subieron. ¿Quién paga eso?") before
    /// the next prompt.
    fn turns_to_listener(&self, i: usize) -> bool {
        let text = self.paras[i].text.trim();
        self.after_finished(i)
            && (closes_on_question_to_listener(text)
                || self.is_lone_question(i)
                || ((remark_to_listener(text) || remark_then_question(text))
                    && words(text) <= MAX_REMARK_WORDS)
                || (closes_on_opened_question(text)
                    && (words(text) as f64) <= PROMPT_WORDS_RANGE.1
                    && (addresses_listener(text) || self.between_long(i)))
                || self.trails_off(i))
    }

    /// "What is the best part of running the inn." after an answer: a short question whose
    /// `?` was typed as a stop ([`is_unmarked_question`]).
    fn asks_without_mark(&self, i: usize) -> bool {
        self.after_finished(i)
            && self.short(&self.paras[i])
            && is_unmarked_question(&self.paras[i].text)
    }

    /// The paragraphs on both sides of `i` are longer than the file's prompt limit: where the
    /// rhythm expects a prompt between two answers.
    fn between_long(&self, i: usize) -> bool {
        let long = |j: usize| self.paras.get(j).is_some_and(|p| !self.short(p));
        i > 0 && long(i - 1) && long(i + 1)
    }

    /// Paragraph `i` follows a finished paragraph and has one after it.
    fn after_finished(&self, i: usize) -> bool {
        let finished = |t: &str| {
            t.trim_end()
                .ends_with(['.', '!', '?', '…', '"', '”', '»', ')'])
        };
        self.measured && i > 0 && i + 1 < self.paras.len() && finished(&self.paras[i - 1].text)
    }

    /// One question sentence of at most [`MAX_LONE_QUESTION_WORDS`]: "Después de tantos años…,
    /// ¿cómo han conseguido…?". The first question after an introduction too, when the file's
    /// measured limit is lower than it.
    pub fn is_lone_question(&self, i: usize) -> bool {
        let text = self.paras[i].text.trim();
        self.after_finished(i)
            && sentences(text) == 1
            && ends_with_question_mark(text)
            && words(text) <= MAX_LONE_QUESTION_WORDS
    }

    /// The first question after an introduction ([`Self::is_lone_question`]), or a run of
    /// questions put to the listener opening the body above its answer.
    pub fn opens_conversation(&self, i: usize) -> bool {
        self.is_lone_question(i) || (i == 0 && self.asks_listener(i))
    }

    /// A run of questions put to the listener with a paragraph after it, in a file too short
    /// to measure too: the prompt's form alone shows it.
    fn asks_listener(&self, i: usize) -> bool {
        questions_to_listener(&self.paras[i].text) && i + 1 < self.paras.len()
    }

    /// "And giving each stone the time it needs…": a short sentence left hanging on an
    /// ellipsis after an answer invites the interviewee to go on, or to finish it ("The
    /// harbour is…" / "…at its best in winter."), as questionnaires ask.
    fn trails_off(&self, i: usize) -> bool {
        let text = self.paras[i].text.trim();
        (text.ends_with('…') || text.ends_with("..."))
            && self.short(&self.paras[i])
            && sentences(text.trim_end_matches(['…', '.'])) == 1
            && self.paras[i + 1].text.starts_with(char::is_alphabetic)
    }

    /// Paragraph `i` is a prompt: it asks, or it stands out by its length, or it is a
    /// statement prompt (after an answer; anywhere between long paragraphs in a file that
    /// states its prompts), or a run of questions to the listener after an answer, in a file
    /// too short to measure too.
    pub fn is_prompt(&self, i: usize, answering: bool) -> bool {
        let stated = self.states_prompts && i > 0 && self.is_statement_between_answers(i);
        let after_answer = self.asks_listener(i)
            || self.is_statement(i)
            || self.is_unfinished_prompt(i)
            || self.opens_split_prompt(i)
            || self.follows_curt_answer(i)
            || self.turns_to_listener(i)
            || self.asks_without_mark(i)
            || (self.fields && is_field(&self.paras[i].text) && self.paras.len() > i + 1);
        self.asks(&self.paras[i])
            || stands_out(self.paras, i)
            || stated
            || (answering && after_answer)
    }
}

/// A questionnaire's field, a few words before a colon ("Seriados preferidos:", "Favourite
/// book:"), answered in the next paragraph.
fn is_field(text: &str) -> bool {
    let text = text.trim();
    text.ends_with(':')
        && words(text) <= MAX_FIELD_WORDS
        && !text[..text.len() - 1].contains([':', '.', '?', '!'])
}

/// A question longer than the file's prompt limit that is still clearly shorter than the
/// paragraphs on both sides of it: prompts are short next to their answers.
fn stands_out(paras: &[Para], i: usize) -> bool {
    let length = words(&paras[i].text) as f64;
    let (Some(before), Some(after)) = (
        i.checked_sub(1).and_then(|p| paras.get(p)),
        paras.get(i + 1),
    ) else {
        return false;
    };
    let shortest_neighbour = words(&before.text).min(words(&after.text)) as f64;
    ends_with_question_mark(&paras[i].text)
        && length <= PROMPT_WORDS_RANGE.1
        && length < shortest_neighbour * STANDS_OUT_SHARE
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// Paragraphs of `texts`, one every other line.
    pub fn paras(texts: &[&str]) -> Vec<Para> {
        (texts.iter().enumerate())
            .map(|(i, t)| para(t, 2 * i + 1))
            .collect()
    }

    /// A plain paragraph of `text` on `line`.
    pub fn para(text: &str, line: usize) -> Para {
        Para {
            text: text.to_string(),
            line,
            after_break: false,
            after_separator: false,
            quoted: false,
            under_previous: false,
        }
    }

    #[test]
    fn the_prompt_limit_falls_between_short_prompts_and_long_answers() {
        let long = "word ".repeat(70);
        let short = "Why is that so?";
        let texts: Vec<&str> = (0..12)
            .map(|i| if i % 3 == 0 { short } else { long.as_str() })
            .collect();
        let limit = prompt_limit(&paras(&texts));
        assert!(limit > 4.0 && limit < 70.0, "{limit}");
    }

    #[test]
    fn a_statement_after_a_curt_answer_is_a_prompt() {
        let answer = format!("{}done.", "word ".repeat(50));
        let texts = [
            "Intro.",
            "Did it work?",
            &answer,
            "Was it worth it?",
            "Yes.",
            "Tell me about the breakwater at Puerto Lindo then.",
            &answer,
        ];
        let paras = paras(&texts);
        let rhythm = Rhythm::measure(&paras);
        assert!(rhythm.follows_curt_answer(5));
        assert!(!rhythm.follows_curt_answer(2));
    }

    #[test]
    fn an_unfinished_one_line_sentence_between_answers_is_a_prompt() {
        let answer = format!("{}done.", "word ".repeat(50));
        let prompt = "But the harbour had already seen worse storms than that one";
        let texts = [
            "Intro.",
            "Did it work?",
            &answer,
            prompt,
            &answer,
            "Why?",
            &answer,
        ];
        let mut paras = paras(&texts);
        assert!(Rhythm::measure(&paras).is_unfinished_prompt(3));
        // Cut short over several lines (a page break in copied text), it is an answer's part.
        paras[4].line += 3;
        assert!(!Rhythm::measure(&paras).is_unfinished_prompt(3));
    }

    #[test]
    fn after_an_answer_the_interviewer_turns_to_the_listener() {
        let answer = format!("{}done.", "word ".repeat(50));
        let long_question = format!(
            "{}done. So why do you still keep the old boilers?",
            "word ".repeat(40)
        );
        let lone = "After so many years on the same quay with the same two cranes and the \
                    same crew, how is the harbour still turning a profit?";
        let texts = [
            "Intro.",
            "Did it work?",
            &answer,
            &long_question,
            &answer,
            "So your boilers are older than the harbour itself.",
            &answer,
            "And the crew that runs them…",
            "They stay for life.",
            lone,
            &answer,
        ];
        let paras = paras(&texts);
        let rhythm = Rhythm::measure(&paras);
        for i in [3, 5, 7, 9] {
            assert!(rhythm.is_prompt(i, true), "{}", texts[i]);
        }
        assert!(!rhythm.turns_to_listener(8));
        // Right after a question, it answers it.
        assert!(!rhythm.is_prompt(3, false));
    }

    #[test]
    fn a_question_with_its_own_lead_in_does_not_take_the_sentence_before_it() {
        let answer = format!("{}done.", "word ".repeat(50));
        let texts = [
            "Intro.",
            "Did it work?",
            &answer,
            "After that the orders kept coming.",
            "You said the hull was rotten. Why oak?",
            &answer,
            "Prices doubled after the storm.",
            "What did that teach you?",
            &answer,
        ];
        let paras = paras(&texts);
        let rhythm = Rhythm::measure(&paras);
        assert!(!rhythm.opens_split_prompt(3));
        assert!(rhythm.opens_split_prompt(6));
    }

    #[test]
    fn questionnaire_fields_ask_only_where_they_recur() {
        let texts = [
            "Qual foi o melhor dia?",
            "O da estreia, sem dúvida.",
            "Livro preferido:",
            "Grande Sertão: Veredas.",
            "Cidade:",
            "Lisboa, pela luz.",
            "Comida de infância:",
            "Feijoada da minha avó.",
        ];
        let paras = paras(&texts);
        let rhythm = Rhythm::measure(&paras);
        for field in [2, 4, 6] {
            assert!(rhythm.is_prompt(field, true), "{}", texts[field]);
        }
        let once = super::tests::paras(&[
            "Why did you leave?",
            "Three reasons, in order:",
            "The rent, the noise and the winters.",
        ]);
        assert!(
            !Rhythm::measure(&once).is_prompt(1, true),
            "a colon inside an answer"
        );
    }

    #[test]
    fn a_long_question_between_longer_answers_still_asks() {
        let answer = "word ".repeat(50);
        let question = format!("{}why?", "word ".repeat(27));
        let texts = [answer.as_str(), question.as_str(), answer.as_str()];
        assert!(stands_out(&paras(&texts), 1));
        let rhetorical = format!("{}why?", "word ".repeat(45));
        let texts = [answer.as_str(), rhetorical.as_str(), answer.as_str()];
        assert!(!stands_out(&paras(&texts), 1));
    }

    #[test]
    fn statement_prompts_between_long_answers_need_no_question_mark() {
        let answer = format!("{}done.", "word ".repeat(50));
        let intro = "An introduction of a middling length that says who is who here.";
        let mut texts = vec![intro];
        for prompt in [
            "Tell us how you started.",
            "Describe a day.",
            "Your bowls are sold in Tokyo now, we hear.",
            "Now the future.",
        ] {
            texts.extend([prompt, answer.as_str()]);
        }
        let paras = paras(&texts);
        let rhythm = Rhythm::measure(&paras);
        for prompt in [1, 3, 5, 7] {
            assert!(rhythm.is_prompt(prompt, prompt > 1), "{}", texts[prompt]);
        }
        assert!(!rhythm.is_prompt(0, false), "the introduction");
        assert!(!rhythm.is_prompt(2, false));
    }
}
