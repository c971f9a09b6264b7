//! Inline mode: `@bot question` typed in any chat offers quote cards to pick from; an empty
//! query gets the interview's first answers, a quote id (from a Share button) that quote, and a
//! query starting with an interviewee's name searches that person's interviews only.

use std::ops::Range;
use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{
    InlineQueryResult, InlineQueryResultArticle, InlineQueryResultsButton,
    InlineQueryResultsButtonKind, InputMessageContent, InputMessageContentText, ParseMode,
};

use super::blocking::off_the_async_workers;
use super::browse;
use super::cards;
use super::delivery::TgBot;
use super::reply::{language, no_preview, HandlerResult};
use super::state::AppState;
use crate::corpus::Passage;
use crate::search::Scope;

/// Results in an inline answer (Telegram allows 50).
const INLINE_RESULTS: usize = 10;

/// Seconds Telegram may cache inline results (per user: cards are in the user's language).
const INLINE_CACHE_SECONDS: u32 = 300;

/// A passage offered, with the byte ranges to bold.
type Offer<'a> = (&'a Passage, Vec<Range<usize>>);

/// `@bot question` in any chat: up to ten quote cards to pick from.
pub(super) async fn on_inline_query(
    bot: TgBot,
    query: InlineQuery,
    state: Arc<AppState>,
) -> HandlerResult {
    let language = language(&state, Some(&query.from));
    let allowed = state.serves(query.from.id.0 as i64);
    let offers = match allowed {
        true => offers(&state, query.query.trim()),
        false => Vec::new(),
    };
    let results: Vec<InlineQueryResult> = (offers.iter())
        .map(|(passage, highlights)| article(&state, language, passage, highlights))
        .collect();
    // With nothing to offer, a button above the (empty) list leads to the bot's help.
    let texts = state.texts.get(language);
    let help_button = results.is_empty().then(|| InlineQueryResultsButton {
        text: match allowed {
            true => texts.inline_no_match.clone(),
            false => texts.not_allowed.clone(),
        },
        kind: InlineQueryResultsButtonKind::StartParameter("help".to_string()),
    });
    bot.call(|client| {
        let request = client
            .answer_inline_query(query.id.clone(), results.clone())
            .cache_time(INLINE_CACHE_SECONDS)
            .is_personal(true);
        match &help_button {
            Some(button) => request.button(button.clone()),
            None => request,
        }
    })
    .await?;
    Ok(())
}

/// What a query is offered: first answers for an empty one, a quote by its id, or hits.
fn offers<'a>(state: &'a AppState, text: &str) -> Vec<Offer<'a>> {
    let corpus = state.engine.corpus();
    let (scope, text) = browse::inline_scope(corpus, text).unwrap_or((Scope::All, text));
    if text.is_empty() {
        return (corpus.answer_openings())
            .filter(|p| scope.includes(p.interview))
            .take(INLINE_RESULTS)
            .map(|p| (p, Vec::new()))
            .collect();
    }
    if let Some(passage) = corpus.find_quote(text) {
        return vec![(passage, Vec::new())];
    }
    let search = || state.engine.search_in(text, INLINE_RESULTS, &scope);
    let hits = off_the_async_workers(search).hits;
    (hits.into_iter())
        .map(|hit| (hit.passage, hit.highlights))
        .collect()
}

/// One inline result: the card to post, titled with the passage and described by its question.
fn article(
    state: &AppState,
    language: &str,
    passage: &Passage,
    highlights: &[Range<usize>],
) -> InlineQueryResult {
    let corpus = state.engine.corpus();
    let card = cards::render(state, language, passage, highlights, None).into_string();
    let content = InputMessageContent::Text(
        InputMessageContentText::new(card)
            .parse_mode(ParseMode::Html)
            .link_preview_options(no_preview()),
    );
    let description = corpus.question_of(passage).map_or_else(
        || corpus.interview_of(passage).title.clone(),
        str::to_string,
    );
    let id = corpus.quote_id(passage);
    let article = InlineQueryResultArticle::new(id, cards::label(&passage.text), content);
    InlineQueryResult::Article(article.description(cards::label(&description)))
}
