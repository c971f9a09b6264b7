//! How a speaker label is shown as a person's name: completed from the headline and the
//! introduction ("OKAFOR" becomes "Ngozi Okafor"), else capitalised normally.

use super::name_words::is_contraction;

/// Names have at most this many words ("Maria da Conceição Tavares").
pub const MAX_NAME_WORDS: usize = 5;

/// A name completed from the text has at most this many words: more capitalised words before
/// a surname are a sentence's opening ("Yesterday Ana Ruiz").
const MAX_FULL_NAME_WORDS: usize = 3;

/// A label in capitals this short is initials, not a name to capitalise.
const MAX_INITIALS: usize = 3;

/// A person's name for display, from a label: the fullest form of it found in `texts` (title,
/// introduction), so "OKAFOR" becomes "Ngozi Okafor"; else the label, capitalised normally when
/// it is in capitals.
pub fn display_name(label: &str, texts: &[&str]) -> String {
    match fullest_form(label, texts) {
        Some(words) if words.len() > 1 => words.join(" "),
        _ if label.chars().any(char::is_lowercase) => label.to_string(),
        // Initials ("IM") stand for the name the title or introduction spells out ("Ilse
        // Marroquín"); else they stay initials.
        _ if label.chars().filter(|c| c.is_alphabetic()).count() <= MAX_INITIALS => {
            spelled_out(label, texts).unwrap_or_else(|| label.to_string())
        }
        _ => label
            .split_whitespace()
            .map(|w| {
                let mut chars = w.chars();
                chars.next().map_or(String::new(), |first| {
                    first
                        .to_uppercase()
                        .chain(chars.flat_map(char::to_lowercase))
                        .collect()
                })
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The first run of capitalised words (not in capitals) in `texts` whose initials are the
/// label's letters: "IM" is "Ilse Marroquín", "FN" is "Field Notes".
fn spelled_out(label: &str, texts: &[&str]) -> Option<String> {
    let initials: Vec<char> = label.chars().filter(|c| c.is_alphabetic()).collect();
    if initials.len() < 2 {
        return None;
    }
    let name_word = |w: &&str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    };
    texts.iter().find_map(|text| {
        let words: Vec<&str> = text
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
            .collect();
        let run = words.windows(initials.len()).find_map(|run| {
            let matches = run.iter().all(name_word)
                && run.iter().zip(&initials).all(|(w, c)| w.starts_with(*c));
            matches.then(|| run.join(" "))
        });
        run.or_else(|| hyphenated_given_name(&words, &initials))
    })
}

/// A hyphenated given name whose parts' first letters are the initials ("MC" is
/// "Marie-Claire"), with the surname written after it: labels shorten each part of a compound
/// given name, and the name a reader knows goes on to the surname.
fn hyphenated_given_name(words: &[&str], initials: &[char]) -> Option<String> {
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    };
    words.iter().enumerate().find_map(|(i, word)| {
        let parts: Vec<&str> = word.split('-').collect();
        let fits = parts.len() == initials.len()
            && parts.iter().all(|p| capitalised(p))
            && parts.iter().zip(initials).all(|(p, c)| p.starts_with(*c));
        if !fits {
            return None;
        }
        let surname = words
            .get(i + 1)
            .filter(|w| capitalised(w) && !w.contains('-'));
        Some(match surname {
            Some(surname) => format!("{word} {surname}"),
            None => word.to_string(),
        })
    })
}

/// A full name may hold one middle name the initials skip ("RB" is "Rosa Lind Berg").
const MAX_SKIPPED_MIDDLE_NAMES: usize = 1;

/// Initials ("RB") spelled out anywhere in the interview, as a speaker introduces themself
/// ("Well, I am Rosa Lind Berg"): a run of capitalised words inside a sentence (a sentence's
/// first word may be capitalised for being first) whose first and last words open with the
/// first and last letters and whose other words open with the letters between, allowing
/// one middle name. `None` when the label is no initials or no run fits.
pub fn initials_spelled_in(label: &str, whole: &[&str]) -> Option<String> {
    let initials: Vec<char> = label.chars().filter(|c| c.is_alphabetic()).collect();
    let shape = (2..=MAX_INITIALS).contains(&initials.len())
        && label.chars().all(|c| c.is_uppercase() || c == '.');
    if !shape {
        return None;
    }
    let name_word = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    let fits = |run: &[&str]| {
        let (first, last) = (initials[0], initials[initials.len() - 1]);
        let inner = &initials[1..initials.len() - 1];
        let middle = &run[1..run.len() - 1];
        run[0].starts_with(first)
            && run[run.len() - 1].starts_with(last)
            && inner
                .iter()
                .all(|c| middle.iter().any(|w| w.starts_with(*c)))
    };
    whole.iter().find_map(|text| {
        // A nickname in quotation marks inside the name (`Ivo “Kite” Lund`) is no part of it.
        let raw: Vec<&str> = (text.split_whitespace())
            .filter(|w| !is_quoted_nickname(w))
            .collect();
        (1..raw.len()).find_map(|start| {
            let inside = !raw[start - 1].ends_with(['.', '!', '?', ':', '…', '“', '"']);
            // The longest run first: the name goes on past a middle name the initials skip.
            (initials.len()..=initials.len() + MAX_SKIPPED_MIDDLE_NAMES)
                .rev()
                .filter(|len| start + len <= raw.len())
                .map(|len| &raw[start..start + len])
                .filter(|run| {
                    let last = run[run.len() - 1].trim_end_matches([',', '.', ';', '!', '?']);
                    run[..run.len() - 1].iter().all(|w| name_word(w)) && name_word(last)
                })
                .find(|run| inside && fits(run))
                .map(|run| {
                    run.join(" ")
                        .trim_end_matches([',', '.', ';', '!', '?'])
                        .to_string()
                })
        })
    })
}

/// One capitalised word wholly in quotation marks (`“Kite”`, `"Kite"`): a nickname set inside
/// a name.
fn is_quoted_nickname(word: &str) -> bool {
    let inner = word
        .strip_prefix(['“', '"', '‘', '«'])
        .and_then(|w| w.strip_suffix(['”', '"', '’', '»']));
    inner.is_some_and(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphanumeric))
}

/// Words the text writes in lowercase: capitalised in a title-case headline ("How Kemi Adeyemi
/// Built…") they are ordinary words, not first names.
fn ordinary_words(texts: &[&str]) -> std::collections::HashSet<String> {
    texts
        .iter()
        .flat_map(|t| t.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(str::to_string)
        .collect()
}

/// Capitalised, not an abbreviation, and not a word the text also writes in lowercase.
fn is_name_word(word: &str, ordinary: &std::collections::HashSet<String>) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && !word.ends_with('.')
        && !is_contraction(word)
        && !ordinary.contains(&word.to_lowercase())
}

/// Abbreviations written with a stop before a name or after it (titles, "Jr.", "St."): the
/// stop is theirs, not a sentence's, so they are no surname ending a sentence. Short surnames
/// ("Paz.", "Gil.", "Wu.") are names.
const NAME_ABBREVIATIONS: &[&str] = &[
    "dr", "dra", "jr", "sr", "sra", "st", "mr", "ms", "mrs", "prof", "sto", "sta",
];

/// The word without the full stop closing a sentence after it ("Thomson." is "Thomson"); an
/// abbreviation keeps its stop, so it is no name word.
fn sentence_end_surname(word: &str) -> Option<&str> {
    match word.strip_suffix('.') {
        Some(bare)
            if bare.chars().any(char::is_alphabetic)
                && !NAME_ABBREVIATIONS.contains(&bare.to_lowercase().as_str())
                && !bare.contains('.') =>
        {
            Some(bare)
        }
        Some(_) => None,
        None => Some(word),
    }
}

/// "**Guest:** Mara Quist", "At Acme, Priya Ramaswell", "Acme’s Priya…": a name does not run
/// across a label's colon, a clause's punctuation or a possessive.
fn closes_name(raw: &str) -> bool {
    let word = raw.trim_end_matches(['"', '”', '’', '\'', '*', '_']);
    word.ends_with([',', ';', ':', '!', '?', ')']) || ["’s", "'s"].iter().any(|s| raw.ends_with(s))
}

/// The longest run of capitalised words in `texts` (at most [`MAX_FULL_NAME_WORDS`]) that
/// holds every word of the label and ends at its last word; a run in capitals says nothing
/// about how the name is written.
fn fullest_form(label: &str, texts: &[&str]) -> Option<Vec<String>> {
    let label_words: Vec<String> = label.split_whitespace().map(str::to_lowercase).collect();
    let last = label_words.last()?;
    let ordinary = ordinary_words(texts);
    let capitalised = |w: &str| is_name_word(w, &ordinary);
    let mut best: Option<Vec<String>> = None;
    for text in texts {
        let raw: Vec<&str> = text.split(|c: char| c.is_whitespace()).collect();
        let closes_label = |i: usize| closes_name(raw[i]);
        let words: Vec<String> = raw
            .iter()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-')
                    .to_string()
            })
            .collect();
        for (i, word) in words.iter().enumerate() {
            if word.to_lowercase() != *last {
                continue;
            }
            let mut start = i;
            // A nickname in quotation marks (`Ivo "Kite9" Lund`) is no part of it.
            while start > 0
                && i - start < MAX_NAME_WORDS - 1
                && capitalised(&words[start - 1])
                && !closes_label(start - 1)
                && !raw[start - 1].starts_with(['"', '“', '\'', '‘'])
            {
                start -= 1;
            }
            let single = label_words.len() == 1;
            let candidate = completed_run(
                (raw.as_slice(), words.as_slice()),
                (start, i),
                single,
                &capitalised,
            );
            let lower: Vec<String> = (candidate.iter())
                .map(|w| {
                    w.trim_matches(['"', '“', '”', '‘', '’', '«', '»'])
                        .to_lowercase()
                })
                .collect();
            let in_capitals = candidate.iter().all(|w| !w.chars().any(char::is_lowercase));
            let covers = label_words.iter().all(|w| lower.contains(w));
            if covers
                && !in_capitals
                && candidate.len() >= label_words.len()
                && candidate.len() <= MAX_FULL_NAME_WORDS
                && best.as_ref().is_none_or(|b| candidate.len() > b.len())
            {
                best = Some(candidate);
            }
        }
    }
    best
}

