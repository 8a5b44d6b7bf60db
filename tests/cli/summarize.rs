//! `toolkit summarize` and `toolkit eval easc` on real text: the seeds (one conflict
//! from five outlets) and, when it is beside the checkout, the EASC development split.

use crate::util::{jsonl, root, seed, toolkit, toolkit_in, write};
use serde_json::Value;
use std::collections::BTreeSet;

const SEEDS: [&str; 5] = [
    "seeds/000_28ce33da5d2245a2.txt",
    "seeds/001_6b2d5fff41c62f6f.txt",
    "seeds/002_0b453c8b0ae0108c.txt",
    "seeds/003_0c8c7049fcc732c8.txt",
    "seeds/004_24d2e195e726acda.txt",
];

/// The JSON Lines rows of `toolkit summarize --format jsonl ARGS`.
fn summary(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["summarize", "--format", "jsonl"];
    all.extend_from_slice(args);
    let r = toolkit(&all);
    assert_eq!(r.code, 0, "toolkit {all:?} failed: {}", r.stderr);
    jsonl(&r.stdout)
}

fn picked(rows: &[Value]) -> Vec<&Value> {
    rows.iter().filter(|r| r["in_summary"] == 1).collect()
}

/// Folded content words (3+ letters) of a sentence, for comparing what sentences say
/// independently of the summarizer's own vectors.
fn word_set(s: &str) -> BTreeSet<String> {
    toolkit::text::words(&toolkit::text::fold(s))
        .map(|w| w.text.to_string())
        .filter(|w| w.chars().count() >= 3)
        .collect()
}

fn jaccard(a: &str, b: &str) -> f64 {
    let (a, b) = (word_set(a), word_set(b));
    let inter = a.intersection(&b).count() as f64;
    let union = a.union(&b).count() as f64;
    if union == 0.0 {
        0.0
    } else {
        inter / union
    }
}

#[test]
fn seeds_summaries_hold_only_body_sentences_and_subtitles() {
    for seed in SEEDS {
        for method in ["default", "lead", "para-first", "lexrank", "centroid"] {
            let all = summary(&[
                "--all",
                "--keep-boilerplate",
                "--sentences",
                "8",
                "--method",
                method,
                seed,
            ]);
            let p = picked(&all);
            assert!(!p.is_empty(), "{seed} {method}: empty summary");
            for r in &p {
                let kind = r["kind"].as_str().unwrap();
                assert!(
                    kind == "body" || kind == "subtitle",
                    "{seed} {method}: a {kind} in the summary: {}",
                    r["source"]
                );
            }
            // Every row has the summary columns; ranks are 1..k.
            assert!(all
                .iter()
                .all(|r| r["score"].is_number() && r["in_summary"].is_number()));
            let mut ranks: Vec<u64> = p.iter().map(|r| r["rank"].as_u64().unwrap()).collect();
            ranks.sort_unstable();
            assert_eq!(
                ranks,
                (1..=p.len() as u64).collect::<Vec<_>>(),
                "{seed} {method}"
            );
        }
    }
}

#[test]
fn summary_rows_are_in_document_order_and_match_all() {
    let seed = SEEDS[0];
    let picked_rows = summary(&["--sentences", "4", seed]);
    assert_eq!(picked_rows.len(), 4);
    let sents: Vec<u64> = picked_rows
        .iter()
        .map(|r| r["sent"].as_u64().unwrap())
        .collect();
    assert!(sents.windows(2).all(|w| w[0] < w[1]), "{sents:?}");
    let all = summary(&["--all", "--sentences", "4", seed]);
    let from_all: Vec<&Value> = picked(&all);
    assert_eq!(from_all.len(), 4);
    for (a, b) in picked_rows.iter().zip(from_all) {
        assert_eq!(a, b);
    }
}

#[test]
fn same_output_twice_and_for_any_thread_count() {
    let args = |t: &'static str| {
        vec![
            "summarize",
            "--all",
            "--format",
            "csv",
            "--threads",
            t,
            "seeds",
        ]
    };
    let a = toolkit(&args("1"));
    let b = toolkit(&args("1"));
    let c = toolkit(&args("2"));
    assert_eq!(a.code, 0, "{}", a.stderr);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stdout, c.stdout);
    let d1 = toolkit(&["summarize", "--digest", "--format", "csv", "seeds"]);
    let d2 = toolkit(&["summarize", "--digest", "--format", "csv", "seeds"]);
    assert_eq!(d1.stdout, d2.stdout);
}

