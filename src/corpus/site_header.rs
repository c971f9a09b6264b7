//! A blog's or magazine's header above the post: the site's tagline or its sponsors' line,
//! then the post's date, then the post's own headline. What stands above that date belongs to
//! the site, on every page of it, not to the interview's introduction.

use super::assembled::Assembled;
use super::cut_credit::is_cut_credit;
use super::head::Head;
use super::intro_furniture::drop_intro_furniture;
use super::reading::{Clutter, Dropped};

/// A site's header holds a tagline or a sponsors' line or two; more paragraphs above a date
/// are more likely an introduction with its date at the end.
const MAX_HEADER_PARAGRAPHS: usize = 3;

/// The post's headline under its date is this short at most; a longer paragraph there is the
/// introduction itself.
const MAX_HEADLINE_WORDS: usize = 16;

/// A person's name signing a date line ("Ada Moss | 10:44, 3 March 2014") has this many
/// words: a first and a last name, a middle name at most.
const SIGNATURE_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// Drops the introduction paragraphs above the post's date line when a headline (short, no
/// sentence closed at its end) follows the date, set apart by a blank line: they are the
/// site's header. A record's header typed line by line ("Interviewed by…", "Valmora
/// 14/08/2014", "Transcribed by…") goes on under its date and is the interview's own.
///
/// The page's other lines among the introduction go first ([`drop_intro_furniture`]).
pub fn drop_site_header(out: &mut Assembled, dropped: &[Dropped]) {
    drop_intro_furniture(out, dropped);
    let first = out.turns.first().map_or(usize::MAX, |t| t.line);
    let Some((date, signed)) = dropped
        .iter()
        .filter(|d| d.reason == Clutter::Date && d.line < first)
        .map(|d| (d.line, is_signed(&d.text, out, dropped)))
        .find(|(date, _)| out.intro.iter().any(|(_, l)| l < date))
    else {
        return;
    };
    let above = out.intro.iter().filter(|(_, l)| *l < date).count();
    // A date the post's author signs is the post's byline, set under the post's own headline:
    // the last headline above it stays (and becomes the title), and what follows the date may
    // be a picture's caption rather than a headline.
    let kept = (out.intro[..above].iter())
        .rposition(|(t, _)| is_headline(t))
        .filter(|_| signed);
    let headline = out.intro.iter().find(|(_, l)| *l > date);
    let set_apart = |line: usize| line > date + 1;
    let below = headline.is_some_and(|(t, l)| set_apart(*l) && is_headline(t));
    let found = if signed { kept.is_some() } else { below };
    if above > MAX_HEADER_PARAGRAPHS || !found {
        return;
    }
    let mut header: Vec<_> = out.intro.drain(..above).collect();
    if let Some(k) = kept {
        out.intro.insert(0, header.remove(k));
    }
    out.dropped
        .extend(header.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::SiteHeader,
        }));
}

/// Once the site's header above the post's date is dropped, a title taken from above that
/// date is the site's too (a section's name, "Colaboraciones"): the post's own headline, the
/// first paragraph under the date, is the title instead. So it is when nothing gave a title
/// (no front matter title, no headline above the header): the post's headline is the page's
/// title, not its introduction.
pub fn take_post_headline(
    out: &mut Assembled,
    dropped: &[Dropped],
    head: &mut Head,
    front_title: bool,
) {
    let header = out
        .dropped
        .iter()
        .filter(|d| d.reason == Clutter::SiteHeader);
    let Some(end) = header.map(|d| d.line).max() else {
        return;
    };
    let date = dropped
        .iter()
        .find(|d| d.reason == Clutter::Date && d.line > end)
        .map(|d| (d.line, is_signed(&d.text, out, dropped)));
    let title_line = head.title_line.filter(|l| *l < end);
    let untitled = head.title.is_none() && head.title_line.is_none() && !front_title;
    let Some((date, signed)) = date.filter(|_| title_line.is_some() || untitled) else {
        return;
    };
    // Over a signed date, the headline kept above it; else the first paragraph under it.
    let Some(k) = out.intro.iter().position(|(_, l)| (*l > date) != signed) else {
        return;
    };
    if !is_headline(&out.intro[k].0) {
        return;
    }
    let (text, line) = out.intro.remove(k);
    // A credit never filled in ("Interviewed by") closes a record's header: it is dropped, and
    // with the site's title above it the page has no headline.
    let cut = is_cut_credit(&text);
    let title = if cut {
        head.title.take()
    } else {
        head.title.replace(text.clone())
    };
    if cut {
        out.dropped.push(Dropped {
            line,
            text,
            reason: Clutter::Credit,
        });
    }
    if let (Some(site), Some(title_line)) = (title, title_line) {
        out.dropped.push(Dropped {
            line: title_line,
            text: site,
            reason: Clutter::SiteHeader,
        });
    }
    head.title_line = (!cut).then_some(line);
}

