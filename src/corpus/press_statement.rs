//! A press conference's opening statement: the coach or player speaks under their name in
//! capitals (an injury update, a word on the last game) before the first reporter asks. No
//! question comes before it, so it would be read as the publisher's introduction, and a name
//! it repeats ("…Dana Reyes will be out. … on Dana Reyes…") and never says again would make
//! it a sponsor's message. Those are the guest's words: they become the first turn, credited
//! to the label they are said under, and stay quotable.

use super::labels::speaker_of;
use super::layout::{Assembled, Draft};
use super::press::is_press_conference;
use super::reading::{Para, Role, Speaker};

/// Moves the introduction's paragraphs from the first one said under an answering speaker's
/// label in a press conference to the first turn. The statement answers no one: its prompt
/// is the speaker's name, as the name line over it reads on the page.
pub fn take_opening_statement(out: &mut Assembled, paras: &[Para], speakers: &[Speaker]) {
    let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
    if out.turns.is_empty() || !is_press_conference(&texts) {
        return;
    }
    let guest_label = |line: usize| {
        let para = paras.iter().find(|p| p.line == line)?;
        speaker_of(&para.text, speakers)
            .filter(|(s, _)| s.role == Role::Interviewee)
            .map(|(s, _)| s.label.clone())
    };
    let Some((at, label)) = (out.intro.iter().enumerate())
        .find_map(|(i, (_, line))| guest_label(*line).map(|label| (i, label)))
    else {
        return;
    };
    let answer = out.intro.split_off(at);
    let line = answer[0].1;
    out.turns.insert(
        0,
        Draft {
            question: label.clone(),
            line,
            speakers: vec![Some(label); answer.len()],
            answer,
            ..Draft::default()
        },
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_guests_opening_statement_before_the_first_question_is_quotable() {
        let text = "HARBOUR CITY MEDIA DAY\n\nDana Reyes\n\n\
                    DANA REYES:  Just start with the injury list here.  Tomas Vik will be out \
                    for the season.  Tomas hurt his knee, so he will have surgery on it.\n\
                    Just a little note on Tomas Vik, a tremendous kid, he hurt the knee on the \
                    second play and still played the rest of the game, and nobody knew.\n\
                    Other than that, it looks like everybody has some bumps and bruises.\n\n\
                    Q.  Your captain said the team's back is against the wall.  Do you agree?\n\
                    DANA REYES:  That's his opinion.  I think we just need to play better.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        let said: Vec<&str> = reading
            .interview
            .turns
            .iter()
            .flat_map(|t| t.answer.iter().map(String::as_str))
            .collect();
        assert!(
            said.iter().any(|p| p.starts_with("Just start with")),
            "{said:?} {:?}",
            reading.dropped
        );
        assert!(said.iter().any(|p| p.starts_with("Just a little note")));
        assert!(!reading.dropped.iter().any(|d| d.text.starts_with("Just")));
    }
}
