//! A Markdown list inside an answer ("Three things went wrong:" / "- the roof" / "- the
//! heating" / "- the volunteers"): each item on its own line, so the items come apart as
//! paragraphs of a word or three, quoted alone ("- the roof" says nothing). A list belongs to
//! the paragraph announcing it, as the sentence it completes; a list nothing announces is one
//! paragraph of its own.

use super::cues::{asks_something, words};
use super::label_heads::join_label_heads;
use super::list_bullet::bullet_body;
use super::markup::question_number;
use super::reading::Para;

/// A list has this many items at least: one line opened by a dash is a dialogue turn or an
/// aside.
const MIN_ITEMS: usize = 2;

/// A paragraph announcing a list is longer than this many words: a line as short ending with
/// a colon is a questionnaire's field ("Favourite books:"), a prompt whose answer is the list.
const MAX_FIELD_WORDS: usize = 5;

/// Joins each run of list items to the paragraph announcing it (ending with a colon), or,
/// with nothing announcing it, the items of a list of fragments (no item ends a sentence) to
/// one another. An item that asks is a question, and ends the run, unless the sentence
/// announcing the list has the bulleted items typed right under it ("Questions I would like
/// studied:" / "- Who reviews?" / "- Who decides?"): they are the questions it lists. Then
/// a topic label heading a paragraph or list inside an answer joins it ([`join_label_heads`]).
pub fn join_marked_lists(paras: &mut Vec<Para>) {
    join_lists(paras);
    join_label_heads(paras);
}

fn join_lists(paras: &mut Vec<Para>) {
    let mut i = 0;
    while i < paras.len() {
        let announced = i > 0 && announces(&paras[i - 1].text);
        let listed_question =
            |p: &Para| announced && p.under_previous && bullet_body(&p.text).is_some();
        let items = paras[i..]
            .iter()
            .take_while(|p| {
                item_body(&p.text).is_some() && (!asks_something(&p.text) || listed_question(p))
            })
            .count();
        if items < MIN_ITEMS {
            i += 1;
            continue;
        }
        let fragments = paras[i..i + items].iter().all(|p| !ends_sentence(&p.text));
        if !announced && !fragments {
            i += items;
            continue;
        }
        let run: Vec<Para> = paras.drain(i..i + items).collect();
        let joined = joined_items(&run);
        if announced {
            let open = &mut paras[i - 1];
            open.text.push(' ');
            open.text.push_str(&joined);
        } else {
            let first = run.into_iter().next();
            if let Some(mut first) = first {
                first.text = joined;
                paras.insert(i, first);
                i += 1;
            }
        }
    }
}

/// A line opened by a bullet and a space ("- the roof", "* two saws", "• a kiln").
pub fn is_bulleted(text: &str) -> bool {
    bullet_body(text).is_some()
}

/// A paragraph as it is quoted: without the bullet of a list item left on a paragraph of its
/// own (a long item nothing joined, "* It keeps the harbour open."), a mark of the layout
/// rather than of the speaker's words. Kept on the paragraph while the file is read: a list
/// after the last question tells a closing list from an answer (`tail`).
pub fn without_bullet(text: &str) -> &str {
    bullet_body(text).unwrap_or(text)
}

/// The paragraphs' texts as they are quoted ([`without_bullet`]).
pub fn quoted_texts(paras: &[(String, usize)]) -> Vec<String> {
    paras
        .iter()
        .map(|(text, _)| without_bullet(text).to_string())
        .collect()
}

/// The item's text after its bullet, or the whole item when a number opens it ("2. The
/// heating failed."): the number reads as part of the list. `None` for other paragraphs.
fn item_body(text: &str) -> Option<&str> {
    bullet_body(text).or_else(|| question_number(text).map(|_| text))
}

/// A paragraph ending with a colon, long enough to be a sentence rather than a field, and no
/// list item itself.
fn announces(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with(':') && words(text) > MAX_FIELD_WORDS && item_body(text).is_none()
}

/// The marks ending an item that is a sentence: not the `*` closing a bold fragment
/// ("- **cost**") nor an apostrophe, which end words as often as quotes.
const SENTENCE_ENDS: [char; 8] = ['.', '!', '?', '…', '"', '”', '»', ')'];

fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with(SENTENCE_ENDS)
}

