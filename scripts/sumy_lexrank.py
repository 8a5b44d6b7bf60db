"""sumy's LexRank on Arabic articles, timed: what people install today.

Usage: .venv-sumy/bin/python sumy_lexrank.py SENTENCES FILE...
Prints one line: files, bytes, seconds (CPU time of the process, summarizing only).
"""
import sys
import time

from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

LANG = "arabic"


def main():
    count = int(sys.argv[1])
    files = sys.argv[2:]
    texts = [open(f, encoding="utf-8-sig").read() for f in files]
    tokenizer = Tokenizer(LANG)
    summarizer = LexRankSummarizer(Stemmer(LANG))
    summarizer.stop_words = get_stop_words(LANG)
    start = time.process_time()
    picked = 0
    for t in texts:
        doc = PlaintextParser.from_string(t, tokenizer).document
        picked += len(summarizer(doc, count))
    seconds = time.process_time() - start
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(texts)} {size} {seconds:.3f} {picked}")


if __name__ == "__main__":
    main()
