//! The shape of words around a capitalised run that tell a person's name from other capitals:
//! a pronoun contraction ("I'm") is no name word, and a run after an article set with a
//! capital mid-sentence is the title of a work.

/// Definite articles (English, Spanish, Portuguese plural, Italian, French, German) and the
/// Spanish contractions with them: a capitalised run after one names an institution or a
/// thing ("en la Junta de Energía", "the Royal Society"), since journalism puts no article
/// before a person's name.
pub const ARTICLES: &[&str] = &[
    "the", "el", "la", "los", "las", "del", "al", "os", "lo", "gli", "le", "les", "der", "die",
];

/// Numerals and quantifiers (English, Spanish, Portuguese) that open a headline's subject
/// ("Two bakers answer", "Muchos vecinos piden…"): a group, never a person's surname.
pub const QUANTIFIERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "many", "most",
    "few", "all", "both", "several", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
    "nueve", "diez", "algunos", "algunas", "muchos", "muchas", "todos", "todas", "dois", "duas",
    "três", "quatro", "sete", "oito", "nove", "dez", "alguns", "algumas", "muitos", "muitas",
];

/// Prepositions (English, Spanish, Portuguese): a headline's words after a comma that open
/// with one ("…, in Nueva Esperanza", "…, em Vila Nova", "…, by Ana Ruiz") name a place, a
/// date or the writer, never the person quoted, whom a verb of saying introduces ("…, says Ana
/// Ruiz").
pub const PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "from", "to", "by", "for", "of", "with", "after", "before", "en", "em", "de",
    "desde", "para", "por", "con", "com", "sobre", "entre", "no", "na", "nos", "nas", "a", "ao",
    "à", "del", "do", "da", "dos", "das", "al",
];

/// Indefinite articles (English, Spanish, Portuguese): a headline presenting the interviewee
/// through one ("Interview of an Engineer", "Entrevista a una maestra") describes the person
/// instead of naming them.
pub const INDEFINITE_ARTICLES: &[&str] = &["a", "an", "un", "una", "um", "uma"];

/// Personal subject pronouns (English, Spanish, Portuguese, French, German), lowercase: a
/// closed class of words that stand for a person already named and never are one. Opening a
/// sentence they are capitalised ("She bakes rye…") like a surname opening it would be.
pub const PERSONAL_PRONOUNS: &[&str] = &[
    "i", "you", "he", "she", "we", "they", "yo", "tú", "él", "ella", "usted", "nosotros",
    "nosotras", "ellos", "ellas", "ustedes", "eu", "tu", "você", "ele", "ela", "nós", "eles",
    "elas", "vocês", "je", "il", "elle", "nous", "vous", "ils", "elles", "ich", "du", "er", "sie",
    "wir", "ihr",
];

/// Third-person singular pronouns in English, Spanish and Portuguese, lowercase (articles
/// spelled like object pronouns, "la", "lo", "o", "a", left out): a text using them speaks
/// about someone rather than as or to them.
pub const THIRD_PERSON: &[&str] = &[
    "he", "his", "him", "she", "her", "hers", "él", "ella", "ele", "ela", "dele", "dela",
];

/// A pronoun that stands for one person ("She", "Él", "Ela"): the name it stands for is the
/// person's, never the pronoun.
pub fn is_pronoun(word: &str) -> bool {
    PERSONAL_PRONOUNS.contains(&trim_word(word).to_lowercase().as_str())
}

