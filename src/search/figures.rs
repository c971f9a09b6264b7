//! Questions that ask for a figure ("how many goals…", "¿cuántos años…", "quantos habitantes…")
//! and passages that state one.
//!
//! Term evidence cannot refuse "How many goals did Vargas score?" in an archive where Vargas
//! talks about his first goal: every word of the question is there, with salience. What is
//! missing is the kind of answer: a question about a quantity is answered by a passage that
//! gives a number (digits or a number word), and a passage with none is no answer, however
//! well it matches. Years ("in 2001") are dates, not amounts. This holds for one interview and
//! for a thousand alike, so the rule needs no calibration.

use super::analyzer::AnalyzedWord;
use super::language::Language;

mod counts;
mod of_things;

use counts::counts_asked;
pub(super) use counts::counts_things;

/// Words of the question's opening within which a quantity cue counts: a chatty opening
/// ("hey, quick one: how many…") comes first, while a cue further on is rarely the question's
/// own ("en cuanto a…", "quanto mais…").
const CUE_WITHIN_WORDS: usize = 5;

/// Two-word English cues, as (first, second), lowercased. "How long", "how far" and "how big"
/// are left out: they as often ask for a judgement ("how far will the reform go?").
const EN_CUES: [(&str, &str); 5] = [
    ("how", "many"),
    ("how", "much"),
    ("how", "old"),
    ("how", "high"),
    ("how", "tall"),
];

/// Words that open a question asking which value something has ("what is the population…",
/// "¿cuál es el precio…", "qual é o salário…"), folded.
const WHICH_WORDS: [&str; 4] = ["what", "which", "cual", "qual"];

/// English auxiliaries that, right after "what", make the question about an action.
const AUXILIARIES: [&str; 3] = ["do", "does", "did"];

/// Words after "what" within which the measure is named: "what is the current *price*".
const MEASURE_WITHIN_WORDS: usize = 4;

/// Nouns that name a measured value: after [`WHICH_WORDS`] in the question's opening they make
/// it ask for a figure, and they are what the figure must be a figure of. Folded, per language
/// in one list (the three languages do not share a spelling with another meaning).
#[rustfmt::skip]
const MEASURES: &[&str] = &[
    "population", "price", "prices", "cost", "costs", "salary", "wage", "wages", "height",
    "length", "distance", "size", "number", "percentage", "rate", "age", "temperature",
    "weight", "budget",
    "poblacion", "precio", "precios", "costo", "coste", "salario", "sueldo", "altura",
    "longitud", "distancia", "tamano", "numero", "porcentaje", "tasa", "edad", "presupuesto",
    "populacao", "preco", "precos", "custo", "salario", "comprimento", "tamanho",
    "porcentagem", "taxa", "idade", "orcamento",
];

/// One-word Spanish and Portuguese cues, folded (accents typed or not).
const ONE_WORD_CUES: [&str; 8] = [
    "cuantos", "cuantas", "cuanto", "cuanta", "quantos", "quantas", "quanto", "quanta",
];

/// Cues that ask for a degree as often as for an amount when a verb follows ("how much did
/// it change?"), folded: they ask for a figure only before a noun or with an
/// [`AMOUNT_VERBS`] verb.
const DEGREE_CUES: [&str; 5] = ["much", "cuanto", "cuanta", "quanto", "quanta"];

/// Degree cues whose noun would be masculine singular, folded (see [`is_verb_after`]).
const MASCULINE_SINGULAR_CUES: [&str; 2] = ["cuanto", "quanto"];

/// Endings no masculine singular noun has, folded, that end conjugated verbs: the third
/// person singular and plural of "-ar" verbs ("tarda", "cuestan", "custam"), the plural of the
/// others ("crecen", "vendem"), Portuguese preterites ("custou", "cresceu", "subiu").
const VERB_ENDINGS_AFTER_CUE: [&str; 8] = ["a", "an", "en", "am", "em", "ou", "eu", "iu"];

