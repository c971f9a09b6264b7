//! Files with speaker labels: the label says who speaks, and the few paragraphs without one
//! are read by what the file's labels show (only answers labelled, a follow-up question
//! between two replies, an interviewer's interjection inside an answer, a remark printed
//! outside the quoted replies).

use super::assembled::Assembled;
use super::clean::{line_clutter, strip_emphasis};
use super::cues::{
    asks_something, dash_body, ends_with_question_mark, follow_up_prompt, is_bold, is_heading,
    is_section_title, words,
};
use super::labels::{is_generic, speaker_of};
use super::named_question::{addressed, asks_by_name, writes_capitals};
use super::page_marks::is_image_paragraph;
use super::quoted::{closes_quotation, opens_quotation};
use super::reading::{Clutter, Dropped, Layout, Para, Role, Speaker};

/// An interviewer's interjection inside an answer ("Right.", "Mm-hm.", "I see.").
const INTERJECTION_MAX_WORDS: usize = 2;

/// An interviewer's reaction left unanswered ("Oh, my word.") is this short; a longer remark
/// may lead into the next question.
const REMARK_MAX_WORDS: usize = 3;

/// A paper prints its answers as quoted speech when every answer label opens a quotation, at
/// least this many times: one or two quoted replies may just begin with a quotation.
const MIN_QUOTED_REPLIES: usize = 3;

/// Files with speaker labels: the label says who speaks; unlabelled paragraphs continue the
/// last speaker (labels on the first paragraph of a turn only). A `?` never matters.
pub fn by_labels(paras: &[Para], speakers: &[Speaker]) -> Assembled {
    let mut out = Assembled {
        layout: Some(Layout::Labels),
        ..Assembled::default()
    };
    let use_ = LabelUse::of(paras, speakers);
    // The last follow-up question found between two replies, until its answer comes.
    let mut follow_up = None;
    for (i, para) in paras.iter().enumerate() {
        let labelled = speaker_of(&para.text, speakers);
        if labelled.is_some_and(|(s, _)| s.role == Role::Interviewer) {
            drop_unanswered(&mut out, &mut follow_up);
        }
        match labelled {
            Some((speaker, body)) if speaker.role == Role::Interviewer => {
                if use_.interjects(&out, paras, i, body) {
                    out.drop(para, Clutter::Interjection);
                } else {
                    out.question(body, para.line);
                }
            }
            Some((_, body)) if is_stage_direction(body) => out.drop(para, Clutter::StageDirection),
            Some((speaker, body))
                if asks_by_name(&speaker.label, body, same_next(paras, speakers, i))
                    && guest_capitalises(paras, speakers, i) =>
            {
                drop_unanswered(&mut out, &mut follow_up);
                out.question(&addressed(&speaker.label, body), para.line);
            }
            Some((speaker, body)) => {
                if out.turns.is_empty() && is_generic(&speaker.label) {
                    out.orphan_answer
                        .get_or_insert_with(|| (para.line, speaker.label.clone()));
                }
                out.answer_by(body, para.line, Some(speaker.label.clone()));
            }
            None if is_image_paragraph(&para.text) => out.drop(para, Clutter::PhotoCredit),
            None if is_section_title(&para.text, None) => out.drop(para, Clutter::SectionTitle),
            // The asker is labelled: a heading, even one that asks, titles a section.
            None if use_.asker_labelled && is_heading(&para.text) => {
                out.drop(para, Clutter::SectionTitle)
            }
            None if use_.asks_unlabelled(i, &para.text)
                && (out.turns.is_empty() || out.answering()) =>
            {
                // Only answers are labelled: the paragraph before an answer label asks.
                out.question(&unlabelled_prompt(&para.text), para.line);
            }
            None if use_.asks_unmarked(paras, i, &out) => out.question(&para.text, para.line),
            None if use_.leads_next_post(paras, i) => out.drop(para, Clutter::EditorsNote),
            None if use_.follows_up(i, &para.text) && out.answering() => {
                out.question(&unlabelled_prompt(&follow_up_prompt(&para.text)), para.line);
                follow_up = Some(out.turns.len() - 1);
            }
            None => out.answer(&para.text, para.line),
        }
    }
    drop_unanswered(&mut out, &mut follow_up);
    out
}

