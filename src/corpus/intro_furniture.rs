//! Lines of the page left among the introduction's paragraphs that are not the publisher's
//! prose: a photo's caption printed twice, the second time with its credit glued on ("Ana in
//! her yard" / "Ana in her yardJOÃO LIMA/NORPRESS"), and the crosshead a news page sets over the
//! conversation's first section, between its introduction and the first question.

use super::assembled::Assembled;
use super::clean::is_pointing_caption;
use super::name_words::is_pronoun;
use super::reading::{Clutter, Dropped};
use super::update_stamp::strip_update_stamp;

/// A crosshead names a topic in a few words; a longer line without a full stop is prose the
/// page left unpunctuated.
const MAX_CROSSHEAD_WORDS: usize = 10;

/// A crosshead names a topic in two words at least: one word alone over the questions is as
/// likely a speaker's "Okay" left by the transcript.
const MIN_CROSSHEAD_WORDS: usize = 2;

/// Drops the page's lines from the introduction: a glued update stamp, a caption repeated by
/// its credit line, the first section's crosshead and a contact line. `dropped` holds the
/// lines dropped so far.
pub fn drop_intro_furniture(out: &mut Assembled, dropped: &[Dropped]) {
    strip_update_stamp(out);
    drop_credited_captions(out, dropped);
    drop_first_crosshead(out);
    drop_dated_rubric(out, dropped);
    drop_pointing_captions(out);
    super::intro_contact::drop_intro_contacts(out);
}

/// A caption is a line or two: a longer paragraph closing on "(photo)" is prose that points
/// at a picture, and stays.
const MAX_CAPTION_WORDS: usize = 16;

/// Drops the introduction's short paragraphs that describe the picture beside them ("Ana
/// Vidal, potter (photo)").
fn drop_pointing_captions(out: &mut Assembled) {
    drop_intro_where(out, |text, _| {
        text.split_whitespace().count() <= MAX_CAPTION_WORDS && is_pointing_caption(text)
    });
}

/// Drops the introduction's paragraphs (text, line) that `caption` tells, as photo captions.
fn drop_intro_where(out: &mut Assembled, caption: impl Fn(&str, usize) -> bool) {
    let (captions, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut out.intro)
        .into_iter()
        .partition(|(text, line)| caption(text, *line));
    out.intro = kept;
    out.dropped
        .extend(captions.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::PhotoCredit,
        }));
}

/// Drops the introduction's first paragraph when it is one word right over the page's date
/// line ("Entrevistas" / "21 de enero de 2026"): the section the page files the piece under.
/// A byline over the date has two words at least, and is read as one elsewhere.
fn drop_dated_rubric(out: &mut Assembled, dropped: &[Dropped]) {
    let Some((text, line)) = out.intro.first() else {
        return;
    };
    let word = text.split_whitespace().count() == 1
        && text.chars().next().is_some_and(char::is_uppercase)
        && text.chars().all(|c| c.is_alphabetic() || c == '-');
    let dated = (dropped.iter()).any(|d| d.reason == Clutter::Date && d.line == line + 1);
    if word && dated {
        let (text, line) = out.intro.remove(0);
        out.dropped.push(Dropped {
            line,
            text,
            reason: Clutter::Kicker,
        });
    }
}

/// Drops an introduction paragraph whose words open the photo credit on the next line: the
/// caption, a line of its own, printed again with the credit.
fn drop_credited_captions(out: &mut Assembled, dropped: &[Dropped]) {
    let credits: Vec<&Dropped> = (dropped.iter())
        .filter(|d| d.reason == Clutter::PhotoCredit)
        .collect();
    drop_intro_where(out, |text, line| {
        let text = text.trim();
        !text.is_empty()
            && !text.ends_with(['.', '!', '?'])
            && (credits.iter()).any(|d| d.line == line + 1 && d.text.starts_with(text))
    });
}

/// Drops the introduction's last paragraph when it is a crosshead over the first question: a
/// few words opening with a capital and closing no sentence, under the introduction's prose.
/// The conversation's later crossheads are read as section titles; this one heads its first
/// section, and says nothing the answers under it do not.
fn drop_first_crosshead(out: &mut Assembled) {
    let Some(first) = out.turns.first().map(|t| t.line) else {
        return;
    };
    let before = out.intro.iter().take_while(|(_, l)| *l < first).count();
    if before < 2 {
        return;
    }
    let (text, _) = &out.intro[before - 1];
    let prose_above = out.intro[before - 2]
        .0
        .trim_end()
        .ends_with(['.', '!', '?']);
    if !prose_above || !is_crosshead(text) {
        return;
    }
    let (text, line) = out.intro.remove(before - 1);
    out.dropped.push(Dropped {
        line,
        text,
        reason: Clutter::SectionTitle,
    });
}

