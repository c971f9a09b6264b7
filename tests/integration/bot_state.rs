//! The real `interview-bot serve` binary, with pacing on, against the fake Bot API enforcing
//! Telegram's flood limits: a busy group never makes the bot deaf to private users, updates are
//! delivered once, `kill -9` loses and repeats nothing, buttons and `/stats` survive a restart,
//! and a broken state file stops the start with advice.
//!
//! Figures (private answer times, the group's pace, re-deliveries) are printed with
//! `--nocapture`.

use crate::support;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use support::fake_telegram::{BackgroundFakeTelegram, FakeConfig, FakeTelegram};
use support::served::Served;
use support::updates;

const GROUP: i64 = -100_555;
const QUESTIONS: &[&str] = &[
    "What is the main threat against humanity?",
    "Almagro OAS",
    "what did he say about the vaccine bank?",
    "Bolivar and Marti dream",
];

/// Long enough for anything the bot should do promptly, on a busy test machine.
const WAIT: Duration = Duration::from_secs(10);

/// A fake answering long polls within a second and enforcing Telegram's limits.
fn strict_fake() -> BackgroundFakeTelegram {
    FakeTelegram::start_in_background_with(FakeConfig {
        long_poll_cap: Duration::from_secs(1),
        enforce_flood_limits: true,
        ..FakeConfig::default()
    })
}

/// Settings every run here shares: many questions per user allowed (the flood guard is not
/// under test).
const ENV: &[(&str, &str)] = &[("QUESTIONS_PER_MINUTE", "1000")];

fn wait_until_polling(fake: &BackgroundFakeTelegram, bot: &Served) {
    let polling = fake.wait_until_blocking(WAIT, |f| {
        f.calls_to("getUpdates")
            .iter()
            .any(|c| c.received_at >= bot.started)
    });
    assert!(polling, "the bot never polled; stderr:\n{}", bot.stderr());
}

/// Waits until the bot has answered a first question: polling starts before the engine is
/// built, so a question asked right after the first poll may wait for the engine, a wait that
/// has nothing to do with what a test measures once the bot runs.
fn wait_until_answering(fake: &BackgroundFakeTelegram, bot: &Served) {
    const FIRST_CHAT: i64 = 8_999;
    ask_privately(fake, FIRST_CHAT, 0);
    let answered = fake.wait_until_blocking(WAIT, |f| {
        f.calls_to("sendMessage")
            .iter()
            .any(|c| c.body["chat_id"] == FIRST_CHAT && c.status == Some(200))
    });
    assert!(
        answered,
        "the bot never answered; stderr:\n{}",
        bot.stderr()
    );
}

fn ask_in_group(fake: &FakeTelegram, i: usize) -> i64 {
    let question = format!("/ask {}", QUESTIONS[i % QUESTIONS.len()]);
    fake.push_update(updates::group_text_auto(GROUP, 500 + i as i64, &question))
}

fn ask_privately(fake: &FakeTelegram, chat: i64, i: usize) -> i64 {
    fake.push_update(updates::private_text(
        chat,
        chat,
        Some("en"),
        QUESTIONS[i % QUESTIONS.len()],
    ))
}

/// How many times each update id was handed out by `getUpdates`.
fn deliveries(fake: &FakeTelegram) -> HashMap<i64, usize> {
    let mut seen = HashMap::new();
    for call in fake.calls_to("getUpdates") {
        let updates = call.result().and_then(|r| r.as_array()).cloned();
        for update in updates.unwrap_or_default() {
            if let Some(id) = update["update_id"].as_i64() {
                *seen.entry(id).or_default() += 1;
            }
        }
    }
    seen
}

fn rejected(fake: &FakeTelegram) -> Vec<String> {
    fake.rejected()
        .iter()
        .map(|c| format!("{} {:?}", c.method, c.description()))
        .collect()
}

