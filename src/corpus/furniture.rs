//! Page furniture: the share, subscribe, "read more", advertising and comment-box lines a
//! saved page keeps around the text, in English, Spanish and Portuguese.

use super::link_list::link_list;
use super::reading::{Clutter, Dropped, Speaker};
use super::teasers::is_teaser;
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
    // A podcast page's buttons to its players.
    "listen on",
    "listen to this episode",
    "listen to the episode",
    "listen to the full episode",
    "escucha en",
    "escúchalo en",
    "escucha el episodio",
    "ouça no",
    "ouça na",
    "ouça o episódio",
    "escute no",
    "escute na",
];

/// Furniture only as a whole sentence (punctuation aside): a podcast page's play button and
/// its sign-off under the episode, lowercase. As an opening they start the speaker's own
/// sentences ("Listen now. That was the worst winter.", "Thank you for listening to me.").
const FURNITURE_SENTENCES: &[&str] = &[
    "listen now",
    "thanks for listening",
    "thank you for listening",
    "gracias por escuchar",
    "obrigado por ouvir",
    "obrigada por ouvir",
];

pub fn is_furniture(line: &str) -> bool {
    let opens = |sentence: &str| {
        let lower = sentence.trim().to_lowercase();
        let alone = lower.trim_end_matches([':', '.', '!', ' ', '·', '|']);
        FURNITURE_WORDS.contains(&alone)
            || FURNITURE_SENTENCES.contains(&alone)
            || FURNITURE_OPENINGS.iter().any(|phrase| {
                lower == *phrase
                    || alone == *phrase
                    || lower.strip_prefix(phrase).is_some_and(|rest| {
                        rest.starts_with([' ', ':', '.', '·', '|', '\u{a0}'])
                            || phrase.ends_with(':')
                    })
            })
    };
    // "… is produced by Ledger Media. Subscribe wherever you get your podcasts."
    opens(line)
        || line.rsplit(". ").next().is_some_and(opens)
        || is_teaser(line)
        || is_arrow_link(line)
        || is_taxonomy_line(line)
        || is_stray_punctuation(line)
        || is_feed_header(line)
}

/// Marks that end or join a clause; alone on a line they are a leftover of the page's markup
/// (a ";" over the headline), never anyone's words. Dots, dashes, question marks and
/// separators are left out: a lone "…" or "?" may be a speaker's silence or doubt.
const STRAY_MARKS: &[char] = &[';', ',', ':'];

/// A line of only [`STRAY_MARKS`].
fn is_stray_punctuation(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && line.chars().all(|c| STRAY_MARKS.contains(&c))
}

/// Words a blog's archive header names (lowercase): the archive itself and its feed link.
const ARCHIVE_WORDS: &[&str] = &[
    "archive", "archives", "archivo", "archivos", "arquivo", "arquivos",
];

/// An archive header is a bar of a few short items ("Archive | Author Q & A RSS for this
/// section").
const MAX_FEED_HEADER_WORDS: usize = 12;

/// A blog's archive header over a post: short items split by bars, one of them the archive's
/// name alone or a link to the section's RSS feed, and no sentence. A headline has no bar
/// and no feed.
fn is_feed_header(line: &str) -> bool {
    let line = line.trim();
    let items: Vec<&str> = line.split('|').map(str::trim).collect();
    let feed = |item: &&str| {
        ARCHIVE_WORDS.contains(&item.to_lowercase().as_str())
            || item.split_whitespace().any(|w| w == "RSS")
    };
    items.len() >= 2
        && line.split_whitespace().count() <= MAX_FEED_HEADER_WORDS
        && !line.ends_with(['.', '?', '!'])
        && items.iter().any(feed)
}

/// The labels a publishing system prints before a post's categories and tags ("Filed under:
/// Crafts, Boats", "Posted in Interviews", "Etiquetas: …", "Arquivado em …"), lowercase. The
/// phrases of two words or more are the systems' own and open no sentence of an answer; a
/// one-word label counts only before a colon.
const TAXONOMY_LABELS: &[&str] = &[
    "filed under",
    "posted in",
    "posted under",
    "tagged with",
    "tagged",
    "tags",
    "categories",
    "category",
    "topics",
    "archivado en",
    "archivado bajo",
    "publicado en",
    "etiquetas",
    "categorías",
    "categoría",
    "temas",
    "arquivado em",
    "publicado em",
    "marcadores",
    "categorias",
    "categoria",
];

/// A category or tag is a short phrase: "Arts & Crafts", "Saúde pública".
const MAX_TAXONOMY_ITEM_WORDS: usize = 4;

