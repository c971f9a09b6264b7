//! Who asks in a file whose labels name only the people answering: a conversation with two
//! or more guests (`**Helena Prates:**`, `**Rita Lobato:**`) whose questions are headings or
//! bold paragraphs without a label. Without this, the rhythm rule would make the guest with
//! the shorter answers the interviewer. Also who says the last words of a labelled file: an
//! interviewer's unlabelled sign-off is not the interviewee's answer.

use super::address::{addresses_listener, speaks_of_self};
use super::clean::strip_emphasis;
use super::cues::{asks_something, ends_with_question_mark, is_bold, is_heading, words};
use super::labels::{display_name, is_generic, is_nameless, same_speaker, speaker_of};
use super::layout::{assemble, Assembled, Draft};
use super::notes::without_editor_notes;
use super::press_statement::take_opening_statement;
use super::reading::{Clutter, Dropped, Layout, Para, Role, Speaker};
use super::sponsor::drop_sponsor_copy;
use super::Metadata;

/// A sign-off is told from a last answer's second paragraph only after a few labelled turns.
const MIN_SIGNED_OFF_TURNS: usize = 2;

/// An interviewer's sign-off after the last answer ("Obrigada, terminámos.") is this short.
const SIGN_OFF_MAX_WORDS: usize = 8;

/// Unlabelled prompts (headings or bold paragraphs that ask) needed before they, not a
/// label, are taken as the file's questions.
const MIN_UNLABELLED_PROMPTS: usize = 2;

/// A label whose paragraphs ask at least this often is an asker after all.
const ASKING_SHARE: f64 = 0.5;

/// A speaker's questions decide its role once it has asked this many (answered by someone
/// else): one question is a guest's aside, two are a habit.
const MIN_ASKING_TURNS: usize = 2;

/// The fewest speakers a conversation with several askers has: two hosts and a guest.
const MIN_CO_HOSTED_SPEAKERS: usize = 3;

/// Makes an interviewer of every named speaker who asks more questions than are put to them,
/// in a conversation of three or more: a podcast's second host asks the guest as well, and the
/// guest is the one the others' questions lead to. Roles the labels' meaning or the front
/// matter give stay as they are, and at least one speaker who is asked stays the interviewee.
pub fn co_hosts(paras: &[Para], speakers: &mut [Speaker], metadata: &Metadata) {
    if speakers.len() < MIN_CO_HOSTED_SPEAKERS {
        return;
    }
    let (asked, put_to) = questions_between(paras, speakers);
    let decided = |s: &Speaker| {
        is_nameless(&s.label)
            || [
                &metadata.interviewer,
                &metadata.outlet,
                &metadata.interviewee,
            ]
            .into_iter()
            .flatten()
            .any(|name| same_speaker(&s.label, name))
    };
    let asker: Vec<bool> = (0..speakers.len())
        .map(|i| !decided(&speakers[i]) && asked[i] >= MIN_ASKING_TURNS && asked[i] > put_to[i])
        .collect();
    let guest_stays = (0..speakers.len())
        .any(|i| !asker[i] && speakers[i].role == Role::Interviewee && put_to[i] > 0);
    if !guest_stays {
        return;
    }
    for (speaker, asks) in speakers.iter_mut().zip(asker) {
        if asks {
            speaker.role = Role::Interviewer;
        }
    }
}

/// Per speaker: how many of its turns end with a question another speaker takes up, and how
/// many such questions lead to it (the next labelled turn is its own).
pub(super) fn questions_between(paras: &[Para], speakers: &[Speaker]) -> (Vec<usize>, Vec<usize>) {
    let mut asked = vec![0usize; speakers.len()];
    let mut put_to = vec![0usize; speakers.len()];
    // The speaker of the turn so far, and whether its latest paragraph asks.
    let mut last: Option<(usize, bool)> = None;
    for p in paras {
        let Some((speaker, body)) = speaker_of(&p.text, speakers) else {
            if let Some((j, _)) = last {
                last = Some((j, ends_with_question_mark(&p.text)));
            }
            continue;
        };
        let Some(i) = speakers.iter().position(|s| std::ptr::eq(s, speaker)) else {
            continue;
        };
        if let Some((j, true)) = last.filter(|&(j, _)| j != i) {
            asked[j] += 1;
            put_to[i] += 1;
        }
        last = Some((i, ends_with_question_mark(body)));
    }
    (asked, put_to)
}

