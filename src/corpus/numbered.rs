//! Role labels numbered per person, as oral-history archives set them when several people ask
//! (`P/1 –`, `P/2 –` for the first and second interviewer, `R –` for the answer): the number
//! tells the askers apart, the letter says the role. Such transcripts often print the time of
//! each turn before its label (`00:00:36 P/1 - …`) and, typed by hand, now and then drop the
//! slash (`P1 –` once among many `P/1 -`).

use super::reading::Para;
use super::roles::is_generic;
use super::timestamps::is_clock;

/// Turns labelled with a numbered role (`P/1`) before a file is read as a numbered
/// transcript: once may be a fraction or a date ("1/2 – …").
const MIN_NUMBERED_TURNS: usize = 2;

/// `P/1` → `P`, `Q/2` → `Q`: a role label with the number of the person after a slash.
/// Any other label is returned as it is.
pub fn without_number(label: &str) -> &str {
    match label.split_once('/') {
        Some((role, number))
            if is_generic(role)
                && !number.is_empty()
                && number.chars().all(|c| c.is_ascii_digit()) =>
        {
            role
        }
        _ => label,
    }
}

/// How a turn of a numbered transcript opens: the time before the label (if any), the role
/// letter or word, the person's number and whether a slash set it off, and the words after
/// the label's separator.
#[derive(Debug, PartialEq, Eq)]
struct Opening<'a> {
    timed: bool,
    role: &'a str,
    number: &'a str,
    slash: bool,
    body: &'a str,
}

/// Reads `00:00:36 P/1 - text`, `P1 – text`, `R - text` (the time optional, a colon or a
/// spaced dash after the label).
fn opening(text: &str) -> Option<Opening<'_>> {
    let text = text.trim_start();
    let (first, rest) = text.split_once(char::is_whitespace)?;
    let (timed, rest) = if is_clock(first) {
        (true, rest.trim_start())
    } else {
        (false, text)
    };
    let end = rest.find(|c: char| c.is_whitespace() || matches!(c, ':' | '–' | '—' | '-'))?;
    let (label, after) = rest.split_at(end);
    let after = after.trim_start();
    let body = after
        .strip_prefix([':', '–', '—', '-'])
        .filter(|b| b.starts_with(char::is_whitespace))?
        .trim_start();
    let role_end = label
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(label.len());
    let (role, tail) = label.split_at(role_end);
    let (slash, number) = match tail.strip_prefix('/') {
        Some(n) => (true, n),
        None => (false, tail),
    };
    let numbered = number.chars().all(|c| c.is_ascii_digit()) && (!slash || !number.is_empty());
    (is_generic(role) && numbered && !body.is_empty()).then_some(Opening {
        timed,
        role,
        number,
        slash,
        body,
    })
}

/// In a transcript labelling its askers `P/1`, `P/2` (see the module doc), writes every turn
/// as `P/1: …` or `R: …`: the time before a label is dropped (it is no part of the words, and
/// it hid the label), and a label missing its slash (`P1`) is the numbered label the file uses
/// elsewhere. Other files are left as they are: `P1:` alone is a research participant's code.
pub fn tidy_numbered_turns(paras: &mut [Para]) {
    let openings: Vec<Option<Opening>> = paras.iter().map(|p| opening(&p.text)).collect();
    let numbered: Vec<(String, &str)> = openings
        .iter()
        .flatten()
        .filter(|o| o.slash)
        .map(|o| (o.role.to_lowercase(), o.number))
        .collect();
    if numbered.len() < MIN_NUMBERED_TURNS {
        return;
    }
    let rewritten: Vec<Option<String>> = openings
        .iter()
        .map(|o| {
            let o = o.as_ref()?;
            let known = numbered.contains(&(o.role.to_lowercase(), o.number));
            let unslashed = !o.slash && !o.number.is_empty();
            if unslashed && !known {
                return None;
            }
            let label = match o.number {
                "" => o.role.to_string(),
                n => format!("{}/{n}", o.role),
            };
            (o.timed || unslashed).then(|| format!("{label}: {}", o.body))
        })
        .collect();
    for (para, text) in paras.iter_mut().zip(rewritten) {
        if let Some(text) = text {
            para.text = text;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str, line: usize) -> Para {
        Para {
            text: text.into(),
            line,
            after_break: false,
            after_separator: false,
            quoted: false,
            under_previous: true,
        }
    }

    #[test]
    fn a_numbered_role_label_is_the_role() {
        assert_eq!(without_number("P/1"), "P");
        assert_eq!(without_number("Q/2"), "Q");
        assert_eq!(without_number("Ana/1"), "Ana/1");
        assert_eq!(without_number("P/x"), "P/x");
    }

    #[test]
    fn the_time_and_a_lost_slash_leave_the_numbered_label() {
        let mut paras: Vec<Para> = [
            "00:00:12 P/1 - Boa tarde. Onde nasceu?",
            "R - Em Tavira, numa casa junto ao rio.",
            "00:00:31 P1 – E os seus pais?",
            "R - Pescadores, os dois.",
            "00:01:02 P/2 - E a escola?",
            "00:01:09 R: Só até aos dez anos.",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| para(t, i + 1))
        .collect();
        tidy_numbered_turns(&mut paras);
        let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "P/1: Boa tarde. Onde nasceu?",
                "R - Em Tavira, numa casa junto ao rio.",
                "P/1: E os seus pais?",
                "R - Pescadores, os dois.",
                "P/2: E a escola?",
                "R: Só até aos dez anos.",
            ]
        );
    }

    #[test]
    fn an_archive_transcript_shows_its_questions_without_time_or_label() {
        let text = "Projeto: Vozes do Rio\n\
                    Entrevistada por Caio Mendes\n\
                    00:00:12 P/1 - Boa tarde. Qual é o seu nome completo?\n\
                    R - Rosa Tavares Lima, nasci em Tavira.\n\
                    00:00:31 P1 – E os seus pais, faziam o quê?\n\
                    R - Pescadores, os dois.\n\
                    00:01:02 P/1 - E a escola?\n\
                    R - Só até aos dez anos.";
        let reading = crate::corpus::read("t", text).expect("parses");
        let questions: Vec<&str> = (reading.interview.turns.iter())
            .map(|t| t.question.as_str())
            .collect();
        assert_eq!(
            questions,
            [
                "Boa tarde. Qual é o seu nome completo?",
                "E os seus pais, faziam o quê?",
                "E a escola?"
            ]
        );
    }

    #[test]
    fn participant_codes_and_times_in_other_files_stay() {
        let texts = [
            "P1: I started in 2009.",
            "10:30 P1 - We met then.",
            "00:00:12 P/1 - Once only.",
        ];
        let mut paras: Vec<Para> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| para(t, i + 1))
            .collect();
        tidy_numbered_turns(&mut paras);
        let after: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(after, texts);
    }
}
