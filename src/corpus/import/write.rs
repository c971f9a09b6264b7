//! The corpus file an import produces: TOML front matter, the title line, the introduction,
//! then every question labelled `Q:` and every answer opened with `A:`, paragraphs separated by
//! blank lines. The explicit labels keep the parser from guessing: a rhetorical question inside
//! an answer stays in the answer.

use super::meta::PageMeta;
use super::structure::Draft;

/// File names are cut at a word boundary past this many bytes: long enough to tell interviews
/// apart, short enough for every filesystem and a terminal line.
const MAX_SLUG_BYTES: usize = 80;

/// The text of the corpus file for `draft`, with `meta` as front matter.
pub fn corpus_text(meta: &PageMeta, title: &str, draft: &Draft) -> String {
    let mut fields: Vec<(&str, &str)> = vec![("title", title)];
    let optional = [
        ("interviewee", draft.interviewee.as_deref()),
        ("interviewer", draft.interviewer.as_deref()),
        ("outlet", meta.outlet.as_deref()),
        ("url", meta.url.as_deref()),
        ("date", meta.date.as_deref()),
        ("language", meta.language.as_deref()),
    ];
    fields.extend(optional.into_iter().filter_map(|(k, v)| Some((k, v?))));

    let mut out = String::from("+++\n");
    for (key, value) in fields {
        out.push_str(&format!("{key} = {}\n", toml_string(value)));
    }
    out.push_str("+++\n");
    out.push_str(title);
    out.push('\n');
    for paragraph in &draft.intro {
        push_paragraph(&mut out, "", paragraph);
    }
    let several = several_answerers(draft);
    for (turn, (question, answer)) in draft.turns.iter().enumerate() {
        push_paragraph(&mut out, "Q: ", question);
        let speakers = draft.answer_speakers.get(turn);
        for (i, paragraph) in answer.iter().enumerate() {
            let speaker = speakers.and_then(|s| s.get(i)).and_then(Option::as_deref);
            let label = match speaker {
                Some(name) if several => format!("{name}: "),
                _ if i == 0 => "A: ".to_string(),
                _ => String::new(),
            };
            push_paragraph(&mut out, &label, paragraph);
        }
    }
    out
}

/// Whether more than one person answers: then each answer paragraph a page labels keeps its
/// speaker's name, so the quote is credited to the right guest.
fn several_answerers(draft: &Draft) -> bool {
    let mut names = draft.answer_speakers.iter().flatten().flatten();
    let first = names.next();
    names.any(|name| Some(name) != first)
}

fn push_paragraph(out: &mut String, label: &str, text: &str) {
    out.push('\n');
    out.push_str(label);
    out.push_str(text);
    out.push('\n');
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn toml_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A file name from a title: lowercase ASCII words joined by dashes, accents folded
/// ("Río Abierto" -> "rio-abierto"), never empty.
pub fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    if slug.len() > MAX_SLUG_BYTES {
        let cut = slug[..MAX_SLUG_BYTES].rfind('-').unwrap_or(MAX_SLUG_BYTES);
        slug.truncate(cut);
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "interview".to_string()
    } else {
        slug.to_string()
    }
}

/// The base letter(s) of accented Latin letters; other characters unchanged.
fn fold_accent(c: char) -> Vec<char> {
    const FOLDS: &[(&str, &str)] = &[
        ("àáâãäåāă", "a"),
        ("çćč", "c"),
        ("ďđ", "d"),
        ("èéêëēėęě", "e"),
        ("ìíîïīį", "i"),
        ("ñńň", "n"),
        ("òóôõöøō", "o"),
        ("ŕř", "r"),
        ("śšş", "s"),
        ("ťţ", "t"),
        ("ùúûüūůű", "u"),
        ("ýÿ", "y"),
        ("źżž", "z"),
        ("ß", "ss"),
        ("æ", "ae"),
        ("œ", "oe"),
        ("ł", "l"),
    ];
    let lower: Vec<char> = c.to_lowercase().collect();
    if let [single] = lower[..] {
        for (from, to) in FOLDS {
            if from.contains(single) {
                return to.chars().collect();
            }
        }
    }
    lower
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_words() {
        assert_eq!(slug("“Río Abierto”: ¿Qué pasó?"), "rio-abierto-que-paso");
        assert_eq!(slug("   "), "interview");
        assert!(slug(&"word ".repeat(40)).len() <= MAX_SLUG_BYTES);
    }

    #[test]
    fn the_text_has_front_matter_and_explicit_labels() {
        let draft = Draft {
            intro: vec!["Intro.".into()],
            turns: vec![("Why?".into(), vec!["One.".into(), "Two.".into()])],
            interviewee: Some("Ana \"Ruiz\"".into()),
            interviewer: None,
            answer_speakers: vec![vec![Some("Ana Ruiz".into()), None]],
        };
        let meta = PageMeta {
            language: Some("en".into()),
            ..PageMeta::default()
        };
        assert_eq!(
            corpus_text(&meta, "T", &draft),
            "+++\ntitle = \"T\"\ninterviewee = \"Ana \\\"Ruiz\\\"\"\nlanguage = \"en\"\n+++\nT\n\n\
             Intro.\n\nQ: Why?\n\nA: One.\n\nTwo.\n"
        );
    }

    #[test]
    fn answers_shared_by_several_guests_keep_each_name() {
        let draft = Draft {
            turns: vec![(
                "Why?".into(),
                vec!["One.".into(), "Two.".into(), "Three.".into()],
            )],
            answer_speakers: vec![vec![
                Some("Ana Ruiz".into()),
                None,
                Some("Leon Hart".into()),
            ]],
            ..Draft::default()
        };
        let text = corpus_text(&PageMeta::default(), "T", &draft);
        assert!(
            text.ends_with("Q: Why?\n\nAna Ruiz: One.\n\nTwo.\n\nLeon Hart: Three.\n"),
            "{text}"
        );
    }
}
