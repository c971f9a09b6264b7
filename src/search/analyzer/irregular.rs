//! Verbs whose root changes with the tense, led back to their infinitive: "pido" and "pidió"
//! to "pedir", "trajo" to "traer", "pondrá" to "poner", "conozco" to "conocer", Portuguese
//! "trouxe" to "trazer" and "sinto" to "sentir".
//!
//! Snowball cuts endings, not roots, so every such form got a term of its own and met nothing
//! the interviewee said with the infinitive or a regular form ("¿qué le pidió al gobierno?"
//! against "pedimos", "pedir"). The diphthongs of a stressed root ("puedo", "quiero",
//! "vuelvo") are handled on the stem (see [`super::inflection`]); the changes here are the
//! closed classes of the grammar: the "e" to "i" and "o" to "u" of "-ir" verbs, the strong
//! preterites, the "-g-" of a first person, the future's "-dr-" and the "-zc-" of "-cer" and
//! "-cir" verbs, and the irregular participles ("abierto", "roto", "vuelto", "muerto";
//! Portuguese "aberto", "morto") with the noun of death ("muerte", "morte"). "escrito" and
//! "escritor" keep their own term: merged with "escribir" they made the verb so common in an
//! interview with a writer that a question asking what the writer is writing now lost its
//! answer.
//! Each root is matched only with the endings its tense takes, and the forms
//! that are also common nouns are left out ("traje", suit; "vino", wine; "cupo", quota;
//! "muro", wall; Portuguese "trago", sip; "peça", piece).

use super::short_verbs;

/// Endings of an "-ir" verb whose root vowel closes ("pido", "pidió", "pidiendo"), folded.
const CLOSED_VOWEL_ENDINGS: &[&str] = &[
    "o", "es", "e", "en", "a", "as", "amos", "an", "io", "ieron", "iendo", "iera", "ieras",
    "ieramos", "ieran", "iese", "iesen",
];

/// Endings that start with "i" only: where the root is also a noun ("murió", not "muro").
const CLOSED_VOWEL_I_ENDINGS: &[&str] = &["io", "ieron", "iendo", "iera", "ieran", "iese"];

/// Endings of a strong preterite ("supe", "supo", "supieron"), folded.
const STRONG_PRETERITE_ENDINGS: &[&str] = &[
    "e", "o", "iste", "imos", "isteis", "ieron", "iera", "ieras", "ieramos", "ieran", "iese",
    "iesen",
];

/// Endings of a strong preterite whose root ends in "j" ("trajeron", "produjera"), folded.
const J_PRETERITE_ENDINGS: &[&str] = &[
    "o", "iste", "imos", "eron", "era", "eras", "eramos", "eran", "ese", "esen",
];

/// Endings of a present root in "-g-" ("pongo", "salga"), folded.
const G_PRESENT_ENDINGS: &[&str] = &["o", "a", "as", "amos", "an"];

/// Endings of a Portuguese first person and present subjunctive ("sinto", "sintam"), folded.
const PORTUGUESE_PRESENT_ENDINGS: &[&str] = &["o", "a", "as", "amos", "am"];

/// Endings of the future and conditional, as written: accented, so that nouns ending alike
/// ("almendra", "Alejandra") are never read as a future; the conditional's "-ía" typed
/// without its accent is unambiguous.
const FUTURE_ENDINGS: &[&str] = &[
    "é", "ás", "á", "emos", "éis", "án", "ía", "ías", "íamos", "ían", "ia", "ias", "iamos", "ian",
];