#[test]
fn a_busy_group_never_delays_private_answers_and_each_update_is_delivered_and_answered_once() {
    const GROUP_QUESTIONS: usize = 24;
    const PRIVATE_QUESTIONS: usize = 8;
    // Arrange
    let fake = strict_fake();
    let bot = Served::against(&fake, ENV);
    wait_until_polling(&fake, &bot);
    wait_until_answering(&fake, &bot);

    // Act: a lively group asks 24 questions at once (Telegram lets a bot post 20 a minute
    // there), then private users ask, one every 400 ms.
    let group_started = Instant::now();
    for i in 0..GROUP_QUESTIONS {
        ask_in_group(&fake, i);
    }
    let mut private_waits = Vec::new();
    for i in 0..PRIVATE_QUESTIONS {
        let chat = 9_000 + i as i64;
        let asked = Instant::now();
        ask_privately(&fake, chat, i);
        // The call, not the message: a message is recorded before its call is completed.
        let answered = fake.wait_until_blocking(WAIT, |f| {
            f.calls_to("sendMessage")
                .iter()
                .any(|c| c.body["chat_id"] == chat && c.status == Some(200))
        });
        assert!(
            answered,
            "chat {chat} never answered; stderr:\n{}",
            bot.stderr()
        );
        let sent = fake
            .calls_to("sendMessage")
            .into_iter()
            .find(|c| c.body["chat_id"] == chat && c.status == Some(200))
            .expect("the answer's call");
        private_waits.push(sent.received_at.saturating_duration_since(asked));
        std::thread::sleep(Duration::from_millis(400).saturating_sub(asked.elapsed()));
    }
    let all_group = fake.wait_until_blocking(Duration::from_secs(120), |f| {
        f.sent_messages_to(GROUP).len() >= GROUP_QUESTIONS
    });
    let group_took = group_started.elapsed();
    std::thread::sleep(Duration::from_secs(1));

    // Assert
    let slowest = private_waits.iter().max().copied().unwrap_or_default();
    eprintln!(
        "private answers during a busy group: slowest {:.1} ms, all {:?}",
        slowest.as_secs_f64() * 1e3,
        private_waits
            .iter()
            .map(|d| format!("{:.1}", d.as_secs_f64() * 1e3))
            .collect::<Vec<_>>()
    );
    assert!(slowest < Duration::from_secs(1), "{private_waits:?}");
    let group = fake.sent_messages_to(GROUP);
    assert!(
        all_group,
        "{} of {GROUP_QUESTIONS} group answers in {group_took:?}",
        group.len()
    );
    let mut answered: Vec<i64> = group.iter().filter_map(|m| m.reply_to_message_id).collect();
    answered.sort_unstable();
    answered.dedup();
    assert_eq!(
        group.len(),
        GROUP_QUESTIONS,
        "each group question answered once"
    );
    assert_eq!(
        answered.len(),
        GROUP_QUESTIONS,
        "each a reply to its own question"
    );
    eprintln!(
        "{GROUP_QUESTIONS} group answers in {:.1} s (Telegram allows 20 a minute)",
        group_took.as_secs_f64()
    );
    assert!(rejected(&fake).is_empty(), "{:?}", rejected(&fake));
    let repeated: Vec<_> = deliveries(&fake)
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .collect();
    eprintln!(
        "updates delivered more than once by getUpdates: {}",
        repeated.len()
    );
    assert!(repeated.is_empty(), "re-delivered: {repeated:?}");
}

