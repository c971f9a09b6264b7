//! What the bot does with each update: the dptree schema and small handlers. Rendering lives in
//! `render::telegram`; this module only decides what to send where.

use std::sync::Arc;
use std::time::Instant;

use teloxide::dispatching::{UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::{
    ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResult,
    InlineQueryResultArticle, InlineQueryResultsButton, InlineQueryResultsButtonKind,
    InputMessageContent, InputMessageContentText, LinkPreviewOptions, MessageId, ParseMode,
    ReplyParameters, ThreadId,
};
use teloxide::utils::command::BotCommands;

use super::browse;
use super::callback::Action;
use super::delivery::{is_not_modified, TgBot};
use super::reload::Live;
use super::state::{AppState, FloodVerdict};
use crate::corpus::Passage;
use crate::feedback::{self, Entry};
use crate::render::telegram::{self, fill, CardTexts, Html};
use crate::search::{Abstention, Hit, Scope};

/// Handler results; errors are logged by the caller, never shown to users.
pub type HandlerResult = anyhow::Result<()>;

/// Matches fetched for "Next match".
const MAX_MATCHES: usize = 10;

/// Results in an inline answer (Telegram allows 50).
const INLINE_RESULTS: usize = 10;

/// "Did you mean" buttons under a no-match reply.
const SUGGESTIONS: usize = 3;

/// Interviewer questions listed by /topics (Telegram allows 100 buttons).
const TOPIC_BUTTONS: usize = 30;

/// Room for the interviews listed by /about, below Telegram's 4096.
const ABOUT_BUDGET_UTF16: usize = 3_800;

/// Button labels longer than this are cut.
const BUTTON_LABEL_CHARS: usize = 60;

/// Seconds Telegram may cache inline results (per user: cards are in the user's language).
const INLINE_CACHE_SECONDS: u32 = 300;

/// The bot's commands. Descriptions shown in Telegram's menu come from `config/texts`.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// Welcome; `/start <quote id>` (a deep link) opens that quote.
    Start(String),
    /// What the bot can do.
    Help,
    /// Ask a question (the way to ask in groups).
    Ask(String),
    /// The interviewer's questions, as buttons.
    Topics,
    /// A random quote.
    Random,
    /// The interview, interviewee, outlet and source.
    About,
    /// Open a quote by its id.
    Quote(String),
    /// The interviews of the archive, newest first, to pick one.
    Interviews,
    /// Ask about one interview only (`/use <id>`), or about every one again (`/use all`).
    Use(String),
    /// Admins: how a question was read and scored.
    Why(String),
    /// Admins: questions asked, answer rate, top unanswered.
    Stats,
    /// Admins: reload the corpus, synonyms and texts without a restart.
    Reload,
}

/// The whole handler tree: messages, button presses and inline queries; everything else
/// (edits, channel posts, unknown updates) is ignored.
pub fn schema() -> UpdateHandler<anyhow::Error> {
    dptree::entry()
        // Texts, commands and other messages, in private chats and groups.
        .branch(Update::filter_message().endpoint(on_message))
        // Inline keyboard buttons.
        .branch(Update::filter_callback_query().endpoint(on_callback))
        // `@bot question` typed in any chat.
        .branch(Update::filter_inline_query().endpoint(on_inline_query))
}

/// Where and how to reply to a message: in its chat, as a reply, in its forum topic.
#[derive(Debug, Clone, Copy)]
pub(super) struct ReplyTarget {
    pub(super) chat: ChatId,
    pub(super) reply_to: Option<MessageId>,
    pub(super) thread: Option<ThreadId>,
}

impl ReplyTarget {
    fn to_message(message: &Message) -> ReplyTarget {
        let in_group = !message.chat.is_private();
        ReplyTarget {
            chat: message.chat.id,
            reply_to: in_group.then_some(message.id),
            thread: message.thread_id.filter(|_| message.is_topic_message),
        }
    }
}