/// Opens with a capital letter, whatever follows: "Ana", "FC", "A". The loosest test, for
/// words whose shape is checked otherwise (a run's length, the words around it).
pub fn starts_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Written as a name is: a capital, then a lowercase letter among the rest ("Ana", "McRae"),
/// so neither an initial nor a word in capitals ("A", "FC", "NASA").
pub fn name_cased(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Opens with a capital once opening brackets and quotation marks are passed ("(Ana",
/// "“Ana"): a run of capitals inside an aside or a quotation still counts.
pub fn capitalised_past_quotes(word: &str) -> bool {
    starts_capitalised(word.trim_start_matches(['(', '[', '“', '"', '‘', '«']))
}

/// The headline presents its person with an indefinite article after its first word ("Interview
/// of an Engineer"; a headline opening "A conversation…" says nothing by it).
pub fn describes_anonymously(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    (1..words.len()).any(|i| {
        let lower = words[i].to_lowercase();
        // "a" is also the Portuguese "the" ("fala sobre a mudança"): an article only before a
        // capitalised noun ("Interview of a Nurse").
        let capital_next = words
            .get(i + 1)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        INDEFINITE_ARTICLES.contains(&lower.as_str()) && (lower != "a" || capital_next)
    })
}

/// A pronoun run into its verb ("I'm", "I’ve", "I'd"): one capital letter, an apostrophe,
/// then a few lowercase letters. A name keeps a capital after its apostrophe ("O'Neil").
pub fn is_contraction(word: &str) -> bool {
    word.split_once(['\'', '’']).is_some_and(|(before, after)| {
        before.chars().count() == 1
            && (1..=MAX_CONTRACTION_LETTERS).contains(&after.chars().count())
            && after.chars().all(char::is_lowercase)
    })
}

/// See [`is_contraction`]: "'m", "'ve", "'ll".
const MAX_CONTRACTION_LETTERS: usize = 2;

/// An article set with a capital in the middle of a sentence stands before the name of a work
/// ("os livros Os Dias da Areia e O Farol de Vidro", "she wrote A Field of Salt"): a
/// person's name never takes one.
pub fn after_capital_article(raw: &[&str], start: usize) -> bool {
    let (Some(article), Some(before)) = (
        start.checked_sub(1).map(|i| raw[i]),
        start.checked_sub(2).map(|i| raw[i]),
    ) else {
        return false;
    };
    let capital = article.chars().next().is_some_and(char::is_uppercase);
    let lower = article.to_lowercase();
    // A one-letter article ("O", "A"); "I" is a pronoun.
    let is_article = ARTICLES.contains(&lower.as_str())
        || (article.chars().count() == 1
            && article.chars().all(char::is_alphabetic)
            && lower != "i");
    let mid_sentence = before.ends_with(|c: char| c.is_lowercase() || c == ',');
    capital && is_article && mid_sentence
}

/// True when `text` writes `name` right after a definite article ("the Harbour Showcase
/// page"): journalism sets no article before a person's name, so the run names a series, a page
/// or an institution. An indefinite "a" is no sign (the Spanish personal "a" and the Portuguese
/// article come before people: "Visitamos a Lucía Gil", "A Marta vende"), nor is an article
/// before a longer run of capitals the name opens ("the Ana Ruiz Foundation" names the
/// foundation, not Ana Ruiz).
pub fn after_article(name: &str, text: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at]
            .split_whitespace()
            .next_back()
            .unwrap_or_default();
        let after = &text[at + name.len()..];
        let next_capital = after.starts_with(char::is_whitespace)
            && (after.split_whitespace().next()).is_some_and(|w| w.starts_with(char::is_uppercase));
        let longer = after.starts_with(char::is_alphanumeric) || next_capital;
        ARTICLES.contains(&trim_word(before).to_lowercase().as_str()) && !longer
    })
}

/// A word without the punctuation around it (apostrophes and hyphens inside stay).
pub fn trim_word(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// "Acme’s", "Northwind's": what follows belongs to it, so a name ends there.
pub fn is_possessive(word: &str) -> bool {
    let word = trim_word(word);
    word.ends_with("’s") || word.ends_with("'s")
}

/// The word without its possessive ending ("Brandt’s" is "Brandt").
pub fn without_possessive(word: &str) -> &str {
    (word.strip_suffix("’s").or_else(|| word.strip_suffix("'s"))).unwrap_or(word)
}

/// How much of a word of running text must spell the word looked for in
/// [`written_lowercase_as`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spelling {
    /// Any run of letters inside the word: "well-known" writes "well", "potter's" writes
    /// "potter".
    LetterRun,
    /// The whole word but the punctuation at its ends: "well-known" writes only itself, so a
    /// word counts only where it stands on its own.
    WholeWord,
}

/// True when one of `texts` writes `word` in lowercase, as any run of letters: a word running
/// text also writes in lowercase is a common word ("Author Q&A" over "an author Q&A"), no name.
pub fn written_lowercase(word: &str, texts: &[&str]) -> bool {
    written_lowercase_as(word, texts, Spelling::LetterRun, |_| false)
}