/// Verbs whose "how much" is an amount, folded: costing, spending, paying, earning, weighing,
/// and selling, whose "how much … sell for?" asks a price as "cost" does. Buying is left out:
/// "how much does she buy into…" asks a degree and "compra" is as often the noun "purchase".
#[rustfmt::skip]
const AMOUNT_VERBS: &[&str] = &[
    "cost", "costs", "spend", "spends", "spent", "pay", "pays", "paid", "earn", "earns",
    "earned", "charge", "charges", "weigh", "weighs", "sell", "sells", "sold",
    "cuesta", "cuestan", "gasta", "gastan", "paga", "pagan", "gana", "ganan", "pesa", "pesan",
    "vende", "venden", "vendio",
    "custa", "custam", "gastam", "pagam", "ganha", "ganham", "vendem", "vendeu",
];

/// Number words that state an amount, per language, folded. Articles that double as "one"
/// ("un", "uma") and ordinals ("first") are left out: they state no amount.
#[rustfmt::skip]
const EN_NUMBERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
    "trillion", "dozen", "dozens", "half", "third", "thirds", "quarter", "fifth", "percent",
    "twice", "tens", "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
#[rustfmt::skip]
const ES_NUMBERS: &[&str] = &[
    "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
    "quince", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
    "noventa", "cien", "ciento", "cientos", "mil", "miles", "millon", "millones", "docena",
    "mitad", "tercio", "tercios", "decenas", "trece", "catorce", "dieciseis", "diecisiete",
    "dieciocho", "diecinueve", "veintiun", "veintiuno", "veintiuna", "veintidos", "veintitres",
    "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve",
];
#[rustfmt::skip]
const PT_NUMBERS: &[&str] = &[
    "dois", "duas", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze",
    "doze", "quinze", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta",
    "noventa", "cem", "cento", "centenas", "mil", "milhares", "milhao", "milhoes", "bilhao",
    "bilhoes", "duzia", "metade", "terco", "tercos", "dezenas", "treze", "catorze", "quatorze",
    "dezesseis", "dezessete", "dezoito", "dezenove",
];

/// Words between a figure and a word of the question for the figure to count it: "460
/// terawatt-hours of electricity", "gasta em saúde cerca de 9%".
const FIGURE_WINDOW: usize = 6;

/// Years a four-digit number is read as (a date, not an amount).
const YEARS: std::ops::RangeInclusive<u32> = 1000..=2099;

/// What a question that asks for a quantity counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Asked {
    /// The word right after the cue, as an index term: "how many *goals*", "quantos
    /// *habitantes*".
    Counted(String),
    /// No word follows the cue directly ("how much do hospitals spend", "how old is she"):
    /// the figure may count any of the question's topic words.
    Topic,
}

/// Whether the question asks for a quantity, from its analysed words, and what it counts.
pub(super) fn asks_for_figure(words: &[AnalyzedWord]) -> Option<Asked> {
    let opening = &words[..words.len().min(CUE_WITHIN_WORDS + 1)];
    if let Some(measure) = asks_which_value(opening) {
        return Some(measure);
    }
    let two_words = opening
        .windows(2)
        .position(|pair| EN_CUES.contains(&(pair[0].surface.as_str(), pair[1].surface.as_str())));
    let cue_end = two_words.map(|at| at + 1).or_else(|| {
        opening
            .iter()
            .position(|w| ONE_WORD_CUES.contains(&w.surface.as_str()))
    })?;
    let is_amount_verb = |w: &AnalyzedWord| AMOUNT_VERBS.contains(&w.surface.as_str());
    let cue = &words[cue_end];
    let next = words
        .get(cue_end + 1)
        .filter(|w| w.position == cue.position + 1 && w.term.is_some());
    let degree = DEGREE_CUES.contains(&cue.surface.as_str());
    if let Some(next) = next {
        let verb = degree && is_verb_after(cue, next);
        let term = || Asked::Counted(next.term.clone().unwrap_or_default());
        match (degree, verb) {
            // "How much" before a noun asks for an amount stated in units, which the answer
            // names instead of the thing measured ("cuánto tiempo" - "tres meses").
            (true, false) => return Some(Asked::Topic),
            // "¿Cuánto cuesta…?": the figure is a price, said near the verb or its noun.
            (true, true) if is_amount_verb(next) => return Some(term()),
            (true, true) => {}
            (false, _) => return Some(term()),
        }
    }
    // "How much did the pandemic change her work?", "¿cuánto tarda…?" ask for a degree or a
    // duration, answered in words as often as in figures.
    (!degree || words.iter().any(is_amount_verb)).then_some(Asked::Topic)
}

