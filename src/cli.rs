//! The command line: `ask`, `index`, `import`, `eval` (and `serve`, in the bot module). Parses arguments,
//! loads configuration once, and maps outcomes to exit codes:
//! 0 success, 1 partial failure (some corpus files broken), 2 configuration or input error.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::config::Config;
use crate::load::{load_engine, EngineReport};
use crate::render::{json, plain};
use crate::search::{Engine, IndexLocation, IndexSource};

mod explain;
mod import;

/// Most passages `ask --top` prints: more is a dump of the corpus, not an answer.
const MAX_TOP: i64 = 50;

/// How long tasks still running after the bot stopped may take to end before the process exits
/// anyway: long enough for a last log line, short enough for a service manager.
const RUNTIME_SHUTDOWN: std::time::Duration = std::time::Duration::from_millis(500);

/// Answers questions about published interviews with the interviewee's own words.
#[derive(Debug, Parser)]
#[command(name = "interview-bot", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the passages that best answer a question.
    Ask {
        /// How many passages to show.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=MAX_TOP))]
        top: u16,
        /// Print JSON: {"query", "results": [{"rank", "score", "interview", "question", "text", "highlights", "translations"}]}.
        #[arg(long)]
        json: bool,
        /// Answer one question per line of FILE ('-' for standard input), as JSON lines.
        #[arg(long, value_name = "FILE", conflicts_with = "question")]
        batch: Option<PathBuf>,
        /// The question, in any words.
        #[arg(required_unless_present = "batch", num_args = 1..)]
        question: Vec<String>,
    },
    /// Load the corpus, report each interview and broken file, and build the index.
    Index {
        /// Only show how FILE is read (title, speakers, questions, passages, clutter, warnings),
        /// without loading the corpus. Exit code 1 when the file has warnings or does not parse.
        #[arg(long, value_name = "FILE")]
        explain: Option<PathBuf>,
    },
    /// Turn a saved web page (.html, .htm) or Markdown file of an interview into a corpus file,
    /// then show how it reads.
    Import {
        /// The saved page.
        page: PathBuf,
        /// Where to write the corpus file (default: CORPUS_DIR/<slug of the title>.txt).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace the file if it already exists.
        #[arg(long)]
        force: bool,
    },
    /// Run the Telegram bot (needs TELOXIDE_TOKEN); stops gracefully on SIGINT or SIGTERM.
    Serve,
    /// Summarise the feedback log: frequent unanswered words and questions, worst-rated quotes.
    Report {
        /// The log to read (default: FEEDBACK_LOG).
        file: Option<PathBuf>,
    },
    /// Score retrieval on labeled question files (JSON lines; see README), as one set.
    Eval {
        /// The labeled question files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// List every question answered wrongly.
        #[arg(long)]
        misses: bool,
    },
}

