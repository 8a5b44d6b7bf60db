//! The `toolkit` binary: parse arguments, run a command, map the outcome to an exit code
//! (0 success, 1 checks found problems, 2 bad usage or unreadable input).

mod cli;

use clap::Parser;
use std::process::ExitCode;

/// mimalloc rather than the system allocator: a run makes millions of small strings and
/// vectors (words, rows, names), and glibc's malloc was some 6% of it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    cli::run(args)
}
