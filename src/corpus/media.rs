//! What a page's pictures, videos and players leave in its copied text: a bracketed
//! placeholder where a video or a picture stood ("[Video of the launch, 1986]"), the notice a
//! page prints when its player cannot run ("Download the Flash player to watch this video."),
//! and a caption reading who stands where in a photo ("From left to right: the author, …").
//! None of them is anyone's words.

/// Nouns a placeholder opens with, naming the media that stood there (lowercase, accents
/// kept): a closed class of kinds of media, in English, Spanish and Portuguese.
const MEDIA_NOUNS: &[&str] = &[
    "video",
    "vídeo",
    "audio",
    "áudio",
    "podcast",
    "photo",
    "foto",
    "picture",
    "image",
    "imagen",
    "imagem",
    "gallery",
    "galería",
    "galeria",
    "slideshow",
    "infographic",
    "infografía",
    "infográfico",
];

/// A placeholder describes its media in a phrase, never in a paragraph of text.
const MAX_PLACEHOLDER_WORDS: usize = 20;

/// A line wholly in square brackets whose first word names a kind of media ("[Vídeo com
/// entrevista de …, 1986]", "[Photo: the quay at dawn]"): where an editor or the page
/// marked a video or picture the copy could not keep. A bracket opening with any other word is
/// a stage direction or an editor's insertion, read elsewhere.
pub fn is_media_placeholder(line: &str) -> bool {
    let Some(inner) = (line.trim().strip_prefix('['))
        .and_then(|l| l.strip_suffix("].").or_else(|| l.strip_suffix(']')))
    else {
        return false;
    };
    let first = inner
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    !inner.contains(['[', ']'])
        && inner.split_whitespace().count() <= MAX_PLACEHOLDER_WORDS
        && MEDIA_NOUNS.contains(&first.as_str())
}

/// Words naming the software a page's player needs (lowercase): a plug-in, a script, a
/// browser. Together with a kind of media ([`MEDIA_NOUNS`]) in one short sentence, they
/// make the page's notice about its player.
const PLAYER_WORDS: &[&str] = &[
    "player",
    "flash",
    "plugin",
    "plug-in",
    "javascript",
    "browser",
    "navegador",
    "reproductor",
    "reprodutor",
];

/// A player's notice is one short sentence; a longer one is someone's story about a video.
const MAX_NOTICE_WORDS: usize = 15;

/// One short sentence naming a kind of media and the software to play it ("Baixe o player
/// Flash para assistir esse vídeo.", "Your browser does not support the video tag."): the
/// page's notice about its player, left where the video stood.
pub fn is_player_notice(text: &str) -> bool {
    let text = text.trim();
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let body = text.trim_end_matches(['.', '!', ' ']);
    let one_sentence = ![". ", "! ", "? "].iter().any(|stop| body.contains(stop));
    let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    one_sentence
        && words.len() <= MAX_NOTICE_WORDS
        && !text.ends_with('?')
        && has(MEDIA_NOUNS)
        && has(PLAYER_WORDS)
}

/// A page's link to its player, left as a line that ends no sentence ("Ana audio (Streamed
/// audio file of the interview using RealPlayer)"): a kind of media and the software or the
/// file that plays it, in a few words. A sentence about a video ends with its stop.
pub fn is_player_link(line: &str) -> bool {
    let line = line.trim();
    let words: Vec<String> = line
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let media = |w: &String| MEDIA_NOUNS.contains(&w.as_str());
    // The software, or a product named for it ("RealPlayer"), or the media's file.
    let player = words
        .iter()
        .any(|w| PLAYER_WORDS.contains(&w.as_str()) || w.ends_with("player"))
        || words.windows(2).any(|p| media(&p[0]) && p[1] == "file");
    !line.ends_with(['.', '!', '?', '…', ':', ';'])
        && words.len() <= MAX_NOTICE_WORDS
        && words.iter().any(media)
        && player
        && points_at_player(line, &words)
}

/// Words only a player's link carries (lowercase): the way the media reaches the reader.
const STREAMING_WORDS: &[&str] = &["streamed", "streaming", "download", "descargar", "baixar"];

/// Extensions of media files a page links to (lowercase, with the dot).
const MEDIA_FILE_EXTENSIONS: &[&str] = &[
    ".mp3", ".mp4", ".m4a", ".ogg", ".wav", ".ram", ".rm", ".wma", ".wmv", ".mov", ".avi", ".flv",
    ".webm",
];

/// The line points at a player, not at a subject: it sets the player's words in brackets or
/// a link ("Video (Flash player required)", "[audio](…)"), or names the media's file or its
/// streaming ("audio file", "streamed", "interview.mp3"). A heading that names a record
/// player or a video does neither.
fn points_at_player(line: &str, words: &[String]) -> bool {
    let lower = line.to_lowercase();
    line.contains(['(', '[', '<'])
        || lower.contains("http")
        || words
            .windows(2)
            .any(|p| MEDIA_NOUNS.contains(&p[0].as_str()) && p[1] == "file")
        || words.iter().any(|w| STREAMING_WORDS.contains(&w.as_str()))
        || MEDIA_FILE_EXTENSIONS.iter().any(|ext| lower.contains(ext))
}

/// The words a player shows while its media loads (lowercase): "loading", "a carregar",
/// "carregando", "cargando". A closed class of status words, like the media nouns.
const LOADING_WORDS: &[&str] = &["loading", "carregar", "carregando", "cargando"];

/// A player's loading notice is a word or two and the media's name ("a carregar vídeo").
const MAX_LOADING_NOTICE_WORDS: usize = 4;

