//! Capitalised words of a title or introduction that name no one who could be interviewed: a
//! photo credit ("Photo: Name / Agency", "Courtesy of Name"), a club or a company (a run of
//! capitals holding its legal or sporting form: "FC", "Club", "S.A.", "Inc.") and a place (the
//! run right after "in", "en", "em"), a work's title set in italics, a short form in brackets,
//! and a sentence's first word before a name written elsewhere without it ("Meet Ana Ruiz").
//! They are blanked out before the person is looked for, so a credited photographer, a team,
//! a town, a game or a course ([`title_case`]) is never taken for the interviewee. A nickname in quotation marks between
//! a first name and a surname is taken out so the name reads whole.

mod former;
mod title_case;

use super::labels::NAME_PARTICLES;
use super::name_words::{capitalised_past_quotes, is_possessive, trim_word, written_lowercase};
use super::reported::is_lowercase_particle;

/// What stands where a blanked run was: no name word, no clause end.
const BLANK: &str = "—";

/// Labels of a photo credit that are credits wherever they stand, lowercase, colon included.
const CREDIT_LABELS: &[&str] = &[
    "photo:",
    "photos:",
    "photograph:",
    "photography:",
    "picture:",
    "image:",
    "illustration:",
    "credit:",
    "credits:",
    "foto:",
    "fotos:",
    "fotografía:",
    "fotografia:",
    "imagen:",
    "imagem:",
    "ilustración:",
    "ilustração:",
    "crédito:",
    "créditos:",
    "©",
];

/// Credit openings that are also ordinary phrases ("una foto de Ana" shows Ana): credits only
/// where a caption's credit stands, opening a paragraph, a sentence or a bracket.
const CREDIT_OPENINGS: &[&str] = &[
    "photo by",
    "photos by",
    "photographed by",
    "photography by",
    "image by",
    "photo courtesy of",
    "image courtesy of",
    "courtesy of",
    "foto de",
    "fotos de",
    "foto por",
    "fotografía de",
    "fotografia de",
    "fotografias de",
    "fotografías de",
    "cortesía de",
    "cortesia de",
    "gentileza de",
];

/// The legal or sporting form an organisation's name carries, dots removed ("S.A." is "SA"):
/// a run of capitals holding one names a club or a company, never a person.
const ORGANISATION_FORMS: &[&str] = &[
    "FC", "CF", "SC", "AC", "AFC", "Club", "Clube", "Inc", "SA", "Ltd", "Ltda", "LLC", "GmbH",
    "Corp", "PLC", "SL", "SAS", "AG",
];

/// Prepositions of place (English, Spanish, Portuguese) that a town or a region follows and a
/// person's name does not: "in Santa Clara", "en Puerto Escondido", "em Vila Nova", "desde".
/// Portuguese "no", "na" are left out: they also set the article before a person ("confia no
/// João", "pensei na Ana").
const PLACE_PREPOSITIONS: &[&str] = &["in", "en", "em", "at", "desde"];

/// A name written alone after an opener ("Meet Ivo Lund", "In March Ana Ruiz") has this many
/// words at least: one capitalised word on its own matches too many places and words.
const MIN_NAME_WORDS_AFTER_OPENER: usize = 2;

/// `text` with its credits, organisations and places blanked out (see the module doc); `whole`
/// is every text of the interview, where a name after a place's opener is written alone.
pub fn without_bystanders(text: &str, whole: &[&str]) -> String {
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    drop_nicknames(&mut words);
    former::blank_former(&mut words);
    blank_italics(&mut words);
    blank_credits(&mut words);
    blank_organisations(&mut words);
    blank_places(&mut words, whole);
    blank_bracketed(&mut words);
    title_case::blank_titles(&mut words, whole);
    words.join(" ")
}

/// Blanks a word set alone in brackets ("Salt Tide Player (STPlayer)"): a short form or
/// an aside, never a part of the name before it, which it must not lengthen.
fn blank_bracketed(words: &mut [String]) {
    for word in words.iter_mut() {
        let inner = word
            .strip_prefix('(')
            .and_then(|w| w.trim_end_matches([',', '.', ';', ':']).strip_suffix(')'));
        if inner.is_some_and(|w| !w.is_empty() && !w.contains(['(', ')'])) {
            *word = format!("{BLANK})");
        }
    }
}

