//! Questions that ask for a kind of fact besides a quantity — a year ("in what year…", "¿en
//! qué año…") or a name ("what is the name of…", "¿cómo se llama…", "como se chama…") — and
//! passages that give one.
//!
//! Term evidence cannot refuse "¿En qué año nació Rosa García?" where her introduction says
//! where she was born: the words are there, with salience. What is missing is the kind of
//! answer. A year is four digits; a name is a capitalised word that is not one of the
//! question's own words (nor the first of a sentence), or a quoted title, right after what the
//! question asks the name of or after "called"/"llamado"/"chamado". The fact must sit near the question's words (the same
//! sentence, or within a few words), as in [`super::figures`]: a year elsewhere in the
//! passage dates something else. Like the figure rule, this needs no calibration: it holds for
//! one interview and for a thousand alike.

use super::analyzer::AnalyzedWord;
use super::figures;

/// The kind of fact a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    /// "In what year…", "¿en qué año…", "em que ano…": four digits.
    Year,
    /// "What is the name of…", "what is … called", "¿cómo se llama…", "qual é o nome…".
    Name,
}

impl std::fmt::Display for Fact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Fact::Year => "year",
            Fact::Name => "name",
        })
    }
}

/// Words of the opening within which a year or a name is asked for: a chatty opening ("hey,
/// quick one: …") comes first.
const CUE_WITHIN_WORDS: usize = 6;

/// Words that ask "which" before "year" ("what year", "¿qué año?", "em que ano?"), folded.
const WHICH_WORDS: [&str; 5] = ["what", "which", "que", "cual", "qual"];

/// "Year", folded ("año" folds to "ano", as Portuguese spells it).
const YEAR_WORDS: [&str; 2] = ["year", "ano"];

/// Words that ask for a name, folded: "name of", "nombre de", "nome de"; "called", "llama",
/// "chama" in "what is it called", "¿cómo se llama?", "como se chama?"; "title", "título".
#[rustfmt::skip]
const NAME_CUES: &[&str] = &[
    "name", "nombre", "nome", "called", "llama", "llaman", "chama", "chamam", "title", "titulo",
];

/// Name cues that ask for a name only after "se" ("¿cómo se llama?", "como se chama?").
const REFLEXIVE_CUES: [&str; 4] = ["llama", "llaman", "chama", "chamam"];

/// Name cues that are nouns, asking for a name only before "of" or at the question's end.
const NOUN_CUES: [&str; 5] = ["name", "nombre", "nome", "title", "titulo"];

/// "Of" and its Spanish and Portuguese forms, folded, after a noun cue ("name of the band",
/// "nombre del libro", "nome da neta").
#[rustfmt::skip]
const OF_WORDS: &[&str] = &[
    "of", "for", "de", "del", "da", "do", "das", "dos",
];

/// Words after which a passage gives a name, folded: "a consortium called Aguas del Tunari",
/// "se llama Marea Baja", "chamado Quintal"; the nouns a question asks the name by
/// ([`NOUN_CUES`]) too: "under the working title of The Fifth Power".
#[rustfmt::skip]
const NAMING_WORDS: &[&str] = &[
    "called", "named", "titled", "name", "llama", "llaman", "llamado", "llamada", "nombre",
    "titulado", "titulada", "chama", "chamam", "chamado", "chamada", "nome", "intitulado",
    "title", "titulo",
];

/// Words between what the question asks the name of and the name: "the band, Marea Baja",
/// "seu quinto álbum, Quintal do Mundo".
const NAME_WINDOW: usize = 3;

/// Words between a year and a word of the question for the year to date it, as for figures.
const YEAR_WINDOW: usize = 6;

/// Years a four-digit number is read as.
const YEARS: std::ops::RangeInclusive<u32> = 1000..=2099;

/// Quotation marks and emphasis that open a title: “Marea Baja”, «Cien años», *Quintal*.
const TITLE_OPENERS: [char; 5] = ['“', '«', '"', '*', '_'];

