//! Headlines that name the interviewee after a preposition of company: "An Interview with
//! Ida Brenn", "Entrevista con Lucía Gil", "Conversa com Tó". The words after the last
//! such preposition, all capitalised, are the person. And headlines that attribute a
//! quotation: "“…”, diz Lia Moura sobre…".

use super::labels::NAME_PARTICLES;
use super::name_words::{describes_anonymously, QUANTIFIERS};
use super::name_words::{name_cased, written_lowercase};
use super::yaml_head::joined_guests;

/// Prepositions that introduce the person spoken with, lowercase.
const WITH: &[&str] = &["with", "con", "com", "avec", "mit"];

/// A name after "with" has at most this many words.
const MAX_NAME_WORDS: usize = 4;

/// The name after the headline's last "with" (or its translations), and whether it is
/// doubtful (a single word, which may be a place or a group: it must be named again).
pub fn name_after_with(title: &str) -> Option<(String, bool)> {
    // "Entrevista com Tó: “…”": the person is named before the quote.
    let before_colon = title.split_once(':').and_then(|(head, _)| after_with(head));
    before_colon.or_else(|| after_with(title))
}

/// See [`name_after_with`], on one phrase.
fn after_with(title: &str) -> Option<(String, bool)> {
    let mut words: Vec<&str> = title.split_whitespace().collect();
    // A date closing the headline ("…with Ivo Lund 3/4/19", "…com Tó, 2019") is no part of
    // the name: words without a letter are left out at its end.
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| !w.chars().any(char::is_alphabetic))
    {
        words.pop();
    }
    let at = words.iter().rposition(|w| WITH.contains(w))?;
    // "Entrevista com o Nuno Brasa": Portuguese sets an article before a person's name, and
    // before a company's or a band's too, so a name after one must be written again.
    let article = words
        .get(at + 1)
        .is_some_and(|w| ARTICLES_BEFORE_NAMES.contains(w));
    let mut name: Vec<&str> = words[at + 1 + usize::from(article)..].to_vec();
    if let Some(last) = name.last_mut() {
        // A closing mark goes, an initial's period stays ("Helen R. Marsh").
        *last = last.trim_end_matches([',', ':', ';', '!', '?']);
        if last.chars().count() > 2 {
            *last = last.trim_end_matches('.');
        }
    }
    if let Some(guests) = several_guests(&name) {
        // Two capitalised pairs are as often two places ("Costa Rica y Puerto Rico"): the text
        // must write each name again.
        return Some((guests, true));
    }
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let shaped = (1..=MAX_NAME_WORDS).contains(&name.len())
        && name.iter().all(capitalised)
        && name
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c)));
    shaped.then(|| (name.join(" "), name.len() < 2 || article))
}

/// "and" joining two guests' names after "with" ("…with Ida Brenn and Tom Reed"), lowercase.
const AND: &[&str] = &["and", "y", "e", "et", "und", "&"];

/// A full name in a list of guests has two words at least: two single capitalised words
/// joined by "and" are as often two places ("Angola e Moçambique").
const MIN_GUEST_NAME_WORDS: usize = 2;

/// Two guests after "with", each named in full ("Ida Brenn and Tom Reed", "Ana Gil y Rui
/// Lobo"), as one name: both, in the headline's order.
fn several_guests(words: &[&str]) -> Option<String> {
    let at = words.iter().position(|w| AND.contains(w))?;
    let (first, second) = (&words[..at], &words[at + 1..]);
    let name = |run: &[&str]| {
        (MIN_GUEST_NAME_WORDS..=MAX_NAME_WORDS).contains(&run.len())
            && run.iter().all(|w| {
                name_cased(w) && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
            })
    };
    (name(first) && name(second)).then(|| joined_guests(&[first.join(" "), second.join(" ")]))
}

/// Articles Portuguese sets before a person's name ("com o David", "com a Rita").
const ARTICLES_BEFORE_NAMES: &[&str] = &["o", "a"];

/// A name standing as the subject of the headline has this many letters at least ("Moreira",
/// "Lino"); shorter capitalised openings are articles and pronouns.
const MIN_SUBJECT_LETTERS: usize = 3;

/// The surname a headline opens with as the subject of its verb ("Moreira fala sobre a
/// mudança…", "Okafor defends the plan"): one capitalised word, then a lowercase word, the
/// word never written in lowercase anywhere in `whole` (a sentence-case headline opening with
/// an ordinary word, "Climate change is…", writes it in lowercase somewhere) and no article.
/// A rubric before a colon ("Q & A: Los Tejos habla sobre…", "Interview: …") is passed over.
pub fn headline_subject(title: &str, whole: &[&str]) -> Option<String> {
    opening_subject(title, whole).or_else(|| {
        let (rubric, headline) = title.split_once(": ")?;
        let short = rubric.split_whitespace().count() <= MAX_RUBRIC_WORDS;
        short.then(|| opening_subject(headline.trim_start(), whole))?
    })
}

/// A rubric set before a headline and a colon is this many words at most ("Q & A",
/// "Entrevista exclusiva"); a longer run before a colon is the headline itself.
const MAX_RUBRIC_WORDS: usize = 3;

