//! The top of an interview file: kickers above the headline, the headline (the title when
//! the front matter gives none), and copies of the headline under it, which are dropped; and
//! the credit lines of a podcast or show page (`**Guest:** Mara Quist, boatbuilder`,
//! `Host: Tom Reyes`), which name who speaks and are no quotable text.

use super::clean::is_kicker;
use super::clean::strip_emphasis;
use super::cues::{dash_body, ends_with_question_mark, is_bold};
use super::cut_credit::is_cut_credit;
use super::display::display_name;
use super::kicker::{
    is_headline_shaped, is_section_name, opens_with_reading, split_run_in_kicker,
    take_headline_under_name,
};
use super::labels::{is_nameless, same_speaker, split_label};
use super::listing_head::{is_page_header, without_forum_prefix};
use super::markup::question_number;
use super::numbering::bulleted_prompts;
use super::pasted::split_pasted;
use super::reading::Para;
use super::reading::{Clutter, Dropped};
use super::teaser::split_clip;
use super::Metadata;

/// A series named in a rubric (`…: Q&A`, `…: Interviews`) is a word or two.
const MAX_SERIES_WORDS: usize = 2;

/// Kickers sit above the headline: at most this many lines of them.
const MAX_KICKERS: usize = 2;

/// Shorter texts than this many letters and digits are too short to call one a copy of the
/// other ("Q" starts "Quispe").
const MIN_HEADLINE_LETTERS: usize = 8;

/// A paragraph repeating the headline adds at most a site's name to it ("Big Talk Today - The
/// Weekly Site"); one adding more words is an introduction opening with the headline's words.
const MAX_SITE_SUFFIX_WORDS: usize = 6;

/// Where the body starts after kickers, title and repeated headlines.
pub struct Head {
    /// The headline, when the front matter has no title.
    pub title: Option<String>,
    /// Line of the headline in the file.
    pub title_line: Option<usize>,
    /// Index of the first paragraph of the body.
    pub body_start: usize,
    /// The byline's name and line, when a page's elements were pasted on the headline's line.
    pub byline: Option<(String, usize)>,
}

/// Drops kickers and copies of the headline, and finds the title line when the front matter
/// has no title (a file opening with a `Q:` turn has none).
pub fn head(paras: &[Para], metadata: &Metadata, dropped: &mut Vec<Dropped>) -> Head {
    let mut i = skip_kickers(paras, metadata, dropped);
    let drop = |dropped: &mut Vec<Dropped>, p: &Para, reason| {
        dropped.push(Dropped {
            line: p.line,
            text: p.text.clone(),
            reason,
        })
    };
    let mut byline = None;
    let starts_with_turn = opens_conversation(&paras[i..]);
    let headline_shaped = (is_headline_shaped(&paras[i].text) || is_pasted(paras, i))
        && !is_cut_credit(&paras[i].text);
    let (mut title, mut title_line) = match &metadata.title {
        Some(title)
            if is_repeated_headline(&paras[i].text, title) || is_page_headline(paras, i) =>
        {
            i += 1;
            (Some(title.clone()), Some(paras[i - 1].line))
        }
        // The page's headline under its byline or kicker: dropped with the introduction's
        // other echoes of the title.
        Some(title) if is_echoed_below(&paras[i..], title) => (Some(title.clone()), None),
        Some(_) => (None, None),
        // A page copied from its standfirst on opens with prose, not a headline: the file
        // name is the title and the prose its introduction.
        None if starts_with_turn || !headline_shaped => (None, None),
        None => {
            i += 1;
            let (title, found) = headline(&paras[i - 1], &paras[i..], dropped);
            byline = found;
            (Some(without_forum_prefix(title)), Some(paras[i - 1].line))
        }
    };
    let under_name = metadata.title.is_none().then(|| paras.get(i)).flatten();
    if let Some(site) = take_headline_under_name(under_name, &mut title, &mut title_line) {
        dropped.push(site);
        i += 1;
    }
    if let Some(title) = &title {
        while i < paras.len() && is_repeated_headline(&paras[i].text, title) {
            drop(dropped, &paras[i], Clutter::RepeatedHeadline);
            i += 1;
        }
        if title_line.is_some() && is_subtitle(paras, i) {
            drop(dropped, &paras[i], Clutter::Subtitle);
            i += 1;
        }
    }
    Head {
        title,
        title_line,
        body_start: i,
        byline,
    }
}

