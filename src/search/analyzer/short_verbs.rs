//! Verbs whose root is one or two letters, "leer"/"ler" (to read), "ver" (to see), "dar"
//! (to give), "caer"/"cair" (to fall), "huir" (to flee) and Spanish "usar" (to use), led back
//! to their infinitive from a list of their forms: Snowball cuts their endings apart ("lee",
//! "leído", "leyendo" got three terms) or onto other words (Portuguese "leio" was "lei", law;
//! Spanish "viendo" was "vender"; "dan" was "dañan"), or finds none to cut ("usa", "usaba"),
//! and no rule on endings tells a root so short from the words that merely start alike.

/// Spanish forms of "leer" (to read), folded: its root is only "le-", which Snowball leaves
/// whole in each form ("lee", "leen", "leído", "leyendo" got four terms). "leo" is a name
/// too ("Leo") and is left as it is.
const LEER_FORMS: &[&str] = &[
    "lees",
    "lee",
    "leemos",
    "leeis",
    "leen",
    "lei",
    "leiste",
    "leyo",
    "leimos",
    "leyeron",
    "leia",
    "leias",
    "leiamos",
    "leian",
    "leere",
    "leeras",
    "leera",
    "leeremos",
    "leeran",
    "leeria",
    "leerias",
    "leeriamos",
    "leerian",
    "lea",
    "leas",
    "leamos",
    "lean",
    "leyera",
    "leyeras",
    "leyeran",
    "leyese",
    "leyesen",
    "leyendo",
    "leido",
    "leida",
    "leidos",
    "leidas",
];

/// Portuguese forms of "ler" (to read), folded: "leio" and "leia" were stemmed as "lei"
/// (law), "lê" and "leu" apart from "ler". "leste" is also the east and is left as it is.
const LER_FORMS: &[&str] = &[
    "leio", "les", "le", "lemos", "leem", "li", "leu", "leram", "lia", "lias", "liamos", "liam",
    "lera", "lerei", "leras", "leremos", "lerao", "leria", "lerias", "leriamos", "leriam", "leia",
    "leias", "leiamos", "leiam", "lesse", "lessem", "lendo", "lido", "lida", "lidos", "lidas",
];

/// Spanish forms of "ver" (to see) and "dar" (to give), folded, with their infinitive: roots of
/// one or two letters that Snowball cuts apart ("vio", "veía", "vemos"; "dio", "daba",
/// "dieron") or onto other words ("viendo" was "vender", "dan" "dañan"). Forms that are other
/// words too stay out: "vista" (view), "dado" (die, given that), "dé" (folded "de").
const SPANISH_SEE_GIVE: &[(&[&str], &str)] = &[
    (
        &[
            "veo", "ves", "ve", "vemos", "ven", "vi", "viste", "vio", "vimos", "vieron", "veia",
            "veias", "veiamos", "veian", "vere", "veras", "vera", "veremos", "veran", "veria",
            "verian", "vea", "veas", "veamos", "vean", "viera", "vieran", "viendo", "visto",
        ],
        "ver",
    ),
    (
        &[
            "doy", "das", "da", "damos", "dan", "di", "diste", "dio", "dimos", "dieron", "daba",
            "daban", "dabamos", "dare", "daras", "dara", "daremos", "daran", "daria", "darian",
            "den", "diera", "dieran", "diese", "dando",
        ],
        "dar",
    ),
];

/// Spanish forms of "caer" (to fall) and "huir" (to flee), folded, with their infinitive: on
/// roots of one or two letters Snowball left "cayó", "caída", "cae" and "huyó", "huida" apart.
const SPANISH_FALL_FLEE: &[(&[&str], &str)] = &[
    (
        &[
            "cae", "caes", "caen", "caemos", "caigo", "caiga", "caigan", "cayo", "cayeron", "cai",
            "caiste", "caimos", "caia", "caian", "caera", "caeran", "caeria", "caerian", "cayera",
            "cayeran", "cayendo", "caido", "caida", "caidos", "caidas",
        ],
        "caer",
    ),
    (
        &[
            "huyo", "huye", "huyes", "huyen", "huimos", "hui", "huyeron", "huia", "huian", "huya",
            "huyan", "huyera", "huyeran", "huyendo", "huido", "huida", "huidas",
        ],
        "huir",
    ),
];

/// Portuguese forms of "cair" (to fall), folded ("cais", a quay, stays out).
const CAIR_FORMS: &[&str] = &[
    "cai", "caem", "caimos", "caiu", "cairam", "caia", "caiam", "caira", "cairao", "cairia",
    "cairiam", "caindo", "caido", "caida", "caidos", "caidas",
];

/// Portuguese forms of "ver" and "dar", as written (accents kept: "dá" is not "da", of):
/// "viram" was "vir", "dá" a term of its own. "via" (way), "vendo" (selling), "visto"
/// (visa), "dado" (datum) and "desse" (of that) are other words too and stay out.
const PORTUGUESE_SEE_GIVE: &[(&[&str], &str)] = &[
    (
        &[
            "vês", "vê", "vemos", "veem", "vi", "viu", "vimos", "viram", "viam", "víamos", "verei",
            "verá", "veremos", "verão", "veria", "veriam", "veja", "vejam", "visse", "vissem",
        ],
        "ver",
    ),
    (
        &[
            "dou", "dás", "dá", "damos", "dão", "dei", "deu", "demos", "deram", "dava", "davam",
            "dávamos", "darei", "dará", "daremos", "darão", "daria", "dariam", "deem", "dessem",
            "dando",
        ],
        "dar",
    ),
];

