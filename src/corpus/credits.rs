//! Credit lines of a show page ("Guest: Mara Quist, harbour engineer", "Host: Tom Reyes"): they
//! name who speaks and are not quoted.

use super::clean::strip_emphasis;
use super::cues::ends_with_question_mark;
use super::head::Head;
use super::labels::{is_name_like, split_label};
use super::reading::Para;
use super::reading::{Clutter, Dropped};

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

/// A short credit line right above a date line was dropped with it, as its caption
/// ("**Entrevistado:** Tiago Ferraz" over "**Data:** 2 de Maio"): it still names the person.
fn recover_credits(paras: &[Para], dropped: &mut [Dropped], credits: &mut Credits) {
    let first_question = paras
        .iter()
        .find(|p| ends_with_question_mark(&p.text))
        .map_or(usize::MAX, |p| p.line);
    for d in dropped
        .iter_mut()
        .filter(|d| d.reason == Clutter::PageFurniture && d.line < first_question)
    {
        let again = split_label(&d.text).is_some_and(|l| {
            paras
                .iter()
                .filter_map(|p| split_label(&p.text))
                .any(|p| p.label.eq_ignore_ascii_case(&l.label))
        });
        let Some((host, name)) = credit_line(&d.text).filter(|_| !again) else {
            continue;
        };
        let slot = if host {
            &mut credits.host
        } else {
            &mut credits.guest
        };
        if slot.is_none() {
            *slot = Some((name, d.line));
            d.reason = Clutter::Credit;
        }
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
}
