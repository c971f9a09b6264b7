//! Speaker labels written without a colon after them: a podcast transcript's name and
//! timestamp (`Mara Quist (00:04:10) text`, `**Dan Holloway (00:04:02)** text`), a Spanish or
//! Portuguese newspaper's `P.` and `R.` (a period instead of a colon), and a label standing
//! alone on its line with the words under it (`**Helena Prates:**` then the answer).

use super::reading::Speaker;
pub use super::roles::{is_asking_label, is_generic, ANSWER_LABELS, QUESTION_LABELS};
use super::Metadata;

/// A timestamp has two or three groups of at most this many digits ("1:02", "00:04:10").
const MAX_TIMESTAMP_DIGITS: usize = 2;

/// Words that, followed by a period, are a question or answer label (`P.`, `R.`, and the
/// spelled-out `Pregunta.`/`Respuesta.` of Spanish papers).
const PERIOD_LABELS: &[&str] = &[
    "P",
    "R",
    "Q",
    "A",
    "Pregunta",
    "Respuesta",
    "Pergunta",
    "Resposta",
];

/// A note's bracketed label is short; a longer bracket is part of a sentence.
const MAX_NOTE_LABEL_BYTES: usize = 60;

/// A panel show has a guest and two hosts or more.
const MIN_PANEL_SPEAKERS: usize = 3;

/// Words a transcription tool or an editor puts before a number or a letter instead of a
/// name (`Speaker 1`, `SPEAKER B`, `Hablante 2`, `Orador 1`), lowercase.
const PLACEHOLDER_WORDS: &[&str] = &[
    "speaker",
    "participant",
    "voice",
    "hablante",
    "orador",
    "oradora",
    "interlocutor",
    "interlocutora",
    "falante",
    "locutor",
    "locutora",
    "participante",
];

/// A placeholder number has at most this many digits (`Speaker 12`).
const MAX_PLACEHOLDER_DIGITS: usize = 2;

/// A research transcript's participant code (`E2`, `P7`, `INT01`) has at most this many
/// letters before its number; longer words are words.
const MAX_CODE_LETTERS: usize = 3;

/// ... and at most this many digits after them.
const MAX_CODE_DIGITS: usize = 3;

/// A label that stands for a speaker without naming one: a placeholder word and a number or a
/// single letter (`Speaker 1`, `Speaker B`). Who it is comes from the rhythm of the file (the
/// side that asks) and the name from the headline and introduction.
pub fn is_placeholder(label: &str) -> bool {
    // Diarisation tools join the word to its number with an underscore (`SPEAKER_01`).
    let spaced = label.replace('_', " ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    if let [code] = words.as_slice() {
        return is_participant_code(code);
    }
    let [word, mark] = words.as_slice() else {
        return false;
    };
    let numbered = (1..=MAX_PLACEHOLDER_DIGITS).contains(&mark.len())
        && mark.chars().all(|c| c.is_ascii_digit());
    let lettered = mark.chars().count() == 1 && mark.chars().all(|c| c.is_ascii_uppercase());
    PLACEHOLDER_WORDS.contains(&word.to_lowercase().as_str()) && (numbered || lettered)
}

/// A research transcript's code for an anonymous participant: a few capital letters then a
/// number (`E2`, `P7`, `INT01`), as ethics rules ask transcribers to write instead of a name.
fn is_participant_code(word: &str) -> bool {
    let letters = word.chars().take_while(char::is_ascii_uppercase).count();
    let digits = word.len() - letters;
    (1..=MAX_CODE_LETTERS).contains(&letters)
        && (1..=MAX_CODE_DIGITS).contains(&digits)
        && word[letters..].chars().all(|c| c.is_ascii_digit())
}