/// Spanish roots with the endings they take and the infinitive they belong to.
const SPANISH_ROOTS: &[(&str, &[&str], &str)] = &[
    ("pid", CLOSED_VOWEL_ENDINGS, "pedir"),
    ("despid", CLOSED_VOWEL_ENDINGS, "despedir"),
    ("impid", CLOSED_VOWEL_ENDINGS, "impedir"),
    ("sirv", CLOSED_VOWEL_ENDINGS, "servir"),
    ("sig", G_PRESENT_ENDINGS, "seguir"),
    ("sigu", CLOSED_VOWEL_ENDINGS, "seguir"),
    ("consig", G_PRESENT_ENDINGS, "conseguir"),
    ("consigu", CLOSED_VOWEL_ENDINGS, "conseguir"),
    ("persig", G_PRESENT_ENDINGS, "perseguir"),
    ("persigu", CLOSED_VOWEL_ENDINGS, "perseguir"),
    ("elij", G_PRESENT_ENDINGS, "elegir"),
    ("elig", CLOSED_VOWEL_ENDINGS, "elegir"),
    ("corrij", G_PRESENT_ENDINGS, "corregir"),
    ("corrig", CLOSED_VOWEL_ENDINGS, "corregir"),
    ("mid", CLOSED_VOWEL_ENDINGS, "medir"),
    ("repit", CLOSED_VOWEL_ENDINGS, "repetir"),
    ("compit", CLOSED_VOWEL_ENDINGS, "competir"),
    ("rind", CLOSED_VOWEL_ENDINGS, "rendir"),
    ("sint", CLOSED_VOWEL_I_ENDINGS, "sentir"),
    ("mint", CLOSED_VOWEL_I_ENDINGS, "mentir"),
    ("prefir", CLOSED_VOWEL_I_ENDINGS, "preferir"),
    ("sugir", CLOSED_VOWEL_I_ENDINGS, "sugerir"),
    ("requir", CLOSED_VOWEL_I_ENDINGS, "requerir"),
    ("convirt", CLOSED_VOWEL_I_ENDINGS, "convertir"),
    ("invirt", CLOSED_VOWEL_I_ENDINGS, "invertir"),
    ("advirt", CLOSED_VOWEL_I_ENDINGS, "advertir"),
    ("divirt", CLOSED_VOWEL_I_ENDINGS, "divertir"),
    ("durm", CLOSED_VOWEL_ENDINGS, "dormir"),
    ("mur", CLOSED_VOWEL_I_ENDINGS, "morir"),
    ("traj", J_PRETERITE_ENDINGS, "traer"),
    ("traig", G_PRESENT_ENDINGS, "traer"),
    ("pus", STRONG_PRETERITE_ENDINGS, "poner"),
    ("pong", G_PRESENT_ENDINGS, "poner"),
    ("sup", STRONG_PRETERITE_ENDINGS, "saber"),
    ("anduv", STRONG_PRETERITE_ENDINGS, "andar"),
    ("salg", G_PRESENT_ENDINGS, "salir"),
    ("veng", G_PRESENT_ENDINGS, "venir"),
    ("valg", G_PRESENT_ENDINGS, "valer"),
    ("oig", G_PRESENT_ENDINGS, "oír"),
    ("descrit", PARTICIPLE_ENDINGS, "describir"),
    ("abiert", PARTICIPLE_ENDINGS, "abre"),
    ("abr", ABRIR_ENDINGS, "abre"),
    ("cubiert", PARTICIPLE_ENDINGS, "cubrir"),
    ("descubiert", PARTICIPLE_ENDINGS, "descubrir"),
    ("rot", PARTICIPLE_ENDINGS, "romper"),
    ("vuelt", PARTICIPLE_ENDINGS, "volver"),
    ("devuelt", PARTICIPLE_ENDINGS, "devolver"),
    ("envuelt", PARTICIPLE_ENDINGS, "envolver"),
    ("resuelt", PARTICIPLE_ENDINGS, "resolver"),
    ("muert", DEATH_ENDINGS, "morir"),
];

/// Endings of an irregular participle, which is also an adjective ("abierto", "rotas"), folded.
const PARTICIPLE_ENDINGS: &[&str] = &["o", "a", "os", "as"];

/// Endings of "abrir" whose root Snowball leaves whole ("abrir", "abrimos", "abriendo",
/// Portuguese "abriu") while it cuts "abre" and "abrió" to "abr": they are read as "abre", as
/// is the participle ("abierto", "aberto").
const ABRIR_ENDINGS: &[&str] = &["ir", "imos", "iendo", "iu", "indo", "iram"];