/// `text` with its photo credits blanked out: a headline in Title Case capitalises every word,
/// so runs of capitals there say nothing of clubs or places.
pub fn without_credits(text: &str) -> String {
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    blank_credits(&mut words);
    words.join(" ")
}

/// Blanks each run set in italics (`*The Salt Road*`, `_Salt_`): the title of a work. Bold
/// (`**…**`) sets off labels and is left alone, and so is an italic sentence or paragraph.
fn blank_italics(words: &mut [String]) {
    let opens = |w: &str| {
        let w = w.trim_start_matches(['[', '(', '“', '"']);
        (w.starts_with('*') && !w.starts_with("**")) || (w.starts_with('_') && !w.starts_with("__"))
    };
    let closes = |w: &str| {
        let w = outside_trimmed(w);
        (w.ends_with('*') && !w.ends_with("**")) || (w.ends_with('_') && !w.ends_with("__"))
    };
    let mut i = 0;
    while i < words.len() {
        if !opens(&words[i]) {
            i += 1;
            continue;
        }
        let Some(len) = words[i..]
            .iter()
            .take(MAX_ITALIC_WORDS)
            .position(|w| closes(w))
        else {
            i += 1;
            continue;
        };
        // A whole sentence or paragraph in italics is a standfirst ("_Ana Ruiz talks bread._"),
        // no work's title: the person it names stays.
        let whole_paragraph = i == 0 && i + len + 1 == words.len();
        let sentence = inside_marks(&words[i + len]).ends_with(['.', '!', '?']);
        if !whole_paragraph && !sentence {
            words[i..=i + len].iter_mut().for_each(blank);
        }
        i += len + 1;
    }
}

/// The closing word of an italic run without what follows its closing mark: a link's target
/// (`[*Salt Road*](https://…)`), punctuation and a footnote number.
fn outside_trimmed(word: &str) -> &str {
    let word = word.split("](").next().unwrap_or(word);
    word.trim_end_matches(|c: char| ".,;:!?)]”\"".contains(c) || c.is_ascii_digit())
}

/// The closing word of an italic run as the marks enclose it ("family._" is "family.").
fn inside_marks(word: &str) -> &str {
    outside_trimmed(word).trim_end_matches(['*', '_'])
}

/// A work's title set in italics is this many words at most; a longer italic run is an
/// emphasised passage.
const MAX_ITALIC_WORDS: usize = 8;

/// Removes a nickname in quotation marks between a first name and a surname (`Ivo
/// "Kite9" Lund`), so the name reads whole.
fn drop_nicknames(words: &mut Vec<String>) {
    let quoted = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        (w.starts_with('"') && w.ends_with('"') || w.starts_with('“') && w.ends_with('”'))
            && w.chars().count() > 2
    };
    let mut i = 1;
    while i + 1 < words.len() {
        let between = capitalised_past_quotes(&words[i - 1])
            && !ends_clause(&words[i - 1])
            && capitalised_past_quotes(&words[i + 1]);
        if quoted(&words[i]) && !words[i].ends_with([',', '.']) && between {
            words.remove(i);
        } else {
            i += 1;
        }
    }
}

/// A sentence's first word blanked where the text also writes it in lowercase and it opens a
/// run of capitals whose other words the text writes on their own elsewhere ("Meet Ivo Lund" beside "…with Ivo Lund",
/// "Hoy Nicasio Barrueco" beside "Nicasio Barrueco abrió…"): a capital a sentence gives it,
/// not a first name.
pub fn without_openers(text: &str, whole: &[&str]) -> String {
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    for i in 0..words.len() {
        let opens = i == 0 || words[i - 1].ends_with(['.', '!', '?', ':']);
        if !opens || !capitalised_past_quotes(&words[i]) || ends_clause(&words[i]) {
            continue;
        }
        let end = run_end(&words, i);
        if end < i + 1 + MIN_NAME_WORDS_AFTER_OPENER {
            continue;
        }
        // A first name is never written in lowercase; "meet", "hoy" are ("Quintero Vidal
        // llegó" beside "Rosalía Quintero Vidal" keeps Rosalía).
        let common = written_lowercase(trim_word(&words[i]), whole);
        if common && written_alone(&words[i + 1..end], &words[i], whole) {
            blank(&mut words[i]);
        }
    }
    words.join(" ")
}

