//! The person a headline names: a label before a colon ("Name: “…”"), a rubric before a bare
//! name ("An Interview: Name"), a name after a verb of saying ("“…”, diz Name") or a headline
//! that is only a name.

use super::labels::{is_nameless, split_label};
use super::name_words::written_lowercase;
use super::name_words::{after_article, ARTICLES, INDEFINITE_ARTICLES, PREPOSITIONS};
use super::owner_headline::owner_headline;
use super::titled::{name_after_with, quote_attribution};

/// A headline that is only a name has two or three words ("Odalys Prenn", "Juan Ramiro
/// Solvé"); a longer run of capitals is a Title Case headline.
pub(super) const BARE_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// "…, diz Clara Tavolim": a verb of saying and a name of two or three words after the last
/// comma of a headline.
const HEADLINE_TAIL_WORDS: std::ops::RangeInclusive<usize> = 3..=4;

/// How a file's answers are labelled, which decides how much a headline of a bare name needs
/// the text to name that person again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Answers {
    /// Labelled by a role (`A:`), a label naming nobody else: a headline of a bare name names
    /// who answers.
    ByRole,
    /// Not labelled at all: a headline of a bare name heading the questions directly names
    /// who answers (a band's name over its questionnaire); over an introduction that never
    /// names it again, it is the site's or the magazine's name above its page. A headline
    /// addressing a person ("Preguntas a Lucía Gil") names them either way.
    Unlabelled,
    /// Labelled by names: the headline's name must be written again.
    ByName,
}

/// The person the headline names ("Name: “…”", "An Interview with …", a bare name), if any.
pub(super) fn title_name(texts: &[&str], whole: &[&str], answers: Answers) -> Option<String> {
    let title = texts.first()?;
    let body = &whole[..whole.len().saturating_sub(1)];
    let headline = headline_shape(title, body);
    // Over unlabelled answers the headline heads the questions directly, or an introduction
    // that presents the guest names them: one that never does sits under a site's name.
    let unintroduced = answers == Answers::Unlabelled && texts.len() == 1;
    let bare = bare_name_title(title, body, answers == Answers::ByRole || unintroduced);
    // A rubric with an article before the colon, then only a name ("A Word With: Ada Moss").
    let rubric = headline.as_ref().filter(|(_, doubtful)| *doubtful);
    let after = rubric.and_then(|_| bare_name_title(split_label(title)?.body, body, true));
    after
        .or_else(|| name_after_label(title, body))
        .or(headline
            .filter(|shaped| is_person(shaped, body))
            .map(|(name, _)| name))
        .or(bare)
        .or_else(|| addressed_name(title, body, answers != Answers::ByName))
        .or_else(|| texts.iter().find_map(|text| rubric_name(text, body)))
        .or_else(|| {
            texts
                .iter()
                .skip(1)
                .find_map(|text| demoted_headline(text, body))
        })
}

/// The person a headline's shape names, and whether that is doubtful: a label before a colon
/// or a speaker after a verb of saying ("Name: “…”", "“…”, diz Name"), a person after "with"
/// ("Entrevista com Name"), a person and their work ("Name e o seu programa"). The title and a
/// headline the page's header pushed into the introduction are read by this one rule.
fn headline_shape(line: &str, body: &[&str]) -> Option<(String, bool)> {
    // Words the text writes in lowercase ("Author Q&A: …" over "an author Q&A", "HABLAMOS
    // CON: …") make a rubric or a phrase: doubtful as a person.
    let common = |name: &str| name.split_whitespace().any(|w| written_lowercase(w, body));
    headline_name(line)
        .map(|(name, doubtful)| {
            let common = common(&name);
            (name, doubtful || common)
        })
        .or_else(|| name_after_with(line))
        .or_else(|| {
            // Three words may hold a lead word ("Meet Ada Moss and her kilns"): the text must
            // name such a person again.
            owner_headline(line).map(|name| {
                let common = common(&name) || name.split_whitespace().count() > 2;
                (name, common)
            })
        })
}

