#!/usr/bin/env python3
"""Build a small JSON Lines corpus for the Spark job from the repository's seeds/*.txt.

Each seed gives four documents with their own ids, so the corpus has 20 documents:
  <stem>            the article as it is (language detected by the toolkit)
  <stem>-ar         the same text with "lang": "ar" given
  <stem>-rot        the paragraphs rotated by one (the title moves to the end)
  <stem>-half       the first half of the paragraphs

Usage: python3 scripts/spark/make-corpus.py [--seeds DIR] [--copies N] OUT.jsonl
Standard library only; the output is deterministic (same seeds, same bytes).
"""
import argparse
import json
import pathlib
import sys


def paragraphs(text):
    """The paragraphs and the separator to join them again: blank-line separated, or one per line."""
    text = text.replace("\r\n", "\n")
    paras = [p for p in text.split("\n\n") if p.strip()]
    if len(paras) > 1:
        return paras, "\n\n"
    return [p for p in text.split("\n") if p.strip()], "\n"


def variants(stem, text):
    paras, sep = paragraphs(text)
    yield {"id": stem, "text": text}
    yield {"id": f"{stem}-ar", "text": text, "lang": "ar"}
    if len(paras) > 1:
        yield {"id": f"{stem}-rot", "text": sep.join(paras[1:] + paras[:1]) + "\n"}
        yield {"id": f"{stem}-half", "text": sep.join(paras[: (len(paras) + 1) // 2]) + "\n"}


def main():
    repo = pathlib.Path(__file__).resolve().parents[2]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="the JSON Lines file to write ('-' for stdout)")
    ap.add_argument("--seeds", default=str(repo / "seeds"), help="folder of .txt articles")
    ap.add_argument("--copies", type=int, default=1,
                    help="repeat the whole set N times with ids suffixed ~2, ~3, ... (bigger corpora)")
    args = ap.parse_args()

    seeds = sorted(pathlib.Path(args.seeds).glob("*.txt"))
    if not seeds:
        sys.exit(f"make-corpus.py: no .txt files in {args.seeds}")
    docs = []
    for copy in range(1, args.copies + 1):
        for path in seeds:
            text = path.read_text(encoding="utf-8-sig")
            for doc in variants(path.stem, text):
                if copy > 1:
                    doc["id"] += f"~{copy}"
                docs.append(doc)
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if args.out == "-":
        sys.stdout.write(lines)
    else:
        out = pathlib.Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(out.suffix + ".tmp")
        tmp.write_text(lines, encoding="utf-8")
        tmp.replace(out)
        print(f"{len(docs)} documents from {len(seeds)} seeds -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
