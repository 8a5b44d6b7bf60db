#!/usr/bin/env bash
# Whole-binary benchmark of the toolkit on a day's press and more (issue #6).
#
#   bash scripts/bench.sh          # ~100 MB corpus: split / summarize / glossary-check, 1 and 2 threads,
#                                  # peak memory, and sumy LexRank + pysbd on a subset, same run
#   bash scripts/bench.sh --big    # also streams a 1 GB JSON Lines file through glossary-check
#
# The corpus is built from the seeds and the EASC development articles (../shared beside the
# repository), copied with new ids until it passes 100 MB. Nothing here runs in CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
big=0
[ "${1:-}" = "--big" ] && big=1

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
toolkit="$CARGO_TARGET_DIR/release/toolkit"
work="$CARGO_TARGET_DIR/bench"
mkdir -p "$work"

venv="$here/.venv-sumy"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements-bench.txt"

# The articles, once: a folder of files (the subset the peers run on).
rm -rf "$work/one" && mkdir -p "$work/one"
n=0
for f in "$root"/seeds/*.txt "$root"/../shared/data/easc-dev/Articles/*/*; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    cp "$f" "$work/one/$(printf %03d $n).txt"
done
one_bytes=$(cat "$work"/one/*.txt | wc -c)

# ~100 MB as files (end to end from files to CSV) and as JSON Lines (the streaming contract).
"$venv/bin/python" - "$work" 100000000 <<'PY'
import json, os, sys
work, target = sys.argv[1], int(sys.argv[2])
names = sorted(os.listdir(f"{work}/one"))
texts = [open(f"{work}/one/{n}", encoding="utf-8-sig").read() for n in names]
size = sum(len(t.encode()) for t in texts)
copies = -(-target // size)
import shutil
shutil.rmtree(f"{work}/files", ignore_errors=True)
with open(f"{work}/corpus.jsonl", "w", encoding="utf-8") as out:
    for c in range(copies):
        d = f"{work}/files/{c:04d}"
        os.makedirs(d)
        for n, t in zip(names, texts):
            open(f"{d}/{n}", "w", encoding="utf-8").write(t)
            out.write(json.dumps({"id": f"{c}/{n[:-4]}", "text": t}, ensure_ascii=False) + "\n")
PY
corpus_bytes=$(du -sb "$work/files" | cut -f1)
text_bytes=$(find "$work/files" -type f -exec cat {} + | wc -c)

# Run a command RUNS times (default 3) under /usr/bin/time -v; print "seconds peak_MB": the
# median wall time and the largest peak memory. This machine is a VM whose timings wander by
# 10-15% from run to run; the median of three is steadier than any single run.
RUNS="${RUNS:-3}"
measure() {
    local log="$work/time.log" times="" peak=0 wall rss
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -v "$@" > /dev/null 2> "$log" || { cat "$log" >&2; return 1; }
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
        rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
        times="$times $wall"
        [ "$rss" -gt "$peak" ] && peak=$rss
    done
    python3 -c "
import statistics, sys
secs = [sum(float(x) * 60**i for i, x in enumerate(reversed(w.split(':')))) for w in sys.argv[1:]]
print(f'{statistics.median(secs):.2f} {$peak/1024:.0f}')" $times
}
mbps() { python3 -c "print(f'{$1/1e6/$2:.1f}')"; }

cores=$(nproc)
echo "## Whole-binary benchmark ($(date -u +%F), $cores cores, $(uname -m))"
echo
echo "Corpus: $((text_bytes / 1000000)) MB of Arabic news text in $(find "$work/files" -type f | wc -l) files (seeds + EASC dev, copied)."
echo
echo "Median of $RUNS runs each."
echo
echo "| command | threads | seconds | MB/s | peak memory (MB) |"
echo "|---|---|---|---|---|"
for cmd in "split" "summarize" "glossary-check"; do
    for t in 1 2; do
        read -r s m < <(measure "$toolkit" $cmd --threads "$t" --quiet "$work/files" -o "$work/out.csv")
        echo "| \`toolkit $cmd\` (files → CSV) | $t | $s | $(mbps "$text_bytes" "$s") | $m |"
        # Kept for the comparison with the peers below (the same measurements).
        case "$cmd $t" in
            "summarize 1") summ1=$s ;;
            "summarize 2") summ2=$s ;;
            "split 1") split1=$s ;;
        esac
    done
done
read -r s m < <(measure "$toolkit" summarize --threads 2 --quiet --format jsonl "$work/corpus.jsonl" -o "$work/out.jsonl")
echo "| \`toolkit summarize\` (JSON Lines → JSON Lines) | 2 | $s | $(mbps "$text_bytes" "$s") | $m |"

echo
echo "Peers on the $n articles once ($one_bytes bytes), in the same run:"
echo
read -r _ _ sumy_s _ < <("$venv/bin/python" "$here/sumy_lexrank.py" 3 "$work"/one/*.txt)
read -r _ _ pysbd_s _ < <("$venv/bin/python" "$here/pysbd_split.py" "$work"/one/*.txt)
toolkit_summ=$(mbps "$text_bytes" "$summ2")
sumy_mbps=$(mbps "$one_bytes" "$sumy_s")
pysbd_mbps=$(mbps "$one_bytes" "$pysbd_s")
echo "| tool | MB/s | toolkit is |"
echo "|---|---|---|"
toolkit_summ1=$(mbps "$text_bytes" "$summ1")
echo "| sumy 0.13 LexRank (1 core) | $sumy_mbps | $(python3 -c "print(f'{$toolkit_summ1/$sumy_mbps:.0f}')")× faster per core (toolkit summarize, 1 thread, $toolkit_summ1 MB/s); $(python3 -c "print(f'{$toolkit_summ/$sumy_mbps:.0f}')")× with 2 threads ($toolkit_summ MB/s) |"
toolkit_split=$(mbps "$text_bytes" "$split1")
echo "| pysbd 0.3.4 Arabic splitter (1 core) | $pysbd_mbps | $(python3 -c "print(f'{$toolkit_split/$pysbd_mbps:.0f}')")× faster (toolkit split, 1 thread, $toolkit_split MB/s) |"

if [ "$big" = 1 ]; then
    echo
    "$venv/bin/python" - "$work" <<'PY'
import sys
work = sys.argv[1]
src = open(f"{work}/corpus.jsonl", encoding="utf-8").read()
with open(f"{work}/big.jsonl", "w", encoding="utf-8") as out:
    size = 0
    i = 0
    while size < 1_000_000_000:
        chunk = src.replace('{"id": "', '{"id": "b%d/' % i)
        out.write(chunk)
        size += len(chunk.encode())
        i += 1
PY
    big_bytes=$(stat -c %s "$work/big.jsonl")
    read -r s m < <(measure "$toolkit" glossary-check --threads 2 --quiet --format jsonl "$work/big.jsonl" -o /dev/null)
    echo "Streaming $((big_bytes / 1000000)) MB of JSON Lines through \`toolkit glossary-check\` (2 threads): $s s, $(mbps "$big_bytes" "$s") MB/s, peak memory $m MB."
    rm -f "$work/big.jsonl"
fi
