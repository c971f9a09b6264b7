//! Soak: many questions from many chats with Telegram's flood limits enforced by the fake and
//! the bot's throttle on. Every question is answered exactly once, nothing is rejected, memory
//! stays flat. `cargo test --test integration soak::` runs a short version (600 questions, ~25 s);
//! the full one (20,000 questions from 1,000 chats, ~11 minutes at Telegram's 30 messages/s) runs
//! with `cargo test --release --test integration soak:: -- --ignored`.

use crate::support;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use std::process::{Command, Stdio};

use support::fake_telegram::{FakeConfig, FakeTelegram};
use support::served::serve_for_load;
use support::updates;

const QUESTIONS: &[&str] = &[
    "What is the main threat against humanity?",
    "Almagro OAS",
    "what did he say about the vaccine bank?",
    "What is the recipe for chocolate cake?",
    "Bolivar and Marti dream",
];

/// Resident memory of a process, in kB.
fn resident_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

/// Runs the real binary (throttle on) against a fake enforcing Telegram's flood limits.
fn soak(questions: usize, chats: i64) {
    let fake = FakeTelegram::start_in_background_with(FakeConfig {
        long_poll_cap: Duration::from_secs(1),
        enforce_flood_limits: true,
        ..FakeConfig::default()
    });
    let workdir = tempfile::tempdir().unwrap();
    let binary = env!("CARGO_BIN_EXE_interview-bot");
    let mut bot = serve_for_load(binary, workdir.path(), &fake, [])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let polling = fake.wait_until_blocking(Duration::from_secs(10), |f| {
        !f.calls_to("getUpdates").is_empty()
    });
    assert!(polling, "the bot never polled");

    let started = Instant::now();
    let mut expected: HashMap<i64, usize> = HashMap::new();
    for i in 0..questions {
        let chat = 100_000 + (i as i64 % chats);
        fake.push_update(updates::private_text(
            chat,
            chat,
            Some("en"),
            QUESTIONS[i % QUESTIONS.len()],
        ));
        *expected.entry(chat).or_default() += 1;
    }
    // Telegram allows 30 messages per second overall: allow for that, plus a margin.
    let limit = Duration::from_secs(questions as u64 / 25 + 30);
    let half = fake.wait_until_blocking(limit, |f| f.sent_count() >= questions / 2);
    let rss_at_half = resident_kb(bot.id());
    let delivered = half && fake.wait_until_blocking(limit, |f| f.sent_count() >= questions);
    let took = started.elapsed();
    let rss_at_end = resident_kb(bot.id());
    std::thread::sleep(Duration::from_millis(500));
    let _ = Command::new("kill")
        .args(["-TERM", &bot.id().to_string()])
        .status();
    let _ = bot.wait();

    let sent = fake.sent_messages();
    assert!(
        delivered,
        "{} of {questions} answered in {took:?}",
        sent.len()
    );
    let mut per_chat: HashMap<i64, usize> = HashMap::new();
    for message in &sent {
        *per_chat.entry(message.chat_id).or_default() += 1;
    }
    assert_eq!(per_chat, expected, "every question answered exactly once");
    // For each refusal, how many messages Telegram had accepted in the second before, overall
    // and for that chat: which limit was hit.
    let accepted: Vec<_> = fake
        .calls_to("sendMessage")
        .into_iter()
        .filter(|c| c.status == Some(200))
        .collect();
    let rejected: Vec<_> = fake
        .rejected()
        .iter()
        .map(|c| {
            let second_before = |same_chat: bool| {
                accepted
                    .iter()
                    .filter(|a| {
                        a.received_at <= c.received_at
                            && c.received_at - a.received_at < Duration::from_secs(1)
                            && (!same_chat || a.body["chat_id"] == c.body["chat_id"])
                    })
                    .count()
            };
            format!(
                "{} {:?} ({} accepted in the second before, {} to this chat)",
                c.method,
                c.description(),
                second_before(false),
                second_before(true)
            )
        })
        .collect();
    assert!(rejected.is_empty(), "rejected: {rejected:?}");
    eprintln!(
        "soak: {questions} questions from {chats} chats answered in {:.1} s ({:.1}/s); bot RSS {rss_at_half} kB at half, {rss_at_end} kB at the end",
        took.as_secs_f64(),
        questions as f64 / took.as_secs_f64()
    );
    assert!(
        rss_at_end <= rss_at_half + 8 * 1024,
        "memory grew from {rss_at_half} to {rss_at_end} kB"
    );
}

#[test]
fn six_hundred_questions_from_two_hundred_chats_within_telegrams_flood_limits() {
    soak(600, 200);
}

#[test]
#[ignore = "takes about 11 minutes: Telegram allows 30 messages per second"]
fn twenty_thousand_questions_from_a_thousand_chats() {
    soak(20_000, 1_000);
}
