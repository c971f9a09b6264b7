//! Large-archive benchmark: the release binary on an outlet's archive of generated interview
//! files (10,000 by default, from a fixed seed), with `INDEX_DIR` set. Measures
//! - the first `index`: parse, analyse, build and write the index (wall time, peak RSS),
//! - `index` again with the files unchanged: the start-up every later command and the bot pay,
//! - `serve`: from process start to the first `getUpdates`, and to the answer of a question that
//!   was waiting, against the fake Bot API on loopback,
//! - `ask`: the whole command (median of runs), and the time per question of `ask --batch`.
//!
//! Run with `cargo bench --bench archive`; `ARCHIVE_INTERVIEWS` sets the archive's size.

#[path = "../tests/support/mod.rs"]
#[allow(dead_code)]
mod support;
#[path = "support/synthetic.rs"]
mod synthetic;

use std::io::{Read, Seek, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::fake_telegram::{FakeConfig, FakeTelegram};
use support::updates;

/// A finished command: wall time, peak resident memory, standard output.
struct Measured {
    wall: Duration,
    peak_rss_kb: i64,
    stdout: String,
}

/// Runs `command` to its end, measuring its own peak memory (not that of earlier children).
// The child is reaped by `wait4`, which also reports its resource use.
#[allow(clippy::zombie_processes)]
fn measure(mut command: Command, stdin: Option<&str>) -> Measured {
    let output = tempfile::tempfile().expect("temporary file");
    let started = Instant::now();
    let mut child = command
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(output.try_clone().expect("file handle"))
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the release binary starts");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(input.as_bytes()).expect("questions written");
    }
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    // SAFETY: `pid` is our child, not yet waited for; the pointers are valid for the call.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    assert_eq!(waited, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "command failed: {command:?}"
    );
    let mut stdout = String::new();
    let mut output = output;
    output.rewind().expect("output rewound");
    output.read_to_string(&mut stdout).expect("output readable");
    Measured {
        wall,
        peak_rss_kb: usage.ru_maxrss,
        stdout,
    }
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn main() {
    let count: usize = std::env::var("ARCHIVE_INTERVIEWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = tempfile::tempdir().expect("temporary directory");
    let corpus_dir = work.path().join("corpus");
    let index_dir = work.path().join("index");
    std::fs::create_dir(&corpus_dir).expect("corpus directory");

    let generated = Instant::now();
    let mut bytes = 0;
    for (i, interview) in synthetic::interviews(count).iter().enumerate() {
        let text = synthetic::published_text(interview);
        bytes += text.len();
        std::fs::write(corpus_dir.join(format!("interview-{i:05}.txt")), text)
            .expect("interview written");
    }
    println!(
        "archive: {count} interview files, {:.1} MB, written in {:.1?}",
        bytes as f64 / 1e6,
        generated.elapsed()
    );

    let binary = env!("CARGO_BIN_EXE_interview-bot");
    let command = |args: &[&str]| {
        let mut command = Command::new(binary);
        command
            .args(args)
            .current_dir(work.path())
            .env_clear()
            .env("CORPUS_DIR", &corpus_dir)
            .env("CONFIG_DIR", repo.join("config"))
            .env("INDEX_DIR", &index_dir)
            .env("RUST_LOG", "warn");
        command
    };

    let first = measure(command(&["index"]), None);
    let summary = first.stdout.lines().last().unwrap_or_default().to_string();
    println!(
        "first index: {:.2?}, peak RSS {:.0} MB ({summary})",
        first.wall,
        first.peak_rss_kb as f64 / 1024.0
    );
    let again = measure(command(&["index"]), None);
    assert!(
        again.stdout.contains("not read again"),
        "the saved corpus was not used: {}",
        again.stdout.lines().last().unwrap_or_default()
    );
    println!(
        "index again, files unchanged: {:.0?}, peak RSS {:.0} MB",
        again.wall,
        again.peak_rss_kb as f64 / 1024.0
    );

    let asks: Vec<Duration> = (0..9)
        .map(|i| {
            let question = synthetic::QUESTIONS[i % synthetic::QUESTIONS.len()];
            measure(command(&["ask", "--json", question]), None).wall
        })
        .collect();
    println!("ask (whole command), median of 9: {:.0?}", median(asks));

    let one = measure(command(&["ask", "--batch", "-"]), Some("Almagro OAS\n"));
    let batch_size = 2_000;
    let questions: String = (0..batch_size)
        .map(|i| format!("{}\n", synthetic::QUESTIONS[i % synthetic::QUESTIONS.len()]))
        .collect();
    let batch = measure(command(&["ask", "--batch", "-"]), Some(&questions));
    assert_eq!(batch.stdout.lines().count(), batch_size);
    let per_question = batch.wall.saturating_sub(one.wall) / (batch_size as u32 - 1);
    println!("ask --batch: {batch_size} questions in {:.2?}, {per_question:.2?} per question after start-up", batch.wall);

    serve_start_up(&command(&["serve"]));
}

/// Time from `serve`'s start to its first poll and to its first answer.
fn serve_start_up(command: &Command) {
    let fake = FakeTelegram::start_in_background_with(FakeConfig {
        long_poll_cap: Duration::from_secs(1),
        ..FakeConfig::default()
    });
    fake.push_update(updates::private_text(7, 7, Some("en"), "Almagro OAS"));
    let mut serve = Command::new(command.get_program());
    serve.args(command.get_args());
    if let Some(dir) = command.get_current_dir() {
        serve.current_dir(dir);
    }
    serve.env_clear();
    for (key, value) in command.get_envs() {
        if let Some(value) = value {
            serve.env(key, value);
        }
    }
    let started = Instant::now();
    let mut bot = serve
        .env("TELOXIDE_TOKEN", fake.token())
        .env("TELOXIDE_API_URL", fake.api_url())
        .env("THROTTLE", "false")
        .env("POLL_TIMEOUT_SECS", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the release binary starts");
    let answered = fake
        .wait_for_call_blocking("sendMessage", Duration::from_secs(120))
        .expect("the waiting question is answered");
    let first_poll = fake.calls_to("getUpdates")[0].received_at - started;
    let _ = Command::new("kill")
        .args(["-TERM", &bot.id().to_string()])
        .status();
    let _ = bot.wait();
    println!(
        "serve: first getUpdates {first_poll:.0?} after start, waiting question answered after {:.0?}",
        answered.received_at - started
    );
}
