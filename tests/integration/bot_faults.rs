//! The bot when Telegram misbehaves, and the real binary as an operator runs it.
//!
//! - In process, against the strict fake Bot API with injected faults: flood control (429) on
//!   sends and on polling, a 502 outage, dropped connections and malformed JSON. In every case
//!   the question is answered exactly once and nothing is sent that Telegram would reject.
//! - The `interview-bot serve` binary: graceful shutdown on SIGTERM and SIGINT (answers in
//!   flight finish, handled updates are confirmed, and the exit stays prompt even when
//!   Telegram stops answering), the start-up errors for a missing or rejected token, and that
//!   the token never shows in the output, even with `RUST_LOG=trace`.
//!
//! Quiet unless `TEST_LOG` is set (a log filter, e.g. `TEST_LOG=interview_bot=debug`); the
//! measured recovery times are printed with `--nocapture`.

use crate::support;

use std::time::{Duration, Instant};

use support::app::{spawn_app_with, TestApp, SILENCE, WAIT};
use support::fake_telegram::{
    BackgroundFakeTelegram, FakeConfig, FakeTelegram, Fault, SentMessage,
};
use support::served::{repo, Served};
use support::updates;

const USER: i64 = 7_007;
const QUESTION: &str = "What is the main threat against humanity?";
/// A word every answer to [`QUESTION`] contains.
const ANSWER_WORD: &str = "capitalism";