/// A paragraph opened by a label in square brackets (`[NOTAS DE OBSERVACIÓN]:`, `**[Note]:**`):
/// a transcriber's or observer's note between the turns, not anyone's words. A label that says
/// a role (`[Q]:`) still is a speaker's.
pub fn is_bracketed_note(paragraph: &str) -> bool {
    let is_mark = |c: char| c == '*' || c == '_';
    let Some(rest) = paragraph.trim_start_matches(is_mark).strip_prefix('[') else {
        return false;
    };
    let Some((label, after)) = rest.split_once(']') else {
        return false;
    };
    let role = is_generic(label.trim());
    label.len() <= MAX_NOTE_LABEL_BYTES
        && !role
        && !label.contains('[')
        && after.trim_start_matches(is_mark).starts_with(':')
}

/// Tags a transcriber wraps each turn in (`<interviewer>…</interviewer>`), lowercase, with the
/// role label each one stands for.
const ROLE_TAGS: &[(&str, &str)] = &[
    ("interviewer", "Interviewer"),
    ("interviewee", "Interviewee"),
    ("entrevistador", "Entrevistador"),
    ("entrevistadora", "Entrevistadora"),
    ("entrevistado", "Entrevistado"),
    ("entrevistada", "Entrevistada"),
    ("question", "Q"),
    ("answer", "A"),
];

/// A paragraph whose turns are wrapped in role tags (`<interviewer>Onde?</interviewer>
/// <interviewee>Em Tomar.</interviewee>`), rewritten as one labelled paragraph per turn
/// (`Interviewer: Onde?`, `Interviewee: Em Tomar.`). A closing tag opening the paragraph is a
/// slip for the opening one; text outside any tag stays as it is. `None` without role tags.
pub fn split_role_tags(text: &str) -> Option<Vec<String>> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        // Lowercasing changed byte offsets (rare letters): leave the paragraph as written.
        return None;
    }
    let mut tags: Vec<(usize, usize, Option<&str>)> = Vec::new();
    for (name, label) in ROLE_TAGS {
        for closing in [false, true] {
            let tag = format!("<{}{name}>", if closing { "/" } else { "" });
            for (at, _) in lower.match_indices(&tag) {
                tags.push((at, at + tag.len(), (!closing || at == 0).then_some(*label)));
            }
        }
    }
    if tags.is_empty() {
        return None;
    }
    tags.sort_unstable();
    let mut turns = Vec::new();
    let outside = text[..tags[0].0].trim();
    if !outside.is_empty() {
        turns.push(outside.to_string());
    }
    for (i, &(_, end, label)) in tags.iter().enumerate() {
        let next = tags.get(i + 1).map_or(text.len(), |t| t.0);
        let words = text[end..next]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        match (label, words.is_empty()) {
            (_, true) => {}
            (Some(label), false) => turns.push(format!("{label}: {words}")),
            (None, false) => turns.push(words),
        }
    }
    Some(turns)
}

/// A name after a role word ("Interviewer Bob Lane" is Bob Lane, later "BL").
pub fn without_role(label: &str) -> &str {
    match label.split_once(' ') {
        Some((role, name)) if is_generic(role) && name.contains(' ') => name,
        _ => label,
    }
}

/// `short` is two or more capitals, the first letters of the words of `long`, or of its first
/// and last words (transcripts shorten "Sandra Stewart Holyoak" to "SH").
pub fn is_initials_of(short: &str, long: &str) -> bool {
    let words: Vec<&str> = long.split_whitespace().collect();
    let initial = |w: &&str| w.chars().next();
    let initials: String = words.iter().filter_map(initial).collect();
    let outer: String = words
        .first()
        .into_iter()
        .chain(words.last())
        .filter_map(initial)
        .collect();
    words.len() >= 2
        && short.chars().all(char::is_uppercase)
        && (short == initials || short == outer)
}

/// Among three speakers or more, the only one whose full name (two words or more) the front
/// matter's title holds.
pub fn sole_guest_in_title<'a>(
    speakers: impl ExactSizeIterator<Item = &'a Speaker>,
    metadata: &Metadata,
) -> Option<usize> {
    let title = metadata.title.as_deref()?;
    let count = speakers.len();
    let named: Vec<usize> = speakers
        .enumerate()
        .filter(|(_, s)| {
            s.label.split_whitespace().count() >= 2 && title.contains(s.label.as_str())
        })
        .map(|(i, _)| i)
        .collect();
    match named.as_slice() {
        [only] if count >= MIN_PANEL_SPEAKERS => Some(*only),
        _ => None,
    }
}