/// The fact a question asks for, from its analysed words, if any besides a quantity (see
/// [`figures::asks_for_figure`], checked first).
pub(super) fn asks_for(words: &[AnalyzedWord]) -> Option<Fact> {
    if asks_why(words) {
        return None;
    }
    let opening = &words[..words.len().min(CUE_WITHIN_WORDS + 1)];
    let is = |w: &AnalyzedWord, list: &[&str]| list.contains(&w.surface.as_str());
    let asks_year = opening
        .windows(2)
        .any(|pair| is(&pair[0], &WHICH_WORDS) && is(&pair[1], &YEAR_WORDS));
    if asks_year {
        return Some(Fact::Year);
    }
    let names = opening.iter().enumerate().any(|(at, w)| {
        // "¿Qué le llama la atención?" is no name: "llama" and "chama" ask for one after "se".
        let reflexive = at > 0 && opening[at - 1].surface == "se";
        // "Can you name the main problem?" asks for no name: a noun "name" is "the name of…",
        // "nombre del…", or ends the question ("what is her name?").
        let next = words.get(at + 1).map(|n| n.surface.as_str());
        let noun = !is(w, &NOUN_CUES) || next.is_none_or(|n| OF_WORDS.contains(&n));
        is(w, NAME_CUES) && (reflexive || !is(w, &REFLEXIVE_CUES)) && noun
    });
    names.then_some(Fact::Name)
}

/// Whether the question asks why (in its first words: "why", "por qué", "por que razão",
/// Portuguese "porque é que"): "Why is the record called Quarenta?" asks for a reason, which
/// the name it already gives does not answer.
fn asks_why(words: &[AnalyzedWord]) -> bool {
    let head = &words[..words.len().min(WHICH_WITHIN_WORDS)];
    head.iter().enumerate().any(|(at, word)| {
        let next = words.get(at + 1).map_or("", |w| w.surface.as_str());
        match word.surface.as_str() {
            "why" => true,
            "por" => next == "que",
            "porque" => at == 0,
            _ => false,
        }
    })
}

/// Words of the opening within which "who", "where" or "which" asks for a fact.
const WHICH_WITHIN_WORDS: usize = 3;

/// "Who", "where", "which" and their Spanish and Portuguese forms, folded: they ask for one
/// person, place or thing.
#[rustfmt::skip]
const ENTITY_WORDS: &[&str] = &[
    "who", "whom", "where", "which", "quien", "quienes", "donde", "cual", "cuales", "quem",
    "onde", "qual", "quais",
];

/// Whether the question asks who, where or which (in its first words): a fact about one
/// person, place or thing, whatever kind of answer gives it.
pub(super) fn asks_which(words: &[AnalyzedWord]) -> bool {
    words
        .iter()
        .take(WHICH_WITHIN_WORDS)
        .any(|w| ENTITY_WORDS.contains(&w.surface.as_str()))
}

/// "When" in the three languages, folded.
const WHEN_WORDS: [&str; 3] = ["when", "cuando", "quando"];

/// Whether the question asks when (in its first words): for a date or a time, a fact.
pub(super) fn asks_when(words: &[AnalyzedWord]) -> bool {
    words
        .iter()
        .take(WHICH_WITHIN_WORDS)
        .any(|w| WHEN_WORDS.contains(&w.surface.as_str()))
}

/// Question words of the three languages, folded: a question opening with none of them asks
/// yes or no ("¿Era tímida Margarita Salas?", "Is the novel autobiographical?").
#[rustfmt::skip]
const QUESTION_WORDS: &[&str] = &[
    "what", "which", "who", "whom", "whose", "where", "when", "why", "how",
    "que", "cual", "cuales", "quien", "quienes", "donde", "cuando", "por", "como", "cuanto",
    "cuanta", "cuantos", "cuantas",
    "qual", "quais", "quem", "onde", "quando", "quanto", "quanta", "quantos", "quantas",
];

/// Whether the question asks yes or no: no question word in its first words.
pub(super) fn asks_yes_or_no(words: &[AnalyzedWord]) -> bool {
    !words
        .iter()
        .take(WHICH_WITHIN_WORDS)
        .any(|w| QUESTION_WORDS.contains(&w.surface.as_str()))
}

