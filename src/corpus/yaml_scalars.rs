//! The YAML scalar forms blog engines write into front matter beyond `key: value` on one line:
//! block scalars (`title: |` or `subtitle: >-` over indented lines), quoted strings folded
//! over several lines (a long title wrapped at eighty columns, its line ending with `\` when
//! the break falls inside a word), plain values continued on indented lines, and the escapes
//! of double-quoted strings (`\u201C`, `\_`). Each such value is put back on its key's line as
//! one double-quoted string, so the readers of front matter see one line a key; the values
//! they hold are fields shown on one line, so the line breaks a value keeps read as spaces.

/// The double-quoted escapes of YAML that stand for a line break or a tab: in a one-line
/// field they read as a space.
const SPACING_ESCAPES: &[char] = &['n', 't', '\t', 'r', 'N', 'L', 'P', 'v', 'f'];

/// The block's lines with every top-level value that runs over several lines (or is a block
/// scalar) put back on its key's line as one double-quoted string; other lines as they are.
pub fn folded_fields(block: &str) -> Vec<String> {
    let lines: Vec<&str> = block.lines().collect();
    let mut out = Vec::with_capacity(lines.len());
    let mut k = 0;
    while k < lines.len() {
        match folded_field(&lines, k) {
            Some((line, used)) => {
                out.push(line);
                k += used;
            }
            None => {
                out.push(lines[k].to_string());
                k += 1;
            }
        }
    }
    out
}

/// The field opening at line `k` on one line, and how many lines it took, when its value
/// runs over several lines or is a block scalar.
fn folded_field(lines: &[&str], k: usize) -> Option<(String, usize)> {
    let line = lines[k];
    if line.starts_with(char::is_whitespace) || line.trim_start().starts_with(['#', '-']) {
        return None;
    }
    let (key, value) = line.split_once(':')?;
    let value = value.trim();
    let rest = &lines[k + 1..];
    let (text, used) = if is_block_header(value) {
        block_scalar(rest)
    } else if let Some(inner) = value.strip_prefix('"') {
        double_quoted_lines(inner, rest)?
    } else if let Some(inner) = value.strip_prefix('\'') {
        single_quoted_lines(inner, rest)?
    } else {
        plain_lines(value, rest)?
    };
    Some((format!("{key}: {text}"), used + 1))
}

/// A block scalar header (`|`, `>-`, `|+2`, `>  # note`): the value is on the lines under it.
fn is_block_header(value: &str) -> bool {
    let header = value.split(" #").next().unwrap_or_default().trim();
    let Some(indicators) = header.strip_prefix(['|', '>']) else {
        return false;
    };
    indicators.len() <= 2 && indicators.chars().all(|c| "+-123456789".contains(c))
}

/// A block scalar's text (its indented lines, blank lines among them) as a double-quoted
/// string, and the number of lines it took. A field read on one line has no line breaks:
/// literal (`|`) and folded (`>`) blocks both read them as spaces.
fn block_scalar(rest: &[&str]) -> (String, usize) {
    let taken = rest
        .iter()
        .take_while(|l| l.trim().is_empty() || l.starts_with(char::is_whitespace))
        .count();
    // Blank lines after the text part it from the next key.
    let used = rest[..taken]
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .map_or(0, |last| last + 1);
    let parts: Vec<&str> = rest[..used]
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    (quoted(&parts.join(" ")), used)
}

/// A double-quoted value opened on the key's line (`inner` follows the opening quote) and
/// closed on a later line, folded as YAML folds it: a line break reads as a space, unless the
/// line ends with an escaping `\`, which joins the lines as they are. `None` when the value
/// closes on its first line or never closes.
fn double_quoted_lines(inner: &str, rest: &[&str]) -> Option<(String, usize)> {
    if closing_quote(inner, '"').is_some() {
        return None;
    }
    let mut text = inner.trim_end().to_string();
    for (i, line) in rest.iter().enumerate() {
        let line = line.trim();
        if ends_with_escape(&text) {
            text.pop();
        } else {
            text.push(' ');
        }
        text.push_str(line);
        if let Some(end) = closing_quote(line, '"') {
            let cut = text.len() - line.len() + end;
            return Some((format!("\"{}\"", &text[..cut]), i + 1));
        }
    }
    None
}

/// A single-quoted value closed on a later line, its line breaks read as spaces (`''` is a
/// quote mark, as on one line).
fn single_quoted_lines(inner: &str, rest: &[&str]) -> Option<(String, usize)> {
    if closing_quote(inner, '\'').is_some() {
        return None;
    }
    let mut text = inner.trim_end().to_string();
    for (i, line) in rest.iter().enumerate() {
        let line = line.trim();
        text.push(' ');
        text.push_str(line);
        if let Some(end) = closing_quote(line, '\'') {
            let cut = text.len() - line.len() + end;
            return Some((quoted(&text[..cut].replace("''", "'")), i + 1));
        }
    }
    None
}

