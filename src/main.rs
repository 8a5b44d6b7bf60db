//! The `toolkit` binary: parse arguments, run a command, map the outcome to an exit code
//! (0 success, 1 checks found problems, 2 bad usage or unreadable input).

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    cli::run(args)
}
