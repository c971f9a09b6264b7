//! An interview printed as one section of a newsletter or roundup: the issue's other sections
//! (the ferry timetable, the week's events, readers' letters) stand before and after it under
//! headings of the same level, and the section opens with a line in which the publication says
//! whom it met ("This week we spoke to Ines Albarran, who…", "Conversamos con Julián Ortega").
//! Only that section is the interview: the other sections are the outlet's news, no word of
//! the guest's, and their names are no guest's name.
//!
//! Told by structure: a Markdown heading that asks nothing, right above (or one paragraph
//! above) a paragraph in which the writers, in the first person, report meeting a named
//! person, questions under it, and at least one other section of the same level before the
//! heading (a blog's interview may open with "## The interview" and end with its own
//! "## Lightning round"). The conversation's section ends at the first later heading of that
//! level after which nothing asks, neither with `?` nor with the cue the questions carry (bold):
//! an interview's own topic headings ("## Early years") are followed by questions.
//!
//! A newsletter without Markdown headings sets its sections the same way with whole lines in
//! bold ("**Books**") or with short plain lines that close no sentence ("Events"): the same
//! reading applies, the sections being the lines set like the interview's own title.

use super::cues::{asks_something, heading_level, is_bold, words};
use super::head::Head;
use super::labels::NAME_PARTICLES;
use super::name_words::{name_cased, trim_word};
use super::reading::{Clutter, Dropped, Para};

/// The writers reporting, in the first person, that they met the person named next: the
/// words before the name, lowercase. A reporter's third person ("Ana Ruiz spoke with…") is
/// read elsewhere; this is the voice of a newsletter introducing its own interview.
const MET: &[&str] = &[
    "we spoke to",
    "we spoke with",
    "we talked to",
    "we talked with",
    "we sat down with",
    "we caught up with",
    "we chatted with",
    "we interviewed",
    "i spoke to",
    "i spoke with",
    "i talked to",
    "i talked with",
    "i sat down with",
    "i caught up with",
    "i chatted with",
    "i interviewed",
    "conversamos con",
    "hablamos con",
    "charlamos con",
    "platicamos con",
    "entrevistamos a",
    "conversamos com",
    "conversámos com",
    "falamos com",
    "falámos com",
    "entrevistamos",
    "entrevistámos",
];

/// The line naming the guest sits right under the section's heading, or under a standfirst
/// line below it: at most this many paragraphs down.
const MAX_HEADING_DISTANCE: usize = 2;

/// Lowercase words between the verb and the name: an article and a job ("the net maker").
const MAX_ROLE_WORDS: usize = 3;

/// A person's name is at least two capitalised words ("Ines Albarran").
const MIN_NAME_WORDS: usize = 2;

/// A section's title set in bold or as a plain line is a name of a few words ("Books", "This
/// week's conversation"): a longer line is a sentence, even without its full stop.
const MAX_SECTION_TITLE_WORDS: usize = 6;

/// How a section's title is set: a Markdown heading of a level, a whole line in bold, a short
/// plain line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Title {
    Heading(usize),
    Bold,
    Plain,
}

impl Title {
    /// The paragraph is a section title set as `self` is, or above it (a higher heading).
    fn tops(self, text: &str) -> bool {
        match (self, section_title(text)) {
            (Title::Heading(level), Some(Title::Heading(l))) => l <= level,
            (kind, Some(other)) => kind == other,
            (_, None) => false,
        }
    }
}

/// How the paragraph is set as a section's title, if it is one: a heading; a whole line in
/// bold or a plain line of a few words, capitalised, that asks nothing and closes no sentence.
fn section_title(text: &str) -> Option<Title> {
    if let Some(level) = heading_level(text) {
        return Some(Title::Heading(level));
    }
    let trimmed = text.trim();
    let bold = is_bold(trimmed);
    let inner = if bold {
        trimmed.trim_matches(['*', '_']).trim()
    } else {
        trimmed
    };
    let closes = inner.ends_with(['.', '!', '?', ':', ',', ';', '…', '"', '”', '»', ')', ']']);
    let titled = (1..=MAX_SECTION_TITLE_WORDS).contains(&words(inner))
        && inner.starts_with(char::is_uppercase)
        && !closes
        && !inner.contains(['*', '_', '[', '('])
        && !asks_something(inner);
    titled.then_some(if bold { Title::Bold } else { Title::Plain })
}

