//! Markup that publishing tools leave in saved text and that no reader sees: HTML character
//! references (`&nbsp;`, `&amp;`, `&#8217;`), shortcodes of site generators and blog engines
//! (`{{< figure … >}}`, `[caption …]…[/caption]`), image lines, and the numbers editors put before questions
//! ("1- ", "2. "). Entities are decoded by the HTML parser, so every name the HTML standard
//! defines is known.

use std::sync::LazyLock;

use regex::Regex;

/// An entity name is short: the longest in the HTML standard has 31 characters.
const MAX_ENTITY_CHARS: usize = 32;

/// A question number has at most this many digits ("12- "); a longer number is a year or an
/// amount that opens the sentence.
const MAX_NUMBER_DIGITS: usize = 2;

/// The text with every HTML character reference decoded; text without `&` is returned as is.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after
            .char_indices()
            .take(MAX_ENTITY_CHARS + 2)
            .find(|&(_, c)| c == ';' || c.is_whitespace())
            .filter(|&(_, c)| c == ';')
            .map(|(i, _)| i + 1);
        match end.and_then(|end| decoded(&after[..end]).map(|d| (d, end))) {
            Some((decoded, end)) => {
                out.push_str(&decoded);
                rest = &after[end..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// One reference (`&name;`, `&#123;`, `&#x1F;`) as the HTML parser reads it; `None` when it is
/// not one (a plain `&` in "Q&A; then").
fn decoded(reference: &str) -> Option<String> {
    let name = &reference[1..reference.len() - 1];
    let plausible = !name.is_empty()
        && (name.chars().all(char::is_alphanumeric)
            || name.strip_prefix('#').is_some_and(|n| {
                n.chars().all(|c| c.is_ascii_digit())
                    || n.strip_prefix(['x', 'X'])
                        .is_some_and(|h| h.chars().all(|c| c.is_ascii_hexdigit()))
            }));
    if !plausible {
        return None;
    }
    let fragment = scraper::Html::parse_fragment(reference);
    let text: String = fragment.root_element().text().collect();
    (text != reference).then_some(text)
}

static IMAGE: LazyLock<Regex> = LazyLock::new(|| {
    // The image itself, its source inline or a reference; then, alone or wrapped in a link.
    let image = r"!\[(?:[^\[\]]|\[[^\]]*\])*\](?:\([^)]*\)|\[[^\]]*\])";
    Regex::new(&format!(
        r"^(?:{image}|\[{image}\]\([^)]*\))(\{{[^}}]*\}})?(\s*(\*[^*]+\*|_[^_]+_))?$"
    ))
    .expect("a valid image pattern")
});

/// A line that is only an image (`![alt](src)`, the alt text may hold brackets of its own:
/// `![[Img #12]](…)`; its source may be a reference, `![alt][3]`, and the image a link,
/// `[![alt](src)](href)`), possibly followed by an attribute list and
/// its caption in italics on the same line (`![…](…)*The mayor at City Hall.*`).
pub fn is_image(line: &str) -> bool {
    IMAGE.is_match(line.trim())
}

/// The alternative text of an image line ("Loom shuttle rack" of `![Loom shuttle rack][10]`),
/// when [`is_image`].
pub fn image_alt(line: &str) -> Option<&str> {
    let line = line.trim();
    if !is_image(line) {
        return None;
    }
    let start = line.find("![")? + 2;
    let rest = &line[start..];
    let end = [rest.find("]("), rest.find("][")]
        .into_iter()
        .flatten()
        .min()?;
    Some(&rest[..end])
}

static LINK_DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^\[[^\]]+\]:\s*<?(?:[a-z][a-z0-9+.-]*://|www\.|mailto:|/)\S*>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?$"#,
    )
    .expect("a valid link definition pattern")
});

/// A Markdown link reference definition (`[a]: https://…`, `[17]: /page "Title"`): the target
/// of a `[text][a]` link, never shown on the page.
pub fn is_link_definition(line: &str) -> bool {
    LINK_DEFINITION.is_match(line.trim())
}

