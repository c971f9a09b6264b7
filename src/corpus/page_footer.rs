//! A blog's or a CMS's footer pasted right under the last answer, often without a blank line:
//! the post's stamp ("Posted by Tide Notes at 07:00"), its tag list ("Tags: tides, boats"),
//! the share buttons' words run together ("Email thisShare on XShare on Facebook"), the
//! comment counter and links ("Comments (0)", "Leave a comment", "Older post Home"). Read by
//! shape, not by word lists, so the same rule serves every language and every blog tool:
//! these lines never close a sentence, and the last answer before them does.

use std::sync::LazyLock;

use regex::Regex;

/// A footer's links or counter are a few words ("Noticias relacionadas", the three links of a
/// blog's pager in Portuguese take seven); a longer line without a closing stop is a sentence
/// cut short.
const MAX_FOOTER_LINE_WORDS: usize = 8;

/// A post's stamp is the verb, the blog's name and the time: this many words at most.
const MAX_STAMP_WORDS: usize = 10;

/// A tag list's label is a word or two ("Tags", "Filed under").
const MAX_TAG_LABEL_WORDS: usize = 2;

/// A tag is a few words ("Literatura nacional").
const MAX_TAG_WORDS: usize = 4;

/// A tag list set as a bulleted list heads it with a label of a few words ("- Neste artigo:",
/// "- In this article:").
const MAX_BULLETED_LABEL_WORDS: usize = 3;

/// The bullets a copied list keeps before each item.
const LIST_BULLETS: [&str; 4] = ["- ", "• ", "* ", "· "];

/// Share buttons copied as one line run their captions together: this many seams where a
/// lowercase letter or a closing mark meets the capital of the next caption ("e-mailShare",
/// "opinion!Share"). A brand name ("iPhone") has one; a sentence naming two ("from
/// JavaScript to TypeScript") has two, so the seams must also have a caption's shape
/// ([`has_caption_shape`]).
const MIN_BUTTON_SEAMS: usize = 2;

/// A stamp's time follows the blog's name after a word or two ("at", "às", "à(s)", "a las").
const MAX_CLOCK_CONNECTOR_WORDS: usize = 2;

/// A stamp opens with its verb and preposition ("Posted by", "Postado por"), then the name.
const STAMP_OPENING_WORDS: usize = 2;

/// Without a stamp, tag list or buttons, a footer is at least this many short lines: one short
/// line after an answer may be the answer's last line, typed without a stop.
const MIN_PLAIN_FOOTER_LINES: usize = 2;

/// Where the text was copied from: a pasted page (its menu opened the text) ends with the
/// page's links; another file's short closing lines may be a list the answer gives (book
/// titles whose bullets the copy lost), so only a stamp, tag list or buttons end it there.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    /// The text opened with the site's menu.
    WholePage,
    /// No sign of the page around the text.
    TextOnly,
}

static CLOCK_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\d{1,2}[:h]\d{2}(\s*[ap]\.?m\.?)?$").expect("a valid clock pattern")
});

static RUN_TOGETHER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{Ll}!?][\p{Lu}]").expect("a valid seam pattern"));

/// The lines (indexes into `lines`) of the footer closing the text: a run of footer-shaped
/// lines at the end (blank lines and lines `is_furniture` tells apart may stand among them),
/// right under a line that closes a sentence without asking. The run holds a post's stamp, a
/// tag list or share buttons, or else, on a whole page, [`MIN_PLAIN_FOOTER_LINES`] short lines.
pub fn footer_lines(
    lines: &[(usize, &str)],
    copied: Copied,
    is_furniture: impl Fn(&str) -> bool,
) -> Vec<usize> {
    let mut run = Vec::new();
    let mut marked = false;
    let mut plain = 0;
    let mut k = lines.len();
    while k > 0 {
        let line = lines[k - 1].1.trim();
        if line.is_empty() || is_furniture(line) {
            k -= 1;
            continue;
        }
        if let Some(label) = bulleted_tags_from(lines, k - 1, copied) {
            marked = true;
            run.extend((label..k).rev());
            k = label;
            continue;
        }
        if is_stamp(line) || is_tag_list(line) || is_button_run(line) {
            marked = true;
        } else if is_short_link(line) {
            plain += 1;
        } else {
            break;
        }
        run.push(k - 1);
        k -= 1;
    }
    let answered = k > 0 && closes_statement(lines[k - 1].1.trim());
    let links = copied == Copied::WholePage && plain >= MIN_PLAIN_FOOTER_LINES;
    if answered && (marked || links) {
        run.reverse();
        run
    } else {
        Vec::new()
    }
}

