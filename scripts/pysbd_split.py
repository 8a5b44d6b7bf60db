"""pysbd's Arabic sentence splitter on articles, timed (CPU seconds of splitting only).

Usage: .venv-sumy/bin/python pysbd_split.py FILE...
Prints one line: files, bytes, seconds, sentences.
"""
import sys
import time

import pysbd


def main():
    texts = [open(f, encoding="utf-8-sig").read() for f in sys.argv[1:]]
    seg = pysbd.Segmenter(language="ar", clean=False)
    start = time.process_time()
    n = sum(len(seg.segment(t)) for t in texts)
    seconds = time.process_time() - start
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(texts)} {size} {seconds:.3f} {n}")


if __name__ == "__main__":
    main()