/// Whether a question word only asks for the fact ("year", "name", "called"): it is no topic
/// the fact must sit next to.
pub(super) fn is_cue(surface: &str) -> bool {
    YEAR_WORDS.contains(&surface) || NAME_CUES.contains(&surface)
}

/// What a passage is checked against: which of its words are the question's topic, and which
/// are words of the question at all (a name the question already gives is no answer).
pub(super) struct Question<'a> {
    /// Whether a word of the passage is one of the question's topic words.
    pub(super) is_topic: &'a dyn Fn(&AnalyzedWord) -> bool,
    /// Whether a word of the passage is any word of the question, names included.
    pub(super) is_own: &'a dyn Fn(&AnalyzedWord) -> bool,
    /// Whether the interviewer's question the passage answers asks about the topic: then the
    /// whole answer is about it, and the fact may be anywhere in it.
    pub(super) asked_by_interviewer: bool,
}

/// Whether a passage's analysed words give the `fact` asked, near the question's topic.
pub(super) fn gives(fact: Fact, text: &str, words: &[AnalyzedWord], question: &Question) -> bool {
    match fact {
        Fact::Year => dated(text, words, question, &|w| is_year(&w.surface)),
        Fact::Name => names_one(text, words, question),
    }
}

/// Whether a word for which `is_fact` holds is near a topic word (or anywhere, when the
/// interviewer asked about the topic).
fn dated(
    text: &str,
    words: &[AnalyzedWord],
    question: &Question,
    is_fact: &dyn Fn(&AnalyzedWord) -> bool,
) -> bool {
    let topic: Vec<&AnalyzedWord> = words.iter().filter(|w| (question.is_topic)(w)).collect();
    words.iter().filter(|w| is_fact(w)).any(|fact| {
        question.asked_by_interviewer
            || topic.iter().any(|word| {
                fact.position.abs_diff(word.position) <= YEAR_WINDOW
                    || figures::same_sentence(text, fact, word)
            })
    })
}

/// A lone four-digit year.
fn is_year(surface: &str) -> bool {
    surface.len() == 4
        && surface.chars().all(|c| c.is_ascii_digit())
        && surface.parse::<u32>().is_ok_and(|n| YEARS.contains(&n))
}

/// Whether the passage gives a name: a name right after a topic word or after a naming word,
/// in a passage that speaks of the topic.
fn names_one(text: &str, words: &[AnalyzedWord], question: &Question) -> bool {
    let about_topic = question.asked_by_interviewer || words.iter().any(|w| (question.is_topic)(w));
    if !about_topic {
        return false;
    }
    words.iter().enumerate().any(|(at, word)| {
        let cue = (question.is_topic)(word) || NAMING_WORDS.contains(&word.surface.as_str());
        cue && words[at + 1..]
            .iter()
            .take(NAME_WINDOW)
            .any(|next| is_name(text, next, question))
    })
}