/// "Postado por Tide Notes às 07:00", "Posted by Ann at 7:05 PM": a short line ending with
/// a clock time, shaped as a stamp is: a capitalised verb and a preposition, the name (words
/// with capitals, particles between them), a word or two ("at", "à(s)") and the clock. A
/// sentence ending on a time ("to Skagen it leaves at 7:05") has no such shape.
fn is_stamp(line: &str) -> bool {
    let Some(clock) = CLOCK_AT_END.find(line) else {
        return false;
    };
    let words: Vec<&str> = line[..clock.start()].split_whitespace().collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    // A date's figures belong with the name ("Posted on May 3, 2019 at 7:05").
    let named = |w: &&str| capital(w) || w.starts_with(|c: char| c.is_ascii_digit());
    let connectors = words.iter().rev().take_while(|w| !named(w)).count();
    let name_end = words.len() - connectors;
    let Some(name) = words.get(STAMP_OPENING_WORDS..name_end) else {
        return false;
    };
    // "Posted by Ann Lee, 7:05 PM": a comma stands where the connecting word would.
    let comma = connectors == 0 && name.last().is_some_and(|w| w.ends_with(','));
    line.split_whitespace().count() <= MAX_STAMP_WORDS
        && ((1..=MAX_CLOCK_CONNECTOR_WORDS).contains(&connectors) || comma)
        && capital(&words[0])
        && !capital(&words[1])
        && name.first().is_some_and(capital)
        && name.last().is_some_and(named)
}

/// "Tags: tides, boats, Skagen": a label of a word or two, a colon, and two or more short
/// items separated by commas, no sentence.
fn is_tag_list(line: &str) -> bool {
    let Some((label, items)) = line.split_once(':') else {
        return false;
    };
    let label_words = label.split_whitespace().count();
    let items: Vec<&str> = items.split(',').map(str::trim).collect();
    (1..=MAX_TAG_LABEL_WORDS).contains(&label_words)
        && items.len() >= 2
        && items.iter().all(|item| {
            (1..=MAX_TAG_WORDS).contains(&item.split_whitespace().count())
                && !item.ends_with(['.', '!', '?'])
        })
}

/// The line without its list bullet, when it has one.
fn unbulleted(line: &str) -> Option<&str> {
    LIST_BULLETS.iter().find_map(|b| line.strip_prefix(b))
}

