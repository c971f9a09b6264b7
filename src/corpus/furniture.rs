//! Page furniture: the share, subscribe, "read more", advertising and comment-box lines a
//! saved page keeps around the text, in English, Spanish and Portuguese.

/// Words that are furniture only when they stand alone (or before a colon or a dot): "Share"
/// but not "Share prices fell".
const FURNITURE_WORDS: &[&str] = &["share", "compartir", "comparte", "related"];

/// How furniture lines begin, lowercase, in English, Spanish and Portuguese. A line matches when
/// it is the phrase alone or the phrase followed by a space, colon or dot.
const FURNITURE_OPENINGS: &[&str] = &[
    "share on",
    "share this",
    "compartilhe",
    "compartir artículo",
    "compartir articulo",
    "compartir en",
    "subscribe",
    "suscríbete",
    "suscribete",
    "assine",
    "inscreva-se",
    "sign up",
    "read more",
    "read also",
    "related:",
    "see also",
    "lee también",
    "leer más",
    "lea también",
    "leia também",
    "leia mais",
    "veja também",
    "advertisement",
    "publicidad",
    "publicidade",
    "sponsored",
    "follow us",
    // A blog platform's comment box under the post.
    "post a comment",
    "postar um comentário",
    "publicar un comentario",
    "no comments",
    "nenhum comentário",
    "no hay comentarios",
];

pub fn is_furniture(line: &str) -> bool {
    let opens = |sentence: &str| {
        let lower = sentence.trim().to_lowercase();
        let alone = lower.trim_end_matches([':', '.', '!', ' ', '·', '|']);
        FURNITURE_WORDS.contains(&alone)
            || FURNITURE_OPENINGS.iter().any(|phrase| {
                lower == *phrase
                    || lower.strip_prefix(phrase).is_some_and(|rest| {
                        rest.starts_with([' ', ':', '.', '·', '|', '\u{a0}'])
                            || phrase.ends_with(':')
                    })
            })
    };
    // "… is produced by Ledger Media. Subscribe wherever you get your podcasts."
    opens(line) || line.rsplit(". ").next().is_some_and(opens)
}
