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
    is_initials_of, is_placeholder, split_period_label, split_timestamp_label, without_role,
};
use super::joint_label::is_english_joint;
use super::numbered::without_number;
use super::reading::Speaker;
use super::timestamps::split_leading_time;

/// A speaker label is the text before a colon near the start of a paragraph; past this many
/// bytes a colon belongs to the sentence.
const MAX_LABEL_BYTES: usize = 60;

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
        if is_label_like(&label) || is_placeholder(&label) {
            return Some(Labelled {
                label,
                body,
                period: false,
            });
        }
    }
    split_colon_label(paragraph)
        .or_else(|| {
            split_period_label(paragraph).map(|(letter, body)| Labelled {
                label: letter.to_string(),
                body,
                period: true,
            })
        })
        .or_else(|| split_bold_runin(paragraph))
}

/// `**Lisa** You are either…`: a name set in bold and run into the words it says, without a
/// colon, as forums and group interviews print who answers. The words after it must open a
/// sentence, so a bold term opening a sentence ("**Rye** is hard") is no label; like every
/// label, it counts only when the file uses it twice.
fn split_bold_runin(paragraph: &str) -> Option<Labelled<'_>> {
    let mark = ["**", "__"]
        .into_iter()
        .find(|m| paragraph.starts_with(m))?;
    let inner_end = mark.len() + paragraph[mark.len()..].find(mark)?;
    let name = paragraph[mark.len()..inner_end].trim();
    let body = paragraph[inner_end + mark.len()..].trim();
    let opens = opens_speech(body);
    let label = name.split_whitespace().collect::<Vec<_>>().join(" ");
    (opens && !name.ends_with(['.', ':']) && is_label_like(&label)).then_some(Labelled {
        label,
        body,
        period: false,
    })
}

/// Whether `body` opens as a speaker's words after a bold name run into them (`**Lisa** You…`):
/// a capital, or an opening question, exclamation or quotation mark.
pub fn opens_speech(body: &str) -> bool {
    body.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || "¿¡\"“«".contains(c))
}

/// `Name: text` and its emphasised and dashed forms.
fn split_colon_label(paragraph: &str) -> Option<Labelled<'_>> {
    let is_mark = |c: char| c == '*' || c == '_';
    let rest = paragraph.trim_start_matches(is_mark);
    let emphasised = rest.len() < paragraph.len();
    let (colon, after) = separator(rest).filter(|&(i, _)| i <= MAX_LABEL_BYTES)?;
    let raw = rest[..colon].trim_end().trim_end_matches(is_mark);
    // A label set in parentheses before the colon (`(Entrevistadora Ana Lima):`) is the label.
    let raw = raw
        .trim_end()
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .filter(|r| !r.contains(['(', ')']))
        .unwrap_or(raw);
    let label = raw
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let label = spaced_initials(without_number(without_qualifier(&label)));
    // "Ana & Raul" and "Ana and Raul" on one page are the same two people.
    let label = match is_english_joint(&label) {
        true => label.replace(" & ", " and "),
        false => label,
    };
    if label.ends_with('.') && split_period_label(paragraph).is_some() {
        // "P. – ¿…?": a newspaper's period label set off with a spaced dash, not a name "P.".
        return None;
    }
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
    let body = without_dangling_emphasis(body.trim());
    let lower = label.to_lowercase();
    let generic =
        QUESTION_LABELS.contains(&lower.as_str()) || ANSWER_LABELS.contains(&lower.as_str());
    (!label.is_empty()
        && !body.is_empty()
        && (generic || is_label_like(&label) || is_placeholder(&label)))
    .then_some(Labelled {
        label,
        body,
        period: false,
    })
}

/// A body without a bold mark closing it that nothing in it opens (`Ana: Why clay?**`, left
/// when a label's opening marks went with a rewritten label): no emphasis, a leftover.
fn without_dangling_emphasis(body: &str) -> &str {
    ["**", "__"]
        .into_iter()
        .find_map(|mark| {
            body.strip_suffix(mark)
                .filter(|inner| !inner.contains(mark))
                .map(str::trim_end)
        })
        .unwrap_or(body)
}