/// A follow-up question whose reply was only a stage direction ("[not asked]") asked nothing
/// that was answered: it goes, so the next question does not absorb it.
fn drop_unanswered(out: &mut Assembled, follow_up: &mut Option<usize>) {
    let Some(i) = follow_up.take() else {
        return;
    };
    if i + 1 == out.turns.len() && out.turns[i].answer.is_empty() {
        let turn = out.turns.remove(i);
        out.dropped.push(Dropped {
            line: turn.line,
            text: turn.question,
            reason: Clutter::Unanswered,
        });
    }
}

/// The paragraph after `i` carries the same speaker's label as paragraph `i`.
fn same_next(paras: &[Para], speakers: &[Speaker], i: usize) -> bool {
    let label = |j: usize| {
        paras
            .get(j)
            .and_then(|p| speaker_of(&p.text, speakers))
            .map(|(s, _)| s.label.as_str())
    };
    label(i).is_some() && label(i) == label(i + 1)
}

/// The speaker labelling paragraph `i` opens their other labelled paragraphs with a capital
/// (see [`writes_capitals`]).
fn guest_capitalises(paras: &[Para], speakers: &[Speaker], i: usize) -> bool {
    let label = speaker_of(&paras[i].text, speakers).map(|(s, _)| s.label.as_str());
    let bodies = (paras.iter().enumerate())
        .filter(|&(j, _)| j != i)
        .filter_map(|(_, p)| speaker_of(&p.text, speakers))
        .filter(|(s, _)| Some(s.label.as_str()) == label)
        .map(|(_, body)| body);
    writes_capitals(bodies)
}

/// A reply that is only a bracketed stage direction ("[NO APLICÓ]", "[inaudible]").
fn is_stage_direction(body: &str) -> bool {
    line_clutter(body) == Some(Clutter::StageDirection)
}

/// How a labelled file uses its labels.
struct LabelUse {
    /// The role of each paragraph's label, if it has one.
    roles: Vec<Option<Role>>,
    /// The interviewer's turns carry labels.
    asker_labelled: bool,
    /// Answers carry labels when most labelled questions are followed by a labelled answer;
    /// then an unlabelled paragraph after a question still belongs to the question.
    answers_labelled: bool,
    /// Answer labels open turns only (never two labelled paragraphs in a row): a new answer
    /// label means a new turn, so the paragraph before it asked.
    labels_turns_only: bool,
    /// Every answer label opens a quotation ("A: "Yes, and…"), [`MIN_QUOTED_REPLIES`] times
    /// or more: the replies are printed as quoted speech.
    quoted_replies: bool,
    /// Whether each paragraph's words (after any label) open with a quotation mark.
    quoting: Vec<bool>,
}

impl LabelUse {
    /// A page holding several posts (a tag or archive page): past a "read more" link, the
    /// next post's lead paragraph stands between a labelled answer and a labelled question,
    /// in a file where every other turn carries its label. The editor's words, not the
    /// interviewee's.
    fn leads_next_post(&self, paras: &[Para], i: usize) -> bool {
        let role = |j: usize| self.roles.get(j).copied().flatten();
        let Some(first) = self.roles.iter().position(Option::is_some) else {
            return false;
        };
        let all_labelled = (first..paras.len()).all(|j| j == i || role(j).is_some());
        paras[i].after_break
            && i > first
            && role(i - 1) == Some(Role::Interviewee)
            && role(i + 1) == Some(Role::Interviewer)
            && all_labelled
    }

