//! Credit lines of a show page ("Guest: Mara Quist, harbour engineer", "Host: Tom Reyes"): they
//! name who speaks and are not quoted.

use super::clean::strip_emphasis;
use super::cues::ends_with_question_mark;
use super::head::Head;
use super::labels::{is_name_like, split_label};
use super::reading::Para;
use super::reading::{Clutter, Dropped};
use super::source_credit::{drop_source_credits, unbracketed};
use super::titled::name_after_with;

/// Credit lines sit in the first paragraphs of the body, before the conversation: at most
/// this many paragraphs are looked at.
const MAX_CREDIT_SCAN: usize = 8;

/// A credit line is a name and a short description ("Mara Quist, boatbuilder and author of
/// *Salt*"): longer text after the label is a turn of a transcript.
const MAX_CREDIT_WORDS: usize = 20;

/// Labels of a credit line naming the person interviewed, lowercase.
const GUEST_LABELS: &[&str] = &[
    "guest",
    "guests",
    "interviewee",
    "invitado",
    "invitada",
    "invitados",
    "convidado",
    "convidada",
    "convidados",
    "entrevistado",
    "entrevistada",
];

/// Labels of a credit line naming the person asking, lowercase.
const HOST_LABELS: &[&str] = &[
    "host",
    "hosts",
    "presenter",
    "moderator",
    "interviewer",
    "presentador",
    "presentadora",
    "conductor",
    "conductora",
    "apresentador",
    "apresentadora",
    "moderador",
    "moderadora",
    "entrevistador",
    "entrevistadora",
];

/// The people a show page's credit lines name, with the line of each.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Credits {
    /// `Guest: …`: the person interviewed.
    pub guest: Option<(String, usize)>,
    /// `Host: …`: the person asking.
    pub host: Option<(String, usize)>,
}

impl Credits {
    /// These credits, with the byline found on the headline's line as the host when no credit
    /// line names one.
    pub fn or_byline(mut self, head: &Head) -> Credits {
        self.host = self.host.or_else(|| head.byline.clone());
        self
    }
}

/// Drops the credit lines among the first paragraphs of the body (before the first one that
/// asks) and the page's metadata block, and returns the names the credits give.
pub fn drop_credit_lines(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) -> Credits {
    let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
    let found = credit_lines(&texts);
    let mut credits = Credits::default();
    for (index, host, name) in found.iter().rev() {
        let para = paras.remove(*index);
        let slot = if *host {
            &mut credits.host
        } else {
            &mut credits.guest
        };
        // Read bottom-up: the first line of each kind is the one kept.
        *slot = Some((name.clone(), para.line));
        dropped.push(Dropped {
            line: para.line,
            text: para.text,
            reason: Clutter::Credit,
        });
    }
    recover_credits(paras, dropped, &mut credits);
    // A credit naming a speaker in brackets ("(Interviewer: Ada Moss)") was read above.
    drop_source_credits(paras, dropped, |text| {
        unbracketed(text).is_some_and(|inner| credit_line(inner).is_some())
    });
    credits
}

/// The credit lines among the first paragraphs (before the first one that asks): index,
/// whether it names the host, and the name. A label the text uses again is a transcript's
/// speaker ("Host: Mara Quist, welcome to the show."), not a credit.
fn credit_lines(texts: &[&str]) -> Vec<(usize, bool, String)> {
    let uses = |label: &str| {
        texts
            .iter()
            .filter_map(|t| split_label(t))
            .filter(|l| l.label.eq_ignore_ascii_case(label))
            .count()
    };
    texts
        .iter()
        .take(MAX_CREDIT_SCAN)
        .take_while(|t| !ends_with_question_mark(t))
        .enumerate()
        .filter(|(_, t)| split_label(t).is_some_and(|l| uses(&l.label) == 1))
        .filter_map(|(i, t)| credit_line(t).map(|(host, name)| (i, host, name)))
        .collect()
}

/// Credits dropped as other clutter before the first question still name the people: a short
/// credit line right above a date line was dropped with it, as its caption ("**Entrevistado:**
/// Tiago Ferraz" over "**Data:** 2 de Maio"); a credit in brackets was dropped as a stage
/// direction ("(Interviewer: Ada Moss)"); a headline ending with its date was dropped as a date
/// line ("Interview with Ivo Lund 3/4/19") and names the guest as any headline does.
fn recover_credits(paras: &[Para], dropped: &mut [Dropped], credits: &mut Credits) {
    let first_question = paras
        .iter()
        .find(|p| ends_with_question_mark(&p.text))
        .map_or(usize::MAX, |p| p.line);
    for d in dropped.iter_mut().filter(|d| d.line < first_question) {
        let Some((host, name)) = dropped_credit(d, paras) else {
            continue;
        };
        let slot = if host {
            &mut credits.host
        } else {
            &mut credits.guest
        };
        if slot.is_none() {
            *slot = Some((name, d.line));
            // A dated headline stays a date line: it is no credit line of the page.
            if d.reason != Clutter::Date {
                d.reason = Clutter::Credit;
            }
        }
    }
}