#[test]
fn seed_004_repeated_sentence_is_picked_at_most_once() {
    // The summary box and the body both say Pashinyan found the ceasefire respected
    // "in general" despite "isolated breaches".
    for budget in ["3", "10", "30", "60"] {
        let all = summary(&["--all", "--sentences", budget, SEEDS[4]]);
        let twins: Vec<&Value> = all
            .iter()
            .filter(|r| r["source"].as_str().unwrap().contains("خروق معزولة"))
            .collect();
        assert_eq!(twins.len(), 2, "the seed holds the sentence twice");
        let n = twins.iter().filter(|r| r["in_summary"] == 1).count();
        assert!(n <= 1, "--sentences {budget}: both copies picked");
    }
}

#[test]
fn digest_of_the_five_seeds_never_says_the_same_thing_twice() {
    for n in ["5", "10", "20"] {
        let d = summary(&["--digest", "--sentences", n, "seeds"]);
        assert_eq!(d.len(), n.parse::<usize>().unwrap(), "--sentences {n}");
        let docs: BTreeSet<&str> = d.iter().map(|r| r["doc"].as_str().unwrap()).collect();
        assert!(
            docs.len() >= 2,
            "a digest draws on several outlets: {docs:?}"
        );
        // Rows keep their doc and come in input order, then sentence order.
        let keys: Vec<(String, u64)> = d
            .iter()
            .map(|r| {
                (
                    r["doc"].as_str().unwrap().to_string(),
                    r["sent"].as_u64().unwrap(),
                )
            })
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        for (i, a) in d.iter().enumerate() {
            for b in &d[i + 1..] {
                let (sa, sb) = (a["source"].as_str().unwrap(), b["source"].as_str().unwrap());
                let j = jaccard(sa, sb);
                assert!(
                    j < 0.4,
                    "--sentences {n}: two sentences say the same ({j:.2}):\n{sa}\n{sb}"
                );
            }
        }
    }
}

#[test]
fn word_budget_is_never_passed() {
    for w in ["20", "60", "150"] {
        let s = summary(&["--words", w, SEEDS[1]]);
        assert!(!s.is_empty(), "--words {w}: nothing picked");
        let total: usize = s
            .iter()
            .map(|r| toolkit::text::word_count(r["source"].as_str().unwrap()))
            .sum();
        assert!(total <= w.parse().unwrap(), "--words {w}: {total} words");
    }
}

#[test]
fn ratio_and_lead() {
    let all = summary(&["--all", "--ratio", "0.25", SEEDS[2]]);
    let body = all
        .iter()
        .filter(|r| matches!(r["kind"].as_str(), Some("body" | "subtitle")))
        .count();
    assert_eq!(picked(&all).len(), ((body as f64) * 0.25).round() as usize);
    let lead = summary(&["--method", "lead", "--sentences", "2", SEEDS[2]]);
    let first: Vec<&Value> = all
        .iter()
        .filter(|r| matches!(r["kind"].as_str(), Some("body" | "subtitle")))
        .take(2)
        .collect();
    assert_eq!(lead.len(), 2);
    for (l, f) in lead.iter().zip(first) {
        assert_eq!(l["sent"], f["sent"]);
    }
}

#[test]
fn text_format_is_a_readable_summary() {
    let r = toolkit(&["summarize", "--format", "text", SEEDS[0]]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines[0].starts_with("# 000_28ce33da5d2245a2 (3 of "),
        "{}",
        lines[0]
    );
    // The headline, a blank line, then the three sentences.
    assert!(lines[1].starts_with("حراك دبلوماسي دولي"));
    assert_eq!(lines[2], "");
    assert_eq!(lines.iter().skip(3).filter(|l| !l.is_empty()).count(), 3);
}