pub(super) async fn send(
    bot: &TgBot,
    target: ReplyTarget,
    html: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> anyhow::Result<Message> {
    let message = bot
        .call(|client| {
            let mut request = client
                .send_message(target.chat, html.clone())
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            if let Some(reply_to) = target.reply_to {
                request = request
                    .reply_parameters(ReplyParameters::new(reply_to).allow_sending_without_reply());
            }
            if let Some(thread) = target.thread {
                request = request.message_thread_id(thread);
            }
            if let Some(keyboard) = &keyboard {
                request = request.reply_markup(keyboard.clone());
            }
            request
        })
        .await?;
    Ok(message)
}

fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

fn language<'a>(state: &'a AppState, user: Option<&teloxide::types::User>) -> &'a str {
    state
        .texts
        .language_for(user.and_then(|u| u.language_code.as_deref()))
}

fn card_texts<'a>(state: &'a AppState, language: &str) -> CardTexts<'a> {
    let texts = &state.texts;
    let language = texts.language_for(Some(language));
    CardTexts {
        attribution_answer: texts.get(language, "attribution_answer"),
        attribution_intro: texts.get(language, "attribution_intro"),
        source: texts.get(language, "source"),
    }
}

/// Messages: commands anywhere; in private chats any text is a question; in groups only
/// mentions of the bot and replies to it are.
async fn on_message(
    bot: TgBot,
    message: Message,
    state: Arc<AppState>,
    live: Arc<Live>,
) -> HandlerResult {
    let private = message.chat.is_private();
    if !state.serves(message.chat.id.0) {
        let addressed = private
            || message.text().is_some_and(|text| {
                Command::parse(text, &state.username).is_ok()
                    || addressed_question(&message, text, &state).is_some()
            });
        if addressed {
            let language = language(&state, message.from.as_ref());
            let text = state.texts.get(language, "not_allowed").to_string();
            send(&bot, ReplyTarget::to_message(&message), text, None).await?;
        }
        return Ok(());
    }
    let Some(text) = message.text() else {
        if private && message.from.is_some() {
            let language = language(&state, message.from.as_ref());
            send(
                &bot,
                ReplyTarget::to_message(&message),
                state.texts.get(language, "send_text").to_string(),
                None,
            )
            .await?;
        }
        return Ok(());
    };
    if let Ok(command) = Command::parse(text, &state.username) {
        return on_command(&bot, &message, &state, &live, command).await;
    }
    let question = if private {
        Some(text.to_string())
    } else {
        addressed_question(&message, text, &state)
    };
    match question {
        Some(question) => answer_question(&bot, &message, &state, &question).await,
        None => Ok(()),
    }
}