/// An image file's name left in the text by a page whose image was dropped: long runs of digits
/// joined by underscores, as photo sites name their files (`12745871_821033978005368_…_n`).
/// No word is shaped like that.
static IMAGE_FILE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{5,}(?:_\d{5,}){2,}(?:_[a-z])?(?:\.(?:jpe?g|png|gif|webp))?")
        .expect("a valid file name pattern")
});

/// The text without image file names glued to its words ("você?12745871_…_n" reads "você?",
/// "qua12961694_…_nndo" reads "quando").
pub fn strip_image_file_names(text: &str) -> std::borrow::Cow<'_, str> {
    IMAGE_FILE_NAME.replace_all(text, "")
}

/// A fenced div opens with at least three colons.
const MIN_FENCE_COLONS: usize = 3;

/// ... followed by a class or attribute list of a few words at most.
const MAX_FENCE_WORDS: usize = 3;

/// A line that is only a shortcode: `{{< figure … >}}`, `{{% note %}}`, `[caption …] … [/caption]`,
/// `[gallery ids="…"]`.
pub fn is_shortcode(line: &str) -> bool {
    let line = line.trim();
    let template = (line.starts_with("{{") && line.ends_with("}}"))
        || (line.starts_with("{%") && line.ends_with("%}"));
    template
        || wordpress_shortcode(line)
        || is_tags_only(line)
        || is_mdx_statement(line)
        || is_div_fence(line)
        || is_attribute_list(line)
        || is_field_line(line)
}

/// A line without the template tags opening it (`{{ image a.jpg left }} **Why clay?**`,
/// `{% include photo.html %} The kiln…`): a site generator's markup set before the text,
/// which would otherwise open a title or a quoted passage. A line that is only tags is left
/// whole, for [`is_shortcode`] to drop as markup.
pub fn without_opening_tags(line: &str) -> &str {
    if is_shortcode(line) {
        return line;
    }
    let mut rest = line.trim_start();
    while let Some(after) = after_template_tag(rest) {
        rest = after.trim_start();
    }
    if rest.is_empty() {
        line
    } else {
        rest
    }
}

/// The text after the template tag opening it (`{{ … }}`, `{{< … >}}`, `{% … %}`).
fn after_template_tag(text: &str) -> Option<&str> {
    let close = if text.starts_with("{{") {
        "}}"
    } else if text.starts_with("{%") {
        "%}"
    } else {
        return None;
    };
    let end = text[2..].find(close)? + 2 + close.len();
    Some(&text[end..])
}

/// A reStructuredText field of a post's head (`:slug: my-post`, `:tags: art, clay`): the
/// blog engine's settings, no text.
fn is_field_line(line: &str) -> bool {
    let Some((name, value)) = line.strip_prefix(':').and_then(|l| l.split_once(": ")) else {
        return false;
    };
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '_' || c == '-')
        && !value.trim().is_empty()
}

/// A Kramdown attribute list on a line of its own (`{: .interviewer }`, `{:.note}`): it styles
/// the paragraph above and is no text.
fn is_attribute_list(line: &str) -> bool {
    line.starts_with("{:") && line.ends_with('}') && !line[2..line.len() - 1].contains(['{', '}'])
}

/// A fenced div's opening or closing line (`::: .note`, `:::: {.box}`, `:::`), as Pandoc and
/// static-site Markdown wrap styled blocks.
fn is_div_fence(line: &str) -> bool {
    let attributes = line.trim_start_matches(':');
    line.len() - attributes.len() >= MIN_FENCE_COLONS
        && (attributes.is_empty() || attributes.starts_with(' '))
        && attributes.split_whitespace().count() <= MAX_FENCE_WORDS
}

