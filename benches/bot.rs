//! Bot benchmark: the release binary (`interview-bot serve`, throttling off) against the fake
//! Bot API on loopback. Measures
//! - time from start to the first `getUpdates`,
//! - overhead from an update's delivery (the `getUpdates` answer carrying it) to the bot's
//!   `sendMessage`, over questions asked one at a time (p50, p90, p99),
//! - throughput: questions from distinct chats answered per second, all queued at once,
//! - peak resident memory of the bot process.
//!
//! Run with `cargo bench --bench bot`; `BOT_BENCH_QUESTIONS` (default 5000) sets the burst size.

#[path = "../tests/support/mod.rs"]
#[allow(dead_code)]
mod support;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::fake_telegram::{FakeConfig, FakeTelegram};
use support::updates;

const QUESTIONS: &[&str] = &[
    "What is the main threat against humanity?",
    "Almagro OAS",
    "@bot hey what did he say about the vaccine bank??",
    "Why did MAS win the Bolivian election after the coup?",
    "What is the recipe for chocolate cake?",
    "Bolivar and Marti dream",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let burst: usize = std::env::var("BOT_BENCH_QUESTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5_000);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run(burst));
}

async fn run(burst: usize) {
    let fake = FakeTelegram::start_with(FakeConfig {
        long_poll_cap: Duration::from_secs(2),
        ..FakeConfig::default()
    })
    .await;
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workdir = std::env::temp_dir();
    let started = Instant::now();
    let mut bot = Command::new(env!("CARGO_BIN_EXE_interview-bot"))
        .arg("serve")
        .current_dir(&workdir)
        .env("TELOXIDE_TOKEN", fake.token())
        .env("TELOXIDE_API_URL", fake.api_url())
        .env("CORPUS_DIR", repo.join("corpus"))
        .env("CONFIG_DIR", repo.join("config"))
        .env("THROTTLE", "false")
        .env("QUESTIONS_PER_MINUTE", "10000")
        .env("POLL_TIMEOUT_SECS", "1")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the release binary starts");

    let polled = fake
        .wait_until(Duration::from_secs(10), |f| {
            !f.calls_to("getUpdates").is_empty()
        })
        .await;
    assert!(polled, "the bot never polled");
    let first_poll = fake.calls_to("getUpdates")[0].received_at - started;

    // One question at a time: delivery-to-send overhead.
    let sequential = 300;
    let mut overheads = Vec::with_capacity(sequential);
    let mut end_to_end = Vec::with_capacity(sequential);
    for i in 0..sequential {
        let chat = 10_000 + i as i64;
        let pushed = Instant::now();
        let id = fake.push_update(updates::private_text(
            chat,
            chat,
            Some("en"),
            QUESTIONS[i % QUESTIONS.len()],
        ));
        let sent = fake
            .wait_for_call("sendMessage", Duration::from_secs(5))
            .await
            .expect("answered");
        let delivered = fake
            .calls_to("getUpdates")
            .iter()
            .rev()
            .find(|call| {
                call.result()
                    .and_then(|r| r.as_array())
                    .is_some_and(|updates| updates.iter().any(|u| u["update_id"] == id))
            })
            .and_then(|call| call.finished_at)
            .expect("delivered by a getUpdates answer");
        overheads.push(sent.received_at.saturating_duration_since(delivered));
        end_to_end.push(sent.received_at - pushed);
    }
    overheads.sort();
    end_to_end.sort();

    // A burst from distinct chats: throughput.
    let burst_start = Instant::now();
    for i in 0..burst {
        let chat = 1_000_000 + i as i64;
        fake.push_update(updates::private_text(
            chat,
            chat,
            Some("en"),
            QUESTIONS[i % QUESTIONS.len()],
        ));
    }
    let answered = fake
        .wait_for_calls("sendMessage", burst, Duration::from_secs(120))
        .await
        .len();
    let burst_time = burst_start.elapsed();

    let peak_rss_kb = std::fs::read_to_string(format!("/proc/{}/status", bot.id()))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| {
                    l.split_whitespace()
                        .nth(1)
                        .and_then(|kb| kb.parse::<u64>().ok())
                })
        })
        .unwrap_or(0);
    let rejected = fake.rejected().len();

    let _ = Command::new("kill")
        .args(["-TERM", &bot.id().to_string()])
        .status();
    let _ = bot.wait();

    println!("bot benchmark (release binary, throttling off, fake Bot API on loopback)");
    println!(
        "first getUpdates after start: {:.1} ms",
        first_poll.as_secs_f64() * 1e3
    );
    println!(
        "delivery -> sendMessage overhead over {sequential} questions: p50 {:.3} ms, p90 {:.3} ms, p99 {:.3} ms",
        percentile(&overheads, 0.5).as_secs_f64() * 1e3,
        percentile(&overheads, 0.9).as_secs_f64() * 1e3,
        percentile(&overheads, 0.99).as_secs_f64() * 1e3,
    );
    println!(
        "push -> sendMessage (includes the long poll round trip): p50 {:.3} ms",
        percentile(&end_to_end, 0.5).as_secs_f64() * 1e3
    );
    println!(
        "burst: {answered}/{burst} questions from distinct chats answered in {:.2} s = {:.0} per second",
        burst_time.as_secs_f64(),
        answered as f64 / burst_time.as_secs_f64()
    );
    println!("peak RSS of the bot: {:.1} MB", peak_rss_kb as f64 / 1024.0);
    println!("requests Telegram would have rejected: {rejected}");
}