/// Drops the kickers and series rubrics standing over the headline; the index of the first
/// paragraph left.
fn skip_kickers(paras: &[Para], metadata: &Metadata, dropped: &mut Vec<Dropped>) -> usize {
    // A weather or widget reading, a navigation bar or a listing page's header over the
    // headline is the page's header, never its title.
    let readings = (paras.iter().take(MAX_KICKERS))
        .take_while(|p| opens_with_reading(&p.text) || is_page_header(&p.text))
        .count()
        .min(paras.len().saturating_sub(1));
    dropped.extend(paras[..readings].iter().map(|p| Dropped {
        line: p.line,
        text: p.text.clone(),
        reason: Clutter::PageFurniture,
    }));
    let mut i = readings;
    while i < MAX_KICKERS + readings && i + 1 < paras.len() && is_rubric(paras, i) {
        let next = &paras[i + 1].text;
        // A capitals line over the interview's first turns is the headline itself: a kicker
        // stands over another headline, never over the conversation.
        let next_is_title = match &metadata.title {
            Some(title) => is_repeated_headline(next, title),
            None => {
                is_headline_shaped(next) && !is_kicker(next) && !opens_conversation(&paras[i + 1..])
            }
        };
        if !next_is_title {
            break;
        }
        dropped.push(Dropped {
            line: paras[i].line,
            text: paras[i].text.clone(),
            reason: Clutter::Kicker,
        });
        i += 1;
    }
    i
}

/// Paragraph `i` is a kicker, a series rubric or a section's name above the next one.
fn is_rubric(paras: &[Para], i: usize) -> bool {
    let (line, next) = (&paras[i].text, &paras[i + 1].text);
    let rest: Vec<&str> = paras[i + 2..].iter().map(|p| p.text.as_str()).collect();
    is_kicker(line)
        || is_series_rubric(line, next)
        || is_section_name(line, next, &rest)
        || super::headline_level::is_over_headline(paras, i)
}

/// A blog's archive rubric above the headline, naming the series the headline opens with
/// (`Category Archives: Q&A` over `Q&A With Ann Lee, author of…`): a label, a colon and a
/// word or two that the next line starts with, followed by more words and no full stop (a
/// headline, not an introduction taking up the headline's last word).
fn is_series_rubric(line: &str, next: &str) -> bool {
    let Some((label, series)) = line.rsplit_once(':') else {
        return false;
    };
    let series = series.trim();
    let words = series.split_whitespace().count();
    let continues = next
        .get(..series.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(series))
        && next[series.len()..].starts_with(' ');
    let sentence = next.trim_end().ends_with(['.', '!', '?', '…']);
    !label.trim().is_empty() && (1..=MAX_SERIES_WORDS).contains(&words) && continues && !sentence
}

/// True when the first paragraph is already a turn: a `Q:` label, an editor's first numbered
/// or bulleted question, or a dialogue dash opening it and the next one ("- Quando lhe perguntam…?" /
/// "- Sim…"), since a headline is not set as a turn.
fn opens_conversation(paras: &[Para]) -> bool {
    let dashed = |p: Option<&Para>| p.is_some_and(|p| dash_body(&p.text).is_some());
    paras.first().is_some_and(|first| {
        opens_with_turn(paras)
            || super::asked_exchange::opens_with_asked_exchange(paras)
            || opens_numbered_questions(paras)
            || opens_questionnaire(paras)
            || bulleted_prompts(paras).first() == Some(&true)
            || (dashed(Some(first)) && dashed(paras.get(1)))
    })
}