/// A date line opening with a person's name set off by a bar ("Ada Moss | 3 March 2014"):
/// the post's author signs it. A section's name is written the same way ("World News |
/// 3 March 2014"), so the signer must be someone the page names again, in its introduction,
/// its questions or its other lines (a byline, a credit): by the full name or the surname.
fn is_signed(date_line: &str, out: &Assembled, dropped: &[Dropped]) -> bool {
    let Some((name, _)) = date_line.split_once(['|', '·', '•']) else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let name_shaped = SIGNATURE_WORDS.contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        });
    let others = (out.intro.iter().map(|(t, _)| t.as_str()))
        .chain(out.turns.iter().map(|t| t.question.as_str()))
        .chain(out.dropped.iter().chain(dropped).map(|d| d.text.as_str()))
        .filter(|t| *t != date_line);
    let surname = words.last().copied().unwrap_or_default();
    let named = |t: &str| {
        t.contains(name.trim()) || t.split(|c: char| !c.is_alphabetic()).any(|w| w == surname)
    };
    name_shaped && others.into_iter().any(named)
}

fn is_headline(text: &str) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().count();
    words <= MAX_HEADLINE_WORDS && !text.ends_with(['.', '!', '?', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::assembled::Draft;

    fn reading(intro: &[(&str, usize)]) -> (Assembled, Vec<Dropped>) {
        let out = Assembled {
            intro: intro.iter().map(|(t, l)| (t.to_string(), *l)).collect(),
            turns: vec![Draft {
                question: "Why bread?".into(),
                line: 20,
                ..Draft::default()
            }],
            ..Assembled::default()
        };
        let date = Dropped {
            line: 5,
            text: "Monday, 3 March 2014".into(),
            reason: Clutter::Date,
        };
        (out, vec![date])
    }

    #[test]
    fn the_tagline_above_the_date_is_the_sites() {
        let (mut out, dropped) = reading(&[
            (
                "* recipes and stories from a small kitchen, posted weekly",
                3,
            ),
            ("Baker interview no. 9: Ada Moss", 7),
            ("I met Ada Moss at her shop.", 9),
        ]);
        drop_site_header(&mut out, &dropped);
        assert_eq!(out.intro.len(), 2);
        assert_eq!(out.dropped[0].reason, Clutter::SiteHeader);
    }

    #[test]
    fn a_title_above_the_sites_header_gives_way_to_the_posts_headline() {
        let (mut out, dropped) = reading(&[
            ("* recipes and stories from a small kitchen", 3),
            ("Baker interview no. 9: Ada Moss", 7),
            ("I met Ada Moss at her shop.", 9),
        ]);
        let mut head = Head {
            title: Some("Columns".into()),
            title_line: Some(1),
            body_start: 1,
            byline: None,
        };
        drop_site_header(&mut out, &dropped);
        take_post_headline(&mut out, &dropped, &mut head, false);
        assert_eq!(
            head.title.as_deref(),
            Some("Baker interview no. 9: Ada Moss")
        );
        assert_eq!(head.title_line, Some(7));
        assert_eq!(out.intro.len(), 1);
        assert!(out.dropped.iter().any(|d| d.text == "Columns"));
    }

    #[test]
    fn the_posts_headline_under_the_sites_header_is_the_title_when_nothing_else_is() {
        let untitled = || Head {
            title: None,
            title_line: None,
            body_start: 1,
            byline: None,
        };
        let intro = [
            ("* recipes and stories from a small kitchen", 3),
            ("A Morning With Ada Moss", 7),
            ("I met Ada Moss at her shop.", 9),
        ];
        let (mut out, dropped) = reading(&intro);
        let mut head = untitled();
        drop_site_header(&mut out, &dropped);
        take_post_headline(&mut out, &dropped, &mut head, false);
        assert_eq!(head.title.as_deref(), Some("A Morning With Ada Moss"));
        assert_eq!(head.title_line, Some(7));
        assert_eq!(out.intro.len(), 1);
        // The front matter's title stays, and the headline with the introduction.
        let (mut out, dropped) = reading(&intro);
        let mut head = untitled();
        drop_site_header(&mut out, &dropped);
        take_post_headline(&mut out, &dropped, &mut head, true);
        assert_eq!(head.title, None);
        assert_eq!(out.intro.len(), 2);
    }

    #[test]
    fn a_credit_never_filled_in_under_the_date_leaves_the_page_without_a_headline() {
        let (mut out, dropped) = reading(&[
            ("* recipes and stories from a small kitchen", 3),
            ("Interviewed by", 7),
            ("Rosa Lind was born in a fishing town.", 9),
        ]);
        let mut head = Head {
            title: Some("ROSA LIND 3 March 2005 Interviewed by … transcript.pdf".into()),
            title_line: Some(1),
            body_start: 1,
            byline: None,
        };
        drop_site_header(&mut out, &dropped);
        take_post_headline(&mut out, &dropped, &mut head, false);
        assert_eq!(head.title, None);
        assert_eq!(head.title_line, None);
        assert_eq!(out.intro.len(), 1);
        assert!(out.dropped.iter().any(|d| d.reason == Clutter::Credit));
    }

    #[test]
    fn an_introduction_above_the_date_stays_when_prose_follows() {
        let (mut out, dropped) = reading(&[
            ("Ada Moss bakes bread.", 3),
            (
                "She opened her shop in May, after ten years in other kitchens.",
                7,
            ),
        ]);
        drop_site_header(&mut out, &dropped);
        assert_eq!(out.intro.len(), 2);
    }

    #[test]
    fn a_date_signed_by_the_author_keeps_the_headline_above_it() {
        let (mut out, mut dropped) = reading(&[
            ("* small kitchen stories, posted weekly", 2),
            ("A Morning With Ada Moss", 3),
            ("Posted in:", 4),
            ("Ada at her oven", 7),
            ("I met Ada Moss at her shop.", 9),
            ("Words and photographs: Tom Reed", 10),
        ]);
        dropped[0].text = "Tom Reed | 10:44, Monday, 3 March 2014".into();
        let mut head = Head {
            title: Some("Columns".into()),
            title_line: Some(1),
            body_start: 1,
            byline: None,
        };
        drop_site_header(&mut out, &dropped);
        take_post_headline(&mut out, &dropped, &mut head, false);
        assert_eq!(head.title.as_deref(), Some("A Morning With Ada Moss"));
        let intro: Vec<usize> = out.intro.iter().map(|(_, l)| *l).collect();
        assert_eq!(intro, [7, 9, 10]);
        // Unsigned, the caption under the date reads as the post's headline.
        let (mut out, mut dropped) =
            reading(&[("A Morning With Ada Moss", 3), ("Ada at her oven", 7)]);
        dropped[0].text = "Bakery news | Monday, 3 March 2014".into();
        drop_site_header(&mut out, &dropped);
        assert_eq!(out.intro.len(), 1);
        // A section's name in title case signs nothing: nobody on the page is called so.
        let (mut out, mut dropped) =
            reading(&[("A Morning With Ada Moss", 3), ("Ada at her oven", 7)]);
        dropped[0].text = "World News | 3 March 2014".into();
        drop_site_header(&mut out, &dropped);
        assert_eq!(out.intro.len(), 1);
    }

    #[test]
    fn a_record_typed_line_by_line_keeps_its_header() {
        let (mut out, dropped) = reading(&[
            ("Oral history of the harbour", 3),
            ("Ada Moss, baker", 4),
            ("Transcribed by Tom Reed", 6),
        ]);
        drop_site_header(&mut out, &dropped);
        assert_eq!(out.intro.len(), 3);
    }
}