/// True when one of `whole` writes the words `run` without `opener` before them: the run is a
/// name on its own, and the opener no part of it.
fn written_alone(run: &[String], opener: &str, whole: &[&str]) -> bool {
    let run: Vec<&str> = run.iter().map(|w| trim_word(w)).collect();
    let run = run.join(" ");
    let opener = trim_word(opener);
    whole.iter().any(|t| {
        t.match_indices(&run).any(|(at, _)| {
            let before = t[..at].split_whitespace().next_back().unwrap_or_default();
            trim_word(before) != opener
        })
    })
}

/// The word without brackets and quotation marks around it, lowercase.
fn bare_lower(word: &str) -> String {
    word.trim_start_matches(['(', '[', '“', '"', '‘', '«'])
        .to_lowercase()
}

/// Ends the clause a name stands in: a name does not run past it.
pub(super) fn ends_clause(word: &str) -> bool {
    word.ends_with([',', '.', ';', ':', '?', '!', ')', ']', '”', '"'])
}

/// Replaces the word with [`BLANK`], keeping the punctuation after it (a comma still sets off
/// what follows).
pub(super) fn blank(word: &mut String) {
    let letters = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let tail = word[letters.len()..].to_string();
    *word = format!("{BLANK}{tail}");
}

/// Blanks from `start` the run of capitalised words (particles and an agency's slash inside)
/// up to the end of its clause; returns the index after it.
fn blank_name_run(words: &mut [String], start: usize) -> usize {
    let mut i = start;
    while i < words.len() {
        let word = words[i].clone();
        let particle = NAME_PARTICLES.contains(&word.to_lowercase().as_str());
        if !(capitalised_past_quotes(&word) || word == "/" || particle && i > start) {
            break;
        }
        blank(&mut words[i]);
        i += 1;
        if ends_clause(&word) {
            break;
        }
    }
    i
}

/// Where a caption's credit stands: opening the text, a sentence or a bracket, or after a
/// separator.
fn credit_position(words: &[String], i: usize) -> bool {
    let opens_bracket = words[i].starts_with(['(', '[']);
    let after = |w: &String| {
        w.ends_with(['.', '!', '?', '|']) || ["|", "—", "–", "·"].contains(&w.as_str())
    };
    i == 0 || opens_bracket || after(&words[i - 1])
}

/// Blanks photo credits and the names they give.
fn blank_credits(words: &mut [String]) {
    let mut i = 0;
    while i < words.len() {
        let lower = bare_lower(&words[i]);
        if CREDIT_LABELS.contains(&lower.as_str()) {
            blank(&mut words[i]);
            i = blank_name_run(words, i + 1);
            continue;
        }
        let opening = CREDIT_OPENINGS.iter().find(|o| {
            let n = o.split_whitespace().count();
            i + n < words.len()
                && (words[i..i + n].iter().map(|w| bare_lower(w)))
                    .eq(o.split_whitespace().map(str::to_string))
                && capitalised_past_quotes(&words[i + n])
        });
        // "Courtesy of" credits wherever it stands; "foto de" only where a credit stands.
        let anywhere = |o: &&&str| o.starts_with("courtesy") || o.starts_with("cortes");
        match opening {
            Some(o) if anywhere(&o) || credit_position(words, i) => {
                let n = o.split_whitespace().count();
                words[i..i + n].iter_mut().for_each(blank);
                i = blank_name_run(words, i + n);
            }
            _ => i += 1,
        }
    }
}

