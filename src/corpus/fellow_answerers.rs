//! Several people answering one interviewer, each under their own name: a band, a team or a
//! panel whose questions are printed without a label ("¿Por qué ese nombre?") and whose
//! answers open with the name of the member who takes them ("Ana:" on most, "Luis Pardo:"
//! once, "Marta Gil:" once). A name labelling a single paragraph is still a speaker there:
//! the file already says its answers are labelled, and the introduction names the members.
//! Left as text, the label would be quoted as the words of whoever spoke before.

use super::cues::ends_with_question_mark;
use super::guest_sections::guest_labels;
pub use super::joint_label::is_english_joint;
use super::joint_label::{is_english_join, joint_parts, CONJUNCTIONS};
use super::labels::{is_name_like, split_label, Labelled, NAME_PARTICLES};
use super::lone_reply::{is_full_name, lone_reply};
use super::reading::{Role, Speaker};

/// A label recurs when it opens this many paragraphs, as a file's speakers do.
const MIN_RECURRING_USES: usize = 2;

/// The labels used once that still name a speaker: a guest's one reply to a host labelled on
/// every turn ([`lone_reply`]), fellow answerers ([`fellow_answerers`]) and a reply labelled
/// like the file's answers ([`answer_labelled_alike`]), a guest's label in their section of a
/// group interview ([`guest_labels`]). `recurring` holds the labels used
/// twice or more, lowercase.
pub fn labelled_once(paragraphs: &[(&str, usize)], recurring: &[String]) -> Vec<String> {
    let mut once: Vec<String> = lone_reply(paragraphs, recurring).into_iter().collect();
    once.extend(fellow_answerers(paragraphs, recurring));
    once.extend(answer_labelled_alike(paragraphs, recurring));
    once.extend(guest_labels(paragraphs));
    once.extend(joint_labels(paragraphs));
    once.extend(super::press::press_speakers(paragraphs));
    once
}

/// Both given names of the joint `label` are persons the file names outside the paragraph at
/// `at` (`None`: outside every paragraph labelled `label`): each one has a label of its own
/// ("Ana:", "Ana Morel:") or opens a fuller name in a paragraph's text ("Ana Morel and Raul
/// Depine run…"), and the file never writes it in lowercase, as it would a common noun
/// ("Sales & Marketing: …" over "our sales").
pub fn persons_named(label: &str, paragraphs: &[(&str, usize)], at: Option<usize>) -> bool {
    let Some((a, _, b)) = joint_parts(label) else {
        return false;
    };
    let elsewhere = |j: usize, t: &str| match at {
        Some(i) => j != i,
        None => !split_label(t).is_some_and(|l| l.label.eq_ignore_ascii_case(label)),
    };
    let others: Vec<&str> = (paragraphs.iter().enumerate())
        .filter(|&(j, (t, _))| elsewhere(j, t))
        .map(|(_, (t, _))| *t)
        .collect();
    let person = |given: &str| {
        let lower = given.to_lowercase();
        let words = || others.iter().flat_map(|t| t.split_whitespace());
        let trim = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        let common = words().any(|w| trim(w) == lower);
        let own_label = (others.iter()).filter_map(|t| split_label(t)).any(|l| {
            !l.label.eq_ignore_ascii_case(label)
                && joint_parts(&l.label).is_none()
                && l.label.split_whitespace().next() == Some(given)
        });
        let in_full = others.iter().any(|t| {
            let words: Vec<&str> = t.split_whitespace().collect();
            words.windows(2).any(|w| {
                w[0] == given && w[1].starts_with(char::is_uppercase) && !is_english_join(w[1])
            })
        });
        !common && (own_label || in_full)
    };
    person(a) && person(b)
}

/// The fullest name `given` opens in `texts`: the capitalised words after it (particles
/// between them, not a conjunction), up to a word closing a clause ("Tiago da Costa Reis.").
pub fn full_name(given: &str, texts: &[&str]) -> String {
    let trim = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let runs = texts.iter().flat_map(|text| {
        let words: Vec<&str> = text.split_whitespace().collect();
        (0..words.len())
            .filter(|&i| trim(words[i]) == given)
            .map(|i| {
                let mut name = vec![given.to_string()];
                let mut end = i;
                while !words[end].ends_with([',', '.', ';', ':', '?', '!', ')']) {
                    let Some(next) = words.get(end + 1) else {
                        break;
                    };
                    // "Rosa Lima e Tiago…": a conjunction joins the next person's name.
                    let particle = NAME_PARTICLES.contains(next)
                        && !CONJUNCTIONS.contains(next)
                        && words
                            .get(end + 2)
                            .is_some_and(|w| w.starts_with(char::is_uppercase));
                    if !(next.starts_with(char::is_uppercase) || particle) {
                        break;
                    }
                    name.push(trim(next));
                    end += 1;
                }
                name.join(" ")
            })
            .collect::<Vec<_>>()
    });
    runs.max_by_key(|n| n.split_whitespace().count())
        .unwrap_or_else(|| given.to_string())
}