/// A fake that answers long polls within a second, so that faults take effect quickly.
fn quick_fake() -> FakeConfig {
    FakeConfig {
        long_poll_cap: Duration::from_secs(1),
        ..FakeConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// In process: faults injected while the bot runs
// ---------------------------------------------------------------------------------------------

async fn spawn_bot(throttle: bool) -> TestApp {
    spawn_app_with(quick_fake(), |config| config.throttle = throttle).await
}

fn ask(app: &TestApp, chat: i64, text: &str) -> i64 {
    app.deliver(updates::private_text(chat, chat, Some("en"), text))
}

/// Every call so far as `method status fault`, to explain a failure.
fn call_log(fake: &FakeTelegram) -> Vec<String> {
    fake.calls()
        .iter()
        .map(|c| format!("{} {:?} {:?}", c.method, c.status, c.fault))
        .collect()
}

/// Waits up to `within` for the answer to `chat`, then watches a while longer (a duplicate
/// from a careless retry would come within that time) and returns the only message sent.
async fn the_only_answer_to(app: &TestApp, chat: i64, within: Duration) -> SentMessage {
    let answered = app
        .fake
        .wait_until(within, |f| !f.sent_messages_to(chat).is_empty())
        .await;
    assert!(
        answered,
        "no answer within {within:?}; calls: {:#?}",
        call_log(&app.fake)
    );
    tokio::time::sleep(SILENCE).await;
    let mut sent = app.fake.sent_messages_to(chat);
    assert_eq!(sent.len(), 1, "answered exactly once: {sent:#?}");
    let answer = sent.remove(0);
    assert!(
        answer.plain_text.contains(ANSWER_WORD),
        "{}",
        answer.plain_text
    );
    answer
}

async fn a_429_on_send_is_waited_out_and_the_answer_delivered_once(throttle: bool) {
    // Arrange
    let app = spawn_bot(throttle).await;
    app.fake.fail_next(
        Some("sendMessage"),
        1,
        Fault::TooManyRequests {
            retry_after_secs: 1,
        },
    );

    // Act
    let update = ask(&app, USER, QUESTION);

    // Assert
    the_only_answer_to(&app, USER, WAIT).await;
    let sends = app.fake.calls_to("sendMessage");
    let statuses: Vec<Option<u16>> = sends.iter().map(|c| c.status).collect();
    assert_eq!(statuses, [Some(429), Some(200)], "refused once, then sent");
    let refused_at = sends[0].finished_at.expect("the 429 was answered");
    let waited = sends[1].received_at - refused_at;
    eprintln!("429 on sendMessage (throttle {throttle}): sent again after {waited:?}");
    assert!(
        waited >= Duration::from_millis(950),
        "retry_after is respected: {waited:?}"
    );
    app.assert_nothing_rejected();
    let app = app.stop().await;
    assert_eq!(app.fake.confirmed_offset(), update + 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_on_send_is_waited_out_and_the_answer_delivered_once_with_throttling() {
    a_429_on_send_is_waited_out_and_the_answer_delivered_once(true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_on_send_is_waited_out_and_the_answer_delivered_once_without_throttling() {
    a_429_on_send_is_waited_out_and_the_answer_delivered_once(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_on_polling_is_waited_out_and_a_question_asked_meanwhile_is_answered_once() {
    // Arrange: the poll after the one waiting now is refused.
    let app = spawn_bot(false).await;
    app.fake.fail_next(
        Some("getUpdates"),
        1,
        Fault::TooManyRequests {
            retry_after_secs: 1,
        },
    );
    let refused = a_call_failed(&app, "getUpdates", 429).await;
    assert!(refused, "calls: {:#?}", call_log(&app.fake));

    // Act: ask while the bot waits out the 429.
    let update = ask(&app, USER, QUESTION);

    // Assert
    the_only_answer_to(&app, USER, WAIT).await;
    let polls = app.fake.calls_to("getUpdates");
    let refused = polls
        .iter()
        .position(|c| c.status == Some(429))
        .expect("the refused poll");
    let next_poll = polls.get(refused + 1).expect("polling continued");
    let paused = next_poll.received_at - polls[refused].finished_at.expect("answered");
    eprintln!("429 on getUpdates: polled again after {paused:?}");
    assert!(
        paused >= Duration::from_millis(950),
        "retry_after is respected: {paused:?}"
    );
    app.assert_nothing_rejected();
    let app = app.stop().await;
    assert_eq!(app.fake.confirmed_offset(), update + 1);
}

/// Waits until a call to `method` has been answered with `status`.
async fn a_call_failed(app: &TestApp, method: &str, status: u16) -> bool {
    app.fake
        .wait_until(WAIT, |f| {
            f.calls_to(method).iter().any(|c| c.status == Some(status))
        })
        .await
}

/// A bot done with its start-up requests (command menus), so that only answers meet the faults
/// a test injects.
async fn spawn_settled_bot(throttle: bool) -> TestApp {
    let app = spawn_bot(throttle).await;
    let menus = app
        .fake
        .wait_until(WAIT, |f| {
            let done = f.calls_to("setMyCommands");
            done.iter().filter(|c| c.status == Some(200)).count() >= 6
        })
        .await;
    assert!(menus, "calls: {:#?}", call_log(&app.fake));
    app
}

/// Waits up to `within` for every chat of `chats` to be answered, then checks that each got
/// exactly one answer and that Telegram rejected nothing the test did not inject.
async fn each_answered_exactly_once(app: &TestApp, chats: &[i64], within: Duration) {
    let all = app
        .fake
        .wait_until(within, |f| {
            chats.iter().all(|&c| !f.sent_messages_to(c).is_empty())
        })
        .await;
    assert!(all, "calls: {:#?}", call_log(&app.fake));
    tokio::time::sleep(SILENCE).await;
    for &chat in chats {
        let sent = app.fake.sent_messages_to(chat);
        assert_eq!(sent.len(), 1, "chat {chat} answered once: {sent:#?}");
        assert!(sent[0].plain_text.contains(ANSWER_WORD));
    }
    let unexpected: Vec<_> = app
        .fake
        .calls()
        .into_iter()
        .filter(|c| c.status.is_some_and(|s| s >= 400) && c.fault.is_none())
        .map(|c| format!("{} {:?}", c.method, c.description()))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thirty_seconds_of_server_errors_delay_but_never_lose_or_repeat_an_answer() {
    // Arrange: the first answer's send fails, and the outage starts while it is in flight.
    let app = spawn_settled_bot(false).await;
    app.fake
        .fail_next(Some("sendMessage"), 1, Fault::ServerError(502));
    let in_flight = USER + 100;
    ask(&app, in_flight, QUESTION);
    let failed = a_call_failed(&app, "sendMessage", 502).await;
    assert!(failed, "calls: {:#?}", call_log(&app.fake));

    // Act: 30 s of 502 on every method; more questions arrive meanwhile.
    let outage = Duration::from_secs(30);
    let started = Instant::now();
    app.fake.set_outage(Some(502));
    let during = [USER + 101, USER + 102];
    ask(&app, during[0], QUESTION);
    tokio::time::sleep(outage / 2).await;
    ask(&app, during[1], QUESTION);
    tokio::time::sleep(outage.saturating_sub(started.elapsed())).await;
    let sent_during_outage = app.fake.sent_messages().len();
    let failed_requests = app
        .fake
        .calls()
        .iter()
        .filter(|c| c.status == Some(502))
        .count();
    app.fake.set_outage(None);
    let recovered = Instant::now();

    // Assert: teloxide reads a 5xx answer only after 10 s, so an attempt made during the outage
    // can take that long to fail before the next one goes through.
    assert_eq!(sent_during_outage, 0, "nothing gets through an outage");
    each_answered_exactly_once(
        &app,
        &[in_flight, during[0], during[1]],
        Duration::from_secs(20),
    )
    .await;
    let last_answer = app
        .fake
        .calls_to("sendMessage")
        .iter()
        .filter(|c| c.status == Some(200))
        .map(|c| c.received_at)
        .max()
        .unwrap();
    eprintln!(
        "30 s outage: {failed_requests} failed requests; all answered {:?} after Telegram was back",
        last_answer.saturating_duration_since(recovered)
    );
    assert!(
        failed_requests <= 200,
        "failed requests back off rather than hammer Telegram: {failed_requests} in 30 s"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_storm_of_rate_limits_on_sends_is_waited_out_with_throttling() {
    a_storm_of_rate_limits_on_sends_is_waited_out_and_each_question_answered_once(true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_storm_of_rate_limits_on_sends_is_waited_out_without_throttling() {
    a_storm_of_rate_limits_on_sends_is_waited_out_and_each_question_answered_once(false).await;
}

async fn a_storm_of_rate_limits_on_sends_is_waited_out_and_each_question_answered_once(
    throttle: bool,
) {
    // Arrange: every send refused with `retry_after` 1 for 14 s, longer than any small fixed
    // number of retries would cover.
    let app = spawn_settled_bot(throttle).await;
    app.fake.set_rate_limit_storm(Some("sendMessage"), Some(1));
    let storm_started = Instant::now();

    // Act: questions from six chats, some before and some during the storm.
    let chats: Vec<i64> = (0..6).map(|i| USER + 200 + i).collect();
    for &chat in &chats[..3] {
        ask(&app, chat, QUESTION);
    }
    tokio::time::sleep(Duration::from_secs(4)).await;
    for &chat in &chats[3..] {
        ask(&app, chat, QUESTION);
    }
    tokio::time::sleep(Duration::from_secs(14).saturating_sub(storm_started.elapsed())).await;
    let refused = app.fake.calls_to("sendMessage").len();
    assert!(
        app.fake.sent_messages().is_empty(),
        "nothing sent in the storm"
    );
    app.fake.set_rate_limit_storm(None, None);

    // Assert
    each_answered_exactly_once(&app, &chats, Duration::from_secs(10)).await;
    let refusals_per_chat: Vec<usize> = chats
        .iter()
        .map(|&chat| {
            app.fake
                .calls_to("sendMessage")
                .iter()
                .filter(|c| c.body["chat_id"] == chat && c.status == Some(429))
                .count()
        })
        .collect();
    eprintln!("429 storm (throttle {throttle}): {refused} sends refused over 14 s ({refusals_per_chat:?} per chat), then all answered once");
    assert!(
        refusals_per_chat.iter().any(|&n| n >= 8),
        "some answer was refused again and again: {refusals_per_chat:?}"
    );
    for &chat in &chats {
        let sends: Vec<_> = app
            .fake
            .calls_to("sendMessage")
            .into_iter()
            .filter(|c| c.body["chat_id"] == chat)
            .collect();
        for pair in sends.windows(2) {
            let refused_at = pair[0].finished_at.expect("answered");
            let waited = pair[1].received_at.saturating_duration_since(refused_at);
            assert!(
                waited >= Duration::from_millis(950),
                "chat {chat}: retry_after respected, tried again after {waited:?}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_asked_during_a_502_outage_is_answered_once_soon_after_recovery() {
    // Arrange: menus registered, so that no background request meets the outage.
    let app = spawn_settled_bot(false).await;
    app.fake.set_outage(Some(502));
    let failing = a_call_failed(&app, "getUpdates", 502).await;
    assert!(failing, "the bot polls during the outage");

    // Act: ask during the outage, which then lasts two more seconds.
    let update = ask(&app, USER, QUESTION);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(
        app.fake.sent_messages_to(USER).is_empty(),
        "nothing gets through an outage"
    );
    let failed_polls = app
        .fake
        .calls_to("getUpdates")
        .iter()
        .filter(|c| c.status == Some(502))
        .count();
    let recovered = Instant::now();
    app.fake.set_outage(None);

    // Assert
    let answer = app
        .fake
        .wait_for_call("sendMessage", WAIT)
        .await
        .expect("answered after the outage");
    let recovery = answer.received_at.saturating_duration_since(recovered);
    eprintln!(
        "502 outage: {failed_polls} failed polls; answer sent {recovery:?} after Telegram was back"
    );
    assert!(
        recovery < Duration::from_secs(1),
        "polling resumes within its capped backoff: {recovery:?}"
    );
    assert!(
        failed_polls <= 25,
        "failed polls back off rather than hammer Telegram: {failed_polls} in about 2 s"
    );
    the_only_answer_to(&app, USER, WAIT).await;
    app.assert_nothing_rejected();
    let app = app.stop().await;
    assert_eq!(app.fake.confirmed_offset(), update + 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_connections_and_malformed_json_on_polling_do_not_stop_the_bot() {
    // Arrange: the next four polls fail, two without any answer, two with garbage.
    let app = spawn_bot(false).await;
    app.fake
        .fail_next(Some("getUpdates"), 2, Fault::DropConnection);
    app.fake
        .fail_next(Some("getUpdates"), 2, Fault::MalformedJson);
    let failing = app
        .fake
        .wait_until(WAIT, |f| {
            f.calls_to("getUpdates")
                .iter()
                .any(|c| c.fault.is_some() && c.finished_at.is_some())
        })
        .await;
    assert!(failing, "calls: {:#?}", call_log(&app.fake));

    // Act: ask while polls keep failing.
    let update = ask(&app, USER, QUESTION);

    // Assert
    the_only_answer_to(&app, USER, WAIT).await;
    let polls = app.fake.calls_to("getUpdates");
    let faults: Vec<Fault> = polls.iter().filter_map(|c| c.fault.clone()).collect();
    assert_eq!(
        faults,
        [
            Fault::DropConnection,
            Fault::DropConnection,
            Fault::MalformedJson,
            Fault::MalformedJson
        ],
        "every injected fault met a poll"
    );
    let last_fault = polls
        .iter()
        .rev()
        .find(|c| c.fault.is_some())
        .and_then(|c| c.finished_at)
        .expect("answered");
    let answer = &app.fake.calls_to("sendMessage")[0];
    let pauses: Vec<Duration> = polls
        .windows(2)
        .filter(|pair| pair[0].fault.is_some())
        .filter_map(|pair| Some(pair[1].received_at - pair[0].finished_at?))
        .collect();
    eprintln!(
        "dropped connections and malformed JSON: pauses after bad polls {pauses:?}; \
         answer sent {:?} after the last bad poll",
        answer.received_at.saturating_duration_since(last_fault)
    );
    app.assert_nothing_rejected();
    let app = app.stop().await;
    assert_eq!(app.fake.confirmed_offset(), update + 1);
}

// ---------------------------------------------------------------------------------------------
// The real binary
// ---------------------------------------------------------------------------------------------

/// Upper bound for the binary to start polling (or to fail at start-up).
const STARTUP: Duration = Duration::from_secs(15);

fn binary_fake(token: Option<&str>) -> BackgroundFakeTelegram {
    let mut config = quick_fake();
    if let Some(token) = token {
        config.token = token.to_owned();
    }
    FakeTelegram::start_in_background_with(config)
}

/// Waits until `bot` polls the fake (not an earlier process): it is then listening for signals.
fn wait_until_polling(fake: &BackgroundFakeTelegram, bot: &Served) {
    let polling = fake.wait_until_blocking(STARTUP, |f| {
        f.calls_to("getUpdates")
            .iter()
            .any(|c| c.received_at >= bot.started)
    });
    assert!(polling, "the bot never polled; stderr:\n{}", bot.stderr());
}

fn ask_blocking(fake: &FakeTelegram, chat: i64) -> i64 {
    fake.push_update(updates::private_text(chat, chat, Some("en"), QUESTION))
}

fn wait_for_answers(fake: &BackgroundFakeTelegram, bot: &Served, chat: i64, n: usize) {
    let answered = fake.wait_until_blocking(WAIT, |f| f.sent_messages_to(chat).len() >= n);
    assert!(
        answered,
        "chat {chat} got no answer; calls: {:#?}\nstderr:\n{}",
        call_log(fake),
        bot.stderr()
    );
}

/// Runs the bot, has it answer one question, asks another whose answer is slow to send, and
/// sends `signal` while that answer is on its way.
fn the_binary_stops_gracefully_on(signal: &str) {
    const FIRST: i64 = 1_001;
    const SECOND: i64 = 1_002;
    // Arrange
    let fake = binary_fake(None);
    let mut bot = Served::against(&fake, &[]);
    wait_until_polling(&fake, &bot);
    ask_blocking(&fake, FIRST);
    wait_for_answers(&fake, &bot, FIRST, 1);
    fake.fail_next(Some("sendMessage"), 1, Fault::Delay(Duration::from_secs(1)));
    let last = ask_blocking(&fake, SECOND);
    let in_flight = fake.wait_until_blocking(WAIT, |f| f.calls_to("sendMessage").len() == 2);
    assert!(in_flight, "the second answer is being sent");

    // Act
    let took = bot.stop_with(signal);

    // Assert
    eprintln!("SIG{signal} with an answer in flight: exited with 0 after {took:?}");
    assert_eq!(
        fake.sent_messages_to(SECOND).len(),
        1,
        "the answer in flight was delivered once; stderr:\n{}",
        bot.stderr()
    );
    assert_eq!(fake.sent_messages_to(FIRST).len(), 1);
    assert_eq!(
        fake.confirmed_offset(),
        last + 1,
        "every handled update confirmed; stderr:\n{}",
        bot.stderr()
    );
    assert!(fake.rejected().is_empty(), "{:#?}", fake.rejected());
}

#[test]
fn sigterm_lets_the_answer_in_flight_finish_confirms_updates_and_exits_0() {
    the_binary_stops_gracefully_on("TERM");
}

#[test]
fn sigint_lets_the_answer_in_flight_finish_confirms_updates_and_exits_0() {
    the_binary_stops_gracefully_on("INT");
}

#[test]
fn sigterm_exits_promptly_even_when_telegram_stops_answering() {
    // Arrange: a question answered, so there is an offset to confirm at shutdown; then
    // Telegram accepts connections but never answers.
    let fake = binary_fake(None);
    let mut bot = Served::against(&fake, &[]);
    wait_until_polling(&fake, &bot);
    ask_blocking(&fake, USER);
    wait_for_answers(&fake, &bot, USER, 1);
    fake.fail_next(
        Some("getUpdates"),
        10,
        Fault::Delay(Duration::from_secs(60)),
    );
    let hang_from = Instant::now();
    let hanging = fake.wait_until_blocking(WAIT, |f| {
        f.calls_to("getUpdates")
            .iter()
            .any(|c| c.received_at > hang_from)
    });
    assert!(hanging, "the bot polls the hanging Telegram");

    // Act
    let took = bot.stop_with("TERM");

    // Assert: `stop_with` checked the exit code and the time limit.
    eprintln!("SIGTERM while Telegram hangs: exited with 0 after {took:?}");
    let polls_since = fake
        .calls_to("getUpdates")
        .iter()
        .filter(|c| c.received_at > hang_from)
        .count();
    assert_eq!(
        polls_since, 2,
        "the hanging poll, then the final confirmation the bot gave up on"
    );
}

#[test]
fn a_question_asked_just_before_sigterm_is_answered_exactly_once_even_across_a_restart() {
    const CHAT: i64 = 1_003;
    // Arrange
    let fake = binary_fake(None);
    let mut bot = Served::against(&fake, &[]);
    wait_until_polling(&fake, &bot);

    // Act: the signal races the update; either this run answers it, or the next one does.
    let last = ask_blocking(&fake, CHAT);
    bot.stop_with("TERM");
    let answered_before = fake.sent_messages_to(CHAT).len();
    let confirmed = fake.confirmed_offset();
    let mut again = Served::against(&fake, &[]);
    wait_until_polling(&fake, &again);
    wait_for_answers(&fake, &again, CHAT, 1);
    again.stop_with("TERM");

    // Assert
    eprintln!(
        "question racing SIGTERM: answered {} the restart",
        if answered_before == 1 {
            "before"
        } else {
            "after"
        }
    );
    assert!(
        confirmed == last + 1 && answered_before == 1 || confirmed <= last && answered_before == 0,
        "an update is confirmed if and only if it was answered: confirmed {confirmed}, last {last}, answered {answered_before}"
    );
    std::thread::sleep(SILENCE);
    assert_eq!(
        fake.sent_messages_to(CHAT).len(),
        1,
        "answered exactly once"
    );
    assert_eq!(fake.confirmed_offset(), last + 1);
}

#[test]
fn serve_without_a_token_exits_2_with_a_one_line_hint_about_botfather() {
    // Arrange: no TELOXIDE_TOKEN at all (the environment is cleared).
    let mut bot = Served::start(&[]);

    // Act
    let status = bot.wait_for_exit(STARTUP).expect("exits at once");

    // Assert
    assert_eq!(status.code(), Some(2));
    let stderr = bot.stderr();
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.contains("TELOXIDE_TOKEN") && stderr.contains("@BotFather"),
        "{stderr}"
    );
    assert_eq!(bot.stdout(), "");
}

#[test]
fn serve_with_a_token_telegram_rejects_exits_2_without_printing_the_token() {
    // Arrange
    const WRONG_TOKEN: &str = "654321:WRONG-nXq7Lz0pKw3vYt9s";
    let fake = binary_fake(None);
    let api_url = fake.api_url();
    let mut bot = Served::start(&[
        ("TELOXIDE_TOKEN", WRONG_TOKEN),
        ("TELOXIDE_API_URL", &api_url),
        ("RUST_LOG", "trace"),
    ]);

    // Act
    let status = bot.wait_for_exit(STARTUP).expect("gives up at once");

    // Assert
    let (stdout, stderr) = (bot.stdout(), bot.stderr());
    assert_eq!(status.code(), Some(2), "{stderr}");
    assert!(
        fake.calls().iter().any(|c| c.status == Some(401)),
        "Telegram was asked"
    );
    let last_line = stderr.lines().last().unwrap_or_default();
    assert!(
        last_line.contains("Telegram rejected TELOXIDE_TOKEN") && last_line.contains("@BotFather"),
        "{stderr}"
    );
    assert_no_secret(WRONG_TOKEN, &stdout, &stderr);
}

#[test]
fn serve_with_a_corpus_folder_without_interviews_exits_2_naming_it_and_answers_nothing() {
    // Arrange: the engine is built while the bot reaches Telegram and starts polling; its
    // failure must still stop the start, with what was taken left in the inbox.
    let fake = binary_fake(None);
    let empty = tempfile::tempdir().expect("a folder");
    let corpus_dir = empty.path().to_string_lossy().to_string();
    let mut bot = Served::against(&fake, &[("CORPUS_DIR", corpus_dir.as_str())]);

    // Act
    let status = bot.wait_for_exit(STARTUP).expect("gives up at once");

    // Assert
    let stderr = bot.stderr();
    assert_eq!(status.code(), Some(2), "{stderr}");
    let last_line = stderr.lines().last().unwrap_or_default();
    assert!(
        last_line.contains("no interview could be loaded") && last_line.contains(&corpus_dir),
        "{stderr}"
    );
    assert!(fake.calls_to("sendMessage").is_empty(), "nothing answered");
}

#[test]
fn a_trace_level_serve_session_never_prints_the_token() {
    // Arrange
    const TOKEN: &str = "424242:LeakCanary-Qm8rT2vX5zB1";
    let fake = binary_fake(Some(TOKEN));
    let mut bot = Served::against(&fake, &[("RUST_LOG", "trace")]);
    wait_until_polling(&fake, &bot);

    // Act: a whole session: start-up, menus, a question and its answer, shutdown.
    ask_blocking(&fake, USER);
    wait_for_answers(&fake, &bot, USER, 1);
    bot.stop_with("TERM");

    // Assert
    let (stdout, stderr) = (bot.stdout(), bot.stderr());
    assert!(
        stderr.contains("TRACE") && stderr.contains("connected to Telegram"),
        "trace logs were captured: {stderr}"
    );
    assert_no_secret(TOKEN, &stdout, &stderr);
    assert!(
        !stderr.contains('\x1b'),
        "logs written to a file carry no terminal colour codes"
    );
}

/// Neither the token nor its secret part (after the bot id) appears in the output.
fn assert_no_secret(token: &str, stdout: &str, stderr: &str) {
    let secret = token.split_once(':').map_or(token, |(_, secret)| secret);
    for (name, output) in [("stdout", stdout), ("stderr", stderr)] {
        if let Some(line) = output.lines().find(|line| line.contains(secret)) {
            panic!("the token leaked into {name}: {line}");
        }
    }
}

/// Asks `question` in `chat` and returns the text of the answer.
fn answer_to(fake: &BackgroundFakeTelegram, bot: &Served, chat: i64, question: &str) -> String {
    let before = fake.sent_messages_to(chat).len();
    fake.push_update(updates::private_text(chat, chat, Some("en"), question));
    wait_for_answers(fake, bot, chat, before + 1);
    fake.sent_messages_to(chat)[before].text.clone()
}

/// An interview dropped into a running bot's corpus, about roses.
const ROSES: &str = "Gardening talk\n\nWhy roses?\n\nRoses are resilient flowers.\n";

/// A corpus folder of its own holding the shipped interview, to change under a running bot.
fn corpus_of_the_shipped_interview() -> tempfile::TempDir {
    let corpus = tempfile::tempdir().expect("a corpus directory");
    std::fs::copy(
        repo("corpus").join("alba-tcp-sacha-llorenti.txt"),
        corpus.path().join("alba.txt"),
    )
    .unwrap();
    corpus
}

/// Whether the bot answers from [`ROSES`] before [`WAIT`] is over, asking in `chat` every
/// `pause` (a reload runs in the background).
fn serves_roses(fake: &BackgroundFakeTelegram, bot: &Served, chat: i64, pause: Duration) -> bool {
    let deadline = Instant::now() + WAIT;
    let mut served = false;
    while !served && Instant::now() < deadline {
        served = answer_to(fake, bot, chat, "resilient roses").contains("<b>resilient</b> flowers");
        std::thread::sleep(pause);
    }
    served
}

#[test]
fn sighup_and_admin_reload_serve_new_interviews_and_keep_the_previous_version_of_a_broken_file() {
    const ADMIN: i64 = 5_001;
    // Arrange: a corpus of its own, so it can change under the running bot.
    let corpus = corpus_of_the_shipped_interview();
    let fake = binary_fake(None);
    let corpus_dir = corpus.path().to_string_lossy().into_owned();
    let bot = Served::against(
        &fake,
        &[("CORPUS_DIR", corpus_dir.as_str()), ("ADMIN_IDS", "5001")],
    );
    wait_until_polling(&fake, &bot);
    assert!(answer_to(&fake, &bot, ADMIN, "resilient roses")
        .contains("Nothing in the interview answers that"));

    // Act 1: a new interview, then SIGHUP.
    std::fs::write(corpus.path().join("roses.txt"), ROSES).unwrap();
    bot.signal("HUP");
    // The reload runs in the background: ask until the answer changes (bounded).
    let served = serves_roses(&fake, &bot, ADMIN, Duration::from_millis(100));
    assert!(
        served,
        "the new interview is served after SIGHUP; stderr:\n{}",
        bot.stderr()
    );

    // Act 2: the file breaks, then an admin asks for /reload.
    std::fs::write(corpus.path().join("roses.txt"), "").unwrap();
    let report = answer_to(&fake, &bot, ADMIN, "/reload");
    assert!(report.starts_with("Reloaded: 2 interviews"), "{report}");
    assert!(
        report.contains("roses.txt:1:") && report.contains("previous version kept"),
        "{report}"
    );
    std::thread::sleep(SILENCE);
    let after = answer_to(&fake, &bot, ADMIN, "resilient roses");
    assert!(
        after.contains("<b>resilient</b> flowers"),
        "the previous version keeps serving: {after}"
    );

    // Non-admins cannot reload.
    assert!(answer_to(&fake, &bot, 5_002, "/reload").contains("/topics"));
    assert!(fake.rejected().is_empty());
}

#[test]
fn a_new_interview_dropped_into_the_corpus_is_served_without_a_signal() {
    const CHAT: i64 = 5_101;
    // Arrange
    let corpus = corpus_of_the_shipped_interview();
    let fake = binary_fake(None);
    let corpus_dir = corpus.path().to_string_lossy().into_owned();
    let bot = Served::against(&fake, &[("CORPUS_DIR", corpus_dir.as_str())]);
    wait_until_polling(&fake, &bot);

    // Act: an operator copies a file in; nobody signals anything.
    std::fs::write(corpus.path().join("roses.txt"), ROSES).unwrap();

    // Assert: within a few seconds the watcher has reloaded (bounded polling of the answer).
    let served = serves_roses(&fake, &bot, CHAT, Duration::from_millis(200));
    assert!(
        served,
        "the new interview is served; stderr:\n{}",
        bot.stderr()
    );
    assert!(bot.stderr().contains("files changed: reloading"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_answers_and_a_burst_of_rate_limits_delay_but_never_lose_or_repeat_an_answer() {
    // Arrange: the next sends answer only after 800 ms, then three in a row are rate limited.
    let app = spawn_bot(false).await;
    app.fake.fail_next(
        Some("sendMessage"),
        2,
        Fault::Delay(Duration::from_millis(800)),
    );
    app.fake.fail_next(
        Some("sendMessage"),
        3,
        Fault::TooManyRequests {
            retry_after_secs: 1,
        },
    );

    // Act: five questions from five chats.
    let chats: Vec<i64> = (0..5).map(|i| USER + 10 + i).collect();
    for &chat in &chats {
        ask(&app, chat, QUESTION);
    }

    // Assert: each chat gets exactly one answer; nothing else is rejected.
    each_answered_exactly_once(&app, &chats, Duration::from_secs(10)).await;
}
