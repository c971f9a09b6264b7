//! How one file was read: the parsed [`Interview`] plus what the parser saw on the way (the
//! layout it recognised, the line of every passage, where the names came from, what it dropped
//! as clutter). `index --explain` renders it (see [`super::explain`]); the index only needs the
//! interview.

use std::fmt;

use super::Interview;

/// Why a text is not a valid interview, with the 1-based line to look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Line in the file (front matter included).
    pub line: usize,
    /// What is wrong and how to fix it.
    pub reason: String,
}

impl ParseError {
    pub(super) fn new(line: usize, reason: impl Into<String>) -> ParseError {
        ParseError {
            line,
            reason: reason.into(),
        }
    }
}

/// A paragraph of the body: title and clutter already removed.
#[derive(Debug, Clone)]
pub struct Para {
    /// The paragraph as written.
    pub text: String,
    /// Its first line in the file.
    pub line: usize,
    /// Page furniture (an advertisement, a separator, a "Read more" line) stands right before
    /// it: publishers put those between turns, so a prompt may start here.
    pub after_break: bool,
    /// Of that furniture, a separator ("* * *") stood right before it: the writer may part
    /// an answer with one (a poem's title after it, then the poem), where an advertisement
    /// or a "Read more" line is only the page's.
    pub after_separator: bool,
    /// Set as a Markdown blockquote (`> …`, markers removed from `text`): under the headline,
    /// a standfirst, which belongs to the introduction.
    pub quoted: bool,
    /// Starts on the line right under the previous paragraph, no blank line between: a file
    /// setting each exchange as one block puts the answer there, under its prompt.
    pub under_previous: bool,
}

/// The parsed interview and the evidence behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// The interview as the index sees it.
    pub interview: Interview,
    /// The publishing layout recognised; it decides what starts a question.
    pub layout: Layout,
    /// Line of the title in the text, `None` when the title comes from the front matter or the id.
    pub title_line: Option<usize>,
    /// Line of each introduction paragraph, parallel to [`Interview::intro`].
    pub intro_lines: Vec<usize>,
    /// Lines of each turn: the question's first line and each answer paragraph's line.
    pub turn_lines: Vec<TurnLines>,
    /// Where the interviewee's name came from.
    pub interviewee_source: NameSource,
    /// Where the interviewer's name came from.
    pub interviewer_source: NameSource,
    /// The speaker labels found, with the role the file gives them.
    pub speakers: Vec<Speaker>,
    /// Lines that are not quotable, in file order.
    pub dropped: Vec<Dropped>,
    /// Slips read past instead of refusing the file (an answer label before any question):
    /// line and what was done.
    pub repairs: Vec<(usize, String)>,
}

/// Lines of one question and its answer paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TurnLines {
    /// Line where the question starts.
    pub question: usize,
    /// Line of each answer paragraph, parallel to [`super::Turn::answer`].
    pub answer: Vec<usize>,
}

/// What told the parser where a question starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Speaker labels (`Q:`/`A:`, `P:`/`R:`, names, outlets) open the turns.
    Labels,
    /// Spanish dialogue dashes: "—¿…?" questions and "—…" answers take turns.
    DialogueDashes,
    /// Markdown headings are the questions.
    Headings,
    /// Paragraphs set in bold are the questions.
    Bold,
    /// Questions open with words in capitals ("WHAT HAPPENED next…").
    CapsLeadIn,
    /// No typography: short paragraphs ending with `?`, and short prompts between answers.
    QuestionMarks,
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Layout::Labels => "speaker labels",
            Layout::DialogueDashes => "dialogue dashes (—¿…? / —…)",
            Layout::Headings => "questions as headings",
            Layout::Bold => "questions in bold",
            Layout::CapsLeadIn => "questions opening in capitals",
            Layout::QuestionMarks => {
                "plain text: short paragraphs ending with '?' and short prompts between answers"
            }
        })
    }
}

/// Where a name shown to people came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameSource {
    /// The front matter says so.
    FrontMatter,
    /// A speaker label, first seen on this line.
    Label { line: usize },
    /// A byline ("By …", "Por …"), on this line.
    Byline { line: usize },
    /// The headline ("Name: “…”" or "“…”, says Name").
    Title,
    /// A credit line ("Guest: Name, role"), on this line.
    Credit { line: usize },
    /// The person the title and introduction name ("… spoke to Ana Ruiz, the engineer …").
    Introduction,
    /// Nowhere: renderers fall back to a neutral word.
    Unknown,
}

impl fmt::Display for NameSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameSource::FrontMatter => f.write_str("front matter"),
            NameSource::Label { line } => write!(f, "speaker label, line {line}"),
            NameSource::Byline { line } => write!(f, "byline, line {line}"),
            NameSource::Title => f.write_str("headline"),
            NameSource::Credit { line } => write!(f, "credit line, line {line}"),
            NameSource::Introduction => f.write_str("named in the title or introduction"),
            NameSource::Unknown => f.write_str("not found"),
        }
    }
}

/// A speaker label as written in the file, and whose it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The label without its colon, as first written.
    pub label: String,
    /// Whether it opens questions or answers.
    pub role: Role,
    /// How many paragraphs carry it.
    pub count: usize,
    /// Line of its first use.
    pub line: usize,
}

