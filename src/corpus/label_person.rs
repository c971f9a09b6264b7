//! The person behind a speaker label or a name read from prose, without the role or job title
//! set before it ("Presidente Lino" is Lino; "Architect Noa Vell" is Noa Vell): a
//! first word is a role when the text also writes it in lowercase, as a common noun.

use super::forms::without_role;
use super::headline_names::BARE_NAME_WORDS;
use super::name_words::{holds_address_mark, written_lowercase_as, Spelling};

/// The person a label names, without the role it opens with: "Jornalista Ana Lima" is Ana
/// Lima, "Presidente Lino" is Lino, and a label that is only a role ("Presidente:") is the
/// person the text calls so ("…com o presidente Ciro Valadão."). A first word is a role when
/// the text also writes it in lowercase, as a common noun.
pub fn person_of_label(label: &str, whole: &[&str]) -> String {
    let label = without_role(label);
    let (first, rest) = label.split_once(' ').unwrap_or((label, ""));
    let role = first.to_lowercase();
    // Words of running text: an address ("ana@site.com", "site.com/ana") is no use of a word.
    let common = first != role && written_as_own_word(&role, whole);
    if !common {
        return label.to_string();
    }
    // A stage name made of a rank and one word ("Colonel Velvet"): the text never writes the
    // word without the rank, as it would a person's own surname ("Captain Lund… Lund says").
    // A courtesy title is no rank of a stage name, however seldom the text drops it.
    let courtesy = COURTESY_TITLES.contains(&role.trim_end_matches('.'));
    if !rest.is_empty() && !courtesy && is_stage_name(&role, rest, whole) {
        return label.to_string();
    }
    if !rest.is_empty() {
        return rest.to_string();
    }
    // The capitalised words the text writes after the role word: "presidente Ciro Valadão".
    let called = whole.iter().find_map(|text| {
        let words: Vec<&str> = text.split_whitespace().collect();
        (1..words.len()).find_map(|start| {
            // The name ends at the first word closed by punctuation ("Valadão." or "Valadão,").
            let run = words[start..]
                .iter()
                .take(*BARE_NAME_WORDS.end())
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase));
            let mut name: Vec<&str> = Vec::new();
            for word in run {
                let bare = word.trim_end_matches(|c: char| !c.is_alphabetic());
                name.push(bare);
                if bare.len() < word.len() {
                    break;
                }
            }
            let named = words[start - 1] == role && name.len() >= *BARE_NAME_WORDS.start();
            named.then(|| name.join(" "))
        })
    });
    called.unwrap_or_else(|| label.to_string())
}

/// Courtesy and academic titles (English, Spanish, Portuguese, French, German), lowercase and
/// without their full stop: set before a person's own surname ("Dr Lund", "Sra. Vidal"), they
/// are never part of the name, even in a text that never writes the surname alone.
const COURTESY_TITLES: &[&str] = &[
    "dr", "dra", "prof", "profa", "mr", "mrs", "ms", "mx", "sr", "sra", "srta", "mme", "mlle",
    "hr", "fr",
];

/// True when `rest`, one word after the rank `role` (lowercase), is written in the text and
/// never without the rank before it nor with a surname after it: the two words are one name
/// ("Colonel Velvet"), where "presidente Rosa Lopes" names Rosa Lopes.
fn is_stage_name(role: &str, rest: &str, whole: &[&str]) -> bool {
    if rest.contains(' ') {
        return false;
    }
    let mut uses = whole.iter().flat_map(|text| {
        let words: Vec<&str> = text.split_whitespace().collect();
        let at: Vec<bool> = (words.iter().enumerate())
            .filter(|(_, w)| w.trim_matches(|c: char| !c.is_alphanumeric()) == rest)
            .map(|(i, w)| {
                // "presidente Rosa Lopes": the word opens a person's own full name.
                let goes_on = !w.ends_with(|c: char| !c.is_alphanumeric())
                    && (words.get(i + 1)).is_some_and(|n| n.starts_with(char::is_uppercase));
                let ranked = i
                    .checked_sub(1)
                    .is_some_and(|j| words[j].to_lowercase() == role);
                ranked && !goes_on
            })
            .collect();
        at
    });
    let first = uses.next();
    first.is_some_and(|ranked| ranked) && uses.all(|ranked| ranked)
}

/// A name read from a headline or an introduction without the job title set before it
/// ("Architect Noa Vell" is Noa Vell): the first word is a title when the text also
/// writes it in lowercase, as a common noun ("the role of an architect", "as architects"), and a first and a
/// last name remain, so "Mark Allen" stays whole even where the text says "mark".
pub fn without_job_title(name: &str, whole: &[&str]) -> String {
    let Some((first, rest)) = name.split_once(' ') else {
        return name.to_string();
    };
    let lower = first.to_lowercase();
    // Also in the plural ("as architects").
    let noun =
        written_as_own_word(&lower, whole) || written_as_own_word(&format!("{lower}s"), whole);
    let common = first != lower && noun;
    if common && rest.split_whitespace().count() >= 2 {
        rest.to_string()
    } else {
        name.to_string()
    }
}

/// True when running text writes `lower` as a word of its own (an address such as
/// "ana@site.com" or "site.com/ana" is no use of a word).
fn written_as_own_word(lower: &str, whole: &[&str]) -> bool {
    written_lowercase_as(lower, whole, Spelling::WholeWord, holds_address_mark)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_title_before_a_name_is_dropped_when_the_text_uses_it_as_a_noun() {
        let whole = ["What does a potter owe the river?", "Mark my words: clay."];
        assert_eq!(without_job_title("Potter Ines Rocha", &whole), "Ines Rocha");
        assert_eq!(without_job_title("Mark Allen", &whole), "Mark Allen");
        let plural = ["We, as painters, are late."];
        assert_eq!(without_job_title("Painter Ada Moss", &plural), "Ada Moss");
        assert_eq!(
            without_job_title("Ines Maria Rocha", &whole),
            "Ines Maria Rocha"
        );
    }

    #[test]
    fn a_label_opening_with_a_role_names_the_person_after_it() {
        let whole = [
            "Com a presidente Rosa Lopes. Presidente, obrigada.",
            "Escreva para ana@vidal.pt",
        ];
        assert_eq!(person_of_label("Presidente", &whole), "Rosa Lopes");
        assert_eq!(person_of_label("Ana Vidal", &whole), "Ana Vidal");
        assert_eq!(person_of_label("Presidente Rosa", &whole), "Rosa");
        assert_eq!(person_of_label("Jornalista Ana Lima", &whole), "Ana Lima");
        assert_eq!(person_of_label("Okafor", &whole), "Okafor");
        assert_eq!(person_of_label("Presidente", &["Sem nome."]), "Presidente");
    }

    #[test]
    fn a_rank_and_one_word_the_text_never_parts_is_a_stage_name() {
        let whole = [
            "Is he a real captain? Captain Velvet says so.",
            "Captain Velvet: I am.",
        ];
        assert_eq!(person_of_label("Captain Velvet", &whole), "Captain Velvet");
        let parted = ["The captain spoke. Captain Ruiz: yes. Ruiz smiled."];
        assert_eq!(person_of_label("Captain Ruiz", &parted), "Ruiz");
        let titled = ["Ask your dr about sleep.", "Dr Lund: Sleep is a habit."];
        assert_eq!(person_of_label("Dr Lund", &titled), "Lund");
        let titled = ["La sra de la tienda.", "Sra Vidal: Abrimos a las ocho."];
        assert_eq!(person_of_label("Sra Vidal", &titled), "Vidal");
    }
}