/// The label with a space after an initial glued to the next name (`J.Luís` is `J. Luís`), as
/// hurried typing writes the same speaker both ways.
fn spaced_initials(label: &str) -> String {
    let mut out = String::with_capacity(label.len() + 2);
    let mut previous: [Option<char>; 2] = [None, None];
    for c in label.chars() {
        let initial = previous[1] == Some('.') && previous[0].is_some_and(char::is_uppercase);
        if initial && c.is_uppercase() {
            out.push(' ');
        }
        out.push(c);
        previous = [previous[1], Some(c)];
    }
    out
}

/// A label without a qualifier in parentheses after the name (`P7 (probe)`, `Ana (translated)`):
/// the same speaker, in a second role or voice.
fn without_qualifier(label: &str) -> &str {
    match label.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((name, qualifier)) if !name.is_empty() && !qualifier.contains(['(', ')']) => name,
        _ => without_generation(label),
    }
}

/// Generational suffixes written after a name and a comma (`GARY BELL, JR.`), lowercase and
/// without their period.
const GENERATIONS: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// A label without the generational suffix after its name's comma (`Lee Hart, Jr.`, as press
/// transcripts label a player): the comma would make the name no label at all.
fn without_generation(label: &str) -> &str {
    match label.rsplit_once(", ") {
        Some((name, suffix))
            if !name.contains(',')
                && GENERATIONS.contains(&suffix.trim_end_matches('.').to_lowercase().as_str()) =>
        {
            name
        }
        _ => label,
    }
}