/// Endings of the participle of "morir" and "morrer" and of their noun ("muerte", "morte").
const DEATH_ENDINGS: &[&str] = &["o", "a", "os", "as", "e", "es"];

/// Preterite forms of "venir" whose root is also "vino" (wine): only these.
const VENIR_PRETERITE: &[&str] = &[
    "vine", "viniste", "vinimos", "vinieron", "viniera", "vinieran", "viniese", "viniendo",
];

/// Future roots in "-dr-" and their infinitive ("pondrá" -> "poner").
const SPANISH_FUTURE_ROOTS: &[(&str, &str)] = &[
    ("pondr", "poner"),
    ("saldr", "salir"),
    ("vendr", "venir"),
    ("valdr", "valer"),
    ("sabr", "saber"),
];

/// Verbs built on "-ducir" ("producir", "reducir", "traducir") share its strong preterite
/// ("produjo") and its "-zc-" ("produzco").
const DUCIR: &str = "duc";

/// Portuguese roots with their infinitive; only first persons and subjunctives close the
/// vowel ("sinto", "sirva"), strong preterites change the root ("trouxe", "soube").
const PORTUGUESE_ROOTS: &[(&str, &[&str], &str)] = &[
    ("sint", PORTUGUESE_PRESENT_ENDINGS, "sentir"),
    ("sirv", PORTUGUESE_PRESENT_ENDINGS, "servir"),
    ("sig", PORTUGUESE_PRESENT_ENDINGS, "seguir"),
    ("consig", PORTUGUESE_PRESENT_ENDINGS, "conseguir"),
    ("prefir", PORTUGUESE_PRESENT_ENDINGS, "preferir"),
    ("repit", PORTUGUESE_PRESENT_ENDINGS, "repetir"),
    ("mint", PORTUGUESE_PRESENT_ENDINGS, "mentir"),
    ("durm", PORTUGUESE_PRESENT_ENDINGS, "dormir"),
    ("ouc", PORTUGUESE_PRESENT_ENDINGS, "ouvir"),
    ("perc", PORTUGUESE_PRESENT_ENDINGS, "perder"),
    ("vej", PORTUGUESE_PRESENT_ENDINGS, "ver"),
    ("troux", PORTUGUESE_PRETERITE_ENDINGS, "trazer"),
    ("soub", PORTUGUESE_PRETERITE_ENDINGS, "saber"),
    ("saib", PORTUGUESE_PRESENT_ENDINGS, "saber"),
    ("coub", PORTUGUESE_PRETERITE_ENDINGS, "caber"),
    ("venh", PORTUGUESE_PRESENT_ENDINGS, "vir"),
    ("descrit", PARTICIPLE_ENDINGS, "descrever"),
    ("abert", PARTICIPLE_ENDINGS, "abre"),
    ("abr", ABRIR_ENDINGS, "abre"),
    ("cobert", PARTICIPLE_ENDINGS, "cobrir"),
    ("descobert", PARTICIPLE_ENDINGS, "descobrir"),
    ("mort", DEATH_ENDINGS, "morrer"),
];

/// Endings of a Portuguese strong preterite ("trouxe", "trouxeram", "trouxesse"), folded.
const PORTUGUESE_PRETERITE_ENDINGS: &[&str] = &[
    "e", "este", "emos", "estes", "eram", "era", "eras", "esse", "essem", "ermos",
];

/// Portuguese forms of "vir" (to come) with a root of their own, folded.
const VIR_FORMS: &[&str] = &["veio", "vieram", "viera", "vieste", "viesse", "viessem"];