#[test]
fn english_gets_english_scoring() {
    let text = "Armenia and Azerbaijan agree to talks in Moscow\n\n\
        Armenia and Azerbaijan agreed on Friday to send their foreign ministers to Moscow for talks on the fighting in Nagorno-Karabakh, the Kremlin said. \
        The announcement came after a week of heavy shelling.\n\n\
        Russian President Vladimir Putin spoke with both leaders by phone. He urged them to stop the fighting and return to talks.\n\n\
        The weather in the capital was mild.\n";
    let r = toolkit_in(
        &root(),
        &["summarize", "--format", "jsonl", "--sentences", "2", "-"],
        Some(text.as_bytes()),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let s = jsonl(&r.stdout);
    assert_eq!(s.len(), 2);
    assert!(s.iter().all(|r| r["lang"] == "en"));
    assert!(s[0]["source"]
        .as_str()
        .unwrap()
        .starts_with("Armenia and Azerbaijan agreed"));
    assert!(!s
        .iter()
        .any(|r| r["source"].as_str().unwrap().contains("weather")));
}

#[test]
fn tiny_and_odd_inputs_get_a_message_or_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write("one.txt", "قال باشينيان إن وقف إطلاق النار صامد.");
    write("title.txt", "أرمينيا وأذربيجان تتفقان على هدنة\n");
    write("boiler.txt", "اقرأ المزيد\n");
    let one = toolkit_in(
        dir.path(),
        &["summarize", "--format", "jsonl", "one.txt"],
        None,
    );
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert_eq!(jsonl(&one.stdout).len(), 1);
    for (file, why) in [
        ("title.txt", "only a title"),
        ("boiler.txt", "nothing to summarize"),
    ] {
        let r = toolkit_in(dir.path(), &["summarize", "--format", "jsonl", file], None);
        assert_eq!(r.code, 0, "{file}: {}", r.stderr);
        assert!(r.stdout.trim().is_empty(), "{file}: {}", r.stdout);
        assert!(r.stderr.contains(why), "{file}: {}", r.stderr);
    }
    let tight = toolkit(&["summarize", "--words", "2", SEEDS[0]]);
    assert_eq!(tight.code, 0);
    assert!(
        tight.stderr.contains("no sentence fits in 2 words"),
        "{}",
        tight.stderr
    );
    // A "sentence" without a word is no summary, under any budget: said so, not "the
    // best one is longer" (it had 0 words).
    write("dot.txt", ".\n");
    for budget in [&["--words", "1"][..], &[], &["--sentences", "2"]] {
        let mut args = vec!["summarize", "--format", "jsonl", "dot.txt"];
        args.extend_from_slice(budget);
        let dot = toolkit_in(dir.path(), &args, None);
        assert_eq!(dot.code, 0, "{}", dot.stderr);
        assert!(dot.stdout.trim().is_empty(), "{budget:?}: {}", dot.stdout);
        assert!(
            dot.stderr
                .contains("dot: nothing to summarize: its body sentences hold no words"),
            "{}",
            dot.stderr
        );
    }
    // Every method and budget on every odd input: no crash.
    for file in ["one.txt", "title.txt", "boiler.txt", "dot.txt"] {
        for m in ["default", "lead", "para-first", "lexrank", "centroid"] {
            for extra in [
                &["--all"][..],
                &["--digest"],
                &["--ratio", "0.01"],
                &["--words", "1"],
            ] {
                let mut args = vec!["summarize", "--method", m, file];
                args.extend_from_slice(extra);
                let r = toolkit_in(dir.path(), &args, None);
                assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
            }
        }
    }
}

#[test]
fn bad_options_are_usage_errors() {
    for args in [
        &["summarize", "--ratio", "1.5", SEEDS[0]][..],
        &["summarize", "--sentences", "0", SEEDS[0]],
        &["summarize", "--method", "magic", SEEDS[0]],
        &["summarize", "--sentences", "2", "--words", "10", SEEDS[0]],
    ] {
        let r = toolkit(args);
        assert_eq!(r.code, 2, "{args:?}");
    }
}

/// The EASC development split beside the checkout (CI has it there), or `None` with a
/// note.
fn easc_dev() -> Option<std::path::PathBuf> {
    let dir = root().join("../shared/data/easc-dev");
    if dir.join("Articles").is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} is absent; EASC test skipped", dir.display());
        None
    }
}

fn table_row(stdout: &str, method: &str) -> [f64; 3] {
    let line = stdout
        .lines()
        .find(|l| l.split_whitespace().next() == Some(method))
        .unwrap_or_else(|| panic!("no {method} row in:\n{stdout}"));
    let v: Vec<f64> = line
        .split_whitespace()
        .skip(1)
        .map(|x| x.parse().unwrap())
        .collect();
    [v[0], v[1], v[2]]
}

