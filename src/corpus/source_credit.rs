//! A credit set in brackets on a line of its own: the page naming where the text, the facts or
//! the picture came from ("(Source: The Harbour Times)", "(Fuente: Diario del Valle)", "(Con
//! información de Agencia Norte)", "[Photo: Ana Ruiz for the Weekly]"). The outlet's note, not
//! the speaker's words: quoted, it answers a question about the place or the agency it names.
//!
//! Told by shape, in any language: the whole paragraph is wrapped in one pair of brackets,
//! holds a few words and closes no sentence, and either opens with a short label and a colon
//! or ends on a capitalised name after a lower-case word (a preposition: "de", "by", "da"). A
//! speaker's aside in brackets is a sentence ("(I still do.)"); a stage direction is a verb
//! ("(laughs)"), dropped as one before this is asked.
//!
//! A credit may also run on after the page's last sentence, in the same paragraph ("… and that
//! was it. Source: Harbour News Agency", "Foto: Ana Ruiz/Agência Sul"): only the credit goes,
//! the answer stays. Unbracketed, it needs more: a name of two words at least (or a slash
//! joining name and agency), a label that no speaker of the file uses, and a credit's word in
//! that label ("Source", "Fonte", "Photo") unless a slash joins name and agency: any other
//! capitalised label is the speaker's last sentence ("Next stop: Buenos Aires.").

use super::clean::{is_credit_label_word, line_clutter};
use super::cues::words;
use super::labels::split_label;
use super::reading::{Clutter, Dropped, Para};

/// A credit in brackets names a source in a few words; a longer bracketed paragraph is an
/// aside or a note of its own.
const MAX_SOURCE_CREDIT_WORDS: usize = 12;

/// A credit's label is a word or a few ("Source", "Foto de capa", "Con información").
const MAX_LABEL_WORDS: usize = 3;

/// The word before a credited name is a preposition, a short lower-case word ("de", "by",
/// "da", "from", "von"); a longer one is a clause's verb or noun.
const MAX_PREPOSITION_LETTERS: usize = 4;

/// Words naming where a text or its facts came from (English, Portuguese, Spanish, French,
/// German), lowercase: with the picture's words, the labels an unbracketed credit opens with.
const SOURCE_LABEL_WORDS: &[&str] = &[
    "source", "sources", "fonte", "fontes", "fuente", "fuentes", "quelle", "quellen",
];

/// Drops the bracketed source credits among `paras`, except the ones `keep` holds (a credit
/// line naming a speaker, read elsewhere).
/// A bracketed line opened by a label that opens other paragraphs of the file is a speaker's
/// aside ("(Ana: I agree with Tom)" in a panel), kept too.
pub fn drop_source_credits(
    paras: &mut Vec<Para>,
    dropped: &mut Vec<Dropped>,
    keep: impl Fn(&str) -> bool,
) {
    let labels: Vec<String> = (paras.iter())
        .filter_map(|p| split_label(&p.text))
        .map(|l| l.label)
        .collect();
    let spoken = |text: &str| {
        let label = unbracketed(text).and_then(split_label).map(|l| l.label);
        label.is_some_and(|l| labels.contains(&l))
    };
    paras.retain(|p| {
        let credit = is_source_credit(&p.text) && !keep(&p.text) && !spoken(&p.text);
        if credit {
            dropped.push(Dropped {
                line: p.line,
                text: p.text.clone(),
                reason: Clutter::PhotoCredit,
            });
        }
        !credit
    });
    if let Some(last) = paras.last_mut() {
        while let Some(at) = glued_credit_start(&last.text, &labels) {
            let credit = last.text.split_off(at);
            last.text.truncate(last.text.trim_end().len());
            dropped.push(Dropped {
                line: last.line,
                text: credit.trim().to_string(),
                reason: Clutter::PhotoCredit,
            });
        }
    }
}

