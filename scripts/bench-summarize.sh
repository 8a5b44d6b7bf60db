#!/usr/bin/env bash
# Whole-binary throughput of `toolkit summarize` next to sumy's LexRank, on the same
# Arabic articles (the seeds, plus the EASC development articles when ../shared is beside
# the repository), one core each. Not run by CI.
#
# Usage: bash scripts/bench-summarize.sh [COPIES]
#   COPIES (default 20): how many times toolkit reads the corpus, so that its run lasts
#   long enough to time; sumy, some 50 times slower, reads it once. toolkit's first copy
#   alone is timed too ("cold": nothing stemmed yet).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
copies="${1:-20}"
venv="$here/.venv-sumy"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements-sumy.txt"

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
toolkit="$CARGO_TARGET_DIR/release/toolkit"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/one"
n=0
for f in "$root"/seeds/*.txt "$root"/../shared/data/easc-dev/Articles/*/*; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    cp "$f" "$work/one/$n.txt"
done
for i in $(seq 1 "$copies"); do
    cp -r "$work/one" "$work/copy$i"
done
bytes=$(cat "$work"/one/*.txt | wc -c)

# CPU seconds (user + system) of a command, from bash's own timer.
cpu() {
    local TIMEFORMAT='%3U %3S'
    local t
    t=$( { time "$@" > /dev/null 2>&1; } 2>&1 )
    awk '{ print $1 + $2 }' <<< "$t"
}
rate() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.2f", b / 1e6 / s }'; }

echo "corpus: $n Arabic articles, $bytes bytes; $(nproc) cores here, one used by each tool"
cold=$(cpu "$toolkit" summarize --lang ar --threads 1 -q "$work/one")
warm=$(cpu "$toolkit" summarize --lang ar --threads 1 -q "$work"/copy*)
tk=$(rate $((bytes * copies)) "$warm")
echo "toolkit summarize: $(rate "$bytes" "$cold") MB/s cold (1 copy, ${cold}s CPU), $tk MB/s over $copies copies (${warm}s CPU)"
read -r files sbytes secs _ < <("$venv/bin/python" "$here/sumy_lexrank.py" 3 "$work"/one/*.txt)
sy=$(rate "$sbytes" "$secs")
echo "sumy 0.13 LexRank:  $sy MB/s ($files articles, ${secs}s CPU summarizing, imports and reading excluded)"
awk -v a="$tk" -v b="$sy" 'BEGIN { printf "ratio: toolkit is %.0fx faster\n", a / b }'
