//! Questions: any text in a private chat, and in groups a message that mentions the bot or
//! replies to it (or `/ask`). Each gets the best quote card, or an honest no-match reply with
//! related questions of the interview to try.

use std::sync::Arc;
use std::time::Instant;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::blocking::off_the_async_workers;
use super::browse;
use super::callback::Action;
use super::cards::{self, CardButtons};
use super::delivery::TgBot;
use super::reply::{HandlerResult, Reply};
use super::state::{AppState, FloodVerdict};
use super::telemetry::names;
use crate::feedback::{self, Entry};
use crate::search::{Abstention, Scope, SearchOutcome};

/// Matches a question's "Next match" button goes through, at most.
pub(super) const MAX_MATCHES: usize = 10;

/// Matches searched for a question's first card: the one shown, and one more to know whether
/// to offer "Next match" (which searches again for the match it shows). The search builds each
/// match it returns (its highlights, which read the whole passage, and its translations), so
/// asking for all [`MAX_MATCHES`] here cost most of an answer's search for cards nobody asked
/// to see; the first two are the same either way.
const FIRST_CARD_MATCHES: usize = 2;

/// "Did you mean" buttons under a no-match reply.
const SUGGESTIONS: usize = 3;

/// A question asked of the bot, mention removed (a newtype: dptree finds values by type).
#[derive(Debug, Clone)]
pub(super) struct Question(String);

/// The question in a text message: all of it in private; in groups, only when it mentions the
/// bot or replies to one of its messages.
pub(super) fn addressed(message: Message, state: Arc<AppState>) -> Option<Question> {
    let text = message.text()?;
    if message.chat.is_private() {
        return Some(Question(text.to_string()));
    }
    addressed_question(&message, text, &state).map(Question)
}

/// In a group, the question in a message that mentions the bot (mention removed) or replies to
/// one of its messages; `None` for chatter between people.
pub(super) fn addressed_question(
    message: &Message,
    text: &str,
    state: &AppState,
) -> Option<String> {
    if let Some(range) = find_mention(text, &state.username) {
        let without = format!("{}{}", &text[..range.start], &text[range.end..]);
        let question = without.trim().trim_start_matches([',', ':']).trim();
        return Some(question.to_string());
    }
    let replies_to_bot = message
        .reply_to_message()
        .and_then(|replied| replied.from.as_ref())
        .is_some_and(|author| author.id.0 == state.bot_id);
    // In a forum topic, Telegram marks every message as a reply to the topic's first message.
    let topic_root = message.is_topic_message
        && message.reply_to_message().map(|r| r.id.0) == message.thread_id.map(|t| t.0 .0);
    (replies_to_bot && !topic_root).then(|| text.to_string())
}

/// Byte range of `@username` in `text` (usernames are ASCII and case-insensitive), not when it
/// is only the start of a longer name such as `@username2`.
fn find_mention(text: &str, username: &str) -> Option<std::ops::Range<usize>> {
    if username.is_empty() {
        return None;
    }
    let mention = format!("@{username}");
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(mention.len() - 1)).find_map(|start| {
        let end = start + mention.len();
        let candidate = &bytes[start..end];
        let continues = bytes
            .get(end)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
        (candidate.eq_ignore_ascii_case(mention.as_bytes()) && !continues).then_some(start..end)
    })
}

/// A question addressed to the bot.
pub(super) async fn on_question(
    bot: TgBot,
    message: Message,
    state: Arc<AppState>,
    question: Question,
) -> HandlerResult {
    let reply = Reply::to_message(&bot, &state, &message);
    answer(&reply, &message, &question.0).await
}

/// Answers a question with the best quote card, or an honest no-match reply; a user asking too
/// fast is told once, then ignored until the minute passes.
pub(super) async fn answer(reply: &Reply<'_>, message: &Message, question: &str) -> HandlerResult {
    let state = reply.state;
    let user = message
        .from
        .as_ref()
        .map_or(message.chat.id.0 as u64, |u| u.id.0);
    let verdict = state
        .flood
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .check(user, Instant::now());
    match verdict {
        FloodVerdict::Allow => {}
        FloodVerdict::Warn => return reply.text(reply.texts().flood.as_str()).await,
        FloodVerdict::Ignore => return Ok(()),
    }
    let scope = browse::scope(state, reply.target.chat.0);
    let search = || state.engine.search_in(question, FIRST_CARD_MATCHES, &scope);
    let outcome = off_the_async_workers(search);
    let answered = !outcome.hits.is_empty();
    state.store.count_question(question, answered);
    let label = if answered { "answered" } else { "abstained" };
    metrics::counter!(names::QUESTIONS, "outcome" => label).increment(1);
    match answered {
        true => send_best(reply, question, &outcome).await,
        false => no_match(reply, question, &outcome, &scope).await,
    }
}