/// Makes every speaker an interviewee when the file asks with unlabelled headings or bold
/// paragraphs and the speaker taken for the interviewer was chosen by rhythm alone (no
/// label meaning, no front matter, its paragraphs rarely ask).
pub fn guests_only(paras: &[Para], speakers: &mut [Speaker], metadata: &Metadata) {
    let prompts = paras
        .iter()
        .filter(|p| {
            let typographic = is_heading(&p.text) || is_bold(&p.text);
            typographic
                && asks_something(strip_emphasis(&p.text))
                && speaker_of(&p.text, speakers).is_none()
        })
        .count();
    if prompts < MIN_UNLABELLED_PROMPTS {
        return;
    }
    let named_asker = |s: &Speaker| {
        is_generic(&s.label)
            || [&metadata.interviewer, &metadata.outlet]
                .into_iter()
                .flatten()
                .any(|name| same_speaker(&s.label, name))
    };
    let asks = |s: &Speaker| {
        let (mut asked, mut total) = (0usize, 0usize);
        for p in paras {
            if let Some((found, body)) = speaker_of(&p.text, speakers) {
                if same_speaker(&found.label, &s.label) {
                    total += 1;
                    asked += usize::from(asks_something(&without_editor_notes(body)));
                }
            }
        }
        asked as f64 >= ASKING_SHARE * total.max(1) as f64
    };
    let chosen_by_rhythm = speakers
        .iter()
        .filter(|s| s.role == Role::Interviewer)
        .all(|s| !named_asker(s) && !asks(s));
    if chosen_by_rhythm {
        for speaker in speakers.iter_mut() {
            speaker.role = Role::Interviewee;
        }
    }
}

/// The label of the only answering speaker, which stands for the interviewee ("Avó do João:" is the interviewee when no one else answers).
pub fn sole_guest(speakers: &[Speaker]) -> Option<String> {
    let mut guests = speakers.iter().filter(|s| s.role == Role::Interviewee);
    match (guests.next(), guests.next()) {
        (Some(only), None) => Some(only.label.clone()),
        _ => None,
    }
}

/// Who says each answer paragraph when it is not the interviewee: a name label other than the
/// interviewee's, shown in its fullest form ("SAID" as "Omar Said"). Empty when the
/// interviewee says every paragraph.
pub fn speakers(
    draft: &Draft,
    (metadata, sole_label): (&Metadata, Option<&str>),
    texts: &[&str],
) -> Vec<Option<String>> {
    let interviewee = metadata.interviewee.as_deref().unwrap_or_default();
    let named: Vec<Option<String>> = draft
        .speakers
        .iter()
        .map(|label| {
            label
                .as_deref()
                .filter(|l| Some(*l) != sole_label)
                .filter(|l| !is_nameless(l) && !same_speaker(l, interviewee))
                .map(|l| display_name(l, texts))
        })
        .collect();
    if named.iter().all(Option::is_none) {
        Vec::new()
    } else {
        named
    }
}

/// Cuts the body into introduction and turns ([`assemble`]), then takes an interviewer's
/// sign-off off the last answer of a labelled file.
/// `people` are the names the front matter gives.
pub fn assemble_conversation(paras: &[Para], speakers: &[Speaker], people: &[&str]) -> Assembled {
    let mut out = assemble(paras, speakers);
    if out.layout == Some(Layout::Labels) {
        drop_sign_off(&mut out, paras, speakers);
        drop_lead_ins(&mut out, paras, speakers);
        open_with_the_hosts(&mut out, paras, speakers);
        take_opening_statement(&mut out, paras, speakers);
        drop_sponsor_copy(&mut out, paras, speakers, people);
        super::peer_talk::quote_both_peers(&mut out, speakers);
    }
    out
}

