//! A teaser linking to another story of the site ("No se pierda: …", "Don't miss: …"): page
//! furniture, never the speaker's words.

/// Labels of a teaser linking to another story, lowercase, with their colon (without it the
/// words open a sentence of anyone's). A teaser is a line of its own: the label opens the
/// line and a headline follows it (see [`is_teaser`]).
const TEASER_LABELS: &[&str] = &[
    "no se pierda:",
    "no te pierdas:",
    "te puede interesar:",
    "le puede interesar:",
    "también te puede interesar:",
    "también le puede interesar:",
    "não perca:",
    "don't miss:",
    "don’t miss:",
    "you may also like:",
];

/// The headline a teaser links to is this many words at most ("No se pierda: el coro del
/// barrio vuelve al teatro"); a longer run after the label is a sentence of the speaker's.
const MAX_TEASER_HEADLINE_WORDS: usize = 15;

/// "No se pierda: el coro del barrio vuelve al teatro": a teaser label opening the line, then a
/// headline, a few words closing on no full stop. A speaker's "Don't miss: the fish stalls at
/// six." tells what to see and closes as a sentence.
pub fn is_teaser(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    TEASER_LABELS.iter().any(|label| {
        lower.strip_prefix(label).is_some_and(|headline| {
            let headline = headline.trim();
            (1..=MAX_TEASER_HEADLINE_WORDS).contains(&headline.split_whitespace().count())
                && !headline.ends_with(['.', '!'])
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_teaser_linking_to_another_story_is_furniture_only_before_its_colon() {
        assert!(is_teaser(
            "No se pierda: el coro del barrio Las Ranas vuelve al teatro"
        ));
        assert!(is_teaser("Não perca: o novo disco de Zelinda Mor"));
        assert!(!is_teaser(
            "No se pierda nada del concierto, que cantamos todo el disco."
        ));
    }

    #[test]
    fn a_teaser_label_in_an_answers_last_sentence_or_before_a_sentence_is_the_speakers() {
        for line in [
            "Hay de todo, y todo bueno. No se pierda: la noche del sábado toca la banda de mi \
             pueblo.",
            "We go every week. It's a big market. Don't miss: the fish stalls at six.",
            "Don't miss: the fish stalls at six.",
            "No te pierdas: cuando llega el invierno el puerto se queda vacío y solo quedan \
             los viejos pescadores remendando redes al sol",
        ] {
            assert!(!is_teaser(line), "{line}");
        }
    }
}
