//! Adjectives of origin led back to the place they name: "peruanos" meets "Perú", "chileno"
//! meets "Chile", Portuguese "brasileiro" meets "Brasil".
//!
//! Interviews name a country through its adjective as often as through its name ("la economía
//! peruana", "el agua en el Perú"), and Snowball keeps the two apart ("peruan", "peru").
//! Spanish and Portuguese form these adjectives with endings ("-ano", "-eno", "-eño",
//! "-ense", "-eiro", "-ês") that also end common words ("humano", "pequeño", "dinero"), so
//! they are not cut by rule: the table holds the stems of the countries and regions of the
//! Spanish- and Portuguese-speaking world and of the continents, as Snowball and the steps
//! before it leave them (folded), with the stem of the place.

use super::Language;

/// Spanish adjective stems and the stem of their place.
const SPANISH: &[(&str, &str)] = &[
    ("peruan", "peru"),
    ("chilen", "chil"),
    ("bolivian", "boliv"),
    ("mexican", "mexic"),
    ("colombian", "colomb"),
    ("venezolan", "venezol"),
    ("ecuatorian", "ecuador"),
    ("brasilen", "brasil"),
    ("espanol", "espan"),
    ("portug", "portugal"),
    ("portugues", "portugal"),
    ("cuban", "cub"),
    ("guatemaltec", "guatemal"),
    ("honduren", "hondur"),
    ("nicaraguens", "nicaragu"),
    ("panamen", "panam"),
    ("costarricens", "costa"),
    ("salvadoren", "salvador"),
    ("dominican", "dominic"),
    ("puertorriquen", "puert"),
    ("african", "afric"),
    ("american", "amer"),
    ("latinoamerican", "latinoamer"),
    ("centroamerican", "centroamer"),
    ("sudamerican", "sudamer"),
    ("norteamerican", "norteamer"),
    ("asiat", "asi"),
    ("italian", "ital"),
    ("frances", "franc"),
];

/// Portuguese adjective stems and the stem of their place.
const PORTUGUESE: &[(&str, &str)] = &[
    ("peruan", "peru"),
    ("chilen", "chil"),
    ("bolivian", "boliv"),
    ("mexican", "mexic"),
    ("colombian", "colomb"),
    ("venezuelan", "venezuel"),
    ("brasileir", "brasil"),
    ("portugues", "portugal"),
    ("portugu", "portugal"),
    ("espanhol", "espanh"),
    ("angolan", "angol"),
    ("mocambican", "mocambic"),
    ("caboverdian", "cab"),
    ("african", "afric"),
    ("american", "amer"),
    ("latinoamerican", "latinoamer"),
    ("chines", "chin"),
    ("japones", "jap"),
    ("frances", "franc"),
    ("alem", "alemanh"),
];

/// The stem of the place an adjective of origin names, or the stem unchanged.
pub(super) fn place_stem(language: Language, stem: String) -> String {
    let table = match language {
        Language::Es => SPANISH,
        Language::Pt => PORTUGUESE,
        Language::En | Language::Neutral => return stem,
    };
    match table.iter().find(|(adjective, _)| *adjective == stem) {
        Some((_, place)) => (*place).to_string(),
        None => stem,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms, Language};

    #[test]
    fn an_adjective_of_origin_meets_its_place() {
        assert_same_terms(
            Language::Es,
            &[
                ("peruanos", "Perú"),
                ("chilena", "Chile"),
                ("bolivianas", "Bolivia"),
                ("mexicano", "México"),
                ("española", "España"),
                ("latinoamericanos", "Latinoamérica"),
                ("africanas", "África"),
            ],
        );
        assert_same_terms(
            Language::Pt,
            &[
                ("brasileiras", "Brasil"),
                ("portugueses", "Portugal"),
                ("turnê latino-americana", "turnê latina na América"),
                ("chinês", "China"),
                ("africanos", "África"),
            ],
        );
    }

    #[test]
    fn words_that_only_end_like_an_adjective_of_origin_keep_their_term() {
        for word in ["humano", "pequeño", "dinero", "cubo", "francés"] {
            assert_eq!(test_terms(Language::Es, word).len(), 1, "{word}");
        }
        assert_ne!(
            test_terms(Language::Es, "humano"),
            test_terms(Language::Es, "humo")
        );
    }
}
