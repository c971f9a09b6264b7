//! Browsing an archive of interviews: `/interviews` lists them (newest first, a page of buttons
//! at a time), a chat picks one (a button or `/use <id>`), and its questions, `/topics`,
//! `/random` and `/about` are then about that interview only, until `/use all`. The choice is a
//! chat setting in the state store, so it survives restarts; cards name it ("in: <title>").
//!
//! An interview and its translations (`translation_of`) are one entry: picking it asks about
//! every version, so a question is still answered in its own language. With a single interview
//! there is nothing to choose: no "in:" line, no menu entries, and `/interviews` says so.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, ParseMode};

use super::archive::{
    find_interview, has_several, newest_first, original_of, pick_interview, versions_of, Pick,
};
use super::callback::Action;
use super::delivery::is_not_modified;
use super::reply::{answer_press, HandlerResult, Reply};
use super::state::AppState;
use crate::corpus::{interview_code, Corpus, Passage};
use crate::render::browse::{self as render, ListTexts, ListedInterview, Page};
use crate::render::telegram::fill;
use crate::search::Scope;
use crate::texts::Strings;

pub use super::archive::inline_scope;

/// Interviews per page of `/interviews`: a phone shows this many buttons without scrolling.
const PAGE_SIZE: usize = 6;

/// Whether there is an archive to browse (more than one interview, translations aside).
pub fn is_archive(state: &AppState) -> bool {
    has_several(state.engine.corpus())
}

/// The interview a chat picked, as an index in the corpus (an original, not a translation);
/// `None` for the whole corpus (also when its interview was removed from the archive, or there
/// is only one).
pub fn chosen(state: &AppState, chat: i64) -> Option<usize> {
    if !is_archive(state) {
        return None;
    }
    let settings = state
        .store
        .chat_settings(chat)
        .inspect_err(|error| tracing::warn!(%error, "cannot read a chat's settings"))
        .ok()?;
    let id = settings.interview?;
    let corpus = state.engine.corpus();
    let found = corpus.interviews.iter().position(|i| i.id == id)?;
    Some(original_of(corpus, found))
}

/// What a chat's questions may quote: the chosen interview in every version, or everything.
pub fn scope(state: &AppState, chat: i64) -> Scope {
    let versions = chosen(state, chat).map(|i| versions_of(state.engine.corpus(), i));
    versions.map_or(Scope::All, Scope::only)
}

/// The card line naming the chat's chosen interview, if it chose one.
pub fn scope_line(state: &AppState, language: &str, chat: i64) -> Option<String> {
    let interview = &state.engine.corpus().interviews[chosen(state, chat)?];
    let template = &state.texts.get(language).card_scope;
    Some(render::scope_line(template, &interview.title))
}

/// A random answer paragraph within `scope` (`/random`: the interviewee's words, never the
/// publisher's introduction), without collecting the archive's passages.
pub fn random_passage<'c>(corpus: &'c Corpus, scope: &Scope) -> Option<&'c Passage> {
    let in_scope =
        || (corpus.passages.iter()).filter(|p| p.turn.is_some() && scope.includes(p.interview));
    let index = rand::random::<u64>() as usize % in_scope().count().max(1);
    in_scope().nth(index)
}

/// `/interviews`: the list at the page of the chat's choice (the first without one), or a
/// note that there is only one interview.
pub(super) async fn list(reply: &Reply<'_>) -> HandlerResult {
    let state = reply.state;
    if !is_archive(state) {
        return reply.text(only_one(state, reply.texts())).await;
    }
    let chat = reply.target.chat.0;
    let order = newest_first(state.engine.corpus());
    let at = chosen(state, chat).and_then(|i| order.iter().position(|&o| o == i));
    let (text, keyboard) = page(state, reply.texts(), chat, at.unwrap_or(0) / PAGE_SIZE);
    reply.send(text, Some(keyboard)).await
}

