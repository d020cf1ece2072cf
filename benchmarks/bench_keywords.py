"""Keyword pipeline speed: tokens, document-term matrix and weekly keyword trends.

Usage: ``python benchmarks/bench_keywords.py --articles 20000``

Times ``tokenize`` + ``doc_term_matrix`` + ``keyword_trends(freq="W")`` on a
generated corpus, and a naive per-article Python loop (split, lower-case, count
terms in a dict, match every keyword pattern at every word position) on a sample
in the same run; checks that both find the same keyword counts on the sample,
and prints articles/second, the ratio and peak memory.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "support"))  # the corpus generators

from corpus_generator import generate_articles
from measure import best_of, peak_rss_mib, rate_line

import analysis
from analysis.text.tokens import TOKEN_RE


def naive(frame, groups):
    """Per-article loops: a dict of counts per document, and every term tried at every word.

    Same matching rules as the package (longest term first, no overlaps within a group).
    """
    terms = {
        name: sorted(
            (
                [re.compile(w.replace("*", ".*"), 0 if w.replace("*", "").isupper() else re.I) for w in t.split()]
                for t in group_terms
            ),
            key=len,
            reverse=True,
        )
        for name, group_terms in groups.items()
    }
    dtm, trends = [], defaultdict(int)
    for title, text, published in zip(frame["title"], frame["text"], frame["published"], strict=True):
        counts = {}
        week = published.tz_convert(None).to_period("W")
        for field in (title, text):  # the headline and the body, as the package reads them
            words = TOKEN_RE.findall(field) if isinstance(field, str) else []
            for w in words:
                counts[w.lower()] = counts.get(w.lower(), 0) + 1
            for name, patterns_list in terms.items():
                free = 0
                for i in range(len(words)):
                    if i < free:
                        continue
                    for patterns in patterns_list:
                        if i + len(patterns) <= len(words) and all(
                            p.fullmatch(words[i + k]) for k, p in enumerate(patterns)
                        ):
                            trends[(week, name)] += 1
                            free = i + len(patterns)
                            break
        dtm.append(counts)
    return dtm, trends


def fast(frame, groups):
    tokens = analysis.tokenize(frame, by_sentence=False)
    dtm = analysis.doc_term_matrix(tokens, term_col="lower", drop_stop=False)
    trends = analysis.keyword_trends(frame, groups, freq="W")
    return tokens, dtm, trends


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--sample", type=int, default=500, help="articles for the naive loop")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    frame = generate_articles(args.articles, args.seed).set_index("doc_id")[["title", "text", "published", "outlet"]]
    groups = analysis.load_keyword_groups()
    sample = frame.iloc[: min(args.sample, len(frame))]
    print(f"{len(frame)} generated articles, {len(groups)} keyword groups, naive loop on {len(sample)}")

    naive_s, (_, naive_trends) = best_of(lambda: naive(sample, groups))
    naive_rate = len(sample) / naive_s
    print(rate_line("naive per-article loop", len(sample), naive_s))

    _, (_, _, sample_trends) = best_of(lambda: fast(sample, groups))
    ours = Counter({(r.period.to_period("W"), r.group): r.count for r in sample_trends.itertuples() if r.count})
    same = ours == Counter({k: v for k, v in naive_trends.items() if v})
    print(f"same keyword counts as the naive loop on the sample: {same}")

    fast_s, (tokens, dtm, trends) = best_of(lambda: fast(frame, groups))
    print(rate_line("tokenize + doc_term_matrix + keyword_trends", len(frame), fast_s, naive_rate))
    own, _ = peak_rss_mib()
    print(f"{len(tokens):,} tokens, matrix {dtm.shape[0]:,} x {dtm.shape[1]:,}, {len(trends):,} trend rows")
    print(f"peak memory: {own:.0f} MiB")
    if not same:
        sys.exit("keyword counts differ from the naive loop")


if __name__ == "__main__":
    main()