/// The end (exclusive) of the run of capitalised words and particles starting at `start`,
/// stopping after a word that ends a clause and before one that opens a bracket.
pub(super) fn run_end(words: &[String], start: usize) -> usize {
    let mut i = start;
    while i < words.len() {
        let particle = NAME_PARTICLES.contains(&words[i].to_lowercase().as_str());
        // A bracket opens an aside ("Ana Ruiz (Arenal FC)"), no part of the run before it.
        let aside = i > start && words[i].starts_with('(');
        if !(capitalised_past_quotes(&words[i]) || particle && i > start) || aside {
            break;
        }
        i += 1;
        if ends_clause(&words[i - 1]) {
            break;
        }
    }
    // A run does not end on a particle.
    while i > start && NAME_PARTICLES.contains(&words[i - 1].to_lowercase().as_str()) {
        i -= 1;
    }
    i
}

/// Blanks each run of capitals that holds an organisation's form ("Deportivo Arenal FC"), from
/// after the last lowercase particle before the form: "Ana Ruiz of Arenal FC" keeps the person.
fn blank_organisations(words: &mut [String]) {
    let mut i = 0;
    while i < words.len() {
        if !capitalised_past_quotes(&words[i]) {
            i += 1;
            continue;
        }
        let end = run_end(words, i).max(i + 1);
        let form = words[i..end].iter().position(|w| {
            let bare: String = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .filter(|c| *c != '.')
                .collect();
            ORGANISATION_FORMS.contains(&bare.as_str())
        });
        if let Some(form) = form {
            let start = (words[i..i + form].iter())
                .rposition(|w| is_lowercase_particle(w))
                .map_or(i, |p| i + p + 1);
            words[start..end].iter_mut().for_each(blank);
        }
        i = end;
    }
}