/// `/use <id>`, `/use <number in the list>`, `/use <interviewee>` and `/use all`. A person with
/// several interviews gets them as buttons to pick from.
pub(super) async fn use_command(reply: &Reply<'_>, argument: &str) -> HandlerResult {
    let (state, texts) = (reply.state, reply.texts());
    let chat = reply.target.chat.0;
    let argument = argument.trim();
    let text = if !is_archive(state) {
        only_one(state, texts)
    } else if argument.is_empty() {
        fill_example(state, &texts.use_usage)
    } else if argument.eq_ignore_ascii_case("all") {
        choose(state, texts, chat, None).await
    } else {
        match pick_interview(state.engine.corpus(), argument) {
            Pick::One(interview) => choose(state, texts, chat, Some(interview)).await,
            Pick::Unknown => fill_example(state, &texts.use_unknown),
            Pick::Several(found) => {
                let (text, keyboard) = several(state, texts, chat, argument, &found);
                return reply.send(text, Some(keyboard)).await;
            }
        }
    };
    reply.text(text).await
}

/// The interviews of one person, to pick from: the list's entries (with their numbers in the
/// whole list) and a button each.
fn several(
    state: &AppState,
    texts: &Strings,
    chat: i64,
    name: &str,
    found: &[usize],
) -> (String, InlineKeyboardMarkup) {
    let corpus = state.engine.corpus();
    let order = newest_first(corpus);
    let chosen = chosen(state, chat);
    let entries: Vec<ListedInterview<'_>> = (found.iter())
        .filter_map(|&i| order.iter().position(|&o| o == i))
        .filter_map(|position| listed(corpus, &order, position, 1, chosen).pop())
        .collect();
    let escaped = crate::render::telegram::escape(name);
    let header = fill(&texts.use_several, &[("name", &escaped)]);
    let at = Page {
        index: 0,
        count: 1,
        interviews: entries.len(),
    };
    let list_texts = ListTexts {
        header: &header,
        entry: &texts.interviews_entry,
    };
    let text = render::interview_list(&entries, at, list_texts);
    let rows = choice_rows(corpus, &order, &entries);
    (text, InlineKeyboardMarkup::new(rows))
}

/// Buttons of the list: another page (the list is edited in place) or a choice (confirmed by
/// a message below the list). The press is answered first, as Telegram expects.
pub(super) async fn on_button(
    reply: &Reply<'_>,
    query: &CallbackQuery,
    action: Action,
    message: &Message,
) -> HandlerResult {
    let (state, texts) = (reply.state, reply.texts());
    let expired = (!is_archive(state)).then_some(texts.button_expired.as_str());
    answer_press(reply.bot, query, expired).await?;
    if expired.is_some() {
        return Ok(());
    }
    let chat = message.chat.id;
    match action {
        Action::Interviews { page: number } => {
            let (text, keyboard) = page(state, texts, chat.0, number);
            let edited = reply
                .bot
                .call(|client| {
                    client
                        .edit_message_text(chat, message.id, text.clone())
                        .parse_mode(ParseMode::Html)
                        .reply_markup(keyboard.clone())
                })
                .await;
            match edited {
                Err(error) if !is_not_modified(&error) => Err(error.into()),
                _ => Ok(()),
            }
        }
        Action::Use { code } => {
            let corpus = state.engine.corpus();
            let text = match code.as_deref().map(|code| find_interview(corpus, code)) {
                Some(None) => texts.button_expired.clone(),
                Some(found) => choose(state, texts, chat.0, found).await,
                None => choose(state, texts, chat.0, None).await,
            };
            reply.text(text).await
        }
        _ => Ok(()),
    }
}

/// Saves a chat's choice and says what it means; a failed write is said too (nothing changed).
async fn choose(state: &AppState, texts: &Strings, chat: i64, interview: Option<usize>) -> String {
    let corpus = state.engine.corpus();
    let id = interview.map(|i| corpus.interviews[i].id.as_str());
    if let Err(error) = state.store.set_chat_interview(chat, id).await {
        tracing::warn!(%error, "cannot save a chat's interview");
        return texts.use_failed.clone();
    }
    match interview {
        Some(i) => {
            let interview = &corpus.interviews[i];
            fill(
                &texts.use_chosen,
                &[
                    ("title", &interview.title),
                    ("interviewee", interview.interviewee()),
                ],
            )
        }
        None => {
            let count = newest_first(corpus).len().to_string();
            fill(&texts.use_all, &[("count", &count)])
        }
    }
}

