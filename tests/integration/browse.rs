//! Browsing an archive in the bot, against the strict fake Bot API: `/interviews` pages, a
//! chat picking an interview (button or `/use`), questions and commands answered from it only,
//! the "in:" line on cards, `/use all`, the choice surviving a restart of the binary, inline
//! queries that start with a person's name, and a one-interview corpus left as it was.

use crate::support;

use std::time::Duration;

use serde_json::{json, Value};
use support::app::{
    archive_engine, buttons, message_of, spawn_app, spawn_archive_app, text_of, TestApp, WAIT,
};
use support::fake_telegram::{FakeConfig, FakeTelegram};
use support::served::{repo, Served};
use support::updates;

const USER: i64 = 5_151;
const OTHER_USER: i64 = 5_252;

/// Interviews in the test archive (files that do not parse are not served; a translation is
/// listed with its original).
fn archive_size() -> usize {
    let engine = archive_engine();
    let interviews = &engine.corpus().interviews;
    interviews
        .iter()
        .filter(|i| i.metadata.translation_of.is_none())
        .count()
}

/// Pages of six in the list of the test archive.
fn pages() -> usize {
    archive_size().div_ceil(6)
}

fn say(app: &TestApp, user: i64, text: &str) {
    app.deliver(updates::private_text(user, user, Some("en"), text));
}

/// Sends `text` and returns the bot's reply.
async fn reply_to(app: &TestApp, user: i64, text: &str) -> support::fake_telegram::Call {
    say(app, user, text);
    app.next_sent().await
}

fn press(app: &TestApp, id: &str, on: &support::fake_telegram::Call, data: &str) {
    app.deliver(updates::callback_query(id, USER, &message_of(on), data));
}

fn button_data(call: &support::fake_telegram::Call, label_part: &str) -> String {
    buttons(call)
        .into_iter()
        .find(|(label, _)| label.contains(label_part))
        .unwrap_or_else(|| panic!("no button with {label_part:?}: {:?}", buttons(call)))
        .1
}

