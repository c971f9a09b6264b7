//! What Snowball's Spanish and Portuguese stemmers miss, fixed before they run.
//!
//! - Portuguese Snowball reads its suffixes with their accents ("-ção", "-ções", "-ência",
//!   "-ável"): fed a folded word it leaves "privatizacao" as "privatizaca" while "privatizar"
//!   becomes "privatiz". So Portuguese words are stemmed as written and folded afterwards, and a
//!   word typed without accents first gets back the accents its ending always carries ("-cao"
//!   is "-ção", "-encia" is "-ência"). (see [`super::typed_endings`]).
//! - Neither stemmer reduces every plural: Portuguese "-ões", "-ais", "-éis", "-óis", "-ns"
//!   ("ações", "canais", "papéis", "estiagens") and Spanish "-ces" after a vowel ("luces",
//!   "raíces") kept a stem of their own, apart from the singular. They are made singular first.
//! - Spanish Snowball stems a plural and its singular apart whenever the singular ends like a
//!   verb: "ciudad" loses "-ad" (an imperative ending) and becomes "ciud" while "ciudades" stays
//!   "ciudad"; "mujer"/"mujeres", "lugar"/"lugares", "verdad"/"verdades" split the same way, and
//!   "gobiernos" reads as "gobier" + the pronoun "nos" ("gobi", apart from "gobierno"). So every
//!   Spanish plural is made singular before stemming (see [`spanish_singular`]).
//! - Portuguese writes a verb's pronouns after it with hyphens ("fazê-lo", "vende-se"), even
//!   inside a future or conditional ("dir-se-ia", "fá-lo-ei"); the tokenizer keeps such a verb
//!   whole and [`portuguese_verb_without_clitics`] gives back the verb ("fazer", "diria").
//! - Superlatives ("muchísimo", "importantíssimo") are their adjective, so "muchísimo" is as
//!   empty as "mucho".
//! - Agent nouns in "-edor" and "-idor" ("vendedoras", "consumidores", "investidor") are stemmed
//!   apart from their verb by both stemmers, which only know "-ador"; they become the verb's
//!   infinitive first ("vender", "consumir"). Action nouns in "-ción"/"-ção" other than "-ación"
//!   and "-ución" ("producción", "construção", "distribuição") likewise lose their ending.

use super::clitics;
use super::short_words;

/// Shortest plural whose ending is trusted: shorter ones are mostly grammar ("aos", "pais").
const MIN_INFLECTED_CHARS: usize = 5;

/// Shortest Spanish word whose "-s" after "a" or "o" is trusted as a plural ("años", "días");
/// shorter ones are grammar ("los", "dos").
const MIN_SHORT_PLURAL_CHARS: usize = 4;

/// Spanish diphthongs of a stressed root and the vowel of the unstressed one.
const DIPHTHONGS: &[(&str, &str)] = &[("ie", "e"), ("ue", "o")];

/// Words whose "ie" or "ue" is no stressed root of another word's "e" or "o", folded: read
/// without it they met other words ("viento" met "ventas", "pies" "pesos", "cien" "cena",
/// "jueves" "joven", "piedra" "Pedro", "nueve" "nuevo", "puerta" "portada", "dueño" "donar",
/// "miedo" "medidas", "suelo" (ground) "sol", "pieza" "pez", "sueldo" "soldado", "rueda"
/// "rodea").
const KEEPS_DIPHTHONG: &[&str] = &[
    "viento", "vientos", "cielo", "cielos", "pie", "pies", "cien", "jueves", "piedra", "piedras",
    "nueve", "puerta", "puertas", "dueno", "duenos", "duena", "duenas", "cuero", "cueros", "hueso",
    "huesos", "tienda", "tiendas", "buen", "miedo", "miedos", "suelo", "suelos", "pieza", "piezas",
    "sueldo", "sueldos", "rueda", "ruedas",
];

/// Whether a Spanish word (folded) keeps the diphthong of its stem, see [`KEEPS_DIPHTHONG`].
pub(super) fn keeps_diphthong(folded: &str) -> bool {
    KEEPS_DIPHTHONG.contains(&folded)
}

/// The root of "jugar", the one verb whose "u" splits into "ue" when stressed.
const JUGAR_ROOT: &str = "jug";

/// The stressed root of "jugar" that Snowball leaves in "juego", "juegan".
const JUGAR_DIPHTHONG: &str = "jueg";

