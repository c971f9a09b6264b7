//! Conjugated forms of the verbs that carry grammar rather than a topic: going ("va a
//! cambiar", "vai mudar"), doing, saying, being able, wanting, believing, happening ("¿qué
//! ocurrió…?", "o que aconteceu…?", as English drops "happened") and consisting ("¿en qué
//! consiste…?", a way of asking what something is). Snowball's
//! lists hold the forms of "ser", "estar", "haber"/"haver" and "tener"/"ter", but not these,
//! so "¿qué haría…?", "o que ele diria…?" or "creo que…" weighed as rare content words: a
//! question's coverage was shared with words no answer repeats, and a paraphrase whose real
//! words all matched could still fall under the refusal line.
//!
//! Only conjugated forms are listed. Infinitives and participles that are also nouns stay
//! content words ("el poder", "o dever", "un hecho", "um dito"). So do the forms of "deber" and
//! "dever", which mean "to owe" in every interview about debt, and of "saber" but "sé"/"sei"
//! ("no sé"): "¿sabían del peligro?" asks what people knew. Portuguese "ia" (went) is left
//! out because folded and lowercased it is also "IA", artificial intelligence.

/// Spanish forms, accented as written; typed without accents they are found folded (see
/// [`super::function_words`]).
pub(super) const SPANISH_FORMS: &[&str] = &[
    // ir
    "voy",
    "vas",
    "va",
    "vamos",
    "van",
    "iba",
    "ibas",
    "íbamos",
    "iban",
    "irá",
    "irán",
    "iría",
    "irían",
    "vaya",
    "vayan",
    // hacer
    "hago",
    "haces",
    "hacemos",
    "haré",
    "hará",
    "haremos",
    "harán",
    "haría",
    "harías",
    "haríamos",
    "harían",
    "haga",
    "hagan",
    "hagamos",
    "hiciera",
    "hicieran",
    "hice",
    "hiciste",
    "hicimos",
    // decir
    "digo",
    "decimos",
    "diré",
    "dirá",
    "dirán",
    "diría",
    "dirías",
    "dirían",
    "diga",
    "digan",
    "dijera",
    "dijeran",
    "decía",
    "decían",
    "dije",
    "dijiste",
    "dijimos",
    // poder
    "puedo",
    "podemos",
    "pudo",
    "pudieron",
    "pude",
    "pudiste",
    "pudimos",
    "podrá",
    "podrán",
    "podrían",
    "pueda",
    "puedan",
    "pudiera",
    "pudieran",
    "podía",
    "podían",
    // querer
    "quiero",
    "quiere",
    "queremos",
    "quieren",
    "quiso",
    "quisieron",
    "quise",
    "quisimos",
    "querría",
    "querrían",
    // saber, only as the filler "no sé"
    "sé",
    // creer
    "creo",
    "creemos",
    "creía",
    "creían",
    "creería",
    // Accented forms of the verbs of Snowball's list (estar, haber, ser, tener), here so
    // that typed without accents ("estaria", "tendra", "eramos") they are function words too.
    "estáis",
    "estés",
    "estén",
    "estaré",
    "estarás",
    "estará",
    "estarán",
    "estaría",
    "estarías",
    "estaríamos",
    "estarían",
    "estábamos",
    "estuviéramos",
    "habías",
    "habíamos",
    "habré",
    "habrá",
    "habrán",
    "habría",
    "habríamos",
    "habrían",
    "hubiéramos",
    "seré",
    "serás",
    "seríamos",
    "éramos",
    "fuéramos",
    "tendré",
    "tendrás",
    "tendrá",
    "tendrán",
    "tendría",
    "tendríamos",
    "tendrían",
    "tenías",
    "teníamos",
    "tuviéramos",
    // ocurrir, suceder (to happen)
    "ocurre",
    "ocurren",
    "ocurrió",
    "ocurrieron",
    "ocurría",
    "sucedió",
    "sucedieron",
    // consistir (to consist): "¿En qué consiste su trabajo?" asks what the work is.
    "consiste",
    "consisten",
    "consistía",
    "consistían",
    "consistió",
];