/// A blog quoting excerpts of several interviews introduces each one in its own words, ending
/// with a colon ("Charles Simic talks cities, and why he loves New York:"), right before the
/// next labelled question: that unlabelled paragraph is the editor's, not the end of the
/// answer above it.
fn drop_lead_ins(out: &mut Assembled, paras: &[Para], speakers: &[Speaker]) {
    let unlabelled = |line: usize| {
        paras
            .iter()
            .find(|p| p.line == line)
            .is_some_and(|p| speaker_of(&p.text, speakers).is_none())
    };
    let asked: Vec<bool> = out
        .turns
        .iter()
        .map(|t| {
            paras.iter().find(|p| p.line == t.line).is_some_and(|p| {
                speaker_of(&p.text, speakers).is_some_and(|(s, _)| s.role == Role::Interviewer)
            })
        })
        .collect();
    for (k, turn) in out.turns.iter_mut().enumerate() {
        let lead_in = turn.answer.len() >= 2
            && asked.get(k + 1) == Some(&true)
            && turn
                .answer
                .last()
                .is_some_and(|(text, line)| text.trim_end().ends_with(':') && unlabelled(*line));
        if let Some((text, line)) = turn.answer.pop_if(|_| lead_in) {
            turn.speakers.truncate(turn.answer.len());
            out.dropped.push(Dropped {
                line,
                text,
                reason: Clutter::EditorsNote,
            });
        }
    }
}

/// A conversation opening with its hosts talking before the guest's first words (a welcome,
/// the episode's summary, a sponsor's message, one host handing over to the other): those
/// turns introduce the show, and only the last one, right before the guest speaks, is what the
/// guest answers.
fn open_with_the_hosts(out: &mut Assembled, paras: &[Para], speakers: &[Speaker]) {
    let Some(first) = out.turns.first() else {
        return;
    };
    if !out.intro.is_empty() {
        return;
    }
    let answered_at = first.answer.first().map_or(usize::MAX, |(_, line)| *line);
    let asking: Vec<&Para> = paras
        .iter()
        .filter(|p| p.line >= first.line && p.line < answered_at)
        .collect();
    let asker_turn =
        |p: &Para| speaker_of(&p.text, speakers).is_some_and(|(s, _)| s.role == Role::Interviewer);
    let Some(last) = asking
        .iter()
        .rposition(|p| asker_turn(p))
        .filter(|&k| k > 0)
    else {
        return;
    };
    let body =
        |p: &Para| speaker_of(&p.text, speakers).map_or(p.text.clone(), |(_, b)| b.to_string());
    out.intro = asking[..last].iter().map(|p| (body(p), p.line)).collect();
    let question: Vec<String> = asking[last..].iter().map(|p| body(p)).collect();
    out.turns[0].question = question.join(" ");
    out.turns[0].line = asking[last].line;
}

/// The last paragraphs of the last answer when they are the file's only unlabelled ones and
/// short: in a file whose every reply carries its label, "Obrigada, terminámos." after the last
/// reply is the interviewer signing off, not the interviewee going on.
fn drop_sign_off(out: &mut Assembled, paras: &[Para], speakers: &[Speaker]) {
    let labelled = |line: usize| {
        paras
            .iter()
            .any(|p| p.line == line && speaker_of(&p.text, speakers).is_some())
    };
    let unlabelled: Vec<(usize, usize)> = out
        .turns
        .iter()
        .enumerate()
        .flat_map(|(t, turn)| {
            turn.answer
                .iter()
                .enumerate()
                .map(move |(a, p)| (t, a, p.1))
        })
        .filter(|&(_, _, line)| !labelled(line))
        .map(|(t, a, _)| (t, a))
        .collect();
    let last = out.turns.len().saturating_sub(1);
    let Some(answer) = out.turns.last().map(|t| &t.answer) else {
        return;
    };
    let tail = answer.len().saturating_sub(unlabelled.len());
    let only_the_tail = unlabelled
        .iter()
        .enumerate()
        .all(|(k, &(t, a))| t == last && a == tail + k);
    let short = answer[tail..].iter().all(|(text, _)| signs_off(text));
    if out.turns.len() < MIN_SIGNED_OFF_TURNS || unlabelled.is_empty() || tail == 0 {
        return;
    }
    if only_the_tail && short {
        let turn = &mut out.turns[last];
        for (text, line) in turn.answer.drain(tail..) {
            out.dropped.push(Dropped {
                line,
                text,
                reason: Clutter::AfterInterview,
            });
        }
        turn.speakers.truncate(tail);
    }
}