/// Least letters left before a superlative ending: shorter roots are words that only end like
/// it.
const MIN_DERIVED_ROOT_CHARS: usize = 3;

/// Spanish verb endings in "-s" that look like a plural: the first person plural ("tenemos",
/// "vamos") must keep its "-s" for Snowball to find the verb.
const SPANISH_NON_PLURAL_ENDINGS: &[&str] = &["mos"];

/// Pronouns Portuguese writes after a verb with a hyphen ("deu-lhe", "diz-se", "fazê-lo").
const PORTUGUESE_PRONOUNS: &[&str] = &[
    "o", "a", "os", "as", "lo", "la", "los", "las", "no", "na", "nos", "nas", "me", "te", "se",
    "lhe", "lhes", "vos",
];

/// Pronouns after which an infinitive drops its "-r" and takes an accent ("fazer" + "o" =
/// "fazê-lo").
const PORTUGUESE_INFINITIVE_PRONOUNS: &[&str] = &["lo", "la", "los", "las"];

/// Future and conditional endings that follow a pronoun inside the verb ("dir-se-ia").
const PORTUGUESE_MESOCLITIC_ENDINGS: &[&str] = &[
    "ei", "á", "ás", "emos", "eis", "ão", "ia", "ias", "íamos", "íeis", "iam",
];

/// Accented vowels that end an infinitive before "-lo", with their plain vowel.
const PORTUGUESE_INFINITIVE_VOWELS: &[(char, char)] =
    &[('á', 'a'), ('ê', 'e'), ('ô', 'o'), ('í', 'i'), ('i', 'i')];

/// Superlative endings, Spanish then Portuguese, each with its feminine and plurals.
const SUPERLATIVE_ENDINGS: &[&str] = &[
    "ísimos", "ísimas", "ísimo", "ísima", "isimos", "isimas", "isimo", "isima", "íssimos",
    "íssimas", "íssimo", "íssima", "issimos", "issimas", "issimo", "issima",
];

/// Root ending of adjectives in "-e" rather than "-o" ("importante", "eficiente").
const E_ADJECTIVE_ROOT: &str = "nt";

/// Spelling changes a root takes before a superlative ending, undone ("poquísimo" is "poco",
/// "larguísimo" is "largo").
const SUPERLATIVE_ROOT_SPELLINGS: &[(&str, &str)] = &[("qu", "c"), ("gu", "g")];

/// Portuguese plural endings and their singular, longest first.
const PORTUGUESE_PLURALS: &[(&str, &str)] = &[
    ("áveis", "ável"),
    ("íveis", "ível"),
    ("ões", "ão"),
    ("ais", "al"),
    ("éis", "el"),
    ("óis", "ol"),
    ("ns", "m"),
];

/// Whether a lowercase word part after a hyphen is a Portuguese pronoun or verb ending that
/// belongs to the verb before it.
pub(super) fn is_portuguese_clitic(part: &str) -> bool {
    PORTUGUESE_PRONOUNS.contains(&part) || PORTUGUESE_MESOCLITIC_ENDINGS.contains(&part)
}

/// The verb of a Portuguese word with hyphenated pronouns: "fazê-lo" -> "fazer", "vende-se"
/// -> "vende", "dir-se-ia" -> "diria", "fá-lo-ei" -> "farei"; other words unchanged.
pub(super) fn portuguese_verb_without_clitics(word: &str) -> String {
    let mut parts = word.split('-');
    let verb = parts.next().unwrap_or_default();
    let pronouns: Vec<&str> = parts.collect();
    let Some(last) = pronouns.last() else {
        return word.to_string();
    };
    let ending = if PORTUGUESE_MESOCLITIC_ENDINGS.contains(last) {
        *last
    } else {
        ""
    };
    let takes_r = !ending.is_empty()
        || pronouns
            .first()
            .is_some_and(|p| PORTUGUESE_INFINITIVE_PRONOUNS.contains(p));
    let infinitive = takes_r
        .then(|| portuguese_infinitive(verb))
        .flatten()
        .unwrap_or_else(|| verb.to_string());
    format!("{infinitive}{ending}")
}

/// The infinitive of a verb that lost its "-r" before a pronoun ("fazê" -> "fazer"), `None`
/// when it did not lose it ("dir").
fn portuguese_infinitive(verb: &str) -> Option<String> {
    let last = verb.chars().last()?;
    let (_, plain) = PORTUGUESE_INFINITIVE_VOWELS
        .iter()
        .find(|(accented, _)| *accented == last)?;
    Some(format!("{}{plain}r", &verb[..verb.len() - last.len_utf8()]))
}