/// A crosshead's shape: a few words, the first capitalised, that closes no
/// sentence, quotes no one and names no speaker. A personal pronoun ("We spoke to her…") makes
/// it a sentence of the introduction that lost its full stop: a topic's title refers to no one.
fn is_crosshead(text: &str) -> bool {
    let text = text.trim().trim_matches('*').trim();
    let words = text.split_whitespace().count();
    (MIN_CROSSHEAD_WORDS..=MAX_CROSSHEAD_WORDS).contains(&words)
        && text.chars().next().is_some_and(char::is_uppercase)
        && !text.ends_with(['.', '!', '?', '…', ':', ';', ',', '"', '”', '»', ')'])
        && !text.contains([':', '“', '"', '«'])
        && !text.split_whitespace().any(is_pronoun)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::assembled::Draft;

    fn reading(intro: &[&str]) -> Assembled {
        Assembled {
            intro: (intro.iter().enumerate())
                .map(|(i, t)| (t.to_string(), 2 * i + 1))
                .collect(),
            turns: vec![Draft {
                question: "Why clay?".into(),
                line: 40,
                ..Draft::default()
            }],
            ..Assembled::default()
        }
    }

    #[test]
    fn a_crosshead_over_the_first_question_is_no_introduction() {
        let mut out = reading(&[
            "Read what the potter Ana Vidal told the radio on Monday.",
            "A kiln as a family trade",
        ]);
        drop_first_crosshead(&mut out);
        assert_eq!(out.intro.len(), 1);
        assert_eq!(out.dropped[0].reason, Clutter::SectionTitle);
        // Alone, or under another short line, it may be the standfirst: kept.
        for intro in [
            &["A kiln as a family trade"][..],
            &["Ana Vidal, potter", "A kiln as a family trade"][..],
            &["Ana Vidal fires clay.", "She spoke to us in May:"][..],
            &["Ana Vidal fires clay.", "Okay"][..],
            &[
                "Ana Vidal has fired clay in Braga for forty years.",
                "We spoke to her in her studio last week",
            ][..],
        ] {
            let mut out = reading(intro);
            drop_first_crosshead(&mut out);
            assert_eq!(out.intro.len(), intro.len(), "{intro:?}");
        }
    }

    #[test]
    fn a_rubric_over_the_date_and_a_caption_pointing_at_the_photo_go() {
        let date = |line| Dropped {
            line,
            text: "3 de mayo de 2024".into(),
            reason: Clutter::Date,
        };
        let mut out = reading(&["Entrevistas", "Ana Vidal fires clay in Braga."]);
        drop_dated_rubric(&mut out, &[date(2)]);
        assert_eq!(out.intro.len(), 1);
        assert_eq!(out.dropped[0].reason, Clutter::Kicker);
        let mut out = reading(&["Entrevistas", "Ana Vidal fires clay in Braga."]);
        drop_dated_rubric(&mut out, &[date(7)]);
        assert_eq!(out.intro.len(), 2);
        let mut out = reading(&[
            "Ana Vidal, ceramista, em Braga (foto)",
            "Ana Vidal fires clay in Braga (and sells it).",
        ]);
        drop_pointing_captions(&mut out);
        assert_eq!(out.intro.len(), 1);
        assert_eq!(out.dropped[0].reason, Clutter::PhotoCredit);
    }

    #[test]
    fn a_caption_printed_again_with_its_credit_goes() {
        let mut out = reading(&["Ana Vidal at her kiln", "Ana Vidal fires clay in Braga."]);
        let credit = Dropped {
            line: 2,
            text: "Ana Vidal at her kilnRUI SAL/NORPRESS".into(),
            reason: Clutter::PhotoCredit,
        };
        drop_credited_captions(&mut out, std::slice::from_ref(&credit));
        assert_eq!(out.intro.len(), 1);
        assert_eq!(out.dropped[0].reason, Clutter::PhotoCredit);
        let mut out = reading(&["Ana Vidal at her kiln", "Ana Vidal fires clay in Braga."]);
        let elsewhere = Dropped { line: 9, ..credit };
        drop_credited_captions(&mut out, &[elsewhere]);
        assert_eq!(out.intro.len(), 2);
    }
}
