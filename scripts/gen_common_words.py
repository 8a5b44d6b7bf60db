#!/usr/bin/env python3
"""Write glossaries/ar-common-words.tsv: the 30,000 most frequent Arabic words (wordfreq).

How it is used: the glossary matcher (src/glossary/) treats a word in this list as a common
Arabic word. Such a word is never reported as a variant spelling of a glossary name (بوتيرة is
not بوتين, ترتيب is not ترتر, الباكورة is not باكو) and never listed in unknown.csv as a name the
glossary lacks. A word that is a glossary entry (ar or a variant) still matches as that entry:
the list only stops guessing, it does not hide known names.

Run inside the venv made by scripts/setup-venv.sh:

    bash scripts/setup-venv.sh
    scripts/.venv/bin/python scripts/gen_common_words.py

Output: UTF-8, LF, header `word<TAB>zipf`, one word per line with its Zipf frequency rounded to
2 decimals, ordered by frequency (highest first), then by word (code-point order). The pinned
wordfreq version in scripts/requirements.txt makes the file reproducible.
"""

import os
import re

from wordfreq import top_n_list, word_frequency, zipf_frequency

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "glossaries", "ar-common-words.tsv")
LANG = "ar"
N = 30000
# wordfreq's Arabic list also holds digits and Latin-script tokens: keep words written only in
# Arabic letters (U+0621..U+064A, U+0671..U+06D3 and the marks between), then take the top N.
ARABIC_WORD = re.compile(r"^[\u0621-\u065F\u0670-\u06D3]+$")


def main():
    words = top_n_list(LANG, N * 2)
    rows = []
    seen = set()
    for w in words:
        if w in seen or not ARABIC_WORD.match(w):
            continue
        seen.add(w)
        rows.append((word_frequency(w, LANG), w, zipf_frequency(w, LANG)))
    rows.sort(key=lambda r: (-r[0], r[1]))
    if len(rows) < N:
        raise SystemExit(f"only {len(rows)} Arabic words in wordfreq's list, wanted {N}")
    rows = rows[:N]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("word\tzipf\n")
        for _, w, z in rows:
            f.write(f"{w}\t{z:.2f}\n")
    os.replace(tmp, OUT)
    print(f"wrote {len(rows)} words to {os.path.relpath(OUT, ROOT)} "
          f"(zipf {rows[0][2]:.2f} .. {rows[-1][2]:.2f})")


if __name__ == "__main__":
    main()
