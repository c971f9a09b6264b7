//! The bot as people meet it, against the strict fake Bot API: private questions, commands,
//! buttons, groups, inline mode, odd messages and hostile input. Every scenario also checks that
//! Telegram would have accepted every request.

use crate::support;

use std::time::Duration;

use interview_bot::bot::BotError;
use interview_bot::config::BotConfig;
use serde_json::json;
use support::app::{buttons, message_of, spawn_app, text_of, TestApp, WAIT};
use support::updates;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

const USER: i64 = 4_242;
const GROUP: i64 = -1_001_234_567_890;

fn ask_private(app: &TestApp, text: &str) -> i64 {
    app.deliver(updates::private_text(USER, USER, Some("en"), text))
}

/// A bot started by the test itself, with what stops it.
type Running = (CancellationToken, JoinHandle<Result<(), BotError>>);

/// Runs the bot with `config` on the shipped interview until [`stop_bot`].
fn run_bot(config: BotConfig) -> Running {
    let shutdown = CancellationToken::new();
    let bot = tokio::spawn({
        let shutdown = shutdown.clone();
        async move {
            let (engine, texts) = (support::app::engine(), support::app::texts());
            interview_bot::bot::run(&config, engine, texts, None, shutdown).await
        }
    });
    (shutdown, bot)
}