/// A capitalised content word that is not the question's own and does not open a sentence, or
/// a word opening a quoted or emphasised title.
fn is_name(text: &str, word: &AnalyzedWord, question: &Question) -> bool {
    let before = text[..word.start].trim_end_matches(' ');
    if before.ends_with(TITLE_OPENERS) {
        return true;
    }
    let capitalised = text[word.start..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let opens_sentence = before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '—']);
    capitalised && word.term.is_some() && !opens_sentence && !(question.is_own)(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::Analyzer;
    use crate::search::language::Language;

    fn asks(question: &str, language: Language) -> Option<Fact> {
        asks_for(&Analyzer::new(language).analyze(question))
    }

    /// Whether `text` gives `fact`, the topic and the question's words being `topic` (terms).
    fn gives_in(fact: Fact, text: &str, topic: &[&str], language: Language) -> bool {
        let mut analyzer = Analyzer::new(language);
        let topic: Vec<String> = topic.iter().flat_map(|w| analyzer.terms(w)).collect();
        let is_topic = |w: &AnalyzedWord| w.term.as_ref().is_some_and(|t| topic.contains(t));
        let question = Question {
            is_topic: &is_topic,
            is_own: &is_topic,
            asked_by_interviewer: false,
        };
        gives(fact, text, &analyzer.analyze(text), &question)
    }

    #[test]
    fn years_and_names_are_asked_for_in_three_languages() {
        use Fact::{Name, Year};
        use Language::{En, Es, Pt};
        let cases = [
            ("In what year was the plant opened?", En, Some(Year)),
            ("¿En qué año nació Rosa García?", Es, Some(Year)),
            ("Em que ano nasceu Raimundo Silva?", Pt, Some(Year)),
            // "When" is answered by a date as often as by an event ("when I met Ochoa").
            ("When did Diego Vargas retire?", En, None),
            ("What was the name of her first album?", En, Some(Name)),
            ("¿Cómo se llama el libro de Inés Cárdenas?", Es, Some(Name)),
            ("Qual é o nome da neta dele?", Pt, Some(Name)),
            ("¿Qué le llama la atención de Lima?", Es, None),
            ("Can you name the biggest problem of the reform?", En, None),
            ("And what is her name?", En, Some(Name)),
            (
                "What happens to the debt when the husband leaves?",
                En,
                None,
            ),
            ("Por que a cidade alaga quando chove?", Pt, None),
            ("Por que razão o disco se chama Quarenta?", Pt, None),
            ("Porque é que a banda se chama assim?", Pt, None),
            ("Why is the album called Quintal?", En, None),
            ("¿Por qué eligió ese nombre?", Es, None),
            ("What does she think about lithium?", En, None),
        ];
        for (question, language, fact) in cases {
            assert_eq!(asks(question, language), fact, "{question}");
        }
        let which = |q: &str, l| asks_which(&Analyzer::new(l).analyze(q));
        assert!(which("Who is the current coach of the national team?", En));
        assert!(which("e aí, quem recebe os alertas?", Pt));
        assert!(which("¿Dónde estudió Rosa García?", Es));
        assert!(!which("What does she think of the people who left?", En));
        let yes_or_no = |q: &str, l| asks_yes_or_no(&Analyzer::new(l).analyze(q));
        assert!(yes_or_no("O romance de Elvira Vigna é autobiográfico?", Pt));
        assert!(yes_or_no("¿Era tímida Margarita Salas?", Es));
        assert!(!yes_or_no("¿Por qué era tímida?", Es));
        let when = |q: &str, l| asks_when(&Analyzer::new(l).analyze(q));
        assert!(when("When is the next summit going to be held?", En));
        assert!(when("Quando abre a biblioteca ao domingo?", Pt));
        assert!(!when("¿Qué hacía usted cuando era niña?", Es));
    }

    #[test]
    fn a_year_counts_only_near_the_question_s_words() {
        let text = "Rosa García nació en una comunidad quechua. Renunció en 2019.";
        assert!(!gives_in(Fact::Year, text, &["nació"], Language::Es));
        assert!(gives_in(Fact::Year, text, &["renunció"], Language::Es));
        let debut = "My debut for the national team was in 2001, away in Asunción.";
        assert!(gives_in(Fact::Year, debut, &["debut"], Language::En));
    }

    #[test]
    fn a_name_is_a_new_capitalised_word_or_title_next_to_what_is_named() {
        let band = "We met at the conservatory. It is called Marea Baja, like the record.";
        assert!(gives_in(
            Fact::Name,
            band,
            &["band", "record"],
            Language::En
        ));
        let album = "Her first album, released in 2018 on a small label in Buenos Aires, sank.";
        assert!(!gives_in(Fact::Name, album, &["album"], Language::En));
        let mother = "Minha mãe queria que eu fosse contador.";
        assert!(!gives_in(Fact::Name, mother, &["mãe"], Language::Pt));
        let fifth = "Seu quinto álbum, *Quintal do Mundo*, mistura samba.";
        assert!(gives_in(Fact::Name, fifth, &["álbum"], Language::Pt));
        let working = "I drafted the whole book under the working title of The Salt Road.";
        assert!(gives_in(Fact::Name, working, &["working"], Language::En));
        let untitled = "The working title was long, and I never liked it.";
        assert!(!gives_in(Fact::Name, untitled, &["working"], Language::En));
        let own = "A president of the Bolivian football federation was arrested.";
        assert!(!gives_in(
            Fact::Name,
            own,
            &["president", "Bolivian"],
            Language::En
        ));
    }
}