/// The headline `first` holds, and the byline's name and line when the page's elements under
/// the headline were pasted on its line (they are dropped; `rest` is the text after it).
fn headline(
    first: &Para,
    rest: &[Para],
    dropped: &mut Vec<Dropped>,
) -> (String, Option<(String, usize)>) {
    let text = first.text.trim_start_matches('#').trim();
    let text = if is_bold(text) {
        strip_emphasis(text)
    } else {
        text
    };
    let elsewhere: Vec<&str> = rest.iter().map(|p| p.text.as_str()).collect();
    let text = match split_run_in_kicker(text, &elsewhere) {
        Some((kicker, headline)) => {
            drop_line(dropped, first.line, kicker, Clutter::Kicker);
            headline
        }
        None => text,
    };
    // A podcast's cold open typed under the episode's title is no part of it.
    let text = match split_clip(text) {
        Some((title, clip)) => {
            drop_line(dropped, first.line, clip, Clutter::Subtitle);
            title
        }
        None => text,
    };
    let Some(pasted) = split_pasted(text, &elsewhere) else {
        return (text.to_string(), None);
    };
    drop_line(dropped, first.line, &pasted.rest, Clutter::Subtitle);
    let byline = pasted
        .byline
        .map(|name| (display_name(&name, &[]), first.line));
    (pasted.headline, byline)
}

fn drop_line(dropped: &mut Vec<Dropped>, line: usize, text: &str, reason: Clutter) {
    dropped.push(Dropped {
        line,
        text: text.to_string(),
        reason,
    });
}

/// Takes the standfirst: the blockquote paragraphs opening the body, under the headline. They
/// introduce the interview, whatever they look like (a question, a short line).
pub fn take_standfirst(paras: &mut Vec<Para>) -> Vec<(String, usize)> {
    let count = paras.iter().take_while(|p| p.quoted).count();
    paras.drain(..count).map(|p| (p.text, p.line)).collect()
}

/// The page's own headline under a front matter title that words it differently: the file's
/// only level-one Markdown heading (`# …`), opening the body. A question set as headings uses
/// that level throughout.
fn is_page_headline(paras: &[Para], i: usize) -> bool {
    let top = |p: &Para| p.text.starts_with("# ");
    top(&paras[i]) && paras.iter().filter(|p| top(p)).count() == 1
}

/// The front matter's title repeated, word for word, by one of the short lines opening the
/// body (a byline, then the headline) before any sentence.
fn is_echoed_below(paras: &[Para], title: &str) -> bool {
    let words = title.split_whitespace().count();
    (paras.iter().take(MAX_KICKERS + 1))
        .take_while(|p| !p.text.trim_end().ends_with(['.', '!', '?']))
        .any(|p| p.text.split_whitespace().count() <= words && is_repeated_headline(&p.text, title))
}

/// A subtitle set in bold under the headline ("**Con la librería La Hoja**"): a phrase, no
/// sentence (a prompt in bold ends with `?`, `.` or `:`), before prose that is not in bold,
/// and the file's only such phrase (bold phrases throughout are its prompts or sections).
fn is_subtitle(paras: &[Para], i: usize) -> bool {
    let phrase = |p: &Para| {
        let text = strip_emphasis(&p.text).trim_end();
        is_bold(&p.text) && !text.ends_with(['.', '?', '？', '!', ':', '…'])
    };
    paras.get(i).is_some_and(phrase)
        && paras.get(i + 1).is_some_and(|p| !is_bold(&p.text))
        && paras[i..].iter().filter(|p| phrase(p)).count() == 1
}

/// The text opens with a speaker's turn: a role label (`Q:`), or a name label the file uses
/// again for later turns before prose (a podcast transcript opening with its host's welcome,
/// `**Ana Host:** Welcome to the show. Today…`). A headline naming its speaker ("Ana Ruiz:
/// “…”") is one short statement.
fn opens_with_turn(paras: &[Para]) -> bool {
    let Some(first) = paras.first().and_then(|p| split_label(&p.text)) else {
        return false;
    };
    let again = || {
        paras[1..]
            .iter()
            .any(|p| split_label(&p.text).is_some_and(|l| same_speaker(&l.label, &first.label)))
    };
    is_nameless(&first.label)
        || (again() && (!is_headline_shaped(first.body) || answered_by_label(paras)))
}

/// The second paragraph is another speaker's turn, under a label the file uses again ("E:
/// Buenas tardes." / "L: Buenas tardes y gracias." / … "L: …"): the first one greets, it is
/// no headline naming its speaker.
fn answered_by_label(paras: &[Para]) -> bool {
    let label = |i: usize| {
        paras
            .get(i)
            .and_then(|p| split_label(&p.text))
            .map(|l| l.label)
    };
    let (Some(first), Some(second)) = (label(0), label(1)) else {
        return false;
    };
    !same_speaker(&first, &second) && (2..paras.len()).any(|i| label(i).as_deref() == Some(&second))
}