    fn of(paras: &[Para], speakers: &[Speaker]) -> LabelUse {
        let roles: Vec<Option<Role>> = paras
            .iter()
            .map(|p| speaker_of(&p.text, speakers).map(|(s, _)| s.role))
            .collect();
        let role = |i: usize| roles.get(i).copied().flatten();
        let asks: Vec<usize> = (0..paras.len())
            .filter(|&i| role(i) == Some(Role::Interviewer))
            .collect();
        let answered = asks
            .iter()
            .filter(|&&i| role(i + 1) == Some(Role::Interviewee))
            .count();
        let labels_turns_only = !(0..paras.len())
            .any(|i| role(i) == Some(Role::Interviewee) && role(i + 1) == Some(Role::Interviewee));
        let quoting: Vec<bool> = paras
            .iter()
            .map(|p| opens_quotation(speaker_of(&p.text, speakers).map_or(&p.text, |(_, b)| b)))
            .collect();
        let replies = (0..paras.len()).filter(|&i| role(i) == Some(Role::Interviewee));
        let (quoted, unquoted) = replies.fold((0, 0), |(q, u), i| match quoting[i] {
            true => (q + 1, u),
            false => (q, u + 1),
        });
        LabelUse {
            quoted_replies: quoted >= MIN_QUOTED_REPLIES && unquoted == 0,
            quoting,
            asker_labelled: speakers.iter().any(|s| s.role == Role::Interviewer),
            answers_labelled: !asks.is_empty() && 2 * answered >= asks.len(),
            labels_turns_only,
            roles,
        }
    }

    fn role(&self, i: usize) -> Option<Role> {
        self.roles.get(i).copied().flatten()
    }

    /// Paragraph `i`, the interviewer's `body`, interjects inside an answer: a word or a cheer
    /// the answer goes on after, or a remark nobody answered.
    fn interjects(&self, out: &Assembled, paras: &[Para], i: usize, body: &str) -> bool {
        let continues = i + 1 < paras.len() && self.role(i + 1) != Some(Role::Interviewer);
        let cheer = continues && (is_interjection(body) || out.cheers_on(body));
        out.answering() && (cheer || self.unanswered_remark(paras, i, body))
    }

    /// Paragraph `i`, the interviewer's, is a short remark that asks nothing ("Oh, wow.") and
    /// the interviewer speaks again before any answer (a picture between them aside): nobody
    /// answered it, it reacted to the reply before.
    fn unanswered_remark(&self, paras: &[Para], i: usize, body: &str) -> bool {
        let next = (i + 1..paras.len()).find(|&k| !is_image_paragraph(&paras[k].text));
        self.answers_labelled
            && words(body) <= REMARK_MAX_WORDS
            && !asks_something(body)
            && next.is_some_and(|k| self.role(k) == Some(Role::Interviewer))
    }

    /// The asker is labelled, yet paragraph `i`, unlabelled inside an answer, asks and the
    /// answerer's label comes again right after it: the label says the speaker changed, so
    /// someone asked a follow-up question (a probe, a second interviewer).
    fn follows_up(&self, i: usize, text: &str) -> bool {
        self.asker_labelled
            && self.role(i + 1) == Some(Role::Interviewee)
            && ends_with_question_mark(text)
    }

    /// In a file printing its replies as quoted speech, paragraph `i` (unlabelled, inside an
    /// answer) stands outside the quotations: the paragraph before it closed its quotation,
    /// it opens none, and the reply after it opens one. Nobody's quoted words: the
    /// interviewer's remark that the next quotation answers ("Critics call it bleak." /
    /// "Bleak? It is honest.").
    fn outside_quoted_replies(&self, paras: &[Para], i: usize) -> bool {
        let replies = self.role(i + 1).is_none_or(|r| r == Role::Interviewee);
        self.quoted_replies
            && i > 0
            && closes_quotation(&paras[i - 1].text)
            && !self.quoting[i]
            && self.quoting.get(i + 1) == Some(&true)
            && replies
    }

    /// Unlabelled paragraph `i` asks, as it stands: after a labelled question still
    /// unanswered, when answers carry labels (unless it opens a quoted reply, or the question
    /// was set in bold and closed, see [`closed_bold_turn`]), or outside the quoted replies
    /// around it.
    fn asks_unmarked(&self, paras: &[Para], i: usize, out: &Assembled) -> bool {
        let quotes_reply = self.quoted_replies && self.quoting[i];
        let continues_question = !out.turns.is_empty()
            && !out.answering()
            && self.answers_labelled
            && !quotes_reply
            && !closed_bold_turn(paras, i);
        continues_question || (out.answering() && self.outside_quoted_replies(paras, i))
    }

