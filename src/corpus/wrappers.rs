//! Markup wrapped around a line of real text, which must go while the text stays: a site
//! generator's paired template tags (`{% note %} … {% endnote %}`, `{{< aside >}} …
//! {{< /aside >}}`), and the opening or closing mark of italics that run over several
//! paragraphs (`_First paragraph…` … `…last one._`). And the lines a figure or a footnote
//! leaves, which hold no text of anyone's: a `<figcaption>` alone on its line, a numbered
//! footnote that is only a link (`[1] [https://…](https://…)`).

/// The text between a paired template tag and its closing tag on one line (`{% info %} The
/// editor's note. {% endinfo %}`): the tags style a box, the words inside are the page's
/// introduction or a speaker's. `None` when the line is not wrapped so.
pub fn inside_paired_tags(line: &str) -> Option<&str> {
    let line = line.trim();
    let (open, close) = if line.starts_with("{%") {
        ("%}", "{%")
    } else if line.starts_with("{{") {
        ("}}", "{{")
    } else {
        return None;
    };
    // The tag closes after its own opening marks: in `{%}` the `%}` found at 1 overlaps them.
    let open_end = line[2..].find(open)? + 2;
    let name = tag_name(&line[2..open_end]);
    let inner_start = open_end + open.len();
    let closing_start = line.rfind(close)?;
    let closing = tag_name(line[closing_start + 2..].trim_end_matches(open));
    let pairs = closing == format!("end{name}") || closing == format!("/{name}");
    let inner = line.get(inner_start..closing_start)?.trim();
    (!name.is_empty() && pairs && !inner.is_empty()).then_some(inner)
}

/// A template tag's name: its first word, without a Hugo shortcode's `<`/`%` marks.
fn tag_name(tag: &str) -> String {
    let tag = tag.trim().trim_matches(['<', '>', '%']).trim();
    tag.split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The line without the lone italics mark opening or closing it (`_Then I left.` in a run of
/// italic paragraphs whose mark only the first and last show): a mark with no partner in the
/// line is typography, never text. Emphasis inside the line, paired, stays.
pub fn without_lone_italics(line: &str) -> &str {
    let lone = |mark: char| line.matches(mark).count() == 1;
    let opens_word = |rest: &str| rest.chars().next().is_some_and(|c| !c.is_whitespace());
    if let Some(rest) = line
        .strip_prefix('_')
        .filter(|r| lone('_') && opens_word(r))
    {
        return rest;
    }
    let closes_word = |rest: &str| rest.chars().last().is_some_and(|c| !c.is_whitespace());
    if let Some(rest) = line
        .strip_suffix('_')
        .filter(|r| lone('_') && closes_word(r))
    {
        return rest;
    }
    line
}

/// A figure's caption left alone on its line as HTML: the figure is gone, the caption says
/// what it showed ("Portrait of the potter"). So are a caption reading who stands where
/// ("From left to right: …"), a bracketed placeholder of a video or picture, a player's
/// loading notice and a link to the player ([`super::media`]).
pub fn is_figure_caption(line: &str) -> bool {
    let line = line.trim();
    (line.starts_with("<figcaption") && line.ends_with("</figcaption>"))
        || super::media::is_position_caption(line)
        || super::media::is_media_placeholder(line)
        || super::media::is_loading_notice(line)
        || super::media::is_player_link(line)
}

/// A numbered footnote that is only a link (`[1] [https://…](https://…)`, `[2] https://…`):
/// the source of a figure mentioned in the text, no sentence.
pub fn is_footnote_link(line: &str) -> bool {
    let Some(rest) = line.trim().strip_prefix('[') else {
        return false;
    };
    let Some((number, link)) = rest.split_once(']') else {
        return false;
    };
    let link = link.trim();
    let bare = link.starts_with("http") && !link.contains(char::is_whitespace);
    let markdown = link.starts_with("[http") && link.ends_with(')') && !link.contains(' ');
    !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()) && (bare || markdown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_without_its_closing_marks_is_no_wrapper() {
        for line in ["{%}", "{{}", "{% note", "{%}} x {% endnote %}"] {
            assert_eq!(inside_paired_tags(line), None, "{line}");
        }
    }

    #[test]
    fn paired_template_tags_go_and_their_words_stay() {
        assert_eq!(
            inside_paired_tags("{% note %} Ana Lee builds kilns. {% endnote %}"),
            Some("Ana Lee builds kilns.")
        );
        assert_eq!(
            inside_paired_tags("{{< aside >}}She fires twice.{{< /aside >}}"),
            Some("She fires twice.")
        );
        assert_eq!(inside_paired_tags("{% include kiln.html %}"), None);
        assert_eq!(inside_paired_tags("{% note %} x {% endaside %}"), None);
    }

    #[test]
    fn a_lone_italics_mark_goes_and_paired_emphasis_stays() {
        assert_eq!(without_lone_italics("_Then I left."), "Then I left.");
        assert_eq!(without_lone_italics("And came back._"), "And came back.");
        assert_eq!(without_lone_italics("_All of it._"), "_All of it._");
        assert_eq!(without_lone_italics("snake_case names"), "snake_case names");
    }

    #[test]
    fn figure_captions_and_footnote_links_are_no_text() {
        assert!(is_figure_caption(
            "<figcaption>The kiln at night</figcaption>"
        ));
        assert!(is_footnote_link(
            "[1] [https://kilns.example/a](https://kilns.example/a)"
        ));
        assert!(is_footnote_link("[2] https://kilns.example/b"));
        assert!(!is_footnote_link("[1] The kiln was cold."));
    }

    #[test]
    fn an_introduction_in_a_template_box_is_read_and_its_caption_dropped() {
        let text = "---\ntitle: Kilns\n---\n{% info %} Ana Lee has built kilns in Leiria for twenty years. {% endinfo %}\n\n\
                    <figcaption>Portrait of Ana Lee</figcaption>\n\n\
                    Why kilns?\n\n> _My father built them.\n>\n> And I watched him._\n\n\
                    What are your measures?\n\n> 95-60-90\n\n\
                    Your sources?\n\n> The old books.\n\n[1] [https://kilns.example/a](https://kilns.example/a)\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        let interview = &reading.interview;
        assert_eq!(interview.intro.len(), 1, "{:?}", interview.intro);
        assert!(interview.intro[0].starts_with("Ana Lee has built"));
        let answers: Vec<&str> = (interview.turns.iter())
            .flat_map(|t| t.answer.iter().map(String::as_str))
            .collect();
        assert_eq!(
            answers,
            [
                "My father built them.",
                "And I watched him.",
                "95-60-90",
                "The old books."
            ]
        );
    }
}