/// The run of words `start..=i` as a name: a nickname in quotation marks as the label ("VERO"
/// for `Verónica "Vero" Saldaña`) keeps its marks inside the full name, and a first name as
/// label (`single`, "ISAAC") takes the surname that follows it, also when the surname closes
/// the sentence ("…with Dr. Andrew Thomson.").
fn completed_run(
    (raw, words): (&[&str], &[String]),
    (start, i): (usize, usize),
    single: bool,
    capitalised: &dyn Fn(&str) -> bool,
) -> Vec<String> {
    let mut candidate = words[start..=i].to_vec();
    let bare = raw[i].trim_end_matches([',', '.', ';', ':', '*', '_']);
    let bare = bare.trim_start_matches(['*', '_']);
    if i > start && is_quoted_nickname(bare) {
        candidate[i - start] = bare.to_string();
    }
    let surname = (single && i + 1 < words.len() && !closes_name(raw[i]))
        .then(|| sentence_end_surname(&words[i + 1]))
        .flatten()
        .filter(|w| capitalised(w));
    if let Some(surname) = surname {
        candidate.push(surname.to_string());
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_are_completed_from_the_text() {
        let texts = [
            "‘We clapped’: Dr. Ngozi Okafor on what broke",
            "Okafor said.",
        ];
        assert_eq!(display_name("OKAFOR", &texts), "Ngozi Okafor");
        let apposition = ["At Acme, Priya Ramaswell runs robots. Acme’s Priya Ramaswell too."];
        assert_eq!(display_name("Ramaswell", &apposition), "Priya Ramaswell");
        let labelled = ["**Guest:** Mara Quist (boatbuilder)"];
        assert_eq!(display_name("Mara Quist", &labelled), "Mara Quist");
        assert_eq!(display_name("KARIM HADDAD", &[]), "Karim Haddad");
        let nicknamed = ["# Talk 4: Verónica \"Vero\" Saldaña", "Vero laughs."];
        assert_eq!(
            display_name("VERO", &nicknamed),
            "Verónica \"Vero\" Saldaña"
        );
        let closing = ["Our guest today is Dr. Ravi Kessel.", "Ravi laughs a lot."];
        assert_eq!(display_name("Ravi", &closing), "Ravi Kessel");
        assert_eq!(
            display_name("Ravi", &["We asked Ravi Jr. about it."]),
            "Ravi"
        );
    }

    #[test]
    fn a_short_surname_ending_a_sentence_completes_a_name() {
        let short = ["Our guest is Ana Paz.", "Ana laughs."];
        assert_eq!(display_name("Ana", &short), "Ana Paz");
        assert_eq!(display_name("Lu", &["We met Lu Wu."]), "Lu Wu");
        assert_eq!(display_name("Ana", &["We asked Ana Sr. about it."]), "Ana");
    }

    #[test]
    fn display_names_take_a_name_written_in_full() {
        assert_eq!(
            display_name("ISAAC", &["A Conversation with Isaac Bowen"]),
            "Isaac Bowen"
        );
        assert_eq!(display_name("RP", &[]), "RP");
    }

    #[test]
    fn initials_are_completed_from_the_name_they_spell() {
        // Each part of a hyphenated given name gives a letter; the surname follows.
        let compound = ["We met Anne-Louise Ferrand, who bakes in Lyon."];
        assert_eq!(display_name("AL", &compound), "Anne-Louise Ferrand");
        assert_eq!(display_name("A. L", &compound), "Anne-Louise Ferrand");
        assert_eq!(display_name("LF", &compound), "LF");
        assert_eq!(
            display_name("IM", &["Field Notes: Dr. Ilse Marroquín, sound recordist"]),
            "Ilse Marroquín"
        );
        assert_eq!(
            display_name("Quispe", &["Marta Quispe is an economist."]),
            "Marta Quispe"
        );
    }

    #[test]
    fn a_name_is_completed_without_the_words_around_it() {
        assert_eq!(
            display_name("Ivo Lund", &["We talk with Ivo \"Kite9\" Lund today."]),
            "Ivo Lund"
        );
        // A pronoun run into its verb opens no name.
        assert_eq!(
            display_name("Ivo Lund", &["Hi, I'm Ivo Lund, and I make kites."]),
            "Ivo Lund"
        );
        let headline = [
            "Twelve Weeks: How Kemi Adeyemi Built Booking",
            "We asked her how it started.",
        ];
        assert_eq!(display_name("Kemi Adeyemi", &headline), "Kemi Adeyemi");
    }

    #[test]
    fn initials_are_spelled_by_a_name_in_the_answers() {
        let answer = [
            "Well, I am Rosa Lind Berg, born in Oslo.",
            "Rosa Bay was my home.",
        ];
        assert_eq!(
            initials_spelled_in("RB", &answer).as_deref(),
            Some("Rosa Lind Berg")
        );
        assert_eq!(initials_spelled_in("RB", &answer[1..]), None);
        let nicknamed = ["I met Jo “Kestrel” Hale, who flies kites."];
        assert_eq!(
            initials_spelled_in("JH", &nicknamed).as_deref(),
            Some("Jo Hale")
        );
        assert_eq!(initials_spelled_in("Rosa", &answer), None);
    }
}