/// Runs the command line and returns the process exit code. Errors are printed once, with
/// their chain of causes.
pub fn main() -> ExitCode {
    let _ = dotenvy::dotenv();
    let cli = Cli::parse();
    init_tracing(matches!(cli.command, Command::Serve));
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// Logs go to stderr, filtered by `RUST_LOG` (default: warnings and errors; the bot also
/// reports its own progress). Colours only on a terminal: journald, `docker logs` and log
/// files would otherwise get raw escape codes.
fn init_tracing(serving: bool) {
    let default = if serving {
        "warn,interview_bot=info"
    } else {
        "warn"
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    // Checking one file needs neither the corpus nor any setting.
    if let Command::Index {
        explain: Some(path),
    } = &cli.command
    {
        return explain::explain_file(path);
    }
    let config = Config::from_env().context("invalid setting in the environment or .env")?;
    warn_if_no_config_dir(&config.engine.config_dir);
    match cli.command {
        Command::Ask {
            top,
            json,
            batch,
            question,
        } => {
            let (engine, report) = load_engine(&config.engine)?;
            note_skipped(&report);
            let answered = match batch {
                Some(path) => ask_batch(&engine, &path, usize::from(top)),
                None => ask(&engine, &question.join(" "), usize::from(top), json),
            };
            // The process ends here: freeing an archive's hundreds of thousands of allocations
            // one by one would add a tenth of a second that the system does at once.
            std::mem::forget(engine);
            answered
        }
        Command::Index { .. } => index(&config),
        Command::Import { page, out, force } => {
            import::run(&page, out, force, &config.engine.corpus_dir)
        }
        Command::Serve => serve(&config),
        Command::Report { file } => {
            let path = file
                .or_else(|| config.bot.feedback_log.clone())
                .context("no feedback log given: pass its path or set FEEDBACK_LOG")?;
            let summary = crate::feedback::summarize(&path)
                .with_context(|| format!("cannot read the feedback log {}", path.display()))?;
            // Quote ids are shown with their opening words when the corpus loads.
            let corpus = crate::corpus::load_dir(&config.engine.corpus_dir)
                .ok()
                .map(|report| crate::corpus::Corpus::new(report.interviews));
            print!("{}", crate::feedback::render(&summary, corpus.as_ref()));
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { files, misses } => {
            let (engine, report) = load_engine(&config.engine)?;
            print_skipped(&report);
            let questions = crate::eval::load_all(&files)?;
            let report = crate::eval::evaluate(&engine, &questions);
            print!("{}", report.summary(misses));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A missing configuration folder is not an error (every file in it is optional), but run from
/// another folder the default `config` is not found and the synonyms silently go, lowering
/// answer quality: the operator should hear which folder was looked for.
fn warn_if_no_config_dir(dir: &std::path::Path) {
    if !dir.is_dir() {
        tracing::warn!(
            "configuration folder {} not found: no synonyms and the built-in interface texts are used; set CONFIG_DIR or run from the folder that holds config/",
            dir.display()
        );
    }
}

/// Broken files do not stop the bot, but the operator should hear about them in its log.
fn warn_about(report: &EngineReport) {
    for line in skipped_lines(report) {
        tracing::warn!("{line}");
    }
}

/// The same for a command run by hand (`eval`): plain lines on stderr, not log records.
fn print_skipped(report: &EngineReport) {
    for line in skipped_lines(report) {
        eprintln!("warning: {line}");
    }
}

/// One line per file or synonym line that could not be used, naming it and its line.
fn skipped_lines(report: &EngineReport) -> impl Iterator<Item = String> + '_ {
    let files =
        (report.corpus_errors.iter()).map(|error| format!("skipped interview file: {error}"));
    let synonyms =
        (report.synonym_errors.iter()).map(|error| format!("skipped synonym line: {error}"));
    files.chain(synonyms)
}

/// One line for `ask`, which may run many times a minute: the details are `index`'s job.
fn note_skipped(report: &EngineReport) {
    let (files, lines) = (report.corpus_errors.len(), report.synonym_errors.len());
    if files + lines > 0 {
        eprintln!(
            "warning: {files} interview file(s) and {lines} synonym line(s) skipped; `interview-bot index` lists each with its line"
        );
    }
}

fn ask(engine: &Engine, question: &str, top: usize, as_json: bool) -> anyhow::Result<ExitCode> {
    let outcome = engine.search(question, top);
    let mut stdout = std::io::stdout().lock();
    if as_json {
        writeln!(stdout, "{}", json::to_line(question, &outcome))?;
    } else {
        let emphasis = if std::io::stdout().is_terminal() {
            plain::Emphasis::Ansi
        } else {
            plain::Emphasis::None
        };
        write!(stdout, "{}", plain::render(&outcome, emphasis))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn ask_batch(engine: &Engine, path: &PathBuf, top: usize) -> anyhow::Result<ExitCode> {
    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(path)
            .with_context(|| format!("cannot open batch file {}", path.display()))?;
        Box::new(std::io::BufReader::new(file))
    };
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    for (index, line) in reader.split(b'\n').enumerate() {
        let bytes =
            line.with_context(|| format!("cannot read line {} of {}", index + 1, path.display()))?;
        // A line that is not UTF-8 is still a question: answer what can be read of it.
        let question = String::from_utf8_lossy(&bytes);
        let question = question.trim_end_matches('\r');
        // A line that shows nothing (spaces, a zero-width space left by a copy) is blank.
        if crate::corpus::is_invisible(question) {
            continue;
        }
        let outcome = engine.search(question, top);
        writeln!(stdout, "{}", json::to_line(question, &outcome))?;
    }
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A progress bar on stderr for long loads; invisible when stderr is not a terminal.
struct Bar(indicatif::ProgressBar);

impl crate::load::Progress for Bar {
    fn stage(&self, name: &'static str, total: u64) {
        self.0.set_position(0);
        self.0.set_length(total);
        self.0.set_message(name);
    }

    fn advance(&self, steps: u64) {
        self.0.inc(steps);
    }
}

/// `index`: loads the corpus with a progress bar, then reports each interview, each broken
/// file and what was done with the index. Exit code 1 when some file is broken.
fn index(config: &Config) -> anyhow::Result<ExitCode> {
    let bar = indicatif::ProgressBar::new(0).with_style(
        indicatif::ProgressStyle::with_template("{msg:>20} [{bar:40}] {pos}/{len} ({eta})")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    let loaded = crate::load::load_with_progress(&config.engine, None, &Bar(bar.clone()));
    bar.finish_and_clear();
    let (engine, report) = loaded?;
    // Not freed piece by piece at the end (see `ask`).
    let engine = std::mem::ManuallyDrop::new(engine);
    let corpus = engine.corpus();
    let mut stdout = std::io::stdout().lock();
    write_interviews(&mut stdout, corpus, engine.interview_languages())?;
    for error in &report.corpus_errors {
        writeln!(stdout, "error: {error}")?;
    }
    for error in &report.synonym_errors {
        writeln!(stdout, "warning: synonym line skipped: {error}")?;
    }
    writeln!(
        stdout,
        "{} interviews, {} passages, {} synonym rules, {} broken files; index {} in {} ms",
        corpus.interviews.len(),
        corpus.passages.len(),
        engine.synonym_count(),
        report.corpus_errors.len(),
        index_done(&report, &config.engine.index),
        report.elapsed.as_millis()
    )?;
    Ok(if report.corpus_errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// One line per interview (file, title, questions, passages), then a warning for each
/// interview in a language without analysis rules.
fn write_interviews(
    out: &mut impl Write,
    corpus: &crate::corpus::Corpus,
    languages: &[crate::search::language::Language],
) -> std::io::Result<()> {
    // Counted in one pass: an archive has thousands of interviews.
    let mut passages_per_interview = vec![0usize; corpus.interviews.len()];
    for passage in &corpus.passages {
        passages_per_interview[passage.interview] += 1;
    }
    for (interview, passages) in corpus.interviews.iter().zip(passages_per_interview) {
        writeln!(
            out,
            "{}: {} ({}, {})",
            interview.source.display(),
            interview.title,
            counted(interview.turns.len(), "question"),
            counted(passages, "passage")
        )?;
    }
    // Only interviews analysed without rules can be in an unsupported language: detecting the
    // language of thousands of interviews again would take seconds.
    let neutral = corpus
        .interviews
        .iter()
        .zip(languages)
        .filter(|(_, language)| **language == crate::search::language::Language::Neutral);
    for (interview, _) in neutral {
        let found = crate::search::language::of_interview(interview);
        if let Some(code) = found.unsupported {
            writeln!(
                out,
                "warning: {}: language `{code}` has no analysis rules (supported: en, es, pt): \
                 its passages are matched word for word, without stemming or stopwords; set \
                 `language` in the front matter if the detected language is wrong",
                interview.source.display()
            )?;
        }
    }
    Ok(())
}

/// What was done with the index, for the last line of `index`.
fn index_done(report: &EngineReport, location: &IndexLocation) -> String {
    match (report.index_source, location) {
        (IndexSource::BuiltInMemory, _) => "built in memory".to_string(),
        (IndexSource::BuiltOnDisk, IndexLocation::Directory(dir)) => {
            format!("built in {}", dir.display())
        }
        (IndexSource::Reused, IndexLocation::Directory(dir)) => {
            format!("reused from {} (corpus unchanged)", dir.display())
        }
        (IndexSource::Restored, IndexLocation::Directory(dir)) => {
            format!(
                "reused from {} (interview files unchanged, not read again)",
                dir.display()
            )
        }
        (IndexSource::Updated, _) => {
            format!("updated ({} changed files read)", report.files_read)
        }
        _ => "built".to_string(),
    }
}

fn serve(config: &Config) -> anyhow::Result<ExitCode> {
    crate::bot::arenas::limit_malloc_arenas();
    if config.bot.token.is_none() {
        eprintln!("error: {}", crate::bot::BotError::MissingToken);
        return Ok(ExitCode::from(2));
    }
    // Built while the bot opens its state store and reaches Telegram.
    let engine = crate::bot::EngineSource::load(config.engine.clone(), |engine, report| {
        warn_about(report);
        tracing::info!(
            interviews = engine.corpus().interviews.len(),
            passages = engine.corpus().passages.len(),
            "corpus loaded"
        );
    })
    .context("cannot start the thread that loads the corpus")?;
    let texts_dir = config.engine.config_dir.join("texts");
    let (texts, text_warnings) = crate::texts::Texts::load(&texts_dir)?;
    for warning in &text_warnings {
        tracing::warn!("interface texts: {warning}");
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let result = runtime.block_on(async {
        let shutdown = tokio_util::sync::CancellationToken::new();
        tokio::spawn(cancel_on_signal(shutdown.clone()));
        let sources = crate::bot::reload::Sources {
            engine: config.engine.clone(),
            texts_dir: texts_dir.clone(),
        };
        crate::bot::run(&config.bot, engine, texts, Some(sources), shutdown).await
    });
    runtime.shutdown_timeout(RUNTIME_SHUTDOWN);
    match result {
        Ok(()) => {
            tracing::info!("stopped");
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            eprintln!("error: {error}");
            Ok(ExitCode::from(2))
        }
    }
}

/// Cancels `shutdown` on SIGINT (Ctrl-C) or SIGTERM (systemd, docker stop).
async fn cancel_on_signal(shutdown: tokio_util::sync::CancellationToken) {
    #[cfg(unix)]
    {
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(signal) => signal,
                Err(error) => {
                    tracing::warn!(%error, "cannot listen for SIGTERM; only Ctrl-C stops the bot");
                    let _ = tokio::signal::ctrl_c().await;
                    shutdown.cancel();
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
    tracing::info!("shutdown requested");
    shutdown.cancel();
}

/// "1 question", "2 questions": a count with its noun in the right number.
fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_count_of_one_is_singular() {
        assert_eq!(super::counted(1, "question"), "1 question");
        assert_eq!(super::counted(0, "passage"), "0 passages");
        assert_eq!(super::counted(7, "question"), "7 questions");
    }
}
