//! The page's own lines at either end of a pasted text, found by the shapes page templates
//! give them whatever the site or the language: the site's name and slogan above the post
//! ([`masthead`]), and below the last answer the readers' comments with their buttons
//! ([`comments`]), a story site's "you are reading" bar ([`story_bar`]) and a columnist's
//! "follow" line ([`follow_line`]), a magazine box's listing of dates and prices
//! ([`listing`]) and the footer a blog's feed adds to each post ([`feed_footer`]). None of
//! them is the interviewee's words.

mod comments;
mod feed_footer;
mod follow_line;
mod listing;
mod masthead;
mod signed_comments;
mod story_bar;

pub use follow_line::{follow_line, followed_name};
pub use masthead::masthead_lines;

/// The lines (indexes into `lines`) closing the text that belong to the page: from the first
/// readers' comment, the story bar or the listing to the end, and a columnist's follow line.
pub fn closing_lines(lines: &[(usize, &str)]) -> Vec<usize> {
    let start = [
        comments::comments_start(lines),
        story_bar::bar_start(lines),
        listing::listing_start(lines),
    ]
    .into_iter()
    .flatten()
    .min();
    // Blank lines part the page's lines as they part paragraphs: nothing to drop.
    let mut closing: Vec<usize> = start.map_or(Vec::new(), |s| {
        (s..lines.len())
            .filter(|&k| !lines[k].1.trim().is_empty())
            .collect()
    });
    if let Some((k, _)) = follow_line(lines).filter(|(k, _)| !closing.contains(k)) {
        closing.push(k);
    }
    if let Some(k) = feed_footer::feed_footer(lines).filter(|k| !closing.contains(k)) {
        closing.push(k);
    }
    closing
}