/// The text opens with question 1 of a numbered run ("1. Conte um pouco sobre você." …
/// "2. …" … "3. …"): there is no headline.
fn opens_numbered_questions(paras: &[Para]) -> bool {
    let numbers: Vec<u32> = paras
        .iter()
        .filter_map(|p| question_number(&p.text))
        .collect();
    question_number(&paras[0].text) == Some(1) && numbers.contains(&2) && numbers.contains(&3)
}

/// A questionnaire's first questions, each answered by one paragraph that asks nothing, are
/// this many at least when it opens with its first question instead of a headline.
const MIN_OPENING_QUESTIONS: usize = 3;

/// The text opens on a run of questions and one-paragraph answers ("What are you reading?" /
/// "A history of mills." / "What are you writing?" / …): the first question is no headline.
fn opens_questionnaire(paras: &[Para]) -> bool {
    let run = 2 * MIN_OPENING_QUESTIONS;
    paras.len() >= run
        && paras[..run].iter().enumerate().all(|(i, p)| {
            let asks = ends_with_question_mark(&p.text);
            if i % 2 == 0 {
                asks && split_label(&p.text).is_none()
            } else {
                !asks && !p.text.contains('?')
            }
        })
}

/// The paragraph at `i` is a headline with the page's standfirst, byline and date pasted after
/// it on one line: long, yet a headline.
fn is_pasted(paras: &[Para], i: usize) -> bool {
    let elsewhere: Vec<&str> = paras[i + 1..].iter().map(|p| p.text.as_str()).collect();
    split_pasted(&paras[i].text, &elsewhere).is_some()
}