/// One page of the list (clamped to the last), with its buttons.
fn page(
    state: &AppState,
    texts: &Strings,
    chat: i64,
    number: usize,
) -> (String, InlineKeyboardMarkup) {
    let corpus = state.engine.corpus();
    let order = newest_first(corpus);
    let pages = order.len().div_ceil(PAGE_SIZE).max(1);
    let number = number.min(pages - 1);
    let chosen = chosen(state, chat);
    let entries = listed(corpus, &order, number * PAGE_SIZE, PAGE_SIZE, chosen);
    let at = Page {
        index: number,
        count: pages,
        interviews: order.len(),
    };
    let list_texts = ListTexts {
        header: &texts.interviews_header,
        entry: &texts.interviews_entry,
    };
    let text = render::interview_list(&entries, at, list_texts);
    let mut rows = choice_rows(corpus, &order, &entries);
    rows.extend(navigation(texts, at, chosen.is_some()));
    (text, InlineKeyboardMarkup::new(rows))
}

/// A button per entry, choosing its interview.
fn choice_rows(
    corpus: &Corpus,
    order: &[usize],
    entries: &[ListedInterview<'_>],
) -> Vec<Vec<InlineKeyboardButton>> {
    (entries.iter())
        .map(|entry| {
            let code = interview_code(&corpus.interviews[order[entry.number - 1]].id);
            let action = Action::Use { code: Some(code) };
            let label = render::button_label(entry);
            vec![InlineKeyboardButton::callback(label, action.encode())]
        })
        .collect()
}

/// `count` interviews of `order` from position `start`.
fn listed<'c>(
    corpus: &'c Corpus,
    order: &[usize],
    start: usize,
    count: usize,
    chosen: Option<usize>,
) -> Vec<ListedInterview<'c>> {
    (order.iter().enumerate())
        .skip(start)
        .take(count)
        .map(|(position, &i)| {
            let interview = &corpus.interviews[i];
            ListedInterview {
                number: position + 1,
                title: &interview.title,
                interviewee: interview.metadata.interviewee.as_deref(),
                outlet: interview.metadata.outlet.as_deref(),
                date: interview.metadata.date.as_deref(),
                chosen: chosen == Some(i),
            }
        })
        .collect()
}

/// The rows under a page: newer / older pages, and "All interviews" once a chat chose one.
fn navigation(texts: &Strings, page: Page, chosen: bool) -> Vec<Vec<InlineKeyboardButton>> {
    let button = |text: &String, action: Action| {
        InlineKeyboardButton::callback(text.as_str(), action.encode())
    };
    let mut pages = Vec::new();
    if page.index > 0 {
        let previous = Action::Interviews {
            page: page.index - 1,
        };
        pages.push(button(&texts.button_previous_page, previous));
    }
    if page.index + 1 < page.count {
        let next = Action::Interviews {
            page: page.index + 1,
        };
        pages.push(button(&texts.button_next_page, next));
    }
    let mut rows = Vec::new();
    if !pages.is_empty() {
        rows.push(pages);
    }
    if chosen {
        let all = Action::Use { code: None };
        rows.push(vec![button(&texts.button_all_interviews, all)]);
    }
    rows
}

/// The only interview, named: the answer to `/interviews` and `/use` without an archive.
fn only_one(state: &AppState, texts: &Strings) -> String {
    let corpus = state.engine.corpus();
    let only = newest_first(corpus).first().map(|&i| &corpus.interviews[i]);
    let (title, interviewee) = only.map_or(("", ""), |i| (i.title.as_str(), i.interviewee()));
    fill(
        &texts.interviews_only_one,
        &[("title", title), ("interviewee", interviewee)],
    )
}

/// A template with `{example}`: the id of the newest interview.
fn fill_example(state: &AppState, template: &str) -> String {
    let corpus = state.engine.corpus();
    let example = newest_first(corpus)
        .first()
        .map(|&i| corpus.interviews[i].id.clone())
        .unwrap_or_default();
    fill(template, &[("example", &example)])
}