/// The best hit's card, with "Next match" when there are more, and the rating buttons.
async fn send_best(
    reply: &Reply<'_>,
    question: &str,
    outcome: &SearchOutcome<'_>,
) -> HandlerResult {
    let Some(best) = outcome.hits.first() else {
        return Ok(());
    };
    let session = reply.state.store.remember(question);
    let buttons = CardButtons {
        next: (outcome.hits.len() > 1).then_some(Action::NextMatch { session, rank: 1 }),
        feedback: Some(session),
    };
    let found = (&best.highlights[..], &best.translations[..]);
    cards::send_found(reply, best.passage, found, buttons).await
}

/// Nothing answers: say so, offer related questions of the interview, and note the question
/// for the operator (`FEEDBACK_LOG`).
async fn no_match(
    reply: &Reply<'_>,
    question: &str,
    outcome: &SearchOutcome<'_>,
    scope: &Scope,
) -> HandlerResult {
    let (state, texts) = (reply.state, reply.texts());
    if outcome.abstention == Some(Abstention::NoSearchableWords) {
        return reply.text(texts.nothing_to_search.as_str()).await;
    }
    if let Some(log) = &state.feedback {
        log.record(&Entry::Unanswered {
            time: feedback::now(),
            question: question.to_string(),
        });
    }
    let session = state.store.remember(question);
    let suggest = || {
        state
            .engine
            .related_answers_for(outcome, SUGGESTIONS, scope)
    };
    let related = off_the_async_workers(suggest);
    let mut rows: Vec<Vec<InlineKeyboardButton>> = related
        .iter()
        .map(|p| vec![cards::question_button(state, p)])
        .collect();
    rows.push(cards::feedback_row(texts, session, None));
    let text = match related.is_empty() {
        true => &texts.no_match_no_suggestions,
        false => &texts.no_match,
    };
    let keyboard = InlineKeyboardMarkup::new(rows);
    reply.send(text.clone(), Some(keyboard)).await
}

#[cfg(test)]
mod tests {
    use super::{find_mention, FIRST_CARD_MATCHES, MAX_MATCHES};
    use crate::search::Scope;

    #[test]
    fn the_first_card_shows_what_the_full_search_puts_first_and_knows_if_more_follow() {
        let mut config = crate::config::Config::from_lookup(|_| None)
            .expect("defaults are valid")
            .engine;
        config.corpus_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let (engine, _) = crate::load::load_engine(&config).expect("the shipped corpus loads");
        let corpus = engine.corpus();
        // Questions made of each interview's own questions and answers: several match.
        let questions = corpus.passages.iter().step_by(7).map(|p| {
            let words: Vec<&str> = p.text.split_whitespace().take(6).collect();
            words.join(" ")
        });
        let mut with_more = 0;
        for question in questions.take(40) {
            let first = engine.search_in(&question, FIRST_CARD_MATCHES, &Scope::All);
            let full = engine.search_in(&question, MAX_MATCHES, &Scope::All);
            let ids = |hits: &[crate::search::Hit<'_>]| -> Vec<usize> {
                hits.iter().map(|h| h.passage.id).collect()
            };
            let shown = full.hits.len().min(FIRST_CARD_MATCHES);
            assert_eq!(ids(&first.hits), ids(&full.hits[..shown]), "{question}");
            assert_eq!(first.abstention, full.abstention, "{question}");
            if let (Some(a), Some(b)) = (first.hits.first(), full.hits.first()) {
                assert_eq!(
                    (&a.highlights, &a.translations),
                    (&b.highlights, &b.translations)
                );
            }
            with_more += usize::from(full.hits.len() > 1);
        }
        assert!(with_more > 0, "some questions have a next match");
    }

    #[test]
    fn mentions_are_found_case_insensitively_and_only_whole() {
        assert_eq!(find_mention("hi @My_Bot, why?", "my_bot"), Some(3..10));
        assert_eq!(find_mention("@my_bot2 why?", "my_bot"), None);
        assert_eq!(find_mention("ȺȺȺȺȺȺȺȺȺȺ @my_bot q", "my_bot"), Some(21..28));
        assert_eq!(find_mention("🙂", "my_bot"), None);
        assert_eq!(find_mention("@my_bot", ""), None);
    }
}