    /// Only answers are labelled and paragraph `i` comes right before an answer label.
    fn asks_unlabelled(&self, i: usize, text: &str) -> bool {
        !self.asker_labelled
            && self.role(i + 1).is_some()
            && (asks_something(text) || self.labels_turns_only)
    }
}

/// Paragraph `i` follows a question set wholly in bold (`**Kai: …?**`) and is not bold itself:
/// the question ended at its closing `**`, so the paragraph after it is someone's reply (its
/// label missing or new), not more of the question.
fn closed_bold_turn(paras: &[Para], i: usize) -> bool {
    i > 0 && is_bold(&paras[i - 1].text) && !is_bold(&paras[i].text)
}

/// A prompt set as a heading, in bold or after a dialogue dash, without its typography.
fn unlabelled_prompt(text: &str) -> String {
    let text = dash_body(text).unwrap_or(text);
    strip_emphasis(text.trim_start_matches('#').trim()).to_string()
}

fn is_interjection(body: &str) -> bool {
    words(body) <= INTERJECTION_MAX_WORDS && !ends_with_question_mark(body)
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn speaker(label: &str, role: Role) -> Speaker {
        Speaker {
            label: label.into(),
            role,
            count: 2,
            line: 1,
        }
    }

    #[test]
    fn a_name_label_asks_only_where_the_guest_writes_capitals() {
        let speakers = [speaker("Ines", Role::Interviewee)];
        let lowercase = paras(&[
            "Ines: what got you into valves?",
            "Ines: my father's radio, mostly.",
            "Ines: why keep them?",
            "Ines: they glow.",
        ]);
        let out = by_labels(&lowercase, &speakers);
        assert!(out.turns.iter().all(|t| !t.question.starts_with("Ines,")));
        let capitals = paras(&[
            "Ines: what got you into valves?",
            "Ines: My father's radio, mostly.",
            "Ines: Why keep them? They glow.",
        ]);
        let out = by_labels(&capitals, &speakers);
        assert_eq!(out.turns[0].question, "Ines, what got you into valves?");
    }

    #[test]
    fn an_unanswered_remark_and_a_picture_open_no_question() {
        let speakers = [
            speaker("Q", Role::Interviewer),
            speaker("A", Role::Interviewee),
        ];
        let body = paras(&[
            "Q: How old were you when you got the job?",
            "A: Twenty-five. I had just finished my accounting degree.",
            "Q: Oh, my word.",
            "8d1c2e.image.jpg The clerk at her desk",
            "Q: What have you done since?",
            "A: Audits, mostly.",
        ]);
        let out = by_labels(&body, &speakers);
        let questions: Vec<_> = out.turns.iter().map(|t| t.question.as_str()).collect();
        assert_eq!(
            questions,
            [
                "How old were you when you got the job?",
                "What have you done since?"
            ]
        );
        let reasons: Vec<_> = out.dropped.iter().map(|d| d.reason).collect();
        assert_eq!(reasons, [Clutter::Interjection, Clutter::PhotoCredit]);
    }

    #[test]
    fn same_next_reads_the_label_of_the_next_paragraph() {
        let speakers = [
            speaker("Kai", Role::Interviewer),
            speaker("Nina", Role::Interviewee),
        ];
        let body = paras(&["Nina: Hi.", "Nina: Again.", "Kai: Why?", "No label."]);
        assert!(same_next(&body, &speakers, 0));
        assert!(!same_next(&body, &speakers, 1));
        assert!(!same_next(&body, &speakers, 2));
        assert!(!same_next(&body, &speakers, 3));
    }

    #[test]
    fn a_question_set_in_bold_ends_at_its_closing_marks() {
        let speakers = [
            speaker("Kai", Role::Interviewer),
            speaker("Nina", Role::Interviewee),
        ];
        let body = paras(&[
            "**Kai: Why the van?**",
            "Nina: It was cheap.",
            "**Kai: And who drives it now?**",
            "_Rusty drives himself, some days, downhill._",
        ]);
        let out = by_labels(&body, &speakers);
        assert_eq!(out.turns.len(), 2);
        assert_eq!(out.turns[1].question, "And who drives it now?");
        assert_eq!(out.turns[1].answer.len(), 1);
    }
}