/// Whether the word right after a degree cue is a conjugated verb rather than the noun
/// measured, by agreement: a noun after a masculine singular cue ("cuánto", "quanto") is
/// masculine singular too, so a word ending like a feminine, a plural verb or a Portuguese
/// preterite ("cuánto tarda", "cuánto cuestan", "quanto custou") is the verb asked about.
fn is_verb_after(cue: &AnalyzedWord, next: &AnalyzedWord) -> bool {
    MASCULINE_SINGULAR_CUES.contains(&cue.surface.as_str())
        && VERB_ENDINGS_AFTER_CUE
            .iter()
            .any(|ending| next.surface.ends_with(ending))
}

/// "What is the population…": a value asked for by name, the measure being what is counted.
fn asks_which_value(opening: &[AnalyzedWord]) -> Option<Asked> {
    let which = opening
        .iter()
        .position(|w| WHICH_WORDS.contains(&w.surface.as_str()))?;
    let after = &opening[which + 1..];
    // "What does the price depend on?" asks about something the price does, not its value.
    if after
        .first()
        .is_some_and(|w| AUXILIARIES.contains(&w.surface.as_str()))
    {
        return None;
    }
    let measure = after
        .iter()
        .take(MEASURE_WITHIN_WORDS)
        .find(|w| MEASURES.contains(&w.surface.as_str()))?;
    Some(match &measure.term {
        Some(term) => Asked::Counted(term.clone()),
        None => Asked::Topic,
    })
}

/// Whether a passage's analysed words state an amount of what the question asks about: a
/// number that is not a year, or a number word of the passage's language, within
/// [`FIGURE_WINDOW`] words of, or in the same sentence as, a word for which `asked` holds. A figure elsewhere in the
/// passage counts something else ("I moved to La Paz at fifteen" is no number of goals) —
/// unless the interviewer's question the passage answers is the one about it
/// (`asked_by_interviewer`), which makes the whole answer about it. A number the question itself
/// writes (`question`: "the 7 Cities app", "the 2 seasons") names what is asked about, so it is
/// not the figure asked for.
pub(super) fn states_figure(
    text: &str,
    words: &[AnalyzedWord],
    language: Language,
    asked: &dyn Fn(&AnalyzedWord) -> bool,
    context: (bool, &[AnalyzedWord]),
) -> bool {
    stated(text, words, language, asked, context, false)
}

/// As [`states_figure`], for a question asking how many things (see [`counts_things`]): a
/// figure written right before another noun counts that noun
/// ("quince años", "trinta horas"), so it states no number of the thing asked unless "of" and
/// the thing follow the noun ("dos millones de litros de agua").
pub(super) fn states_count(
    text: &str,
    words: &[AnalyzedWord],
    language: Language,
    asked: &dyn Fn(&AnalyzedWord) -> bool,
    context: (bool, &[AnalyzedWord]),
) -> bool {
    stated(text, words, language, asked, context, true)
}

