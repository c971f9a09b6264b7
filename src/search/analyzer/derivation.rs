//! Derived nouns that Snowball stems apart from the word they are made from, brought back to it.
//!
//! Snowball's Spanish and Portuguese stemmers know some derivational suffixes ("-ación",
//! "-idad", "-anza", "-imiento") but remove them only inside the word's "R2" region, which
//! short roots do not reach: "crecimiento" kept "creciment" while "crecer" is "crec",
//! "confianza" kept "confianz" apart from "confiar", "igualdad" "iguald" apart from "igual".
//! Others it does not know at all: the quality nouns in "-eza" ("pobreza", "riqueza",
//! "limpieza" against "pobre", "rico", "limpio") and "-idez" ("rapidez", "timidez"), and
//! Portuguese "-ança" ("mudança", "cobrança", "segurança" against "mudar", "cobrar",
//! "seguro"). A question in the adjective or the verb ("¿por qué hay tantos pobres?", "o que
//! muda com o clima?") then missed the answer written with the noun, and the other way round.
//!
//! Each such noun becomes, before stemming, a word of its base that Snowball stems as it stems
//! the base: the adjective's masculine ("pobreza" -> "pobro", stemmed "pobr" like "pobre") or
//! the verb's infinitive ("mudança" -> "mudar"). A root too short to trust, and the few
//! words that only end like a derived noun ("cabeza", head; "criança", child; verbs such as
//! "empieza"), keep their own stem.

/// A derivational ending, what replaces it and the least root (in letters) it needs.
struct Derivation {
    ending: &'static str,
    replacement: &'static str,
    min_root: usize,
}

const fn derivation(
    ending: &'static str,
    replacement: &'static str,
    min_root: usize,
) -> Derivation {
    Derivation {
        ending,
        replacement,
        min_root,
    }
}

/// Spanish derived nouns, singular, folded or accented alike (none of these endings carries an
/// accent). "-eza" needs three letters of root ("pieza" is a piece, not a quality of "pío");
/// "-ldad" keeps the adjective in "-l" ("igualdad", "crueldad").
const SPANISH: &[Derivation] = &[
    derivation("eza", "o", 3),
    derivation("idez", "ido", 2),
    derivation("ldad", "l", 2),
    derivation("imiento", "er", 3),
    derivation("amiento", "ar", 3),
    derivation("anza", "ar", 3),
    // Snowball takes the feminine "-iera" for a verb's subjunctive ("comiera") and removes it,
    // while the masculine keeps "-ier": "ingeniera" and "ingeniero", "financiera" and
    // "financiero" are read alike. Only after "n" and "c": after "f", "g", "qu" an "-iero" is
    // a verb's present ("prefiero", "sugiero", "quiero").
    derivation("niero", "niera", 2),
    derivation("ciero", "ciera", 2),
    // Nouns and adjectives in "-quero"/"-quera" are made from a noun in "-co"/"-ca", whose "c"
    // is spelled "qu" before "e" ("pesquero" of "pesca", "refresquera" of "refresco",
    // "banquero" of "banco"); Snowball keeps "pesquer" apart.
    derivation("quero", "co", 3),
    derivation("quera", "co", 3),
    // "-ífico" adjectives of a noun in "-encia": "científico" is of "ciencia".
    derivation("ientífico", "iencia", 1),
    derivation("ientifico", "iencia", 1),
    derivation("ientífica", "iencia", 1),
    derivation("ientifica", "iencia", 1),
    // Snowball removes "-ación", "-ador(a)", "-ista" and "-ismo" in "R2" only: "información",
    // "trabajador", "periodista" meet their root, "grabación", "jugador", "artista", "turismo"
    // did not ("grabar", "jugar", "arte", "turista"). Typed without its accent "-acion" comes
    // from a plural ("votaciones").
    derivation("ación", "ar", 3),
    derivation("acion", "ar", 3),
    derivation("adora", "ar", 3),
    derivation("ador", "ar", 3),
    derivation("ista", "o", 3),
    derivation("ismo", "o", 3),
    // An adverb in "-mente" is its adjective's feminine ("rápidamente" of "rápida"), which
    // Snowball stems as the adjective ("rap"), while it kept "rapid" for the adverb.
    derivation("mente", "", 4),
];