fn opening_subject(title: &str, whole: &[&str]) -> Option<String> {
    let mut words = title.split_whitespace();
    let (first, second) = (words.next()?, words.next()?);
    let letters = first.chars().count();
    let shaped = letters >= MIN_SUBJECT_LETTERS
        && first.chars().all(char::is_alphabetic)
        && first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().skip(1).all(char::is_lowercase)
        && second.chars().next().is_some_and(char::is_lowercase)
        && second.chars().all(char::is_alphabetic)
        // "Interview of an Engineer", "Entrevista com…": a noun and its preposition.
        && !NAME_PARTICLES.contains(&second)
        && !WITH.contains(&second)
        && !describes_anonymously(title)
        && !QUANTIFIERS.contains(&first.to_lowercase().as_str());
    (shaped
        && !written_lowercase(first, whole)
        && !title.trim_end().ends_with('?')
        && (!verbal_form(first) || named_again(first, title, whole)))
    .then(|| first.to_string())
}

/// Word endings of an English gerund and of Spanish and Portuguese infinitives: a headline
/// opening with one ("Keeping bees…", "Cocinar es resistir") opens with its action, not a
/// surname, unless the text writes the word again.
const VERBAL_ENDINGS: &[&str] = &["ing", "ar", "er", "ir"];

/// The word has the shape of a gerund or an infinitive ([`VERBAL_ENDINGS`]).
fn verbal_form(word: &str) -> bool {
    let lower = word.to_lowercase();
    VERBAL_ENDINGS.iter().any(|end| lower.ends_with(end))
}

/// The text names the headline's subject again outside the headline: a surname is the person
/// the article is about, while a word the headline opens with and nobody repeats ("Cocinar es
/// resistir", "Keeping bees on the roof") is the headline's phrasing, a sentence's first word.
pub(crate) fn named_again(word: &str, title: &str, whole: &[&str]) -> bool {
    whole
        .iter()
        .filter(|text| !text.contains(title.trim()))
        .any(|text| {
            text.split(|c: char| !c.is_alphabetic())
                .any(|token| token == word)
        })
}

/// Lowercase words a name may hold between its capitalised words ("Rita Sales de Melo").
const PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "van", "von", "di", "y", "e",
];

/// A name read after a headline word and a particle ("Depoimento de Rita Sales de") is
/// the person only from the particle on: when the text writes that part on its own (the
/// person saying their name), it is the name, in the fullest form written there.
pub fn without_lead_word(name: &str, whole: &[&str]) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let particle = words.get(1).is_some_and(|w| PARTICLES.contains(w));
    let rest: Vec<&str> = words.get(2..)?.to_vec();
    let core: Vec<&str> = rest
        .iter()
        .copied()
        .take_while(|w| !PARTICLES.contains(w))
        .collect();
    if !particle || core.len() < 2 {
        return None;
    }
    let core = core.join(" ");
    whole.iter().find_map(|text| {
        let at = text.find(&core)?;
        let before = text[..at].trim_end();
        // Written on its own: not right after the headline word.
        if before.ends_with(words[1]) {
            return None;
        }
        let mut full: Vec<&str> = Vec::new();
        for word in text[at..].split_whitespace().take(MAX_NAME_WORDS + 2) {
            let clean = word.trim_end_matches([',', '.', ';', ':']);
            let capital = clean.chars().next().is_some_and(char::is_uppercase);
            if !(capital || PARTICLES.contains(&clean)) {
                break;
            }
            full.push(clean);
            if clean.len() < word.len() {
                break;
            }
        }
        while full.last().is_some_and(|w| PARTICLES.contains(w)) {
            full.pop();
        }
        Some(full.join(" "))
    })
}

/// A name after a quotation's verb of saying has at most this many words, particles
/// included ("Maria da Graça Lima").
const MAX_ATTRIBUTED_NAME_WORDS: usize = 5;

/// ... and at least this many: a first name and a surname.
const MIN_ATTRIBUTED_NAME_WORDS: usize = 2;

/// "“Vou tocar tudo”, diz Lia Moura sobre o concerto de domingo": a headline opening with a
/// quotation, then a comma, a verb of saying and the speaker's name, then more words about the
/// occasion. The name is the run of capitalised words (particles inside) right after the verb,
/// two words at least, ending at the first lowercase word.
pub fn quote_attribution(title: &str) -> Option<String> {
    let opening = title.chars().next()?;
    let closing = closing_mark(opening)?;
    let rest = &title[opening.len_utf8()..];
    // The closing mark followed by the comma: "’" is also an apostrophe ("Don’t stop").
    let tail = rest
        .match_indices(closing)
        .find_map(|(at, mark)| rest[at + mark.len()..].trim_start().strip_prefix(','))?;
    let mut words = tail.split_whitespace();
    let verb = words.next()?;
    if verb.chars().next().is_none_or(|c| !c.is_lowercase()) {
        return None;
    }
    let mut name: Vec<&str> = Vec::new();
    for word in words.take(MAX_ATTRIBUTED_NAME_WORDS) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphabetic());
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        // A person's particles only: "Ana Ruiz of the Tide Trust" is Ana Ruiz.
        if !capital && !PARTICLES.contains(&bare) {
            break;
        }
        name.push(bare);
        if bare.len() < word.len() {
            break;
        }
    }
    while name.last().is_some_and(|w| PARTICLES.contains(w)) {
        name.pop();
    }
    (name.len() >= MIN_ATTRIBUTED_NAME_WORDS).then(|| name.join(" "))
}

