#!/usr/bin/env python3
"""Check the Spark job's output against toolkit run directly on the same corpus, in one process.

  1. summary rows: the Spark part files equal `toolkit summarize` on the corpus as a multiset of lines
  2. every document has summary rows, and summary.json's totals match the rows
  3. name counts: summary.json equals the same count made from a single-process run of the same
     glossary step (glossary-check or split, as the job used)
  4. known names: Pashinyan and Karabakh are counted > 0 (skipped, and said so, while the toolkit's
     glossary matches no name at all, even single-process)

Usage: check.py --toolkit BIN --corpus CORPUS.jsonl --out OUT [--sentences N]
Prints 'spark: N passed, N failed, N skipped'; exits 1 when a check failed.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from job import name_keys, names_from_sheet_row  # noqa: E402  (the job's own counting rules)

MUST_KNOW = ("Pashinyan", "Karabakh")


def toolkit(binary, *args, ok=(0,)):
    p = subprocess.run([binary, *args], stdin=subprocess.DEVNULL, capture_output=True)
    if p.returncode not in ok:
        sys.exit(f"check.py: {binary} {' '.join(args)} exited {p.returncode}: "
                 f"{p.stderr.decode('utf-8', 'replace').strip()}")
    return p.stdout.decode("utf-8").splitlines()


def part_lines(folder):
    files = sorted(glob.glob(os.path.join(folder, "part-*")))
    if not files:
        sys.exit(f"check.py: no part files in {folder}: did the job run?")
    lines = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            lines += fh.read().splitlines()
    return lines


def count(rows):
    occ = collections.Counter()
    for row in rows:
        for key, _doc in name_keys(row):
            occ[key] += 1
    return ({n: c for (k, n), c in occ.items() if k == "known"},
            {n: c for (k, n), c in occ.items() if k == "unknown"})


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--toolkit", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--sentences", type=int, default=3)
    args = ap.parse_args()
    with open(os.path.join(args.out, "summary.json"), encoding="utf-8") as f:
        result = json.load(f)
    tally = collections.Counter()

    def report(name, ok, detail=""):
        tally["passed" if ok is True else "failed" if ok is False else "skipped"] += 1
        word = {True: "ok  ", False: "FAIL", None: "SKIP"}[ok]
        print(f"  {word} {name}" + (f": {detail}" if detail else ""))

    fmt = ["--format", "jsonl", "--quiet"]
    # 1. summary rows, as a multiset of lines
    spark = collections.Counter(part_lines(os.path.join(args.out, "summary")))
    single = collections.Counter(
        toolkit(args.toolkit, "summarize", "--sentences", str(args.sentences), *fmt, args.corpus))
    missing, extra = single - spark, spark - single
    report("summary rows equal single-process `toolkit summarize` (multiset of lines)",
           not missing and not extra and sum(single.values()) > 0,
           f"{sum(spark.values())} rows under Spark, {sum(single.values())} single-process"
           + (f"; {sum(missing.values())} missing, {sum(extra.values())} extra" if missing or extra else ""))

    # 2. totals
    docs_with_rows = {json.loads(l)["doc"] for l in spark}
    report("every document has summary rows and summary.json agrees",
           result["summary_rows"] == sum(spark.values())
           and result["summary_documents"] == len(docs_with_rows) == result["documents"],
           f"{len(docs_with_rows)} of {result['documents']} documents, summary.json says "
           f"{result['summary_rows']} rows")

    # 3. name counts against the same glossary step run single-process
    if result["names_from"] == "glossary-check":
        rows = [json.loads(l) for l in
                toolkit(args.toolkit, "glossary-check", *fmt, args.corpus, ok=(0, 1))]
    else:
        rows = [n for l in toolkit(args.toolkit, "split", *fmt, args.corpus)
                for n in names_from_sheet_row(json.loads(l))]
    known, unknown = count(rows)
    report(f"name counts equal single-process `toolkit {result['names_from']}`",
           known == result["known_names"] and unknown == result["unknown_names"],
           f"{sum(known.values())} known and {sum(unknown.values())} unknown occurrences single-process; "
           f"{result['known_occurrences']} and {result['unknown_occurrences']} under Spark")

    # 4. known names
    for must in MUST_KNOW:
        n = sum(c for name, c in result["known_names"].items() if must in name)
        if not known and not unknown:
            report(f"{must} counted > 0", None,
                   "this toolkit build matches no glossary name at all, even single-process")
        else:
            report(f"{must} counted > 0", n > 0, f"{n} occurrences")

    print(f"spark: {tally['passed']} passed, {tally['failed']} failed"
          + (f", {tally['skipped']} skipped" if tally["skipped"] else ""))
    return 1 if tally["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