/// In a group, the question in a message that mentions the bot (mention removed) or replies to
/// one of its messages; `None` for chatter between people.
fn addressed_question(message: &Message, text: &str, state: &AppState) -> Option<String> {
    if let Some(range) = find_mention(text, &state.username) {
        let without = format!("{}{}", &text[..range.start], &text[range.end..]);
        return Some(
            without
                .trim()
                .trim_start_matches([',', ':'])
                .trim()
                .to_string(),
        );
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

async fn on_command(
    bot: &TgBot,
    message: &Message,
    state: &AppState,
    live: &Live,
    command: Command,
) -> HandlerResult {
    let target = ReplyTarget::to_message(message);
    let language = language(state, message.from.as_ref());
    let texts = &state.texts;
    let scope = browse::scope(state, target.chat.0);
    match command {
        Command::Start(payload) if state.engine.corpus().find_quote(&payload).is_some() => {
            show_quote_by_id(bot, target, state, language, &payload).await
        }
        Command::Start(_) => send(
            bot,
            target,
            texts.get(language, "welcome").to_string(),
            None,
        )
        .await
        .map(drop),
        Command::Help => send(bot, target, help(state, language), None)
            .await
            .map(drop),
        Command::Ask(question) if question.trim().is_empty() => send(
            bot,
            target,
            texts.get(language, "ask_usage").to_string(),
            None,
        )
        .await
        .map(drop),
        Command::Ask(question) => answer_question(bot, message, state, &question).await,
        Command::Topics => {
            let corpus = state.engine.corpus();
            let rows = corpus
                .answer_openings()
                .filter(|p| scope.includes(p.interview))
                .take(TOPIC_BUTTONS)
                .map(|first| vec![question_button(state, first)])
                .collect::<Vec<_>>();
            send(
                bot,
                target,
                texts.get(language, "topics_header").to_string(),
                Some(InlineKeyboardMarkup::new(rows)),
            )
            .await
            .map(drop)
        }
        Command::Random => match browse::random_passage(state.engine.corpus(), &scope) {
            Some(passage) => {
                send_card(
                    bot,
                    target,
                    state,
                    language,
                    passage,
                    &[],
                    CardButtons::default(),
                )
                .await
            }
            None => Ok(()),
        },
        Command::About => send(bot, target, about(state, language, &scope), None)
            .await
            .map(drop),
        Command::Quote(id) if id.trim().is_empty() => {
            let example = example_quote_id(state);
            let usage = fill(texts.get(language, "quote_usage"), &[("example", &example)]);
            send(bot, target, usage, None).await.map(drop)
        }
        Command::Quote(id) => show_quote_by_id(bot, target, state, language, &id).await,
        Command::Interviews => browse::list(bot, target, state, language).await,
        Command::Use(id) => browse::use_command(bot, target, state, language, &id).await,
        Command::Why(_) | Command::Stats | Command::Reload if !is_admin(state, message) => {
            send(bot, target, texts.get(language, "help").to_string(), None)
                .await
                .map(drop)
        }
        Command::Why(question) => send(bot, target, why(state, &question), None)
            .await
            .map(drop),
        Command::Stats => send(bot, target, super::stats::render(state), None)
            .await
            .map(drop),
        Command::Reload => {
            let report = match live.reload().await {
                Ok(summary) => {
                    let mut report = format!(
                        "Reloaded: {} interviews, {} passages.",
                        summary.interviews, summary.passages
                    );
                    for problem in summary.problems.iter().take(10) {
                        report.push_str(&format!(
                            "\n• {}",
                            telegram::escape(telegram::truncate(problem, 300))
                        ));
                    }
                    report
                }
                Err(error) => format!(
                    "Reload failed; the previous version keeps serving.\n{}",
                    telegram::escape(telegram::truncate(&error, 1_500))
                ),
            };
            send(bot, target, report, None).await.map(drop)
        }
    }
}

fn example_quote_id(state: &AppState) -> String {
    let corpus = state.engine.corpus();
    corpus
        .passages
        .first()
        .map(|p| corpus.quote_id(p))
        .unwrap_or_default()
}

async fn show_quote_by_id(
    bot: &TgBot,
    target: ReplyTarget,
    state: &AppState,
    language: &str,
    id: &str,
) -> HandlerResult {
    let corpus = state.engine.corpus();
    match corpus.find_quote(id) {
        Some(passage) => {
            send_card(
                bot,
                target,
                state,
                language,
                passage,
                &[],
                CardButtons::default(),
            )
            .await
        }
        None => {
            let example = example_quote_id(state);
            let text = fill(
                state.texts.get(language, "quote_not_found"),
                &[("example", &example)],
            );
            send(bot, target, text, None).await.map(drop)
        }
    }
}

/// `/help`, with the archive commands when there is an archive to browse.
fn help(state: &AppState, language: &str) -> String {
    let help = state.texts.get(language, "help");
    match browse::is_archive(state) {
        true => format!("{help}{}", state.texts.get(language, "help_archive")),
        false => help.to_string(),
    }
}

fn about(state: &AppState, language: &str, scope: &Scope) -> String {
    let texts = &state.texts;
    let corpus = state.engine.corpus();
    let footer = texts.get(language, "about_footer");
    let mut about = String::new();
    let interviews = corpus.interviews.iter().enumerate();
    for (_, interview) in interviews.filter(|(i, _)| scope.includes(*i)) {
        let m = &interview.metadata;
        let mut part = fill(
            texts.get(language, "about_interview"),
            &[
                ("title", telegram::truncate(&interview.title, 300)),
                ("interviewee", interview.interviewee()),
                ("outlet", m.outlet.as_deref().unwrap_or("—")),
            ],
        );
        if let Some(republished_by) = &m.republished_by {
            part.push_str(&fill(
                texts.get(language, "about_republished"),
                &[("republished_by", republished_by)],
            ));
        }
        if let Some(url) = &m.url {
            part.push('\n');
            part.push_str(&telegram::escape(url));
        }
        part.push_str("\n\n");
        // An archive of interviews does not fit one message: list what fits.
        if telegram::visible_utf16(&about)
            + telegram::visible_utf16(&part)
            + telegram::visible_utf16(footer)
            > ABOUT_BUDGET_UTF16
        {
            break;
        }
        about.push_str(&part);
    }
    about.push_str(footer);
    about
}

/// Answers a question with the best quote card, or an honest no-match reply.
async fn answer_question(
    bot: &TgBot,
    message: &Message,
    state: &AppState,
    question: &str,
) -> HandlerResult {
    let target = ReplyTarget::to_message(message);
    let language = language(state, message.from.as_ref());
    let user = message
        .from
        .as_ref()
        .map_or(message.chat.id.0 as u64, |u| u.id.0);
    let verdict = state
        .flood
        .lock()
        .expect("flood guard")
        .check(user, Instant::now());
    match verdict {
        FloodVerdict::Allow => {}
        FloodVerdict::Warn => {
            return send(
                bot,
                target,
                state.texts.get(language, "flood").to_string(),
                None,
            )
            .await
            .map(drop);
        }
        FloodVerdict::Ignore => return Ok(()),
    }

    let scope = browse::scope(state, target.chat.0);
    let outcome = state.engine.search_in(question, MAX_MATCHES, &scope);
    state
        .store
        .count_question(question, !outcome.hits.is_empty());
    let outcome_label = if outcome.hits.is_empty() {
        "abstained"
    } else {
        "answered"
    };
    metrics::counter!(super::telemetry::names::QUESTIONS, "outcome" => outcome_label).increment(1);
    if let Some(best) = outcome.hits.first() {
        let session = state.store.remember(question);
        let buttons = CardButtons {
            next: (outcome.hits.len() > 1).then_some(Action::NextMatch { session, rank: 1 }),
            feedback: Some(session),
        };
        return send_card(
            bot,
            target,
            state,
            language,
            best.passage,
            &best.highlights,
            buttons,
        )
        .await;
    }

    let texts = &state.texts;
    if outcome.abstention == Some(Abstention::NoSearchableWords) {
        return send(
            bot,
            target,
            texts.get(language, "nothing_to_search").to_string(),
            None,
        )
        .await
        .map(drop);
    }
    if let Some(log) = &state.feedback {
        log.record(&Entry::Unanswered {
            time: feedback::now(),
            question: question.to_string(),
        });
    }
    let session = state.store.remember(question);
    let related = state
        .engine
        .related_answers_in(question, SUGGESTIONS, &scope);
    let mut rows: Vec<Vec<InlineKeyboardButton>> = related
        .iter()
        .map(|p| vec![question_button(state, p)])
        .collect();
    rows.push(feedback_row(state, language, session, None));
    if related.is_empty() {
        return send(
            bot,
            target,
            texts.get(language, "no_match_no_suggestions").to_string(),
            Some(InlineKeyboardMarkup::new(rows)),
        )
        .await
        .map(drop);
    }
    send(
        bot,
        target,
        texts.get(language, "no_match").to_string(),
        Some(InlineKeyboardMarkup::new(rows)),
    )
    .await
    .map(drop)
}

/// A button showing the answer that starts with `first` (labelled with its question).
fn question_button(state: &AppState, first: &Passage) -> InlineKeyboardButton {
    let corpus = state.engine.corpus();
    let question = corpus
        .question_of(first)
        .unwrap_or(&corpus.interview_of(first).title);
    InlineKeyboardButton::callback(
        label(question),
        Action::Show {
            quote_id: corpus.quote_id(first),
        }
        .encode(),
    )
}

fn label(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(BUTTON_LABEL_CHARS).collect();
    if chars.next().is_some() {
        format!("{}…", head.trim_end())
    } else {
        head
    }
}

/// The buttons under a quote card.
/// Buttons under a card beyond Full answer and Share.
#[derive(Debug, Clone, Default)]
struct CardButtons {
    /// "Next match", when the question has more answers.
    next: Option<Action>,
    /// Helpful / not helpful, for a card answering a remembered question.
    feedback: Option<u64>,
}

fn card_keyboard(
    state: &AppState,
    language: &str,
    passage: &Passage,
    buttons: CardButtons,
) -> InlineKeyboardMarkup {
    let texts = &state.texts;
    let quote_id = state.engine.corpus().quote_id(passage);
    let mut first_row = vec![InlineKeyboardButton::callback(
        texts.get(language, "button_full_answer"),
        Action::FullAnswer {
            quote_id: quote_id.clone(),
        }
        .encode(),
    )];
    if let Some(next) = buttons.next {
        first_row.push(InlineKeyboardButton::callback(
            texts.get(language, "button_next_match"),
            next.encode(),
        ));
    }
    let share = InlineKeyboardButton::switch_inline_query(
        texts.get(language, "button_share"),
        quote_id.clone(),
    );
    let mut rows = vec![first_row, vec![share]];
    // The same passage in the interview's other versions, one button per language.
    let translations: Vec<InlineKeyboardButton> = state
        .engine
        .translations(passage)
        .into_iter()
        .map(|t| {
            InlineKeyboardButton::callback(
                format!("🌐 {}", t.language.name()),
                Action::Show {
                    quote_id: t.quote_id,
                }
                .encode(),
            )
        })
        .collect();
    if !translations.is_empty() {
        rows.push(translations);
    }
    if let Some(session) = buttons.feedback {
        rows.push(feedback_row(state, language, session, Some(quote_id)));
    }
    InlineKeyboardMarkup::new(rows)
}

/// Helpful / not helpful buttons for the answer to a remembered question.
fn feedback_row(
    state: &AppState,
    language: &str,
    session: u64,
    quote_id: Option<String>,
) -> Vec<InlineKeyboardButton> {
    [(true, "button_helpful"), (false, "button_not_helpful")]
        .into_iter()
        .map(|(helpful, key)| {
            let action = Action::Feedback {
                session,
                helpful,
                quote_id: quote_id.clone(),
            };
            InlineKeyboardButton::callback(state.texts.get(language, key), action.encode())
        })
        .collect()
}

/// A quote card; sent to `chat`, it names the interview the chat picked, if any.
fn render_card(
    state: &AppState,
    language: &str,
    passage: &Passage,
    highlights: &[std::ops::Range<usize>],
    chat: Option<ChatId>,
) -> Html {
    let scope_line = chat.and_then(|chat| browse::scope_line(state, language, chat.0));
    telegram::quote_card_in(
        passage,
        highlights,
        state.engine.corpus(),
        card_texts(state, language),
        scope_line.as_deref(),
    )
}

async fn send_card(
    bot: &TgBot,
    target: ReplyTarget,
    state: &AppState,
    language: &str,
    passage: &Passage,
    highlights: &[std::ops::Range<usize>],
    buttons: CardButtons,
) -> HandlerResult {
    let card = render_card(state, language, passage, highlights, Some(target.chat));
    let keyboard = card_keyboard(state, language, passage, buttons);
    send(bot, target, card.into_string(), Some(keyboard))
        .await
        .map(drop)
}

/// Button presses. Every callback query is answered, first (Telegram gives a button only a few
/// seconds), then the action's messages are sent.
async fn on_callback(bot: TgBot, query: CallbackQuery, state: Arc<AppState>) -> HandlerResult {
    let language = language(&state, Some(&query.from));
    let message = query.regular_message();
    let action = query.data.as_deref().and_then(Action::decode);
    if let (Some(action @ (Action::Interviews { .. } | Action::Use { .. })), Some(message)) =
        (&action, message)
    {
        if state.serves(message.chat.id.0) {
            let action = action.clone();
            return browse::on_button(&bot, &state, &query, action, message, language).await;
        }
    }
    let work = match (action, message) {
        (_, Some(message)) if !state.serves(message.chat.id.0) => Err("not_allowed"),
        (Some(action), Some(message)) => prepare(&state, action, message.chat.id.0),
        _ => Err("button_expired"),
    };
    let notice = work
        .as_ref()
        .err()
        .map(|key| state.texts.get(language, key).to_string());
    bot.call(|client| {
        let request = client.answer_callback_query(query.id.clone());
        match &notice {
            Some(text) => request.text(text.clone()),
            None => request,
        }
    })
    .await?;
    match (work, message) {
        (Ok(work), Some(message)) => perform(&bot, &state, language, work, message).await,
        _ => Ok(()),
    }
}

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

/// Resolves a button's action; `Err` holds the texts key of the notice to show instead (the
/// only reply to a rating).
fn prepare(state: &AppState, action: Action, chat: i64) -> Result<ButtonWork<'_>, &'static str> {
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
            Err("feedback_thanks")
        }
        Action::FullAnswer { quote_id } => corpus
            .find_quote(&quote_id)
            .map(ButtonWork::FullAnswer)
            .ok_or("button_expired"),
        Action::Show { quote_id } => corpus
            .find_quote(&quote_id)
            .map(ButtonWork::Card)
            .ok_or("button_expired"),
        Action::NextMatch { rank, .. } if rank >= MAX_MATCHES => Err("no_more_matches"),
        // Handled by `browse` before a button's work is prepared.
        Action::Interviews { .. } | Action::Use { .. } => Err("button_expired"),
        Action::NextMatch { session, rank } => {
            let question = state.store.question(session);
            let question = question.ok_or("button_expired")?;
            let scope = browse::scope(state, chat);
            let mut hits = state.engine.search_in(&question, rank + 2, &scope).hits;
            if hits.len() <= rank {
                return Err("no_more_matches");
            }
            let next =
                (hits.len() > rank + 1 && rank + 1 < MAX_MATCHES).then_some(Action::NextMatch {
                    session,
                    rank: rank + 1,
                });
            Ok(ButtonWork::Replace {
                hit: hits.swap_remove(rank),
                next,
                session,
            })
        }
    }
}