/// Splits `Name (00:01:02) text`, `**Name (00:01:02)** text` or `[Name 00:01:02] text` into
/// the name and the text after the timestamp. The name is returned as written; the caller
/// checks that it is a name.
pub fn split_timestamp_label(paragraph: &str) -> Option<(&str, &str)> {
    let is_mark = |c: char| c == '*' || c == '_';
    let rest = paragraph.trim_start_matches(is_mark);
    let open = rest.find(['(', '['])?;
    let close = open + rest[open..].find([')', ']'])?;
    if !is_timestamp(&rest[open + 1..close]) {
        return None;
    }
    let name = rest[..open].trim();
    let body = rest[close + 1..]
        .trim_start_matches(|c: char| is_mark(c) || c == ':' || c.is_whitespace())
        .trim_end_matches(is_mark)
        .trim();
    (!name.is_empty() && !body.is_empty()).then_some((name, body))
}

/// A transcript line that only says who speaks next and when: `00:01:10 [Lee Park]`,
/// `[NV] 00:01:14`. The name and the time, as written.
pub fn timestamp_speaker_line(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    let (first, rest) = text.split_once(char::is_whitespace)?;
    let (stamp, bracket) = if is_timestamp(first) {
        (first, rest.trim())
    } else {
        let close = text.find(']')?;
        (text[close + 1..].trim(), &text[..=close])
    };
    let name = bracket.strip_prefix('[')?.strip_suffix(']')?.trim();
    (is_timestamp(stamp) && !name.is_empty() && !name.contains(['[', ']'])).then_some((name, stamp))
}

/// `00:04:10`, `4:10`, `1:02:33`: digits in two or three groups joined by colons.
fn is_timestamp(text: &str) -> bool {
    let groups: Vec<&str> = text.trim().split(':').collect();
    (2..=3).contains(&groups.len())
        && groups.iter().all(|g| {
            (1..=MAX_TIMESTAMP_DIGITS).contains(&g.len()) && g.chars().all(|c| c.is_ascii_digit())
        })
}

/// Splits `P. ¿…?`, `**P.** ¿…?` or `R. Sí…` into the letter and the text after it. The text
/// must open a sentence (a capital, `¿`, `¡`, a quote), so an initial inside a sentence is no
/// label; the caller still requires the file to use the label more than once.
pub fn split_period_label(paragraph: &str) -> Option<(&str, &str)> {
    let is_mark = |c: char| c == '*' || c == '_';
    let rest = paragraph.trim_start_matches(is_mark);
    let end = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let word = &rest[..end];
    // A single letter must be a capital ("P."), a spelled-out label may be set in capitals
    // ("PREGUNTA."); either way the label is its letter, so a paper that spells the first
    // exchange out and abbreviates the rest ("Pregunta." then "P.") uses one label.
    let letter = PERIOD_LABELS.iter().find(|l| {
        if l.len() == 1 {
            **l == word
        } else {
            l.eq_ignore_ascii_case(word)
        }
    });
    let letter = letter.map(|l| &l[..1])?;
    if !rest[end..].starts_with('.') {
        return None;
    }
    let after = &rest[end + 1..];
    // "P.- ¿…?", "R.– Sí", "P. – ¿…?": a dash after the period, as some Spanish papers print
    // it, glued or spaced.
    let dashed = after
        .trim_start_matches(|c: char| c.is_whitespace())
        .strip_prefix(['-', '–', '—'])
        .filter(|rest| after.starts_with(['-', '–', '—']) || rest.starts_with(char::is_whitespace));
    let after = dashed.unwrap_or(after);
    let body = after
        .trim_start_matches(is_mark)
        .trim_start_matches(|c: char| c.is_whitespace());
    if dashed.is_none() && body.len() == after.trim_start_matches(is_mark).len() {
        // "P.S." or "A.B.": no space after the period.
        return None;
    }
    let opens = body
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || "¿¡\"“«—–".contains(c));
    // A transcriber's note in brackets for what was not heard ("Q. (Inaudible.)", "Q. [Off
    // mic.]"): the turn is there, its words are not.
    let noted = body
        .strip_prefix(['(', '['])
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    (opens || noted).then_some((letter, body))
}