/// A line of HTML or JSX tags and comments with no text between them (`<br/>`,
/// `<Figure alt="…" />`, `<hr/>`, `<!--truncate-->`), as Markdown and MDX posts keep them.
fn is_tags_only(line: &str) -> bool {
    let mut rest = line;
    while let Some(open) = rest.strip_prefix('<') {
        let close = if open.starts_with("!--") { "-->" } else { ">" };
        let Some(end) = open.find(close) else {
            return false;
        };
        rest = open[end + close.len()..].trim_start();
    }
    rest.is_empty() && line.starts_with('<')
}

/// An MDX module line: `import Figure from './Figure';`, `export const meta = {…};`.
fn is_mdx_statement(line: &str) -> bool {
    let module = (line.starts_with("import ") && line.contains(" from "))
        || line.starts_with("export const ")
        || line.starts_with("export default ");
    module && line.ends_with([';', '\'', '"', '}'])
}

/// A page's navigation copied as a line: three or more short links side by side, with no
/// sentence ("Texto Anterior | Próximo Texto | Índice", "Home · News · Interviews").
pub fn is_navigation(line: &str) -> bool {
    let items: Vec<&str> = line.split(['|', '·', '•']).map(str::trim).collect();
    items.len() >= MIN_NAVIGATION_ITEMS
        && items.iter().all(|item| {
            let words = item.split_whitespace().count();
            (1..=MAX_NAVIGATION_WORDS).contains(&words) && !item.ends_with(['.', '?', '!', ','])
        })
}

/// A navigation line has at least this many items…
const MIN_NAVIGATION_ITEMS: usize = 3;

/// …of at most this many words each ("Próximo Texto").
const MAX_NAVIGATION_WORDS: usize = 3;

/// `[name attributes]…[/name]` or `[name attributes]` alone, with a lowercase tag name.
fn wordpress_shortcode(line: &str) -> bool {
    let Some(inner) = line.strip_prefix('[') else {
        return false;
    };
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_lowercase() || *c == '_' || *c == '-')
        .collect();
    if name.is_empty() || !inner[name.len()..].starts_with([' ', ']']) {
        return false;
    }
    let Some(close) = inner.find(']') else {
        return false;
    };
    let attributes = &inner[name.len()..close];
    let alone = close + 1 == inner.len() && attributes.contains('=');
    alone || line.ends_with(&format!("[/{name}]"))
}

/// The words of a Markdown link opening `text` ("[Ana Lima](https://…)" gives "Ana Lima"):
/// a byline linking the author's name to their page.
pub fn linked_words(text: &str) -> Option<&str> {
    let (words, _) = text.trim_start().strip_prefix('[')?.split_once("](")?;
    (!words.contains(['[', ']'])).then_some(words)
}

/// Words an editor writes before a question's number ("Pergunta 1 —").
const NUMBERED_WORDS: &[&str] = &["question", "pregunta", "pergunta", "frage"];

/// A question without the number an editor put before it ("1- How…", "12. Why…", "3) What…").
pub fn strip_question_number(text: &str) -> &str {
    let text = strip_bullet(text).unwrap_or(text);
    split_question_number(text).map_or(text, |(_, rest)| rest)
}

/// Bullets a blog puts before each question ("• Como surgiu…?"); hyphens and asterisks are
/// left out, since they also mark dialogue and emphasis.
const BULLETS: &[char] = &['•', '▪', '■', '►', '➤', '◆', '◾', '●'];

/// The text after a bullet and its space, when the paragraph opens with one. A bullet glued
/// to a capitalised word ("•Que artista…?", as blogs paste it) is a bullet too: the sign
/// marks nothing else.
pub fn strip_bullet(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(BULLETS)?;
    let glued = rest.starts_with(|c: char| c.is_uppercase() || c == '¿' || c == '¡');
    (glued || rest.starts_with(char::is_whitespace)).then(|| rest.trim_start())
}

/// The number an editor put before a question ("2. Como…" is 2), if any.
pub fn question_number(text: &str) -> Option<u32> {
    split_question_number(text).map(|(number, _)| number)
}

