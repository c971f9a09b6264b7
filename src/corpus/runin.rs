//! Run-in speaker labels: text taken from a PDF or a print layout often loses the paragraph
//! breaks between turns, so several labelled turns share one paragraph
//! (`SH: Where were you born? JP: In Kessel Ford. SH: And your father?`). When a file's labels
//! recur inside its paragraphs, each label there starts a paragraph of its own, and the usual
//! label reading takes over.

use std::collections::HashMap;

use super::display::MAX_NAME_WORDS;
use super::forms::is_initials_of;
use super::labels::NAME_PARTICLES;
use super::reading::Para;

/// Labels must recur: a name before a colon once inside a paragraph is a sentence ("the
/// answer was simple, Latin America: a region…").
const MIN_LABEL_USES: usize = 2;

/// A file reads as run-in turns when its recurring labels open this many turns inside
/// paragraphs (and at least one per paragraph), from at least two speakers: one exchange is
/// not yet a layout.
const MIN_RUN_IN_TURNS: usize = 3;

/// A possible label inside a paragraph: where it starts, the label itself, and whether it
/// follows the end of a sentence or clause (a label that does not must already be known: PDF
/// text loses the figures before it, "…opened it in ML: What a year…").
struct RunIn {
    start: usize,
    label: String,
    bounded: bool,
    /// It follows the end of a sentence (`.`, `?`, `!`, `…`, a closing quotation mark after
    /// one): a comma or a bracket ends a clause, and in a line of one turn a label there is
    /// more likely a list's item ("Which is harder, A: the climb or B: the descent?").
    after_sentence: bool,
}

/// Cuts paragraphs at the speaker labels written inside them, when the file's labels recur
/// there (see [`MIN_RUN_IN_TURNS`]). Each piece keeps the paragraph's line.
pub fn split_run_in_labels(paras: &mut Vec<Para>) {
    let found: Vec<Vec<Vec<RunIn>>> = paras.iter().map(|p| run_ins(&p.text)).collect();
    // Each colon counts once, for its longest label after a sentence's end.
    let bounded = |colon: &[RunIn]| {
        colon
            .iter()
            .rev()
            .find(|r| r.bounded)
            .map(|r| r.label.clone())
    };
    let mut uses: HashMap<String, usize> = HashMap::new();
    for colon in found.iter().flatten() {
        if let Some(label) = bounded(colon) {
            *uses.entry(label).or_default() += 1;
        }
    }
    for para in paras.iter() {
        if let Some(count) = opening_label(&para.text).and_then(|l| uses.get_mut(&l)) {
            *count += 1;
        }
    }
    uses.retain(|_, count| *count >= MIN_LABEL_USES);
    let speaks = |label: &str| uses.keys().any(|r| r == label || is_initials_of(r, label));
    let mut inside: Vec<String> = found
        .iter()
        .flatten()
        .filter_map(|colon| bounded(colon))
        .filter(|label| uses.contains_key(label))
        .collect();
    let turns = inside.len();
    inside.sort_unstable();
    inside.dedup();
    // Run-in turns are the file's layout when they outnumber its paragraphs: a list inside
    // one answer ("Monday: bread. Tuesday: fish. Monday: soup…") is a few among many.
    if turns < MIN_RUN_IN_TURNS.max(paras.len()) || inside.len() < 2 {
        split_known_pairs(paras, &found);
        return;
    }
    let mut out = Vec::with_capacity(paras.len());
    for (para, colons) in paras.drain(..).zip(&found) {
        let cuts: Vec<usize> = colons
            .iter()
            .filter_map(|colon| colon.iter().rev().find(|r| speaks(&r.label)))
            .map(|r| r.start)
            .collect();
        cut_at(&para, cuts, &mut out);
    }
    *paras = out;
}

/// Two turns on one line ("Q: Why? A: Because…") in a file whose turns are otherwise one to a
/// paragraph: too few for the run-in layout, yet the file's own labels (each opening
/// [`MIN_LABEL_USES`] paragraphs) after a sentence's end (not a comma's: `after_sentence`)
/// are turns, not a sentence's colon.
/// Each such label inside a paragraph that opens with another of them starts a paragraph.
fn split_known_pairs(paras: &mut Vec<Para>, found: &[Vec<Vec<RunIn>>]) {
    let mut opening: HashMap<String, usize> = HashMap::new();
    for label in paras.iter().filter_map(|p| opening_label(&p.text)) {
        *opening.entry(label).or_default() += 1;
    }
    opening.retain(|_, count| *count >= MIN_LABEL_USES);
    if opening.len() < 2 {
        return;
    }
    let mut out = Vec::with_capacity(paras.len());
    for (para, colons) in paras.drain(..).zip(found) {
        let mut speaker = opening_label(&para.text).filter(|l| opening.contains_key(l));
        let mut cuts = Vec::new();
        for colon in colons {
            let known = colon
                .iter()
                .rev()
                .find(|r| r.after_sentence && opening.contains_key(&r.label));
            if let (Some(run_in), Some(current)) = (known, &speaker) {
                if &run_in.label != current {
                    cuts.push(run_in.start);
                    speaker = Some(run_in.label.clone());
                }
            }
        }
        cut_at(&para, cuts, &mut out);
    }
    *paras = out;
}

/// Pushes onto `out` the pieces of `para` between the byte offsets `cuts` (ascending, the
/// paragraph's end implied): each piece a paragraph of its own on the same line, only the
/// first keeping the break before it; empty pieces are dropped.
pub(super) fn cut_at(para: &Para, cuts: Vec<usize>, out: &mut Vec<Para>) {
    let mut from = 0;
    for cut in cuts.into_iter().chain([para.text.len()]) {
        let piece = para.text[from..cut].trim();
        if !piece.is_empty() {
            out.push(Para {
                text: piece.to_string(),
                after_break: para.after_break && from == 0,
                after_separator: para.after_separator && from == 0,
                ..para.clone()
            });
        }
        from = cut;
    }
}

