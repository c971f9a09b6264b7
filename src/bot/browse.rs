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

use super::callback::Action;
use super::delivery::{is_not_modified, TgBot};
use super::handlers::{send, HandlerResult, ReplyTarget};
use super::state::AppState;
use crate::corpus::{interview_code, Corpus, Passage};
use crate::render::browse::{self as render, ListTexts, ListedInterview, Page};
use crate::search::Scope;

/// Interviews per page of `/interviews`: a phone shows this many buttons without scrolling.
const PAGE_SIZE: usize = 6;

/// Whether there is an archive to browse (more than one interview, translations aside).
pub fn is_archive(state: &AppState) -> bool {
    has_several(state.engine.corpus())
}

fn has_several(corpus: &Corpus) -> bool {
    corpus
        .interviews
        .iter()
        .enumerate()
        .filter(|(at, _)| original_of(corpus, *at) == *at)
        .nth(1)
        .is_some()
}

/// The interview a version translates (itself for an original, or when the original is not in
/// the corpus).
fn original_of(corpus: &Corpus, interview: usize) -> usize {
    let translates = corpus.interviews[interview]
        .metadata
        .translation_of
        .as_deref();
    translates
        .and_then(|id| corpus.interviews.iter().position(|i| i.id == id))
        .unwrap_or(interview)
}

/// An interview and its translations.
fn versions_of(corpus: &Corpus, original: usize) -> Vec<usize> {
    (0..corpus.interviews.len())
        .filter(|&at| original_of(corpus, at) == original)
        .collect()
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
    Some(render::scope_line(
        state.texts.get(language, "card_scope"),
        &interview.title,
    ))
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
pub(super) async fn list(
    bot: &TgBot,
    target: ReplyTarget,
    state: &AppState,
    language: &str,
) -> HandlerResult {
    let (text, keyboard) = match is_archive(state) {
        true => {
            let chat = target.chat.0;
            let order = newest_first(state.engine.corpus());
            let at = chosen(state, chat).and_then(|i| order.iter().position(|&o| o == i));
            let (text, keyboard) = page(state, language, chat, at.unwrap_or(0) / PAGE_SIZE);
            (text, Some(keyboard))
        }
        false => (only_one(state, language), None),
    };
    send(bot, target, text, keyboard).await.map(drop)
}

/// `/use <id>` and `/use all`.
pub(super) async fn use_command(
    bot: &TgBot,
    target: ReplyTarget,
    state: &AppState,
    language: &str,
    argument: &str,
) -> HandlerResult {
    let corpus = state.engine.corpus();
    let argument = argument.trim();
    let text = if !is_archive(state) {
        only_one(state, language)
    } else if argument.is_empty() {
        fill_example(state, language, "use_usage")
    } else if argument.eq_ignore_ascii_case("all") {
        choose(state, language, target.chat.0, None).await
    } else {
        match find_interview(corpus, argument) {
            Some(interview) => choose(state, language, target.chat.0, Some(interview)).await,
            None => fill_example(state, language, "use_unknown"),
        }
    };
    send(bot, target, text, None).await.map(drop)
}

/// Buttons of the list: another page (the list is edited in place) or a choice (confirmed by
/// a message). The press is answered first, as Telegram expects.
pub(super) async fn on_button(
    bot: &TgBot,
    state: &AppState,
    query: &CallbackQuery,
    action: Action,
    message: &Message,
    language: &str,
) -> HandlerResult {
    let expired = (!is_archive(state)).then(|| state.texts.get(language, "button_expired"));
    bot.call(|client| {
        let request = client.answer_callback_query(query.id.clone());
        match expired {
            Some(text) => request.text(text.to_string()),
            None => request,
        }
    })
    .await?;
    if expired.is_some() {
        return Ok(());
    }
    let chat = message.chat.id;
    match action {
        Action::Interviews { page: number } => {
            let (text, keyboard) = page(state, language, chat.0, number);
            let result = bot
                .call(|client| {
                    client
                        .edit_message_text(chat, message.id, text.clone())
                        .parse_mode(ParseMode::Html)
                        .reply_markup(keyboard.clone())
                })
                .await;
            match result {
                Err(error) if !is_not_modified(&error) => Err(error.into()),
                _ => Ok(()),
            }
        }
        Action::Use { code } => {
            let corpus = state.engine.corpus();
            let interview = code.as_deref().map(|code| find_interview(corpus, code));
            let text = match interview {
                Some(None) => state.texts.get(language, "button_expired").to_string(),
                Some(found) => choose(state, language, chat.0, found).await,
                None => choose(state, language, chat.0, None).await,
            };
            let target = ReplyTarget {
                chat,
                reply_to: Some(message.id),
                thread: message.thread_id.filter(|_| message.is_topic_message),
            };
            send(bot, target, text, None).await.map(drop)
        }
        _ => Ok(()),
    }
}

/// When an inline query starts with an interviewee's name ("Quispe water", "marta quispe:"),
/// the interviews of that person and the rest of the query; `None` otherwise (search
/// everything). Names match whole, in any case and with or without accents, by full name or
/// surname; the longest match wins.
pub fn inline_scope<'q>(corpus: &Corpus, query: &'q str) -> Option<(Scope, &'q str)> {
    if !has_several(corpus) {
        return None;
    }
    let folded = fold(query);
    let mut best: Option<(usize, String)> = None;
    for name in corpus
        .interviews
        .iter()
        .flat_map(|interview| name_forms(interview))
    {
        let longer = best
            .as_ref()
            .is_none_or(|(chars, _)| name.chars().count() > *chars);
        if longer && starts_with_word(&folded, &name) {
            best = Some((name.chars().count(), name));
        }
    }
    let (chars, name) = best?;
    let interviews = corpus
        .interviews
        .iter()
        .enumerate()
        .filter(|(_, i)| name_forms(i).contains(&name))
        .map(|(at, _)| at);
    let rest_at = query
        .char_indices()
        .nth(chars)
        .map_or(query.len(), |(at, _)| at);
    let rest = query[rest_at..].trim_start_matches(|c: char| !c.is_alphanumeric());
    Some((Scope::only(interviews), rest))
}