/// "3) What now?" as 3 and "What now?": digits, an optional space, a mark (`.`, `)`, `-`, a
/// dash) and a space, or the mark glued to the question as blogs type it ("2-Si…",
/// "3-¿Por qué…?": see [`opens_glued_question`]). "1990 was…", "2.5 million…" and "10-K
/// filings…" carry no number.
fn split_question_number(text: &str) -> Option<(u32, &str)> {
    super::ordinals::ordinal_prefix(text).or_else(|| split_figure_number(text))
}

/// The figures an editor put before a question ("2. Como…" is 2), ordinal words left out: a
/// file numbering its questions in figures uses "First:" only in its answers' sentences.
pub fn figure_number(text: &str) -> Option<u32> {
    split_figure_number(text).map(|(number, _)| number)
}

/// [`split_question_number`] for figures only.
fn split_figure_number(text: &str) -> Option<(u32, &str)> {
    // "Pergunta 1 — Como…", "Question 3: Why…": the word before the number goes with it.
    let text = NUMBERED_WORDS
        .iter()
        .find_map(|word| {
            let head = text.get(..word.len())?;
            let rest = text[word.len()..].strip_prefix(' ')?;
            (head.eq_ignore_ascii_case(word) && rest.starts_with(|c: char| c.is_ascii_digit()))
                .then_some(rest)
        })
        .unwrap_or(text);
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > MAX_NUMBER_DIGITS {
        return None;
    }
    let rest = text[digits..].trim_start_matches(' ');
    let after = rest.strip_prefix(['-', '.', ')', '–', '—', ':'])?;
    let number = text[..digits].parse().ok()?;
    (after.starts_with(' ') || opens_glued_question(after)).then(|| (number, after.trim_start()))
}