/// The quotation mark that closes one opened with `opening`.
fn closing_mark(opening: char) -> Option<char> {
    match opening {
        '“' => Some('”'),
        '"' => Some('"'),
        '«' => Some('»'),
        '‘' => Some('’'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_opening_the_headline_as_its_subject_names_the_person() {
        let body = [
            "O que mudou quando chegou?",
            "Mudei o ambiente do vestiário.",
        ];
        let title = "Moreira fala sobre a mudança no clube";
        assert_eq!(headline_subject(title, &body).as_deref(), Some("Moreira"));
        // A word only the headline writes is its phrasing, not a surname.
        let title = "Cocinar es resistir";
        let body = ["¿Quién le enseñó?", "Mi madre.", title];
        assert_eq!(headline_subject(title, &body), None);
        let title = "Keeping bees on the roof";
        let body = ["Why bees?", "They calm me.", title];
        assert_eq!(headline_subject(title, &body), None);
        // An ordinary word opening a sentence-case headline is written in lowercase too.
        let body = ["Is the change real?", "The change is real, and fast."];
        assert_eq!(headline_subject("Change comes to the valley", &body), None);
        assert_eq!(headline_subject("Moreira: a mudança", &body), None);
        assert_eq!(headline_subject("Interview of an Engineer", &body), None);
        assert_eq!(headline_subject("Two bakers answer", &body), None);
    }

    #[test]
    fn a_rubric_before_the_headline_is_passed_over_for_its_subject() {
        let body = ["¿Qué cambió en el disco?", "Todo, y la gira también."];
        let title = "P & R: Brasa habla de su gira por el sur";
        assert_eq!(headline_subject(title, &body).as_deref(), Some("Brasa"));
        // A long run before the colon is the headline, not a rubric.
        let title = "The long road back from the coast: Brasa habla";
        assert_eq!(headline_subject(title, &[body[0], body[1], title]), None);
    }

    #[test]
    fn the_person_after_with_is_named() {
        assert_eq!(
            name_after_with("An Interview with Ida Brenn"),
            Some(("Ida Brenn".to_string(), false))
        );
        assert_eq!(
            name_after_with("Conversa com Tó"),
            Some(("Tó".to_string(), true))
        );
        assert_eq!(
            name_after_with("Q&A with Helen R. Marsh").map(|n| n.0),
            Some("Helen R. Marsh".to_string())
        );
        assert_eq!(
            name_after_with("Conversa com Tó: “Toco com as mãos”").map(|n| n.0),
            Some("Tó".to_string())
        );
        assert_eq!(name_after_with("Living with the sea"), None);
        // Two guests named in full both answer; two single words may be places.
        assert_eq!(
            name_after_with("Charla con Ana Gil y Rui Lobo"),
            Some(("Ana Gil, Rui Lobo".to_string(), true))
        );
        assert_eq!(name_after_with("Conversa com Angola e Moçambique"), None);
        assert_eq!(
            name_after_with("Entrevista sobre o porto com o Nuno Brasa"),
            Some(("Nuno Brasa".to_string(), true))
        );
        assert_eq!(
            name_after_with("Interview with Ivo Lund 3/4/19").map(|n| n.0),
            Some("Ivo Lund".to_string())
        );
        let whole = ["R – Sou Rita Sales de Melo Faria, nasci em 1950."];
        assert_eq!(
            without_lead_word("Relato de Rita Sales de", &whole).as_deref(),
            Some("Rita Sales de Melo Faria")
        );
        assert_eq!(without_lead_word("Rita Sales de Melo", &whole), None);
        assert_eq!(
            name_after_with("Coffee with Ana Ruiz, then a walk along the quay"),
            None
        );
    }

    #[test]
    fn a_quotation_attributed_in_the_headline_names_the_speaker() {
        assert_eq!(
            quote_attribution(
                "“Vamos tocar tudo de novo”, diz Lia Moura sobre o concerto na Praça da Sé"
            )
            .as_deref(),
            Some("Lia Moura")
        );
        assert_eq!(
            quote_attribution("“Hay que volver”, afirma el alcalde en Ronda"),
            None
        );
        assert_eq!(
            quote_attribution("“Rivers forget nothing”, says Ana Ruiz of the Tide Trust")
                .as_deref(),
            Some("Ana Ruiz")
        );
        assert_eq!(
            quote_attribution("‘Don’t sell the boat’, says Ana Ruiz").as_deref(),
            Some("Ana Ruiz")
        );
        assert_eq!(
            quote_attribution("“I won’t go back”, says Ana Ruiz").as_deref(),
            Some("Ana Ruiz")
        );
    }
}
