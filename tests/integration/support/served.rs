//! `Served`: the real `interview-bot serve` binary as a child process, for black-box tests of
//! what an operator runs (signals, restarts, `kill -9`, the state file).
#![allow(dead_code)]

use std::ffi::OsString;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use super::fake_telegram::FakeTelegram;

/// Upper bound for a graceful stop after SIGTERM or SIGINT.
pub const STOP: Duration = Duration::from_secs(5);

pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// `binary serve` in `dir` against `fake` for a load: the shipped corpus and config, one-second
/// long polls, no limit on one user's questions, errors only in the log, standard output
/// discarded, over the environment `inherited` (none, or the caller's). The caller sets the
/// rest and spawns it.
pub fn serve_for_load(
    binary: &str,
    dir: &Path,
    fake: &FakeTelegram,
    inherited: impl IntoIterator<Item = (OsString, OsString)>,
) -> Command {
    let mut command = Command::new(binary);
    command
        .arg("serve")
        .current_dir(dir)
        .env_clear()
        .envs(inherited)
        .env("TELOXIDE_TOKEN", fake.token())
        .env("TELOXIDE_API_URL", fake.api_url())
        .env("CORPUS_DIR", repo("corpus"))
        .env("CONFIG_DIR", repo("config"))
        .env("QUESTIONS_PER_MINUTE", "10000")
        .env("POLL_TIMEOUT_SECS", "1")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null());
    command
}

/// `interview-bot serve` running as a child process in its own empty directory (so no stray
/// `.env` is read), with a clean environment: the shipped corpus and config, one-second long
/// polls, plus `env`. Output goes to files, so that a chatty log can never fill a pipe and
/// block the bot. The process is killed if a test fails before it exits.
pub struct Served {
    pub child: Child,
    pub dir: tempfile::TempDir,
    pub started: Instant,
}

impl Served {
    pub fn start(env: &[(&str, &str)]) -> Served {
        Served::start_in(tempfile::tempdir().expect("a temporary directory"), env)
    }

    /// Like [`Served::start`], in `dir` (a restart keeps the state store of the run before).
    pub fn start_in(dir: tempfile::TempDir, env: &[(&str, &str)]) -> Served {
        let started = Instant::now();
        let output = |name: &str| File::create(dir.path().join(name)).expect("an output file");
        let log_filter = std::env::var("TEST_LOG").unwrap_or_else(|_| "info".to_owned());
        let child = Command::new(env!("CARGO_BIN_EXE_interview-bot"))
            .arg("serve")
            .current_dir(dir.path())
            .env_clear()
            .env("CORPUS_DIR", repo("corpus"))
            .env("CONFIG_DIR", repo("config"))
            .env("POLL_TIMEOUT_SECS", "1")
            .env("RUST_LOG", log_filter)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(output("stdout"))
            .stderr(output("stderr"))
            .spawn()
            .expect("start interview-bot serve");
        Served {
            child,
            dir,
            started,
        }
    }

    /// Runs the bot against `fake` with the right token.
    pub fn against(fake: &FakeTelegram, extra: &[(&str, &str)]) -> Served {
        let dir = tempfile::tempdir().expect("a temporary directory");
        Served::against_in(dir, fake, extra)
    }

    /// Runs the bot against `fake` again, in the folder (and with the state) of `previous`.
    pub fn restart(previous: Served, fake: &FakeTelegram, extra: &[(&str, &str)]) -> Served {
        Served::against_in(previous.into_dir(), fake, extra)
    }

    /// [`Served::against`] in `dir`.
    fn against_in(dir: tempfile::TempDir, fake: &FakeTelegram, extra: &[(&str, &str)]) -> Served {
        let api_url = fake.api_url();
        let mut env = vec![
            ("TELOXIDE_TOKEN", fake.token()),
            ("TELOXIDE_API_URL", api_url.as_str()),
        ];
        env.extend_from_slice(extra);
        Served::start_in(dir, &env)
    }

    /// Kills the process at once, as `kill -9` or a power cut would.
    pub fn kill_9(&mut self) {
        let sent = Command::new("kill")
            .args(["-KILL", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success(), "kill -9 failed");
        let _ = self.child.wait();
    }

    /// The folder the bot runs in, after it stopped (its logs and `data/` stay).
    pub fn into_dir(mut self) -> tempfile::TempDir {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        let dir = tempfile::tempdir().expect("a temporary directory");
        std::mem::replace(&mut self.dir, dir)
    }

    /// The working folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Sends `signal` (`TERM`, `INT`) to the bot.
    pub fn signal(&self, signal: &str) {
        let sent = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(self.child.id().to_string())
            .status()
            .expect("run kill");
        assert!(sent.success(), "kill -{signal} failed");
    }

    /// The exit status, if the bot exits within `limit`.
    pub fn wait_for_exit(&mut self, limit: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().expect("check the bot process") {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Signals the bot and asserts it exits with code 0 within [`STOP`].
    pub fn stop_with(&mut self, signal: &str) -> Duration {
        let signalled = Instant::now();
        self.signal(signal);
        let status = self.wait_for_exit(STOP);
        let took = signalled.elapsed();
        assert!(
            status.is_some(),
            "still running {STOP:?} after SIG{signal}; stderr:\n{}",
            self.stderr()
        );
        assert_eq!(
            status.and_then(|s| s.code()),
            Some(0),
            "exit after SIG{signal}; stderr:\n{}",
            self.stderr()
        );
        took
    }

    pub fn read(&self, name: &str) -> String {
        let bytes = std::fs::read(self.dir.path().join(name)).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    pub fn stdout(&self) -> String {
        self.read("stdout")
    }

    pub fn stderr(&self) -> String {
        self.read("stderr")
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        if std::env::var_os("TEST_LOG").is_some() {
            eprintln!("--- interview-bot serve, stderr ---\n{}", self.stderr());
        }
    }
}