/// A plain value continued on the indented lines under it ("title: A long" / "  title"), as
/// one line. `None` when no line continues it or the value is a list, a mapping or a
/// reference.
fn plain_lines(value: &str, rest: &[&str]) -> Option<(String, usize)> {
    if value.is_empty() || value.starts_with(['[', '{', '&', '*', '!', '#', '%', '@', '`']) {
        return None;
    }
    let used = rest
        .iter()
        .take_while(|l| {
            let t = l.trim();
            l.starts_with(char::is_whitespace)
                && !t.is_empty()
                && !t.starts_with(['-', '#'])
                && !t.contains(": ")
        })
        .count();
    if used == 0 {
        return None;
    }
    let parts: Vec<&str> = std::iter::once(value)
        .chain(rest[..used].iter().map(|l| l.trim()))
        .collect();
    Some((quoted(&parts.join(" ")), used))
}

/// Where the quote closing a quoted value stands in `text` (a line of it): the first `quote`
/// not escaped (`\"` in double quotes, `''` in single ones).
fn closing_quote(text: &str, quote: char) -> Option<usize> {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            '\'' if quote == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                chars.next();
            }
            c if c == quote => return Some(i),
            _ => {}
        }
    }
    None
}

/// The text ends with a `\` that is not itself escaped: an escaped line break.
fn ends_with_escape(text: &str) -> bool {
    text.chars().rev().take_while(|&c| c == '\\').count() % 2 == 1
}

/// `text` as a double-quoted YAML string.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A double-quoted scalar's text (between its quotes) with its escapes decoded: `\"`, `\\`,
/// `\/`, `\ ` and `\_` (a no-break space), the code points `\xXX`, `\uXXXX`, `\UXXXXXXXX`;
/// the escapes of line breaks and tabs read as a space in a one-line field. An escape YAML
/// does not know keeps its character.
pub fn decode_double_quoted(inner: &str) -> String {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(escape) = chars.next() else {
            out.push('\\');
            break;
        };
        let digits = match escape {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            _ => 0,
        };
        if digits > 0 {
            let hex: String = chars.clone().take(digits).collect();
            match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                Some(decoded) if hex.len() == digits => {
                    out.push(decoded);
                    chars.nth(digits - 1);
                }
                _ => out.push(escape),
            }
            continue;
        }
        match escape {
            e if SPACING_ESCAPES.contains(&e) => out.push(' '),
            '_' => out.push('\u{a0}'),
            '0' | 'a' | 'b' | 'e' => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_scalars_are_read_whole() {
        let block =
            "layout: post\ntitle: |\n  Rowing across the bay\n  with Ines Carvo\ndate: 2021-03-04";
        assert_eq!(
            folded_fields(block),
            vec![
                "layout: post",
                "title: \"Rowing across the bay with Ines Carvo\"",
                "date: 2021-03-04"
            ]
        );
        let block = "subtitle: >-\n  Tam Ross talks kilns with the\n  potter Ada Wren.\n\nauthors:\n  - tr12";
        let out = folded_fields(block);
        assert_eq!(
            out[0],
            "subtitle: \"Tam Ross talks kilns with the potter Ada Wren.\""
        );
        assert_eq!(&out[1..], ["", "authors:", "  - tr12"]);
    }

    #[test]
    fn folded_quoted_strings_join_their_lines() {
        let block = "title: \"A talk on \\u201CSalt\\\n  \\ and Smoke\\u201D\\_today\"\ntags: x";
        let out = folded_fields(block);
        assert_eq!(
            out,
            vec![
                "title: \"A talk on \\u201CSalt\\ and Smoke\\u201D\\_today\"",
                "tags: x"
            ]
        );
        let inner = out[0].trim_start_matches("title: \"").trim_end_matches('"');
        assert_eq!(
            decode_double_quoted(inner),
            "A talk on \u{201c}Salt and Smoke\u{201d}\u{a0}today"
        );
        let out = folded_fields("title: 'It''s a long\n  story'\nlang: en");
        assert_eq!(out[0], "title: \"It's a long story\"");
        let out = folded_fields("title: A plain title\n  wrapped here\nlang: en");
        assert_eq!(out[0], "title: \"A plain title wrapped here\"");
    }

    #[test]
    fn one_line_values_lists_and_mappings_are_left_alone() {
        let block =
            "title: \"One line\"\nauthors:\n  - Ana\nlinks:\n  - url: https://a.example\nx: y";
        assert_eq!(folded_fields(block), block.lines().collect::<Vec<_>>());
    }

    #[test]
    fn escapes_are_decoded() {
        assert_eq!(
            decode_double_quoted("\\\"Q\\\" \\x41\\u00e9\\U0001F600 a\\nb \\\\ \\/"),
            "\"Q\" Aé😀 a b \\ /"
        );
        assert_eq!(decode_double_quoted("bad \\uZZ"), "bad uZZ");
    }
}
