//! Large-archive benchmark: the release binary on an outlet's archive of generated interview
//! files (10,000 by default, from a fixed seed), with `INDEX_DIR` set, on two archives: one
//! written with a mixed vocabulary, and one where every interview reuses one shared vocabulary
//! (the hard case for query time). For each, measures
//! - the first `index`: parse, analyse, build and write the index (wall time, peak RSS),
//! - `index` again with the files unchanged: the start-up every later command and the bot pay,
//! - `ask`: the whole command (median of runs), and the time per question of `ask --batch`,
//! - in a fresh process holding the engine: the time of each question (p50, p99, mean), then a
//!   hot reload after one file changed, as the bot does it (time, resident memory before and at
//!   its peak, while the engine being replaced is still held),
//! - `index` after one file changed: a start-up that reads only that file;
//!
//! and, on the first archive, `serve`: from process start to the first `getUpdates`, and to the
//! answer of a question that was waiting, against the fake Bot API on loopback.
//!
//! Run with `cargo bench --bench archive`; `ARCHIVE_INTERVIEWS` sets the archives' size,
//! `ARCHIVE_WORDS=mixed` (or `shared`) runs one archive only.
//! `ARCHIVE_KEEP_IN` names a directory where the archives are kept after the run.
//! The measuring process can also be run alone on a kept archive, to profile or compare two
//! builds: `ARCHIVE_MEASURE_WORDS=shared ARCHIVE_CORPUS_DIR=<kept>/corpus
//! ARCHIVE_INDEX_DIR=<kept>/index` on the benchmark's binary, with `ARCHIVE_MEASURE_PREPARE=1`
//! (load and save only), `ARCHIVE_MEASURE_QUERIES_ONLY=1` (stop after timing the questions),
//! `ARCHIVE_HITS_TO=<file>` (write every question's hits).
//! `ARCHIVE_BASELINE_BINARY` names another build of the program to compare with (its start-ups
//! are measured too, on its own index directory).

#[path = "../tests/integration/support/mod.rs"]
#[allow(dead_code)]
mod support;
#[path = "support/synthetic.rs"]
#[allow(dead_code)]
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

/// Questions timed one by one in the measuring process.
const TIMED_QUESTIONS: usize = 1_000;

/// Hits asked for per question, as `ask` does by default.
const TOP: usize = 3;

/// Set in the child process that holds the engine (see [`measure_in_process`]).
const MEASURE_ENV: &str = "ARCHIVE_MEASURE_WORDS";

/// Set when the child process only loads the archive, to save its parsed corpus.
const PREPARE_ENV: &str = "ARCHIVE_MEASURE_PREPARE";

/// Names a file where the child process writes the hits of every timed question.
const HITS_TO_ENV: &str = "ARCHIVE_HITS_TO";

/// Set when the child process stops after timing the questions (no reload, no file edited):
/// with [`PREPARE_ENV`]'s load alone, `perf stat` then tells the questions' own cost.
const QUERIES_ONLY_ENV: &str = "ARCHIVE_MEASURE_QUERIES_ONLY";

