//! Inline keyboard buttons: full answer, next match, a question from a list, ratings (and the
//! archive's list buttons, handed to [`super::browse`]). Every press is answered first (Telegram
//! gives a button only a few seconds), then the action's messages are sent.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::ParseMode;

use super::blocking::off_the_async_workers;
use super::browse;
use super::callback::Action;
use super::cards::{self, CardButtons};
use super::delivery::{is_not_modified, TgBot};
use super::questions::MAX_MATCHES;
use super::reply::{answer_press, language, no_preview, HandlerResult, Reply, ReplyTarget};
use super::state::AppState;
use crate::corpus::Passage;
use crate::feedback::{self, Entry};
use crate::render::telegram::{self, fill};
use crate::search::Hit;
use crate::texts::Strings;

/// What a button press leads to, decided before the press is answered.
enum ButtonWork<'a> {
    /// Send the whole answer around this passage.
    FullAnswer(&'a Passage),
    /// Send this passage's card.
    Card(&'a Passage),
    /// Replace the pressed card with this hit.
    Replace {
        hit: Hit<'a>,
        next: Option<Action>,
        session: u64,
    },
}

/// The notice shown instead of (or, for a rating, as) a button's work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Notice {
    /// The button belongs to a chat outside `ALLOWED_CHATS`.
    NotAllowed,
    /// The button's data or quote is unknown (an old version's, or a removed interview).
    Expired,
    /// "Next match" past the last match.
    NoMoreMatches,
    /// A rating was recorded.
    Thanks,
}

impl Notice {
    fn text(self, texts: &Strings) -> &str {
        match self {
            Notice::NotAllowed => &texts.not_allowed,
            Notice::Expired => &texts.button_expired,
            Notice::NoMoreMatches => &texts.no_more_matches,
            Notice::Thanks => &texts.feedback_thanks,
        }
    }
}

/// A button press.
pub(super) async fn on_callback(
    bot: TgBot,
    query: CallbackQuery,
    state: Arc<AppState>,
) -> HandlerResult {
    let language = language(&state, Some(&query.from));
    let message = query.regular_message();
    let action = query.data.as_deref().and_then(Action::decode);
    if let (Some(action @ (Action::Interviews { .. } | Action::Use { .. })), Some(message)) =
        (&action, message)
    {
        if state.serves(message.chat.id.0) {
            let reply = Reply {
                bot: &bot,
                target: ReplyTarget::below(message),
                state: &state,
                language,
            };
            return browse::on_button(&reply, &query, action.clone(), message).await;
        }
    }
    let work = match (action, message) {
        (_, Some(message)) if !state.serves(message.chat.id.0) => Err(Notice::NotAllowed),
        (Some(action), Some(message)) => prepare(&state, action, message.chat.id.0),
        _ => Err(Notice::Expired),
    };
    let notice = work
        .as_ref()
        .err()
        .map(|n| n.text(state.texts.get(language)));
    answer_press(&bot, &query, notice).await?;
    match (work, message) {
        (Ok(work), Some(message)) => {
            let reply = Reply {
                bot: &bot,
                target: ReplyTarget::below(message),
                state: &state,
                language,
            };
            perform(&reply, work, message).await
        }
        _ => Ok(()),
    }
}

/// Resolves a button's action; `Err` holds the notice to show instead (the only reply to a
/// rating).
fn prepare(state: &AppState, action: Action, chat: i64) -> Result<ButtonWork<'_>, Notice> {
    let corpus = state.engine.corpus();
    match action {
        Action::Feedback {
            session,
            helpful,
            quote_id,
        } => {
            let question = state.store.question(session);
            if let (Some(log), Some(question)) = (&state.feedback, question) {
                log.record(&Entry::Rated {
                    time: feedback::now(),
                    helpful,
                    question,
                    quote: quote_id,
                });
            }
            Err(Notice::Thanks)
        }
        Action::FullAnswer { quote_id } => (corpus.find_quote(&quote_id))
            .map(ButtonWork::FullAnswer)
            .ok_or(Notice::Expired),
        Action::Show { quote_id } => (corpus.find_quote(&quote_id))
            .map(ButtonWork::Card)
            .ok_or(Notice::Expired),
        Action::NextMatch { rank, .. } if rank >= MAX_MATCHES => Err(Notice::NoMoreMatches),
        // Handled by `browse` before a button's work is prepared.
        Action::Interviews { .. } | Action::Use { .. } => Err(Notice::Expired),
        Action::NextMatch { session, rank } => next_match(state, session, rank, chat),
    }
}

/// The `rank`th match of a remembered question, searched again in the chat's scope.
fn next_match(
    state: &AppState,
    session: u64,
    rank: usize,
    chat: i64,
) -> Result<ButtonWork<'_>, Notice> {
    let question = state.store.question(session).ok_or(Notice::Expired)?;
    let scope = browse::scope(state, chat);
    // One beyond the one shown, to know whether to offer "Next match" again.
    let search = || state.engine.search_in(&question, rank + 2, &scope);
    let mut hits = off_the_async_workers(search).hits;
    if hits.len() <= rank {
        return Err(Notice::NoMoreMatches);
    }
    let more = hits.len() > rank + 1 && rank + 1 < MAX_MATCHES;
    let next = more.then_some(Action::NextMatch {
        session,
        rank: rank + 1,
    });
    Ok(ButtonWork::Replace {
        hit: hits.swap_remove(rank),
        next,
        session,
    })
}

async fn perform(reply: &Reply<'_>, work: ButtonWork<'_>, message: &Message) -> HandlerResult {
    match work {
        ButtonWork::FullAnswer(passage) => full_answer(reply, passage).await,
        ButtonWork::Card(passage) => cards::send(reply, passage, CardButtons::default()).await,
        ButtonWork::Replace { hit, next, session } => {
            let buttons = CardButtons {
                next,
                feedback: Some(session),
            };
            edit_card(reply, message, &hit, buttons).await
        }
    }
}

/// The whole answer (or introduction) `passage` belongs to, in as many messages as it takes.
async fn full_answer(reply: &Reply<'_>, passage: &Passage) -> HandlerResult {
    let corpus = reply.state.engine.corpus();
    let texts = reply.texts();
    let interview = corpus.interview_of(passage);
    let header = match corpus.question_of(passage) {
        Some(question) => fill(
            &texts.full_answer_header,
            &[
                ("interviewee", interview.interviewee()),
                (
                    "question",
                    telegram::truncate(question, telegram::MAX_QUESTION_UTF16),
                ),
            ],
        ),
        None => fill(&texts.intro_header, &[("title", &interview.title)]),
    };
    for part in telegram::full_answer(passage, corpus, &header) {
        reply.send(part, None).await?;
    }
    Ok(())
}

/// Replaces the card of `message` with `hit`'s (a double press changes nothing: fine).
async fn edit_card(
    reply: &Reply<'_>,
    message: &Message,
    hit: &Hit<'_>,
    buttons: CardButtons,
) -> HandlerResult {
    let (state, language) = (reply.state, reply.language);
    let chat = Some(message.chat.id);
    let card = cards::render(state, language, hit.passage, &hit.highlights, chat).into_string();
    let keyboard = cards::keyboard(state, language, (hit.passage, &hit.translations), buttons);
    let result = reply
        .bot
        .call(|client| {
            client
                .edit_message_text(message.chat.id, message.id, card.clone())
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview())
                .reply_markup(keyboard.clone())
        })
        .await;
    match result {
        Err(error) if !is_not_modified(&error) => Err(error.into()),
        _ => Ok(()),
    }
}
