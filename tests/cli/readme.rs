//! The README's console examples are real output: every `$ toolkit ...` line in a
//! `console` block is run from the repository root, through `sh` (the examples pipe into
//! `head` and `cut`), with the built binary first on `PATH`, and what it prints must be
//! the lines the README shows under it.

use super::util::root;
use std::process::Command;

/// One README example: the command after `$ `, and the lines shown under it.
struct Example {
    command: String,
    shown: String,
}

/// The examples of every ```` ```console ```` block of the README.
fn examples(readme: &str) -> Vec<Example> {
    let mut out: Vec<Example> = Vec::new();
    let mut in_console = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_console = line.trim() == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ ") {
            out.push(Example {
                command: command.to_string(),
                shown: String::new(),
            });
        } else if let Some(e) = out.last_mut() {
            e.shown.push_str(line);
            e.shown.push('\n');
        }
    }
    out
}

#[test]
fn every_console_example_in_the_readme_is_real_output() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let examples = examples(&readme);
    assert!(examples.len() >= 6, "found {} examples", examples.len());
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_toolkit"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = std::env::join_paths(
        std::iter::once(bin).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
    )
    .unwrap();
    for e in &examples {
        let out = Command::new("sh")
            .arg("-c")
            .arg(&e.command)
            .current_dir(root())
            .env("PATH", &path)
            .output()
            .expect("run sh");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let shown = e.shown.trim_end();
        // Most examples show standard output; a report that ends with its tally on stderr
        // shows both, as a terminal would.
        let both = format!("{stdout}{stderr}");
        assert!(
            stdout.trim_end() == shown || both.trim_end() == shown,
            "README example `{}`\n--- shown:\n{shown}\n--- real stdout:\n{stdout}\n--- real stderr:\n{stderr}",
            e.command
        );
    }
}