fn main() {
    if let Ok(words) = std::env::var(MEASURE_ENV) {
        let words = if words == "shared" {
            synthetic::Words::Shared
        } else {
            synthetic::Words::Mixed
        };
        measure_in_process(words);
        return;
    }
    let count: usize = std::env::var("ARCHIVE_INTERVIEWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let baseline = std::env::var("ARCHIVE_BASELINE_BINARY").ok();
    // `ARCHIVE_WORDS=mixed` or `shared` runs one archive only.
    let only = std::env::var("ARCHIVE_WORDS").ok();
    for (n, words) in [synthetic::Words::Mixed, synthetic::Words::Shared]
        .into_iter()
        .filter(|w| {
            only.as_ref()
                .is_none_or(|o| format!("{w:?}").eq_ignore_ascii_case(o))
        })
        .enumerate()
    {
        println!("\n== {} ==", words.label());
        let archive = Archive::write(count, words);
        let binary = env!("CARGO_BIN_EXE_interview-bot");
        if n == 0 {
            // Before the measuring process saves a corpus of its own build (one per directory).
            measure_start_ups(&archive, binary, 0);
            serve_start_up(&archive.command(binary, &["serve"]));
        }
        measure_archive(&archive, binary, words, n == 0);
        if let Some(baseline) = &baseline {
            println!("-- baseline {baseline} --");
            let mut baseline_archive = archive.clone();
            baseline_archive.index_dir = archive.work.join("index-baseline");
            measure_start_ups(&baseline_archive, baseline, 1);
        }
    }
}

/// A generated archive on disk, with where its index goes.
#[derive(Clone)]
struct Archive {
    /// Keeps the temporary directory alive.
    _dir: std::sync::Arc<tempfile::TempDir>,
    work: std::path::PathBuf,
    corpus_dir: std::path::PathBuf,
    index_dir: std::path::PathBuf,
    count: usize,
}

impl Archive {
    fn write(count: usize, words: synthetic::Words) -> Archive {
        let dir = tempfile::tempdir().expect("temporary directory");
        // `ARCHIVE_KEEP_IN` keeps the archives there after the run, to profile by hand.
        let work = match std::env::var("ARCHIVE_KEEP_IN") {
            Ok(keep) => Path::new(&keep).join(format!("{count}-{words:?}").to_lowercase()),
            Err(_) => dir.path().to_path_buf(),
        };
        let _ = std::fs::remove_dir_all(&work);
        std::fs::create_dir_all(&work).expect("archive directory");
        let corpus_dir = work.join("corpus");
        std::fs::create_dir(&corpus_dir).expect("corpus directory");
        let generated = Instant::now();
        let mut bytes = 0;
        for (i, interview) in synthetic::interviews_with(count, words).iter().enumerate() {
            let text = synthetic::published_text(interview);
            bytes += text.len();
            std::fs::write(corpus_dir.join(file_name(i)), text).expect("interview written");
        }
        println!(
            "archive: {count} interview files, {:.1} MB, written in {:.1?}",
            bytes as f64 / 1e6,
            generated.elapsed()
        );
        Archive {
            _dir: std::sync::Arc::new(dir),
            index_dir: work.join("index"),
            work,
            corpus_dir,
            count,
        }
    }

    fn command(&self, binary: &str, args: &[&str]) -> Command {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut command = Command::new(binary);
        command
            .args(args)
            .current_dir(&self.work)
            .env_clear()
            .env("CORPUS_DIR", &self.corpus_dir)
            .env("CONFIG_DIR", repo.join("config"))
            .env("INDEX_DIR", &self.index_dir)
            .env("RUST_LOG", "warn");
        command
    }

    /// Rewrites the `i`-th file with one more paragraph: a change of content, size and times.
    fn edit(&self, i: usize, words: &str) {
        let path = self.corpus_dir.join(file_name(i % self.count));
        let mut text = std::fs::read_to_string(&path).expect("interview readable");
        text.push_str(&format!("{words}, in a paragraph added by an edit.\n\n"));
        std::fs::write(&path, text).expect("interview rewritten");
    }
}

fn file_name(i: usize) -> String {
    format!("interview-{i:05}.txt")
}

fn mb(kb: i64) -> f64 {
    kb as f64 / 1024.0
}

fn measure_archive(archive: &Archive, binary: &str, words: synthetic::Words, start_ups_done: bool) {
    if !start_ups_done {
        measure_start_ups(archive, binary, 0);
    }

    let asks: Vec<Duration> = (0..9)
        .map(|i| {
            let question = synthetic::QUESTIONS[i % synthetic::QUESTIONS.len()];
            measure(archive.command(binary, &["ask", "--json", question]), None).wall
        })
        .collect();
    println!("ask (whole command), median of 9: {:.2?}", median(asks));

    let one = measure(
        archive.command(binary, &["ask", "--batch", "-"]),
        Some("Almagro OAS\n"),
    );
    let batch_size = 2_000;
    let questions: String = (0..batch_size)
        .map(|i| format!("{}\n", synthetic::QUESTIONS[i % synthetic::QUESTIONS.len()]))
        .collect();
    let batch = measure(
        archive.command(binary, &["ask", "--batch", "-"]),
        Some(&questions),
    );
    assert_eq!(batch.stdout.lines().count(), batch_size);
    let per_question = batch.wall.saturating_sub(one.wall) / (batch_size as u32 - 1);
    println!("ask --batch: {batch_size} questions in {:.2?}, {per_question:.2?} per question after start-up", batch.wall);

    // A fresh process, so that its memory is the engine's alone.
    let own = std::env::current_exe().expect("the benchmark's own binary");
    let mut child = Command::new(own);
    child
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env(
            MEASURE_ENV,
            if words == synthetic::Words::Shared {
                "shared"
            } else {
                "mixed"
            },
        )
        .env("ARCHIVE_CORPUS_DIR", &archive.corpus_dir)
        .env("ARCHIVE_INDEX_DIR", &archive.index_dir)
        .env("ARCHIVE_INTERVIEWS", archive.count.to_string());
    // The saved corpus belongs to one build of the program: a first run saves it for this one.
    let status = child
        .env(PREPARE_ENV, "1")
        .status()
        .expect("the measuring process runs");
    assert!(status.success(), "the preparing process failed");
    let status = child
        .env_remove(PREPARE_ENV)
        .status()
        .expect("the measuring process runs");
    assert!(status.success(), "the measuring process failed");
}

/// First `index`, `index` again, and `index` after one file changed.
fn measure_start_ups(archive: &Archive, binary: &str, edited: usize) {
    let first = measure(archive.command(binary, &["index"]), None);
    let summary = first.stdout.lines().last().unwrap_or_default().to_string();
    println!(
        "first index: {:.2?}, peak RSS {:.0} MB ({summary})",
        first.wall,
        mb(first.peak_rss_kb)
    );
    let again = measure(archive.command(binary, &["index"]), None);
    assert!(
        again.stdout.contains("not read again"),
        "the saved corpus was not used: {}",
        again.stdout.lines().last().unwrap_or_default()
    );
    let starts: Vec<Duration> = (0..5)
        .map(|_| measure(archive.command(binary, &["index"]), None).wall)
        .collect();
    println!(
        "index again, files unchanged: {:.2?} (median of 5), peak RSS {:.0} MB",
        median(starts),
        mb(again.peak_rss_kb)
    );
    // Old enough that the new stamps can vouch for the content.
    archive.edit(edited + 7, "Okapi sanctuaries");
    std::thread::sleep(Duration::from_millis(50));
    let changed = measure(archive.command(binary, &["index"]), None);
    println!(
        "index after one file changed: {:.2?}, peak RSS {:.0} MB ({})",
        changed.wall,
        mb(changed.peak_rss_kb),
        changed.stdout.lines().last().unwrap_or_default()
    );
}

/// Current and peak resident memory of this process, in kB (Linux).
fn memory_kb() -> (i64, i64) {
    (status_kb("VmRSS:"), status_kb("VmHWM:"))
}

/// One memory figure of this process's status, in kB (Linux).
fn status_kb(name: &str) -> i64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(name))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Writes each question and the passage ids of its hits, one question a line, to compare the
/// answers of two builds (`diff`).
fn write_hits(engine: &interview_bot::search::Engine, questions: &[String], path: &Path) {
    let lines: String = questions
        .iter()
        .map(|question| {
            let outcome = engine.search(question, TOP);
            let ids: Vec<String> = outcome
                .hits
                .iter()
                .map(|hit| hit.passage.id.to_string())
                .collect();
            format!("{question}\t{}\n", ids.join(","))
        })
        .collect();
    std::fs::write(path, lines).expect("hits written");
}