async fn perform(
    bot: &TgBot,
    state: &AppState,
    language: &str,
    work: ButtonWork<'_>,
    message: &Message,
) -> HandlerResult {
    let corpus = state.engine.corpus();
    let target = ReplyTarget {
        chat: message.chat.id,
        reply_to: Some(message.id),
        thread: message.thread_id.filter(|_| message.is_topic_message),
    };
    match work {
        ButtonWork::FullAnswer(passage) => {
            let interview = corpus.interview_of(passage);
            let header = match corpus.question_of(passage) {
                Some(question) => fill(
                    state.texts.get(language, "full_answer_header"),
                    &[
                        ("interviewee", interview.interviewee()),
                        (
                            "question",
                            telegram::truncate(question, telegram::MAX_QUESTION_UTF16),
                        ),
                    ],
                ),
                None => fill(
                    state.texts.get(language, "intro_header"),
                    &[("title", &interview.title)],
                ),
            };
            for part in telegram::full_answer(passage, corpus, &header) {
                send(bot, target, part, None).await?;
            }
            Ok(())
        }
        ButtonWork::Card(passage) => {
            send_card(
                bot,
                target,
                state,
                language,
                passage,
                &[],
                CardButtons::default(),
            )
            .await
        }
        ButtonWork::Replace { hit, next, session } => {
            let buttons = CardButtons {
                next,
                feedback: Some(session),
            };
            edit_card(bot, state, language, message, &hit, buttons).await
        }
    }
}