/// An interview's interviewee as typed in a query: the full name and the surname, folded.
fn name_forms(interview: &crate::corpus::Interview) -> Vec<String> {
    let Some(name) = interview.metadata.interviewee.as_deref() else {
        return Vec::new();
    };
    let full = fold(name.trim());
    let mut forms = vec![full.clone()];
    if let Some(surname) = full.split_whitespace().last().filter(|s| *s != full) {
        forms.push(surname.to_string());
    }
    forms.retain(|f| !f.is_empty());
    forms
}

fn starts_with_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word)
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
}

/// Lower case without the accents of Latin letters, one char for one char (so positions in
/// the folded text are positions in the original).
fn fold(text: &str) -> String {
    text.chars()
        .map(|c| {
            let lower = c.to_lowercase().next().unwrap_or(c);
            match lower {
                'á' | 'à' | 'â' | 'ã' | 'ä' | 'å' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'í' | 'ì' | 'î' | 'ï' => 'i',
                'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
                'ú' | 'ù' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                'ñ' => 'n',
                other => other,
            }
        })
        .collect()
}

/// Saves a chat's choice and says what it means; a failed write is said too (nothing changed).
async fn choose(state: &AppState, language: &str, chat: i64, interview: Option<usize>) -> String {
    let corpus = state.engine.corpus();
    let id = interview.map(|i| corpus.interviews[i].id.as_str());
    if let Err(error) = state.store.set_chat_interview(chat, id).await {
        tracing::warn!(%error, "cannot save a chat's interview");
        return state.texts.get(language, "use_failed").to_string();
    }
    let texts = &state.texts;
    match interview {
        Some(i) => {
            let interview = &corpus.interviews[i];
            crate::render::telegram::fill(
                texts.get(language, "use_chosen"),
                &[
                    ("title", &interview.title),
                    ("interviewee", interview.interviewee()),
                ],
            )
        }
        None => crate::render::telegram::fill(
            texts.get(language, "use_all"),
            &[("count", &newest_first(corpus).len().to_string())],
        ),
    }
}