/// Portuguese derived nouns, singular, as written ("-ança" with its cedilla or typed "-anca").
/// "-imento" and "-amento" nouns come from "-er"/"-ir" and "-ar" verbs ("crescimento",
/// "pagamento").
const PORTUGUESE: &[Derivation] = &[
    derivation("eza", "o", 3),
    derivation("idez", "ido", 2),
    derivation("ldade", "l", 2),
    derivation("imento", "er", 3),
    derivation("amento", "ar", 3),
    derivation("ança", "ar", 3),
    derivation("anca", "ar", 3),
    // "-queiro"/"-queira" words of a noun in "-co"/"-ca", as Spanish "-quero" ("pesqueiro" of
    // "pesca", "banqueiro" of "banco").
    derivation("queiro", "co", 3),
    derivation("queira", "co", 3),
    // As in Spanish; "cientista" is of "ciência" too.
    derivation("ientífico", "iência", 1),
    derivation("ientifico", "iência", 1),
    derivation("ientífica", "iência", 1),
    derivation("ientifica", "iência", 1),
    derivation("ientista", "iência", 1),
    derivation("ação", "ar", 3),
    derivation("adora", "ar", 3),
    derivation("ador", "ar", 3),
    derivation("ista", "o", 3),
    derivation("ismo", "o", 3),
    derivation("mente", "", 4),
];

/// Endings of nouns derived from a verb that Snowball stems apart from it, what replaces them
/// and the least root they need (shorter roots are other words: "posição", "edición"). Agent
/// nouns in "-edor"/"-idor" become the infinitive ("vendedora" -> "vender"); action nouns in
/// "-ducción"/"-dução" keep the root of "-ducir"/"-duzir" ("producción" -> "produc", as
/// "producir"), in "-trucción"/"-trução" that of "-truir", and in "-ición"/"-ição" that of
/// "-ir" ("prohibición" -> "prohib", "distribuição" -> "distribu"); so do the agent nouns of
/// the first two ("productora", "tradutor", "constructor"). Spanish "-posición" and
/// "-positor" are of "-poner" ("composición", "compositora" -> "compon", as "componer").
const DERIVED_ENDINGS: &[(&str, &str, usize)] = &[
    ("edoras", "er", 3),
    ("edores", "er", 3),
    ("edora", "er", 3),
    ("edor", "er", 3),
    ("idoras", "ir", 3),
    ("idores", "ir", 3),
    ("idora", "ir", 3),
    ("idor", "ir", 3),
    ("ductora", "duc", 2),
    ("ductor", "duc", 2),
    ("dutora", "duz", 2),
    ("dutor", "duz", 2),
    ("tructora", "tru", 2),
    ("tructor", "tru", 2),
    ("trutora", "tru", 2),
    ("trutor", "tru", 2),
    ("ducción", "duc", 2),
    ("duccion", "duc", 2),
    ("dução", "duz", 2),
    ("trucción", "tru", 2),
    ("truccion", "tru", 2),
    ("trução", "tru", 2),
    ("posición", "pon", 2),
    ("posicion", "pon", 2),
    ("positora", "pon", 2),
    ("positor", "pon", 2),
    ("ición", "", 4),
    ("icion", "", 4),
    ("ição", "", 4),
];

/// The verb form a derived noun shares its stem with ("vendedoras" -> "vender", "produção" ->
/// "produz"), see [`DERIVED_ENDINGS`]; a singular word, with or without accents; other words
/// unchanged.
pub(super) fn derived_verb(word: &str) -> String {
    if NOT_DERIVED.contains(&word) {
        return word.to_string();
    }
    DERIVED_ENDINGS
        .iter()
        .find_map(|(ending, replacement, min_root)| {
            let root = word.strip_suffix(ending)?;
            (root.chars().count() >= *min_root).then(|| format!("{root}{replacement}"))
        })
        .unwrap_or_else(|| word.to_string())
}