/// The title of an archive interview, as its cards show it.
fn title_of(id: &str) -> String {
    let engine = archive_engine();
    let interview = engine
        .corpus()
        .interviews
        .iter()
        .find(|i| i.id == id)
        .expect("an archive interview");
    interview.title.clone()
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interviews_are_listed_newest_first_in_pages_with_interviewee_and_outlet() {
    let app = spawn_archive_app().await;

    let list = reply_to(&app, USER, "/interviews").await;

    let text = text_of(&list);
    assert!(
        text.starts_with(&format!(
            "<b>Interviews</b> ({}) – page 1 of {}",
            archive_size(),
            pages()
        )),
        "{text}"
    );
    assert!(
        text.contains("\n\n1. <b>Ngozi Okafor: “Africa cannot wait")
            && text.contains("Ngozi Okafor · Continental Health Journal · 2025-06-02"),
        "the newest (June 2025) first: {text}"
    );
    assert!(
        text.contains("\n\n2. <b>Yui Tanaka"),
        "then February 2025: {text}"
    );
    let labels: Vec<String> = buttons(&list).into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels.len(), 7, "six interviews and one way on: {labels:?}");
    assert_eq!(labels[0], "1. Ngozi Okafor · Continental Health Journal");
    assert_eq!(labels[6], "Older ›");

    press(&app, "page-2", &list, &button_data(&list, "Older"));
    let edit = app
        .fake
        .wait_for_call("editMessageText", WAIT)
        .await
        .expect("the list turns its page");
    assert_eq!(edit.status, Some(200), "{:?}", edit.description());
    let page_two = edit.body["text"].as_str().unwrap();
    assert!(page_two.contains("page 2 of ") && page_two.contains("\n\n7. <b>"));
    let labels: Vec<String> = buttons(&edit).into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels[6..], ["‹ Newer", "Older ›"]);

    press(&app, "last-page", &list, &format!("l:{}", pages() - 1));
    let edit = app
        .fake
        .wait_for_call("editMessageText", WAIT)
        .await
        .unwrap();
    let last_page = edit.body["text"].as_str().unwrap();
    let (last, n) = (pages(), archive_size());
    assert!(last_page.contains(&format!("page {last} of {last}")));
    assert!(last_page.contains(&format!("\n\n{n}. <b>")), "{last_page}");
    assert_eq!(buttons(&edit).last().unwrap().0, "‹ Newer");
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chat_picks_an_interview_with_a_button_and_its_questions_quote_only_that_interview() {
    let app = spawn_archive_app().await;
    let question = "What does she say about water?";
    let everywhere = reply_to(&app, OTHER_USER, question).await;
    assert!(text_of(&everywhere).contains("— Marta Quispe"));
    assert!(!text_of(&everywhere).contains("in: "), "no choice, no line");

    let list = reply_to(&app, USER, "/interviews").await;
    press(&app, "older", &list, "l:1");
    let page = app
        .fake
        .wait_for_call("editMessageText", WAIT)
        .await
        .unwrap();
    let pick = button_data(&page, "Erik Lindqvist · Circuit Notes");
    press(&app, "pick", &list, &pick);
    let confirmed = app.next_sent().await;
    assert!(
        text_of(&confirmed).starts_with("Now asking about <b>Erik Lindqvist"),
        "{}",
        text_of(&confirmed)
    );

    let card = reply_to(&app, USER, question).await;
    let text = text_of(&card);
    assert!(text.contains("— Erik Lindqvist, answering:"), "{text}");
    let title = escaped(&title_of("lindqvist-chip-supply"));
    assert!(text.ends_with(&format!("\nin: <i>{title}</i>")), "{text}");

    let again = reply_to(&app, OTHER_USER, question).await;
    assert!(
        text_of(&again).contains("— Marta Quispe"),
        "another chat still asks the whole archive"
    );

    let list = reply_to(&app, USER, "/interviews").await;
    let text = text_of(&list);
    assert!(
        text.contains("page 2 of"),
        "opens on the choice's page: {text}"
    );
    let marked = text.split("\n\n✓ ").nth(1).unwrap_or_default();
    let number = marked.split(". <b>").next().unwrap_or_default();
    assert!(
        number.parse::<usize>().is_ok()
            && marked[number.len()..].starts_with(". <b>Erik Lindqvist"),
        "the choice is marked: {text}"
    );
    assert_eq!(buttons(&list).last().unwrap().0, "All interviews");
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn use_picks_by_id_for_topics_random_and_about_until_use_all() {
    let app = spawn_archive_app().await;
    let id = "okafor-vaccines-africa";
    let engine = archive_engine();
    let interview = engine
        .corpus()
        .interviews
        .iter()
        .find(|i| i.id == id)
        .unwrap();

    let confirmed = reply_to(&app, USER, &format!("/use {id}")).await;
    assert!(text_of(&confirmed).contains("(Ngozi Okafor) only"));

    let topics = reply_to(&app, USER, "/topics").await;
    let labels: Vec<String> = buttons(&topics).into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels.len(), interview.turns.len(), "{labels:?}");

    for n in 0..3 {
        let random = reply_to(&app, USER, "/random").await;
        let text = text_of(&random);
        assert!(
            text.contains("Ngozi Okafor") && text.contains("\nin: <i>"),
            "{n}: {text}"
        );
        assert!(text.contains("Continental Health Journal"), "{n}: {text}");
    }

    let about = reply_to(&app, USER, "/about").await;
    let about = text_of(&about);
    assert!(about.contains("Interviewee: Ngozi Okafor"), "{about}");
    assert_eq!(about.matches("Interviewee:").count(), 1, "{about}");

    let all = reply_to(&app, USER, "/use all").await;
    assert_eq!(
        text_of(&all),
        format!("Now asking about all {} interviews.", archive_size())
    );
    let card = reply_to(&app, USER, "What does she say about water?").await;
    assert!(text_of(&card).contains("— Marta Quispe"));
    assert!(!text_of(&card).contains("\nin: "));
    let about = reply_to(&app, USER, "/about").await;
    assert!(text_of(&about).matches("Interviewee:").count() > 1);

    let unknown = reply_to(&app, USER, "/use nobody-here").await;
    assert!(text_of(&unknown).starts_with("I don't know that interview."));
    let usage = reply_to(&app, USER, "/use").await;
    assert!(text_of(&usage).contains("<code>/use okafor-vaccines-africa</code>"));
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn use_picks_by_number_in_the_list_or_by_name_and_offers_a_persons_interviews() {
    let app = spawn_archive_app().await;
    let list = reply_to(&app, USER, "/interviews").await;
    let list = text_of(&list);
    let third = list
        .split("\n\n3. <b>")
        .nth(1)
        .and_then(|rest| rest.split("</b>").next())
        .unwrap_or_else(|| panic!("a third entry: {list}"))
        .to_string();
    let confirmed = reply_to(&app, USER, "/use 3").await;
    assert!(
        text_of(&confirmed).starts_with(&format!("Now asking about <b>{third}</b>")),
        "{}",
        text_of(&confirmed)
    );

    let by_surname = reply_to(&app, USER, "/use LINDQVIST").await;
    assert!(text_of(&by_surname).contains("(Erik Lindqvist) only"));

    let offered = reply_to(&app, USER, "/use marta quispe").await;
    let text = text_of(&offered);
    assert!(
        text.starts_with("2 interviews are with <b>marta quispe</b>"),
        "{text}"
    );
    let choices = buttons(&offered);
    assert_eq!(choices.len(), 2, "{choices:?}");
    assert!(choices
        .iter()
        .all(|(label, _)| label.contains("Marta Quispe")));
    press(&app, "quispe", &offered, &choices[1].1);
    let picked = app.next_sent().await;
    assert!(
        text_of(&picked).contains("(Marta Quispe) only"),
        "{}",
        text_of(&picked)
    );

    let beyond = reply_to(&app, USER, &format!("/use {}", archive_size() + 1)).await;
    assert!(text_of(&beyond).starts_with("I don't know that interview."));
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_the_chosen_interview_cannot_answer_is_refused_not_answered_from_another() {
    let app = spawn_archive_app().await;
    reply_to(&app, USER, "/use reyes-band-tour").await;

    let reply = reply_to(&app, USER, "Why are nurses leaving public hospitals?").await;

    let text = text_of(&reply);
    assert!(!text.starts_with("<blockquote>"), "{text}");
    for (label, data) in buttons(&reply) {
        if let Some(quote) = data.strip_prefix("q:") {
            let corpus = archive_engine().corpus().clone();
            let passage = corpus.find_quote(quote).unwrap();
            assert_eq!(
                corpus.interview_of(passage).id,
                "reyes-band-tour",
                "suggestion {label} is from the chosen interview"
            );
        }
    }
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_inline_query_starting_with_a_name_searches_that_persons_interviews_only() {
    let app = spawn_archive_app().await;

    app.deliver(updates::inline_query("named", USER, "Quispe hospitals", ""));
    app.deliver(updates::inline_query("opened", USER, "okafor", ""));
    app.deliver(updates::inline_query("plain", USER, "hospitals", ""));
    let answered = app
        .fake
        .wait_until(WAIT, |f| f.inline_answers().len() == 3)
        .await;
    assert!(answered);

    let answers = app.fake.inline_answers();
    let results = |id: &str| -> Vec<Value> {
        answers
            .iter()
            .find(|a| a.inline_query_id == id)
            .unwrap()
            .results
            .clone()
    };
    let cards = |id: &str| -> Vec<String> {
        results(id)
            .iter()
            .map(|r| {
                r["input_message_content"]["message_text"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    let named = cards("named");
    assert!(!named.is_empty());
    assert!(
        named.iter().all(|c| c.contains("Marta Quispe")),
        "{named:#?}"
    );
    let opened = cards("opened");
    assert!(!opened.is_empty());
    assert!(
        opened.iter().all(|c| c.contains("Ngozi Okafor")),
        "{opened:#?}"
    );
    let plain = cards("plain");
    assert!(
        plain.iter().any(|c| !c.contains("Marta Quispe")),
        "without a name, the whole archive: {plain:#?}"
    );
    assert!(named.iter().chain(&plain).all(|c| !c.contains("\nin: ")));
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_one_interview_nothing_changes_for_users() {
    let app = spawn_app().await;

    let list = reply_to(&app, USER, "/interviews").await;
    assert!(
        text_of(&list).starts_with("There is only one interview here: <b>ALBA-TCP"),
        "{}",
        text_of(&list)
    );
    assert!(buttons(&list).is_empty());
    let used = reply_to(&app, USER, "/use all").await;
    assert!(text_of(&used).starts_with("There is only one interview here"));
    let help = reply_to(&app, USER, "/help").await;
    assert!(!text_of(&help).contains("/interviews"));
    let card = reply_to(&app, USER, "What is the main threat against humanity?").await;
    assert!(!text_of(&card).contains("in: "), "{}", text_of(&card));
    let menu_ready = app
        .fake
        .wait_until(WAIT, |f| {
            f.my_commands(&json!({"type": "all_private_chats"}), "")
                .is_some()
        })
        .await;
    assert!(menu_ready);
    let menu = app
        .fake
        .my_commands(&json!({"type": "all_private_chats"}), "")
        .unwrap();
    assert!(menu
        .iter()
        .all(|c| c["command"] != "interviews" && c["command"] != "use"));
    app.assert_nothing_rejected();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_archive_adds_the_browsing_commands_to_help_and_the_menus() {
    let app = spawn_archive_app().await;
    let help = reply_to(&app, USER, "/help").await;
    assert!(text_of(&help).contains("/interviews – list them"));
    for (scope, language) in [("all_private_chats", ""), ("all_group_chats", "pt")] {
        let scope = json!({ "type": scope });
        let registered = app
            .fake
            .wait_until(WAIT, |f| f.my_commands(&scope, language).is_some())
            .await;
        assert!(registered);
        let menu = app.fake.my_commands(&scope, language).unwrap();
        let names: Vec<&str> = menu.iter().filter_map(|c| c["command"].as_str()).collect();
        assert!(
            names.contains(&"interviews") && names.contains(&"use"),
            "{names:?}"
        );
    }
    app.assert_nothing_rejected();
}

/// Long enough for the binary to start, index the archive and answer.
const BINARY_WAIT: Duration = Duration::from_secs(30);

#[test]
fn the_choice_survives_a_restart_of_the_binary_with_the_same_state_db() {
    // Arrange: the real binary serving the archive; a chat picks an interview.
    let fake = FakeTelegram::start_in_background_with(FakeConfig {
        long_poll_cap: Duration::from_secs(1),
        ..FakeConfig::default()
    });
    let archive = repo("tests/data/interviews");
    let env = [
        ("CORPUS_DIR", archive.to_str().unwrap()),
        ("STATE_DB", "state/bot.sqlite3"),
    ];
    let mut bot = Served::against(&fake, &env);
    fake.push_update(updates::private_text(
        USER,
        USER,
        Some("en"),
        "/use lindqvist-chip-supply",
    ));
    let confirmed = fake.wait_until_blocking(BINARY_WAIT, |f| !f.sent_messages_to(USER).is_empty());
    assert!(confirmed, "stderr:\n{}", bot.stderr());
    assert!(fake.sent_messages_to(USER)[0]
        .text
        .starts_with("Now asking about"));
    bot.stop_with("TERM");

    // Act: a new process on the same state file.
    let again = Served::restart(bot, &fake, &env);
    fake.push_update(updates::private_text(
        USER,
        USER,
        Some("en"),
        "What does he say about water?",
    ));
    let answered = fake.wait_until_blocking(BINARY_WAIT, |f| f.sent_messages_to(USER).len() >= 2);

    // Assert
    assert!(answered, "stderr after restart:\n{}", again.stderr());
    let card = &fake.sent_messages_to(USER)[1].text;
    assert!(card.contains("— Erik Lindqvist"), "{card}");
    let title = escaped(&title_of("lindqvist-chip-supply"));
    assert!(card.ends_with(&format!("\nin: <i>{title}</i>")), "{card}");
}

/// The command names of a menu the fake Bot API holds.
fn menu_names(fake: &FakeTelegram, scope: &str, language: &str) -> Vec<String> {
    let menu = fake.my_commands(&json!({ "type": scope }), language);
    (menu.unwrap_or_default().iter())
        .filter_map(|command| command["command"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn a_reload_that_turns_one_interview_into_an_archive_adds_browsing_to_the_menus() {
    // Arrange: the binary serving a folder with one interview: no browsing in the menus.
    let corpus = tempfile::tempdir().expect("a corpus directory");
    std::fs::copy(
        repo("corpus").join("alba-tcp-sacha-llorenti.txt"),
        corpus.path().join("alba.txt"),
    )
    .unwrap();
    let fake = FakeTelegram::start_in_background_with(FakeConfig {
        long_poll_cap: Duration::from_secs(1),
        ..FakeConfig::default()
    });
    let corpus_dir = corpus.path().to_string_lossy().into_owned();
    let bot = Served::against(&fake, &[("CORPUS_DIR", corpus_dir.as_str())]);
    let registered = fake.wait_until_blocking(BINARY_WAIT, |f| {
        menu_names(f, "all_private_chats", "").contains(&"quote".to_owned())
    });
    assert!(registered, "stderr:\n{}", bot.stderr());
    assert!(!menu_names(&fake, "all_private_chats", "").contains(&"interviews".to_owned()));

    // Act: a second interview, then SIGHUP.
    std::fs::write(
        corpus.path().join("roses.txt"),
        "Gardening talk\n\nWhy roses?\n\nRoses are resilient flowers.\n",
    )
    .unwrap();
    bot.signal("HUP");

    // Assert: every menu gains browsing, in every language.
    let browsing = |f: &FakeTelegram, scope: &str, language: &str| {
        let names = menu_names(f, scope, language);
        names.contains(&"interviews".to_owned()) && names.contains(&"use".to_owned())
    };
    let updated = fake.wait_until_blocking(BINARY_WAIT, |f| {
        browsing(f, "all_private_chats", "") && browsing(f, "all_group_chats", "pt")
    });
    assert!(updated, "stderr:\n{}", bot.stderr());
    assert!(fake.rejected().is_empty());
}
