//! Repairs of the paragraph list that saved pages need before they can be read: spacer
//! paragraphs that hold nothing visible (`&nbsp;`, zero-width characters), Markdown escapes
//! (`\!`, `\&`), a speaker label standing alone on its line above the words it introduces,
//! and a sentence broken across a blank line by a page break or a scan.

use super::cues::{heading_level, words};
use super::forms::lone_label;
use super::forms::{split_glued_answer, split_role_tags, timestamp_speaker_line};
use super::labels::{is_name_like, is_nameless};
use super::markup::{is_shortcode, without_opening_tags};
use super::name_lines::speaker_names;
use super::reading::{Clutter, Dropped, Para};

/// Lone labels must recur before they are joined to the next paragraph: a single "Note:"
/// line may introduce a list.
const MIN_LONE_LABELS: usize = 2;

/// A speaker set in capitals on its own line has a name of at most this many words.
const MAX_CAPITAL_NAME_WORDS: usize = 3;

/// Fewer letters than this make an initial or a mark, not a speaker's name.
const MIN_CAPITAL_NAME_LETTERS: usize = 2;

/// Names in capitals on their own lines are the file's speakers only when there are at least
/// this many (a question and an answer, then the next question).
const MIN_CAPITAL_NAMES: usize = 3;

/// Characters that take no space on the page: zero-width space, joiners, word joiner, BOM.
const INVISIBLE: &[char] = &['\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}'];

/// True when the text shows nothing: whitespace (non-breaking spaces included) and
/// zero-width characters only.
pub fn is_invisible(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || INVISIBLE.contains(&c))
}