/// Words that end like a derived noun without being one: nouns of their own ("cabeza", head;
/// "criança", child; "finanzas", not "finar"; "regimento", regiment, not "reger") and the present of verbs in
/// "-ezar" and "-anzar" ("empieza", "despreza", "alcanza").
const NOT_DERIVED: &[&str] = &[
    "cabeza",
    "cerveza",
    "cereza",
    "corteza",
    "empieza",
    "tropieza",
    "endereza",
    "adereza",
    "bosteza",
    "alcanza",
    "afianza",
    "alcança",
    "alcanca",
    "despreza",
    "finanza",
    "criança",
    "crianca",
    "finança",
    "financa",
    "balança",
    "balanca",
    "parlamento",
    "testamento",
    "sacramento",
    "sedimento",
    "regimento",
    // Nouns in "-ación"/"-ação" whose root is no "-ar" verb ("relación" is of "relacionar",
    // "redação" of "redigir").
    "estación",
    "estacion",
    "relación",
    "relacion",
    "vacación",
    "vacacion",
    "vocación",
    "vocacion",
    "estação",
    "relação",
    "vocação",
    "coração",
    "redação",
    // Nouns in "-ición"/"-ição" of no "-ir" verb ("condición" is of "condicionar").
    "condición",
    "condicion",
    "condição",
    "tradición",
    "tradicion",
    "tradição",
    // Names and nouns in "-ador" of no verb.
    "ecuador",
    "equador",
    "salvador",
    "amador",
    "senador",
    // Forms of verbs in "-istar" and subjunctives of "-istir" verbs, and "-ista"/"-ismo" words
    // of another root ("autismo" is not of "auto").
    "revista",
    "entrevista",
    "prevista",
    "imprevista",
    "conquista",
    "despista",
    "insista",
    "resista",
    "persista",
    "consista",
    "desista",
    "subsista",
    "autista",
    "autismo",
];

/// The word a Spanish derived noun is made from, as Snowball should read it (see the module
/// doc); other words unchanged. `word` is singular and lowercased.
pub(super) fn spanish_base(word: &str) -> String {
    base(SPANISH, word)
}

/// The word a Portuguese derived noun is made from; other words unchanged.
pub(super) fn portuguese_base(word: &str) -> String {
    base(PORTUGUESE, word)
}

fn base(table: &[Derivation], word: &str) -> String {
    if NOT_DERIVED.contains(&word) {
        return word.to_string();
    }
    table
        .iter()
        .find_map(|rule| {
            let root = word.strip_suffix(rule.ending)?;
            (root.chars().count() >= rule.min_root).then(|| format!("{root}{}", rule.replacement))
        })
        .unwrap_or_else(|| word.to_string())
}

/// Portuguese verbs in "-cionar" and "-sionar" are made on a noun in "-ção" or "-são"
/// ("funcionar" of "função", "selecionar" of "seleção", "pressionar" of "pressão"), whose
/// stem Snowball ends before the "ão" ("func", "selec") while the verb and its nouns keep
/// "-ion" ("funcion", "funcionamento"): the verb's stem loses it. (Spanish keeps "-ción" in
/// the noun's stem, "función" and "funcionar" alike.)
pub(super) fn portuguese_stem_of_noun_in_cao(stem: String) -> String {
    let root = ["cion", "sion"]
        .iter()
        .find_map(|ending| stem.strip_suffix(ending).map(|root| (root, &ending[..1])));
    match root {
        Some((root, consonant)) if root.chars().count() >= MIN_CIONAR_ROOT_CHARS => {
            format!("{root}{consonant}")
        }
        _ => stem,
    }
}

/// Least letters before "-cion"/"-sion" in a verb's stem: "acionar" (to set off) is not of
/// "ação" (action) as "funcionar" is of "função".
const MIN_CIONAR_ROOT_CHARS: usize = 2;

