//! Bold that does not sit on one line. Blog engines exporting to Markdown close a bold prompt
//! at the start of the next line (`**Why the sea?  ` then `**`, a WordPress export does it to
//! every question), and editors run a bold prompt over two lines (`**Last, some quick ones.`
//! then `Which tide do you like?**`). Either way the two lines are one bold prompt: the span is
//! put back on the line that opens it, and the line that closed it is left blank, so what
//! follows (the answer) starts a paragraph of its own.

/// The bold marks a span opens and closes with.
const MARKS: [&str; 2] = ["**", "__"];

/// A prompt run over two lines of words is short; a longer span is an emphasised passage,
/// left as it is. A long prompt with its preamble ("Now a few quick ones. …") stays within a
/// few sentences, well under 80 words; a bold passage over two lines of prose, a pull quote or
/// a whole answer in bold, runs past that, and rejoined it would be read as one prompt.
const MAX_SPAN_WORDS: usize = 80;

/// For each line, its replacement when it takes part in a bold span over two lines: the line
/// opening the span gets the whole span, the line closing it becomes empty. `None` for the
/// lines left as they are.
pub fn rejoined_bold_spans(lines: &[&str]) -> Vec<Option<String>> {
    let mut out = vec![None; lines.len()];
    let mut k = 0;
    while k + 1 < lines.len() {
        match rejoined(lines[k].trim(), lines[k + 1].trim()) {
            Some(span) => {
                out[k] = Some(span);
                out[k + 1] = Some(String::new());
                k += 2;
            }
            None => k += 1,
        }
    }
    out
}

/// The one bold line `first` and `second` make, when `first` opens a span it does not close
/// and `second` closes it: a mark alone, or words ending with the mark.
fn rejoined(first: &str, second: &str) -> Option<String> {
    let mark = MARKS.into_iter().find(|m| first.starts_with(m))?;
    let opened = first.strip_prefix(mark)?.trim_end();
    // An opening mark never stands before a space, and the line must not close the span.
    if opened.is_empty() || opened.starts_with(char::is_whitespace) || opened.contains(mark) {
        return None;
    }
    let closing = second.strip_suffix(mark)?.trim_end();
    if closing.contains(mark) || closing.starts_with(char::is_whitespace) {
        return None;
    }
    // A mark alone closes the span whatever its length; words closing it may be an
    // emphasised passage's, unless the span is as short as a prompt.
    let span = match closing.is_empty() {
        true => opened.to_string(),
        false if words(opened) + words(closing) <= MAX_SPAN_WORDS => format!("{opened} {closing}"),
        false => return None,
    };
    Some(format!("{mark}{span}{mark}"))
}

/// Words, counted at whitespace.
fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_closing_on_the_next_line_closes_the_span() {
        let lines = [
            "**Why did you leave the harbour?  ",
            "**  ",
            "Because of the wind.",
        ];
        assert_eq!(
            rejoined_bold_spans(&lines),
            vec![
                Some("**Why did you leave the harbour?**".to_string()),
                Some(String::new()),
                None
            ]
        );
    }

    #[test]
    fn a_span_over_two_lines_is_one_prompt() {
        let lines = [
            "**Now a few quick ones.",
            "Which knot do you tie most?**",
            "The bowline.",
        ];
        let out = rejoined_bold_spans(&lines);
        assert_eq!(
            out[0].as_deref(),
            Some("**Now a few quick ones. Which knot do you tie most?**")
        );
        assert_eq!(out[1].as_deref(), Some(""));
        assert_eq!(out[2], None);
    }

    #[test]
    fn a_span_longer_than_a_prompt_stays_as_written() {
        let opened = format!("**{}", vec!["word"; MAX_SPAN_WORDS].join(" "));
        let lines = [opened.as_str(), "and the last words.**", "An answer."];
        assert!(rejoined_bold_spans(&lines).iter().all(Option::is_none));
        // A mark alone still closes it.
        let lines = [opened.as_str(), "**"];
        assert!(rejoined_bold_spans(&lines)[0].is_some());
    }

    #[test]
    fn closed_or_unmatched_bold_is_left_alone() {
        let lines = ["**Why?**", "**", "Text with **bold** in it", "more text"];
        assert!(rejoined_bold_spans(&lines).iter().all(Option::is_none));
        // A mark that starts the next bold prompt does not close an open one.
        let lines = ["**Open here", "**Next prompt?**"];
        assert!(rejoined_bold_spans(&lines).iter().all(Option::is_none));
        let lines = ["** spaced", "**"];
        assert!(rejoined_bold_spans(&lines).iter().all(Option::is_none));
    }

    #[test]
    fn an_exported_interview_with_marks_closing_on_the_next_line_reads_its_prompts() {
        let text = "Talking tides with Ines Carvo\n\nInes Carvo rows across the bay every \
                    morning.\n\n**Why do you row at dawn?  \n**  \nThe water is flat then.\n\n\
                    It is quiet too.\n\n**Do you ever race?  \n**\nOnce, and I came last.\n\n\
                    **Now a few quick ones.\nWhich oar do you trust?**\nThe old ash one.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        let turns: Vec<(&str, usize)> = (reading.interview.turns.iter())
            .map(|t| (t.question.as_str(), t.answer.len()))
            .collect();
        assert_eq!(
            turns,
            [
                ("Why do you row at dawn?", 2),
                ("Do you ever race?", 1),
                ("Now a few quick ones. Which oar do you trust?", 1)
            ]
        );
        assert!(reading
            .interview
            .turns
            .iter()
            .all(|t| t.answer.iter().all(|a| !a.contains("**"))));
    }
}