/// Letters of [`PERIOD_LABELS`] that open an answer (a spelled-out label reads as its letter).
const PERIOD_ANSWERS: &[&str] = &["R", "A"];

/// Cuts a question from the answer glued after its question mark, as some archives print a
/// period-labelled interview: "P. ¿Tuvo miedo?R. Ninguno." becomes "P. ¿Tuvo miedo?" and
/// "R. Ninguno.". Only where the answer label opens a sentence.
pub fn split_glued_answer(paragraph: &str) -> Option<(&str, &str)> {
    paragraph.match_indices(['?', '？']).find_map(|(i, mark)| {
        let (question, rest) = paragraph.split_at(i + mark.len());
        let answer = rest.trim_start();
        let (letter, _) = split_period_label(answer)?;
        let asks = split_period_label(paragraph).is_some_and(|(l, _)| !PERIOD_ANSWERS.contains(&l));
        (asks && PERIOD_ANSWERS.contains(&letter)).then_some((question, answer))
    })
}

/// A paragraph that is only a speaker label (`**Helena Prates:**`, `Rita:`, `***FN:***`), or
/// a name and a timestamp (`Mara Quist (00:04:10)`, `Mara Quist 4:10`, as transcription
/// services write them): the words are on the next line. Returns the name as written.
pub fn lone_label(paragraph: &str) -> Option<&str> {
    let is_mark = |c: char| c == '*' || c == '_';
    let inner = paragraph.trim().trim_matches(is_mark).trim();
    let label = inner
        .strip_suffix(':')
        .unwrap_or(inner)
        .trim_end_matches(is_mark)
        .trim();
    if let Some(name) = strip_timestamp(label) {
        return (!name.is_empty()).then_some(name);
    }
    (inner.ends_with(':') && !label.is_empty() && !label.contains(':')).then_some(label)
}

