//! Quote cards as the bot sends them: the card (rendered by [`crate::render::telegram`]) and
//! the buttons under it (full answer, next match, share, translations, rating).

use std::ops::Range;

use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup};

use super::browse;
use super::callback::Action;
use super::reply::{HandlerResult, Reply};
use super::state::AppState;
use crate::corpus::Passage;
use crate::render::telegram::{self, CardTexts, Html};
use crate::search::Translation;
use crate::texts::Strings;

/// Buttons under a card beyond Full answer and Share.
#[derive(Debug, Clone, Default)]
pub(super) struct CardButtons {
    /// "Next match", when the question has more answers.
    pub(super) next: Option<Action>,
    /// Helpful / not helpful, for a card answering a remembered question.
    pub(super) feedback: Option<u64>,
}

/// Sends `passage`'s card with `buttons` under it.
pub(super) async fn send(
    reply: &Reply<'_>,
    passage: &Passage,
    buttons: CardButtons,
) -> HandlerResult {
    let translations = reply.state.engine.translations(passage);
    send_found(reply, passage, (&[], &translations), buttons).await
}

/// Sends a found passage's card: `highlights` in bold, a button per translation (as the search
/// found them: not looked up again) and `buttons` under it.
pub(super) async fn send_found(
    reply: &Reply<'_>,
    passage: &Passage,
    (highlights, translations): (&[Range<usize>], &[Translation]),
    buttons: CardButtons,
) -> HandlerResult {
    let (state, language) = (reply.state, reply.language);
    let card = render(
        state,
        language,
        passage,
        highlights,
        Some(reply.target.chat),
    );
    let keyboard = keyboard(state, language, (passage, translations), buttons);
    reply.send(card.into_string(), Some(keyboard)).await
}

/// A quote card; sent to `chat`, it names the interview the chat picked, if any.
pub(super) fn render(
    state: &AppState,
    language: &str,
    passage: &Passage,
    highlights: &[Range<usize>],
    chat: Option<ChatId>,
) -> Html {
    let scope_line = chat.and_then(|chat| browse::scope_line(state, language, chat.0));
    let texts = state.texts.get(language);
    let card_texts = CardTexts {
        attribution_answer: &texts.attribution_answer,
        attribution_intro: &texts.attribution_intro,
        source: &texts.source,
    };
    let corpus = state.engine.corpus();
    telegram::quote_card_in(
        passage,
        highlights,
        corpus,
        card_texts,
        scope_line.as_deref(),
    )
}

/// The buttons under a quote card of `passage`, which has `translations`.
pub(super) fn keyboard(
    state: &AppState,
    language: &str,
    (passage, translations): (&Passage, &[Translation]),
    buttons: CardButtons,
) -> InlineKeyboardMarkup {
    let texts = state.texts.get(language);
    let quote_id = state.engine.corpus().quote_id(passage);
    let full_answer = Action::FullAnswer {
        quote_id: quote_id.clone(),
    };
    let mut first_row = vec![InlineKeyboardButton::callback(
        &texts.button_full_answer,
        full_answer.encode(),
    )];
    if let Some(next) = buttons.next {
        let next = InlineKeyboardButton::callback(&texts.button_next_match, next.encode());
        first_row.push(next);
    }
    let share = InlineKeyboardButton::switch_inline_query(&texts.button_share, quote_id.clone());
    let mut rows = vec![first_row, vec![share]];
    let translations = translation_buttons(translations);
    if !translations.is_empty() {
        rows.push(translations);
    }
    if let Some(session) = buttons.feedback {
        rows.push(feedback_row(texts, session, Some(quote_id)));
    }
    InlineKeyboardMarkup::new(rows)
}

/// The same passage in the interview's other versions, one button per language.
fn translation_buttons(translations: &[Translation]) -> Vec<InlineKeyboardButton> {
    translations
        .iter()
        .map(|t| {
            let show = Action::Show {
                quote_id: t.quote_id.clone(),
            };
            InlineKeyboardButton::callback(format!("🌐 {}", t.language.name()), show.encode())
        })
        .collect()
}

/// Helpful / not helpful buttons for the answer to a remembered question.
pub(super) fn feedback_row(
    texts: &Strings,
    session: u64,
    quote_id: Option<String>,
) -> Vec<InlineKeyboardButton> {
    [
        (true, &texts.button_helpful),
        (false, &texts.button_not_helpful),
    ]
    .into_iter()
    .map(|(helpful, text)| {
        let action = Action::Feedback {
            session,
            helpful,
            quote_id: quote_id.clone(),
        };
        InlineKeyboardButton::callback(text, action.encode())
    })
    .collect()
}

/// A button showing the answer that starts with `first` (labelled with its question).
pub(super) fn question_button(state: &AppState, first: &Passage) -> InlineKeyboardButton {
    let corpus = state.engine.corpus();
    let question = corpus
        .question_of(first)
        .unwrap_or(&corpus.interview_of(first).title);
    let show = Action::Show {
        quote_id: corpus.quote_id(first),
    };
    InlineKeyboardButton::callback(label(question), show.encode())
}

/// `text` cut to a button's length.
pub(super) fn label(text: &str) -> String {
    telegram::label(text, telegram::MAX_BUTTON_CHARS)
}