/// The infinitive of a Spanish form whose root changes, or the word respelled so that
/// Snowball finds the infinitive's root ("conozco" -> "conoco"); `None` for other words.
/// `word` is lowercased as written, `folded` the same word without accents.
pub(super) fn spanish_infinitive(word: &str, folded: &str) -> Option<String> {
    if VENIR_PRETERITE.contains(&folded) {
        return Some("venir".to_string());
    }
    if let Some(infinitive) = short_verbs::spanish_infinitive(folded) {
        return Some(infinitive.to_string());
    }
    if let Some(infinitive) = from_roots(SPANISH_ROOTS, folded) {
        return Some(infinitive.to_string());
    }
    if let Some(infinitive) = future_infinitive(word) {
        return Some(infinitive.to_string());
    }
    ducir_form(folded).or_else(|| without_zc(folded))
}

/// The infinitive of a Portuguese form whose root changes; `None` for other words.
pub(super) fn portuguese_infinitive(word: &str, folded: &str) -> Option<&'static str> {
    if let Some(infinitive) = short_verbs::portuguese_infinitive(word, folded) {
        return Some(infinitive);
    }
    if VIR_FORMS.contains(&folded) {
        return Some("vir");
    }
    from_roots(PORTUGUESE_ROOTS, folded)
}