/// Spanish forms of "usar" (to use) and its noun "uso", folded. Snowball's Spanish stemmer
/// looks for endings only in the "RV" region, which in a word that starts with a vowel and a
/// consonant begins after the next vowel: of "usa", "usamos", "usaba" or "usar" nothing is in
/// it, so each form kept a term of its own, and a question in "¿qué usa…?" missed the answer
/// in "usamos" or "usaba".
const USAR_FORMS: &[&str] = &[
    "uso", "usos", "usa", "usas", "usamos", "usais", "usan", "use", "uses", "usemos", "usen",
    "usaba", "usabas", "usabamos", "usaban", "usado", "usada", "usados", "usadas", "usando",
    "usaste", "usaron", "usara", "usaras", "usaran", "usare", "usaremos", "usaria", "usarian",
    "usase", "usasen",
];

/// The infinitive of a Spanish form of "leer", "ver", "dar", "caer", "huir" or "usar"
/// (`folded`).
pub(super) fn spanish_infinitive(folded: &str) -> Option<&'static str> {
    if LEER_FORMS.contains(&folded) {
        return Some("leer");
    }
    if USAR_FORMS.contains(&folded) {
        return Some("usar");
    }
    listed_infinitive(SPANISH_SEE_GIVE, folded)
        .or_else(|| listed_infinitive(SPANISH_FALL_FLEE, folded))
}

/// The infinitive of a Portuguese form of "ler", "cair", "ver" or "dar" (`word` as written,
/// lowercased; `folded` without its accents).
pub(super) fn portuguese_infinitive(word: &str, folded: &str) -> Option<&'static str> {
    if LER_FORMS.contains(&folded) {
        return Some("ler");
    }
    if CAIR_FORMS.contains(&folded) {
        return Some("cair");
    }
    listed_infinitive(PORTUGUESE_SEE_GIVE, word)
}

/// The infinitive of a form listed in `verbs`.
fn listed_infinitive(verbs: &[(&[&str], &'static str)], form: &str) -> Option<&'static str> {
    verbs
        .iter()
        .find_map(|(forms, infinitive)| forms.contains(&form).then_some(*infinitive))
}

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms, Language};

    #[test]
    fn the_forms_of_reading_meet_and_keep_apart_from_the_law() {
        assert_same_terms(
            Language::Es,
            &[
                ("lee", "leer"),
                ("leyendo", "leímos"),
                ("leído", "leen"),
                ("leyó", "leía"),
            ],
        );
        assert_same_terms(
            Language::Pt,
            &[
                ("leio", "ler"),
                ("lê", "leu"),
                ("lendo", "leiam"),
                ("lido", "lia"),
            ],
        );
        assert_ne!(
            test_terms(Language::Pt, "leio"),
            test_terms(Language::Pt, "lei")
        );
        assert_ne!(
            test_terms(Language::Es, "leyó"),
            test_terms(Language::Es, "ley")
        );
        assert_ne!(
            test_terms(Language::Pt, "leste"),
            test_terms(Language::Pt, "ler")
        );
    }

    #[test]
    fn the_forms_of_seeing_and_giving_meet_their_infinitive() {
        assert_same_terms(
            Language::Es,
            &[
                ("vio", "ver"),
                ("viendo", "veíamos"),
                ("dio", "dar"),
                ("dieron", "daba"),
            ],
        );
        assert_same_terms(
            Language::Pt,
            &[
                ("viram", "ver"),
                ("viu", "vê"),
                ("dá", "dar"),
                ("deu", "dava"),
            ],
        );
        let es = |w: &str| test_terms(Language::Es, w);
        let pt = |w: &str| test_terms(Language::Pt, w);
        assert_ne!(es("viendo"), es("vender"));
        assert_ne!(es("dan"), es("dañan"));
        assert_ne!(pt("viram"), pt("vir"));
        assert_ne!(pt("vendo"), pt("ver"));
        assert_ne!(pt("dados"), pt("dar"));
        assert!(pt("da").is_empty());
    }

    #[test]
    fn the_forms_of_using_meet_their_infinitive_and_its_noun() {
        assert_same_terms(
            Language::Es,
            &[
                ("usa", "usar"),
                ("usamos", "usan"),
                ("usaba", "uso"),
                ("usen", "usar"),
            ],
        );
        assert_ne!(
            test_terms(Language::Es, "usa"),
            test_terms(Language::Es, "musa")
        );
    }

    #[test]
    fn the_forms_of_falling_and_fleeing_meet_their_infinitive() {
        assert_same_terms(
            Language::Es,
            &[
                ("cayó", "caer"),
                ("caída", "cae"),
                ("cayeron", "caen"),
                ("huyó", "huir"),
                ("huida", "huyen"),
            ],
        );
        assert_same_terms(Language::Pt, &[("caiu", "cair"), ("caíram", "cai")]);
        assert_ne!(
            test_terms(Language::Pt, "cais"),
            test_terms(Language::Pt, "cair")
        );
    }
}