/// The name a headline's shape gives stands for a person: a doubtful one ("The Quiet Hours:
/// An Interview with…", "Conversa com Tó") only if the text names it again, and none the text
/// writes after an article ("the introduction of the Harbour Showcase page": a thing).
fn is_person((name, doubtful): &(String, bool), body: &[&str]) -> bool {
    (!doubtful || named_again(name, body)) && !body.iter().any(|text| after_article(name, text))
}

/// A headline line has at most this many words: a longer line is a sentence of the
/// introduction, whose "with" may join anyone ("…an evening with Ana Ruiz").
const MAX_HEADLINE_WORDS: usize = 10;

/// The person a headline names ([`headline_shape`]) where the page's header took the title and
/// the headline became a line of the introduction: a short line that closes no sentence. A
/// doubtful name must be written again outside that line.
fn demoted_headline(text: &str, body: &[&str]) -> Option<String> {
    let short = text.split_whitespace().count() <= MAX_HEADLINE_WORDS;
    let sentence = text.trim_end().ends_with(['.', '!', '?', '…']);
    let others: Vec<&str> = body.iter().copied().filter(|t| *t != text).collect();
    let shaped = headline_shape(text, &others).filter(|_| short && !sentence)?;
    is_person(&shaped, &others).then_some(shaped.0)
}

/// A headline of one word and the preposition "a" before a name, as Spanish and Portuguese
/// papers title an interview ("Entrevista a Lucía Gil"): the name, when it is one (see
/// [`bare_name_title`]).
fn addressed_name(title: &str, body: &[&str], nameless_answers: bool) -> Option<String> {
    let mut words = title.split_whitespace();
    let (_, to) = (words.next()?, words.next()?);
    let name: Vec<&str> = words.collect();
    let to_person = ["a", "à", "ao"].contains(&to);
    to_person.then(|| bare_name_title(&name.join(" "), body, nameless_answers))?
}

/// A line of the page's top setting a rubric before a colon and then only a name ("Author
/// Q&A: Ada Moss", "Entrevistas del taller: Ada Moss", under an archive's header): the person.
/// A role before the colon (`Entrevistadora: …`) names who asks.
fn rubric_name(text: &str, body: &[&str]) -> Option<String> {
    let (rubric, name) = text.rsplit_once(": ")?;
    let rubric = rubric.trim();
    let sentence = rubric.ends_with(['.', '?', '!']);
    // "Traducción: Lía Gil" credits a job on the text: no rubric over the guest.
    let job = super::role_credit::names_a_text_job(rubric);
    (!is_nameless(rubric) && !sentence && !job).then(|| bare_name_title(name.trim(), body, true))?
}

/// A headline that is only a person's name ("Vera Lindholm" over "Vera Lindholm, author of…",
/// a uses-this page titled "Aaron Sellwood" whose first answer is "I'm Aaron Sellwood."): two or
/// three capitalised words, written again in the text (or over answers labelled only `A:`, a
/// role that names nobody else), none of them written in lowercase there (so "Harbour Pilots" over
/// "the harbour pilots" is a topic).
fn bare_name_title(title: &str, body: &[&str], nameless_answers: bool) -> Option<String> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    let shaped = BARE_NAME_WORDS.contains(&words.len()) && words.iter().all(capitalised);
    let name = words.join(" ");
    let named = nameless_answers || named_again(&name, body);
    (shaped && named && !words.iter().any(|w| written_lowercase(w, body))).then_some(name)
}

/// A headline that is only a personal name ([`bare_name_title`]), written again in the text
/// or not: read when the text's own candidate turned out to be no person.
pub(super) fn bare_name_headline(title: &str, body: &[&str]) -> Option<String> {
    bare_name_title(title, body, true)
}

/// "HABLAMOS CON: ANA RUIZ" over a text naming "Ana Ruiz" and not the label: the name after
/// the colon, as the text spells it.
fn name_after_label(title: &str, body: &[&str]) -> Option<String> {
    let labelled = split_label(title)?;
    // The headline's own line may stand in the body (a post's headline under the site's).
    let body: Vec<&str> = body.iter().copied().filter(|t| t.trim() != title).collect();
    if spelled_in(&labelled.label, &body).is_some() {
        return None;
    }
    let name = spelled_in(labelled.body.trim(), &body)?;
    bare_name_title(&name, &body, false)
}