/// The text of the non-empty lines, with their indexes into `lines`.
fn texts<'a>(lines: &[(usize, &'a str)]) -> Vec<(usize, &'a str)> {
    (lines.iter().enumerate())
        .map(|(k, (_, l))| (k, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect()
}

/// The line closes a sentence that asks nothing: the last answer's end.
fn closes_statement(line: &str) -> bool {
    let bare = line.trim_end_matches(['"', '”', '’', '»', ')', '*', '_']);
    !bare.ends_with(['?', '？', ':']) && line.ends_with(['.', '!', '…', '"', '”', '’', '»', ')'])
}

/// No sentence mark closes the line: a button's, a label's or a title's words.
fn is_unpunctuated(line: &str) -> bool {
    !line.ends_with(['.', '!', '?', '…', ':', ';', ',', '"', '”', '’', '»'])
}

#[cfg(test)]
mod tests {
    use crate::corpus::reading::Clutter;

    /// The last answer of a parsed text, as its paragraphs.
    fn last_answer(text: &str) -> Vec<String> {
        let reading = crate::corpus::read("t", text).expect("parses");
        let turns = reading.interview.turns;
        turns.last().map(|t| t.answer.clone()).unwrap_or_default()
    }

    #[test]
    fn readers_comments_leave_the_last_answer() {
        let text = "Preguntas al panadero\n\n- ¿Cuándo empieza tu día?\nA las cuatro, con la masa madre.\n\
                    - ¿Y cuándo acaba?\nCuando se vende la última hogaza.\nQué envidia de oficio.\n\
                    ResponderBorrar\nMe encantó leerte, Tito.\nResponderBorrar\nMarta G.\n";
        assert_eq!(last_answer(text), ["Cuando se vende la última hogaza."]);
    }

    #[test]
    fn a_caption_and_undated_comments_leave_the_answers() {
        let text =
            "Preguntas al panadero\n\n¿Cuándo empieza tu día?\nA las cuatro, con la masa.\n\n\
                    Un horno de leña encendido\nFoto: Archivo\n¿Y cuándo acaba?\n\
                    Cuando se vende la última hogaza.\n\nComentarios\n\nLía dijo…\nQué bonito.\n\
                    tito_g dijo…\nMe encantó.\nAnónimo dijo…\nGracias.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        let answers: Vec<Vec<String>> = (reading.interview.turns.iter())
            .map(|t| t.answer.clone())
            .collect();
        assert_eq!(
            answers,
            [
                ["A las cuatro, con la masa."],
                ["Cuando se vende la última hogaza."]
            ]
        );
    }

    #[test]
    fn blank_lines_between_comments_are_no_dropped_lines() {
        let text = "Preguntas al panadero\n\n¿Cuándo empieza tu día?\n\nA las cuatro.\n\n\
                    ¿Y cuándo acaba?\n\nCuando se vende la última hogaza.\n\nComentarios\n\n\
                    Lía dijo…\n\nQué bonito.\n\ntito_g dijo…\n\nMe encantó.\n\n\
                    Anónimo dijo…\n\nGracias.\n";
        let lines: Vec<(usize, &str)> = text.lines().enumerate().collect();
        let closing = super::closing_lines(&lines);
        assert!(!closing.is_empty());
        assert!(closing.iter().all(|&k| !lines[k].1.trim().is_empty()));
        let reading = crate::corpus::read("t", text).expect("parses");
        assert!(reading.dropped.iter().all(|d| !d.text.trim().is_empty()));
    }

    #[test]
    fn a_listing_leaves_the_last_answer() {
        let text = "Duas perguntas a Lía Paz\n\nPor que a harpa?\n\nMinha tia tocava.\n\n\
                    E a turnê?\n\nDez cidades, todas pequenas.\n\
                    › Teatro Velho. Sexta (9), 21h. R$ 30,00.\n";
        assert_eq!(last_answer(text), ["Dez cidades, todas pequenas."]);
    }

    #[test]
    fn a_story_bar_leaves_the_last_answer() {
        let text = "Tiny tales contest: the winners.\n\n1-Why tiny tales?\nI get bored fast.\n\
                    2-What is next?\nA longer tale, about my aunt.\nNOW READING\n\
                    Tiny tales contest: the winners.\nShort stories\n";
        assert_eq!(last_answer(text), ["A longer tale, about my aunt."]);
    }

    #[test]
    fn a_columnists_follow_line_leaves_the_last_answer() {
        let text = "Três perguntas para a banda Maré Alta\n\nO disco novo sai quando?\n\n\
                    Em março, se a fábrica ajudar.\n\nVão fazer turnê?\n\n\
                    Sim, começando pelo sul e subindo pela costa.\n\n\n\nAcompanhe as colunas de Rita de Sousa\n";
        assert_eq!(
            last_answer(text),
            ["Sim, começando pelo sul e subindo pela costa."]
        );
    }

    #[test]
    fn a_closing_byline_stays_a_byline_naming_the_interviewer() {
        let text = "Your shop has no sign. How do people find it?\n\n\
                    They ask a neighbour, and the neighbour walks them over.\n\n\
                    Do you ever close early?\n\n\
                    Only when the bread runs out, which is most Fridays.\n\n\n\n\
                    Interview by Marta Quiroga\n";
        let reading = crate::corpus::read("bakery", text).expect("parses");
        assert_eq!(
            reading.interview.metadata.interviewer.as_deref(),
            Some("Marta Quiroga")
        );
        assert!(reading.dropped.iter().any(|d| d.reason == Clutter::Byline));
    }

    #[test]
    fn a_sites_masthead_is_neither_title_nor_introduction() {
        let text = "June 2, 2025\n\nTidewater Webzine\n\nOnline since 2001\n\n\
                    1. Your new record sounds darker, why?\n\nWe wrote it in a cold winter.\n\n\
                    2. Will you tour?\n\nIn the spring, across the north.\n\n\
                    3. And after that?\n\nA long rest by the lake.\n";
        let reading = crate::corpus::read("tidewater-q", text).expect("parses");
        assert_eq!(reading.interview.title, "tidewater-q");
        assert!(reading.interview.intro.is_empty());
        assert_eq!(reading.interview.metadata.interviewee, None);
        let header = reading
            .dropped
            .iter()
            .filter(|d| d.reason == Clutter::SiteHeader);
        assert_eq!(header.count(), 2);
    }
}
