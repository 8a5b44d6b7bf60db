#!/usr/bin/env python3
"""Run toolkit over a JSON Lines corpus under Apache Spark, and count names across the corpus.

Each partition of the corpus ({"id", "text", "lang"?} per line) is piped through
`toolkit summarize --format jsonl -` and through `toolkit glossary-check --format jsonl -`
(`rdd.pipe`: one toolkit process per partition, documents in on stdin, one JSON object per
output row). The toolkit keeps no state between lines, so any partitioning gives the same rows.

Writes, under OUT:
  summary/        the summary rows (JSON Lines, one part file per partition)
  names/          the name rows: one per name occurrence
  counts/         {"kind", "name", "count", "docs"} per name, from a reduceByKey
  summary.json    the totals and the name counts (also printed as a small table)

Names are counted with reduceByKey over ((kind, name), 1) pairs made by `name_keys` from each
name row: kind "known" for a glossary match (keyed by its target, e.g. Pashinyan), "unknown" for
a name the glossary lacks. Retargeting the count to another output is a change to `name_keys`.

The glossary step is `toolkit glossary-check` when the binary has it (probed on the executors
with --names auto); otherwise the `names` column ("term=target; ...") of `toolkit split` rows.

Usage (local, two worker threads):
  scripts/spark/.venv/bin/python scripts/spark/job.py CORPUS.jsonl --out OUT
On a cluster: spark-submit --master yarn --files target/release/toolkit \
  scripts/spark/job.py hdfs:///corpus/*.jsonl --out hdfs:///out --toolkit ./toolkit
"""
import argparse
import json
import os
import shlex
import shutil
import sys
from operator import add
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# How glossary-check marks a match; anything else on a name row is taken as an unknown name.
KNOWN_MATCHES = {"exact", "normalized", "clitic", "variant", "sheet"}

# A document every glossary knows a name in, for probing glossary-check on the executors.
PROBE_DOC = json.dumps(
    {"id": "probe", "text": "وقال باشينيان إن الوضع في قره باغ صعب.", "lang": "ar"},
    ensure_ascii=False,
)


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="JSON Lines corpus: a path, folder or glob (file:, hdfs:, s3a: ...)")
    ap.add_argument("--out", required=True, help="output folder (must not exist, or --overwrite)")
    ap.add_argument("--master", default=None,
                    help="Spark master when run with plain python (default local[2]); under spark-submit, its --master")
    ap.add_argument("--partitions", type=int, default=4,
                    help="partitions, i.e. toolkit processes per step (default 4; capped at the document count)")
    ap.add_argument("--toolkit", default=os.path.join(REPO, "target", "release", "toolkit"),
                    help="toolkit command as the executors see it (default: this repo's release "
                         "binary; on a cluster ship it with --files and pass ./toolkit)")
    ap.add_argument("--sentences", type=int, default=3, help="summary length per document (default 3)")
    ap.add_argument("--threads", type=int, default=1,
                    help="threads per toolkit process (default 1: Spark gives each task one core)")
    ap.add_argument("--names", choices=["auto", "glossary-check", "split"], default="auto",
                    help="where name rows come from (default auto: glossary-check if it works)")
    ap.add_argument("--overwrite", action="store_true", help="replace a local OUT folder")
    ap.add_argument("--top", type=int, default=10, help="rows of each kind in the printed table")
    return ap.parse_args(argv)


def is_local_path(path):
    scheme = urlparse(path).scheme
    return scheme in ("", "file")


def local_path(path):
    return urlparse(path).path if path.startswith("file:") else path


def name_keys(row):
    """((kind, name), doc) pairs for one name row: the single place that decides what is counted."""
    doc = row.get("doc", "")
    match = (row.get("match") or "").lower()
    term = row.get("term") or ""
    if match in KNOWN_MATCHES and term:
        yield ("known", row.get("target") or term), doc
    else:
        yield ("unknown", row.get("surface") or term), doc


def names_from_sheet_row(row):
    """Name rows from a sheet row's `names` column ("source=target; ..."), glossary-check shaped."""
    for pair in filter(None, (p.strip() for p in (row.get("names") or "").split(";"))):
        term, _, target = pair.partition("=")
        yield {"doc": row.get("doc"), "sent": row.get("sent"), "surface": term, "term": term,
               "target": target, "match": "sheet", "sentence": row.get("source")}


def main(argv):
    args = parse_args(argv)
    master = args.master or "local[2]"
    # Only when this script starts Spark itself (plain python): spark-submit has already launched
    # the JVM (and set PYSPARK_GATEWAY_PORT) with the master, Python and logging of its arguments,
    # and a driver on a cluster must not be pinned to the loopback address.
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ
    if master.startswith("local") and not submitted:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    log4j = os.path.join(HERE, "log4j2.properties")
    os.environ.setdefault(
        "PYSPARK_SUBMIT_ARGS",
        f"--driver-java-options -Dlog4j.configurationFile=file:{log4j} pyspark-shell",
    )

    out = args.out.rstrip("/")
    if is_local_path(out) and os.path.exists(local_path(out)):
        if not args.overwrite:
            sys.exit(f"job.py: {out} exists: remove it or pass --overwrite")
        shutil.rmtree(local_path(out))

    from pyspark import SparkConf, SparkContext

    # (A SparkConf made before the context does not see spark-submit's settings, and what it
    # sets wins over them: so set nothing here under spark-submit.)
    conf = SparkConf().setAppName("toolkit-spark")
    if not submitted:
        conf.setMaster(master).set("spark.ui.enabled", "false") \
            .set("spark.ui.showConsoleProgress", "false")
    elif args.master:
        print(f"job.py: --master {args.master} ignored: spark-submit's --master decides",
              file=sys.stderr)
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("WARN")
    try:
        return run(sc, args, out)
    finally:
        sc.stop()