/// The items in one run of text, bullets removed; an item without its own closing mark is
/// set off from the next with a semicolon, as a list run into a sentence is written.
fn joined_items(run: &[Para]) -> String {
    let bodies: Vec<&str> = run.iter().filter_map(|p| item_body(&p.text)).collect();
    let last = bodies.len().saturating_sub(1);
    let mut out = String::new();
    for (k, body) in bodies.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(body.trim_end());
        let marked = body
            .trim_end()
            .ends_with(['.', '!', '?', '…', ';', ',', ':']);
        if k < last && !marked {
            out.push(';');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    fn texts(body: &[Para]) -> Vec<&str> {
        body.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn a_list_joins_the_paragraph_announcing_it() {
        let mut body = paras(&[
            "Which tools came first?",
            "We bought what the old workshop could not lend us:",
            "- a lathe",
            "- two saws",
            "* a kiln for the glaze",
            "It took a year.",
        ]);
        join_marked_lists(&mut body);
        assert_eq!(
            texts(&body),
            [
                "Which tools came first?",
                "We bought what the old workshop could not lend us: a lathe; two saws; a kiln \
                 for the glaze",
                "It took a year."
            ]
        );
        let mut numbered = paras(&[
            "Three things went wrong in the first winter of the school:",
            "1. The roof leaked.",
            "2. The stove failed.",
        ]);
        join_marked_lists(&mut numbered);
        assert_eq!(
            texts(&numbered),
            [
                "Three things went wrong in the first winter of the school: 1. The roof leaked. \
              2. The stove failed."
            ]
        );
    }

    #[test]
    fn questions_listed_right_under_their_announcing_sentence_join_it() {
        let mut body = paras(&[
            "Why a survey of the volunteers?",
            "Because some things I would still like the guild to find out:",
            "- Who repairs the nets?",
            "- Who pays for the rope?",
            "Nobody has asked them yet.",
        ]);
        for item in &mut body[2..4] {
            item.under_previous = true;
        }
        join_marked_lists(&mut body);
        assert_eq!(
            texts(&body),
            [
                "Why a survey of the volunteers?",
                "Because some things I would still like the guild to find out: Who repairs \
                 the nets? Who pays for the rope?",
                "Nobody has asked them yet."
            ]
        );
        // Set apart from the sentence (a blank line between), they ask on their own.
        let mut apart = paras(&[
            "Here is what the two of us talked about that evening:",
            "- Who repairs the nets?",
            "- Who pays for the rope?",
        ]);
        join_marked_lists(&mut apart);
        assert_eq!(apart.len(), 3);
    }

    #[test]
    fn a_list_nothing_announces_is_one_paragraph_of_fragments() {
        let mut body = paras(&["Why?", "- cost", "- distance", "Both matter."]);
        join_marked_lists(&mut body);
        assert_eq!(texts(&body), ["Why?", "cost; distance", "Both matter."]);
    }

    #[test]
    fn bold_items_nothing_announces_are_fragments_too() {
        let mut body = paras(&[
            "Why?",
            "- the **cost**",
            "- the **distance**",
            "Both matter.",
        ]);
        join_marked_lists(&mut body);
        assert_eq!(body.len(), 3);
    }

    #[test]
    fn a_quoted_item_keeps_its_words_not_its_bullet() {
        assert_eq!(
            without_bullet("* It keeps the harbour open."),
            "It keeps the harbour open."
        );
        assert_eq!(without_bullet("+ Two boats."), "Two boats.");
        assert_eq!(without_bullet("* * *"), "* * *");
        assert_eq!(
            without_bullet("-3 degrees at night."),
            "-3 degrees at night."
        );
    }

    #[test]
    fn long_items_nothing_joins_are_quoted_without_their_bullets() {
        let text = "Mara Quist has run the harbour of Porto Novo for twenty years.\n\n\
                    - She rebuilt the breakwater after the storm, with the fishermen's money.\n                    - She won a coastal prize in 2019 for the new ferry pier.\n\n\
                    Q: Why should a town keep its harbour?\n\n\
                    A: I can give you three reasons, and I give them every winter.\n\n\
                    * It is where the boats wait out a storm instead of sinking at anchor.\n                    * It is where the ferry brings the doctor every second Tuesday.\n                    + It is where the children learn to swim, right off the old pier.\n\n\
                    Q: And the cost?\n\nA: Less than one bad storm, every single year.\n";
        let interview = crate::corpus::read("t", text).expect("parses").interview;
        let answer = &interview.turns[0].answer;
        assert_eq!(answer.len(), 4, "{answer:?}");
        assert!(answer[1].starts_with("It is where the boats"), "{answer:?}");
        assert!(
            answer[3].starts_with("It is where the children"),
            "{answer:?}"
        );
        let intro = &interview.intro;
        assert!(intro.iter().any(|p| p.starts_with("She won")), "{intro:?}");
    }

    #[test]
    fn dialogue_turns_fields_and_questions_are_no_list() {
        // Dashed turns of a dialogue end their sentences and ask.
        let dialogue = [
            "—¿Dónde nació?",
            "—En la costa.",
            "—Hábleme de su padre.",
            "—Era pescador.",
        ];
        let mut body = paras(&dialogue);
        join_marked_lists(&mut body);
        assert_eq!(texts(&body), dialogue);
        let hyphens = ["- Where were you born?", "- By the sea.", "- And then?"];
        let mut body = paras(&hyphens);
        join_marked_lists(&mut body);
        assert_eq!(texts(&body), hyphens);
        // A questionnaire's field keeps its answer apart.
        let field = ["Favourite books:", "- Moby-Dick.", "- Middlemarch."];
        let mut body = paras(&field);
        join_marked_lists(&mut body);
        assert_eq!(texts(&body), field);
        // Numbered questions stay questions.
        let questions = ["1. Why clay?", "2. Why now?"];
        let mut body = paras(&questions);
        join_marked_lists(&mut body);
        assert_eq!(texts(&body), questions);
    }
}