/// [`written_lowercase`], where `spelling` says how much of a text's word must spell `word`, and
/// the words `skip` accepts are passed over: an address spells a site's or a person's name in
/// lowercase, as no ordinary word does (see [`is_web_address`] and [`holds_address_mark`]).
pub fn written_lowercase_as(
    word: &str,
    texts: &[&str],
    spelling: Spelling,
    skip: fn(&str) -> bool,
) -> bool {
    let lower = word.to_lowercase();
    let not_letter = |c: char| !c.is_alphabetic();
    let mut words = (texts.iter().flat_map(|t| t.split_whitespace())).filter(|w| !skip(w));
    match spelling {
        Spelling::LetterRun => words.any(|w| w.split(not_letter).any(|run| run == lower)),
        Spelling::WholeWord => words.any(|w| w.trim_matches(not_letter) == lower),
    }
}

/// A web or mail address, or a word holding one (`<http://…>`__, "www.amaru.example",
/// "ana@site.com").
pub fn is_web_address(word: &str) -> bool {
    word.contains("://") || word.contains("www.") || word.contains('@')
}

/// A word with a mark of an address in it, `@` or `/` ("ana@site.com", "site.com/ana").
pub fn holds_address_mark(word: &str) -> bool {
    word.contains(['@', '/'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pronoun_is_no_name_whatever_its_case() {
        assert!(is_pronoun("She"));
        assert!(is_pronoun("Ella,"));
        assert!(is_pronoun("ELE"));
        assert!(!is_pronoun("Shea"));
        assert!(!is_pronoun("Jen"));
    }

    #[test]
    fn a_headline_with_an_indefinite_article_describes_its_person() {
        assert!(describes_anonymously("Interview of an Engineer"));
        assert!(describes_anonymously("Entrevista a una maestra rural"));
        assert!(describes_anonymously("Interview of a Nurse"));
        assert!(!describes_anonymously("A Conversation with Ana Ruiz"));
        assert!(!describes_anonymously("Moreira fala sobre a mudança"));
    }

    #[test]
    fn only_a_definite_article_before_the_whole_run_makes_it_a_thing() {
        assert!(after_article("Kite Showcase", "for the Kite Showcase page"));
        assert!(!after_article(
            "Lucía Gil",
            "Visitamos a Lucía Gil en su taller."
        ));
        assert!(!after_article(
            "Marta Quelhas",
            "A Marta Quelhas vende peixe."
        ));
        assert!(!after_article(
            "Ana Ruiz",
            "She runs the Ana Ruiz Foundation."
        ));
    }

    #[test]
    fn pronoun_contractions_are_not_name_words() {
        assert!(is_contraction("I'm"));
        assert!(is_contraction("I’ve"));
        assert!(!is_contraction("O'Neil"));
        assert!(!is_contraction("Rosa"));
    }

    #[test]
    fn a_capitalised_article_mid_sentence_opens_a_work_title() {
        let raw: Vec<&str> = "os livros Os Dias da Areia e O Farol de Vidro. A Rita"
            .split_whitespace()
            .collect();
        assert!(after_capital_article(&raw, 3));
        assert!(after_capital_article(&raw, 8));
        assert!(!after_capital_article(&raw, 12));
        let said: Vec<&str> = "then I Googled it".split_whitespace().collect();
        assert!(!after_capital_article(&said, 2));
    }

    #[test]
    fn a_word_is_written_lowercase_as_a_run_of_letters_or_a_whole_word() {
        let texts = [
            "A well-known potter's wheel.",
            "Write to amaru@site.example",
        ];
        assert!(written_lowercase("Potter", &texts));
        assert!(written_lowercase("Well", &texts));
        assert!(!written_lowercase("Wheels", &texts));
        let whole = |word| written_lowercase_as(word, &texts, Spelling::WholeWord, |_| false);
        assert!(!whole("well") && whole("well-known") && whole("wheel"));
        // An address spells a name in lowercase; it is passed over when asked.
        assert!(written_lowercase("Amaru", &texts));
        let read = |skip: fn(&str) -> bool| {
            written_lowercase_as("Amaru", &texts, Spelling::LetterRun, skip)
        };
        assert!(!read(is_web_address) && !read(holds_address_mark));
        assert!(!is_web_address("and/or") && holds_address_mark("and/or"));
    }
}