/// The two sides of an interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Asks the questions.
    Interviewer,
    /// Is quoted.
    Interviewee,
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Role::Interviewer => "interviewer",
            Role::Interviewee => "interviewee",
        })
    }
}

/// A line that is kept out of the passages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// Line in the file.
    pub line: usize,
    /// The line as written.
    pub text: String,
    /// Why it is not quotable.
    pub reason: Clutter,
}

/// Kinds of page furniture and other unquotable lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clutter {
    /// The headline repeated under the title.
    RepeatedHeadline,
    /// A section word or rubric above the headline ("HEALTH", "INTERVIEW · SUPPLY CHAINS").
    Kicker,
    /// "By …", "Por …", "Interview by …".
    Byline,
    /// A line that only gives a date or a time.
    Date,
    /// "* * *", "- - - -", "— — —".
    Separator,
    /// A line that is only a stage direction: "[laughter]", "(Risas)".
    StageDirection,
    /// A line that is only a timestamp: "[00:14:32]".
    Timestamp,
    /// "Photo: …", an image, a credit.
    PhotoCredit,
    /// "Share", "Subscribe", "Read more: …", "Advertisement" and their translations.
    PageFurniture,
    /// An italic note by the editors after the interview.
    EditorsNote,
    /// "Right.", "Mm-hm." said by the interviewer in the middle of an answer.
    Interjection,
    /// A sentence of the text repeated in large type, in quotes, as a page ornament.
    PullQuote,
    /// A heading that names a section of the conversation instead of asking.
    SectionTitle,
    /// A shortcode of the publishing tool (`{{< figure … >}}`, `[caption …]`).
    Markup,
    /// Matter after the last answer: a highlights or related list, an address, a promotion.
    AfterInterview,
    /// "Guest: Name, role", "Host: Name": a show page's line naming who speaks.
    Credit,
    /// A phrase in bold under the headline, no sentence.
    Subtitle,
    /// A follow-up question the reply shows was never answered ("[not asked]", "[inaudible]").
    Unanswered,
    /// A record's field above the conversation: `**Modalidad:** Presencial`, `**Local:** Braga`.
    Field,
    /// "Yeah." said to an interviewer's remark that asked nothing: the conversation goes on,
    /// and the remark leads into the next question.
    Backchannel,
    /// The last question, with nothing after it: the page was cut (or saved) before its answer.
    CutOff,
    /// Text run into a speaker label (`photo-2Q:`), such as an image's file name.
    GluedToLabel,
    /// A paragraph the page printed twice, word for word: the copy is not quoted again.
    Duplicate,
    /// The first letters of a speaker label the end of the text cut off ("V. G").
    CutLabel,
    /// A show's hosts talking among themselves, not to the guest (the welcome, a sponsor).
    HostsTalk,
    /// "Read the interview below:": a clause above the first question saying only that
    /// questions follow.
    LeadIn,
    /// The headline of the next questionnaire on the page, the file's headline with another
    /// name.
    NextHeadline,
    /// A site's tagline or sponsors' line above the post's date and headline.
    SiteHeader,
    /// Another section of the newsletter or roundup that prints the interview as one of its
    /// sections (the week's events, readers' letters).
    OtherSection,
    /// A transcript's cover page in capitals, above the conversation.
    CoverPage,
}

impl fmt::Display for Clutter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Clutter::RepeatedHeadline => "headline repeating the title",
            Clutter::Kicker => "kicker (rubric above the headline)",
            Clutter::Byline => "byline",
            Clutter::Date => "date line",
            Clutter::Separator => "separator",
            Clutter::StageDirection => "stage direction",
            Clutter::Timestamp => "timestamp",
            Clutter::PhotoCredit => "photo or credit",
            Clutter::PageFurniture => "page furniture (share, subscribe, read more, advertisement)",
            Clutter::EditorsNote => "editors' note",
            Clutter::Interjection => "interviewer's interjection inside an answer",
            Clutter::PullQuote => "pull quote repeating a sentence of the text",
            Clutter::SectionTitle => "section title (a heading that does not ask)",
            Clutter::Markup => "markup of the publishing tool (shortcode)",
            Clutter::AfterInterview => "after the last answer (not part of the conversation)",
            Clutter::Credit => "credit line naming a speaker (guest, host)",
            Clutter::Subtitle => "subtitle under the headline",
            Clutter::Unanswered => "follow-up question without an answer",
            Clutter::Field => "field of the interview record (key: value)",
            Clutter::Backchannel => "one-word reply to a remark that asked nothing",
            Clutter::CutOff => "last question without an answer (the text was cut after it)",
            Clutter::GluedToLabel => "text run into a speaker label (an image's name?)",
            Clutter::Duplicate => "paragraph printed twice (the copy)",
            Clutter::CutLabel => "speaker label cut by the end of the text",
            Clutter::HostsTalk => "the hosts talking among themselves, not to the guest",
            Clutter::LeadIn => "lead-in announcing the interview",
            Clutter::NextHeadline => "headline of the next questionnaire on the page",
            Clutter::SiteHeader => "the site's header above the post's date",
            Clutter::OtherSection => "another section of the newsletter around the interview",
            Clutter::CoverPage => "cover page of a transcript (set in capitals)",
        })
    }
}