/// The infinitive of the first root `folded` is written on, with one of that root's endings.
fn from_roots(roots: &[(&str, &[&str], &'static str)], folded: &str) -> Option<&'static str> {
    roots.iter().find_map(|(root, endings, infinitive)| {
        let ending = folded.strip_prefix(root)?;
        endings.contains(&ending).then_some(*infinitive)
    })
}

/// The infinitive of a future or conditional on a "-dr-" root, from the word as written.
fn future_infinitive(word: &str) -> Option<&'static str> {
    SPANISH_FUTURE_ROOTS.iter().find_map(|(root, infinitive)| {
        let ending = word.strip_prefix(root)?;
        FUTURE_ENDINGS.contains(&ending).then_some(*infinitive)
    })
}

/// A "-ducir" verb's strong preterite or "-zc-" present as its infinitive ("redujeron" ->
/// "reducir", "produzca" -> "producir").
fn ducir_form(folded: &str) -> Option<String> {
    let (root, endings) = if let Some(at) = folded.find("duj") {
        (&folded[..at], (J_PRETERITE_ENDINGS, &folded[at + 3..]))
    } else {
        let at = folded.find("duzc")?;
        (&folded[..at], (G_PRESENT_ENDINGS, &folded[at + 4..]))
    };
    let (allowed, ending) = endings;
    (!root.is_empty() && allowed.contains(&ending)).then(|| format!("{root}{DUCIR}ir"))
}

/// A "-zc-" present of a "-cer" or "-cir" verb with the "c" of its infinitive ("conozco" ->
/// "conoco", "ofrezca" -> "ofreca"), which Snowball stems as "conocer" and "ofrecer".
fn without_zc(folded: &str) -> Option<String> {
    G_PRESENT_ENDINGS.iter().find_map(|ending| {
        let root = folded.strip_suffix(ending)?.strip_suffix("zc")?;
        let after_vowel = root.ends_with(['a', 'e', 'i', 'o', 'u']);
        (after_vowel && root.chars().count() >= MIN_ZC_ROOT_CHARS)
            .then(|| format!("{root}c{ending}"))
    })
}

/// A stem ending in the "qu" that spells a "-car" verb's "c" before "e" ("busqué",
/// "explique", Portuguese "fiquei") with that "c", so it meets the infinitive ("busc",
/// "explic", "fic"); nouns in "-que" meet their verb the same way ("ataque", "atacar").
pub(super) fn root_spelling(stem: String) -> String {
    match stem.strip_suffix("qu") {
        Some(root) if root.chars().count() >= MIN_QU_ROOT_CHARS => format!("{root}c"),
        _ => stem,
    }
}

/// A Spanish stem ending in "z" with the "c" that spells its "z" before "e" and "i"
/// ("comenzar" -> "comenc", as "comencé"; "avanzar" as "avance"; "luz" stays marked whole), so
/// every form of a "-zar" verb and of a noun in "-z" meets the others: Snowball keeps the
/// letter each form is written with.
pub(super) fn spanish_z_spelling(mut stem: String) -> String {
    if stem.chars().count() > MIN_Z_ROOT_CHARS && stem.ends_with('z') {
        stem.pop();
        stem.push('c');
    }
    stem
}

/// Letters a stem needs before its final "z" is respelled: shorter roots ("paz", "voz") are
/// marked as written whole and keep their letters (see `short_words::bare_root`).
const MIN_Z_ROOT_CHARS: usize = 3;

/// Least letters before a final "qu": shorter stems are function words ("aqu" of "aquí").
const MIN_QU_ROOT_CHARS: usize = 2;

/// Least letters before a "-zc-": the shortest such verbs are "nacer" and "lucir" ("nazco").
const MIN_ZC_ROOT_CHARS: usize = 2;

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms, Language};

    #[test]
    fn spanish_forms_with_a_changed_root_meet_their_infinitive() {
        assert_same_terms(
            Language::Es,
            &[
                ("pido", "pedir"),
                ("pidió", "pedimos"),
                ("pidieron", "pedir"),
                ("sirve", "servir"),
                ("sigue", "seguir"),
                ("consiguieron", "conseguir"),
                ("eligió", "elegir"),
                ("mide", "medir"),
                ("prefirió", "preferir"),
                ("convirtio", "convertir"),
                ("durmiendo", "dormir"),
                ("murió", "morir"),
                ("trajeron", "traer"),
                ("traigo", "traer"),
                ("pusieron", "poner"),
                ("pongo", "poner"),
                ("pondrá", "poner"),
                ("salgo", "salir"),
                ("saldrán", "salir"),
                ("vinieron", "venir"),
                ("vengo", "venir"),
                ("supieron", "sabían"),
                ("produjo", "producir"),
                ("redujeron", "reducir"),
                ("produzco", "producción"),
                ("conozco", "conocer"),
                ("ofrezca", "ofrecer"),
                ("comencé", "comenzar"),
                ("empiece", "empezó"),
                ("avance", "avanzar"),
                ("realicé", "realizamos"),
                ("abierto", "abrió"),
                ("abrir", "abre"),
                ("rotas", "romper"),
                ("vuelta", "volver"),
                ("resuelto", "resolver"),
                ("descubierto", "descubrir"),
                ("muerte", "murió"),
                ("muertos", "morir"),
            ],
        );
    }

    #[test]
    fn nouns_that_look_like_a_changed_root_keep_their_term() {
        for (noun, verb) in [
            ("vino", "venir"),
            ("traje", "traer"),
            ("muro", "morir"),
            ("almendra", "poner"),
            ("cupo", "caber"),
            ("vista", "vestir"),
        ] {
            assert_ne!(
                test_terms(Language::Es, noun),
                test_terms(Language::Es, verb),
                "{noun}"
            );
        }
    }

    #[test]
    fn the_qu_of_a_car_verb_before_e_is_its_c() {
        assert_same_terms(
            Language::Es,
            &[
                ("busqué", "buscar"),
                ("saqué", "sacamos"),
                ("ataque", "atacar"),
                ("sequia", "sequías"),
                ("sequía", "sequias"),
            ],
        );
        assert_same_terms(Language::Pt, &[("fiquei", "ficar"), ("toque", "tocar")]);
    }

    #[test]
    fn portuguese_forms_with_a_changed_root_meet_their_infinitive() {
        assert_same_terms(
            Language::Pt,
            &[
                ("trouxe", "trazer"),
                ("trouxeram", "trazer"),
                ("soube", "sabia"),
                ("sinto", "sentir"),
                ("sirva", "servir"),
                ("durmo", "dormir"),
                ("vejo", "ver"),
                ("veio", "vir"),
                ("vieram", "vir"),
                ("venho", "vir"),
                ("ouço", "ouvir"),
                ("perco", "perder"),
                ("aberto", "abriu"),
                ("descoberta", "descobrir"),
                ("morte", "morreu"),
            ],
        );
    }
}