/// The CPU time this thread has used (Linux).
fn thread_cpu_time() -> Duration {
    // SAFETY: an all-zero timespec is a valid value; clock_gettime fills it.
    let mut now: libc::timespec = unsafe { std::mem::zeroed() };
    // SAFETY: the pointer is valid for the call.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

/// p50, p99, mean and max of `times`, for a report line.
fn percentiles(times: &mut [Duration]) -> String {
    times.sort();
    let at = |share: f64| times[((times.len() - 1) as f64 * share).round() as usize];
    let mean = times.iter().sum::<Duration>() / times.len().max(1) as u32;
    format!(
        "p50 {:.2?}, p99 {:.2?}, mean {:.2?}, max {:.2?}",
        at(0.5),
        at(0.99),
        mean,
        times[times.len() - 1]
    )
}

/// Resets the peak of [`memory_kb`] to the current resident memory (Linux).
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// In the child process: loads the engine as the bot does, times each question, then reloads
/// after one file changed while holding the engine being replaced.
fn measure_in_process(words: synthetic::Words) {
    use interview_bot::config::EngineConfig;
    use interview_bot::load::{load_engine, reload_engine};
    use interview_bot::search::{IndexLocation, IndexSource, SearchSettings};

    let var = |name: &str| std::path::PathBuf::from(std::env::var(name).expect(name));
    let config = EngineConfig {
        corpus_dir: var("ARCHIVE_CORPUS_DIR"),
        config_dir: Path::new(env!("CARGO_MANIFEST_DIR")).join("config"),
        index: IndexLocation::Directory(var("ARCHIVE_INDEX_DIR")),
        search: SearchSettings::default(),
    };
    if std::env::var_os(PREPARE_ENV).is_some() {
        load_engine(&config).expect("the archive loads");
        return;
    }
    let started = Instant::now();
    let (engine, report) = load_engine(&config).expect("the archive loads");
    assert_eq!(report.index_source, IndexSource::Restored);
    let (rss, _) = memory_kb();
    println!(
        "in process: engine loaded in {:.2?}, RSS {:.0} MB",
        started.elapsed(),
        mb(rss)
    );

    let mut questions: Vec<String> = synthetic::QUESTIONS.iter().map(|q| q.to_string()).collect();
    questions.extend(synthetic::topic_questions(
        TIMED_QUESTIONS - questions.len(),
        words,
    ));
    for question in &questions {
        std::hint::black_box(engine.search(question, TOP));
    }
    // Wall time, and the thread's CPU time: on a machine shared with other work, the CPU time
    // leaves out the time spent waiting for a core.
    let (mut times, mut cpu): (Vec<Duration>, Vec<Duration>) = questions
        .iter()
        .map(|question| {
            let (started, started_cpu) = (Instant::now(), thread_cpu_time());
            std::hint::black_box(engine.search(question, TOP));
            (started.elapsed(), thread_cpu_time() - started_cpu)
        })
        .unzip();
    println!(
        "per question ({} questions, {} of them 3 topic words): {}; CPU time {}",
        times.len(),
        times.len() - synthetic::QUESTIONS.len(),
        percentiles(&mut times),
        percentiles(&mut cpu)
    );
    if let Some(path) = std::env::var_os(HITS_TO_ENV) {
        write_hits(&engine, &questions, Path::new(&path));
    }
    if std::env::var_os(QUERIES_ONLY_ENV).is_some() {
        return;
    }

    let count: usize = std::env::var("ARCHIVE_INTERVIEWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let path = config.corpus_dir.join(file_name(count / 2));
    let original = std::fs::read_to_string(&path).expect("interview readable");
    let text = format!("{original}Zebrafish husbandry, in a paragraph added by an edit.\n\n");
    std::fs::write(&path, text).expect("interview rewritten");
    let (before, _) = memory_kb();
    let (anonymous_before, file_before) = rss_parts_kb();
    reset_peak_memory();
    let started = Instant::now();
    let (reloaded, report) = reload_engine(&config, Some(&engine)).expect("the reload works");
    let took = started.elapsed();
    let (after, peak) = memory_kb();
    let (anonymous, file) = rss_parts_kb();
    assert_eq!(report.files_read, 1);
    assert!(!reloaded.search("zebrafish husbandry", 1).hits.is_empty());
    // The archive as it was: each run used to add one more paragraph to this file, so two runs
    // of the same build answered from different archives (a few tied candidates swapped).
    std::fs::write(&path, original).expect("interview restored");
    println!(
        "hot reload after one file changed: {took:.2?} ({:?}, {} file read); RSS {:.0} MB before, peak {:.0} MB (+{:.1} %), {:.0} MB after with both engines held",
        report.index_source,
        report.files_read,
        mb(before),
        mb(peak),
        (peak - before) as f64 * 100.0 / before as f64,
        mb(after)
    );
    println!(
        "  of which the program's own memory {:.0} -> {:.0} MB, pages of mapped files (the index) {:.0} -> {:.0} MB",
        mb(anonymous_before),
        mb(anonymous),
        mb(file_before),
        mb(file)
    );
}

/// The resident memory that is the program's own (heap, stacks) and that of mapped files, in
/// kB (Linux): a file mapped twice (an index reopened after an update) counts twice in RSS,
/// without using more memory.
fn rss_parts_kb() -> (i64, i64) {
    (status_kb("RssAnon:"), status_kb("RssFile:"))
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