/// The name before a closing timestamp: "Mara Quist (00:04:10)" or "Mara Quist 4:10".
pub fn strip_timestamp(label: &str) -> Option<&str> {
    let (name, stamp) = label.rsplit_once(char::is_whitespace)?;
    let stamp = stamp.trim_start_matches('(').trim_end_matches(')');
    is_timestamp(stamp).then(|| name.trim().trim_end_matches(['*', '_']).trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_answers_are_cut_from_their_question() {
        assert_eq!(
            split_glued_answer("P. ¿Tuvo miedo?R. Ninguno, era joven."),
            Some(("P. ¿Tuvo miedo?", "R. Ninguno, era joven."))
        );
        assert_eq!(split_glued_answer("R. ¿Miedo? A. Ninguno."), None);
        assert_eq!(split_glued_answer("P. ¿Y usted? ¿Qué opina?"), None);
    }

    #[test]
    fn bracketed_labels_open_notes() {
        assert!(is_bracketed_note("**[NOTAS DE OBSERVACIÓN]:** Se ríe."));
        assert!(is_bracketed_note("[Observer note]: long pause."));
        assert!(!is_bracketed_note("[Q]: Why?"));
        assert!(!is_bracketed_note("[laughter] So we left."));
        assert!(!is_bracketed_note(
            "[Read more](https://example.org): on this."
        ));
    }

    #[test]
    fn role_tags_become_labelled_turns() {
        let turns = split_role_tags(
            "<interviewer>E a casa?</interviewer>\n<interviewee>Pequena e\nfria.</interviewee>",
        );
        assert_eq!(
            turns,
            Some(vec![
                "Interviewer: E a casa?".to_string(),
                "Interviewee: Pequena e fria.".to_string()
            ])
        );
        assert_eq!(
            split_role_tags("</interviewer>Você fala?"),
            Some(vec!["Interviewer: Você fala?".to_string()])
        );
        assert_eq!(split_role_tags("No tags <b>here</b>."), None);
    }

    #[test]
    fn timestamp_lines_name_the_next_speaker() {
        assert_eq!(
            timestamp_speaker_line("00:01:10 [Lee Park]"),
            Some(("Lee Park", "00:01:10"))
        );
        assert_eq!(
            timestamp_speaker_line("[NV] 00:01:14"),
            Some(("NV", "00:01:14"))
        );
        assert_eq!(timestamp_speaker_line("00:01:10 Lee Park"), None);
        assert_eq!(timestamp_speaker_line("[laughter]"), None);
    }

    #[test]
    fn placeholders_stand_for_unnamed_speakers() {
        for label in [
            "Speaker 1",
            "SPEAKER 2",
            "Speaker B",
            "SPEAKER_01",
            "Hablante 1",
            "Orador 12",
            "E2",
            "P7",
            "INT01",
        ] {
            assert!(is_placeholder(label), "{label}");
        }
        for label in [
            "Speaker",
            "Speaker One",
            "Speaker 123",
            "Chapter 1",
            "Speaker 1 2",
            "Speaker_",
            "Chapter_1",
            "COVID19X",
            "2E",
            "E2B",
            "Ee2",
        ] {
            assert!(!is_placeholder(label), "{label}");
        }
    }

    #[test]
    fn timestamp_labels_in_bold_brackets_and_plain() {
        assert_eq!(
            split_timestamp_label("**Mara Quist (00:04:10)** Two winters."),
            Some(("Mara Quist", "Two winters."))
        );
        assert_eq!(
            split_timestamp_label("Dan Holloway (1:02:33): And then?"),
            Some(("Dan Holloway", "And then?"))
        );
        assert_eq!(
            split_timestamp_label("[Ana 04:10] Sí."),
            None,
            "the timestamp must be alone in its brackets"
        );
        assert_eq!(split_timestamp_label("We met (in 2019) there."), None);
        assert_eq!(split_timestamp_label("Kids (ages 3:4) run."), None);
    }

    #[test]
    fn period_labels_open_a_sentence() {
        assert_eq!(
            split_period_label("**P.** ¿Qué pasó?"),
            Some(("P", "¿Qué pasó?"))
        );
        assert_eq!(split_period_label("R. Nada."), Some(("R", "Nada.")));
        assert_eq!(
            split_period_label("**Respuesta.** Nada."),
            Some(("R", "Nada."))
        );
        assert_eq!(
            split_period_label("PREGUNTA. Nos conocimos en Córdoba."),
            Some(("P", "Nos conocimos en Córdoba."))
        );
        assert_eq!(split_period_label("p. 12 of the report"), None);
        assert_eq!(split_period_label("PREGUNTAS. Dos."), None);
        assert_eq!(split_period_label("P.- ¿Y?"), Some(("P", "¿Y?")));
        assert_eq!(split_period_label("R.–Sí."), Some(("R", "Sí.")));
        assert_eq!(split_period_label("P.S. later"), None);
        assert_eq!(split_period_label("A. lincoln"), None);
        assert_eq!(split_period_label("Pablo. Sí."), None);
        assert_eq!(
            split_period_label("Q. (Inaudible.)"),
            Some(("Q", "(Inaudible.)"))
        );
        assert_eq!(split_period_label("A. (laughing) yes."), None);
    }

    #[test]
    fn a_label_alone_on_its_line() {
        assert_eq!(lone_label("**Helena Prates:**"), Some("Helena Prates"));
        assert_eq!(lone_label("***FN:***"), Some("FN"));
        assert_eq!(lone_label("Rita:"), Some("Rita"));
        assert_eq!(lone_label("**Rita:** Sim."), None);
        assert_eq!(lone_label("Note: this:"), None);
        assert_eq!(lone_label("Mara Quist (00:04:10)"), Some("Mara Quist"));
        assert_eq!(lone_label("**Dan Holloway** 4:10"), Some("Dan Holloway"));
        assert_eq!(lone_label("Dan Holloway"), None);
    }
}