/// A few words saying a kind of media is loading ("a carregar vídeo", "Loading video…",
/// "Cargando vídeo..."): the status word, then the media's name closing the line; the
/// player's status left where it stood, never a headline. A sentence of the text that says
/// so runs on or closes with a full stop.
pub fn is_loading_notice(line: &str) -> bool {
    let line = line.trim().trim_end_matches(['.', '…']);
    let words: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let Some((media, before)) = words.split_last() else {
        return false;
    };
    line.split_whitespace().count() <= MAX_LOADING_NOTICE_WORDS
        && !line.contains(['.', '!', '?', ':'])
        && MEDIA_NOUNS.contains(&media.as_str())
        && opens_with_loading_word(before)
}

/// The words open with the status word, or with Portuguese "a" and the status word ("a
/// carregar"): "carregar" elsewhere is a speaker's verb ("Vou carregar o vídeo").
fn opens_with_loading_word(words: &[String]) -> bool {
    let status = match words {
        [a, status, ..] if a == "a" => status,
        [status, ..] => status,
        [] => return false,
    };
    LOADING_WORDS.contains(&status.as_str())
}

/// How a caption opens to say who stands where in a photo (lowercase): a fixed formula of
/// captions, in English, Spanish and Portuguese.
const POSITION_FORMULAS: &[&str] = &[
    "from left to right",
    "from left",
    "left to right",
    "l-r",
    "l to r",
    "de izquierda a derecha",
    "de la izquierda a la derecha",
    "desde la izquierda",
    "da esquerda para a direita",
    "da esquerda à direita",
];

/// A caption names a few people and places; more words make it a sentence of the text.
const MAX_CAPTION_WORDS: usize = 20;

/// A photo's caption reading the people in it by position ("From left to right: the author,
/// Clive and Tom", "(L-R) Ana, Rui"): the formula, then a colon or a comma, in one line of a
/// few words with no second sentence. "From left to right the shelves hold…" runs on
/// without the caption's colon or comma and is someone speaking.
pub fn is_position_caption(line: &str) -> bool {
    let line = line.trim();
    let lower = line.trim_start_matches('(').to_lowercase();
    let opens = POSITION_FORMULAS.iter().any(|formula| {
        lower.strip_prefix(formula).is_some_and(|rest| {
            rest.starts_with([':', ',', ')']) || rest.starts_with(" :") || rest.starts_with(" (")
        })
    });
    let body = line.trim_end_matches(['.', ' ']);
    opens
        && line.split_whitespace().count() <= MAX_CAPTION_WORDS
        && ![". ", "! ", "? "].iter().any(|stop| body.contains(stop))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bracketed_line_naming_a_video_or_picture_is_a_placeholder() {
        for line in [
            "[Vídeo com entrevista de Rui Lage, campeão de remo - 1991]",
            "[Video of the harbour launch, 2004]",
            "[Photo: the quay at dawn]",
            "[Galería de imágenes del festival].",
        ] {
            assert!(is_media_placeholder(line), "{line}");
        }
        for line in [
            "[risos]",
            "[Mr. Lane has said he would run again.]",
            "[Videos were not allowed in the hall], she said.",
            "I saw the [video] twice.",
        ] {
            assert!(!is_media_placeholder(line), "{line}");
        }
    }

    #[test]
    fn a_short_sentence_about_the_player_is_a_notice() {
        for text in [
            "Baixe o player Flash para assistir esse vídeo.",
            "Your browser does not support the video tag.",
            "Activa JavaScript para ver el vídeo.",
        ] {
            assert!(is_player_notice(text), "{text}");
        }
        for text in [
            "We filmed the video on an old phone and a borrowed tripod.",
            "Download the player.",
            "Which browser plays the video best?",
            "The video would not play in my browser. So we drove to the hall and watched it there.",
        ] {
            assert!(!is_player_notice(text), "{text}");
        }
    }

    #[test]
    fn a_line_linking_to_the_player_is_no_text() {
        for line in [
            "ruiz audio (Streamed audio file of interview for this question using RealPlayer)",
            "Video (Flash player required)",
        ] {
            assert!(is_player_link(line), "{line}");
        }
        for line in [
            "I sent him the audio file.",
            "Audio and video of the festival",
            "We streamed the video with an old player.",
            "## Video, vinyl and the record player",
            "Video, vinyl and the record player",
        ] {
            assert!(!is_player_link(line), "{line}");
        }
    }

    #[test]
    fn a_players_loading_notice_is_no_text() {
        for line in [
            "a carregar vídeo",
            "Loading video…",
            "Cargando vídeo...",
            "loading audio",
        ] {
            assert!(is_loading_notice(line), "{line}");
        }
        for line in [
            "Loading the video took an hour.",
            "The video kept loading",
            "Loading docks",
            "Vou carregar o vídeo",
            "Tenho de ir carregar o vídeo",
        ] {
            assert!(!is_loading_notice(line), "{line}");
        }
    }

    #[test]
    fn a_caption_reading_positions_is_no_text() {
        for line in [
            "From left to right: the author, Ilse and Bram",
            "(L-R) Ana Paiva, Rui Lage",
            "De izquierda a derecha, Marta Gil y su hermano",
            "Da esquerda para a direita: a autora e o editor.",
        ] {
            assert!(is_position_caption(line), "{line}");
        }
        for line in [
            "From left to right the shelves hold poetry, then plays, then the novels.",
            "Left to right: that is how I read the room. Then I sit down.",
            "Leftovers were all we had.",
        ] {
            assert!(!is_position_caption(line), "{line}");
        }
    }
}
