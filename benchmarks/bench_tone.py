"""Tone scoring speed: score_tone against the naive TextBlob loop, measured in the same run.

Usage: ``python benchmarks/bench_tone.py --articles 20000 [--workers 2] [--duplicates 0.1]``

Prints articles/second, measured in the same run, for:

1. ``score_tone(method="textblob")`` against the naive
   ``frame.text.apply(lambda t: TextBlob(t).sentiment)`` — the same work, so the
   ratio is the speed-up; the scores must be identical;
2. the default ``score_tone`` (TextBlob and VADER by sentence) against a naive
   loop doing that same double work on a 10% sample, and against the naive
   TextBlob-only rate;

and the peak memory of the main process and of the worker processes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "support"))  # the corpus generators

from corpus_generator import generate_articles
from measure import best_of, peak_rss_mib, rate_line
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import analysis
from analysis.text.sentences import sentence_spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--duplicates", type=float, default=0.1, help="share of syndicated copies")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    frame = generate_articles(args.articles, args.seed, args.duplicates)[["doc_id", "text"]]
    words = int(frame["text"].str.split().str.len().sum())
    print(
        f"{len(frame)} generated articles, {words / len(frame):.0f} words on average, "
        f"{frame['text'].duplicated().sum()} exact copies"
    )

    naive_s, naive = best_of(lambda: frame["text"].apply(lambda t: TextBlob(t).sentiment))
    naive_rate = len(frame) / naive_s
    print(rate_line("naive TextBlob(t).sentiment", len(frame), naive_s))
    fast_s, scored = best_of(
        lambda: analysis.score_tone(
            frame, "text", "textblob", workers=args.workers, progress=False, lexicons=("textblob",)
        )
    )
    print(rate_line("score_tone(method='textblob') - same work", len(frame), fast_s, naive_rate))
    same = [s.polarity for s in naive] == scored["polarity"].tolist() and [s.subjectivity for s in naive] == scored[
        "subjectivity"
    ].tolist()
    print(f"identical TextBlob scores: {same}")

    sample = frame.iloc[: max(1, len(frame) // 10)]
    vader = SentimentIntensityAnalyzer()
    naive_both_s, _ = best_of(lambda: [_naive_both(t, vader) for t in sample["text"]])
    naive_both_rate = len(sample) / naive_both_s
    print(rate_line("naive TextBlob + VADER by sentence (10% sample)", len(sample), naive_both_s))
    both_s, _ = best_of(lambda: analysis.score_tone(frame, workers=args.workers, progress=False))
    print(rate_line("score_tone(method='ensemble') - both lexicons", len(frame), both_s, naive_both_rate))
    print(f"  ... that is {len(frame) / both_s / naive_rate:.2f}x the naive TextBlob-only rate")

    own, children = peak_rss_mib()
    print(f"peak memory: {own:.0f} MiB in the main process, {children:.0f} MiB in the largest worker")
    if not same:
        sys.exit("scores differ from the naive path")


def _naive_both(text: str, vader) -> tuple:
    blob = TextBlob(text).sentiment
    compounds = [vader.polarity_scores(text[a:b])["compound"] for a, b, _ in sentence_spans(text)]
    return blob.polarity, blob.subjectivity, sum(compounds) / len(compounds)


if __name__ == "__main__":
    main()
