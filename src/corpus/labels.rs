//! Speaker labels, the strongest sign of who speaks: `Q:`/`A:`, `P:`/`R:`, `Pergunta:`, names
//! in any case (`ADAM REED:`, `Okafor :`, `**WIRED:**`), outlets. A label counts only when the
//! file uses it (on two paragraphs or more, or it names someone in the front matter), so a
//! sentence such as "Latin America: a region" keeps its first words. Roles come from the label's
//! meaning when it has one (`Q`, `Interviewer`), from the front matter, and otherwise from the
//! rhythm of the file: the side whose paragraphs are shorter asks.

pub use super::display::display_name;
use super::display::MAX_NAME_WORDS;
pub use super::forms::{
    is_asking_label, is_bracketed_note, is_generic, ANSWER_LABELS, QUESTION_LABELS,
};
use super::forms::{
    is_initials_of, is_placeholder, sole_guest_in_title, split_period_label, split_timestamp_label,
    without_role,
};
use super::numbered::without_number;
use super::reading::{Role, Speaker};
use super::timestamps::split_leading_time;
use super::Metadata;

/// A speaker label is the text before a colon near the start of a paragraph; past this many
/// bytes a colon belongs to the sentence.
const MAX_LABEL_BYTES: usize = 60;

/// A label becomes a file's speaker when it opens this many paragraphs.
const MIN_LABEL_USES: usize = 2;

/// A speaker whose paragraphs hold a `?` at least this often is the one asking.
const ASKING_SHARE: f64 = 0.5;

/// Lowercase words allowed inside a name-like label ("Brasil de Fato", "Ludwig van Beethoven").
pub const NAME_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "y", "e",
    "al", "bin", "of", "the",
];

/// A label at the start of a paragraph: the label as written and the text after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled<'a> {
    /// The label without colon, emphasis or surrounding spaces.
    pub label: String,
    /// The paragraph after the label.
    pub body: &'a str,
    /// Written with a period instead of a colon (`P.`, `R.`): counts only when the file uses
    /// it more than once, since an initial can open a sentence too.
    pub period: bool,
}

/// Splits `Name: text`, `Name : text`, `**Name:** text` or `**Name**: text` (also with a
/// non-breaking space), `Name (00:01:02) text` or `P. text` into label and body, if the prefix
/// looks like a label.
pub fn split_label(paragraph: &str) -> Option<Labelled<'_>> {
    let timed = split_timestamp_label(paragraph).or_else(|| split_leading_time(paragraph));
    if let Some((name, body)) = timed {
        let label = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if is_name_like(&label) || is_placeholder(&label) {
            return Some(Labelled {
                label,
                body,
                period: false,
            });
        }
    }
    split_colon_label(paragraph).or_else(|| {
        split_period_label(paragraph).map(|(letter, body)| Labelled {
            label: letter.to_string(),
            body,
            period: true,
        })
    })
}

/// `Name: text` and its emphasised and dashed forms.
fn split_colon_label(paragraph: &str) -> Option<Labelled<'_>> {
    let is_mark = |c: char| c == '*' || c == '_';
    let rest = paragraph.trim_start_matches(is_mark);
    let emphasised = rest.len() < paragraph.len();
    let (colon, after) = separator(rest).filter(|&(i, _)| i <= MAX_LABEL_BYTES)?;
    let raw = rest[..colon].trim_end_matches(is_mark);
    let label = raw
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let label = without_number(without_qualifier(&label)).to_string();
    let mut body = rest[after..].trim_start();
    if emphasised {
        // "**Name:** text", "_**Outlet: question**_": the marks around the label go with it.
        body = body.trim_start_matches(|c: char| is_mark(c) || c.is_whitespace());
        if paragraph.ends_with(is_mark) && !body.starts_with(is_mark) {
            let closing = paragraph.len() - paragraph.trim_end_matches(is_mark).len();
            if closing <= paragraph.len() - rest.len() + 1 {
                body = body.trim_end_matches(is_mark);
            }
        }
    }
    let body = body.trim();
    let lower = label.to_lowercase();
    let generic =
        QUESTION_LABELS.contains(&lower.as_str()) || ANSWER_LABELS.contains(&lower.as_str());
    (!label.is_empty()
        && !body.is_empty()
        && (generic || is_name_like(&label) || is_placeholder(&label)))
    .then_some(Labelled {
        label,
        body,
        period: false,
    })
}