/// How `body` spells `words` (compared ignoring case), if it writes them.
fn spelled_in(words: &str, body: &[&str]) -> Option<String> {
    let needle = words.to_lowercase();
    body.iter().find_map(|text| {
        let lower = text.to_lowercase();
        let at = lower.find(&needle)?;
        (lower.len() == text.len()).then(|| text.get(at..at + needle.len()).map(str::to_string))?
    })
}

/// True when one of `texts` writes `name` in full (each of several guests' names).
fn named_again(name: &str, texts: &[&str]) -> bool {
    (name.split(", ")).all(|name| texts.iter().any(|text| text.contains(name)))
}

/// The name a headline gives, and whether it is doubtful: after a possessive, or opening
/// with an article (definite or indefinite: "An Interview: …"), it may name a thing.
fn headline_name(title: &str) -> Option<(String, bool)> {
    if let Some(labelled) = split_label(title) {
        // "Pampa Envíos’s Tomás Herrera: …": the company owns the person, who speaks.
        let owned = ["’s ", "'s "]
            .iter()
            .find_map(|s| labelled.label.rsplit_once(s).map(|(_, person)| person));
        let label = owned.unwrap_or(&labelled.label);
        let article = label
            .split_whitespace()
            .next()
            .map(str::to_lowercase)
            .is_some_and(|w| {
                ARTICLES.contains(&w.as_str()) || INDEFINITE_ARTICLES.contains(&w.as_str())
            });
        // "Ana Gil Traducción: Lía Paz", a byline run onto a credit for a job on the text:
        // the words before the colon are no speaker.
        let credit = super::role_credit::names_a_text_job(label);
        if label.split_whitespace().count() >= 2 && !is_nameless(label) && !credit {
            return Some((label.to_string(), owned.is_some() || article));
        }
    }
    let (_, tail) = title.rsplit_once(',')?;
    let words: Vec<&str> = tail.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let shaped = HEADLINE_TAIL_WORDS.contains(&words.len())
        && !capitalised(&words[0])
        && !PREPOSITIONS.contains(&words[0])
        && words[1..].iter().all(capitalised);
    if shaped {
        return Some((words[1..].join(" "), false));
    }
    quote_attribution(title).map(|name| (name, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headline_name_text(title: &str) -> Option<String> {
        headline_name(title).map(|(name, _)| name)
    }

    #[test]
    fn a_phrase_before_a_headline_colon_must_be_named_again() {
        let doubtful = |title| headline_name(title).is_some_and(|(_, d)| d);
        assert!(doubtful(
            "The Quiet Hours: An Interview with Painter Ines Varga"
        ));
        assert!(doubtful(
            "Northwind’s Large-Scale Data Platform: A Closer Look"
        ));
        assert!(!doubtful(
            "Claire Dubois: \"Drought is no longer the exception\""
        ));
        assert!(named_again(
            "Tomás Herrera",
            &["We met Tomás Herrera in Lima."]
        ));
        assert!(!named_again(
            "The Quiet Hours",
            &["Local painter Ines Varga…"]
        ));
    }

    #[test]
    fn a_byline_run_onto_a_credit_for_the_translation_names_nobody() {
        assert_eq!(headline_name_text("Tomás Ferrán Traducción: Lía Paz"), None);
        assert_eq!(headline_name_text("Rui Dias Tradução: Ana Lobo"), None);
        assert!(headline_name_text("Tomás Ferrán: “Cada disco es un castillo”").is_some());
    }

    #[test]
    fn two_guests_after_with_are_people_only_each_named_again() {
        let title = "Charla con Costa Rica y Puerto Rico";
        let body = ["Dos países, una costa.", "¿Por qué?", "Por el mar."];
        assert_eq!(title_name(&[title], &body, Answers::ByName), None);
        let title = "Charla con Ana Gil y Rui Lobo";
        let body = [
            "Ana Gil y Rui Lobo guían barcos.",
            "¿Por qué?",
            "Por el mar.",
        ];
        assert_eq!(
            title_name(&[title], &body, Answers::ByName).as_deref(),
            Some("Ana Gil, Rui Lobo")
        );
    }

    #[test]
    fn a_headline_label_the_text_writes_after_an_article_is_a_thing() {
        let title = "Harbour Showcase - The Salt Road maker talks about his game";
        let body = [
            "Welcome to another interview for the Harbour Showcase page. We meet Ivo Lund.",
            "Introduce yourself.",
            "I'm Ivo Lund.",
        ];
        assert_eq!(title_name(&[title], &body, Answers::ByName), None);
        let title = "Ivo Lund: «Games are slow letters»";
        let body = ["Ivo Lund makes games.", "Why?", "Because."];
        assert_eq!(
            title_name(&[title], &body, Answers::ByName).as_deref(),
            Some("Ivo Lund")
        );
        // The Spanish personal "a", the Portuguese article and an article before a longer
        // run of capitals leave the person standing.
        for intro in [
            "Visitamos a Lucía Gil en su taller.",
            "A Lucía Gil vende pão na feira.",
            "She runs the Lucía Gil Foundation.",
        ] {
            let title = "Lucía Gil: «El pan es lento»";
            let body = [intro, "¿Por qué?", "Porque sí."];
            let name = title_name(&[title], &body, Answers::ByName);
            assert_eq!(name.as_deref(), Some("Lucía Gil"), "{intro}");
        }
    }

    #[test]
    fn a_rubric_before_the_colon_gives_way_to_the_name_after_it() {
        let title = "An Evening With: Ada Moss";
        let whole = [
            title,
            "The potter opened a shop.",
            "Why clay?",
            "It is cheap.",
        ];
        let name = title_name(&[title], &whole, Answers::ByName);
        assert_eq!(name.as_deref(), Some("Ada Moss"));
        // Words after the colon that the text uses in lower case are no name.
        let whole = [title, "The moss grows.", "Why clay?", "It is cheap."];
        assert_ne!(
            title_name(&[title], &whole, Answers::ByName).as_deref(),
            Some("Ada Moss")
        );
        assert!(headline_name("A Word With: Ada Moss").is_some_and(|(_, doubtful)| doubtful));
    }

    #[test]
    fn a_name_after_a_rubric_or_the_preposition_a_names_the_interviewee() {
        let body = ["The potter opened a shop.", "Why clay?", "It is cheap."];
        let texts = ["Archive | Q & A feed", "Author Q&A: Ada Moss", body[0]];
        assert_eq!(
            title_name(&texts, &body, Answers::ByName).as_deref(),
            Some("Ada Moss")
        );
        let interviewer = ["Archive", "Entrevistadora: Ana Lima", body[0]];
        assert_eq!(title_name(&interviewer, &body, Answers::ByName), None);
        let spanish = ["Entrevista a Lucía Gil", body[0]];
        assert_eq!(
            title_name(&spanish, &body, Answers::ByRole).as_deref(),
            Some("Lucía Gil")
        );
        let place = ["Viaje a Costa Rica", "La costa rica del norte.", "¿Y?"];
        assert_eq!(title_name(&place[..1], &place, Answers::ByRole), None);
    }

    #[test]
    fn a_headline_moved_into_the_introduction_still_names_the_interviewee() {
        let body = [
            "Her novel follows Tomas Reed home.",
            "Why a harbour?",
            "It is mine.",
        ];
        let texts = [
            "Shelf Notes Home Books",
            "Entrevista com Ilda Serra",
            body[0],
        ];
        assert_eq!(
            title_name(&texts, &body, Answers::ByName).as_deref(),
            Some("Ilda Serra")
        );
        // A sentence of the introduction is no headline.
        let sentence = [
            "Shelf Notes",
            "We spent an evening with Tomas Reed.",
            body[0],
        ];
        assert_eq!(title_name(&sentence, &body, Answers::ByName), None);
    }

    #[test]
    fn the_title_and_a_demoted_headline_are_read_by_the_same_shapes() {
        let body = [
            "Conta histórias de pescadores na rádio.",
            "Porquê o mar?",
            "Porque cresci no porto.",
        ];
        for headline in [
            "Nuno Brasa e o seu programa da manhã",
            "Entrevista com Nuno Brasa",
            "Nuno Brasa: «O mar ensina a esperar»",
        ] {
            let titled = title_name(&[headline, body[0]], &body, Answers::ByRole);
            assert_eq!(titled.as_deref(), Some("Nuno Brasa"), "{headline}");
            let demoted = ["Rádio Norte Início Programas", headline, body[0]];
            let mut whole = body.to_vec();
            whole.insert(0, headline);
            let read = title_name(&demoted, &whole, Answers::ByRole);
            assert_eq!(read.as_deref(), Some("Nuno Brasa"), "{headline}");
        }
        let lead = ["Meet Nuno Brasa and his morning show", body[0]];
        assert_eq!(title_name(&lead, &body, Answers::ByRole), None);
        // A sentence of the introduction is no demoted headline.
        let sentence = "Nuno Brasa e o seu irmão pescam desde crianças.";
        let texts = ["Rádio Norte", sentence, body[0]];
        assert_eq!(
            title_name(&texts, &[sentence, body[1]], Answers::ByName),
            None
        );
    }

    #[test]
    fn headlines_name_the_interviewee() {
        assert_eq!(
            headline_name_text("Claire Dubois: \"Drought is no longer the exception\"").as_deref(),
            Some("Claire Dubois")
        );
        assert_eq!(
            headline_name_text("“Sem a feira, a vila teria parado”, diz Clara Tavolim").as_deref(),
            Some("Clara Tavolim")
        );
        assert_eq!(headline_name_text("Lucía Reyes Starts Again"), None);
        // After a comma, a preposition opens a place or a byline, not the speaker.
        assert_eq!(
            headline_name_text("Rebuilding the schools, in Nueva Esperanza"),
            None
        );
        assert_eq!(
            headline_name_text("Notes on the harbour, by Ana Ruiz"),
            None
        );
        assert_eq!(
            headline_name_text("Pampa Envíos’s Tomás Herrera: ‘Logistics is the product’")
                .as_deref(),
            Some("Tomás Herrera")
        );
    }

    #[test]
    fn a_headline_that_is_only_a_name_names_the_interviewee_when_the_text_repeats_it() {
        let body = [
            "Tomasa Vilar, potter, spoke to us about kilns.",
            "Why clay?",
        ];
        assert_eq!(
            bare_name_title("Tomasa Vilar", &body, false).as_deref(),
            Some("Tomasa Vilar")
        );
        assert_eq!(bare_name_title("Tomasa Vilar", &["Why clay?"], false), None);
        // Over answers labelled only `A:`, the page is about the person it is titled with.
        assert_eq!(
            bare_name_title("Tomasa Vilar", &["Why clay?"], true).as_deref(),
            Some("Tomasa Vilar")
        );
        let topic = [
            "The Harbour Pilots guide ships in.",
            "Do harbour pilots sleep?",
        ];
        assert_eq!(bare_name_title("Harbour Pilots", &topic, false), None);
        assert_eq!(
            bare_name_title("Tomasa Vilar: a life in clay", &body, false),
            None
        );
    }

    #[test]
    fn a_bare_name_headline_over_unlabelled_answers_must_be_written_again() {
        // A magazine's name over its slogan is two capitalised words too.
        let texts = ["Gull Review", "Reviews every Sunday"];
        let whole = [
            "Reviews every Sunday",
            "Why drums?",
            "My uncle had a kit.",
            "Gull Review",
        ];
        assert_eq!(title_name(&texts, &whole, Answers::Unlabelled), None);
        assert_eq!(
            title_name(&texts, &whole, Answers::ByRole).as_deref(),
            Some("Gull Review")
        );
        // Right over the questions, it names who answers (a band's questionnaire).
        assert_eq!(
            title_name(&texts[..1], &whole[1..], Answers::Unlabelled).as_deref(),
            Some("Gull Review")
        );
        let whole = [
            "Why drums?",
            "I'm Nilo Fresco; my uncle had a kit.",
            "Nilo Fresco",
        ];
        assert_eq!(
            title_name(&["Nilo Fresco"], &whole, Answers::Unlabelled).as_deref(),
            Some("Nilo Fresco")
        );
        // A headline addressing a person names them all the same.
        let whole = [
            "¿Por qué tambores?",
            "Por mi tío.",
            "Preguntas a Nilo Fresco",
        ];
        assert_eq!(
            title_name(&["Preguntas a Nilo Fresco"], &whole, Answers::Unlabelled).as_deref(),
            Some("Nilo Fresco")
        );
    }
}