/// The label opening a paragraph (`JP: …`), if it is name-shaped.
fn opening_label(text: &str) -> Option<String> {
    let (label, _) = text.split_once(": ")?;
    let words: Vec<&str> = label.split_whitespace().collect();
    (is_label(&words) && words.len() <= MAX_NAME_WORDS).then(|| words.join(" "))
}

/// The possible labels before each colon followed by a space inside the paragraph, shortest
/// first: one to [`MAX_NAME_WORDS`] capitalised words.
fn run_ins(text: &str) -> Vec<Vec<RunIn>> {
    let mut found = Vec::new();
    for (colon, _) in text.match_indices(": ") {
        let words: Vec<(usize, &str)> = word_starts(&text[..colon]);
        let mut labels = Vec::new();
        for take in 1..=MAX_NAME_WORDS.min(words.len()) {
            let first = words.len() - take;
            let label: Vec<&str> = words[first..].iter().map(|(_, w)| *w).collect();
            if !is_label(&label) {
                break;
            }
            // The paragraph's opening label ("Interviewer Bob Lane: …") is read as usual.
            let Some(previous) = first.checked_sub(1).map(|i| words[i].1) else {
                labels.clear();
                break;
            };
            let unquoted = previous.trim_end_matches(['"', '”', '’', '»']);
            labels.push(RunIn {
                start: words[first].0,
                label: label.join(" "),
                bounded: previous.ends_with(['.', '?', '!', ',', ';', '…', '"', '”', ')']),
                after_sentence: unquoted.ends_with(['.', '?', '!', '…']),
            });
        }
        found.push(labels);
    }
    found
}

/// The words of `text` with their byte offsets.
fn word_starts(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, &text[s..]));
    }
    words
}

/// Capitalised words (or particles inside a name) without sentence marks: a name or initials.
fn is_label(words: &[&str]) -> bool {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let plain = |w: &str| {
        w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    !words.is_empty()
        && capitalised(words[0])
        && words.iter().all(|w| {
            plain(w) && (capitalised(w) || NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
        })
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn texts(paras: &[Para]) -> Vec<&str> {
        paras.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn recurring_labels_inside_a_paragraph_start_turns() {
        let mut body = paras(&[
            "AN INTERVIEW WITH JANE ROE",
            "Interviewer Bob Lane: This is an interview with Jane Roe. Where were you born? \
             Jane Roe: In Kessel Ford. BL: What did your father do? JR: He ran a lumber yard, \
             BL: Did he go to college? JR: No.",
        ]);
        split_run_in_labels(&mut body);
        assert_eq!(
            texts(&body),
            [
                "AN INTERVIEW WITH JANE ROE",
                "Interviewer Bob Lane: This is an interview with Jane Roe. Where were you born?",
                "Jane Roe: In Kessel Ford.",
                "BL: What did your father do?",
                "JR: He ran a lumber yard,",
                "BL: Did he go to college?",
                "JR: No.",
            ]
        );
        assert!(body[1..].iter().all(|p| p.line == 3));
    }

    #[test]
    fn a_colon_in_a_sentence_or_labels_that_open_paragraphs_cut_nothing() {
        let text = [
            "Title",
            "Q: Why? He said it plainly. Latin America: a region, and Mexico: a country.",
            "A: Because. The answer, Latin America: more than a region.",
            "Q: And then?",
            "A: Then the rain came. My father said. Rain: the one thing we had.",
        ];
        let mut body = paras(&text);
        split_run_in_labels(&mut body);
        assert_eq!(texts(&body), text);
        let list = [
            "Title",
            "What did you eat at sea?",
            "The same every week. Monday: bread. Tuesday: fish. Monday: soup. Tuesday: rice.",
            "Did you miss home?",
            "Every day, and my mother's kitchen most.",
            "Would you go again?",
            "Tomorrow, if the boat were ready.",
        ];
        let mut body = paras(&list);
        split_run_in_labels(&mut body);
        assert_eq!(texts(&body), list);
    }

    #[test]
    fn two_known_labels_on_one_line_are_two_turns() {
        let mut body = paras(&[
            "Title",
            "Q: Where did you grow up?",
            "A: In a port town, among the cranes.",
            "Q: Why the sea? A: Because my father fished. Q: And the cranes?",
            "A: I liked the noise. Note: it never stopped.",
        ]);
        split_run_in_labels(&mut body);
        assert_eq!(
            texts(&body),
            [
                "Title",
                "Q: Where did you grow up?",
                "A: In a port town, among the cranes.",
                "Q: Why the sea?",
                "A: Because my father fished.",
                "Q: And the cranes?",
                "A: I liked the noise. Note: it never stopped.",
            ],
            "only the file's labels cut, and only after a sentence's end"
        );
        let list = [
            "Title",
            "Q: Which is harder, A: The climb or B: The descent?",
            "A: The descent, always.",
            "Q: Why?",
            "A: Tired legs. \"Slow down.\" Q: was all my guide said.",
        ];
        let mut body = paras(&list);
        split_run_in_labels(&mut body);
        assert_eq!(texts(&body)[1..3], list[1..3], "a comma ends no turn");
        assert_eq!(
            texts(&body)[5],
            "Q: was all my guide said.",
            "a quote after a stop does"
        );
        let lone = ["Title", "Q: Why? A: Because.", "Later, A: the end."];
        let mut body = paras(&lone);
        split_run_in_labels(&mut body);
        assert_eq!(texts(&body), lone, "labels the file does not use twice");
    }
}