/// Portuguese forms, accented as written.
pub(super) const PORTUGUESE_FORMS: &[&str] = &[
    // The participles and gerunds of ser, ter, haver and estar, which Snowball's list lacks
    // though it holds their conjugated forms ("tem sido", "tendo em vista"); none is a noun.
    "sido",
    "tido",
    "havido",
    "sendo",
    "tendo",
    "havendo",
    "estando",
    // ir
    "vou",
    "vai",
    "vamos",
    "vão",
    "iam",
    "irá",
    "irão",
    "iria",
    "iriam",
    "vá",
    // fazer
    "faço",
    "fazemos",
    "farei",
    "fará",
    "faremos",
    "farão",
    "faria",
    "faríamos",
    "fariam",
    "faça",
    "façam",
    "fizesse",
    "fizessem",
    "fiz",
    "fizemos",
    // dizer
    "digo",
    "dizemos",
    "direi",
    "dirá",
    "dirão",
    "diria",
    "diríamos",
    "diriam",
    "digam",
    "dissesse",
    // poder
    "posso",
    "podemos",
    "pôde",
    "puderam",
    "pude",
    "pudemos",
    "poderá",
    "poderão",
    "poderiam",
    "possa",
    "possam",
    "pudesse",
    "pudessem",
    "podia",
    "podiam",
    // querer
    "quero",
    "quer",
    "queremos",
    "querem",
    "quis",
    "quiseram",
    "quisemos",
    "quereria",
    // saber, only as the filler "não sei"
    "sei",
    // achar, crer: "acho que", "creio que"
    "acho",
    "achamos",
    "achava",
    "creio",
    // estar and haver, beyond Snowball's list
    "estaria",
    "estariam",
    "havia",
    "haviam",
    "haverá",
    "haveria",
    // Accented forms of the verbs of Snowball's list, see the Spanish ones.
    "estivéramos",
    "estivéssemos",
    "houvéramos",
    "houvéssemos",
    "éramos",
    "fôramos",
    "fôssemos",
    "tínhamos",
    "tivéramos",
    "tivéssemos",
    "terá",
    // acontecer (to happen)
    "acontece",
    "acontecem",
    "aconteceu",
    "aconteceram",
    "acontecia",
    "aconteciam",
    "acontecendo",
    // consistir (to consist): "Em que consiste o seu trabalho?" asks what the work is.
    "consiste",
    "consistem",
    "consistia",
    "consistiam",
    "consistiu",
];

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms, Language};

    #[test]
    fn grammatical_verbs_frame_a_question_without_weighing_in_it() {
        assert_same_terms(
            Language::Es,
            &[
                ("¿Qué haría ella con la deuda?", "deuda"),
                ("que diria de la deuda, creo", "deuda"),
                (
                    "no pude, no quise, no lo dije ni lo hice: la deuda",
                    "deuda",
                ),
            ],
        );
        assert_same_terms(
            Language::Pt,
            &[
                ("O que ele diria pra quem vai à COP30?", "COP30"),
                ("eu fiz o que pude na COP30", "COP30"),
                (
                    "Como tem sido a COP30, tendo em vista o clima?",
                    "COP30 vista clima",
                ),
            ],
        );
    }

    #[test]
    fn happening_frames_a_question() {
        assert_same_terms(Language::Es, &[("¿Qué ocurrió con la mina?", "mina")]);
        assert_same_terms(Language::Pt, &[("O que aconteceu com a mina?", "mina")]);
        assert!(!test_terms(Language::Pt, "o acontecimento").is_empty());
    }

    #[test]
    fn consisting_frames_a_question() {
        assert_same_terms(
            Language::Es,
            &[("¿En qué consiste su investigación?", "investigación")],
        );
        assert_same_terms(Language::Pt, &[("Em que consiste a pesquisa?", "pesquisa")]);
        assert_same_terms(
            Language::En,
            &[("What does the research consist of?", "research")],
        );
        assert!(!test_terms(Language::Es, "la consistencia").is_empty());
    }

    #[test]
    fn nouns_and_owing_stay_content_words() {
        for (language, word) in [
            (Language::Es, "el poder"),
            (Language::Es, "deben"),
            (Language::Pt, "sabiam"),
        ] {
            assert_eq!(test_terms(language, word).len(), 1, "{word}");
        }
        assert_eq!(test_terms(Language::Pt, "a IA").len(), 1);
    }
}