/// A headline repeating the title (the page title often adds " - Site" to it). Compared on
/// letters and digits only, so straight and curly quotes do not matter.
pub(super) fn is_repeated_headline(paragraph: &str, title: &str) -> bool {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (letters(paragraph), letters(title));
    // An introduction opening with the title's words ("Vera Lindholm, author of…" under the
    // headline "Vera Lindholm") goes on far past them: it is prose, not the headline again.
    let added = paragraph
        .split_whitespace()
        .count()
        .saturating_sub(title.split_whitespace().count());
    a.chars().count() >= MIN_HEADLINE_LETTERS
        && b.chars().count() >= MIN_HEADLINE_LETTERS
        && (a.starts_with(&b) || b.starts_with(&a))
        && added <= MAX_SITE_SUFFIX_WORDS
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::para;
    use super::*;

    #[test]
    fn an_archive_rubric_naming_the_series_is_no_headline() {
        assert!(is_series_rubric(
            "Tag Archives: Q&A",
            "Q&A with Lou Park, who mends nets"
        ));
        assert!(!is_series_rubric("Lou Park: Q&A", "Q&A"));
        let text = "Tag Archives: Q&A\n\nQ&A with Lou Park, who mends nets\n\n\
                    Lou Park has mended nets in Peniche for forty years.\n\n\
                    Q: What tears a net?\n\nA: Rocks, mostly.\n\nQ: And then?\n\nA: Dolphins.";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.title, "Q&A with Lou Park, who mends nets");
        assert_eq!(reading.interview.interviewee(), "Lou Park");
        let headline = "Lou Park: Nets\n\nNets tear on rocks, and someone has to mend them.\n\n\
                        Q: What tears a net?\n\nA: Rocks, mostly.\n\nQ: And then?\n\nA: Dolphins.";
        let reading = crate::corpus::read("t", headline).expect("parses");
        assert_eq!(reading.interview.title, "Lou Park: Nets");
    }

    #[test]
    fn a_greeting_answered_under_another_label_is_no_headline() {
        let paras: Vec<Para> = ["E: Hello, Lia.", "L: Hello.", "E: Why?", "L: Because."]
            .iter()
            .enumerate()
            .map(|(i, t)| para(t, i + 1))
            .collect();
        assert!(opens_with_turn(&paras));
        let headline = [
            "Ana Ruiz: “Sí.”",
            "Intro prose.",
            "Q: Why?",
            "Ana Ruiz: Because.",
        ];
        let paras: Vec<Para> = (headline.iter().enumerate())
            .map(|(i, t)| para(t, i + 1))
            .collect();
        assert!(!opens_with_turn(&paras));
    }

    #[test]
    fn a_questionnaire_opening_with_its_first_question_has_no_headline() {
        let to_paras = |texts: &[&str]| -> Vec<Para> {
            (texts.iter().enumerate())
                .map(|(i, t)| para(t, i + 1))
                .collect()
        };
        let questionnaire = [
            "What are you reading?",
            "A book about tides, by Ana Mar.",
            "What are you writing?",
            "Letters.",
            "Your favourite word?",
            "Slack water.",
        ];
        assert!(opens_questionnaire(&to_paras(&questionnaire)));
        let headline = [
            "Can a harbour pay for itself?",
            "Ana Mar has run the port for ten years.",
            "We met her on the quay.",
            "Why ports?",
            "My father was a pilot.",
            "And the money?",
            "It comes from the fish market.",
            "And now?",
        ];
        assert!(!opens_questionnaire(&to_paras(&headline)));
    }

    #[test]
    fn a_metadata_block_is_dropped_and_its_credit_names_the_guest() {
        let text = "## Dados da conversa\n\n**Titulo:** Dias de praia\n\n\
                    **Entrevistadora:** Rosa Lemos\n\n**Entrevistado:** Tiago Ferraz\n\n\
                    **Data:** 2 de Maio de 2024\n\n**Local:** Escola de Aveiro, Portugal\n\n\
                    Pergunta: Onde passavas o verão?\n\nResposta: Na casa dos tios.\n\n\
                    Pergunta: Do que tinhas medo?\n\nResposta: Das ondas grandes.\n";
        let reading = crate::corpus::read("t", text).unwrap();
        let metadata = &reading.interview.metadata;
        assert_eq!(metadata.interviewee.as_deref(), Some("Tiago Ferraz"));
        assert_eq!(metadata.interviewer.as_deref(), Some("Rosa Lemos"));
        assert!(reading.interview.intro.is_empty());
        let fields = reading
            .dropped
            .iter()
            .filter(|d| d.reason == Clutter::Field);
        assert_eq!(fields.count(), 2);
    }

    #[test]
    fn a_long_headline_line_with_the_page_pasted_after_it_is_still_the_headline() {
        let text =
            "Rosa Ibarra: «Nadie me enseñó a remendar redes» La pescadora abre hoy su taller \
                    en el puerto de Bermeo con tres aprendices. Oficios La escuela recupera un \
                    saber que se perdía entre las familias del muelle y lo enseña a los jóvenes \
                    del pueblo cada tarde de invierno MARTA ETXEBERRIA BERMEO. Lunes, 4 marzo \
                    2024, 09:10\n\nEl taller huele a brea. Rosa Ibarra tiene setenta años.\n\n\
                    —¿Quién le enseñó?\n\n—Nadie. Miraba a mi madre.\n\n—¿Y ahora?\n\n\
                    —Ahora miran ellos.\n";
        let reading = crate::corpus::read("t", text).unwrap();
        assert_eq!(
            reading.interview.title,
            "Rosa Ibarra: «Nadie me enseñó a remendar redes»"
        );
        assert_eq!(reading.interview.intro.len(), 1);
        let host = reading.interview.metadata.interviewer.as_deref();
        assert_eq!(host, Some("Marta Etxeberria"));
    }

    #[test]
    fn an_introduction_opening_with_the_headline_words_is_no_repeated_headline() {
        assert!(is_repeated_headline(
            "Tomasa Vilar - The Clay Review",
            "Tomasa Vilar"
        ));
        let intro = "Tomasa Vilar, who has fired her kilns in Zamora for forty years, spoke to \
                     us about clay, smoke and her three apprentices.";
        assert!(!is_repeated_headline(intro, "Tomasa Vilar"));
    }

    #[test]
    fn a_capitals_line_over_the_first_questions_is_the_headline() {
        let text = "CHARLA CON UN RELOJERO\n\n¿Cuándo abrió el taller?\nEn 1998, con dos tornos.\n\n\
                    ¿Qué repara más?\nRelojes de bolsillo.\n\n¿Y los de pulsera?\nMenos, cada año.\n";
        let reading = crate::corpus::read("t", text).unwrap();
        assert_eq!(reading.interview.title, "CHARLA CON UN RELOJERO");
        assert!(reading.interview.intro.is_empty());
        assert_eq!(reading.interview.turns.len(), 3);
    }
}
