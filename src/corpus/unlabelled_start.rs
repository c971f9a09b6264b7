//! The first exchanges of a `Q:`/`A:` file printed without their labels, each question run
//! onto the end of the paragraph before it, as a page template that lost its markup leaves
//! them (`…a “one-way ticket to hell.” Why a second album?` / `To make it richer.` / `Define
//! mainstream. We are banned… How did you react?` / `We laughed.` / then `Q:` … `A:` …).
//! Before the file's first labelled question, a paragraph ending with a run of questions
//! after a finished sentence, followed by an unlabelled paragraph that asks nothing, is cut:
//! its words before the questions stay what they continue (the introduction, or the answer
//! above), and the questions are labelled with the file's question label.

use super::cues::ends_with_question_mark;
use super::labels::{is_generic, speaker_of};
use super::reading::{Para, Role, Speaker};

/// The page lost the labels of several exchanges: one question closing the introduction is
/// a rhetorical one as often as a prompt.
const MIN_RUN_ON_TURNS: usize = 2;

/// A question run onto a paragraph is a prompt's length at most.
const MAX_QUESTION_WORDS: usize = 60;

/// Labels the questions run onto paragraphs before the first labelled question.
pub fn label_run_on_questions(paras: &mut Vec<Para>, speakers: &[Speaker]) {
    let Some(asker) = speakers
        .iter()
        .find(|s| s.role == Role::Interviewer && is_generic(&s.label))
    else {
        return;
    };
    let answerer = speakers
        .iter()
        .find(|s| s.role == Role::Interviewee && is_generic(&s.label));
    let labelled = |p: &Para| speaker_of(&p.text, speakers).is_some();
    let Some(first) = paras.iter().position(labelled) else {
        return;
    };
    // A question run on, then an unlabelled reply that asks nothing.
    let cuts: Vec<Option<usize>> = (0..paras.len())
        .map(|i| {
            let replied = i + 1 < first && !paras[i + 1].text.contains(['?', '？']);
            replied.then(|| run_on_question(&paras[i].text)).flatten()
        })
        .collect();
    if cuts.iter().flatten().count() < MIN_RUN_ON_TURNS {
        return;
    }
    let mut out = Vec::with_capacity(paras.len() + first);
    let mut replying = false;
    for (para, cut) in paras.drain(..).zip(cuts) {
        // The reply to a question cut off above opens with the file's answer label.
        if std::mem::take(&mut replying) {
            if let Some(answerer) = answerer {
                out.push(Para {
                    text: format!("{}: {}", answerer.label, para.text),
                    ..para
                });
                continue;
            }
        }
        replying = cut.is_some();
        match cut {
            Some(at) => {
                let (lead, question) = para.text.split_at(at);
                out.push(Para {
                    text: lead.trim().to_string(),
                    ..para.clone()
                });
                out.push(Para {
                    text: format!("{}: {}", asker.label, question.trim()),
                    ..para
                });
            }
            None => out.push(para),
        }
    }
    *paras = out;
}

/// Where the closing run of questions starts in a paragraph that has a finished sentence
/// before them (`…hell.” ¿Why…? ¿And…?`), if the run is a prompt's length.
fn run_on_question(text: &str) -> Option<usize> {
    let text = text.trim_end();
    if !ends_with_question_mark(text) {
        return None;
    }
    let ends = sentence_ends(text);
    // Walk back over the sentences that ask, to the last one that does not.
    let mut start = None;
    for &end in ends.iter().rev() {
        let closed = text[..end].trim_end_matches(['”', '"', '’', '»', ')']);
        if closed.ends_with(['?', '？']) {
            continue;
        }
        start = Some(end);
        break;
    }
    let start = start?;
    let words = text[start..].split_whitespace().count();
    (words <= MAX_QUESTION_WORDS).then_some(start)
}

/// Byte offsets right after each sentence end inside `text` (a `.`, `!`, `?` or `…`, its
/// closing quotes, then a space and a capital), not counting the text's own end.
fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…' | '？') {
            continue;
        }
        while let Some(&(_, q)) = chars.peek() {
            if matches!(q, '”' | '"' | '’' | '»' | ')') {
                chars.next();
            } else {
                break;
            }
        }
        let Some(&(i, w)) = chars.peek() else {
            continue;
        };
        // A new sentence opens with a capital or an opening mark; after an abbreviation
        // ("EE.UU. se negaron") the words go on in lowercase.
        let opens = text[i..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(|n| n.is_uppercase() || "¿¡\"“«(".contains(n));
        if w.is_whitespace() && opens {
            ends.push(i);
        }
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::read;

    #[test]
    fn the_run_of_questions_closing_a_paragraph_is_found() {
        let text = "Ann plays bass in the U.S. band. She sings too. Why bass? Why now?";
        assert_eq!(
            run_on_question(text).map(|i| &text[i..]),
            Some(" Why bass? Why now?")
        );
        assert_eq!(run_on_question("Why bass?"), None);
        let abbreviated = "Es la banda. ¿Cuándo tocan en EE.UU. este año?";
        assert_eq!(
            run_on_question(abbreviated).map(|i| abbreviated[i..].trim()),
            Some("¿Cuándo tocan en EE.UU. este año?")
        );
        assert_eq!(run_on_question("Ann plays bass."), None);
    }

    #[test]
    fn unlabelled_first_exchanges_of_a_labelled_file_are_read() {
        let text = "Q&A: Brasa\n\nBrasa is a cumbia band from Rosario with six players and \
                    two old accordions. One of them answered us. How did you start?\n\n\
                    At a wedding, when the band never came.\n\n\
                    Define luck. We had a car and an accordion in it. What is special about \
                    your audience?\n\nThey dance to sad songs.\n\n\
                    Q: When is the record out?\n\nA: In March.\n\nQ: Where?\n\nA: At home.";
        let reading = read("t", text).expect("parses");
        let interview = &reading.interview;
        let questions: Vec<_> = interview
            .turns
            .iter()
            .map(|t| t.question.as_str())
            .collect();
        assert_eq!(
            questions,
            [
                "How did you start?",
                "What is special about your audience?",
                "When is the record out?",
                "Where?"
            ]
        );
        assert_eq!(interview.intro.len(), 1);
        assert!(interview.intro[0].ends_with("One of them answered us."));
        assert_eq!(
            interview.turns[0].answer.len(),
            2,
            "{:?}",
            interview.turns[0]
        );
    }

    #[test]
    fn an_introduction_closing_on_a_question_before_more_introduction_stays() {
        let text = "Title\n\nShe has sailed alone twice. What makes someone do that?\n\n\
                    We met her in Vigo, on her boat.\n\n\
                    Q: Why sail alone?\n\nA: Quiet.\n\nQ: And fear?\n\nA: Always.";
        let reading = read("t", text).expect("parses");
        assert_eq!(reading.interview.turns[0].question, "Why sail alone?");
        assert_eq!(reading.interview.intro.len(), 2);
    }
}