#[test]
fn easc_protocol_reproduces_the_reference_numbers() {
    let Some(dir) = easc_dev() else { return };
    let dir = dir.to_str().unwrap();
    // PROVENANCE.md's numbers were measured with a splitter that ends a sentence at every
    // line break: with that splitting, lead and para-first must agree within 0.005.
    let r = toolkit(&[
        "eval",
        "easc",
        dir,
        "--split-lines",
        "--method",
        "lead,para-first",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lead = table_row(&r.stdout, "lead");
    let para = table_row(&r.stdout, "para-first");
    for (got, want) in lead.iter().zip([0.499, 0.427, 0.460]) {
        assert!((got - want).abs() <= 0.005, "lead {got} vs {want}");
    }
    for (got, want) in para.iter().zip([0.491, 0.414, 0.452]) {
        assert!((got - want).abs() <= 0.005, "para-first {got} vs {want}");
    }
    // With the project's segmenter, the default method beats both baselines.
    let r = toolkit(&["eval", "easc", dir]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let d = table_row(&r.stdout, "default");
    let l = table_row(&r.stdout, "lead");
    let p = table_row(&r.stdout, "para-first");
    let x = table_row(&r.stdout, "lexrank");
    assert!(
        d[0] > l[0] + 0.04 && d[0] > p[0] && d[0] > x[0],
        "{}",
        r.stdout
    );
    // The built-in weights (tuned on all of dev, so an in-sample number: 0.5233).
    assert!(d[0] >= 0.52, "{}", r.stdout);
    // Topics a method left empty (counted as 0) are named; the default leaves none.
    assert!(
        r.stdout.contains("  lead: 4 topic(s) with an empty summary, scored 0 (no sentence it would pick fits the budget): Topic11, Topic19, Topic89, Topic127"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("  default: "), "{}", r.stdout);
}

/// The standard output of `toolkit eval easc DIR ARGS`, which must succeed.
fn eval_easc(dir: &std::path::Path, args: &[&str]) -> String {
    let mut all = vec!["eval", "easc", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    let r = toolkit(&all);
    assert_eq!(r.code, 0, "toolkit {all:?} failed: {}", r.stderr);
    r.stdout
}

/// The README's cross-validated number for the default method (ROUGE-1 F, 5 folds).
const EASC_DEV_CV_R1: f64 = 0.5181;

#[test]
fn easc_cross_validation_reaches_the_readme_number() {
    // About 8 s in a debug build: the grid is scored once, then each fold picks from it.
    let Some(dir) = easc_dev() else { return };
    let out = eval_easc(&dir, &["--method", "default", "--folds", "5"]);
    let cv = table_row(&out, "default-cv");
    assert!(cv[0] >= EASC_DEV_CV_R1 - 0.01, "{out}");
}

#[test]
fn easc_eval_scores_what_summarize_writes() {
    // `eval easc` must measure the real command: for a sample of topics, score the
    // sentences `toolkit summarize --words floor(W)` writes, by the protocol, and compare
    // with the per-topic number of `eval easc`.
    use toolkit::eval::rouge::{mean_r1, Interner, Reference};
    let Some(dir) = easc_dev() else { return };
    let out = eval_easc(&dir, &["--method", "default", "--per-topic"]);
    let topics = toolkit::eval::easc::load(&dir).unwrap().topics;
    for t in topics.iter().step_by(7) {
        let mut interner = Interner::default();
        let refs: Vec<Reference> = t
            .summaries
            .iter()
            .map(|s| Reference::new(interner.ids(s)))
            .collect();
        let w = refs.iter().map(|r| r.tokens.len()).sum::<usize>() / refs.len();
        let rows = summary(&[
            "--lang",
            "ar",
            "--words",
            &w.to_string(),
            t.path.to_str().unwrap(),
        ]);
        assert!(!rows.is_empty(), "{}: empty summary", t.name);
        let text: Vec<&str> = rows.iter().map(|r| r["source"].as_str().unwrap()).collect();
        let got = mean_r1(&interner.ids(&text.join(" ")), &refs);
        let line = out
            .lines()
            .find(|l| l.split_whitespace().next() == Some(t.name.as_str()))
            .unwrap_or_else(|| panic!("no {} row in:\n{out}", t.name));
        let want: f64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
        assert!(
            (got - want).abs() < 1e-4,
            "{}: summarize scores {got:.4}, eval says {want:.4}",
            t.name
        );
    }
}

#[test]
fn easc_eval_skips_a_broken_topic_and_scores_the_rest() {
    // An EASC-shaped folder built from the seeds: each "summary" is the article's
    // first lines. Three topics are broken in the ways a copied corpus breaks: two
    // articles, no summaries folder, an empty summary file.
    let d = tempfile::tempdir().unwrap();
    let article = |stem: &str| std::fs::read_to_string(seed(stem)).unwrap();
    let lead = |text: &str, n: usize| text.lines().take(n).collect::<Vec<_>>().join("\n");
    let topics = [
        ("Topic1", "000_28ce33da5d2245a2"),
        ("Topic2", "001_6b2d5fff41c62f6f"),
        ("Topic3", "002_0b453c8b0ae0108c"),
        ("Topic4", "003_0c8c7049fcc732c8"),
        ("Topic5", "004_24d2e195e726acda"),
    ];
    for (i, (topic, stem)) in topics.iter().enumerate() {
        let text = article(stem);
        write(
            d.path(),
            &format!("Articles/{topic}/a.txt"),
            text.as_bytes(),
        );
        if *topic == "Topic3" {
            continue;
        }
        for (k, tag) in ["1.A", "2.B", "3.C", "4.D", "5.E"].iter().enumerate() {
            let body = if *topic == "Topic4" && k == 2 {
                String::new()
            } else {
                lead(&text, 3 + k)
            };
            let name = format!("MTurk/{topic}/D{:02}.M.250.A.{tag}", i + 1);
            write(d.path(), &name, body.as_bytes());
        }
    }
    write(
        d.path(),
        "Articles/Topic2/b.TXT",
        article(topics[0].1).as_bytes(),
    );
    // A hidden folder is not a topic, and not a broken one either.
    write(d.path(), "Articles/.thumbs/x.txt", b"not a topic");

    let dir = d.path().to_str().unwrap();
    let r = toolkit(&["eval", "easc", dir, "--method", "default,lead"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stdout.contains(": 2 topics (3 skipped: see the errors)"),
        "{}",
        r.stdout
    );
    for (problem, what) in [
        ("Topic2: expected one .txt article, found 2", "two articles"),
        ("no summaries (D*.M.250.A.*) for Topic3", "no summaries"),
        ("D04.M.250.A.3.C: the summary has no words", "empty summary"),
        ("3 of 5 topics skipped", "closing count"),
    ] {
        assert!(r.stderr.contains(problem), "{what}: {}", r.stderr);
    }
    // The two good topics are scored: their summaries are the article's opening, so
    // lead matches them well.
    let lead_row = table_row(&r.stdout, "lead");
    assert!(lead_row[0] > 0.35, "{}", r.stdout);

    // Nothing readable at all is an error naming the first problem.
    let e = tempfile::tempdir().unwrap();
    write(
        e.path(),
        "Articles/Topic1/a.txt",
        b"\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7.",
    );
    std::fs::create_dir_all(e.path().join("MTurk")).unwrap();
    let r = toolkit(&["eval", "easc", e.path().to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("no readable topics found (first problem:")
            && r.stderr.contains("no summaries"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_decimal_word_budget_means_its_whole_words() {
    // A mean summary length (EASC's W) is a decimal: 92.4 allows 92 words, no more.
    let seed = SEEDS[0];
    let decimal = summary(&["--words", "92.4", seed]);
    assert_eq!(decimal, summary(&["--words", "92", seed]));
    assert!(!decimal.is_empty());
    let words: usize = decimal
        .iter()
        .map(|r| r["source"].as_str().unwrap().split_whitespace().count())
        .sum();
    assert!(words <= 92, "{words} words");
    for bad in ["--words=-3", "--words=abc", "--words=NaN"] {
        let r = toolkit(&["summarize", bad, seed]);
        assert_eq!(r.code, 2, "{bad}");
        assert!(
            r.stderr.contains("is not a number of words"),
            "{}",
            r.stderr
        );
    }
}

/// In JSON Lines the score is a number (a data engineer's `jq '.score > 0.5'` works),
/// rounded to four decimals as in the CSV.
#[test]
fn json_lines_scores_are_numbers() {
    let r = crate::util::toolkit(&[
        "summarize",
        "--format",
        "jsonl",
        crate::util::seed("000_28ce33da5d2245a2").to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = crate::util::jsonl(&r.stdout);
    let scores: Vec<f64> = rows.iter().filter_map(|r| r["score"].as_f64()).collect();
    assert!(!scores.is_empty());
    assert!(scores.contains(&1.0));
    assert!(scores
        .iter()
        .all(|s| (0.0..=1.0).contains(s) && ((s * 1e4).round() - s * 1e4).abs() < 1e-6));
}

/// A sentence ending with a colon leads into a list: it is a row of the sheet but never a
/// summary sentence, which would promise a list the summary does not hold. Seed 002 with
/// such a lead-in and its list after its lede.
#[test]
fn a_lead_in_to_a_list_is_never_a_summary_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join(SEEDS[2])).unwrap();
    let lede_end = text.find("محادثات بوساطة روسيا.").unwrap() + "محادثات بوساطة روسيا.".len();
    let lead_in = "وتضمنت الدعوات الدولية لوقف القتال في قره باغ ما يلي:";
    let list = "1. وقف فوري لإطلاق النار بين الجيشين الأرميني والأذربيجاني.\n2. استئناف المحادثات بين أرمينيا وأذربيجان بوساطة مجموعة مينسك.";
    let doc = format!(
        "{}\n\n{lead_in}\n{list}{}",
        &text[..lede_end],
        &text[lede_end..]
    );
    let file = write(dir.path(), "002_list.txt", doc.as_bytes());
    let r = toolkit_in(
        dir.path(),
        &[
            "summarize",
            "--all",
            "--format",
            "jsonl",
            "--sentences",
            "6",
            file.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = jsonl(&r.stdout);
    let row = |s: &str| {
        rows.iter()
            .find(|r| r["source"] == s)
            .unwrap_or_else(|| panic!("no row {s}"))
    };
    assert_ne!(row(lead_in)["in_summary"], 1, "{}", r.stdout);
    assert_eq!(row(lead_in)["kind"], "body");
    // The items themselves may be picked: each is a whole statement.
    assert!(list.lines().all(|item| row(item)["kind"] == "body"));
    assert_eq!(picked(&rows).len(), 6);
}

/// Bylines, date lines and captions under a headline are credits and captions, never
/// summary sentences: the lede is ranked first (the reviewer's pages, where each of
/// these lines was a subtitle ranked first).
#[test]
fn bylines_date_lines_and_captions_are_never_summary_sentences() {
    let lede = "Armenia and Azerbaijan agreed on Wednesday to hold talks.";
    let pages = [
        ("en", "By Sarah Mitchell in Moscow", lede),
        ("en", "By Sarah Mitchell, Moscow bureau chief", lede),
        ("en", "Thursday 15 October 2020 09:12 GMT", lede),
        (
            "en",
            "Pashinyan speaks in Yerevan on Oct. 12, 2020. (Photo: Reuters/Vahram Baghdasaryan)",
            lede,
        ),
        (
            "fr",
            "Par Claire Dubois, à Erevan",
            "L’Arménie et l’Azerbaïdjan ont accepté mercredi des pourparlers.",
        ),
        (
            "de",
            "Von unserer Korrespondentin Anna Schmidt",
            "Armenien und Aserbaidschan haben am Mittwoch Gespräche vereinbart.",
        ),
        (
            "ar",
            "آخر تحديث: 15/10/2020",
            "عرض الرئيس الإيراني حسن روحاني اليوم وساطة بلاده لإنهاء النزاع المسلح بين أرمينيا وأذربيجان.",
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (i, (lang, line, first)) in pages.iter().enumerate() {
        let doc = format!(
            "Talks open in Geneva\n\n{line}\n\n{first} The fighting has killed 5,000 people.\n"
        );
        let file = write(dir.path(), &format!("page{i}.txt"), doc.as_bytes());
        let r = toolkit_in(
            dir.path(),
            &[
                "summarize",
                "--all",
                "--format",
                "jsonl",
                "--lang",
                lang,
                file.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        let rows = jsonl(&r.stdout);
        let row = rows
            .iter()
            .find(|r| r["source"] == *line)
            .expect("the line's row");
        assert_ne!(row["in_summary"], 1, "{line}: {}", r.stdout);
        assert!(
            matches!(row["kind"].as_str(), Some("credit" | "caption")),
            "{line}: {}",
            row["kind"]
        );
        let top = rows
            .iter()
            .find(|r| r["rank"] == 1)
            .expect("a first sentence");
        assert_eq!(top["source"], *first, "{line}");
    }
}