fn stated(
    text: &str,
    words: &[AnalyzedWord],
    language: Language,
    asked: &dyn Fn(&AnalyzedWord) -> bool,
    (asked_by_interviewer, question): (bool, &[AnalyzedWord]),
    counted: bool,
) -> bool {
    let numbers = match language {
        Language::Es => ES_NUMBERS,
        Language::Pt => PT_NUMBERS,
        _ => EN_NUMBERS,
    };
    let is_figure =
        |w: &AnalyzedWord| is_amount(&w.surface) || numbers.contains(&w.surface.as_str());
    let given: Vec<&str> = question
        .iter()
        .filter(|w| is_figure(w))
        .map(|w| w.surface.as_str())
        .collect();
    let asked_words: Vec<&AnalyzedWord> = words.iter().filter(|w| asked(w)).collect();
    let new_figure = |w: &&AnalyzedWord| is_figure(w) && !given.contains(&w.surface.as_str());
    let of_asked = |at: usize| {
        (!counted || counts_asked(text, words, at, &is_figure, asked))
            && !of_things::counts_a_thing_asked_about(words, at, &is_figure, question)
    };
    let at_of = |w: &AnalyzedWord| words.iter().position(|x| x.position == w.position);
    words.iter().filter(new_figure).any(|figure| {
        if !at_of(figure).is_some_and(of_asked) {
            return false;
        }
        asked_by_interviewer
            || asked_words.iter().any(|word| {
                figure.position.abs_diff(word.position) <= FIGURE_WINDOW
                    || same_sentence(text, figure, word)
            })
    })
}

/// Whether no sentence ends between two words of `text`.
pub(super) fn same_sentence(text: &str, a: &AnalyzedWord, b: &AnalyzedWord) -> bool {
    let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
    let between = text.get(first.end..second.start).unwrap_or("");
    let mut chars = between.chars().peekable();
    while let Some(c) = chars.next() {
        let ends = matches!(c, '.' | '!' | '?' | ';' | '\n');
        if ends && chars.peek().is_none_or(|next| next.is_whitespace()) {
            return false;
        }
    }
    true
}