/// The guest's name as the line reporting the meeting gives it ("Ines Albarran" of "This week
/// we spoke to Ines Albarran, who…"), if the paragraph reports one.
pub fn met_person(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    (0..words.len()).find_map(|i| {
        let phrase = MET.iter().find(|phrase| {
            let n = phrase.split_whitespace().count();
            let said = lower.get(i..i + n).map(|w| w.join(" "));
            // The last word of the phrase runs on into the name, unpunctuated.
            said.is_some_and(|s| s == **phrase) && trim_word(words[i + n - 1]) == words[i + n - 1]
        })?;
        name_after(&words[i + phrase.split_whitespace().count()..])
    })
}

/// The capitalised run after a few lowercase role words, up to its first punctuation.
fn name_after(words: &[&str]) -> Option<String> {
    let start = words
        .iter()
        .take(MAX_ROLE_WORDS + 1)
        .position(|w| name_cased(w))?;
    let mut name = Vec::new();
    for word in &words[start..] {
        let bare = trim_word(word);
        let particle = !name.is_empty() && NAME_PARTICLES.contains(&bare);
        if !(name_cased(bare) || particle) {
            break;
        }
        name.push(bare);
        if bare != *word && !word.ends_with('\'') {
            break;
        }
    }
    while name.last().is_some_and(|w| NAME_PARTICLES.contains(w)) {
        name.pop();
    }
    (name.len() >= MIN_NAME_WORDS).then(|| name.join(" "))
}

/// Keeps only the interview's section of a newsletter in `paras`, the other sections dropped;
/// the section's heading, not the newsletter's, becomes the headline of `head`. Nothing
/// changes in a file that is no roundup.
pub fn keep_interview_section(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>, head: &mut Head) {
    if let Some((title, line)) = interview_section(paras, dropped) {
        (head.title, head.title_line) = (Some(title), Some(line));
    }
}

/// Keeps only the interview's section (see [`keep_interview_section`]); returns the section's
/// heading and its line.
fn interview_section(paras: &mut Vec<Para>, dropped: &mut Vec<Dropped>) -> Option<(String, usize)> {
    let (heading, level) = interview_heading(paras)?;
    // A plain line is a section's title only under another one heading a section of prose.
    let section = |k: usize| {
        level.tops(&paras[k].text)
            && (level != Title::Plain
                || paras
                    .get(k + 1)
                    .is_some_and(|p| words(&p.text) > MAX_SECTION_TITLE_WORDS))
    };
    if !(0..heading).any(section) {
        return None;
    }
    let end = section_end(paras, heading, level);
    let drop = |p: Para| Dropped {
        line: p.line,
        text: p.text,
        reason: Clutter::OtherSection,
    };
    dropped.extend(paras.drain(end..).map(drop));
    dropped.extend(paras.drain(..heading).map(drop));
    let head = paras.remove(0);
    let title = head.text.trim_start_matches('#').trim();
    let title = title.trim_matches(['*', '_']).trim().to_string();
    dropped.push(Dropped {
        line: head.line,
        text: head.text,
        reason: Clutter::SectionTitle,
    });
    Some((title, head.line))
}

/// The index and level of the heading over the line that names the guest, when questions
/// follow that line.
fn interview_heading(paras: &[Para]) -> Option<(usize, Title)> {
    let met = paras.iter().position(|p| {
        section_title(&p.text).is_none()
            && !asks_something(&p.text)
            && met_person(&p.text).is_some()
    })?;
    let asked_after = paras[met + 1..].iter().any(|p| asks_something(&p.text));
    let heading = (1..=MAX_HEADING_DISTANCE)
        .filter_map(|d| met.checked_sub(d))
        .find(|&k| section_title(&paras[k].text).is_some())?;
    let level = section_title(&paras[heading].text)?;
    let plain = |p: &Para| !asks_something(&p.text);
    (asked_after && paras[heading..met].iter().all(plain)).then_some((heading, level))
}