/// Joint labels of two guests answering together ("Rosa e Tiago: …"), each given name
/// opening a fuller name the file writes elsewhere ("…os curadores Rosa Lima e Tiago da
/// Costa Reis."), on a paragraph that answers an unlabelled question right above it: both
/// are the interviewees, and the label is no words of theirs.
pub fn joint_labels(paragraphs: &[(&str, usize)]) -> Vec<String> {
    let named_in_full = |i: usize, given: &str| {
        (paragraphs.iter().enumerate())
            .filter(|&(j, _)| j != i)
            .flat_map(|(_, (t, _))| {
                t.split_whitespace()
                    .collect::<Vec<_>>()
                    .windows(2)
                    .map(|w| (w[0], w[1]))
                    .collect::<Vec<_>>()
            })
            .any(|(first, next)| first == given && next.starts_with(char::is_uppercase))
    };
    (1..paragraphs.len())
        .filter(|&i| {
            let asked = paragraphs[i - 1].0;
            split_label(asked).is_none() && ends_with_question_mark(asked)
        })
        .filter_map(|i| split_label(paragraphs[i].0).map(|l| (i, l)))
        .filter(|(i, l)| {
            !l.period
                && !ends_with_question_mark(l.body)
                && joint_parts(&l.label)
                    .is_some_and(|(a, _, b)| named_in_full(*i, a) && named_in_full(*i, b))
                && (!is_english_joint(&l.label) || persons_named(&l.label, paragraphs, Some(*i)))
        })
        .map(|(_, l)| l.label)
        .collect()
}

/// Makes every speaker an interviewee when the file has fellow answerers: only answers are
/// labelled there, so no label asks (the rhythm rule would make the one with the shortest
/// replies the interviewer). A joint label makes only itself a guest: the interviewer may
/// still ask under their own label ("Marta Gil: ¿Cómo se conocieron?").
pub fn answerers_only(paragraphs: &[(&str, usize)], speakers: &mut [Speaker]) {
    let recurring: Vec<String> = (speakers.iter())
        .filter(|s| s.count >= MIN_RECURRING_USES)
        .map(|s| s.label.to_lowercase())
        .collect();
    let everyone = !fellow_answerers(paragraphs, &recurring).is_empty()
        || answering_pair(paragraphs, &recurring);
    let joint = joint_labels(paragraphs);
    for speaker in speakers.iter_mut() {
        if everyone || joint.iter().any(|j| j.eq_ignore_ascii_case(&speaker.label)) {
            speaker.role = Role::Interviewee;
        }
    }
}

/// Two recurring labels or more, none of whose paragraphs asks, in a file whose unlabelled
/// paragraphs ask, each right before a labelled one, at least [`MIN_UNLABELLED_QUESTIONS`]
/// times: the guests of a duo or a band
/// answer unlabelled questions, each under their name, and neither is the interviewer (who
/// would ask under their label).
fn answering_pair(paragraphs: &[(&str, usize)], recurring: &[String]) -> bool {
    let labels: Vec<Option<Labelled>> = paragraphs.iter().map(|(t, _)| split_label(t)).collect();
    let asks = |t: &str| t.contains(['?', '？']);
    let labelled_ask = labels.iter().flatten().any(|l| asks(l.body));
    // A question the label after it answers: a guest's rhetorical question goes on in their
    // own unlabelled paragraphs ("What could we do? We ran.").
    let unlabelled_asks = (0..paragraphs.len())
        .filter(|&i| labels[i].is_none() && asks(paragraphs[i].0))
        .filter(|&i| labels.get(i + 1).is_some_and(Option::is_some))
        .count();
    let mut used: Vec<String> = (labels.iter().flatten())
        .map(|l| l.label.to_lowercase())
        .filter(|l| recurring.contains(l))
        .collect();
    used.sort();
    used.dedup();
    used.len() >= 2 && !labelled_ask && unlabelled_asks >= MIN_UNLABELLED_QUESTIONS
}