/// Where a credit run on after the paragraph's last sentence starts, if one does (see the
/// module's notes); `labels` are the speaker labels the file uses.
fn glued_credit_start(text: &str, labels: &[String]) -> Option<usize> {
    let text = text.trim_end();
    let (at, _) = text.char_indices().rfind(|&(i, c)| {
        c.is_whitespace() && i > 0 && text[..i].ends_with(['.', '!', '?', '…', '"', '”', '»'])
    })?;
    let tail = text[at..].trim();
    let label = split_label(tail).map(|l| l.label);
    let spoken = label.is_some_and(|l| labels.contains(&l));
    (!spoken && is_glued_credit(tail)).then_some(at)
}

/// "Source: Harbour News Agency", "Photo: Ana Ruiz/Reuters": a short label and a colon, then a
/// name in capitals closing no sentence, of two words or joined by a slash, or under a
/// picture's label ("Photo:", "Foto:"), which needs no more.
fn is_glued_credit(tail: &str) -> bool {
    let Some((_, rest)) = tail.split_once(':') else {
        return false;
    };
    let name: Vec<&str> = rest
        .trim()
        .trim_end_matches('.')
        .split_whitespace()
        .collect();
    let sized = (1..=MAX_SOURCE_CREDIT_WORDS).contains(&name.len());
    let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let particle = |w: &&str| {
        w.chars().all(char::is_lowercase) && w.chars().count() <= MAX_PREPOSITION_LETTERS
    };
    let named = name.first().is_some_and(capitalised)
        && name.last().is_some_and(capitalised)
        && name
            .iter()
            .all(|w| capitalised(w) || particle(w) || w.contains('/'));
    let sentence =
        rest.contains(['?', '!', ';']) || rest.trim().trim_end_matches('.').contains(". ");
    let picture = line_clutter(tail) == Some(Clutter::PhotoCredit);
    let enough = name.len() >= 2 || rest.contains('/') || picture;
    labelled(tail) && sized && named && !sentence && enough && credit_labelled(tail)
}

/// The label before the colon holds a credit's word ("Source", "Fonte", "Foto de capa"), or a
/// slash joins the name and the agency after it ("Texto: Ana Ruiz/Agência Sul").
fn credit_labelled(tail: &str) -> bool {
    let Some((label, rest)) = tail.split_once(':') else {
        return false;
    };
    let credit_word = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        SOURCE_LABEL_WORDS.contains(&w.to_lowercase().as_str()) || is_credit_label_word(w)
    };
    label.split_whitespace().any(credit_word) || rest.contains('/')
}