/// Portuguese feminine in "-eia" whose masculine is "-eio" ("cheia"/"cheio", "feia"/"feio"):
/// Snowball removes the verb ending "-ia" from the feminine and cannot then remove the "-e" of
/// a short stem ("cheia" -> "che"), while the masculine loses only its "-o" ("chei"). The
/// feminine's stem gets its "i" back. `singular` is the folded word that was stemmed.
pub(super) fn portuguese_glide(singular: &str, stem: String) -> String {
    match singular.strip_suffix("eia") {
        Some(root) if stem.strip_suffix('e') == Some(root) => format!("{stem}i"),
        _ => stem,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms, Language};

    #[test]
    fn spanish_derived_nouns_meet_their_adjective_or_verb() {
        assert_same_terms(
            Language::Es,
            &[
                ("pobreza", "pobre"),
                ("riquezas", "rico"),
                ("limpieza", "limpio"),
                ("tristeza", "triste"),
                ("certeza", "cierto"),
                ("rapidez", "rápido"),
                ("igualdad", "igual"),
                ("desigualdades", "desigual"),
                ("crecimiento", "crecer"),
                ("tratamientos", "tratar"),
                ("calentamiento", "calienta"),
                ("confianza", "confiar"),
                ("mudanza", "mudar"),
                ("ingenieros", "ingeniera"),
                ("financiero", "financiera"),
                ("prefiero", "preferir"),
                ("pesquero", "pesca"),
                ("pesqueras", "pesca"),
                ("refresquera", "refresco"),
                ("banqueros", "banco"),
                ("científicos", "ciencia"),
            ],
        );
    }

    #[test]
    fn nouns_of_a_verb_lead_back_to_its_root() {
        for (word, verb) in [
            ("produção", "produz"),
            ("producción", "produc"),
            ("construccion", "constru"),
            ("distribuição", "distribu"),
            ("prohibición", "prohib"),
            ("posição", "posição"),
            ("vendedoras", "vender"),
            ("consumidores", "consumir"),
            ("investidor", "investir"),
            ("tejedora", "tejer"),
            ("productora", "produc"),
            ("tradutor", "traduz"),
            ("constructor", "constru"),
            ("composición", "compon"),
            ("compositora", "compon"),
            ("condición", "condición"),
            ("dor", "dor"),
            ("casa", "casa"),
        ] {
            assert_eq!(super::derived_verb(word), verb, "{word}");
        }
    }

    #[test]
    fn nouns_on_a_short_root_meet_it_as_those_on_a_long_one_do() {
        assert_same_terms(
            Language::Es,
            &[
                ("grabación", "grabar"),
                ("votaciones", "votar"),
                ("situacion", "situar"),
                ("información", "informar"),
                ("jugadores", "jugar"),
                ("ganadora", "ganar"),
                ("trabajador", "trabajar"),
                ("artistas", "arte"),
                ("turismo", "turista"),
                ("relación", "relacionado"),
                ("rápidamente", "rápido"),
                ("brevemente", "breve"),
            ],
        );
        assert_same_terms(
            Language::Pt,
            &[
                ("gravação", "gravar"),
                ("criações", "criar"),
                ("jogadores", "jogar"),
                ("pescador", "pesca"),
                ("cientista", "ciência"),
                ("artista", "arte"),
                ("machismo", "machista"),
                ("funcionar", "função"),
                ("selecionar", "seleção"),
                ("relacionamento", "relações"),
                ("pressionar", "pressão"),
                ("condicionar", "condição"),
                ("rapidamente", "rápida"),
                ("tristemente", "triste"),
            ],
        );
        assert_eq!(test_terms(Language::Es, "demente"), ["dement"]);
        assert_eq!(test_terms(Language::Es, "mente"), ["mente"]);
        assert_same_terms(Language::Es, &[("condicionar", "condición")]);
        assert_ne!(
            test_terms(Language::Pt, "acionar"),
            test_terms(Language::Pt, "ação")
        );
    }

    #[test]
    fn portuguese_derived_nouns_meet_their_adjective_or_verb() {
        assert_same_terms(
            Language::Pt,
            &[
                ("pobreza", "pobre"),
                ("riqueza", "rico"),
                ("limpeza", "limpo"),
                ("igualdade", "igual"),
                ("crescimento", "crescer"),
                ("desenvolvimento", "desenvolver"),
                ("pagamentos", "pagar"),
                ("mudanças", "mudar"),
                ("mudancas", "muda"),
                ("cobrança", "cobrar"),
                ("pesqueiros", "pesca"),
                ("pesqueira", "pesca"),
                ("banqueiro", "banco"),
                ("segurança", "seguro"),
                ("cheia", "cheio"),
                ("cheias", "cheio"),
                // A feminine in "-ia" and its masculine in "-io", a noun and its adjective.
                ("própria", "próprio"),
                ("família", "familiares"),
                ("necessárias", "necessário"),
            ],
        );
    }

    #[test]
    fn words_that_only_end_like_a_derived_noun_keep_their_stem() {
        let differ = |language, a: &str, b: &str| {
            assert_ne!(
                test_terms(language, a),
                test_terms(language, b),
                "{a} / {b}"
            );
        };
        differ(Language::Es, "cabeza", "cabo");
        differ(Language::Es, "pieza", "pío");
        differ(Language::Pt, "criança", "criar");
        differ(Language::Pt, "regimento", "reger");
        differ(Language::Pt, "médio", "medo");
        differ(Language::Pt, "areia", "área");
        differ(Language::Pt, "ideia", "ideal");
        differ(Language::Es, "vacaciones", "vaca");
        differ(Language::Es, "autismo", "auto");
        differ(Language::Es, "Salvador", "salvar");
        differ(Language::Pt, "coração", "coro");
        differ(Language::Pt, "redação", "rede");
        assert_same_terms(
            Language::Es,
            &[
                ("empieza", "empezar"),
                ("alcanza", "alcanzar"),
                ("experimento", "experimentar"),
            ],
        );
        assert_same_terms(
            Language::Pt,
            &[("passeia", "passear"), ("alcança", "alcançar")],
        );
    }
}