/// Text glued to a question number's mark opens a question: an opening `¿` or `¡`, or a
/// capitalised word with a lowercase letter after its capital ("Si", "What"). A single
/// capital ("10-K", "3-D") is a code or a name glued to its number, not a question.
fn opens_glued_question(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        Some('¿' | '¡') => true,
        Some(c) if c.is_uppercase() => chars.next().is_some_and(char::is_lowercase),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn link_definitions_and_image_file_names_are_not_text() {
        assert!(super::is_link_definition(
            "[a]: https://example.org/users/ana"
        ));
        assert!(super::is_link_definition("[17]: /about \"About us\""));
        assert!(!super::is_link_definition("[A]: Yes, of course."));
        assert!(!super::is_link_definition("[Q]: Where were you?"));
        let glued = "Quem é você?12745871_821033978005368_8368581676381106919_n";
        assert_eq!(super::strip_image_file_names(glued), "Quem é você?");
        let inside = "Só qua12961694_846659882109444_6239588698657753725_nndo pronto.";
        assert_eq!(super::strip_image_file_names(inside), "Só quando pronto.");
        let numbers = "Between 1_000 and 20_000_000 people, code 12345_67890.";
        assert_eq!(super::strip_image_file_names(numbers), numbers);
    }

    use super::*;

    #[test]
    fn entities_are_decoded_and_plain_ampersands_kept() {
        assert_eq!(decode_entities("Bern&nbsp;in"), "Bern\u{a0}in");
        assert_eq!(decode_entities("salt &amp; pepper"), "salt & pepper");
        assert_eq!(decode_entities("it&#8217;s &#x2014; ok"), "it’s — ok");
        assert_eq!(
            decode_entities("Q&A; R&D &madeup; &"),
            "Q&A; R&D &madeup; &"
        );
    }

    #[test]
    fn shortcodes_are_markup() {
        assert!(is_shortcode(
            "{{< figure src=\"/a.jpg\" caption=\"A field\" >}}"
        ));
        assert!(is_shortcode("{{% note %}}"));
        assert!(is_shortcode(
            "[caption id=\"a_1\" width=\"300\"] A field.[/caption]"
        ));
        assert!(is_shortcode("[gallery ids=\"1,2\"]"));
        assert!(is_shortcode("::: .c-dark-turquoise"));
        assert!(is_shortcode(":::"));
        assert!(!is_shortcode(":: not a fence"));
        assert!(!is_shortcode(":::and words"));
        assert!(is_shortcode("{: .interviewer }"));
        assert!(is_image("![A](/a.jpg)*The quay at dawn (Photo: Bo)*"));
        assert!(!is_image("![A](/a.jpg) The quay was empty that day."));
        assert!(is_image("![[Img #4]](https://x.org/4.jpg)"));
        assert!(is_image("![A hand-built oscillator][12]"));
        assert!(is_image("[![Cover](/c.jpg)](https://x.org/book)"));
        assert!(!is_image("![A][1] is what we built first."));
        assert!(
            !is_image("[![Cover](/c.jpg)"),
            "a link opened and never closed"
        );
        assert!(!is_image("![Cover](/c.jpg)](https://x.org/book)"));
        assert_eq!(
            image_alt("![Loom shuttle rack][10]"),
            Some("Loom shuttle rack")
        );
        assert_eq!(image_alt("[![[Img #4]](/4.jpg)](/4)"), Some("[Img #4]"));
        assert_eq!(image_alt("No image here."), None);
        assert!(!is_shortcode("{: not closed"));
        for markup in [
            "{{ imágen conferencias/a.png posición: der }}",
            "<br/> <Figure alt=\"Checkout\" source=\"/img/c.png\" />",
            "<hr/>",
            "<!--truncate-->",
            "import Figure from './components/Figure';",
            ":slug: a-potter-talks",
        ] {
            assert!(is_shortcode(markup), "{markup}");
        }
        for text in [
            "<b>Yes</b>, we did.",
            "<3 this",
            "import duties rose from 5%.",
            ":-) yes: we did.",
        ] {
            assert!(!is_shortcode(text), "{text}");
        }
        assert!(!is_shortcode("[laughter]"));
        assert!(!is_shortcode(
            "[The minister] said no, and that was the end of it."
        ));
    }

    #[test]
    fn template_tags_opening_a_line_are_no_text() {
        assert_eq!(
            without_opening_tags("{{ photo people/ana.jpg side: left }} **Ana: Why clay?**"),
            "**Ana: Why clay?**"
        );
        assert_eq!(
            without_opening_tags("{% include kiln.html %}{{< br >}} The kiln was cold."),
            "The kiln was cold."
        );
        // A line of tags alone stays whole, to be dropped as markup.
        assert_eq!(
            without_opening_tags("{{< figure a.jpg >}}"),
            "{{< figure a.jpg >}}"
        );
        // Braces inside a sentence, or a tag left open, are text.
        for text in [
            "We wrote {{ name }} on every jar.",
            "{{ a tag never closed, and words",
        ] {
            assert_eq!(without_opening_tags(text), text);
        }
    }

    #[test]
    fn question_numbers_are_removed() {
        assert_eq!(
            strip_question_number("1- How did it start?"),
            "How did it start?"
        );
        assert_eq!(strip_question_number("12. Why?"), "Why?");
        assert_eq!(question_number("12. Why?"), Some(12));
        assert_eq!(question_number("1 - Qual foi?"), Some(1));
        assert_eq!(question_number("2.5 million people?"), None);
        assert_eq!(question_number("2-Si fuese un río: ¿cuál?"), Some(2));
        assert_eq!(strip_question_number("3-¿Por qué?"), "¿Por qué?");
        assert_eq!(question_number("10-K filings grew?"), None);
        assert_eq!(question_number("3-D printing, why?"), None);
        assert_eq!(question_number("4-year plans?"), None);
        assert_eq!(strip_question_number("3) What now?"), "What now?");
        assert_eq!(
            strip_question_number("Pergunta 1 — Como começou?"),
            "Como começou?"
        );
        assert_eq!(strip_question_number("Question 2: Why?"), "Why?");
        assert_eq!(strip_question_number("Question time?"), "Question time?");
        assert_eq!(
            strip_question_number("1990 was a hard year?"),
            "1990 was a hard year?"
        );
        assert_eq!(
            strip_question_number("2.5 million people?"),
            "2.5 million people?"
        );
    }
}
