//! The typographic and textual cues of a prompt: question marks, headings, bold, a lead-in in
//! capitals, dialogue dashes, the size of a short statement.

use super::reading::Para;

/// A prompt without `?` ("Tell us about the band.", "You grew up in Oruro.") is one or two
/// short sentences.
const STATEMENT_PROMPT_MAX_WORDS: usize = 25;

/// A field label before a follow-up question (`**Probe applied:**`) is this short at most.
const MAX_FIELD_KEY_BYTES: usize = 40;

/// See [`STATEMENT_PROMPT_MAX_WORDS`].
const STATEMENT_PROMPT_MAX_SENTENCES: usize = 2;

/// Ends with `?`, or has a sentence ending with `?` followed by more text.
pub fn asks_something(text: &str) -> bool {
    ends_with_question_mark(text) || text.contains("? ") || text.contains("?\u{a0}")
}

/// A follow-up question without the field label set in bold or italics before it
/// (`**Probe:** [x] ¿…?`) or a task-list box; a plain "And so: why?" keeps its words.
pub fn follow_up_prompt(text: &str) -> String {
    let emphasised = text.starts_with(['*', '_']);
    let after_key = text
        .split_once(':')
        .filter(|(key, rest)| {
            emphasised
                && key.len() <= MAX_FIELD_KEY_BYTES
                && !asks_something(key)
                && !rest.trim().is_empty()
        })
        .map_or(text, |(_, rest)| rest);
    let bare = after_key.trim_start_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    ["[x]", "[X]", "[ ]"]
        .iter()
        .find_map(|b| bare.strip_prefix(b))
        .unwrap_or(bare)
        .trim()
        .to_string()
}

/// One or two short sentences: "Tell us about the band.", "You grew up in Oruro."
pub fn is_statement_prompt(text: &str) -> bool {
    words(text) <= STATEMENT_PROMPT_MAX_WORDS && sentences(text) <= STATEMENT_PROMPT_MAX_SENTENCES
}

/// The marks that end a sentence where [`sentences`] counts them.
pub const SENTENCE_ENDS: [char; 3] = ['.', '!', '?'];

/// Sentences, counted at `.`, `!` and `?`.
pub fn sentences(text: &str) -> usize {
    sentence_pieces(text, &SENTENCE_ENDS).count()
}

/// The sentences of `text` cut after each of `ends` (each piece keeps its mark), without the
/// pieces holding no letter ("…", a closing quotation mark alone).
pub fn sentence_pieces<'a>(text: &'a str, ends: &'a [char]) -> impl Iterator<Item = &'a str> {
    text.split_inclusive(ends)
        .filter(|s| s.trim().chars().any(char::is_alphabetic))
}

/// Words, counted at whitespace.
pub fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// True when the paragraph ends with a question mark, ignoring closing quotes and brackets.
pub fn ends_with_question_mark(paragraph: &str) -> bool {
    paragraph
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)]*_".contains(c))
        .ends_with(['?', '？'])
}

/// True when `text` closes a sentence with one of `marks`, once any of `closers` after it
/// (quotes, brackets, emphasis: each reader sets aside its own) are set aside.
pub fn closes_with(text: &str, closers: &[char], marks: &[char]) -> bool {
    text.trim_end_matches(closers).ends_with(marks)
}

/// Markdown has six heading levels (`#` to `######`).
const MAX_HEADING_LEVEL: usize = 6;

pub fn is_heading(text: &str) -> bool {
    heading_level(text).is_some()
}

/// The level of a Markdown heading (`## …` is 2), `None` for other paragraphs.
pub fn heading_level(text: &str) -> Option<usize> {
    let hashes = text.chars().take_while(|&c| c == '#').count();
    ((1..=MAX_HEADING_LEVEL).contains(&hashes) && text[hashes..].starts_with(' ')).then_some(hashes)
}

pub fn is_bold(text: &str) -> bool {
    // Editors often leave two bold runs side by side: "**…really** **close…**".
    let joined = text.trim().replace("** **", " ");
    let text = joined.as_str();
    let whole =
        |mark: &str| text.len() > 2 * mark.len() && text.starts_with(mark) && text.ends_with(mark);
    (whole("**") || whole("__")) && !text[2..text.len() - 2].contains("**")
}