/// Stops a bot [`run_bot`] started and waits for it to end, without error, in time.
async fn stop_bot((shutdown, bot): Running) {
    shutdown.cancel();
    tokio::time::timeout(WAIT, bot)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_private_question_gets_a_quote_card_with_buttons() {
    let app = spawn_app().await;

    ask_private(&app, "What is the main threat against humanity?");
    let card = app.next_sent().await;

    assert_eq!(card.body["parse_mode"], "HTML");
    let text = text_of(&card);
    assert!(text.starts_with("<blockquote>In short, capitalism is the <b>main</b> <b>threat</b> against <b>humanity</b>."), "{text}");
    assert!(text.contains("</blockquote>\n— Sacha Llorenti, answering: <i>After experiencing the COVID-19 pandemic"), "{text}");
    assert!(text.contains("<i>ALBA-TCP Executive Secretary: ‘Capitalism is the main threat against humanity’</i> · Brasil de Fato"), "{text}");
    let labels: Vec<String> = buttons(&card).into_iter().map(|(label, _)| label).collect();
    assert_eq!(
        labels,
        [
            "Full answer",
            "Next match",
            "Share",
            "👍 Helpful",
            "👎 Not helpful"
        ]
    );
    assert!(
        card.body.get("reply_parameters").is_none(),
        "no reply threading in private chats"
    );
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interface_texts_follow_the_users_language() {
    let app = spawn_app().await;
    app.deliver(updates::private_text(
        USER,
        USER,
        Some("es"),
        "capitalism main threat",
    ));
    let card = app.next_sent().await;
    assert!(text_of(&card).contains("— Sacha Llorenti, respondiendo a: <i>"));
    assert_eq!(buttons(&card)[0].0, "Respuesta completa");

    app.deliver(updates::private_text(USER, USER, Some("pt-BR"), "/help"));
    assert!(text_of(&app.next_sent().await).contains("Envie-me qualquer pergunta"));
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_start_help_topics_random_about_and_quote() {
    let app = spawn_app().await;

    ask_private(&app, "/start");
    assert!(text_of(&app.next_sent().await).contains("Ask me about the interview"));

    ask_private(&app, "/help");
    assert!(text_of(&app.next_sent().await).contains("/topics"));

    ask_private(&app, "/topics");
    let topics = app.next_sent().await;
    let topic_buttons = buttons(&topics);
    let questions = support::app::engine().corpus().answer_openings().count();
    assert_eq!(
        topic_buttons.len(),
        questions,
        "one button per interviewer question"
    );
    assert!(topic_buttons
        .iter()
        .any(|(label, _)| label
            .starts_with("What are the challenges for Latin American integration")));

    ask_private(&app, "/random");
    let random = app.next_sent().await;
    // Any passage may come up: an answer ("— Sacha Llorenti, answering…") or an introduction
    // ("— from the publisher’s introduction to the interview with Sacha Llorenti").
    assert!(
        text_of(&random).starts_with("<blockquote>") && text_of(&random).contains("Sacha Llorenti")
    );

    ask_private(&app, "/about");
    let about = text_of(&app.next_sent().await).to_string();
    for expected in [
        "Interviewee: Sacha Llorenti",
        "Published by: Brasil de Fato",
        "Republished by: MPPRE",
    ] {
        assert!(about.contains(expected), "{about}");
    }

    let engine = support::app::engine();
    let corpus = engine.corpus();
    let passage = corpus
        .passages
        .iter()
        .find(|p| p.text.contains("Bank of ALBA played"))
        .unwrap();
    ask_private(&app, &format!("/quote {}", corpus.quote_id(passage)));
    assert!(
        text_of(&app.next_sent().await).contains("The Bank of ALBA played a very important role")
    );

    ask_private(&app, "/quote nonsense");
    assert!(text_of(&app.next_sent().await).contains("I don't know that quote id"));
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deep_link_opens_its_quote() {
    let app = spawn_app().await;
    let engine = support::app::engine();
    let corpus = engine.corpus();
    let passage = corpus
        .passages
        .iter()
        .find(|p| p.text.contains("no one is left behind"))
        .unwrap();

    ask_private(&app, &format!("/start {}", corpus.quote_id(passage)));

    let card = app.next_sent().await;
    assert!(text_of(&card).contains("coordinate these efforts and that no one is left behind"));

    ask_private(&app, "/start help");
    assert!(
        text_of(&app.next_sent().await).contains("Ask me about the interview"),
        "an unknown payload gets the welcome"
    );
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_answer_and_next_match_buttons_work_and_every_press_is_answered() {
    let app = spawn_app().await;
    ask_private(
        &app,
        "Why did MAS win the Bolivian election after the coup?",
    );
    let card = app.next_sent().await;
    let card_message = message_of(&card);
    let card_buttons = buttons(&card);

    app.deliver(updates::callback_query(
        "press-1",
        USER,
        &card_message,
        &card_buttons[0].1,
    ));
    let full = app.next_sent().await;
    let full_text = text_of(&full);
    assert!(full_text.contains("<blockquote expandable>"), "{full_text}");
    for paragraph in [
        "There are several things.",
        "In other words, we had a government",
        "I believe that the election of President Luis Arce",
    ] {
        assert!(full_text.contains(paragraph), "{full_text}");
    }
    assert_eq!(
        full.body["reply_parameters"]["message_id"],
        card_message["message_id"]
    );

    app.deliver(updates::callback_query(
        "press-2",
        USER,
        &card_message,
        &card_buttons[1].1,
    ));
    let edit = app
        .fake
        .wait_for_call("editMessageText", WAIT)
        .await
        .expect("the card is edited");
    assert_eq!(edit.status, Some(200), "{:?}", edit.description());
    assert_ne!(
        edit.body["text"], card.body["text"],
        "shows another passage"
    );
    assert!(edit.body["text"]
        .as_str()
        .unwrap()
        .starts_with("<blockquote>"));

    let answered = app
        .fake
        .wait_until(WAIT, |f| f.answered_callback_ids().len() == 2)
        .await;
    assert!(
        answered,
        "every button press is answered: {:?}",
        app.fake.answered_callback_ids()
    );

    app.deliver(updates::callback_query(
        "press-3",
        USER,
        &card_message,
        "n:ffffffffff:1",
    ));
    let expired = app
        .fake
        .wait_until(WAIT, |f| f.callback_answers().len() == 3)
        .await;
    assert!(expired);
    assert_eq!(
        app.fake.callback_answers()[2].text.as_deref(),
        Some("This button has expired. Please ask again.")
    );
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_translated_passage_offers_its_other_version_with_a_button() {
    let app = spawn_app().await;
    ask_private(
        &app,
        "What did ALBA ask of the U.S. authorities after the Capitol invasion?",
    );
    let card = app.next_sent().await;
    let text = text_of(&card);
    assert!(
        text.starts_with("<blockquote>We called on the <b>U.S</b>. <b>authorities</b>"),
        "{text}"
    );
    let card_buttons = buttons(&card);
    let (_, data) = card_buttons
        .iter()
        .find(|(label, _)| label == "🌐 Português")
        .unwrap_or_else(|| panic!("a button for the Portuguese version: {card_buttons:?}"));

    app.deliver(updates::callback_query(
        "press-pt",
        USER,
        &message_of(&card),
        data,
    ));
    let portuguese = app.next_sent().await;
    let text = text_of(&portuguese);
    assert!(
        text.starts_with("<blockquote>Nós pedimos às autoridades dos Estados Unidos"),
        "{text}"
    );
    let back: Vec<String> = buttons(&portuguese)
        .into_iter()
        .map(|(label, _)| label)
        .collect();
    assert!(back.contains(&"🌐 English".to_string()), "{back:?}");
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_good_match_gets_an_honest_reply_never_a_random_quote() {
    let app = spawn_app().await;

    ask_private(&app, "What is the recipe for chocolate cake?");
    let reply = app.next_sent().await;
    assert!(
        text_of(&reply).starts_with("Nothing in the interview answers that"),
        "{}",
        text_of(&reply)
    );
    assert!(!text_of(&reply).contains("<blockquote>"));

    ask_private(&app, "Is the boliviano exchange rate stable?");
    let reply = app.next_sent().await;
    assert!(text_of(&reply).starts_with("Nothing in the interview answers that"));
    let (suggestions, ratings): (Vec<_>, Vec<_>) = buttons(&reply)
        .into_iter()
        .partition(|(_, data)| data.starts_with("q:"));
    assert!(
        !suggestions.is_empty() && suggestions.len() <= 3,
        "closest interview questions offered"
    );
    assert_eq!(ratings.len(), 2, "and the helpful / not helpful buttons");

    app.deliver(updates::callback_query(
        "pick",
        USER,
        &message_of(&reply),
        &suggestions[0].1,
    ));
    let shown = app.next_sent().await;
    assert!(text_of(&shown).starts_with("<blockquote>"));
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_get_answers_to_commands_mentions_and_replies_and_silence_otherwise() {
    let app = spawn_app().await;

    let asked = app.deliver(updates::group_text_auto(
        GROUP,
        USER,
        "/ask@interview_test_bot What is the main threat against humanity?",
    ));
    let reply = app.next_sent().await;
    assert!(text_of(&reply).contains("capitalism is the <b>main</b> <b>threat</b>"));
    let _ = asked;
    assert!(
        reply.body["reply_parameters"]["message_id"].is_i64(),
        "threaded as a reply"
    );

    app.deliver(updates::group_text_auto(GROUP, USER, "/ask Almagro OAS"));
    assert!(text_of(&app.next_sent().await).contains("<b>Almagro</b>"));

    app.deliver(updates::group_text_auto(
        GROUP,
        USER,
        "@interview_test_bot what about the vaccine bank?",
    ));
    assert!(text_of(&app.next_sent().await).contains("<b>vaccine</b>"));

    app.deliver(updates::group_text_auto(
        GROUP,
        USER,
        "hey everyone, lunch at noon?",
    ));
    app.assert_silent().await;

    app.deliver(updates::group_text_auto(
        GROUP,
        USER,
        "/ask@some_other_bot what is the main threat",
    ));
    app.assert_silent().await;

    app.deliver(updates::reply_to(
        USER,
        "and the Sucre currency?",
        &message_of(&reply),
    ));
    assert!(
        text_of(&app.next_sent().await).contains("Sucre"),
        "a reply to the bot is a question"
    );

    app.deliver(updates::group_text_auto(GROUP, USER, "/ask"));
    assert!(text_of(&app.next_sent().await).contains("Ask a question after the command"));
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_to_the_bot_is_a_question_and_forum_topics_are_kept() {
    let app = spawn_app().await;
    app.deliver(updates::group_text_auto(
        GROUP,
        USER,
        "/ask capitalism main threat",
    ));
    let card = app.next_sent().await;

    app.deliver(updates::reply_to(
        USER,
        "what did he say about Almagro?",
        &message_of(&card),
    ));
    let answer = app.next_sent().await;
    assert!(
        text_of(&answer).contains("<b>Almagro</b>"),
        "{}",
        text_of(&answer)
    );

    let forum = -1_009_999_999_999;
    app.deliver(updates::forum_topic_text(
        forum,
        USER,
        77,
        "/ask vaccine bank",
    ));
    let in_topic = app.next_sent().await;
    assert_eq!(in_topic.body["message_thread_id"], 77);

    app.deliver(updates::forum_topic_text(
        forum,
        USER,
        77,
        "just chatting in the topic",
    ));
    app.assert_silent().await;
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inline_queries_offer_quote_cards_and_suggestions_when_empty() {
    let app = spawn_app().await;

    app.deliver(updates::inline_query(
        "inline-1",
        USER,
        "the main threat against humanity",
        "",
    ));
    app.deliver(updates::inline_query("inline-2", USER, "", ""));
    let answered = app
        .fake
        .wait_until(WAIT, |f| f.inline_answers().len() == 2)
        .await;
    assert!(answered);

    let answers = app.fake.inline_answers();
    let by_id = |id: &str| {
        answers
            .iter()
            .find(|a| a.inline_query_id == id)
            .unwrap()
            .clone()
    };
    let searched = by_id("inline-1");
    assert!(!searched.results.is_empty() && searched.results.len() <= 10);
    let first = &searched.results[0];
    assert_eq!(first["type"], "article");
    assert!(first["title"]
        .as_str()
        .unwrap()
        .starts_with("In short, capitalism is the main threat"));
    assert!(first["description"]
        .as_str()
        .unwrap()
        .starts_with("After experiencing the COVID-19 pandemic"));
    assert!(first["input_message_content"]["message_text"]
        .as_str()
        .unwrap()
        .starts_with("<blockquote>"));
    assert_eq!(searched.cache_time, Some(300));
    assert!(searched.is_personal, "cards are in each user's language");
    let ids: std::collections::HashSet<&str> = searched
        .results
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), searched.results.len(), "stable, unique ids");

    let suggested = by_id("inline-2");
    let questions = support::app::engine().corpus().answer_openings().count();
    assert_eq!(
        suggested.results.len(),
        questions.min(10),
        "one per question, at most 10"
    );

    app.deliver(updates::inline_query(
        "inline-3",
        USER,
        "the main threat against humanity",
        "",
    ));
    assert!(
        app.fake
            .wait_until(WAIT, |f| f.inline_answers().len() == 3)
            .await
    );
    let again = app
        .fake
        .inline_answers()
        .into_iter()
        .find(|a| a.inline_query_id == "inline-3")
        .unwrap();
    assert_eq!(
        again.results[0]["id"], searched.results[0]["id"],
        "same question, same result ids"
    );
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stickers_photos_edits_and_channel_posts_do_no_harm() {
    let app = spawn_app().await;

    app.deliver(updates::sticker(USER, USER, "🙂"));
    assert!(text_of(&app.next_sent().await).contains("I can only read text"));

    app.deliver(updates::photo(GROUP, USER, Some("look")));
    app.deliver(updates::edited_text(USER, USER, 1, "edited question"));
    app.deliver(updates::channel_post(-1_005_555_555_555, "news"));
    app.assert_silent().await;

    ask_private(&app, "Almagro OAS");
    assert!(
        text_of(&app.next_sent().await).contains("Almagro"),
        "still answering"
    );
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nasty_inputs_are_each_answered_exactly_once_and_nothing_is_rejected() {
    let app = spawn_app().await;
    let long = "capitalism ".repeat(500);
    let nasty = [
        long.as_str(),
        "\"(title:foo AND",
        "*",
        "<script>alert('x')</script> & <b>",
        "🙂🙂🙂🙂",
        "مرحبا، ما هو التهديد الرئيسي؟",
        "a\u{0}b",
        "the of and what is",
        "&amp; &lt; &#0; &#xD800;",
    ];
    for (i, text) in nasty.iter().enumerate() {
        app.deliver(updates::private_text(
            USER + i as i64,
            USER + i as i64,
            None,
            text,
        ));
    }
    let replies = app
        .fake
        .wait_for_calls("sendMessage", nasty.len(), WAIT)
        .await;
    assert_eq!(replies.len(), nasty.len());
    app.assert_silent().await;
    let mut chats: Vec<i64> = replies
        .iter()
        .map(|c| c.body["chat_id"].as_i64().unwrap())
        .collect();
    chats.sort();
    chats.dedup();
    assert_eq!(chats.len(), nasty.len(), "one answer per message");
    for reply in &replies {
        assert!(
            !text_of(reply).contains("<script>"),
            "user text never becomes markup"
        );
    }
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_menus_are_registered_for_private_chats_and_groups() {
    let app = spawn_app().await;
    let registered = app
        .fake
        .wait_until(WAIT, |f| f.calls_to("setMyCommands").len() >= 6)
        .await;
    assert!(registered);
    let private = app
        .fake
        .my_commands(&json!({"type": "all_private_chats"}), "")
        .expect("private menu");
    let names: Vec<&str> = private
        .iter()
        .map(|c| c["command"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["start", "help", "ask", "topics", "random", "about", "quote"]
    );
    let group = app
        .fake
        .my_commands(&json!({"type": "all_group_chats"}), "")
        .expect("group menu");
    assert_eq!(group.len(), 5);
    let spanish = app
        .fake
        .my_commands(&json!({"type": "all_private_chats"}), "es")
        .expect("Spanish menu");
    assert_eq!(spanish[2]["description"], "Preguntar sobre la entrevista");
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_flood_guard_answers_once_politely_then_stays_quiet() {
    let app = support::app::spawn_app_with(
        support::fake_telegram::FakeConfig {
            long_poll_cap: Duration::from_secs(1),
            ..Default::default()
        },
        |config| config.questions_per_minute = 2,
    )
    .await;
    for _ in 0..4 {
        ask_private(&app, "Almagro OAS");
    }
    let replies = app.fake.wait_for_calls("sendMessage", 3, WAIT).await;
    app.assert_silent().await;
    // Updates are answered concurrently, so the order of the replies may vary.
    let texts: Vec<&str> = replies.iter().map(text_of).collect();
    assert_eq!(
        texts.iter().filter(|t| t.contains("Almagro")).count(),
        2,
        "{texts:?}"
    );
    assert_eq!(
        texts
            .iter()
            .filter(|t| t.contains("faster than I can quote"))
            .count(),
        1,
        "{texts:?}"
    );
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_stop_confirms_every_handled_update() {
    let app = spawn_app().await;
    let last = ask_private(&app, "Almagro OAS");
    app.next_sent().await;
    let app = app.stop().await;
    assert_eq!(app.fake.confirmed_offset(), last + 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_get_why_and_stats_and_others_get_the_help() {
    const ADMIN: i64 = 777;
    let app = support::app::spawn_app_with(
        support::fake_telegram::FakeConfig {
            long_poll_cap: Duration::from_secs(1),
            ..Default::default()
        },
        |config| config.admin_ids = vec![ADMIN as u64],
    )
    .await;
    ask_private(&app, "What is the recipe for chocolate cake?");
    app.next_sent().await;
    ask_private(&app, "Almagro OAS");
    app.next_sent().await;

    app.deliver(updates::private_text(
        ADMIN,
        ADMIN,
        Some("en"),
        "/why vaccine bank",
    ));
    let why = text_of(&app.next_sent().await).to_string();
    assert!(
        why.contains("<b>Read as</b>: vaccine (") && why.contains("answered: best coverage 1.00"),
        "{why}"
    );
    assert!(
        why.contains("matched: vaccine [text+question]")
            || why.contains("matched: vaccine [question]"),
        "{why}"
    );

    app.deliver(updates::private_text(
        ADMIN,
        ADMIN,
        Some("en"),
        "/why chocolate cake",
    ));
    assert!(text_of(&app.next_sent().await).contains("<b>Decision</b>: no answer"));

    app.deliver(updates::private_text(ADMIN, ADMIN, Some("en"), "/stats"));
    let stats = text_of(&app.next_sent().await).to_string();
    assert!(stats.contains("2 questions, 1 answered (50%)"), "{stats}");
    assert!(
        stats.contains("1× what is the recipe for chocolate cake?"),
        "{stats}"
    );

    ask_private(&app, "/stats");
    assert!(
        text_of(&app.next_sent().await).contains("/topics"),
        "non-admins get the help, not the figures"
    );
    ask_private(&app, "/why vaccine");
    assert!(text_of(&app.next_sent().await).contains("/topics"));
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn allowed_chats_are_served_and_others_told_politely() {
    let app = support::app::spawn_app_with(
        support::fake_telegram::FakeConfig {
            long_poll_cap: Duration::from_secs(1),
            ..Default::default()
        },
        |config| config.allowed_chats = Some(vec![USER]),
    )
    .await;
    ask_private(&app, "Almagro OAS");
    assert!(text_of(&app.next_sent().await).contains("Almagro"));

    const STRANGER: i64 = 9_999;
    app.deliver(updates::private_text(
        STRANGER,
        STRANGER,
        Some("en"),
        "Almagro OAS",
    ));
    assert!(
        text_of(&app.next_sent().await).contains("only answers in the chats its operator chose")
    );

    app.deliver(updates::group_text_auto(GROUP, USER, "lunch?"));
    app.assert_silent().await;
    app.deliver(updates::group_text_auto(GROUP, USER, "/ask Almagro"));
    assert!(text_of(&app.next_sent().await).contains("only answers in the chats"));

    app.deliver(updates::inline_query(
        "inline-stranger",
        STRANGER,
        "Almagro",
        "",
    ));
    assert!(
        app.fake
            .wait_until(WAIT, |f| !f.inline_answers().is_empty())
            .await
    );
    assert!(app.fake.inline_answers()[0].results.is_empty());
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ratings_and_unanswered_questions_go_to_the_feedback_log_without_user_ids() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("feedback.jsonl");
    let app = support::app::spawn_app_with(
        support::fake_telegram::FakeConfig {
            long_poll_cap: Duration::from_secs(1),
            ..Default::default()
        },
        |config| config.feedback_log = Some(log.clone()),
    )
    .await;

    ask_private(&app, "Almagro OAS");
    let card = app.next_sent().await;
    let card_buttons = buttons(&card);
    let (label, not_helpful) = card_buttons
        .iter()
        .find(|(label, _)| label.contains("Not helpful"))
        .unwrap()
        .clone();
    assert_eq!(label, "👎 Not helpful");
    app.deliver(updates::callback_query(
        "rate-1",
        USER,
        &message_of(&card),
        &not_helpful,
    ));
    assert!(
        app.fake
            .wait_until(WAIT, |f| !f.callback_answers().is_empty())
            .await
    );
    assert_eq!(
        app.fake.callback_answers()[0].text.as_deref(),
        Some("Thanks, noted.")
    );

    ask_private(&app, "What is the recipe for chocolate cake?");
    let refusal = app.next_sent().await;
    let helpful = buttons(&refusal)
        .into_iter()
        .find(|(label, _)| label.contains("Helpful"))
        .unwrap()
        .1;
    app.deliver(updates::callback_query(
        "rate-2",
        USER,
        &message_of(&refusal),
        &helpful,
    ));
    assert!(
        app.fake
            .wait_until(WAIT, |f| f.callback_answers().len() == 2)
            .await
    );

    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let kinds: Vec<(&str, Option<bool>)> = lines
        .iter()
        .map(|l| (l["kind"].as_str().unwrap(), l["helpful"].as_bool()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("rated", Some(false)),
            ("unanswered", None),
            ("rated", Some(true))
        ]
    );
    assert_eq!(lines[0]["question"], "Almagro OAS");
    assert!(lines[0]["quote"].as_str().unwrap().ends_with("-2-3"));
    assert_eq!(lines[2]["quote"], serde_json::Value::Null);
    let raw = std::fs::read_to_string(&log).unwrap();
    assert!(
        !raw.contains(&USER.to_string()),
        "no user or chat id in the log"
    );
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_and_prometheus_metrics_are_served_when_configured() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let address: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let app = support::app::spawn_app_with(
        support::fake_telegram::FakeConfig {
            long_poll_cap: Duration::from_secs(1),
            ..Default::default()
        },
        |config| config.metrics_listen = Some(address),
    )
    .await;
    ask_private(&app, "Almagro OAS");
    app.next_sent().await;
    ask_private(&app, "What is the recipe for chocolate cake?");
    app.next_sent().await;

    let client = reqwest::Client::new();
    let health = client
        .get(format!("http://{address}/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    let health: serde_json::Value = health.json().await.unwrap();
    assert_eq!(health["status"], "ok");
    assert_eq!(health["index_loaded"], true);
    assert_eq!(health["telegram_reachable"], true);
    assert_eq!(
        health["passages"],
        support::app::engine().corpus().passages.len()
    );

    let metrics = client
        .get(format!("http://{address}/metrics"))
        .send()
        .await
        .unwrap();
    assert!(metrics.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    let metrics = metrics.text().await.unwrap();
    let passages = format!(
        "interview_bot_corpus_passages {}",
        support::app::engine().corpus().passages.len()
    );
    for expected in [
        "interview_bot_updates_total{kind=\"message\"}",
        "interview_bot_questions_total{outcome=\"answered\"}",
        "interview_bot_questions_total{outcome=\"abstained\"}",
        "interview_bot_reply_latency_seconds_bucket",
        passages.as_str(),
    ] {
        assert!(
            metrics.contains(expected),
            "missing {expected} in:\n{metrics}"
        );
    }
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_sets_the_webhook_checks_the_secret_and_answers_each_update_once() {
    use interview_bot::config::{SecretToken, WebhookConfig};

    let fake = support::fake_telegram::FakeTelegram::start().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let state = tempfile::tempdir().unwrap();
    let mut config = support::app::bot_config(&fake, state.path());
    config.webhook = Some(WebhookConfig {
        url: "https://bot.example.org/telegram/hook".parse().unwrap(),
        listen: format!("127.0.0.1:{port}").parse().unwrap(),
        secret: SecretToken::new("hook-secret_1"),
    });
    let bot = run_bot(config);
    let set = fake.wait_until(WAIT, |f| f.webhook().is_some()).await;
    assert!(
        set,
        "setWebhook called: {:?}",
        fake.calls()
            .iter()
            .map(|c| (c.method.clone(), c.description().map(str::to_string)))
            .collect::<Vec<_>>()
    );
    let webhook = fake.webhook().unwrap();
    assert_eq!(webhook.url, "https://bot.example.org/telegram/hook");
    assert_eq!(webhook.secret_token.as_deref(), Some("hook-secret_1"));
    assert!(
        fake.calls_to("getUpdates").is_empty(),
        "no polling in webhook mode"
    );

    fake.register_chat(updates::chat_for(USER));
    let mut update = updates::private_text(USER, USER, Some("en"), "Almagro OAS");
    update["update_id"] = json!(41);
    let url = format!("http://127.0.0.1:{port}/telegram/hook");
    let client = reqwest::Client::new();
    let post = |secret: Option<&'static str>| {
        let mut request = client.post(&url).json(&update);
        if let Some(secret) = secret {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        request.send()
    };
    // The listener may need a moment after setWebhook.
    let mut status = 0;
    for _ in 0..50 {
        if let Ok(response) = post(Some("wrong")).await {
            status = response.status().as_u16();
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(status, 401, "a wrong secret is refused");
    assert_eq!(
        post(None).await.unwrap().status(),
        401,
        "a missing secret is refused"
    );
    assert!(
        fake.wait_for_call("sendMessage", Duration::from_millis(300))
            .await
            .is_none(),
        "nothing processed"
    );

    assert_eq!(post(Some("hook-secret_1")).await.unwrap().status(), 200);
    assert_eq!(
        post(Some("hook-secret_1")).await.unwrap().status(),
        200,
        "a re-delivery is acknowledged"
    );
    let answer = fake
        .wait_for_call("sendMessage", WAIT)
        .await
        .expect("answered");
    assert!(answer.body["text"].as_str().unwrap().contains("Almagro"));
    assert!(
        fake.wait_for_call("sendMessage", Duration::from_millis(500))
            .await
            .is_none(),
        "answered once"
    );

    stop_bot(bot).await;

    // Back to polling: the webhook is removed.
    let mut polling = support::app::bot_config(&fake, state.path());
    polling.poll_timeout = Duration::from_secs(1);
    let bot = run_bot(polling);
    assert!(
        fake.wait_until(WAIT, |f| f.webhook().is_none()).await,
        "deleteWebhook called"
    );
    stop_bot(bot).await;
    assert!(
        fake.rejected().is_empty(),
        "{:?}",
        fake.rejected()
            .iter()
            .map(|c| c.description())
            .collect::<Vec<_>>()
    );
}
