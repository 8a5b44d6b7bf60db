#!/usr/bin/env bash
# Create scripts/spark/.venv and install PySpark (pinned in requirements.txt).
# Usage: bash scripts/spark/setup.sh      (from anywhere; idempotent: a venv that already has the
#        pinned packages is left alone, so a second run takes a second and needs no network)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3}"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"

if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
    && "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    echo "spark venv ready (already installed): $venv"
    exit 0
fi

if ! command -v java >/dev/null 2>&1; then
    echo "setup.sh: java is not on PATH; PySpark needs Java 8, 11 or 17 (apt-get install openjdk-17-jre-headless)" >&2
    exit 2
fi
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
# pyspark is one ~317 MB sdist-built wheel: allow a slow registry, but not forever.
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
    --timeout 60 --retries 3 -r "$here/requirements.txt"
"$venv/bin/python" -c 'import pyspark; print("pyspark", pyspark.__version__)'
echo "$want" > "$stamp"
echo "spark venv ready: $venv"