/// When line `last` closes a bulleted tag list (bulleted tags right under a bulleted label,
/// line by line), the index of its label. The tags are names, each opening with a capital
/// ("- Lia Moura,", "- Fado"); outside a whole page a separator's comma must also show that
/// they were one line of tags, not the answer's own list ("- Food:", "- dried figs").
fn bulleted_tags_from(lines: &[(usize, &str)], last: usize, copied: Copied) -> Option<usize> {
    let tag = |i: usize| is_bulleted_tag(lines[i].1.trim());
    if !tag(last) {
        return None;
    }
    let mut i = last;
    while i > 0 && tag(i - 1) {
        i -= 1;
    }
    let label = i.checked_sub(1)?;
    let tags: Vec<&str> = (i..=last)
        .filter_map(|j| unbulleted(lines[j].1.trim()))
        .collect();
    let named = tags
        .iter()
        .all(|t| t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    let separated = tags.iter().any(|t| t.ends_with(','));
    let shaped = named && (separated || copied == Copied::WholePage);
    (shaped && is_bulleted_label(lines[label].1.trim())).then_some(label)
}

/// "- Neste artigo:": a bulleted label of a few words and its colon, nothing after it. An
/// answer leads into its own list with a sentence, never with a bullet of its own.
fn is_bulleted_label(line: &str) -> bool {
    unbulleted(line)
        .and_then(|l| l.strip_suffix(':'))
        .is_some_and(|label| {
            (1..=MAX_BULLETED_LABEL_WORDS).contains(&label.split_whitespace().count())
                && !label.contains([':', '.', '?', '!'])
        })
}

/// "- Ana Vidal,": a bulleted tag of a few words, a separator's comma allowed, no sentence.
fn is_bulleted_tag(line: &str) -> bool {
    unbulleted(line).is_some_and(|tag| {
        let tag = tag.trim_end_matches([',', ';']);
        (1..=MAX_TAG_WORDS).contains(&tag.split_whitespace().count())
            && !tag.ends_with(['.', '!', '?', ':'])
    })
}

/// Share buttons' captions run together on one line.
fn is_button_run(line: &str) -> bool {
    RUN_TOGETHER.find_iter(line).count() >= MIN_BUTTON_SEAMS
        && has_caption_shape(line)
        && !closes_statement(line)
}

/// Seams that plain prose does not have: a caption repeated from a seam on ("Share on
/// XShare on Facebook", "Partilhar no TwitterPartilhar no Facebook": the caption's first two
/// words come again), a mark glued to the next caption ("opinion!Share"), or one word holding
/// [`MIN_BUTTON_SEAMS`] seams ("TweetShareEmail"). Names written in camel case
/// ("JavaScript", "TypeScript") have one seam each and repeat no caption.
fn has_caption_shape(line: &str) -> bool {
    let seams: Vec<usize> = RUN_TOGETHER.find_iter(line).map(|m| m.start()).collect();
    let after_mark = seams.iter().any(|&at| line[at..].starts_with(['!', '?']));
    let one_word = line
        .split_whitespace()
        .any(|w| RUN_TOGETHER.find_iter(w).count() >= MIN_BUTTON_SEAMS);
    let repeated = seams.iter().any(|&at| {
        let start = at + line[at..].chars().next().map_or(0, char::len_utf8);
        let caption: Vec<&str> = line[start..].split_whitespace().take(2).collect();
        caption.len() == 2 && line.matches(&caption.join(" ")).count() >= 2
    });
    after_mark || one_word || repeated
}

/// "Comentarios", "Sem comentários:", "Comments (0)", "Older post Home": a few words opening
/// with a capital, closing no sentence.
fn is_short_link(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words <= MAX_FOOTER_LINE_WORDS
        && line.chars().next().is_some_and(char::is_uppercase)
        && !line.ends_with(['.', '!', '?', '…', '"', '”', '’', '»'])
}

/// The line ends a sentence that asks nothing: the last answer, not a prompt waiting for one.
fn closes_statement(line: &str) -> bool {
    let bare = line.trim_end_matches(['"', '”', '’', '»', ')', '*', '_']);
    line.ends_with(['.', '!', '…', '"', '”', '’', '»', ')']) && !bare.ends_with(['?', '？'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(text: &str) -> Vec<(usize, &str)> {
        text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect()
    }

    fn footer(text: &str) -> Vec<usize> {
        footer_lines(&numbered(text), Copied::WholePage, |_| false)
    }

    #[test]
    fn stamps_with_a_comma_or_a_date_before_the_clock_are_stamps() {
        for line in [
            "Posted by Ann Lee, 7:05 PM",
            "Posted on May 3, 2019 at 7:05 pm",
            "Publicado por Tide Notes el 3/5/2019 a las 19:05",
        ] {
            assert!(is_stamp(line), "{line}");
        }
        for line in ["to Skagen it leaves at 7:05", "We sailed, 7:05"] {
            assert!(!is_stamp(line), "{line}");
        }
    }

    #[test]
    fn a_blog_footer_under_the_last_answer_is_found_by_its_shapes() {
        let text = "Q: And now?\nA: Now I rest.\nPosted by Tide Notes at 07:00\n\
                    Labels: tides, interviews\nNo comments:\nPost a comment";
        assert_eq!(footer(text), [2, 3, 4, 5]);
        let text = "—¿Y ahora?\n—Ahora descanso.\nCompartir en correoCompartir en XCompartir\n\
                    Comentarios (0)";
        assert_eq!(footer(text), [2, 3]);
        let text = "Q: Now?\nA: I rest.\nEmail thisBlogThis!Share to XShare to Facebook";
        assert_eq!(footer(text), [2]);
        let text = "Q: Now?\nA: I rest.\nPublicada por Tide Notes à(s) 10:30";
        assert_eq!(footer(text), [2]);
        let text = "P: ¿Y ahora?\nR: Descanso.\nComentarios\nEntrada más reciente Entrada antigua Página principal";
        assert_eq!(footer(text), [2, 3]);
    }

    #[test]
    fn short_lines_end_only_a_pasted_page() {
        let text = "Q: Your books?\nA: Two of them.\nThe Long Tide\nSalt Roads";
        assert!(footer_lines(&numbered(text), Copied::TextOnly, |_| false).is_empty());
        assert_eq!(footer(text), [2, 3]);
    }

    #[test]
    fn an_answer_without_a_stop_or_a_list_answering_a_prompt_is_no_footer() {
        for text in [
            // One short line: the answer's own last line, typed without a stop.
            "Q: What do you bring?\nA: A flask.\nMostly coffee",
            // Right under a prompt, the short lines are the answer.
            "Q: Your three boats?\nThe Gull\nThe Tern\nLittle Auk",
            // A sentence closes the text.
            "Q: And now?\nA: Now I rest.\nTags: tides, boats\nThanks for reading.",
            // Names in camel case in the answer's last line, typed without a stop.
            "Q: What changed?\nA: A lot changed.\nwe moved from JavaScript to TypeScript",
            // A sentence ending on a time, with a place name in it.
            "Q: The ferry?\nA: I take it daily.\nto Skagen it leaves at 7:05",
        ] {
            assert!(footer(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_bulleted_tag_list_under_the_last_answer_is_a_footer() {
        let text = "Você volta?\n\"Volto em maio.\"\n- Nesta página:\n- Lia Moura,\n- Fado";
        assert_eq!(
            footer_lines(&numbered(text), Copied::TextOnly, |_| false),
            [2, 3, 4]
        );
        // A list the answer leads into with its own sentence stays the answer's.
        let text = "Your books?\nMine, in order.\nThese three:\n- The Long Tide\n- Salt Roads";
        assert!(footer(text).is_empty());
    }

    #[test]
    fn the_last_answers_own_bulleted_list_is_no_tag_footer() {
        let text = "What do you pack?\nThe basics, always.\n- Food:\n- dried figs\n- oat bars";
        assert!(footer_lines(&numbered(text), Copied::TextOnly, |_| false).is_empty());
        assert!(footer(text).is_empty(), "lowercase items are no tags");
        let text = "What do you pack?\nThe basics, always.\n- Food:\n- Dried figs\n- Oat bars";
        assert!(footer_lines(&numbered(text), Copied::TextOnly, |_| false).is_empty());
    }

    #[test]
    fn a_footer_glued_to_the_last_answer_is_not_quoted() {
        let text = "Ana Sol rows.\n\nQ: Why row?\n\nA: The quiet.\n\nQ: And winter?\n\n\
                    A: I row in winter too. The river is empty then.\n\
                    Posted by River Notes at 18:40\nTags: rowing, winter, interviews\n\
                    Share by emailShare on XShare on Facebook\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        let last = &reading.interview.turns.last().unwrap().answer;
        assert_eq!(last.len(), 1);
        assert!(last[0].ends_with("empty then."), "{last:?}");
    }
}