/// Opens with two words in capitals ("WHAT HAPPENED after…", "LET’S TALK about…") without
/// being all capitals.
pub fn is_caps_lead_in(text: &str) -> bool {
    let caps = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        !letters.is_empty() && letters.iter().all(|c| c.is_uppercase())
    };
    let mut ws = text.split_whitespace();
    let (Some(first), Some(second)) = (ws.next(), ws.next()) else {
        return false;
    };
    first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && caps(first)
        && caps(second)
        && text.chars().any(char::is_lowercase)
}

/// Characters printed as a dialogue dash: em and en dashes, the horizontal bar, the figure
/// dash and the box-drawing line some sites type instead, the hyphen and the minus sign.
pub const DIALOGUE_DASHES: [char; 7] = ['—', '–', '―', '‒', '─', '-', '−'];

/// The words after a dialogue dash ("—¿Por qué?", "– Porque sí.", "-¿Y ahora?", "- Ahora no."):
/// dashes open each turn of a conversation in Spanish and Portuguese print. A hyphen or a
/// minus sign counts as a dash before a word, never before a number ("-5 degrees") or
/// another dash.
pub fn dash_body(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(DIALOGUE_DASHES)?;
    let rest = rest.trim_start();
    let first = rest.chars().next()?;
    let hyphen = text.starts_with(['-', '−']);
    let opens_words = if hyphen {
        first.is_alphabetic() || "¿¡«“\"".contains(first)
    } else {
        !first.is_whitespace() && !DIALOGUE_DASHES.contains(&first)
    };
    opens_words.then_some(rest)
}

pub fn dash_body_is_some(text: &str) -> bool {
    dash_body(text).is_some()
}

/// A Markdown heading that names a section instead of asking: any heading that does not ask,
/// except at `prompt_level`, the level a file of heading prompts sets its prompts in.
pub fn is_section_title(text: &str, prompt_level: Option<usize>) -> bool {
    heading_level(text).is_some_and(|level| Some(level) != prompt_level && !asks_something(text))
}

/// The heading level most headings of the file use.
pub fn most_used_heading_level(paras: &[Para]) -> Option<usize> {
    let mut counts = [0usize; 7];
    for level in paras.iter().filter_map(|p| heading_level(&p.text)) {
        counts[level] += 1;
    }
    (1..counts.len())
        .filter(|&l| counts[l] > 0)
        .max_by_key(|&l| (counts[l], l))
}

/// A section or question number alone on its line, Roman or Arabic, closed by a stop or a
/// bracket ("IV.", "12)"): the print's division between parts, no one's words. Roman numbers
/// up to 39 (I, V, X), so a word in capitals ("CIVIL.") is none.
pub fn is_lone_number(line: &str) -> bool {
    let Some(number) = line.trim().strip_suffix(['.', ')']) else {
        return false;
    };
    let roman = number.chars().all(|c| "IVX".contains(c));
    let arabic = number.chars().all(|c| c.is_ascii_digit());
    (1..=MAX_LONE_NUMBER_CHARS).contains(&number.chars().count()) && (roman || arabic)
}

/// A lone section number runs to this many characters at most ("XXXVIII" is seven).
const MAX_LONE_NUMBER_CHARS: usize = 7;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follow_up_questions_lose_their_field_label_and_box() {
        assert_eq!(
            follow_up_prompt("**Probe applied:** [x] And after that?"),
            "And after that?"
        );
        assert_eq!(follow_up_prompt("And so: why?"), "And so: why?");
        assert_eq!(follow_up_prompt("Why not?"), "Why not?");
    }

    #[test]
    fn a_number_alone_on_its_line_is_a_section_mark() {
        for line in ["I.", "IV.", "12)", "XXI."] {
            assert!(is_lone_number(line), "{line}");
        }
        for line in ["I", "CIVIL.", "Yes.", "2.5.", "1234567890."] {
            assert!(!is_lone_number(line), "{line}");
        }
    }
}