/// A Spanish stem with its last diphthong "ie" or "ue" back to the plain vowel: Spanish verbs
/// and nouns split their root there when it is stressed ("nieve"/"nevar", "cuesta"/"costar",
/// "gobierno"/"gobernar", "pueblo"/"población"), and Snowball keeps both halves apart. "ue"
/// after "g" or "q" only spells the sound of the consonant ("guerra", "parque") and stays;
/// "juego" is of "jugar".
pub(super) fn spanish_stem_without_diphthong(stem: String) -> String {
    if let Some(rest) = stem.strip_prefix(JUGAR_DIPHTHONG) {
        return format!("{JUGAR_ROOT}{rest}");
    }
    let found = DIPHTHONGS.iter().filter_map(|(diphthong, vowel)| {
        let at = stem.rfind(diphthong)?;
        let spelled = stem[..at].ends_with(['g', 'q']) && diphthong.starts_with('u');
        (!spelled).then_some((at, diphthong.len(), vowel))
    });
    match found.max_by_key(|(at, _, _)| *at) {
        Some((at, length, vowel)) => format!("{}{vowel}{}", &stem[..at], &stem[at + length..]),
        None => stem,
    }
}

/// The singular of a Portuguese plural Snowball does not reduce (as written, with accents).
pub(super) fn portuguese_singular(word: &str) -> String {
    if word.chars().count() < MIN_INFLECTED_CHARS {
        return word.to_string();
    }
    replace_ending(word, PORTUGUESE_PLURALS).unwrap_or_else(|| word.to_string())
}

/// The singular of a Spanish plural, on the folded word; other words unchanged.
///
/// "-ces" after a vowel is "-z" ("luces" -> "luz"); "-es" after a consonant goes ("ciudades"
/// -> "ciudad", "mujeres" -> "mujer"), except after two consonants, which no Spanish word ends
/// with: there only "-s" goes ("estudiantes" -> "estudiante", "renovables" -> "renovable"),
/// since Snowball removes "-ante" and "-able" from the singular and would keep "estudiant". A final "-s" after "a" or "o" goes ("gobiernos" ->
/// "gobierno"); after "i" and "u" it is usually part of the word ("crisis", "virus", "país"),
/// and "-mos" is a verb. After a consonant it is a loanword's plural ("podcasts").
pub(super) fn spanish_singular(word: &str) -> String {
    let length = word.chars().count();
    if length < MIN_SHORT_PLURAL_CHARS
        || SPANISH_NON_PLURAL_ENDINGS.iter().any(|e| word.ends_with(e))
        || clitics::has_attached_plural_pronoun(word)
    {
        return word.to_string();
    }
    if length < MIN_INFLECTED_CHARS {
        // Only the plainest plural of a short noun: "años", "días", "ríos" ("tres", "mes"
        // are not plurals).
        return match word.strip_suffix('s') {
            Some(stem) if stem.ends_with(['a', 'o']) => stem.to_string(),
            _ => word.to_string(),
        };
    }
    let ends_with_vowel = |stem: &str| stem.ends_with(['a', 'e', 'i', 'o', 'u']);
    if let Some(stem) = word.strip_suffix("ces") {
        if ends_with_vowel(stem) {
            return format!("{stem}z");
        }
    }
    if let Some(stem) = word.strip_suffix("es") {
        if stem.ends_with(|c: char| c.is_ascii_alphabetic()) && !ends_with_vowel(stem) {
            if ends_with_two_consonants(stem) {
                // No Spanish word ends in two consonants: the singular ends in "-e"
                // ("estudiantes", "renovables", "hombres").
                return word[..word.len() - 1].to_string();
            }
            return stem.to_string();
        }
    }
    match word.strip_suffix('s') {
        Some(stem) if stem.ends_with(['a', 'o']) || short_words::ends_with_consonant(stem) => {
            stem.to_string()
        }
        _ => word.to_string(),
    }
}

/// Whether `stem` ends with two consonant letters ("-nt", "-bl", "-br", "-ch").
fn ends_with_two_consonants(stem: &str) -> bool {
    let mut last = stem.chars().rev();
    let is_consonant =
        |c: Option<char>| c.is_some_and(|c| c.is_alphabetic() && !"aeiouáéíóúü".contains(c));
    is_consonant(last.next()) && is_consonant(last.next())
}