/// An interview by its id (file name without extension, any case) or by the code its buttons
/// carry; a translation leads to its original.
fn find_interview(corpus: &Corpus, key: &str) -> Option<usize> {
    let interviews = &corpus.interviews;
    let found = interviews
        .iter()
        .position(|i| i.id == key)
        .or_else(|| {
            interviews
                .iter()
                .position(|i| i.id.eq_ignore_ascii_case(key))
        })
        .or_else(|| interviews.iter().position(|i| interview_code(&i.id) == key))?;
    Some(original_of(corpus, found))
}

/// One page of the list (clamped to the last), with its buttons.
fn page(
    state: &AppState,
    language: &str,
    chat: i64,
    number: usize,
) -> (String, InlineKeyboardMarkup) {
    let corpus = state.engine.corpus();
    let texts = &state.texts;
    let order = newest_first(corpus);
    let pages = order.len().div_ceil(PAGE_SIZE).max(1);
    let number = number.min(pages - 1);
    let chosen = chosen(state, chat);
    let entries: Vec<ListedInterview<'_>> = order
        .iter()
        .enumerate()
        .skip(number * PAGE_SIZE)
        .take(PAGE_SIZE)
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
        .collect();
    let text = render::interview_list(
        &entries,
        Page {
            index: number,
            count: pages,
            interviews: order.len(),
        },
        ListTexts {
            header: texts.get(language, "interviews_header"),
            entry: texts.get(language, "interviews_entry"),
        },
    );
    let mut rows: Vec<Vec<InlineKeyboardButton>> = entries
        .iter()
        .map(|entry| {
            let code = interview_code(&corpus.interviews[order[entry.number - 1]].id);
            let action = Action::Use { code: Some(code) };
            vec![InlineKeyboardButton::callback(
                render::button_label(entry),
                action.encode(),
            )]
        })
        .collect();
    let mut navigation = Vec::new();
    if number > 0 {
        let action = Action::Interviews { page: number - 1 };
        navigation.push(InlineKeyboardButton::callback(
            texts.get(language, "button_previous_page"),
            action.encode(),
        ));
    }
    if number + 1 < pages {
        let action = Action::Interviews { page: number + 1 };
        navigation.push(InlineKeyboardButton::callback(
            texts.get(language, "button_next_page"),
            action.encode(),
        ));
    }
    if !navigation.is_empty() {
        rows.push(navigation);
    }
    if chosen.is_some() {
        rows.push(vec![InlineKeyboardButton::callback(
            texts.get(language, "button_all_interviews"),
            Action::Use { code: None }.encode(),
        )]);
    }
    (text, InlineKeyboardMarkup::new(rows))
}

/// Original interviews (translations are listed with them), newest first by front matter
/// date; undated ones last, by title.
fn newest_first(corpus: &Corpus) -> Vec<usize> {
    let mut order: Vec<usize> = (0..corpus.interviews.len())
        .filter(|&at| original_of(corpus, at) == at)
        .collect();
    let key = |i: &usize| {
        let interview = &corpus.interviews[*i];
        let date = interview.metadata.date.as_deref().and_then(date_key);
        (std::cmp::Reverse(date), interview.title.to_lowercase())
    };
    order.sort_by_cached_key(key);
    order
}

/// A sortable (year, month, day) from a date as operators write it: `2024-05-14`,
/// `2024/05`, `2024`, `May 2024` (year only); month and day are 0 when absent. `None` unless
/// the first number is a four-digit year (`14/05/2024` could be either order).
fn date_key(date: &str) -> Option<(u32, u32, u32)> {
    let mut numbers = date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty());
    let year = numbers.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let mut next = || numbers.next().and_then(|n| n.parse().ok()).unwrap_or(0);
    Some((year, next(), next()))
}

/// The only interview, named: the answer to `/interviews` and `/use` without an archive.
fn only_one(state: &AppState, language: &str) -> String {
    let corpus = state.engine.corpus();
    let only = newest_first(corpus).first().map(|&i| &corpus.interviews[i]);
    let (title, interviewee) = only.map_or(("", ""), |i| (i.title.as_str(), i.interviewee()));
    crate::render::telegram::fill(
        state.texts.get(language, "interviews_only_one"),
        &[("title", title), ("interviewee", interviewee)],
    )
}

