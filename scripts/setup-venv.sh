#!/usr/bin/env bash
# Create scripts/.venv and install the pinned Python packages the data scripts need.
# Usage: bash scripts/setup-venv.sh        (from anywhere; idempotent)
# Then:  scripts/.venv/bin/python scripts/gen_glossary.py
#        scripts/.venv/bin/python scripts/gen_common_words.py
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"
echo "venv ready: $venv"