/// The line with Markdown backslash escapes removed (`\!` reads `!`, `\*` reads `*`).
pub fn unescape_markdown(line: &str) -> String {
    if !line.contains('\\') {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Joins each paragraph that is only a speaker label (`**Helena Prates:**`) to the paragraph
/// after it, so the label opens the words it introduces, when the file does this at least
/// [`MIN_LONE_LABELS`] times.
pub fn join_lone_labels(paras: &mut Vec<Para>) {
    let capitals = uses_capital_names(paras);
    let names = speaker_names(paras);
    let name = |p: &Para| -> Option<String> {
        let label = lone_label(&p.text)
            .filter(|label| is_nameless(label) || is_name_like(label))
            .or_else(|| capitals.then(|| capital_name(&p.text)).flatten())
            .or_else(|| {
                let lone = super::name_lines::name_line(&p.text)?;
                names.iter().find(|n| *n == lone).map(String::as_str)
            });
        label.map(str::to_string)
    };
    let is_lone = |p: &Para| name(p).is_some();
    if paras.iter().filter(|p| is_lone(p)).count() < MIN_LONE_LABELS {
        return;
    }
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    for para in paras.drain(..) {
        match out.last_mut() {
            Some(label)
                if is_lone(label) && !is_lone(&para) && heading_level(&para.text).is_none() =>
            {
                // Written as "Name: words", the form every label reader knows.
                label.text = format!("{}: {}", name(label).unwrap_or_default(), para.text);
            }
            _ => out.push(para),
        }
    }
    *paras = out;
}

/// A paragraph that is only a name in capitals, without a colon (`INTERVIEWER`, `RYAN`), as
/// literary magazines set their speakers on a line of their own.
fn capital_name(text: &str) -> Option<&str> {
    let text = text.trim();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = text
        .chars()
        .all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '.' || c == '\'');
    (letters >= MIN_CAPITAL_NAME_LETTERS
        && capitals
        && words(text) <= MAX_CAPITAL_NAME_WORDS
        && is_name_like(text))
    .then_some(text)
}

/// True when the file sets its speakers as names in capitals on their own lines: one such
/// name recurs (the interviewer asks many times), and there are [`MIN_CAPITAL_NAMES`] of
/// them; a kicker or a few section titles in capitals are each written once.
fn uses_capital_names(paras: &[Para]) -> bool {
    let names: Vec<&str> = paras.iter().filter_map(|p| capital_name(&p.text)).collect();
    let recurs = names
        .iter()
        .any(|n| names.iter().filter(|m| *m == n).count() >= MIN_LONE_LABELS);
    recurs && names.len() >= MIN_CAPITAL_NAMES
}

/// Drops the paragraphs that are markup as a whole: a tag written over several lines
/// (`<Figure` … `/>`), which no single line shows; and takes such a template tag off the
/// text it opens.
pub fn drop_markup(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) {
    for p in paras.iter_mut() {
        let text = without_opening_tags(&p.text);
        if text.len() < p.text.len() {
            p.text = text.to_string();
        }
    }
    paras.retain(|p| {
        let markup = is_shortcode(&p.text);
        if markup {
            dropped.push(Dropped {
                line: p.line,
                text: p.text.clone(),
                reason: Clutter::Markup,
            });
        }
        !markup
    });
}

/// Splits each question that has its answer glued after the question mark ("P. ¿Tuvo
/// miedo?R. Ninguno."), when the file uses period labels, so the answer is quotable and the
/// next question stays a question.
pub fn split_glued_answers(paras: &mut Vec<Para>) {
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    for para in paras.drain(..) {
        match split_glued_answer(&para.text) {
            Some((question, answer)) => {
                let answer = Para {
                    text: answer.to_string(),
                    ..para.clone()
                };
                out.push(Para {
                    text: question.to_string(),
                    ..para
                });
                out.push(answer);
            }
            None => out.push(para),
        }
    }
    *paras = out;
}

/// Rewrites turns wrapped in role tags (`<interviewer>…</interviewer>`) as labelled
/// paragraphs, one per turn, so the tags say who speaks and never reach a quote.
pub fn split_role_tagged(paras: &mut Vec<Para>) {
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    for para in paras.drain(..) {
        match split_role_tags(&para.text) {
            Some(turns) => out.extend(turns.into_iter().map(|text| Para {
                text,
                ..para.clone()
            })),
            None => out.push(para),
        }
    }
    *paras = out;
}

/// Joins each transcript line that only names the next speaker and the time
/// (`00:01:10 [Lee Park]`) to the paragraph under it, as a timed label
/// (`Lee Park (00:01:10) …`), so the speaker is known and the time never reaches a quote.
pub fn join_timestamp_speakers(paras: &mut Vec<Para>) {
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    let mut pending: Option<(String, usize)> = None;
    for para in paras.drain(..) {
        if let Some((name, time)) = timestamp_speaker_line(&para.text) {
            pending = Some((format!("{name} ({time})"), para.line));
            continue;
        }
        match pending.take() {
            Some((name, line)) => out.push(Para {
                text: format!("{name} {}", para.text),
                line,
                ..para
            }),
            None => out.push(para),
        }
    }
    *paras = out;
}

/// A record's field holds a short value; a longer text after a bold label is a sentence.
const MAX_FIELD_VALUE_WORDS: usize = 8;

/// A field's key is a few words (`Hora de inicio`, `Años de experiencia como guionista`).
const MAX_FIELD_KEY_WORDS: usize = 6;

/// Drops the fields of an interview record from the introduction (`**Modalidad:** Virtual`,
/// `- **Años de experiencia:** 8 años`, a lone `**Contexto:**`): a research or archive
/// transcript's form, not anyone's words, and no name to take for the interviewee.
pub fn drop_field_lines(intro: &mut Vec<(String, usize)>, dropped: &mut Vec<Dropped>) {
    intro.retain(|(text, line)| {
        let field = is_field_line(text);
        if field {
            dropped.push(Dropped {
                line: *line,
                text: text.clone(),
                reason: Clutter::Field,
            });
        }
        !field
    });
}

fn is_field_line(text: &str) -> bool {
    let item = ["- ", "* ", "+ "]
        .iter()
        .find_map(|marker| text.strip_prefix(marker))
        .map_or(text, str::trim_start);
    let Some(inner) = item.strip_prefix("**") else {
        return false;
    };
    let Some((key, value)) = inner.split_once(":**").or_else(|| inner.split_once("**:")) else {
        return false;
    };
    let value = value.trim();
    (1..=MAX_FIELD_KEY_WORDS).contains(&key.split_whitespace().count())
        && !key.contains("**")
        && value.split_whitespace().count() <= MAX_FIELD_VALUE_WORDS
        && !value.ends_with(['?', '？'])
}

/// A headline is repeated over the standfirst at most this many words long.
const MAX_REPEATED_HEADLINE_WORDS: usize = 15;

/// Splits a paragraph that opens by repeating an earlier short paragraph (the headline
/// printed again over the standfirst, no blank line between: "Oleira de Cunha lança livro A
/// ceramista…") into the repeat and the text after it, so dropping the repeat keeps the text.
pub fn split_repeated_headlines(paras: &mut Vec<Para>) {
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    for para in paras.drain(..) {
        let repeat = out.iter().find_map(|earlier| {
            let short = words(&earlier.text) <= MAX_REPEATED_HEADLINE_WORDS;
            let rest = para
                .text
                .strip_prefix(earlier.text.as_str())?
                .strip_prefix(' ')?;
            (short && rest.starts_with(char::is_uppercase)).then_some(earlier.text.len())
        });
        match repeat {
            Some(end) => {
                let rest = Para {
                    text: para.text[end..].trim_start().to_string(),
                    ..para.clone()
                };
                out.push(Para {
                    text: para.text[..end].to_string(),
                    ..para
                });
                out.push(rest);
            }
            None => out.push(para),
        }
    }
    *paras = out;
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn a_headline_repeated_over_the_standfirst_is_cut_from_it() {
        let mut body = paras(&[
            "Oleira lança livro",
            "Oleira lança livro A ceramista publica um livro.",
            "Oleira lança livro de novo? Não.",
        ]);
        split_repeated_headlines(&mut body);
        let texts: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Oleira lança livro",
                "Oleira lança livro",
                "A ceramista publica um livro.",
                "Oleira lança livro de novo? Não."
            ]
        );
    }

    #[test]
    fn record_fields_are_not_introduction() {
        for text in [
            "**Modalidad:** Virtual",
            "- **Años de experiencia como guionista:** 8 años",
            "**Contexto de la entrevista:**",
            "**Local**: Universidade do Minho",
        ] {
            assert!(is_field_line(text), "{text}");
        }
        for text in [
            "**ENTREVISTADOR:** ¿Cómo empieza un proyecto nuevo?",
            "**Nota:** Esta conversación tuvo lugar en el taller de la artista, una tarde de lluvia en Itauguá.",
            "Modalidad: Virtual",
        ] {
            assert!(!is_field_line(text), "{text}");
        }
    }

    fn texts(paras: &[Para]) -> Vec<&str> {
        paras.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn invisible_text_and_escapes() {
        assert!(is_invisible("\u{a0} \u{200b}"));
        assert!(!is_invisible("\u{a0}a"));
        assert_eq!(unescape_markdown(r"bags\! It \& \*so\*"), "bags! It & *so*");
        assert_eq!(unescape_markdown(r"C:\Users"), r"C:\Users");
    }

    #[test]
    fn lone_labels_open_the_next_paragraph() {
        let mut body = paras(&[
            "T",
            "**Helena Prates:**",
            "Começou numa praia.",
            "**Rita:**",
            "E afinal esgotou.",
        ]);
        join_lone_labels(&mut body);
        assert_eq!(
            texts(&body),
            [
                "T",
                "Helena Prates: Começou numa praia.",
                "Rita: E afinal esgotou."
            ]
        );
        assert_eq!(body[2].line, 7);
    }

    #[test]
    fn names_in_capitals_on_their_own_lines_open_the_next_paragraph() {
        let mut body = paras(&[
            "T",
            "INTERVIEWER",
            "How did you begin writing for print?",
            "RYAN",
            "Slowly. Carol got me organised.",
            "It took ten years.",
            "INTERVIEWER",
            "Was it worth it?",
        ]);
        join_lone_labels(&mut body);
        assert_eq!(
            texts(&body),
            [
                "T",
                "INTERVIEWER: How did you begin writing for print?",
                "RYAN: Slowly. Carol got me organised.",
                "It took ten years.",
                "INTERVIEWER: Was it worth it?"
            ]
        );
        let mut sections = paras(&[
            "T",
            "CHILDHOOD",
            "I grew up by the sea.",
            "WORK",
            "I paint.",
        ]);
        join_lone_labels(&mut sections);
        assert_eq!(
            sections.len(),
            5,
            "section titles in capitals are no speakers"
        );
    }
}