#[test]
fn kill_9_with_answers_in_flight_then_a_restart_answers_every_question_exactly_once() {
    const GROUP_QUESTIONS: usize = 7;
    const BUSY_CHAT: i64 = 8_001;
    const BUSY_QUESTIONS: usize = 4;
    // Arrange: questions whose answers must wait for the group's and the chat's limits.
    let fake = strict_fake();
    let mut bot = Served::against(&fake, ENV);
    wait_until_polling(&fake, &bot);
    for i in 0..GROUP_QUESTIONS {
        ask_in_group(&fake, i);
    }
    for i in 0..BUSY_QUESTIONS {
        ask_privately(&fake, BUSY_CHAT, i);
    }
    // The first answers go out at once (the bursts Telegram allows); the rest wait for the
    // group's and the chat's pace. Kill between two sends: a message Telegram accepted in the
    // last milliseconds before a kill may not be marked done yet, and would be sent again.
    let bursts_sent = fake.wait_until_blocking(WAIT, |f| {
        f.sent_messages_to(GROUP).len() >= 3 && f.sent_messages_to(BUSY_CHAT).len() >= 2
    });
    assert!(bursts_sent, "stderr:\n{}", bot.stderr());
    std::thread::sleep(Duration::from_millis(300));

    // Act
    bot.kill_9();
    let before_group = fake.sent_messages_to(GROUP).len();
    let before_chat = fake.sent_messages_to(BUSY_CHAT).len();
    let again = Served::restart(bot, &fake, ENV);
    let all = fake.wait_until_blocking(Duration::from_secs(60), |f| {
        f.sent_messages_to(GROUP).len() >= GROUP_QUESTIONS
            && f.sent_messages_to(BUSY_CHAT).len() >= BUSY_QUESTIONS
    });
    std::thread::sleep(Duration::from_secs(2));

    // Assert
    eprintln!(
        "kill -9 with answers in flight: {before_group}/{GROUP_QUESTIONS} group and {before_chat}/{BUSY_QUESTIONS} private answers sent before; the rest after the restart"
    );
    assert!(all, "stderr after restart:\n{}", again.stderr());
    assert!(
        before_group < GROUP_QUESTIONS,
        "answers were still in flight at the kill"
    );
    assert_eq!(
        fake.sent_messages_to(GROUP).len(),
        GROUP_QUESTIONS,
        "exactly once"
    );
    assert_eq!(
        fake.sent_messages_to(BUSY_CHAT).len(),
        BUSY_QUESTIONS,
        "exactly once"
    );
    let mut replied: Vec<i64> = fake
        .sent_messages_to(GROUP)
        .iter()
        .filter_map(|m| m.reply_to_message_id)
        .collect();
    replied.sort_unstable();
    replied.dedup();
    assert_eq!(
        replied.len(),
        GROUP_QUESTIONS,
        "each question its own answer"
    );
    // A restarted bot does not know how fast the killed one had been sending: the first sends
    // may meet a 429, which is waited out. Nothing else may be refused.
    let refused: Vec<String> = rejected(&fake)
        .into_iter()
        .filter(|r| !r.contains("Too Many Requests"))
        .collect();
    assert!(refused.is_empty(), "{refused:?}");
}