/// Blanks the run of capitals right after a preposition of place ("en Puerto Escondido"),
/// unless it is a possessor ("at Ana Ruiz’s studio": a person owns it). A name the text writes
/// alone elsewhere stays ("In March Ana Ruiz opened…" beside "Ana Ruiz kneads…"): only the
/// words before it go.
fn blank_places(words: &mut [String], whole: &[&str]) {
    for i in 0..words.len().saturating_sub(1) {
        let preposition = PLACE_PREPOSITIONS.contains(&bare_lower(&words[i]).as_str());
        if !preposition || ends_clause(&words[i]) || !capitalised_past_quotes(&words[i + 1]) {
            continue;
        }
        let end = run_end(words, i + 1);
        if words[i + 1..end].iter().any(|w| is_possessive(w)) {
            continue;
        }
        let name_from = (i + 2..end.saturating_sub(MIN_NAME_WORDS_AFTER_OPENER - 1))
            .find(|&j| written_alone(&words[j..end], &words[j - 1], whole))
            .unwrap_or(end);
        words[i + 1..name_from].iter_mut().for_each(blank);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn without_bystanders_alone(text: &str) -> String {
        without_bystanders(text, &[text])
    }

    #[test]
    fn a_person_before_the_club_keeps_the_name() {
        for text in [
            "Ana Ruiz of Arenal FC talks about the final.",
            "Rubén Okonkwo do Clube Atlético fala da final.",
            "Goalkeeper Ana Ruiz (Arenal FC) talks about the final.",
        ] {
            let blanked = without_bystanders_alone(text);
            assert!(
                !blanked.contains("Arenal") && !blanked.contains("Clube"),
                "{blanked}"
            );
            assert!(
                blanked.contains("Ana Ruiz") || blanked.contains("Rubén Okonkwo"),
                "{blanked}"
            );
        }
    }

    #[test]
    fn a_person_after_a_date_or_a_portuguese_article_is_no_place() {
        let text = "In March Ana Ruiz opened her bakery.";
        let whole = [text, "Ana Ruiz kneads at dawn."];
        let blanked = without_bystanders(text, &whole);
        assert!(blanked.starts_with("In — Ana Ruiz opened"), "{blanked}");
        let text = "A cidade confia no João Pereira e pensei na Ana.";
        let blanked = without_bystanders_alone(text);
        assert!(blanked.contains("no João Pereira"), "{blanked}");
        assert!(blanked.contains("na Ana."), "{blanked}");
        // A place the text writes nowhere else goes whole.
        let text = "She grew up in Santa Clara.";
        assert!(!without_bystanders_alone(text).contains("Clara"));
    }

    #[test]
    fn photo_credits_are_blanked_with_the_names_they_give() {
        let text = without_bystanders_alone("Photo: Oriol Mendaña / Valley Press Agency");
        assert!(!text.contains("Oriol"), "{text}");
        let text = without_bystanders_alone(
            "The workshop in winter (Photo courtesy of Lena Ostrova) where Ida Brenn binds books.",
        );
        assert!(!text.contains("Lena Ostrova"), "{text}");
        assert!(text.contains("Ida Brenn"), "{text}");
        let text = without_bystanders_alone(
            "The _kneading_ photo courtesy of [Lena Ostrova](https://x.org).",
        );
        assert!(!text.contains("Lena"), "{text}");
        let text = without_bystanders_alone(
            "Crédito: Jonas Prado/Agência Sul. A ceramista Lívia Antunes.",
        );
        assert!(!text.contains("Jonas"), "{text}");
        assert!(text.contains("Lívia Antunes"), "{text}");
        // A photo of someone, mid-sentence, is no credit.
        let text = without_bystanders_alone("Guardo uma foto de Rita Sales no meu quarto.");
        assert!(text.contains("Rita Sales"), "{text}");
    }

    #[test]
    fn a_sentence_opener_before_a_name_written_alone_elsewhere_is_blanked() {
        let text = "Meet Ivo Lund, maker of kites. We talked for an hour.";
        let whole = [text, "Come and meet us: my talk with Ivo Lund ran long."];
        assert!(without_openers(text, &whole).starts_with("— Ivo Lund,"));
        // A first name before a double surname the text writes alone is never lowercase.
        let double = "Rosalía Quintero Vidal cultiva tomates. Quintero Vidal llegó en 1990.";
        assert!(without_openers(double, &[double]).starts_with("Rosalía Quintero"));
        // Written nowhere without it, the first word may be a first name.
        let whole = [text, "Lund ran long."];
        assert!(without_openers(text, &whole).starts_with("Meet Ivo Lund,"));
    }

    #[test]
    fn works_in_italics_and_nicknames_do_not_hide_or_make_names() {
        let text = without_bystanders_alone(
            "We talk with Ivo \"Kite9\" Lund about his game [*Salt Road*](https://x.org/s).",
        );
        assert!(text.contains("Ivo Lund"), "{text}");
        assert!(!text.contains("Salt"), "{text}");
        // An italic standfirst is no title: the person it names stays.
        for standfirst in [
            "_Ana Ruiz talks bread and family._",
            "_Ana Ruiz talks bread and family_",
            "Our guest this week. *Ana Ruiz talks bread.* Enjoy.",
        ] {
            let text = without_bystanders_alone(standfirst);
            assert!(text.contains("Ana Ruiz"), "{text}");
        }
    }

    #[test]
    fn clubs_companies_and_places_are_blanked() {
        let text = without_bystanders_alone(
            "Deportivo Arenal FC reached the final. Its captain, Rubén Okonkwo, grew up in Santa Clara.",
        );
        assert!(!text.contains("Arenal"), "{text}");
        assert!(!text.contains("Santa Clara"), "{text}");
        assert!(text.contains("Rubén Okonkwo,"), "{text}");
        let text =
            without_bystanders_alone("Trabaja en Vidrios Norte S.A. desde 2001 con Ada Moss.");
        assert!(!text.contains("Vidrios"), "{text}");
        assert!(text.contains("Ada Moss"), "{text}");
        // A short form in brackets does not lengthen the name before it.
        let text = without_bystanders_alone("Ivo Lund wrote Salt Tide Player (STPlayer) alone.");
        assert!(text.contains("Player —)"), "{text}");
        // A person owning the place keeps their name.
        let text = without_bystanders_alone("We met at Ada Moss’s studio.");
        assert!(text.contains("Ada Moss’s"), "{text}");
    }
}
