//! Bot benchmark: the release binary (`interview-bot serve`) against the fake Bot API on
//! loopback, each run in a fresh folder (its own state store). Measures, with pacing off
//! (`THROTTLE=false`):
//! - time from start to the first `getUpdates`,
//! - overhead from an update's delivery (the `getUpdates` answer carrying it) to the bot's
//!   `sendMessage`, over questions asked one at a time (p50, p90, p99),
//! - throughput: questions from distinct chats answered per second, all queued at once, and
//!   the bot's CPU time per answer in that burst (steadier than throughput on a busy machine),
//! - peak resident memory of the bot process;
//!
//! and the same delivery -> `sendMessage` overhead under a paced load (questions from distinct
//! chats at 25 a second, under Telegram's limits) with pacing off and with the default
//! settings (pacing on): what pacing costs below the limits.
//!
//! Run with `cargo bench --bench bot`; `BOT_BENCH_QUESTIONS` (default 5000) sets the burst size,
//! `BOT_BENCH_BINARY` another build of the bot to measure (e.g. an older release).

#[path = "../tests/integration/support/mod.rs"]
#[allow(dead_code)]
mod support;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::fake_telegram::{FakeConfig, FakeTelegram};
use support::served::serve_for_load;
use support::updates;

const QUESTIONS: &[&str] = &[
    "What is the main threat against humanity?",
    "Almagro OAS",
    "@bot hey what did he say about the vaccine bank??",
    "Why did MAS win the Bolivian election after the coup?",
    "What is the recipe for chocolate cake?",
    "Bolivar and Marti dream",
];

/// Questions in the paced run, and their rate (under Telegram's 30 messages a second).
const PACED_QUESTIONS: usize = 200;
const PACED_PER_SECOND: f64 = 25.0;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The bot under test: its process, and the folder it runs in.
struct Bot {
    child: std::process::Child,
    _dir: tempfile::TempDir,
}

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

/// Starts the bot against `fake` with pacing on or off; returns once it polls, with the time
/// that took.
async fn start_bot(fake: &FakeTelegram, paced: bool) -> (Bot, Duration) {
    let binary = std::env::var("BOT_BENCH_BINARY")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_interview-bot").to_string());
    let dir = tempfile::tempdir().expect("a temporary folder");
    let started = Instant::now();
    let mut command = serve_for_load(&binary, dir.path(), fake, std::env::vars_os());
    command.stderr(Stdio::inherit());
    if !paced {
        command.env("THROTTLE", "false");
    }
    let child = command.spawn().expect("the release binary starts");
    let polled = fake
        .wait_until(Duration::from_secs(10), |f| {
            !f.calls_to("getUpdates").is_empty()
        })
        .await;
    assert!(polled, "the bot never polled");
    let first_poll = fake.calls_to("getUpdates")[0].received_at - started;
    (Bot { child, _dir: dir }, first_poll)
}

/// CPU time (user and system) the process `pid` has used so far, from `/proc/<pid>/stat`:
/// unlike wall time, it hardly depends on what else the machine runs.
fn cpu_time(pid: u32) -> Duration {
    /// Clock ticks per second of `/proc` times (`getconf CLK_TCK`; 100 on Linux).
    const TICKS_PER_SECOND: f64 = 100.0;
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The fields after the command name (which may hold spaces) are space-separated; utime and
    // stime are the 14th and 15th fields of the line, the 12th and 13th after the name.
    let after_name = stat.rsplit(')').next().unwrap_or_default();
    let ticks: f64 = after_name
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|t| t.parse::<f64>().ok())
        .sum();
    Duration::from_secs_f64(ticks / TICKS_PER_SECOND)
}

/// From the `getUpdates` answer that delivered update `id` to `sent`.
fn overhead(fake: &FakeTelegram, id: i64, sent: Instant) -> Duration {
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
    sent.saturating_duration_since(delivered)
}