#[test]
fn next_match_feedback_and_stats_keep_working_after_a_restart() {
    const USER: i64 = 8_101;
    // Arrange: a card answered before the restart.
    let fake = strict_fake();
    let admin = USER.to_string();
    let env = [
        ("QUESTIONS_PER_MINUTE", "1000"),
        ("ADMIN_IDS", admin.as_str()),
        ("FEEDBACK_LOG", "feedback.jsonl"),
    ];
    let mut bot = Served::against(&fake, &env);
    wait_until_polling(&fake, &bot);
    fake.push_update(updates::private_text(
        USER,
        USER,
        Some("en"),
        "Why did MAS win the Bolivian election after the coup?",
    ));
    let answered = fake.wait_until_blocking(WAIT, |f| !f.sent_messages_to(USER).is_empty());
    assert!(answered, "stderr:\n{}", bot.stderr());
    let card = fake.sent_messages_to(USER).remove(0);
    let data: Vec<String> = card
        .reply_markup
        .as_ref()
        .and_then(|m| m["inline_keyboard"].as_array().cloned())
        .unwrap_or_default()
        .iter()
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["callback_data"].as_str().map(str::to_string))
        .collect();
    let next = data
        .iter()
        .find(|d| d.starts_with("n:"))
        .expect("a Next match button");
    let helpful = data
        .iter()
        .find(|d| d.starts_with("h:"))
        .expect("a rating button");
    bot.stop_with("TERM");

    // Act
    let again = Served::restart(bot, &fake, &env);
    wait_until_polling(&fake, &again);
    fake.push_update(updates::callback_query(
        "after-1",
        USER,
        &card.message,
        next,
    ));
    let edited = fake.wait_until_blocking(WAIT, |f| !f.calls_to("editMessageText").is_empty());
    fake.push_update(updates::callback_query(
        "after-2",
        USER,
        &card.message,
        helpful,
    ));
    let rated = fake.wait_until_blocking(WAIT, |f| f.callback_answers().len() >= 2);
    fake.push_update(updates::private_text(USER, USER, Some("en"), "/stats"));
    let stats = fake.wait_until_blocking(WAIT, |f| f.sent_messages_to(USER).len() >= 2);

    // Assert
    assert!(edited && rated && stats, "stderr:\n{}", again.stderr());
    let edit = fake.calls_to("editMessageText").remove(0);
    assert_eq!(edit.status, Some(200), "{:?}", edit.description());
    let notices: Vec<Option<String>> = fake
        .callback_answers()
        .iter()
        .map(|a| a.text.clone())
        .collect();
    assert!(
        notices.iter().flatten().all(|t| !t.contains("expired")),
        "{notices:?}"
    );
    std::thread::sleep(Duration::from_millis(300));
    let log = std::fs::read_to_string(again.path().join("feedback.jsonl")).unwrap_or_default();
    assert!(
        log.contains("\"rated\"") && log.contains("Why did MAS win the Bolivian election"),
        "the rating names the question asked before the restart: {log}"
    );
    let report = fake.sent_messages_to(USER).pop().unwrap().text;
    assert!(report.contains("1 question, 1 answered"), "{report}");
}

/// Starts the binary with `STATE_DB` at `state` and expects it to stop at once with exit code
/// 2 and advice naming the file; returns its stderr.
fn refuses_to_start(state: &str) -> String {
    let fake = strict_fake();
    let mut bot = Served::against(&fake, &[("STATE_DB", state)]);
    let status = bot.wait_for_exit(WAIT);
    let stderr = bot.stderr();
    assert_eq!(status.and_then(|s| s.code()), Some(2), "stderr:\n{stderr}");
    assert!(
        stderr.contains("STATE_DB") && stderr.contains(state),
        "{stderr}"
    );
    assert!(
        fake.calls_to("getUpdates").is_empty(),
        "nothing is taken from Telegram without a place to keep it"
    );
    stderr
}

#[test]
fn a_state_file_that_is_not_sqlite_stops_the_start_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.sqlite3");
    std::fs::write(&path, "{\"kind\":\"rated\"}\n".repeat(200)).unwrap();
    let stderr = refuses_to_start(path.to_str().unwrap());
    assert!(stderr.contains("move the damaged file aside"), "{stderr}");
    assert!(path.exists(), "the file is left as it was");
}

#[test]
fn a_state_file_that_cannot_be_created_stops_the_start_with_advice() {
    // A folder that is a file: no user, not even root, can create the store there.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("not-a-folder"), "").unwrap();
    let path = dir.path().join("not-a-folder/state.sqlite3");
    let stderr = refuses_to_start(path.to_str().unwrap());
    assert!(stderr.contains("writable"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_state_file_in_a_read_only_folder_stops_the_start_with_advice() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("read-only");
    std::fs::create_dir(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(folder.join("probe"), "").is_ok() {
        eprintln!("skipped: running as root, folder permissions are not enforced");
        return;
    }
    let stderr = refuses_to_start(folder.join("state.sqlite3").to_str().unwrap());
    assert!(stderr.contains("writable"), "{stderr}");
}