/// A template with `{example}`: the id of the newest interview.
fn fill_example(state: &AppState, language: &str, key: &str) -> String {
    let corpus = state.engine.corpus();
    let example = newest_first(corpus)
        .first()
        .map(|&i| corpus.interviews[i].id.clone())
        .unwrap_or_default();
    crate::render::telegram::fill(state.texts.get(language, key), &[("example", &example)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Interview, Metadata};

    fn interview(id: &str, interviewee: Option<&str>, date: Option<&str>) -> Interview {
        Interview {
            id: id.to_string(),
            source: format!("{id}.txt").into(),
            metadata: Metadata {
                interviewee: interviewee.map(str::to_string),
                date: date.map(str::to_string),
                ..Metadata::default()
            },
            title: format!("Title of {id}"),
            intro: vec!["Intro.".to_string()],
            turns: Vec::new(),
        }
    }

    fn corpus() -> Corpus {
        let mut translation = interview("e", Some("Pablo Moreno"), Some("2024"));
        translation.metadata.translation_of = Some("d".to_string());
        Corpus::new(vec![
            interview("a", Some("Marta Quispe"), Some("2023-04-11")),
            interview("b", Some("Rosa García"), None),
            interview("c", Some("Marta Quispe"), Some("2024-05-14")),
            interview("d", Some("Pablo Moreno"), Some("2024")),
            translation,
        ])
    }

    #[test]
    fn a_translation_is_listed_and_chosen_with_its_original() {
        let corpus = corpus();
        assert_eq!(find_interview(&corpus, "e"), Some(3));
        assert_eq!(versions_of(&corpus, 3), vec![3, 4]);
        assert!(!newest_first(&corpus).contains(&4));
        let (scope, _) = inline_scope(&corpus, "Moreno").unwrap();
        assert_eq!(scope, Scope::only([3, 4]));
        let one = Corpus::from_shared(corpus.interviews[3..].to_vec());
        assert!(!has_several(&one), "one interview in two languages");
    }

    #[test]
    fn interviews_are_listed_newest_first_and_undated_last() {
        assert_eq!(newest_first(&corpus()), vec![2, 3, 0, 1]);
        assert_eq!(date_key("2024-05-14"), Some((2024, 5, 14)));
        assert_eq!(date_key("2024/05"), Some((2024, 5, 0)));
        assert_eq!(date_key("May 2024"), Some((2024, 0, 0)));
        assert_eq!(
            date_key("14/05/2024"),
            None,
            "day first is ambiguous: undated"
        );
        assert_eq!(date_key(""), None);
    }

    #[test]
    fn an_inline_query_starting_with_a_name_is_about_that_persons_interviews() {
        let corpus = corpus();
        let (scope, rest) = inline_scope(&corpus, "Quispe: water").unwrap();
        assert_eq!((scope, rest), (Scope::only([0, 2]), "water"));
        let (scope, rest) = inline_scope(&corpus, "rosa garcia lithium").unwrap();
        assert_eq!((scope, rest), (Scope::only([1]), "lithium"));
        let (scope, rest) = inline_scope(&corpus, "GARCÍA").unwrap();
        assert_eq!((scope, rest), (Scope::only([1]), ""));
        assert_eq!(inline_scope(&corpus, "what does Quispe think"), None);
        assert_eq!(inline_scope(&corpus, "Quispes"), None, "whole words only");
        let single = Corpus::new(vec![interview("a", Some("Marta Quispe"), None)]);
        assert_eq!(inline_scope(&single, "Quispe water"), None);
    }

    #[test]
    fn interviews_are_found_by_id_in_any_case_or_by_code() {
        let corpus = corpus();
        assert_eq!(find_interview(&corpus, "c"), Some(2));
        assert_eq!(find_interview(&corpus, "D"), Some(3));
        assert_eq!(find_interview(&corpus, &interview_code("b")), Some(1));
        assert_eq!(find_interview(&corpus, "zzz"), None);
    }
}