/// Questions from distinct chats at [`PACED_PER_SECOND`]; delivery -> sendMessage, sorted.
async fn paced_load(fake: &FakeTelegram, first_chat: i64) -> Vec<Duration> {
    let every = Duration::from_secs_f64(1.0 / PACED_PER_SECOND);
    let start = Instant::now();
    let mut asked = Vec::with_capacity(PACED_QUESTIONS);
    for i in 0..PACED_QUESTIONS {
        tokio::time::sleep_until((start + every * i as u32).into()).await;
        let chat = first_chat + i as i64;
        let id = fake.push_update(updates::private_text(
            chat,
            chat,
            Some("en"),
            QUESTIONS[i % QUESTIONS.len()],
        ));
        asked.push((chat, id));
    }
    // Waits on the recorded calls themselves: a message shows in the chat a moment before its
    // call's status is recorded.
    let answered = fake
        .wait_until(Duration::from_secs(30), |f| {
            let sends = f.calls_to("sendMessage");
            asked.iter().all(|(chat, _)| {
                sends
                    .iter()
                    .any(|c| c.body["chat_id"] == *chat && c.status == Some(200))
            })
        })
        .await;
    assert!(answered, "every paced question answered");
    let sends = fake.calls_to("sendMessage");
    let mut overheads: Vec<Duration> = asked
        .iter()
        .map(|(chat, id)| {
            let sent = sends
                .iter()
                .find(|c| c.body["chat_id"] == *chat && c.status == Some(200))
                .expect("the answer's call");
            overhead(fake, *id, sent.received_at)
        })
        .collect();
    overheads.sort();
    overheads
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
    // Pacing on (the default settings): the paced load only.
    let paced_fake = FakeTelegram::start_with(FakeConfig {
        long_poll_cap: Duration::from_secs(2),
        enforce_flood_limits: true,
        ..FakeConfig::default()
    })
    .await;
    let (paced_bot, _) = start_bot(&paced_fake, true).await;
    let paced_on = paced_load(&paced_fake, 3_000_000).await;
    let paced_rejected = paced_fake.rejected().len();
    drop(paced_bot);

    let fake = FakeTelegram::start_with(FakeConfig {
        long_poll_cap: Duration::from_secs(2),
        ..FakeConfig::default()
    })
    .await;
    let (bot, first_poll) = start_bot(&fake, false).await;

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
        overheads.push(overhead(&fake, id, sent.received_at));
        end_to_end.push(sent.received_at - pushed);
    }
    overheads.sort();
    end_to_end.sort();

    // The paced load without pacing, to compare with the run above.
    let paced_off = paced_load(&fake, 2_000_000).await;
    // `wait_for_call` below counts calls not returned yet: mark the paced ones as seen.
    while fake
        .wait_for_call("sendMessage", Duration::from_millis(1))
        .await
        .is_some()
    {}

    // A burst from distinct chats: throughput.
    let cpu_before_burst = cpu_time(bot.child.id());
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
    let burst_cpu = cpu_time(bot.child.id()).saturating_sub(cpu_before_burst);

    let peak_rss_kb = std::fs::read_to_string(format!("/proc/{}/status", bot.child.id()))
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

    drop(bot);

    println!("bot benchmark (release binary, fake Bot API on loopback)");
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
    println!(
        "bot CPU time in the burst: {:.2} s = {:.0} µs per answer",
        burst_cpu.as_secs_f64(),
        burst_cpu.as_secs_f64() * 1e6 / answered.max(1) as f64
    );
    println!("peak RSS of the bot: {:.1} MB", peak_rss_kb as f64 / 1024.0);
    println!("requests Telegram would have rejected: {rejected}");
    for (label, sorted) in [("pacing off", &paced_off), ("pacing on ", &paced_on)] {
        println!(
            "paced load, {PACED_QUESTIONS} questions from distinct chats at {PACED_PER_SECOND}/s, {label}: delivery -> sendMessage p50 {:.3} ms, p95 {:.3} ms, p99 {:.3} ms",
            millis(percentile(sorted, 0.5)),
            millis(percentile(sorted, 0.95)),
            millis(percentile(sorted, 0.99)),
        );
    }
    println!("paced load with pacing on: requests refused by the fake enforcing Telegram's limits: {paced_rejected}");
}