/// Unlabelled paragraphs asking this often are the interviewer's questions; one alone may be
/// a guest's aside set apart.
const MIN_UNLABELLED_QUESTIONS: usize = 2;

/// Full names labelling one paragraph each in a file answered by labels: some label opens two
/// answers or more (`recurring`, lowercase), no labelled paragraph asks while an unlabelled one
/// does (the questions are the interviewer's, unlabelled), the name's paragraph comes after
/// the first labelled answer, and the file names the person elsewhere too (the introduction
/// presents the members), so a phrase before a colon ("Latin America: …") is no speaker.
pub fn fellow_answerers(paragraphs: &[(&str, usize)], recurring: &[String]) -> Vec<String> {
    let labels: Vec<Option<Labelled>> = paragraphs.iter().map(|(t, _)| split_label(t)).collect();
    let asks = |t: &str| t.contains(['?', '？']);
    let labelled_ask = labels.iter().flatten().any(|l| asks(l.body));
    let unlabelled_ask = (paragraphs.iter().zip(&labels)).any(|((t, _), l)| l.is_none() && asks(t));
    let Some(first) = labels.iter().position(|l| {
        l.as_ref()
            .is_some_and(|l| recurring.contains(&l.label.to_lowercase()))
    }) else {
        return Vec::new();
    };
    if labelled_ask || !unlabelled_ask {
        return Vec::new();
    }
    let uses = |label: &str| {
        (labels.iter().flatten())
            .filter(|l| l.label.eq_ignore_ascii_case(label))
            .count()
    };
    let named_elsewhere = |i: usize, label: &str| {
        (paragraphs.iter().enumerate())
            .any(|(j, (t, _))| j != i && t.to_lowercase().contains(&label.to_lowercase()))
    };
    (labels.iter().enumerate().skip(first + 1))
        .filter_map(|(i, l)| l.as_ref().map(|l| (i, l)))
        .filter(|(i, l)| {
            !l.period
                && is_full_name(&l.label)
                && uses(&l.label) == 1
                && named_elsewhere(*i, &l.label)
        })
        .map(|(_, l)| l.label.clone())
        .collect()
}

