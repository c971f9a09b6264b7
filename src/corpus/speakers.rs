//! Which labels are the file's speakers, and who asks: a label counts when the file uses it
//! (on two paragraphs or more, on the first exchange, or it names someone in the front matter);
//! roles come from the label's meaning (`Q`, `Interviewer`), the front matter, and otherwise
//! from the rhythm of the file: the side whose paragraphs hold the questions, or are shorter,
//! asks.

use super::cues::ends_with_question_mark;
use super::fellow_answerers::{is_english_joint, persons_named};
use super::forms::{is_initials_of, is_placeholder, split_period_label, split_timestamp_label};
use super::labels::{
    is_asking_label, is_generic, same_speaker, split_label, Labelled, ANSWER_LABELS,
    QUESTION_LABELS,
};
use super::reading::{Role, Speaker};
use super::speaker_roles::{assign_roles, settle_only_label};
use super::Metadata;

/// A label becomes a file's speaker when it opens this many paragraphs.
const MIN_LABEL_USES: usize = 2;

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
    let replies_to_credited = replies_to_credited(paragraphs, metadata);
    let (mut found, with_colon) = tally(paragraphs);
    fold_period_replies(&mut found);
    let first_exchange = first_exchange(paragraphs);
    let first_answer = super::lone_reply::first_answer_label(paragraphs);
    let answering_role = answering_a_role(paragraphs);
    let only_period = |s: &Speaker| !with_colon.contains(&s.label.to_lowercase());
    // Period labels need the asking side to recur ("P." twice, or "P:" as some papers mix
    // the two): then a single "R." counts too, while two answers opening with an initial
    // ("A. J. Ayer…") make no labelled file.
    let texts: Vec<&str> = paragraphs.iter().map(|(t, _)| *t).collect();
    let period_file = spelled_out_exchange(paragraphs)
        || super::press::is_press_conference(&texts)
        || found.iter().any(|(s, _, _)| {
            s.count >= MIN_LABEL_USES && QUESTION_LABELS.contains(&s.label.to_lowercase().as_str())
        });
    // A name with a timestamp is a transcript's explicit turn, even a panelist's single one.
    let timed = timed_names(paragraphs);
    let (recurring_roles, recurring_placeholders) = recurring_words(&found);
    let once = super::fellow_answerers::labelled_once(paragraphs, &recurring_labels(&found));
    found.retain(|(s, _, _)| {
        // "Q and A:" heads a section; "Ana and Raul:" are two guests the file names.
        if is_english_joint(&s.label) && !persons_named(&s.label, paragraphs, None) {
            return false;
        }
        if recurs_alike(&s.label, &recurring_roles, &recurring_placeholders) {
            return true;
        }
        if only_period(s) && !period_file {
            return false;
        }
        s.count >= MIN_LABEL_USES
            || timed.contains(&s.label.to_lowercase())
            || named(&s.label)
            || is_generic(&s.label)
            || first_exchange.iter().any(|l| same_speaker(l, &s.label))
            || replies_to_credited.contains(&s.label)
            || first_answer.as_deref() == Some(s.label.as_str())
            || answering_role.contains(&s.label)
            || once.contains(&s.label)
    });
    let hint = first_asker(&found, &first_exchange);
    assign_roles(&mut found, metadata, hint.map(String::as_str));
    settle_only_label(&mut found, paragraphs, metadata);
    super::named_hosts::settle_hosts(paragraphs, metadata, found.into_iter().map(|(s, _, _)| s))
}

/// The label asking in the first exchange, as a hint of who asks. A tool's numbered voices
/// open with small talk ("How's it going?"): when another voice asks more often over the whole
/// file, that one asks, not the first exchange's.
fn first_asker<'a>(
    found: &[(Speaker, usize, usize)],
    first_exchange: &'a [String],
) -> Option<&'a String> {
    let share = |(s, _, asked): &(Speaker, usize, usize)| *asked as f64 / s.count.max(1) as f64;
    first_exchange.first().filter(|l| {
        let hinted = found
            .iter()
            .find(|f| same_speaker(&f.0.label, l))
            .map(share);
        !is_placeholder(l) || found.iter().all(|f| hinted.is_some_and(|h| share(f) <= h))
    })
}

/// Labels of the replies to a question asked under the credited interviewer's or outlet's
/// name ("Lena: …?" / "Jonas: …"): a first exchange labelled with first names only.
fn replies_to_credited(paragraphs: &[(&str, usize)], metadata: &Metadata) -> Vec<String> {
    (paragraphs.windows(2))
        .filter_map(|pair| {
            let (asked, answered) = (split_label(pair[0].0)?, split_label(pair[1].0)?);
            let credited = [&metadata.interviewer, &metadata.outlet]
                .into_iter()
                .flatten()
                .any(|name| same_speaker(&asked.label, name));
            (credited && ends_with_question_mark(asked.body)).then_some(answered.label)
        })
        .collect()
}