/// The paragraph is a source credit in brackets (see the module's notes).
pub fn is_source_credit(text: &str) -> bool {
    let Some(inner) = unbracketed(text) else {
        return false;
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    let sentence = inner.ends_with(['.', '?', '!', '…', ';', ',']) || inner.contains('?');
    let sized = (2..=MAX_SOURCE_CREDIT_WORDS).contains(&words.len());
    sized && !sentence && (labelled(inner) || ends_on_credited_name(&words))
}

/// The text inside the brackets that wrap the whole line: "(Interviewer: Ada Moss)".
pub(super) fn unbracketed(text: &str) -> Option<&str> {
    let text = text.trim();
    let inner = (text.strip_prefix('(').and_then(|t| t.strip_suffix(')')))
        .or_else(|| text.strip_prefix('[').and_then(|t| t.strip_suffix(']')))?;
    (!inner.contains(['(', ')', '[', ']'])).then_some(inner.trim())
}

/// "Source: The Harbour Times": a label of a few words opening with a capital, a colon, then
/// the source.
fn labelled(inner: &str) -> bool {
    let Some((label, rest)) = inner.split_once(':') else {
        return false;
    };
    (1..=MAX_LABEL_WORDS).contains(&words(label))
        && label.trim_start().starts_with(char::is_uppercase)
        && words(rest) > 0
}

/// "Con información de Agencia Norte": opens with a capital, and its last words are a name
/// (capitalised) after a short lower-case word, with a short lead of two words up to
/// [`MAX_LABEL_WORDS`] before them, so that a bare name in brackets ("(Ana Ruiz)") is not
/// taken for a credit, nor a sentence ending on a place ("(Still the best years of my life
/// in Bilbao)").
fn ends_on_credited_name(words: &[&str]) -> bool {
    let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let name_start = words.len() - words.iter().rev().take_while(|w| capitalised(w)).count();
    let Some(before) = name_start.checked_sub(1).map(|k| words[k]) else {
        return false;
    };
    let preposition =
        before.chars().all(char::is_lowercase) && before.chars().count() <= MAX_PREPOSITION_LETTERS;
    let phrase = &words[..name_start - 1];
    preposition
        && name_start < words.len()
        && phrase.first().is_some_and(capitalised)
        && (2..=MAX_LABEL_WORDS).contains(&phrase.len())
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::para;
    use super::*;

    #[test]
    fn bracketed_sources_and_agency_credits_are_credits() {
        for credit in [
            "(Fuente: Diario del Valle)",
            "(Source: The Harbour Times archive)",
            "(Photo: Lidia Paz for The Weekly Review)",
            "(Con información de Agencia Norte)",
            "(Com informações da Agência Sul)",
            "[With reporting by Ana Ruiz]",
        ] {
            assert!(is_source_credit(credit), "{credit}");
        }
    }

    #[test]
    fn asides_stage_directions_and_names_in_brackets_are_no_credits() {
        for text in [
            "(I still do, every spring.)",
            "(laughs at the memory of it)",
            "(Ana Ruiz)",
            "(Risas)",
            "(Why would anyone ask that?)",
            "Con información de Agencia Norte",
            "(He stops, looks out at the river and the boats)",
            "(Still the best years of my life in Bilbao)",
        ] {
            assert!(!is_source_credit(text), "{text}");
        }
    }

    #[test]
    fn credits_are_dropped_unless_kept() {
        let mut paras = vec![
            para("(Interviewer: Ada Moss)", 1),
            para("Why clay?", 3),
            para("Because of the river.", 5),
            para("(Fuente: Diario del Valle)", 7),
        ];
        let mut dropped = Vec::new();
        drop_source_credits(&mut paras, &mut dropped, |t| t.contains("Interviewer"));
        assert_eq!(paras.len(), 3);
        assert_eq!(dropped.len(), 1);
        assert_eq!(dropped[0].line, 7);
        assert_eq!(dropped[0].reason, Clutter::PhotoCredit);
    }

    #[test]
    fn a_credit_glued_to_the_last_answer_goes_and_the_answer_stays() {
        let mut paras = vec![
            para("Q: Do you sleep?", 1),
            para(
                "A: In the afternoon, like a cat. Source: Harbour News Agency",
                3,
            ),
        ];
        let mut dropped = Vec::new();
        drop_source_credits(&mut paras, &mut dropped, |_| false);
        assert_eq!(paras[1].text, "A: In the afternoon, like a cat.");
        assert_eq!(dropped[0].text, "Source: Harbour News Agency");
        for glued in [
            "Eu saí de lá e nunca voltei. Fonte: Agência Sul",
            "We never looked back. Photo: Ana Ruiz/Coastal Press",
            "It was all worth it. Foto: Divulgação",
        ] {
            assert!(glued_credit_start(glued, &[]).is_some(), "{glued}");
        }
    }

    #[test]
    fn a_last_sentence_with_a_colon_is_no_credit() {
        for text in [
            "I learned one thing. Lesson: patience, and more patience.",
            "He said it twice. Answer: Yes",
            "That was it. My advice: Read Everything, Twice?",
            "Then she laughed. Ana: That Was Fun",
            "And after that we rest. Next stop: Buenos Aires.",
        ] {
            assert_eq!(glued_credit_start(text, &["Ana".into()]), None, "{text}");
        }
    }

    #[test]
    fn a_bracketed_line_opened_by_a_speakers_label_is_their_aside() {
        let mut paras = vec![
            para("Tom: Clay keeps.", 1),
            para("Ana: It cracks.", 3),
            para("(Ana: I agree with Tom)", 5),
            para("(Source: The Harbour Times)", 7),
        ];
        let mut dropped = Vec::new();
        drop_source_credits(&mut paras, &mut dropped, |_| false);
        assert_eq!(paras.len(), 3);
        assert_eq!(dropped.len(), 1);
        assert_eq!(dropped[0].line, 7);
    }
}
