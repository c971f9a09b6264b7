//! The lines where the pieces of a cut paragraph start. A paragraph holding several turns
//! (`…ver.” **AM:** “Muita gente…`) is cut into one paragraph a turn, each piece keeping the
//! paragraph's first line; `index --explain` would then print a question that starts thirty
//! lines down at the line of the answer before it. The piece's first words, found in the
//! file's own lines after the piece before it, give its line.

use super::reading::Para;

/// Words of a piece looked for in the file's lines: enough to tell the turn's opening from a
/// word repeated earlier in the paragraph, few enough to stay on one line most of the time.
const KEY_WORDS: usize = 4;

/// Gives each piece of a cut paragraph (a run of paragraphs sharing one first line) the line
/// of `body` where its first words are, searched after the piece before it; a piece whose
/// words are not found (text repaired on reading) keeps its line. `body_line` is the file
/// line of the body's first line.
pub fn relocate_pieces(paras: &mut [Para], body: &str, body_line: usize) {
    let lines: Vec<&str> = body.lines().collect();
    let mut i = 0;
    while i < paras.len() {
        let line = paras[i].line;
        let end = i + paras[i..].iter().take_while(|p| p.line == line).count();
        if end - i >= 2 && line >= body_line {
            let from = (line - body_line).min(lines.len());
            let last = (paras.get(end)).map_or(lines.len(), |p| p.line.saturating_sub(body_line));
            let region = lines[from..last.clamp(from, lines.len())].join("\n");
            locate(&mut paras[i..end], &region, line);
        }
        i = end;
    }
}

/// Moves each piece after the first to the line of `region` (starting at file line `first`)
/// where its opening words occur after the previous piece's.
fn locate(pieces: &mut [Para], region: &str, first: usize) {
    let mut cursor = 0;
    for piece in pieces.iter_mut().skip(1) {
        let words: Vec<&str> = piece.text.split_whitespace().collect();
        // The search starts past the previous piece's first character, which may take
        // several bytes (`—`, `¿`, `“`): slicing one byte on would land inside it.
        let start = region[cursor..]
            .chars()
            .next()
            .map_or(region.len(), |c| cursor + c.len_utf8());
        let found = (1..=KEY_WORDS.min(words.len())).rev().find_map(|n| {
            let key = words[..n].join(" ");
            region[start..].find(&key).map(|at| start + at)
        });
        if let Some(at) = found {
            cursor = at;
            piece.line = first + region[..at].matches('\n').count();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::para;
    use super::*;

    #[test]
    fn each_piece_of_a_cut_paragraph_starts_on_its_own_line() {
        let body = "Intro.\n\nAM: Why the shop?\nLB: It was my father's, and I\nkept it. AM: And \
                    the\nbooks? LB: Old ones.";
        let mut paras = vec![
            para("Intro.", 1),
            para("AM: Why the shop?", 3),
            para("LB: It was my father's, and I kept it.", 3),
            para("AM: And the books?", 3),
            para("LB: Old ones.", 3),
        ];
        relocate_pieces(&mut paras, body, 1);
        let lines: Vec<usize> = paras.iter().map(|p| p.line).collect();
        assert_eq!(lines, [1, 3, 4, 5, 6]);
    }

    #[test]
    fn pieces_opening_with_a_multi_byte_dash_still_find_their_line() {
        let body = "Intro.\n\n—¿Y ahora? —Descanso.\nPor fin, después de años.\n—¿Y \
                    luego?\n—Volver al taller.";
        let mut paras = vec![
            para("Intro.", 1),
            para("—¿Y ahora?", 3),
            para("—Descanso. Por fin, después de años.", 3),
            para("—¿Y luego?", 3),
            para("—Volver al taller.", 3),
        ];
        relocate_pieces(&mut paras, body, 1);
        let lines: Vec<usize> = paras.iter().map(|p| p.line).collect();
        assert_eq!(lines, [1, 3, 3, 5, 6]);
    }
}