/// A post's taxonomy line: a label of [`TAXONOMY_LABELS`], then a list of short items (split
/// at commas, bars, middle dots, bullets or slashes) and no sentence. Without a colon after a
/// one-word label it is not one ("Tagged along with my brother"), and without a colon the
/// items are names of categories, capitalised or hashtags.
pub fn is_taxonomy_line(line: &str) -> bool {
    let line = line.trim();
    let lower = line.to_lowercase();
    let Some(label) = TAXONOMY_LABELS
        .iter()
        .filter(|label| lower.starts_with(*label))
        .max_by_key(|label| label.len())
    else {
        return false;
    };
    let rest = &line[label.len()..];
    let colon = rest.trim_start().starts_with(':');
    let items_text = rest.trim_start().trim_start_matches(':');
    if (!colon && !label.contains(' ')) || !rest.starts_with([' ', ':', '\u{a0}']) {
        return false;
    }
    let items: Vec<&str> = items_text
        .split([',', '|', '·', '•', '/', ';'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    let named = |item: &&str| item.starts_with(|c: char| c.is_uppercase() || c == '#');
    !items.is_empty()
        && !line.ends_with(['.', '?', '!', ':'])
        && items
            .iter()
            .all(|item| (1..=MAX_TAXONOMY_ITEM_WORDS).contains(&item.split_whitespace().count()))
        && (colon || items.iter().all(named))
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
    // A call to subscribe may run on into a second sentence ("…wherever you get your
    // podcasts. And write to us at…"); a link's line is one sentence.
    text.split_whitespace().count() <= MAX_READER_NOTE_WORDS
        && (one_sentence || invites)
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
    // Two capitalised words side by side, nothing between them: a list of apps or places
    // ("Apple, Google, Spotify") names nobody.
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let spaced: Vec<&str> = text.split_whitespace().collect();
    named
        || spaced[1.min(spaced.len())..].windows(2).any(|pair| {
            capital(pair[0]) && capital(pair[1]) && pair[0].ends_with(char::is_alphanumeric)
        })
}

/// `lower` holds `phrase` as whole words.
fn holds_phrase(lower: &str, phrase: &str) -> bool {
    lower.match_indices(phrase).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// An introduction's paragraph that is one word and its colon ("Compartilhar:", "Teilen:",
/// "Partager :"), naming none of `people`: the label of the page's share or print buttons,
/// whose icons the copy lost. The introduction is the publisher's prose, and a speaker's
/// label on its own line is among `people` (the labels the file uses).
fn is_widget_label(text: &str, people: &[&str]) -> bool {
    let Some(word) = text.trim().strip_suffix(':').map(str::trim_end) else {
        return false;
    };
    !word.is_empty()
        && word.chars().all(char::is_alphabetic)
        && !people
            .iter()
            .any(|p| p.split_whitespace().any(|w| w.eq_ignore_ascii_case(word)))
}

/// Drops the introduction's notes to the reader ([`is_reader_note`]), a player's notice and a
/// share button's label ([`is_widget_label`]) as page furniture,
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
    let listed = link_list(intro);
    let mut index = 0;
    intro.retain(|(text, line)| {
        index += 1;
        let note = listed.contains(&(index - 1))
            || is_reader_note(text, &people)
            || super::media::is_player_notice(text)
            || is_widget_label(text, &people);
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
    fn stray_marks_and_an_archive_header_are_furniture() {
        for line in [
            ";",
            " ,; ",
            "Archive | Garden Talks RSS for this section",
            "Home | Arquivo",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "…",
            "?",
            "Rain | Wind",
            "I read everything through RSS | and mail.",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }

    #[test]
    fn a_teaser_is_furniture_and_an_answer_ending_on_a_teaser_label_is_not() {
        assert!(is_furniture(
            "No se pierda: el coro del barrio Las Ranas vuelve al teatro"
        ));
        assert!(!is_furniture(
            "Hay de todo, y todo bueno. No se pierda: la noche del sábado toca la banda."
        ));
    }

    #[test]
    fn a_lone_word_and_colon_in_the_introduction_is_a_button_label() {
        let people = ["Ilse Marrow", "Bram"];
        assert!(is_widget_label("Compartilhar:", &people));
        assert!(is_widget_label("Partager :", &people));
        assert!(!is_widget_label("Bram:", &people));
        assert!(!is_widget_label("Here is what she said:", &people));
        assert!(!is_widget_label("Share the news.", &people));
    }

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
    fn a_posts_categories_and_tags_are_furniture() {
        for line in [
            "Filed under: Crafts, Boats, Podcasts",
            "Posted in Interviews | Arts & Crafts",
            "Tags: boats, winter, plywood",
            "Etiquetas: telar · lana · Mendoza",
            "Arquivado em Entrevistas, Saúde pública",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "Tagged along with my brother, who knew the way",
            "Posted in the mail, the letter took a month.",
            "Filed under a different name, for years",
            "Temas: hablamos de todo, y sobre todo de la lana que nadie quería comprar",
            "Categories matter less than you think",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
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
        assert!(is_reader_note(
            "Be sure to subscribe in your podcast app. And do write to us at the",
            &people
        ));
        assert!(is_furniture("Thanks for listening!"));
        assert!(is_furniture("Listen now"));
        assert!(is_furniture(
            "The show is made by a small team. Thank you for listening."
        ));
        // A sign-off's or a play button's words opening the speaker's own sentence.
        assert!(!is_furniture(
            "I said what I could. Thank you for listening to me."
        ));
        assert!(!is_furniture("Listen now. That was the worst winter."));
        assert!(!is_furniture("Gracias por escuchar a los vecinos."));
        assert!(is_furniture("Listen on Apple Podcasts"));
        assert!(is_furniture(
            "Ouça o episódio no seu aplicativo de podcasts"
        ));
        assert!(!is_furniture("Listen, one more thing about the ropes."));
        assert!(is_reader_note(
            "Be sure to subscribe on Apple, Google, or wherever you listen.",
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
