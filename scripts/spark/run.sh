#!/usr/bin/env bash
# The Spark demo, end to end, and its check (issue #6): set up PySpark, build toolkit, make a
# small corpus from seeds/, pipe it through toolkit under Spark (local[2]), and compare the result
# with toolkit run directly on the same corpus. Exits non-zero when anything differs.
#
# Usage: bash scripts/spark/run.sh          (from anywhere; CI runs it from .ci/run)
# Environment: TOOLKIT=path      use this binary instead of building target/release/toolkit
#              SPARK_MASTER=...  default local[2]
#              SPARK_JOB_TIMEOUT=seconds for the job (default 600)
# Output: scripts/spark/out/ (corpus.jsonl and result/, kept for a look; git ignores it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"
venv="$here/.venv"
work="$here/out"
start=$SECONDS
step() { echo "== spark: $* (${SECONDS}s)"; }

step "PySpark venv (scripts/spark/setup.sh)"
t=$SECONDS
bash "$here/setup.sh"
echo "   setup took $((SECONDS - t))s"

step "toolkit release binary"
if [ -n "${TOOLKIT:-}" ]; then
    toolkit="$TOOLKIT"
else
    toolkit="${CARGO_TARGET_DIR:-$repo/target}/release/toolkit"
    t=$SECONDS
    cargo build --release --quiet   # a no-op when the binary is up to date
    echo "   cargo build --release took $((SECONDS - t))s"
fi
toolkit="$(cd "$(dirname "$toolkit")" && pwd)/$(basename "$toolkit")"
[ -x "$toolkit" ] || { echo "run.sh: no toolkit binary at $toolkit" >&2; exit 2; }

step "corpus from seeds/"
mkdir -p "$work"
"$venv/bin/python" "$here/make-corpus.py" "$work/corpus.jsonl"

step "the job: toolkit summarize and the glossary step through rdd.pipe"
export PYSPARK_PYTHON="$venv/bin/python" PYSPARK_DRIVER_PYTHON="$venv/bin/python"
export SPARK_LOCAL_IP=127.0.0.1
t=$SECONDS
timeout --kill-after=30 "${SPARK_JOB_TIMEOUT:-600}" \
    "$venv/bin/python" "$here/job.py" "$work/corpus.jsonl" --out "$work/result" --overwrite \
    --master "${SPARK_MASTER:-local[2]}" --toolkit "$toolkit" --partitions 4 --sentences 3 </dev/null \
    || { rc=$?; echo "run.sh: the Spark job failed (exit $rc; 124 is the timeout)" >&2; exit 1; }
echo "   job took $((SECONDS - t))s"

step "check against toolkit run directly on the same corpus"
"$venv/bin/python" "$here/check.py" --toolkit "$toolkit" --corpus "$work/corpus.jsonl" \
    --out "$work/result" --sentences 3
echo "== spark: all done in $((SECONDS - start))s"