/// The names labelled with a timestamp (`Mara Quist (00:04:10)`), lowercase.
fn timed_names(paragraphs: &[(&str, usize)]) -> Vec<String> {
    paragraphs
        .iter()
        .filter_map(|(text, _)| split_timestamp_label(text))
        .map(|(name, _)| name.to_lowercase())
        .collect()
}

/// The labels used twice or more, lowercase.
fn recurring_labels(found: &[(Speaker, usize, usize)]) -> Vec<String> {
    found
        .iter()
        .filter(|(s, _, _)| s.count >= MIN_LABEL_USES)
        .map(|(s, _, _)| s.label.to_lowercase())
        .collect()
}

/// The role words and placeholder words of the labels used twice or more, lowercase. A second
/// interviewer under the role word of a recurring label (`Entrevistadora Ana Lima:` twice,
/// `Entrevistadora Bia Costa:` once) is a speaker too, and so is a panel's third voice
/// (`Speaker 3:` once, after `Speaker 1:` and `Speaker 2:` twice): the transcriber numbered
/// every voice the same way.
fn recurring_words(found: &[(Speaker, usize, usize)]) -> (Vec<String>, Vec<String>) {
    let recurring = || found.iter().filter(|(s, _, _)| s.count >= MIN_LABEL_USES);
    let roles = recurring()
        .filter_map(|(s, _, _)| role_word(&s.label))
        .collect();
    let placeholders = recurring()
        .filter(|(s, _, _)| is_placeholder(&s.label))
        .filter_map(|(s, _, _)| placeholder_word(&s.label))
        .collect();
    (roles, placeholders)
}

/// A label used once under a role word or a placeholder word the file uses again: a second
/// interviewer (`Entrevistadora Bia Costa:`), a panel's third voice (`Speaker 3:`).
fn recurs_alike(label: &str, roles: &[String], placeholders: &[String]) -> bool {
    role_word(label).is_some_and(|r| roles.contains(&r))
        || placeholder_word(label)
            .is_some_and(|w| is_placeholder(label) && placeholders.contains(&w))
}

/// Folds a reply read as a one-off speaker "R. Muchos" (from "R. Muchos: Juan…, Ana…") into
/// the file's `R.` label, so the count of its answers is right.
fn fold_period_replies(found: &mut Vec<(Speaker, usize, usize)>) {
    let mut i = 0;
    while i < found.len() {
        let (speaker, words, asked) = &found[i];
        let letter = (speaker.count == 1)
            .then(|| speaker.label.split_once(". "))
            .flatten()
            .map(|(letter, _)| letter);
        let into = letter.and_then(|l| found.iter().position(|(s, _, _)| s.label == l));
        match into {
            Some(j) if j != i => {
                let (words, asked) = (*words, *asked);
                found[j].0.count += 1;
                found[j].1 += words;
                found[j].2 += asked;
                found.remove(i);
            }
            _ => i += 1,
        }
    }
}

/// The word of a placeholder label before its number (`speaker` in `Speaker 3`), lowercase.
fn placeholder_word(label: &str) -> Option<String> {
    let (word, mark) = label.split_once([' ', '_'])?;
    (!mark.contains(' ')).then(|| word.to_lowercase())
}

