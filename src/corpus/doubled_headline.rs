//! A blog's name and tagline over the post's headline ("Harbour Notes" / "A blog about boats
//! and the people who build them" / "Interview with Ana Vidal, boat builder"). The first line
//! looks like a headline and was taken as the title, the tagline and the post's headline read
//! as introduction. What tells the post's headline is that the page prints it twice: once in
//! its header and again over the post (the copy is dropped as a paragraph printed twice). The
//! lines above the first print, the site's name and tagline, are the site's header.

use super::assembled::Assembled;
use super::head::Head;
use super::reading::{Clutter, Dropped};

/// A headline runs to this many words at most ("Interview with Ana Vidal, author of The Salt
/// Roads and Other Stories"); a longer paragraph printed twice is prose repeated.
const MAX_HEADLINE_WORDS: usize = 16;

/// Takes as the title the introduction's paragraph that the page printed twice and that is
/// shaped as a headline, when the title was taken from a line above it and nothing in the
/// front matter gave one: the old title and the introduction's paragraphs above the headline
/// are dropped as the site's header.
pub fn take_doubled_headline(
    out: &mut Assembled,
    dropped: &[Dropped],
    head: &mut Head,
    front_title: bool,
) {
    let Some(title_line) = head.title_line.filter(|_| !front_title) else {
        return;
    };
    let printed_again = |text: &str, line: usize| {
        (dropped.iter()).any(|d| d.reason == Clutter::Duplicate && d.line > line && d.text == text)
    };
    let Some(k) = (out.intro.iter())
        .position(|(text, line)| *line > title_line && printed_again(text, *line))
        .filter(|&k| is_headline(&out.intro[k].0))
    else {
        return;
    };
    let site: Vec<(String, usize)> = out.intro.drain(..=k).collect();
    let Some(((headline, line), header)) = site.split_last() else {
        return;
    };
    let old = head.title.replace(headline.clone());
    head.title_line = Some(*line);
    let header = old
        .map(|t| (t, title_line))
        .into_iter()
        .chain(header.iter().cloned());
    out.dropped.extend(header.map(|(text, line)| Dropped {
        line,
        text,
        reason: Clutter::SiteHeader,
    }));
}

/// Shaped as a headline: a few words closing no sentence and asking nothing.
fn is_headline(text: &str) -> bool {
    let text = text.trim();
    text.split_whitespace().count() <= MAX_HEADLINE_WORDS
        && !text.ends_with(['.', '!', '?', ':', '…'])
        && !text.contains('?')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(intro: &[(&str, usize)]) -> (Assembled, Head) {
        let out = Assembled {
            intro: intro.iter().map(|(t, l)| (t.to_string(), *l)).collect(),
            ..Assembled::default()
        };
        let head = Head {
            title: Some("Harbour Notes".into()),
            title_line: Some(3),
            body_start: 1,
            byline: None,
        };
        (out, head)
    }

    fn copy(text: &str, line: usize) -> Dropped {
        Dropped {
            line,
            text: text.into(),
            reason: Clutter::Duplicate,
        }
    }

    const HEADLINE: &str = "Interview with Ana Vidal, boat builder of the Harbour Street yard";

    #[test]
    fn the_headline_printed_twice_is_the_title_and_the_lines_over_it_the_sites() {
        let (mut out, mut head) = page(&[
            ("A blog about boats and the people who build them", 5),
            (HEADLINE, 7),
            ("Please welcome Ana Vidal to Harbour Notes today.", 9),
        ]);
        take_doubled_headline(&mut out, &[copy(HEADLINE, 11)], &mut head, false);
        assert_eq!(head.title.as_deref(), Some(HEADLINE));
        assert_eq!(head.title_line, Some(7));
        assert_eq!(out.intro.len(), 1);
        let site: Vec<&str> = out.dropped.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            site,
            [
                "Harbour Notes",
                "A blog about boats and the people who build them"
            ]
        );
    }

    #[test]
    fn prose_printed_twice_or_a_front_matter_title_changes_nothing() {
        let prose = "Ana Vidal builds boats. She has done so for forty years now.";
        let (mut out, mut head) = page(&[(prose, 5), ("More words here.", 7)]);
        take_doubled_headline(&mut out, &[copy(prose, 11)], &mut head, false);
        assert_eq!(head.title.as_deref(), Some("Harbour Notes"));
        let (mut out, mut head) = page(&[(HEADLINE, 7)]);
        take_doubled_headline(&mut out, &[copy(HEADLINE, 11)], &mut head, true);
        assert_eq!(head.title.as_deref(), Some("Harbour Notes"));
        assert!(out.dropped.is_empty());
    }
}