/// The index of the first heading of `level` or above after the interview's heading after
/// which nothing asks: no `?` and, when the interview's questions are set in bold, no bold
/// prompt ("**Favourite tool**"); the end of `paras` when there is none. Where the sections'
/// titles are in bold themselves, only a `?` asks.
fn section_end(paras: &[Para], heading: usize, level: Title) -> usize {
    let top = |p: &Para| level.tops(&p.text);
    let questions = paras[heading + 1..]
        .iter()
        .filter(|p| asks_something(&p.text));
    let bold_cue = level != Title::Bold
        && questions.clone().count() > 0
        && questions.into_iter().all(|p| is_bold(&p.text));
    let prompt = |p: &Para| asks_something(&p.text) || (bold_cue && is_bold(&p.text));
    let mut end = paras.len();
    for k in (heading + 1..paras.len()).rev() {
        if prompt(&paras[k]) {
            break;
        }
        if top(&paras[k]) {
            end = k;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn the_writers_meeting_names_the_guest() {
        let cases = [
            (
                "This week we spoke to Ines Albarran, who mends nets.",
                "Ines Albarran",
            ),
            (
                "We talked with the net maker Ines Albarran.",
                "Ines Albarran",
            ),
            ("Conversamos con Julián Ortega, relojero.", "Julián Ortega"),
            ("Falámos com Rui de Souza sobre o porto.", "Rui de Souza"),
        ];
        for (text, name) in cases {
            assert_eq!(met_person(text).as_deref(), Some(name), "{text}");
        }
        assert_eq!(met_person("Ana Ruiz spoke with Tom Hale."), None);
        assert_eq!(met_person("We spoke to the council about it."), None);
        assert_eq!(met_person("We spoke to, well, Ines Albarran."), None);
    }

    const ISSUE: &[&str] = &[
        "Welcome back. Captain Luis Ferro says the pontoon opens in April.",
        "## Ferry timetable",
        "The first boat now leaves at seven.",
        "## Five questions for a net maker",
        "We talked with Ines Albarran, who mends nets on the quay.",
        "**How did you start?**",
        "My uncle handed me a needle.",
        "## Early years",
        "**And school?**",
        "I left it at fourteen.",
        "## Events this week",
        "The choir sings on Friday, five euros at the door.",
        "## Letters",
        "Thank you for your letters.",
    ];

    #[test]
    fn only_the_interviews_section_of_a_newsletter_stays() {
        let mut issue = paras(ISSUE);
        let mut dropped = Vec::new();
        let heading = interview_section(&mut issue, &mut dropped);
        assert_eq!(heading, Some(("Five questions for a net maker".into(), 7)));
        let kept: Vec<&str> = issue.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(kept, ISSUE[4..10]);
        let others = dropped.iter().filter(|d| d.reason == Clutter::OtherSection);
        assert_eq!(others.count(), 7);
    }

    #[test]
    fn an_interview_alone_under_its_heading_is_kept_whole() {
        let text = &ISSUE[3..10];
        let mut alone = paras(text);
        let mut dropped = Vec::new();
        assert_eq!(interview_section(&mut alone, &mut dropped), None);
        assert_eq!(alone.len(), text.len());
        // No line naming whom the writers met: a newsletter's sections are left alone.
        let mut issue = paras(ISSUE);
        issue[4].text = "Ines Albarran mends nets on the quay.".into();
        assert_eq!(interview_section(&mut issue, &mut dropped), None);
        assert!(dropped.is_empty());
    }

    #[test]
    fn sections_titled_in_bold_or_plain_lines_are_read_as_headings() {
        let bold: Vec<String> = ISSUE
            .iter()
            .map(|t| match t.strip_prefix("## ") {
                Some(title) => format!("**{title}**"),
                None => t.replace("**", ""),
            })
            .collect();
        let plain: Vec<String> = (ISSUE.iter())
            .map(|t| t.trim_start_matches("## ").replace("**", ""))
            .collect();
        for issue in [bold, plain] {
            let texts: Vec<&str> = issue.iter().map(String::as_str).collect();
            let mut body = paras(&texts);
            let mut dropped = Vec::new();
            let heading = interview_section(&mut body, &mut dropped);
            assert_eq!(heading, Some(("Five questions for a net maker".into(), 7)));
            let kept: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(kept, texts[4..10], "{texts:?}");
        }
    }

    #[test]
    fn a_short_plain_line_over_no_prose_makes_no_newsletter() {
        let post = [
            "Ana Ruiz",
            "Harbour pilot",
            "We talked with Ana Ruiz, who brings the ferries in.",
            "How was the winter?",
            "Long, and the huts were full.",
        ];
        let mut body = paras(&post);
        let mut dropped = Vec::new();
        assert_eq!(interview_section(&mut body, &mut dropped), None);
        assert_eq!(body.len(), post.len());
    }

    #[test]
    fn a_blogs_interview_under_its_own_headings_is_no_newsletter() {
        let post = [
            "## The interview",
            "I spoke with Ana Ruiz about the season.",
            "**How was the winter?**",
            "Long, and the huts were full.",
            "## Lightning round",
            "**Favourite tool**",
            "Ice axe.",
        ];
        let mut body = paras(&post);
        let mut dropped = Vec::new();
        assert_eq!(interview_section(&mut body, &mut dropped), None);
        assert_eq!(body.len(), post.len());
        // Under a newsletter's earlier section, the lightning round still belongs to it.
        let mut issue = paras(&[&["## Harbour news", "The crane is fixed."], &post[..]].concat());
        assert!(interview_section(&mut issue, &mut dropped).is_some());
        assert_eq!(issue.last().map(|p| p.text.as_str()), Some("Ice axe."));
    }
}
