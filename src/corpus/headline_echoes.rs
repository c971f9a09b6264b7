//! Introduction paragraphs that repeat the headline further down the page.

use super::assembled::Assembled;
use super::head::is_repeated_headline;
use super::reading::{Clutter, Dropped};

/// Drops introduction paragraphs that repeat the headline, or its first words, further down
/// (a heading over the conversation, "Entrevista com Ana Lima" under the headline "Entrevista
/// com Ana Lima, autora de…" and its standfirst): the page's, not anyone's words.
pub fn drop_headline_echoes(out: &mut Assembled, title: Option<&str>) {
    let Some(title) = title else {
        return;
    };
    let (echoes, kept): (Vec<_>, Vec<_>) =
        std::mem::take(&mut out.intro)
            .into_iter()
            .partition(|(text, _)| {
                // A longer paragraph opening with a short headline's words is the page's own
                // headline under a rubric ("Entrevista" / "Entrevista con la escritora…").
                let within = text.split_whitespace().count() <= title.split_whitespace().count();
                within && is_repeated_headline(text, title)
            });
    out.intro = kept;
    out.dropped
        .extend(echoes.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::RepeatedHeadline,
        }));
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_front_matter_title_under_a_byline_is_dropped() {
        let text = "+++\ntitle = \"Sit Down: Ana Vidal\"\ninterviewer = \"Tom Reed\"\n+++\n\
                    • Tom Reed\n\nSit Down: Ana Vidal\n\n\
                    The potter Ana Vidal talks kilns, clay and her first market.\n\n\
                    TR: Why clay?\n\nAV: My mother dug it.\n\nTR: And kilns?\n\nAV: Wood ones.\n";
        let reading = crate::corpus::read("t", text).unwrap();
        let intro = &reading.interview.intro;
        assert_eq!(intro.len(), 1, "{intro:?}");
        assert!(intro[0].starts_with("The potter"));
        let kinds: Vec<_> = reading.dropped.iter().map(|d| d.reason).collect();
        assert!(
            kinds.contains(&super::Clutter::RepeatedHeadline),
            "{kinds:?}"
        );
        assert!(kinds.contains(&super::Clutter::Byline), "{kinds:?}");
    }
}
