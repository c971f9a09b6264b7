//! Page furniture: the share, subscribe, "read more", advertising and comment-box lines a
//! saved page keeps around the text, in English, Spanish and Portuguese.

use super::reading::{Clutter, Dropped, Speaker};
use super::Metadata;

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
    opens(line) || line.rsplit(". ").next().is_some_and(opens) || is_arrow_link(line)
}

/// A link's text with an arrow after it is this short ("Continue reading →").
const MAX_ARROW_LINK_WORDS: usize = 4;

/// Arrows a page sets after a link's words, pointing at the rest of a post.
const LINK_ARROWS: &[char] = &['»', '→', '›'];

/// A few words ending on an arrow that no quote opened ("Keep reading the post »", "Mais →"): a link
/// to the rest of a post, as blog and tag pages print under each excerpt.
fn is_arrow_link(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    line.ends_with(LINK_ARROWS)
        && !line.contains(['«', '‹'])
        && (2..=MAX_ARROW_LINK_WORDS + 1).contains(&words)
}

/// A note to the reader is one short sentence: a link's line ("Read the full report here.",
/// "Follow the show in your podcast app to catch every episode."). Past it, a
/// paragraph presents the interview, whatever it asks of the reader.
const MAX_READER_NOTE_WORDS: usize = 30;

/// The words a link's text ends a sentence with, pointing at another page ("… here.",
/// "… aquí."): a deictic adverb, a closed class like pronouns.
const LINK_ANCHORS: &[&str] = &["here", "aquí", "aqui"];

/// An introduction's line speaking to the reader about the page rather than presenting the
/// interview: one short sentence that names none of `people` (nor anyone by a full name) and
/// either ends on a link's anchor ("Read the full review here.") or addresses the
/// reader with a furniture phrase anywhere in it ("Make sure you subscribe, wherever …").
pub fn is_reader_note(text: &str, people: &[&str]) -> bool {
    let text = text.trim();
    let lower = text.to_lowercase();
    let body = lower.trim_end_matches(['.', '!', ' ']);
    let one_sentence = ![". ", "! ", "? "].iter().any(|stop| body.contains(stop));
    let last = body.rsplit(|c: char| !c.is_alphabetic()).next();
    let anchored = last.is_some_and(|w| LINK_ANCHORS.contains(&w));
    let invites = super::address::addresses_listener(text)
        && FURNITURE_OPENINGS
            .iter()
            .any(|phrase| holds_phrase(&lower, phrase));
    text.split_whitespace().count() <= MAX_READER_NOTE_WORDS
        && one_sentence
        && !text.ends_with(['?', '？'])
        && (anchored || invites)
        && !names_someone(text, people)
}

/// `text` holds a word of one of `people`'s names, or two capitalised words in a row after its
/// first word (a full name).
fn names_someone(text: &str, people: &[&str]) -> bool {
    let tokens: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let named = people
        .iter()
        .flat_map(|p| p.split_whitespace())
        .filter(|w| w.chars().count() >= 3)
        .any(|w| tokens.iter().any(|t| t.eq_ignore_ascii_case(w)));
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    named
        || tokens[1.min(tokens.len())..]
            .windows(2)
            .any(|p| p.iter().all(capital))
}

/// `lower` holds `phrase` as whole words.
fn holds_phrase(lower: &str, phrase: &str) -> bool {
    lower.match_indices(phrase).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Drops the introduction's notes to the reader ([`is_reader_note`]) as page furniture,
/// keeping `dropped` in line order. The people of the interview are those `metadata` names
/// and the speakers' labels.
pub fn drop_reader_notes(
    intro: &mut Vec<(String, usize)>,
    metadata: &Metadata,
    speakers: &[Speaker],
    dropped: &mut Vec<Dropped>,
) {
    let mut people = metadata.named_people();
    people.extend(speakers.iter().map(|s| s.label.as_str()));
    intro.retain(|(text, line)| {
        let note = is_reader_note(text, &people);
        if note {
            dropped.push(Dropped {
                line: *line,
                text: text.clone(),
                reason: Clutter::PageFurniture,
            });
        }
        !note
    });
    dropped.sort_by_key(|d| d.line);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_words_ending_on_an_arrow_link_to_the_rest_of_a_post() {
        assert!(is_furniture("Keep reading the post »"));
        assert!(is_furniture("Continue →"));
        assert!(!is_furniture("«Sí» »"));
        assert!(!is_furniture(
            "She said the tide turns twice a day, then left »"
        ));
    }

    #[test]
    fn a_short_line_pointing_at_a_link_or_asking_to_subscribe_is_a_reader_note() {
        let people = ["Ilse Marrow"];
        assert!(is_reader_note(
            "Watch the council's full debate here.",
            &people
        ));
        assert!(is_reader_note(
            "Lee la crónica del concierto aquí.",
            &people
        ));
        assert!(is_reader_note(
            "Remember to subscribe wherever you listen, so you hear the next one.",
            &people
        ));
    }

    #[test]
    fn a_line_naming_someone_asking_or_presenting_is_no_reader_note() {
        let people = ["Ilse Marrow"];
        assert!(!is_reader_note(
            "Read Marrow's first interview here.",
            &people
        ));
        assert!(!is_reader_note(
            "Read what Tove Lind wrote about it here.",
            &people
        ));
        assert!(!is_reader_note("Have you been here?", &people));
        assert!(!is_reader_note(
            "If you have ever baked bread, you will enjoy this.",
            &people
        ));
        assert!(!is_reader_note(
            "She moved to the coast in 1990. She has lived here since.",
            &people
        ));
    }
}