/// Where the label ends and its body starts: the first colon, or a dash or hyphen set between
/// spaces ("Inclusão Social – Como…", "Maria Souza — Não.", "Folha - Como…"), whichever
/// comes first. A dash without a space before it joins words ("2010–2014") and is no
/// separator, except after a role word that opens the paragraph (`P- O que…`, `R– Sim`): a
/// word is never hyphenated to a sentence opening with a space.
fn separator(text: &str) -> Option<(usize, usize)> {
    let colon = text.find(':').map(|i| (i, i + 1));
    let dash = text
        .char_indices()
        .find(|&(i, c)| {
            let before = &text[..i];
            let spaced_before = before.ends_with(char::is_whitespace)
                || (!before.contains(char::is_whitespace) && is_generic(before));
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

/// A label as a speaker's: name-like, or two names joined in English ("Ana and Raul", "Ana &
/// Raul"), two guests under one label. Only where a label is read: elsewhere "Love and Loss"
/// is a heading, and the joint label stays a speaker only when both are persons the file
/// names (see `find_speakers`).
fn is_label_like(label: &str) -> bool {
    is_name_like(label) || is_english_joint(label)
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
    let (a, b) = (compact_initials(a), compact_initials(b));
    let (a, b) = (a.as_str(), b.as_str());
    if is_initials_of(a, b) || is_initials_of(b, a) {
        return true;
    }
    if is_initials_of(a, &without_particles(b)) || is_initials_of(b, &without_particles(a)) {
        return true;
    }
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let (wa, wb) = (words(&a), words(&b));
    a == b || (wa.len() == 1 && wb.contains(&wa[0])) || (wb.len() == 1 && wa.contains(&wb[0]))
}

/// Initials written with periods or spaces (`M.S`, read as `M. S`, or `M. S.`) as one word
/// of capitals (`MS`), the way the same outlet or person is written elsewhere in the file or
/// the front matter: the letters, not the dots, name the speaker. Any other label as it is.
fn compact_initials(label: &str) -> String {
    let letters: Vec<&str> = label
        .split(|c: char| c == '.' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let initials = label.contains('.')
        && letters.len() >= 2
        && letters
            .iter()
            .all(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase));
    if initials {
        letters.concat()
    } else {
        label.to_string()
    }
}

/// A name without its lowercase-able particles ("The Reuben Press" → "Reuben Press"): an
/// outlet or a person shortened to initials keeps only the initials of the words that carry
/// the name ("RP"), so "the", "de", "van" leave no letter.
fn without_particles(label: &str) -> String {
    label
        .split_whitespace()
        .filter(|w| !NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The speaker whose label opens `paragraph`, with the text after the label.
pub fn speaker_of<'a, 's>(
    paragraph: &'a str,
    speakers: &'s [Speaker],
) -> Option<(&'s Speaker, &'a str)> {
    let labelled = split_label(paragraph)?;
    let find = |label: &str| {
        let exact = |s: &&Speaker| s.label.to_lowercase() == label.to_lowercase();
        speakers
            .iter()
            .find(exact)
            .or_else(|| speakers.iter().find(|s| same_speaker(&s.label, label)))
    };
    if let Some(speaker) = find(&labelled.label) {
        return Some((speaker, labelled.body));
    }
    // "R. Muchos: Juan…, Ana…" reads as a speaker "R. Muchos", whom the file never names
    // again: in a file labelled `P.`/`R.` it is the answer label and a reply opening with a colon.
    let (letter, body) = split_period_label(paragraph)?;
    find(letter).map(|speaker| (speaker, body))
}

/// True for labels that name nobody: a role (`Q`, `Interviewer`) or a placeholder
/// (`Speaker 2`). The person's name then comes from the headline and introduction.
pub fn is_nameless(label: &str) -> bool {
    is_generic(label) || is_placeholder(label)
}

#[cfg(test)]
mod tests {
    use super::super::reading::Role;
    use super::*;

    #[test]
    fn labels_in_every_published_form() {
        let cases = [
            ("Q: Why?", "Q", "Why?"),
            ("ADAM REED: Right.", "ADAM REED", "Right."),
            ("LEE HART, JR.: Sure.", "LEE HART", "Sure."),
            ("Ngozi Okafor : Because.", "Ngozi Okafor", "Because."),
            ("Jane\u{a0}Doe\u{a0}: Yes.", "Jane Doe", "Yes."),
            ("**WIRED:** How so?", "WIRED", "How so?"),
            ("**Q**: How so?", "Q", "How so?"),
            ("P: ¿Por qué?", "P", "¿Por qué?"),
            ("Pergunta: Por quê?", "Pergunta", "Por quê?"),
            ("Brasil de Fato: What now?", "Brasil de Fato", "What now?"),
            ("Inclusão Social – Como?", "Inclusão Social", "Como?"),
            ("Maria Souza — Não.", "Maria Souza", "Não."),
            ("**Ann** – Rye, always.", "Ann", "Rye, always."),
            ("P- O que fez?", "P", "O que fez?"),
            ("**Ann** Rye, always.", "Ann", "Rye, always."),
            ("**E2:** Sí.", "E2", "Sí."),
            ("Ana: ¿Por qué el barro?**", "Ana", "¿Por qué el barro?"),
            ("Ana: It was **huge**", "Ana", "It was **huge**"),
            ("**P7 (probe):** Sí.", "P7", "Sí."),
            (
                "(Entrevistada Ana Reis):Sim.",
                "Entrevistada Ana Reis",
                "Sim.",
            ),
            (
                "(Entrevistador B.Lobo): Porquê?",
                "Entrevistador B. Lobo",
                "Porquê?",
            ),
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
    fn a_reply_opening_with_a_colon_after_a_period_label_is_the_answer() {
        let speaker = |label: &str, role| Speaker {
            label: label.into(),
            role,
            count: 6,
            line: 1,
        };
        let speakers = [
            speaker("P", Role::Interviewer),
            speaker("R", Role::Interviewee),
        ];
        let (who, body) = speaker_of("R. Tres: el roble, el castaño y el haya.", &speakers)
            .expect("the answer label");
        assert_eq!(
            (who.label.as_str(), body),
            ("R", "Tres: el roble, el castaño y el haya.")
        );
        assert!(speaker_of("Tres: el roble.", &speakers).is_none());
    }

    #[test]
    fn a_heading_of_two_nouns_is_not_name_like_but_two_joined_names_label() {
        for heading in ["Love and Loss", "Work and Family", "Pros and Cons"] {
            assert!(!is_name_like(heading), "{heading}");
        }
        let joint = split_label("Ana and Raul: We met at the market.").expect("a label");
        assert_eq!(joint.label, "Ana and Raul");
    }

    #[test]
    fn initials_with_periods_are_the_same_initials() {
        assert!(same_speaker("M. S", "MS"));
        assert!(same_speaker("M. S.", "Mar de Sombras"));
        assert!(!same_speaker("M. S", "Mar Tinto"));
        assert!(same_speaker("J. Luís", "J. Luís"));
    }

    #[test]
    fn initials_skip_the_particles_of_a_name() {
        assert!(same_speaker("RP", "The Reuben Press"));
        assert!(same_speaker("Harbour Post of Leith", "HPL"));
        // Neither all the initials ("AdSL") nor the outer ones ("AL") spell it.
        assert!(same_speaker("ASL", "Ana de Souza Lima"));
        assert!(!same_speaker("TP", "The Reuben Gazette"));
        assert!(!same_speaker("RG", "The Reuben Press"));
    }
}