def run(sc, args, out):
    tk = shlex.quote(args.toolkit)
    common = f"--format jsonl --quiet --threads {args.threads} -"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"}

    docs = sc.textFile(args.corpus).filter(lambda line: line.strip())
    n_docs = docs.count()
    if n_docs == 0:
        sys.exit(f"job.py: {args.corpus}: no documents")
    parts = max(1, min(args.partitions, n_docs))
    # Deal the documents round-robin: every partition gets one at least (toolkit refuses an
    # empty stdin) and the partitions are even.
    docs = (docs.zipWithIndex().map(lambda di: (di[1], di[0]))
            .partitionBy(parts, lambda i: i % parts).values())

    # --- summarize -------------------------------------------------------------------------
    summary_lines = docs.pipe(f"{tk} summarize --sentences {args.sentences} {common}",
                              env=env, checkCode=True).cache()
    summary_lines.saveAsTextFile(f"{out}/summary")
    n_summary = summary_lines.count()
    n_summary_docs = summary_lines.map(lambda l: json.loads(l)["doc"]).distinct().count()

    # --- glossary names --------------------------------------------------------------------
    source = args.names
    if source == "auto":
        # (stderr hidden, and stdin drained so a stub that exits at once leaves no broken pipe)
        quiet_cmd = (f"/bin/sh -c '\"$0\" \"$@\" 2>/dev/null; cat >/dev/null' "
                     f"{tk} glossary-check {common}")
        probe = sc.parallelize([PROBE_DOC], 1).pipe(quiet_cmd, env=env).collect()
        try:
            works = bool(probe) and all("surface" in json.loads(l) for l in probe)
        except ValueError:
            works = False
        source = "glossary-check" if works else "split"
        if not works:
            print("job.py: this toolkit has no working `glossary-check --format jsonl`: "
                  "names come from the `names` column of `toolkit split`", file=sys.stderr)
    if source == "glossary-check":
        # exit 1 is "checks found problems" (e.g. unknown names), not a failure of the step
        cmd = f"/bin/sh -c '\"$0\" \"$@\"; rc=$?; [ $rc -le 1 ]' {tk} glossary-check {common}"
        name_rows = docs.pipe(cmd, env=env, checkCode=True).map(json.loads)
    else:
        name_rows = (docs.pipe(f"{tk} split {common}", env=env, checkCode=True)
                     .map(json.loads).flatMap(names_from_sheet_row))
    name_rows = name_rows.cache()
    name_rows.map(lambda r: json.dumps(r, ensure_ascii=False)).saveAsTextFile(f"{out}/names")

    # --- the corpus-wide count: reduceByKey over ((kind, name), 1) -------------------------
    keyed = name_rows.flatMap(name_keys).cache()
    occurrences = keyed.map(lambda kd: (kd[0], 1)).reduceByKey(add)
    documents = keyed.distinct().map(lambda kd: (kd[0], 1)).reduceByKey(add)
    counts = sorted(occurrences.join(documents).collect(),
                    key=lambda kv: (kv[0][0], -kv[1][0], kv[0][1]))
    records = [{"kind": k, "name": n, "count": c, "docs": d} for (k, n), (c, d) in counts]
    sc.parallelize([json.dumps(r, ensure_ascii=False) for r in records], 1) \
        .saveAsTextFile(f"{out}/counts")

    known = [r for r in records if r["kind"] == "known"]
    unknown = [r for r in records if r["kind"] == "unknown"]
    result = {
        "corpus": args.corpus,
        "master": sc.master,
        "partitions": parts,
        "documents": n_docs,
        "summary_rows": n_summary,
        "summary_documents": n_summary_docs,
        "names_from": source,
        "name_rows": sum(r["count"] for r in records),
        "known_names": {r["name"]: r["count"] for r in known},
        "known_occurrences": sum(r["count"] for r in known),
        "unknown_names": {r["name"]: r["count"] for r in unknown},
        "unknown_occurrences": sum(r["count"] for r in unknown),
    }
    text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    if is_local_path(out):
        with open(os.path.join(local_path(out), "summary.json"), "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sc.parallelize([text], 1).saveAsTextFile(f"{out}/summary.json")

    print(f"documents {n_docs} in {parts} partitions ({sc.master}); "
          f"summary rows {n_summary} for {n_summary_docs} documents; names from {source}")
    for title, rows in (("known names (glossary)", known), ("unknown names", unknown)):
        print(f"\n{title}: {len(rows)} distinct, {sum(r['count'] for r in rows)} occurrences")
        if rows:
            print(f"  {'count':>5}  {'docs':>4}  name")
            for r in rows[: args.top]:
                print(f"  {r['count']:>5}  {r['docs']:>4}  {r['name']}")
    if not unknown:
        print("  (none reported: this toolkit's name rows carry no unknown names yet)")
    print(f"\nwritten: {out}/summary, {out}/names, {out}/counts, {out}/summary.json")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