/// The role word opening a label that also names someone (`Entrevistadora` in `Entrevistadora
/// Ana Lima`), lowercase.
fn role_word(label: &str) -> Option<String> {
    let (role, name) = label.split_once(' ')?;
    (is_generic(role) && !name.is_empty()).then(|| role.to_lowercase())
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

/// A question labelled with the word spelled out ("PREGUNTA. …", "Pregunta. …") and the answer
/// right after it labelled the same way ("RESPUESTA. …"): the words say who asks, so an
/// excerpt that prints this one exchange is a labelled file (a letter, "A.", may be an
/// initial; a word cannot).
fn spelled_out_exchange(paragraphs: &[(&str, usize)]) -> bool {
    let spelled = |text: &str| -> Option<String> {
        let (letter, _) = split_period_label(text)?;
        let word = text.trim_start_matches(['*', '_']);
        let spelled = word.chars().take_while(|c| c.is_alphabetic()).count() > 1;
        spelled.then(|| letter.to_lowercase())
    };
    paragraphs.windows(2).any(|pair| {
        let (asked, answered) = (spelled(pair[0].0), spelled(pair[1].0));
        asked.is_some_and(|l| QUESTION_LABELS.contains(&l.as_str()))
            && answered.is_some_and(|l| ANSWER_LABELS.contains(&l.as_str()))
    })
}

/// Names in capitals labelling the paragraph right after a role label that asks
/// ("INTERVIEWER: How did you start?" / "RYAN: By accident."): the role says a question was
/// put, so the name under it answers, even when an excerpt gives each guest one turn.
fn answering_a_role(paragraphs: &[(&str, usize)]) -> Vec<String> {
    paragraphs
        .windows(2)
        .filter_map(|pair| {
            let (asked, answered) = (split_label(pair[0].0)?, split_label(pair[1].0)?);
            let capitals = !answered.label.chars().any(char::is_lowercase);
            let role = is_asking_label(&asked.label.to_lowercase()) && !asked.period;
            (role && capitals && !is_generic(&answered.label)).then_some(answered.label)
        })
        .collect()
}

/// Labels used once, on a question and the answer right after it ("Outlet Name: Why now?" /
/// "Jane Doe: Because."): many sites label the first exchange only, and a transcript's
/// excerpt may hold one exchange.
fn first_exchange(paragraphs: &[(&str, usize)]) -> Vec<String> {
    paragraphs
        .windows(2)
        .filter_map(|pair| {
            let (asked, answered) = (split_label(pair[0].0)?, split_label(pair[1].0)?);
            let named = |l: &Labelled| l.label.split_whitespace().count() >= 2;
            // An outlet asks under its name in capitals ("HARBOUR: Could you…?").
            let outlet = |l: &Labelled| {
                l.label.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !l.label.chars().any(char::is_lowercase)
            };
            // A journalist's label says it asks, even over a greeting ("Jornalista Ana Lima:
            // Bom dia, presidente." / "Presidente Tavares: Bom dia, Ana.").
            // A host greeting the guest by name ("…Ingrid, welcome.") asks or not.
            let asks = asked.body.trim_end().ends_with(['?', '？'])
                || is_asking_label(&asked.label.to_lowercase())
                || super::vocative::greets_by_name(asked.body, &answered.label);
            let asker = named(&asked) || outlet(&asked);
            (asker && named(&answered) && asks).then_some([asked.label, answered.label])
        })
        .take(1)
        .flatten()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_reply_opening_with_a_word_and_a_colon_counts_as_an_answer() {
        let paragraphs = [
            ("P. ¿Un autor?", 1),
            ("R. Muchos: Ana Gil, Luis Mar.", 3),
            ("P. ¿Un libro?", 5),
            ("R. El último de Ana Gil.", 7),
        ];
        let counts: Vec<_> = find_speakers(&paragraphs, &Metadata::default())
            .into_iter()
            .map(|s| (s.label, s.count))
            .collect();
        assert_eq!(counts, [("P".to_string(), 2), ("R".to_string(), 2)]);
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

    #[test]
    fn one_exchange_labelled_with_spelled_out_words_is_a_labelled_file() {
        let excerpt = [
            ("El mercado abre a las seis. Hablamos con la pescadera.", 1),
            ("PREGUNTA. Lleva treinta años en este puesto.", 3),
            ("RESPUESTA. Treinta y dos. Empecé con mi madre.", 5),
        ];
        let labels: Vec<_> = find_speakers(&excerpt, &Metadata::default())
            .into_iter()
            .map(|s| (s.label, s.role))
            .collect();
        assert_eq!(
            labels,
            [
                ("P".into(), Role::Interviewer),
                ("R".into(), Role::Interviewee)
            ]
        );
        let initials = [("P. Ruiz lo dijo.", 1), ("A. Gil también.", 3)];
        assert!(find_speakers(&initials, &Metadata::default()).is_empty());
    }

    #[test]
    fn a_second_interviewer_under_a_recurring_role_word_is_a_speaker() {
        let excerpt = [
            ("Entrevistadora Ana Lima: Como começou?", 1),
            (
                "Entrevistada Rita Paz: Com a minha avó, numa horta pequena.",
                3,
            ),
            ("Entrevistadora Bia Costa: E agora?", 5),
            ("Entrevistada Rita Paz: Agora tenho três hortas.", 7),
            ("Entrevistadora Ana Lima: Porquê?", 9),
            ("Entrevistada Rita Paz: Porque gosto de terra.", 11),
        ];
        let labels: Vec<_> = find_speakers(&excerpt, &Metadata::default())
            .into_iter()
            .map(|s| (s.label, s.role))
            .collect();
        assert!(labels.contains(&("Entrevistadora Bia Costa".into(), Role::Interviewer)));
    }
}