/// A label without a qualifier in parentheses after the name (`P7 (probe)`, `Ana (translated)`):
/// the same speaker, in a second role or voice.
fn without_qualifier(label: &str) -> &str {
    match label.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((name, qualifier)) if !name.is_empty() && !qualifier.contains(['(', ')']) => name,
        _ => label,
    }
}

/// Where the label ends and its body starts: the first colon, or a dash or hyphen set between
/// spaces ("Inclusão Social – Como…", "Maria Souza — Não.", "Folha - Como…"), whichever
/// comes first. A dash without a space before it joins words ("2010–2014") and is no
/// separator.
fn separator(text: &str) -> Option<(usize, usize)> {
    let colon = text.find(':').map(|i| (i, i + 1));
    let dash = text
        .char_indices()
        .find(|&(i, c)| {
            let spaced_before = text[..i].ends_with(char::is_whitespace);
            let spaced_after = text[i + c.len_utf8()..].starts_with(char::is_whitespace);
            matches!(c, '–' | '—' | '-') && spaced_before && spaced_after
        })
        .map(|(i, c)| (i, i + c.len_utf8()));
    colon.into_iter().chain(dash).min()
}

/// 1 to 5 words, each capitalised (or in capitals) or a particle, no digits or sentence marks.
pub fn is_name_like(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let capitalised = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    let clean = !label.contains([',', ';', '!', '?', '"', '“', '”', '(', ')', '[', ']', '*'])
        && !label.chars().any(|c| c.is_ascii_digit());
    clean
        && (1..=MAX_NAME_WORDS).contains(&words.len())
        && capitalised(words[0])
        && words
            .iter()
            .all(|w| capitalised(w) || NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
}

/// Two labels name the same speaker: equal ignoring case, one is a word of the other
/// ("OKAFOR" and "Ngozi Okafor"), or one is the initials of the other ("NV" and "Nora Vale",
/// as transcripts shorten a speaker after the first turn), also past a role word before a
/// name ("Interviewer Bob Lane" and "BL").
pub fn same_speaker(a: &str, b: &str) -> bool {
    same_name(a, b) || same_name(without_role(a), without_role(b))
}

/// See [`same_speaker`].
fn same_name(a: &str, b: &str) -> bool {
    if is_initials_of(a, b) || is_initials_of(b, a) {
        return true;
    }
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let (wa, wb) = (words(&a), words(&b));
    a == b || (wa.len() == 1 && wb.contains(&wa[0])) || (wb.len() == 1 && wa.contains(&wb[0]))
}

/// The speakers of a file, from the labels of its paragraphs (`(text, line)` pairs, title and
/// clutter excluded). Empty when the file does not use labels.
pub fn find_speakers(paragraphs: &[(&str, usize)], metadata: &Metadata) -> Vec<Speaker> {
    let named = |label: &str| {
        [
            &metadata.interviewer,
            &metadata.outlet,
            &metadata.interviewee,
        ]
        .into_iter()
        .flatten()
        .any(|name| same_speaker(label, name))
    };
    let (mut found, with_colon) = tally(paragraphs);
    let first_exchange = first_exchange(paragraphs);
    let only_period = |s: &Speaker| !with_colon.contains(&s.label.to_lowercase());
    // Period labels need the asking side to recur ("P." twice): then a single "R." counts too,
    // while two answers opening with an initial ("A. J. Ayer…") make no labelled file.
    let period_file = found.iter().any(|(s, _, _)| {
        only_period(s)
            && s.count >= MIN_LABEL_USES
            && QUESTION_LABELS.contains(&s.label.to_lowercase().as_str())
    });
    // A name with a timestamp is a transcript's explicit turn, even a panelist's single one.
    let timed: Vec<String> = paragraphs
        .iter()
        .filter_map(|(text, _)| split_timestamp_label(text))
        .map(|(name, _)| name.to_lowercase())
        .collect();
    found.retain(|(s, _, _)| {
        if only_period(s) && !period_file {
            return false;
        }
        s.count >= MIN_LABEL_USES
            || timed.contains(&s.label.to_lowercase())
            || named(&s.label)
            || is_generic(&s.label)
            || first_exchange.iter().any(|l| same_speaker(l, &s.label))
    });
    assign_roles(
        &mut found,
        metadata,
        first_exchange.first().map(String::as_str),
    );
    found.into_iter().map(|(s, _, _)| s).collect()
}

/// Each label of the file, once: (speaker, total words of its paragraphs, paragraphs that
/// ask), and the labels written with a colon at least once (`P.` alone must recur to count).
fn tally(paragraphs: &[(&str, usize)]) -> (Vec<(Speaker, usize, usize)>, Vec<String>) {
    let mut found: Vec<(Speaker, usize, usize)> = Vec::new();
    // Labels written with a colon at least once; `P.` alone must recur to count.
    let mut with_colon: Vec<String> = Vec::new();
    let mut previous: Option<String> = None;
    for (text, line) in paragraphs {
        let Some(labelled) = split_label(text) else {
            previous = None;
            continue;
        };
        let replies_to = previous.replace(labelled.label.clone());
        if !labelled.period {
            with_colon.push(labelled.label.to_lowercase());
        }
        let words = labelled.body.split_whitespace().count();
        let asks = usize::from(labelled.body.contains('?'));
        // A short form answering its long form ("Rui:" then "Mãe do Rui:") is someone else.
        let talks_to_itself = |label: &str| {
            replies_to
                .as_deref()
                .is_some_and(|r| same_speaker(r, label) && !r.eq_ignore_ascii_case(label))
                && !is_initials_of(label, replies_to.as_deref().unwrap_or_default())
        };
        let exact = found
            .iter()
            .position(|(s, _, _)| s.label.to_lowercase() == labelled.label.to_lowercase());
        let index = exact.or_else(|| {
            found.iter().position(|(s, _, _)| {
                same_speaker(&s.label, &labelled.label) && !talks_to_itself(&labelled.label)
            })
        });
        match index.map(|i| &mut found[i]) {
            Some((speaker, total, asked)) => {
                speaker.count += 1;
                *total += words;
                *asked += asks;
                // Keep the fullest form of a name: "Ngozi Okafor" rather than "Okafor".
                if labelled.label.split_whitespace().count()
                    > speaker.label.split_whitespace().count()
                {
                    speaker.label = labelled.label.clone();
                }
            }
            None => found.push((
                Speaker {
                    label: labelled.label.clone(),
                    role: Role::Interviewee,
                    count: 1,
                    line: *line,
                },
                words,
                asks,
            )),
        }
    }
    (found, with_colon)
}

/// Labels used once, on a question and the answer right after it ("Outlet Name: Why now?" /
/// "Jane Doe: Because."): many sites label the first exchange only.
fn first_exchange(paragraphs: &[(&str, usize)]) -> Vec<String> {
    paragraphs
        .windows(2)
        .filter_map(|pair| {
            let (asked, answered) = (split_label(pair[0].0)?, split_label(pair[1].0)?);
            let named = |l: &Labelled| l.label.split_whitespace().count() >= 2;
            (named(&asked) && named(&answered) && asked.body.trim_end().ends_with(['?', '？']))
                .then_some([asked.label, answered.label])
        })
        .take(1)
        .flatten()
        .collect()
}

/// Roles the labels say themselves (`Q`, `Respuesta`) or the front matter gives; true where
/// the role is decided.
fn roles_by_meaning(found: &mut [(Speaker, usize, usize)], metadata: &Metadata) -> Vec<bool> {
    let mut decided = vec![false; found.len()];
    for (i, (speaker, _, _)) in found.iter_mut().enumerate() {
        let lower = speaker.label.to_lowercase();
        let asks = is_asking_label(&lower)
            || [&metadata.interviewer, &metadata.outlet]
                .into_iter()
                .flatten()
                .any(|name| same_speaker(&speaker.label, name));
        let answers = ANSWER_LABELS.contains(&lower.as_str())
            || metadata
                .interviewee
                .as_ref()
                .is_some_and(|name| same_speaker(&speaker.label, name));
        if asks || answers {
            speaker.role = if asks {
                Role::Interviewer
            } else {
                Role::Interviewee
            };
            decided[i] = true;
        }
    }
    decided
}

/// Gives each speaker a role: by meaning, by front matter, then by rhythm (the speaker with the
/// shortest paragraphs on average asks), unless the first exchange shows who asked.
fn assign_roles(found: &mut [(Speaker, usize, usize)], metadata: &Metadata, asker: Option<&str>) {
    let decided = roles_by_meaning(found, metadata);
    let has_interviewer = found
        .iter()
        .zip(&decided)
        .any(|((s, _, _), d)| *d && s.role == Role::Interviewer);
    if has_interviewer {
        return;
    }
    let undecided: Vec<usize> = (0..found.len()).filter(|&i| !decided[i]).collect();
    if found.len() < 2 {
        return;
    }
    if let Some(guest) = sole_guest_in_title(found.iter().map(|(s, _, _)| s), metadata) {
        // A panel show: the one person the headline names answers, everyone else asks.
        for i in undecided {
            found[i].0.role = [Role::Interviewer, Role::Interviewee][usize::from(i == guest)];
        }
        return;
    }
    if let Some(hint) = asker.and_then(|a| {
        undecided
            .iter()
            .find(|&&i| same_speaker(&found[i].0.label, a))
    }) {
        found[*hint].0.role = Role::Interviewer;
        return;
    }
    // The side that asks: most of its paragraphs hold a `?`; else the one with the shortest
    // paragraphs.
    let asking = |i: usize| found[i].2 as f64 / found[i].0.count.max(1) as f64;
    let mean = |i: usize| found[i].1 as f64 / found[i].0.count.max(1) as f64;
    let by_questions = undecided
        .iter()
        .copied()
        .filter(|&i| asking(i) >= ASKING_SHARE)
        .max_by(|&a, &b| asking(a).total_cmp(&asking(b)));
    let by_length = undecided
        .iter()
        .copied()
        .min_by(|&a, &b| mean(a).total_cmp(&mean(b)));
    let sole = || super::asking::sole_asker(undecided.iter().map(|&i| (i, found[i].2)));
    if let Some(asker) = by_questions.or_else(sole).or(by_length) {
        found[asker].0.role = Role::Interviewer;
    }
}

/// The speaker whose label opens `paragraph`, with the text after the label.
pub fn speaker_of<'a, 's>(
    paragraph: &'a str,
    speakers: &'s [Speaker],
) -> Option<(&'s Speaker, &'a str)> {
    let labelled = split_label(paragraph)?;
    let exact = |s: &&Speaker| s.label.to_lowercase() == labelled.label.to_lowercase();
    let speaker = speakers.iter().find(exact).or_else(|| {
        speakers
            .iter()
            .find(|s| same_speaker(&s.label, &labelled.label))
    })?;
    Some((speaker, labelled.body))
}

/// True for labels that name nobody: a role (`Q`, `Interviewer`) or a placeholder
/// (`Speaker 2`). The person's name then comes from the headline and introduction.
pub fn is_nameless(label: &str) -> bool {
    is_generic(label) || is_placeholder(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_every_published_form() {
        let cases = [
            ("Q: Why?", "Q", "Why?"),
            ("ADAM REED: Right.", "ADAM REED", "Right."),
            ("Ngozi Okafor : Because.", "Ngozi Okafor", "Because."),
            ("Jane\u{a0}Doe\u{a0}: Yes.", "Jane Doe", "Yes."),
            ("**WIRED:** How so?", "WIRED", "How so?"),
            ("**Q**: How so?", "Q", "How so?"),
            ("P: ¿Por qué?", "P", "¿Por qué?"),
            ("Pergunta: Por quê?", "Pergunta", "Por quê?"),
            ("Brasil de Fato: What now?", "Brasil de Fato", "What now?"),
            ("Inclusão Social – Como?", "Inclusão Social", "Como?"),
            ("Maria Souza — Não.", "Maria Souza", "Não."),
            ("**E2:** Sí.", "E2", "Sí."),
            ("**P7 (probe):** Sí.", "P7", "Sí."),
            (
                "Joana Prates - Com o meu tio.",
                "Joana Prates",
                "Com o meu tio.",
            ),
            (
                "Maria\u{a0}Souza\u{a0}— Sim: tudo.",
                "Maria Souza",
                "Sim: tudo.",
            ),
        ];
        for (text, label, body) in cases {
            let found = split_label(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((found.label.as_str(), found.body), (label, body), "{text}");
        }
        for text in [
            "In short, this: no.",
            "The reason is simple: money.",
            "Q:",
            "1998: a year.",
            "Between 2010–2014: growth.",
            "In short – no.",
        ] {
            assert_eq!(split_label(text), None, "{text}");
        }
    }

    #[test]
    fn roles_come_from_meaning_front_matter_or_rhythm() {
        let paragraphs = [
            ("THE LEDGER: Why?", 1),
            (
                "OKAFOR: Because of a long list of reasons that I will now explain.",
                3,
            ),
            ("THE LEDGER: And then?", 5),
            (
                "Ngozi Okafor: Then more reasons came, one after the other.",
                7,
            ),
        ];
        let speakers = find_speakers(&paragraphs, &Metadata::default());
        let roles: Vec<_> = speakers
            .iter()
            .map(|s| (s.label.as_str(), s.role, s.count))
            .collect();
        assert_eq!(
            roles,
            [
                ("THE LEDGER", Role::Interviewer, 2),
                ("Ngozi Okafor", Role::Interviewee, 2)
            ]
        );
        let relation = [
            ("Rui: Onde nasceste?", 1),
            ("Mãe do Rui: Em Viseu.", 3),
            ("Rui: E a escola?", 5),
            ("Mãe do Rui: Só até à quarta classe.", 7),
        ];
        let labels: Vec<_> = find_speakers(&relation, &Metadata::default())
            .into_iter()
            .map(|s| (s.label, s.role))
            .collect();
        assert_eq!(
            labels,
            [
                ("Rui".to_string(), Role::Interviewer),
                ("Mãe do Rui".to_string(), Role::Interviewee)
            ]
        );
        let once = [("Latin America: a region.", 1)];
        assert!(find_speakers(&once, &Metadata::default()).is_empty());
        let initials = [("A. J. Ayer wrote it.", 1), ("A. J. Ayer again.", 3)];
        assert!(find_speakers(&initials, &Metadata::default()).is_empty());
        let period = [("P. ¿Qué?", 1), ("R. Nada.", 3), ("P. ¿Y?", 5)];
        let labels: Vec<_> = find_speakers(&period, &Metadata::default())
            .into_iter()
            .map(|s| (s.label, s.role))
            .collect();
        assert_eq!(
            labels,
            [
                ("P".to_string(), Role::Interviewer),
                ("R".to_string(), Role::Interviewee)
            ]
        );
    }
}