/// A short paragraph that tells nothing of its speaker's own: a sign-off says nothing of an "I"
/// ("Obrigada, terminámos.") or speaks to the listener ("Thank you, I enjoyed it."); "And then
/// I was at the high school." is the interviewee going on.
fn signs_off(text: &str) -> bool {
    words(text) <= SIGN_OFF_MAX_WORDS && (!speaks_of_self(text) || addresses_listener(text))
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn a_short_story_of_the_speakers_own_is_no_sign_off() {
        assert!(signs_off("Obrigada, terminámos."));
        assert!(signs_off("Thank you, I enjoyed it."));
        assert!(!signs_off("And then I was at the harbour school."));
    }

    fn speaker(label: &str, role: Role) -> Speaker {
        Speaker {
            label: label.to_string(),
            role,
            count: 2,
            line: 1,
        }
    }

    #[test]
    fn heading_questions_make_every_label_a_guest() {
        let body = paras(&[
            "### How did it start?",
            "**Helena:** On a beach.",
            "**Rita:** With a map.",
            "### Was it hard?",
            "**Helena:** Very hard, nobody wanted it.",
            "**Rita:** Yes.",
        ]);
        let mut speakers = [
            speaker("Helena", Role::Interviewee),
            speaker("Rita", Role::Interviewer),
        ];
        guests_only(&body, &mut speakers, &Metadata::default());
        assert!(speakers.iter().all(|s| s.role == Role::Interviewee));
        let mut asking = [speaker("Q", Role::Interviewer)];
        guests_only(&body, &mut asking, &Metadata::default());
        assert_eq!(asking[0].role, Role::Interviewer);
    }

    #[test]
    fn an_editors_aside_asking_in_an_answer_leaves_every_label_a_guest() {
        let body = paras(&[
            "**What burns first?**",
            "**Omar** The garlic. (Editor’s note: did he mean that?)",
            "**Ines** The sugar, always.",
            "**Which pan lasts?**",
            "**Omar** Cast iron.",
            "**Ines** Copper, if you polish it.",
        ]);
        let mut speakers = [
            speaker("Omar", Role::Interviewer),
            speaker("Ines", Role::Interviewee),
        ];
        guests_only(&body, &mut speakers, &Metadata::default());
        assert!(speakers.iter().all(|s| s.role == Role::Interviewee));
    }

    #[test]
    fn excerpts_of_two_interviews_credit_each_guest_and_drop_the_lead_in() {
        let text = "From the archive\n\nTwo voices from our back issues.\n\n\
                    INTERVIEWER\n\nWhen did you first fly a kite?\n\nMORROW\n\n\
                    At six, on a beach in Kent.\n\nIt broke within the hour.\n\n\
                    Lena Oduya remembers the workshop in Lagos and the glue she made herself:\n\n\
                    INTERVIEWER\n\nWhat did you build first?\n\nODUYA\n\nA box kite from \
                    bamboo and newspaper.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        let turns = &reading.interview.turns;
        assert_eq!(turns.len(), 2);
        assert_eq!(turns[0].answer.len(), 2, "{:?}", turns[0].answer);
        assert!(turns[1].answer[0].starts_with("A box kite"));
        let lead_in = reading.dropped.iter().find(|d| d.text.starts_with("Lena"));
        assert_eq!(lead_in.map(|d| d.reason), Some(Clutter::EditorsNote));
    }

    #[test]
    fn a_guest_presented_by_first_name_in_the_opening_is_no_advertiser() {
        let text = "+++\ninterviewee = \"Ana Mar\"\n+++\nApprentice Asks: Ana Mar\n\n\
                    I thank Ana for sharing her time with me.\n\n\
                    This month I spoke with Ana Mar, head keeper of the Cove lighthouse. Ana \
                    trains new keepers.\n\n\
                    Q: How did you start?\n\nA: By accident, in 2001.\n\n\
                    Q: And the lamp?\n\nA: Cleaned every morning.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.intro.len(), 2, "{:?}", reading.dropped);
    }
}
