//! The quotation marks around a quoted passage. Many interviews print every answer inside
//! quotation marks; such a passage brings its own and gets none of ours, or only the one its
//! quotation lacks (a quotation running on into the next paragraph closes there, not here). A
//! passage that merely starts or ends with a quoted phrase gets ours around it. The passage
//! itself is never changed: marks are only added around it, so highlights keep their ranges.

/// Quotation marks a passage may enclose itself in: opening, closing.
const PAIRS: [(char, char); 5] = [('“', '”'), ('«', '»'), ('"', '"'), ('„', '“'), ('‘', '’')];

/// Our marks, for a passage that brings none.
const OURS: (char, char) = ('“', '”');

/// Punctuation that may follow a passage's closing mark and still leave it enclosed
/// (“…tanto”. puts the full stop outside the marks, as Portuguese and Spanish often do).
const AFTER_CLOSING: &[char] = &['.', ',', ';', ':', '!', '?', '…'];

/// The marks to add before and after a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wrap {
    /// Added before the passage.
    pub open: Option<char>,
    /// Added after the passage.
    pub close: Option<char>,
}

impl Wrap {
    /// Both of our marks: the passage brings none of its own.
    const OURS: Wrap = Wrap {
        open: Some(OURS.0),
        close: Some(OURS.1),
    };

    /// `body` (the passage, perhaps with emphasis added) between these marks.
    pub fn around(self, body: &str) -> String {
        let mut out = String::with_capacity(body.len() + 8);
        out.extend(self.open);
        out.push_str(body);
        out.extend(self.close);
        out
    }
}

/// The marks `text` needs to read as one quotation.
pub fn wrap_for(text: &str) -> Wrap {
    let text = text.trim();
    if let Some(pair) = PAIRS.iter().find(|(open, _)| text.starts_with(*open)) {
        let inner = &text[pair.0.len_utf8()..];
        return match closing_of(inner, *pair) {
            Some(end) if inner[end..].trim_start_matches(AFTER_CLOSING).is_empty() => Wrap {
                open: None,
                close: None,
            },
            Some(_) => Wrap::OURS,
            // Quoted speech running on past this paragraph: close it in its own mark. Single
            // marks are left alone: an apostrophe cannot be told from a closing one here.
            None if pair.0 != '‘' => Wrap {
                open: None,
                close: Some(pair.1),
            },
            None => Wrap::OURS,
        };
    }
    opened_before(text).map_or(Wrap::OURS, |open| Wrap {
        open: Some(open),
        close: None,
    })
}

/// Where the quotation opened just before `inner` closes: the byte after its closing mark,
/// counting quotations nested in it; `None` when it is still open at the end.
fn closing_of(inner: &str, (open, close): (char, char)) -> Option<usize> {
    let mut depth = 1usize;
    let mut previous = Some(open);
    let mut chars = inner.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        match role(c, previous, next, (open, close)) {
            Some(Role::Opens) => depth += 1,
            Some(Role::Closes) => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + c.len_utf8());
                }
            }
            None => {}
        }
        previous = Some(c);
    }
    None
}

/// The opening mark of a quotation that `text` ends but does not open: the end of speech that
/// began in an earlier paragraph. `None` when the closing mark at the end has its opening one.
fn opened_before(text: &str) -> Option<char> {
    let body = text.trim_end_matches(AFTER_CLOSING);
    let last = body.chars().next_back()?;
    // Only double marks: a final ’ is as likely an apostrophe (the students’).
    let pair = PAIRS[..3].iter().find(|(_, close)| *close == last)?;
    let mut depth = 0usize;
    let chars: Vec<char> = body.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let previous = i.checked_sub(1).map(|p| chars[p]);
        match role(c, previous, chars.get(i + 1).copied(), *pair) {
            Some(Role::Opens) => depth += 1,
            Some(Role::Closes) if i + 1 == chars.len() => return (depth == 0).then_some(pair.0),
            Some(Role::Closes) => depth = depth.saturating_sub(1),
            None => {}
        }
    }
    None
}