/// A word made of digits (with separators: "1,500", "9%", "460") that is not a lone year.
fn is_amount(word: &str) -> bool {
    let digits: String = word.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return false;
    }
    let year = digits.len() == 4
        && digits.len() == word.len()
        && digits.parse::<u32>().is_ok_and(|n| YEARS.contains(&n));
    !year
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::Analyzer;

    fn asks(question: &str, language: Language) -> bool {
        asks_for_figure(&Analyzer::new(language).analyze(question)).is_some()
    }

    fn states(text: &str, language: Language) -> bool {
        let asked = |_: &AnalyzedWord| true;
        let words = Analyzer::new(language).analyze(text);
        states_figure(text, &words, language, &asked, (false, &[]))
    }

    #[test]
    fn how_many_how_much_and_their_spanish_and_portuguese_forms_ask_for_a_figure() {
        let cases = [
            ("How many goals did he score?", Language::En, true),
            ("hey, quick one: how much does it cost", Language::En, true),
            ("¿Cuántos años tiene?", Language::Es, true),
            ("Quantos habitantes tem o Recife?", Language::Pt, true),
            ("What does she think about lithium?", Language::En, false),
            (
                "What did he say about water, and how much it matters to them?",
                Language::En,
                false,
            ),
        ];
        for (question, language, expected) in cases {
            assert_eq!(asks(question, language), expected, "{question}");
        }
    }

    #[test]
    fn digits_and_number_words_state_a_figure_but_years_and_ordinals_do_not() {
        let en = |text| states(text, Language::En);
        assert!(en("They used 460 terawatt-hours.") && en("well over a fifth of the budget"));
        assert!(!en(
            "My debut was in 2001, and my first goal came a year later."
        ));
        assert!(states("gasta cerca de 9% do PIB", Language::Pt));
        assert!(states("más de quince años", Language::Es));
        assert!(!states(
            "O Tapajós sempre foi um rio de água clara.",
            Language::Pt
        ));
    }

    #[test]
    fn a_number_the_question_writes_is_not_the_figure_it_asks_for() {
        let text = "The developer of the best strategy game in 7 Cities answered our questions.";
        let words = Analyzer::new(Language::En).analyze(text);
        let question = Analyzer::new(Language::En).analyze("How much did the 7 Cities app cost?");
        let any = |_: &AnalyzedWord| true;
        assert!(states_figure(
            text,
            &words,
            Language::En,
            &any,
            (false, &[])
        ));
        assert!(!states_figure(
            text,
            &words,
            Language::En,
            &any,
            (false, &question)
        ));
        let text = "It cost 40,000 dollars to build 7 Cities.";
        let words = Analyzer::new(Language::En).analyze(text);
        assert!(states_figure(
            text,
            &words,
            Language::En,
            &any,
            (false, &question)
        ));
    }

    #[test]
    fn a_figure_far_from_the_words_asked_about_counts_something_else() {
        let text = "I moved to La Paz at fifteen. My brother and my cousins were there. Then I scored goals.";
        let words = Analyzer::new(Language::En).analyze(text);
        let goals = |w: &AnalyzedWord| w.surface == "goals";
        assert!(!states_figure(
            text,
            &words,
            Language::En,
            &goals,
            (false, &[])
        ));
        assert!(states_figure(
            text,
            &words,
            Language::En,
            &goals,
            (true, &[])
        ));
        let paz = |w: &AnalyzedWord| w.surface == "paz";
        assert!(states_figure(
            text,
            &words,
            Language::En,
            &paz,
            (false, &[])
        ));
        let text = "The law fixed it at three per cent of the value, one of the lowest rates in the region.";
        let words = Analyzer::new(Language::En).analyze(text);
        let rates = |w: &AnalyzedWord| w.surface == "rates";
        assert!(
            states_figure(text, &words, Language::En, &rates, (false, &[])),
            "same sentence"
        );
    }

    #[test]
    fn the_word_right_after_the_cue_or_the_measure_named_is_what_is_counted() {
        let asked = |q: &str, language| asks_for_figure(&Analyzer::new(language).analyze(q));
        let term = |word: &str| Analyzer::new(Language::En).terms(word).remove(0);
        let cases = [
            (
                "How many goals did he score?",
                Some(Asked::Counted(term("goals"))),
            ),
            (
                "What is the population of Bolivia?",
                Some(Asked::Counted(term("population"))),
            ),
            ("How old is Okafor?", Some(Asked::Topic)),
            ("How much does it cost?", Some(Asked::Topic)),
            (
                "How much did the largest canvas sell for?",
                Some(Asked::Topic),
            ),
            ("What did she share about the app?", None),
            ("What lessons would she share with young players?", None),
            ("How much does she buy into the hype?", None),
            ("How much did the pandemic change her work?", None),
            ("Why did prices rise?", None),
            ("What do prices tell us?", None),
            ("What is the role of the state in prices?", None),
            ("What does she think of the price of water?", None),
        ];
        for (question, expected) in cases {
            assert_eq!(asked(question, Language::En), expected, "{question}");
        }
        assert_eq!(
            asked("quanto o Brasil gasta com saúde", Language::Pt),
            Some(Asked::Topic)
        );
        assert!(asked("Quanto custa a conta de água?", Language::Pt).is_some());
        assert!(asked("¿Cuánto vendió la primera edición?", Language::Es).is_some());
        assert!(asked("Quanto vendeu o primeiro disco?", Language::Pt).is_some());
        assert_eq!(
            asked(
                "¿Cuánto cambian las cosas con la compra del sello?",
                Language::Es
            ),
            None
        );
    }

    #[test]
    fn how_much_before_a_noun_asks_for_units_and_before_a_verb_for_a_degree() {
        let asked = |q: &str| asks_for_figure(&Analyzer::new(Language::Es).analyze(q));
        let term = |word: &str| Analyzer::new(Language::Es).terms(word).remove(0);
        assert_eq!(
            asked("¿Cuánto tiempo lleva hacer un mantel grande?"),
            Some(Asked::Topic)
        );
        assert_eq!(asked("¿Cuánto tarda una operación de cadera?"), None);
        assert_eq!(asked("¿Cuánto crecen las ciudades?"), None);
        assert_eq!(
            asked("¿Cuánto cuesta un garrafón de agua?"),
            Some(Asked::Counted(term("cuesta")))
        );
        assert_eq!(
            asked("¿Cuántos años tiene?"),
            Some(Asked::Counted(term("años")))
        );
        let pt = Analyzer::new(Language::Pt).analyze("Quanto demora a obra?");
        assert_eq!(asks_for_figure(&pt), None);
    }
}