/// The credit a dropped line before the first question gives, if any (see [`recover_credits`]):
/// whether it names the host, and the name. A label the body uses again is a speaker's, not a
/// credit's.
fn dropped_credit(d: &Dropped, paras: &[Para]) -> Option<(bool, String)> {
    match d.reason {
        Clutter::PageFurniture | Clutter::StageDirection => {
            let text = match d.reason {
                Clutter::StageDirection => unbracketed(&d.text)?,
                _ => d.text.as_str(),
            };
            let again = split_label(text).is_some_and(|l| {
                paras
                    .iter()
                    .filter_map(|p| split_label(&p.text))
                    .any(|p| p.label.eq_ignore_ascii_case(&l.label))
            });
            credit_line(text).filter(|_| !again)
        }
        Clutter::Date => name_after_with(&d.text)
            .filter(|(_, doubtful)| !doubtful)
            .map(|(name, _)| (false, name)),
        _ => None,
    }
}

/// `Guest: Mara Quist, boatbuilder` or `**Host:** Tom Reyes`: whether it names the host, and
/// the name (its first person when it lists several).
pub(crate) fn credit_line(text: &str) -> Option<(bool, String)> {
    let labelled = split_label(text)?;
    let label = labelled.label.to_lowercase();
    let host = HOST_LABELS.contains(&label.as_str());
    if !host && !GUEST_LABELS.contains(&label.as_str()) {
        return None;
    }
    let body = strip_emphasis(labelled.body).replace("**", "");
    let name = body
        .split([',', '(', '|', '–', '—', ';', '&'])
        .next()?
        .split(" and ")
        .next()?
        .trim();
    let short = body.split_whitespace().count() <= MAX_CREDIT_WORDS;
    let named = name.split_whitespace().count() >= 2 && is_name_like(name);
    (short && named && !name.ends_with('.')).then(|| (host, name.to_string()))
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::para;
    use super::*;

    #[test]
    fn credit_lines_name_who_speaks_and_are_dropped() {
        let mut paras = vec![
            para("**Guest:** Mara Quist, harbour engineer", 3),
            para("Host: Tom Reyes", 5),
            para("Tom talks with an engineer.", 7),
            para("Why ports, of all things?", 9),
        ];
        let mut dropped = Vec::new();
        let credits = drop_credit_lines(&mut paras, &mut dropped);
        assert_eq!(credits.guest, Some(("Mara Quist".to_string(), 3)));
        assert_eq!(credits.host, Some(("Tom Reyes".to_string(), 5)));
        assert_eq!(paras.len(), 2);
        assert_eq!(dropped.len(), 2);
        let mut show = vec![
            para("Host: Mara Quist, welcome to the show.", 3),
            para("Guest: Thank you.", 5),
            para("Host: Why boats?", 7),
        ];
        assert_eq!(
            drop_credit_lines(&mut show, &mut dropped),
            Credits::default()
        );
        for turn in [
            "Host: Welcome back to the show, everyone.",
            "Guest: Thank you.",
            "Guest: Mara.",
        ] {
            assert_eq!(credit_line(turn), None, "{turn}");
        }
    }

    #[test]
    fn a_bracketed_credit_and_a_dated_headline_dropped_as_clutter_still_name_the_people() {
        let mut paras = vec![
            para("Ivo helped on the boats all summer.", 9),
            para("K: Why boats?", 11),
            para("V: The water.", 12),
        ];
        let dropped_line = |line: usize, text: &str, reason: Clutter| Dropped {
            line,
            text: text.to_string(),
            reason,
        };
        let mut dropped = vec![
            dropped_line(5, "Interview with Ivo Lund 3/4/19", Clutter::Date),
            dropped_line(7, "(Interviewer: Kai Brandt)", Clutter::StageDirection),
            dropped_line(8, "(laughs)", Clutter::StageDirection),
        ];
        let credits = drop_credit_lines(&mut paras, &mut dropped);
        assert_eq!(credits.guest, Some(("Ivo Lund".to_string(), 5)));
        assert_eq!(credits.host, Some(("Kai Brandt".to_string(), 7)));
        assert_eq!(dropped[0].reason, Clutter::Date);
        assert_eq!(dropped[1].reason, Clutter::Credit);
        assert_eq!(dropped[2].reason, Clutter::StageDirection);
    }
}