/// What a mark does in a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Opens,
    Closes,
}

/// Whether `c`, between `previous` and `next`, opens or closes a quotation in these marks.
/// Straight and curly double marks are one family, since typing mixes them ("…pasará”): “ opens,
/// ” closes, and " opens where a word starts. A closing mark between letters is an apostrophe.
fn role(
    c: char,
    previous: Option<char>,
    next: Option<char>,
    (open, close): (char, char),
) -> Option<Role> {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let double = matches!(open, '“' | '"') && matches!(c, '“' | '”' | '"');
    let (open, close) = if double {
        ('“', '”')
    } else {
        (open, close)
    };
    let c = match c {
        '"' if double => {
            let starts_word = previous.is_none_or(|p| p.is_whitespace() || "([{—–-".contains(p));
            if starts_word {
                open
            } else {
                close
            }
        }
        c => c,
    };
    if c == close && !(letter(previous) && letter(next)) {
        Some(Role::Closes)
    } else if c == open {
        Some(Role::Opens)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: Wrap = Wrap {
        open: None,
        close: None,
    };

    fn shown(text: &str) -> String {
        wrap_for(text).around(text)
    }

    #[test]
    fn a_passage_in_its_own_marks_keeps_only_those() {
        for text in [
            "“I think the river remembers every flood.”",
            "«Creo que el río recuerda cada crecida.»",
            "\"The river remembers.\"",
            "„Der Fluss erinnert sich.“",
            "‘The river remembers.’",
            "“A river, a bridge, a town”.",
            "\"Typed straight, closed curly.”",
            "“Opened curly, closed straight.\"",
        ] {
            assert_eq!(wrap_for(text), NONE, "{text}");
            assert_eq!(shown(text), text);
        }
    }

    #[test]
    fn a_passage_opening_with_a_quoted_phrase_gets_our_marks() {
        assert_eq!(
            shown("“Yes,” she said, “we built it twice.”"),
            "““Yes,” she said, “we built it twice.””"
        );
        assert_eq!(shown("\"Never,\" he said."), "“\"Never,\" he said.”");
        assert_eq!(shown("«Sí» fue la respuesta."), "“«Sí» fue la respuesta.”");
        assert_eq!(shown("\"Sí”, dijo."), "“\"Sí”, dijo.”");
    }

    #[test]
    fn a_passage_without_marks_or_quoting_inside_gets_ours() {
        assert_eq!(shown("We rowed."), "“We rowed.”");
        assert_eq!(shown("I loved “Sol”."), "“I loved “Sol”.”");
        assert_eq!(
            shown("She called it \"the bridge\""),
            "“She called it \"the bridge\"”"
        );
        assert_eq!(shown("the students’"), "“the students’”");
    }

    #[test]
    fn quotations_nested_inside_and_apostrophes_do_not_close_the_passage() {
        for text in [
            "“He told me “go” and I went.”",
            "‘It’s the tide’s hour, not ours.’",
            "\"She said \"go\" and left.\"",
            "«Dijo “vete” y se fue.»",
        ] {
            assert_eq!(wrap_for(text), NONE, "{text}");
        }
    }

    #[test]
    fn a_quotation_running_past_the_passage_gets_only_its_missing_mark() {
        assert_eq!(shown("“We started in spring."), "“We started in spring.”");
        assert_eq!(
            shown("«Empezamos en primavera."),
            "«Empezamos en primavera.»"
        );
        assert_eq!(shown("And then it ended.”"), "“And then it ended.”");
        assert_eq!(shown("Y así acabó.»"), "«Y así acabó.»");
        assert_eq!(shown("‘Tis unclosed"), "“‘Tis unclosed”");
    }

    #[test]
    fn around_keeps_the_body_verbatim() {
        let body = "\x1b[1m“Rivers\x1b[0m remember.”";
        assert_eq!(NONE.around(body), body);
        assert_eq!(Wrap::OURS.around("x"), "“x”");
    }
}