async fn edit_card(
    bot: &TgBot,
    state: &AppState,
    language: &str,
    message: &Message,
    hit: &Hit<'_>,
    buttons: CardButtons,
) -> HandlerResult {
    let card = render_card(
        state,
        language,
        hit.passage,
        &hit.highlights,
        Some(message.chat.id),
    )
    .into_string();
    let keyboard = card_keyboard(state, language, hit.passage, buttons);
    let result = bot
        .call(|client| {
            client
                .edit_message_text(message.chat.id, message.id, card.clone())
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview())
                .reply_markup(keyboard.clone())
        })
        .await;
    match result {
        Ok(_) => Ok(()),
        Err(error) if is_not_modified(&error) => Ok(()),
        Err(error) => Err(error.into()),
    }
}

/// `@bot question` in any chat: up to ten quote cards to pick from; an empty query gets a few
/// suggestions, and a quote id (from a Share button) gets that quote.
async fn on_inline_query(bot: TgBot, query: InlineQuery, state: Arc<AppState>) -> HandlerResult {
    let language = language(&state, Some(&query.from));
    let corpus = state.engine.corpus();
    let text = query.query.trim();
    let allowed = state.serves(query.from.id.0 as i64);
    let (scope, text) = browse::inline_scope(corpus, text).unwrap_or((Scope::All, text));
    let passages: Vec<(&Passage, Vec<std::ops::Range<usize>>)> = if !allowed {
        Vec::new()
    } else if text.is_empty() {
        corpus
            .answer_openings()
            .filter(|p| scope.includes(p.interview))
            .take(INLINE_RESULTS)
            .map(|p| (p, Vec::new()))
            .collect()
    } else if let Some(passage) = corpus.find_quote(text) {
        vec![(passage, Vec::new())]
    } else {
        state
            .engine
            .search_in(text, INLINE_RESULTS, &scope)
            .hits
            .into_iter()
            .map(|hit| (hit.passage, hit.highlights))
            .collect()
    };
    let results: Vec<InlineQueryResult> = passages
        .iter()
        .map(|(passage, highlights)| {
            let card = render_card(&state, language, passage, highlights, None).into_string();
            let content = InputMessageContent::Text(
                InputMessageContentText::new(card)
                    .parse_mode(ParseMode::Html)
                    .link_preview_options(no_preview()),
            );
            let description = corpus.question_of(passage).map_or_else(
                || corpus.interview_of(passage).title.clone(),
                str::to_string,
            );
            InlineQueryResult::Article(
                InlineQueryResultArticle::new(
                    corpus.quote_id(passage),
                    label(&passage.text),
                    content,
                )
                .description(label(&description)),
            )
        })
        .collect();
    // With nothing to offer, a button above the (empty) list leads to the bot's help.
    let help_button = (results.is_empty()).then(|| InlineQueryResultsButton {
        text: state
            .texts
            .get(
                language,
                if allowed {
                    "inline_no_match"
                } else {
                    "not_allowed"
                },
            )
            .to_string(),
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

fn is_admin(state: &AppState, message: &Message) -> bool {
    message
        .from
        .as_ref()
        .is_some_and(|user| state.admins.contains(&user.id.0))
}

/// Candidates shown by /why.
const WHY_CANDIDATES: usize = 5;

/// Concepts listed by /why (a long question has up to 32).
const WHY_CONCEPTS: usize = 12;

/// /why: how a question was read, which rule decided, and how the best passages scored.
fn why(state: &AppState, question: &str) -> String {
    use crate::search::Abstention;
    let corpus = state.engine.corpus();
    let explanation = state.engine.explain(question, WHY_CANDIDATES);
    let mut out = format!(
        "<b>Question</b>: {}\n<b>Read as</b>: ",
        telegram::escape(telegram::truncate(question, 300))
    );
    let concepts: Vec<String> = explanation
        .plan
        .concepts
        .iter()
        .take(WHY_CONCEPTS)
        .map(|concept| {
            let others: Vec<String> = concept
                .alternatives
                .iter()
                .skip(1)
                .take(3)
                .map(|a| a.terms.join(" "))
                .collect();
            let also = if others.is_empty() {
                String::new()
            } else {
                format!("; also {}", others.join(", "))
            };
            format!(
                "{} ({:.2}{also})",
                telegram::truncate(&concept.words, 40),
                concept.weight
            )
        })
        .collect();
    out.push_str(&telegram::escape(&if concepts.is_empty() {
        "nothing searchable".to_string()
    } else {
        concepts.join(", ")
    }));
    let best = explanation.candidates.first().map_or(0.0, |c| c.coverage);
    let decision = match &explanation.abstention {
        None => format!(
            "answered: best coverage {best:.2} ≥ {:.2}",
            explanation.min_coverage
        ),
        Some(Abstention::LowCoverage {
            coverage,
            min_coverage,
        }) => format!("no answer: best coverage {coverage:.2} < {min_coverage:.2}"),
        Some(Abstention::NoSearchableWords) => "no answer: no searchable words".to_string(),
        Some(Abstention::NoMatch) => "no answer: no passage shares a word".to_string(),
    };
    out.push_str(&format!(
        "\n<b>Decision</b>: {}\n",
        telegram::escape(&decision)
    ));
    for (rank, candidate) in explanation.candidates.iter().enumerate() {
        let matched: Vec<String> = explanation
            .plan
            .concepts
            .iter()
            .zip(&candidate.matches)
            .filter(|(_, m)| m.in_text || m.in_question)
            .map(|(concept, m)| {
                let places = [
                    (m.in_text, "text"),
                    (m.in_question, "question"),
                    (m.names_interview, "name"),
                ]
                .iter()
                .filter(|(hit, _)| *hit)
                .map(|(_, place)| *place)
                .collect::<Vec<_>>()
                .join("+");
                format!("{} [{places}]", telegram::truncate(&concept.words, 30))
            })
            .collect();
        out.push_str(&format!(
            "\n{}. {:.2} · coverage {:.2} · <code>{}</code>\n“{}…”\nmatched: {}\n",
            rank + 1,
            candidate.score,
            candidate.coverage,
            corpus.quote_id(candidate.passage),
            telegram::escape(telegram::truncate(&candidate.passage.text, 80)),
            telegram::escape(&if matched.is_empty() {
                "—".to_string()
            } else {
                matched.join(", ")
            }),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::find_mention;

    #[test]
    fn mentions_are_found_case_insensitively_and_only_whole() {
        assert_eq!(find_mention("hi @My_Bot, why?", "my_bot"), Some(3..10));
        assert_eq!(find_mention("@my_bot2 why?", "my_bot"), None);
        assert_eq!(find_mention("ȺȺȺȺȺȺȺȺȺȺ @my_bot q", "my_bot"), Some(21..28));
        assert_eq!(find_mention("🙂", "my_bot"), None);
        assert_eq!(find_mention("@my_bot", ""), None);
    }
}