/// Names labelling one reply each, set in the very typography of the file's recurring answer
/// labels (`_**Rusty:**` where every answer opens `_**Name:**`), right after a labelled
/// question: the last question of an interview put to someone new ("And the last question is
/// for the driver…"). The emphasis marks are the publisher's way of printing a speaker; a
/// phrase before a colon inside an answer does not carry them.
pub fn answer_labelled_alike(paragraphs: &[(&str, usize)], recurring: &[String]) -> Vec<String> {
    let labels: Vec<Option<Labelled>> = paragraphs.iter().map(|(t, _)| split_label(t)).collect();
    let recurs = |l: &Labelled| recurring.contains(&l.label.to_lowercase());
    // Paragraph `i` replies under a label to a labelled question by someone else.
    let replies = |i: usize| {
        let (Some(Some(asked)), Some(answered)) =
            (i.checked_sub(1).map(|p| &labels[p]), &labels[i])
        else {
            return false;
        };
        recurs(asked) && ends_with_question_mark(asked.body) && asked.label != answered.label
    };
    let marks = |i: usize| {
        let text = paragraphs[i].0;
        &text[..text.len() - text.trim_start_matches(['*', '_']).len()]
    };
    let answer_marks: Vec<&str> = (0..paragraphs.len())
        .filter(|&i| replies(i) && labels[i].as_ref().is_some_and(recurs) && !marks(i).is_empty())
        .map(marks)
        .collect();
    let uses = |label: &str| {
        (labels.iter().flatten())
            .filter(|l| l.label.eq_ignore_ascii_case(label))
            .count()
    };
    (0..paragraphs.len())
        .filter(|&i| replies(i) && answer_marks.contains(&marks(i)))
        .filter_map(|i| labels[i].as_ref())
        .filter(|l| !l.period && !recurs(l) && is_name_like(&l.label) && uses(&l.label) == 1)
        .map(|l| l.label.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BAND: [(&str, usize); 7] = [
        (
            "The three of them, Nina, Oskar Lind and Petra Sund, met at a school dance.",
            1,
        ),
        ("How did the band start?", 3),
        (
            "Nina: In a garage, twenty years ago, with borrowed drums.",
            5,
        ),
        ("Why the name?", 7),
        ("Nina: It was the name of our first van.", 9),
        ("Oskar Lind: The van broke down on the first tour.", 11),
        ("Petra Sund: And we pushed it home (laughs).", 13),
    ];

    #[test]
    fn a_duo_answering_unlabelled_questions_are_both_guests() {
        let duo = [
            ("Who would you book for your own festival?", 1),
            ("Mira: Us, twice.", 3),
            ("Teo: And a brass band to open.", 5),
            ("Mira: Fine, a brass band.", 7),
            ("What is the new record about?", 9),
            ("Mira: Rent.", 11),
            ("Teo: Rent, and the rain in our flat.", 13),
        ];
        let speaker = |label: &str, role, count, line| Speaker {
            label: label.into(),
            role,
            count,
            line,
        };
        let mut speakers = [
            speaker("Mira", Role::Interviewee, 3, 3),
            speaker("Teo", Role::Interviewer, 2, 5),
        ];
        answerers_only(&duo, &mut speakers);
        assert!(speakers.iter().all(|s| s.role == Role::Interviewee));
        let mut asked = duo;
        asked[2] = ("Teo: And who opens?", 5);
        speakers[1].role = Role::Interviewer;
        answerers_only(&asked, &mut speakers);
        assert_eq!(speakers[1].role, Role::Interviewer);
        // A host labelling only statements, and a guest's rhetorical questions going on in
        // unlabelled paragraphs: the host stays the interviewer.
        let host = [
            ("Host: Tell us about the flood.", 1),
            ("Dora: The river rose in one night.", 3),
            ("What could we do? We ran.", 5),
            ("We carried the goats up the hill.", 7),
            ("Host: And the house.", 9),
            ("Dora: Gone, and the barn with it.", 11),
            ("Who could say? Nobody knew.", 13),
            ("The council sent tents.", 15),
        ];
        let mut speakers = [
            speaker("Host", Role::Interviewer, 2, 1),
            speaker("Dora", Role::Interviewee, 2, 3),
        ];
        answerers_only(&host, &mut speakers);
        assert_eq!(speakers[0].role, Role::Interviewer);
    }

    #[test]
    fn full_names_labelling_one_answer_each_beside_a_recurring_answer_label_are_speakers() {
        let recurring = ["nina".to_string()];
        assert_eq!(
            fellow_answerers(&BAND, &recurring),
            ["Oskar Lind", "Petra Sund"]
        );
    }

    #[test]
    fn a_phrase_before_a_colon_or_a_labelled_question_makes_no_speaker() {
        let recurring = ["nina".to_string()];
        let mut phrase = BAND;
        phrase[5] = ("Latin America: the tour went south after that.", 11);
        assert_eq!(fellow_answerers(&phrase, &recurring), ["Petra Sund"]);
        let mut asked = BAND;
        asked[3] = ("Nina: Why the name?", 7);
        assert!(fellow_answerers(&asked, &recurring).is_empty());
        assert!(fellow_answerers(&BAND, &[]).is_empty());
    }

    #[test]
    fn two_given_names_joined_in_one_label_under_a_question_are_joint_answerers() {
        let page = [
            (
                "Preguntamos a los comisarios, Ilse Marr y Tomas Vidal Reyes, por la muestra.",
                1,
            ),
            ("¿Por qué una muestra sobre la sal?", 3),
            ("Ilse y Tomas: Porque el pueblo se levantó sobre ella.", 5),
            ("Latín y Griego: las dos palabras siguen aquí.", 7),
        ];
        assert_eq!(joint_labels(&page), ["Ilse y Tomas"]);
        assert_eq!(joint_parts("Ana y Luis"), Some(("Ana", "y", "Luis")));
        assert_eq!(joint_parts("Ana Ruiz"), None);
        let texts = [page[0].0];
        assert_eq!(full_name("Tomas", &texts), "Tomas Vidal Reyes");
        assert_eq!(full_name("Ilse", &texts), "Ilse Marr");
        assert_eq!(full_name("Ana", &["com Ana Gil e Rui Sá."]), "Ana Gil");
        assert_eq!(full_name("Nora", &texts), "Nora");
        // Names the file never writes in full, or no question above: no joint label.
        let mut unnamed = page;
        unnamed[0] = ("Preguntamos a los comisarios por la muestra.", 1);
        assert!(joint_labels(&unnamed).is_empty());
        let mut unasked = page;
        unasked[1] = ("La muestra abre en mayo.", 3);
        assert!(joint_labels(&unasked).is_empty());
    }

    #[test]
    fn two_persons_joined_by_and_are_joint_answerers_and_a_section_head_is_not() {
        let page = [
            (
                "Ana Morel and Raul Depine run a rye bakery on Quay Street.",
                1,
            ),
            ("When did you open?", 3),
            ("Ana and Raul: In the spring, with one oven.", 5),
            ("Why rye?", 7),
            ("Ana & Raul: Because nobody else baked it.", 9),
        ];
        assert_eq!(joint_labels(&page), ["Ana and Raul", "Ana and Raul"]);
        assert_eq!(joint_parts("Ana & Raul"), Some(("Ana", "&", "Raul")));
        assert!(persons_named("Ana and Raul", &page, None));
        // A letter is a role, not a given name.
        assert_eq!(joint_parts("Q and A"), None);
        // Names the file writes nowhere else are no persons of its.
        let mut unnamed = page;
        unnamed[0] = ("A rye bakery on Quay Street.", 1);
        assert!(joint_labels(&unnamed).is_empty());
        assert!(!persons_named("Ana and Raul", &unnamed, None));
    }

    #[test]
    fn words_the_file_also_writes_in_lowercase_make_no_joint_label() {
        let page = [
            (
                "Our Sales Team met the Marketing Director in May; sales rose.",
                1,
            ),
            ("What changed?", 3),
            ("Sales & Marketing: Everything, from the price list up.", 5),
        ];
        assert!(is_english_joint("Sales & Marketing"));
        assert!(!persons_named("Sales and Marketing", &page, None));
        assert!(joint_labels(&page).is_empty());
        // Own labels elsewhere name the two people too.
        let talk = [
            ("When did you open?", 1),
            ("Ana: In the spring.", 3),
            ("Raul Depine: With one oven.", 5),
            ("And now?", 7),
            ("Ana and Raul: Two ovens.", 9),
        ];
        assert!(persons_named("Ana and Raul", &talk, None));
    }

    #[test]
    fn a_joint_label_makes_only_itself_a_guest() {
        let page = [
            (
                "Hablamos con Ilse Marr y Tomas Vidal, que cantan juntos.",
                1,
            ),
            ("Marta Gil: ¿Cómo se conocieron?", 3),
            ("Ilse y Tomas: En el coro del barrio, hace años.", 5),
            ("¿Y la primera muestra?", 7),
            ("Ilse y Tomas: Una sobre la sal de la ría.", 9),
            ("Marta Gil: ¿Qué viene ahora?", 11),
            ("Ilse y Tomas: Un disco, si llega el dinero.", 13),
        ];
        let speaker = |label: &str, role, count, line| Speaker {
            label: label.into(),
            role,
            count,
            line,
        };
        let mut speakers = [
            speaker("Marta Gil", Role::Interviewer, 2, 3),
            speaker("Ilse y Tomas", Role::Interviewer, 3, 5),
        ];
        answerers_only(&page, &mut speakers);
        assert_eq!(speakers[0].role, Role::Interviewer);
        assert_eq!(speakers[1].role, Role::Interviewee);
    }

    #[test]
    fn a_name_set_like_the_answer_labels_under_a_labelled_question_is_a_speaker() {
        let talk = [
            ("**Kai: How did it start?**", 1),
            ("_**Nina:** With a van and a map._", 3),
            ("**Kai: And the name?**", 5),
            ("_**Nina:** The van's name._", 7),
            (
                "**Kai: Last question, for the van: how do you stand them?**",
                9,
            ),
            ("_**Rusty:** With patience, Kai._", 11),
            ("**Kai: Thanks to all three.**", 13),
            ("Tickets: sold out.", 15),
        ];
        let recurring = ["kai".to_string(), "nina".to_string()];
        assert_eq!(answer_labelled_alike(&talk, &recurring), ["Rusty"]);
        let mut plain = talk;
        plain[5] = ("Rusty: With patience, Kai.", 11);
        assert!(answer_labelled_alike(&plain, &recurring).is_empty());
    }
}
