//! The `interview-bot` binary: everything happens in the library.

fn main() -> std::process::ExitCode {
    interview_bot::cli::main()
}
