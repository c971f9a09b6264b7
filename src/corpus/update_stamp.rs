//! The update stamp a news page prints under its headline ("Updated 3 March 2024, 10:32",
//! "Atualizado", "Actualizado el 12/05/2025 a las 09:15"): the page's clock, no one's words.
//! Copied from the page, it often stands alone on its line, or is glued to the caption or the
//! standfirst that follows it ("Actualizado 09:15Vidal durante…"), where only the stamp goes.

use std::sync::LazyLock;

use regex::Regex;

use super::assembled::Assembled;
use super::dates::MONTHS;
use super::reading::{Clutter, Dropped};

/// The stamp's word, then a date, a time or an age ("há 2 horas", "3 hours ago"), each
/// possibly several times ("12/05/2025 09:15"). Group `when` holds what follows the word.
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    let item = format!(
        r"(?:\d{{1,2}}[:h]\d{{2}}(?:\s?[ap]\.?m\.?)?
        | \d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}
        | \d{{4}}-\d{{2}}-\d{{2}}
        | \d{{1,2}}(?:\s+de)?\s+(?:{MONTHS})\b(?:\.?\s+(?:de\s+)?\d{{4}})?
        | (?:{MONTHS})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?
        | (?:há|hace)\s+\d+\s+\p{{L}}+
        | \d+\s+(?:hours?|minutes?|days?)\s+ago
        )"
    );
    // A connector ("às", "at") joins two items ("3 March at 10:32"); after the last one it
    // opens the words that follow ("10:32 Em Braga…").
    Regex::new(&format!(
        r"(?ix)^(?:last\s+)?(?:updated|atualizad[oa]|actualizad[oa])
        (?:\s+(?:on|at|em|el|en|às|a\s+las))?[\s:,\-–—]*
        (?P<when>(?:{item}
            (?:[\s,·|\-–—]*(?:(?:às|a\s+las|at|em|el)\s+)?{item})*
            [\s,·|\-–—]*
        )?)"
    ))
    .expect("a valid update stamp pattern")
});

/// A line that is only an update stamp ("Atualizado", "Updated March 3, 2024 at 10:32").
pub fn is_update_stamp(line: &str) -> bool {
    STAMP
        .find(line.trim())
        .is_some_and(|m| m.end() == line.trim().len())
}

/// An update stamp with its date or time glued to the words after it, split off: the stamp
/// and the text after it. A stamp's word alone before words ("Updated versions of…") is
/// prose, so a date or a time must follow the word.
fn split_stamp(text: &str) -> Option<(&str, &str)> {
    let caps = STAMP.captures(text)?;
    let (stamp, when) = (caps.get(0)?, caps.name("when")?);
    let rest = &text[stamp.end()..];
    let opens_words = rest.chars().next().is_some_and(char::is_uppercase);
    (!when.as_str().trim().is_empty() && opens_words).then(|| (stamp.as_str().trim(), rest))
}

/// Takes a glued update stamp off the introduction's first paragraph, keeping the words after
/// it.
pub fn strip_update_stamp(out: &mut Assembled) {
    let Some((text, line)) = out.intro.first_mut() else {
        return;
    };
    let Some((stamp, rest)) = split_stamp(text) else {
        return;
    };
    out.dropped.push(Dropped {
        line: *line,
        text: stamp.to_string(),
        reason: Clutter::Date,
    });
    *text = rest.to_string();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_the_stamp_alone_is_one() {
        for line in [
            "Atualizado",
            "Updated",
            "Last updated 3 March 2024, 10:32",
            "Actualizado el 12/05/2025 a las 09:15",
            "Updated March 3, 2024 at 10:32 am",
            "Atualizado há 2 horas",
        ] {
            assert!(is_update_stamp(line), "{line}");
        }
        for line in [
            "Updated versions of the kiln came later.",
            "Actualizado no es lo mismo que nuevo",
            "Atualizado 10:32 Ana Lima",
        ] {
            assert!(!is_update_stamp(line), "{line}");
        }
    }

    #[test]
    fn only_a_glued_stamp_leaves_the_first_paragraph() {
        let mut out = Assembled {
            intro: vec![
                (
                    "Actualizado 12/05/2025 09:15Ana Vidal repara redes.".into(),
                    3,
                ),
                ("Updated 10:32 Not the first paragraph.".into(), 5),
            ],
            ..Assembled::default()
        };
        strip_update_stamp(&mut out);
        assert_eq!(out.intro[0].0, "Ana Vidal repara redes.");
        assert_eq!(out.intro[1].0, "Updated 10:32 Not the first paragraph.");
        assert_eq!(out.dropped[0].text, "Actualizado 12/05/2025 09:15");
        assert_eq!(out.dropped[0].reason, Clutter::Date);
        let mut prose = Assembled {
            intro: vec![("Updated Ways of firing clay, a talk.".into(), 3)],
            ..Assembled::default()
        };
        strip_update_stamp(&mut prose);
        assert!(prose.dropped.is_empty());
    }

    #[test]
    fn a_connector_after_the_last_time_opens_the_words_after_it() {
        assert_eq!(
            split_stamp("Atualizado 10:32 Em Braga, Ana Vidal molda o barro."),
            Some(("Atualizado 10:32", "Em Braga, Ana Vidal molda o barro."))
        );
        assert_eq!(
            split_stamp("Updated 3 March 2024 at 10:32 Ana Vidal fires clay."),
            Some(("Updated 3 March 2024 at 10:32", "Ana Vidal fires clay."))
        );
    }
}