/// The adjective of a superlative ("muchísimo" -> "mucho", "importantíssimas" ->
/// "importante"), `None` for other words. Works on words with or without their accents.
pub(super) fn superlative_base(word: &str) -> Option<String> {
    let root = SUPERLATIVE_ENDINGS
        .iter()
        .find_map(|ending| word.strip_suffix(ending))?;
    if root.chars().count() < MIN_DERIVED_ROOT_CHARS {
        return None;
    }
    let root = replace_ending(root, SUPERLATIVE_ROOT_SPELLINGS).unwrap_or_else(|| root.into());
    let vowel = if root.ends_with(E_ADJECTIVE_ROOT) {
        'e'
    } else {
        'o'
    };
    Some(format!("{root}{vowel}"))
}

/// `word` with the first matching ending of `endings` replaced.
fn replace_ending(word: &str, endings: &[(&str, &str)]) -> Option<String> {
    endings.iter().find_map(|(ending, replacement)| {
        word.strip_suffix(ending)
            .map(|stem| format!("{stem}{replacement}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks `rule` on (word, expected) pairs.
    fn check(rule: fn(&str) -> String, cases: &[(&str, &str)]) {
        for (word, expected) in cases {
            assert_eq!(rule(word), *expected, "{word}");
        }
    }

    #[test]
    fn plurals_snowball_keeps_apart_become_singular() {
        check(
            portuguese_singular,
            &[
                ("ações", "ação"),
                ("canais", "canal"),
                ("papéis", "papel"),
                ("estiagens", "estiagem"),
                ("possíveis", "possível"),
                ("mais", "mais"),
            ],
        );
        check(
            spanish_singular,
            &[
                ("luces", "luz"),
                ("raices", "raiz"),
                ("ciudades", "ciudad"),
                ("mujeres", "mujer"),
                ("gobiernos", "gobierno"),
                ("tareas", "tarea"),
                ("estudiantes", "estudiante"),
                ("renovables", "renovable"),
                ("noches", "noche"),
                // Not plurals: a verb, words ending in "-is"/"-us", short words.
                ("años", "año"),
                ("tres", "tres"),
                ("tenemos", "tenemos"),
                ("crisis", "crisis"),
                ("virus", "virus"),
                ("pais", "pais"),
                ("mes", "mes"),
            ],
        );
    }

    #[test]
    fn portuguese_verbs_lose_their_hyphenated_pronouns() {
        check(
            portuguese_verb_without_clitics,
            &[
                ("fazê-lo", "fazer"),
                ("vendê-las", "vender"),
                ("parti-lo", "partir"),
                ("vende-se", "vende"),
                ("deu-lhe", "deu"),
                ("dir-se-ia", "diria"),
                ("fá-lo-ei", "farei"),
                ("saúde", "saúde"),
            ],
        );
    }

    #[test]
    fn words_whose_diphthong_is_their_own_keep_it() {
        use super::super::{test_terms, Language};
        let es = |word: &str| test_terms(Language::Es, word);
        for (word, other) in [
            ("viento", "ventas"),
            ("pies", "pesos"),
            ("cien", "cena"),
            ("jueves", "joven"),
            ("nueve", "nuevo"),
            ("dueño", "donar"),
            ("miedo", "medidas"),
            ("suelo", "sol"),
            ("sueldo", "soldado"),
        ] {
            assert_ne!(es(word), es(other), "{word}");
        }
        assert_eq!(es("cuesta"), es("costar"));
        assert_eq!(es("vientos"), es("viento"));
    }

    #[test]
    fn spanish_stems_lose_the_diphthong_of_a_stressed_root() {
        check(
            |s| spanish_stem_without_diphthong(s.to_string()),
            &[
                ("niev", "nev"),
                ("cuest", "cost"),
                ("gobiern", "gobern"),
                ("experienci", "experenci"),
                ("guerr", "guerr"),
                ("parqu", "parqu"),
                ("jueg", "jug"),
            ],
        );
    }

    #[test]
    fn superlatives_and_derived_nouns_lead_back_to_their_root() {
        check(
            |w| superlative_base(w).unwrap_or_default(),
            &[
                ("muchísimo", "mucho"),
                ("poquisimas", "poco"),
                ("larguísimo", "largo"),
                ("muitíssimo", "muito"),
                ("importantíssimas", "importante"),
                ("isimo", ""),
            ],
        );
    }
}
