//! Who asks, who answers and what the people are called, in layouts as they are published:
//! a podcast with two hosts and a guest, names in the introduction next to a work's title or
//! with a middle initial, a headline pasted on one line with its byline. Each text is a small
//! interview written for these tests.

use interview_bot::corpus::import::{import_page, PageKind};
use interview_bot::corpus::{self, Interview};

fn parsed(id: &str, text: &str) -> Interview {
    corpus::parse(id, text).unwrap_or_else(|e| panic!("{id}: line {}: {}", e.line, e.reason))
}

/// Every answer paragraph of the interview, in order.
fn answers(interview: &Interview) -> Vec<&str> {
    interview
        .turns
        .iter()
        .flat_map(|t| t.answer.iter().map(String::as_str))
        .collect()
}

/// Two hosts take turns asking; the guest is the one their questions lead to. The first host
/// opens with a welcome (no headline), the second host's questions are questions, and a host
/// cheering the guest on mid-story does not cut the answer in two.
const TWO_HOSTS: &str = "\
**Nadia Brook:** Hello and welcome to Bench Notes. This week we talk to Lucia Ferrand, who \
repairs church organs. Before that, a word about our sponsor, a shop that sells glue.

Their glue holds everything. Go to their site and use our code for a discount.

**Owen Tull:** Lucia, welcome!

**Lucia Ferrand:** Thank you both, it is lovely to be here.

**Nadia Brook:** How does an organ end up on your bench?

**Lucia Ferrand:** Usually in pieces, in a van, after a parish has saved for ten years.

**Owen Tull:** And what breaks first?

**Lucia Ferrand:** The leather. Every valve has a little leather flap, and it dries out.

**Nadia Brook:** Can you walk us through your very first repair, back when you started?

**Lucia Ferrand:** Oh, gladly. First, a confession.

**Nadia Brook:** Great! Go on.

**Lucia Ferrand:** I glued a pipe upside down, and the whole village heard it on Sunday.

**Owen Tull:** You trained in Leipzig, right?

**Lucia Ferrand:** For three winters, in a workshop with no heating at all.
";

#[test]
fn two_hosts_ask_and_the_guest_their_questions_lead_to_answers() {
    let interview = parsed("bench-notes-42", TWO_HOSTS);
    assert_eq!(
        interview.title, "bench-notes-42",
        "a host's turn is no headline"
    );
    only_the_guest_answers(&interview);
    // The hosts' talk before the guest's first words introduces the show; the guest answers
    // the last host turn before them.
    assert_eq!(interview.intro.len(), 2, "{:?}", interview.intro);
    assert_eq!(interview.turns[0].question, "Lucia, welcome!");
    let imported = import_page(PageKind::Markdown, TWO_HOSTS).expect("the page imports");
    only_the_guest_answers(&parsed("imported", &imported.text));
}

/// The guest answers every question, each paired with its own reply.
fn only_the_guest_answers(interview: &Interview) {
    assert_eq!(interview.interviewee(), "Lucia Ferrand");
    let said = answers(interview);
    for host_words in ["welcome", "what breaks", "glue holds", "Go on", "Leipzig"] {
        assert!(
            said.iter().all(|a| !a.contains(host_words)),
            "a host's words quoted as an answer: {host_words:?} in {said:?}"
        );
    }
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert!(
        questions.contains(&"And what breaks first?"),
        "{questions:?}"
    );
    let first_repair = interview
        .turns
        .iter()
        .find(|t| t.question.starts_with("Can you walk us through"))
        .expect("the question about the first repair");
    assert_eq!(
        first_repair.answer,
        [
            "Oh, gladly. First, a confession.",
            "I glued a pipe upside down, and the whole village heard it on Sunday."
        ]
    );
}

/// A Markdown page as a blog writes it: a setext headline, full bold names on the first
/// exchange then initials, an answer made mostly of links, a list of links the answer
/// announces, and the links' definitions at the bottom.
const LINKED_PAGE: &str = "\
Repairing tide clocks by hand
=============================

Ines Vale restores the clocks harbours used before radio.

**Tom Achebe:** Who are you, and what do you do?

**Ines Vale:** I'm [Ines Vale](https://example.org/iv \"Her page\"). I run the [Harbour Clock Workshop][hcw].

**TA:** What do you use at the bench?

**IV:** Old tools, mostly. These never leave the bench:

1. [Loupe][]
2. [Oiler][] (for pivots)

The rest lives in drawers.

**TA:** What would you change?

**IV:** More daylight in the workshop, and fewer visitors at noon.

[hcw]: https://example.org/hcw
[Loupe]: https://example.org/loupe
[Oiler]: https://example.org/oiler
";

#[test]
fn an_imported_page_keeps_its_headline_full_names_and_linked_answers() {
    let imported = import_page(PageKind::Markdown, LINKED_PAGE).expect("the page imports");
    let interview = parsed("tide-clocks", &imported.text);
    assert_eq!(interview.title, "Repairing tide clocks by hand");
    assert_eq!(interview.interviewee(), "Ines Vale");
    assert_eq!(
        interview.metadata.interviewer.as_deref(),
        Some("Tom Achebe")
    );
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert_eq!(
        questions,
        [
            "Who are you, and what do you do?",
            "What do you use at the bench?",
            "What would you change?"
        ]
    );
    assert_eq!(
        interview.turns[0].answer,
        ["I'm Ines Vale. I run the Harbour Clock Workshop."]
    );
    assert_eq!(
        interview.turns[1].answer,
        [
            "Old tools, mostly. These never leave the bench:",
            "Loupe",
            "Oiler (for pivots)",
            "The rest lives in drawers."
        ]
    );
}

/// A headline copied with the standfirst, kicker, byline and dateline the page set under it,
/// all on one line, then dialogue dashes.
const PASTED_HEADLINE: &str = "\
Lea Ortiz: «Escribo sobre barcos viejos» Lea Ortiz firma hoy su novela en el puerto. Novelista \
La autora vuelve a Vigo con 'El casco' MARTA SOLER VIGO. Lunes, 3 mayo 2021, 09:15

Lea Ortiz lleva diez años escribiendo sobre astilleros.

- ¿Por qué barcos?

- Porque mi abuelo los calafateaba y yo lo miraba.

- ¿Y después?

- Después vinieron las novelas, una por invierno.
";

#[test]
fn a_pasted_headline_is_cut_at_its_quote_and_its_byline_names_the_interviewer() {
    let interview = parsed("ortiz", PASTED_HEADLINE);
    assert_eq!(interview.title, "Lea Ortiz: «Escribo sobre barcos viejos»");
    assert_eq!(interview.interviewee(), "Lea Ortiz");
    assert_eq!(
        interview.metadata.interviewer.as_deref(),
        Some("Marta Soler")
    );
    assert_eq!(interview.turns.len(), 2);
}

/// Names in the introduction: a middle initial belongs to the name.
#[test]
fn a_middle_initial_stays_in_the_interviewees_name() {
    let text = "Q&A with Rosa M. Quintal\n\nRosa M. Quintal writes about lighthouses.\n\n\
                Q: Why lighthouses?\n\nA: My father kept one.\n\nQ: And now?\n\nA: I visit them.";
    assert_eq!(parsed("quintal", text).interviewee(), "Rosa M. Quintal");
}
