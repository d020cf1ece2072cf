"""Fit the news lexicon on NewsMTSC's train split, choose its settings on dev, and report test once.

Usage: ``python benchmarks/tune_news_tone.py [--write] [--test]``

1. Every distinct train sentence gets the two lexicons' scores (the package's
   own scoring) and its mean human label (-1 … 1).
2. For each setting (minimum document frequency, gate power, ridge penalty) a
   weight per word is fitted by ridge regression to what the ensemble gets
   wrong (the residual of a linear fit of the label on the ensemble score), each
   sentence's word counts scaled by its gate ``(1 - |vader|) ** power``. Words
   written in capitals most of the time in train (names) are left out.
3. Each fit is tried at several strengths on dev; a setting is admissible only
   if the three general sets (tweets, film and product reviews) keep at least
   today's ensemble correlation (to three decimals). The admissible setting
   with the best dev correlation wins.
4. ``--write`` stores it in ``analysis/resources/news_tone_lexicon.csv``;
   ``--test`` scores the test split once with the package's ``news`` method
   and prints every method's figures.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

import analysis
from analysis.tone.news import LEXICON_FILE, news_words
from analysis.tone.validation import VALIDATION_SETS, load_validation_set

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "analysis" / "resources" / LEXICON_FILE
_CAPITALISED_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
MIN_LOWER_SHARE = 0.8  # a word written in lower case less often than this is taken for a name and left out


def _lexicon_scores(frame: pd.DataFrame) -> pd.DataFrame:
    return analysis.score_tone(frame, method="ensemble", progress=False)


def _counts(texts, vocab: dict[str, int]) -> np.ndarray:
    out = np.zeros((len(texts), len(vocab)), dtype=np.float64)
    for row, text in enumerate(texts):
        for word in news_words(text):
            if (col := vocab.get(word)) is not None:
                out[row, col] += 1
    return out


def _r(x, y) -> float:
    return float(np.corrcoef(x, y)[0, 1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="store the chosen lexicon in the package")
    parser.add_argument("--test", action="store_true", help="score the test split once and print it")
    args = parser.parse_args()

    train, dev = (_lexicon_scores(load_validation_set(f"news {s}")) for s in ("train", "dev"))
    general = {name: _lexicon_scores(load_validation_set(name)) for name in VALIDATION_SETS if name != "news"}
    ensemble = {n: f["tone"].to_numpy() for n, f in {"train": train, "dev": dev, **general}.items()}
    floor = {n: round(_r(ensemble[n], f["rating"]), 3) for n, f in general.items()}
    fit = np.polyfit(ensemble["train"], train["rating"], 1)
    residual = (train["rating"].to_numpy() - np.polyval(fit, ensemble["train"])) / fit[0]

    lower, every = Counter(), Counter()
    for text in train["text"]:
        for word in _CAPITALISED_RE.findall(text):
            every[word.lower()] += 1
            lower[word.lower()] += word.islower()
    document_freq = Counter(w for text in train["text"] for w in set(news_words(text)))

    best = None
    for min_df in (3, 5):
        words = sorted(w for w, c in document_freq.items() if c >= min_df and lower[w] >= MIN_LOWER_SHARE * every[w])
        vocab = {w: i for i, w in enumerate(words)}
        counts = {n: _counts(f["text"].tolist(), vocab) for n, f in {"train": train, "dev": dev, **general}.items()}
        frames = {"train": train, "dev": dev, **general}
        for power in (1, 2, 3):
            gates = {n: (1 - f["vader_compound"].fillna(0).abs().to_numpy()) ** power for n, f in frames.items()}
            x = counts["train"] * gates["train"][:, None]
            gram, target = x.T @ x, x.T @ residual
            for penalty in (30, 60, 100, 200):
                weights = np.linalg.solve(gram + penalty * np.eye(len(words)), target)
                corrections = {n: gates[n] * (counts[n] @ weights) for n in frames}
                for strength in (0.25, 0.5, 0.75, 1.0, 1.5, 2.0):
                    score = {n: ensemble[n] + strength * corrections[n] for n in frames}
                    kept = all(round(_r(score[n], general[n]["rating"]), 3) >= floor[n] for n in general)
                    dev_r = _r(score["dev"], dev["rating"])
                    if kept and (best is None or dev_r > best[0]):
                        fitted = dict(zip(words, strength * weights, strict=True))
                        best = (dev_r, min_df, power, penalty, strength, fitted)
    dev_r, min_df, power, penalty, strength, weights = best
    print(f"chosen on dev: min_df={min_df} gate power={power} ridge penalty={penalty} strength={strength}")
    print(f"dev r {dev_r:.3f} (ensemble {_r(ensemble['dev'], dev['rating']):.3f}); general sets kept at {floor}")
    kept = {w: v for w, v in weights.items() if abs(v) >= 0.0005}
    if args.write:
        lines = [
            "# The news lexicon of analysis.tone.news, written by benchmarks/tune_news_tone.py; do not edit by hand.",
            "# Fitted on NewsMTSC train (Hamborg & Donnay 2021, MIT licence), settings chosen on dev:",
            f"# min_df={min_df} ridge_penalty={penalty} strength={strength}",
            f"# gate_power: {power}",
            "word,weight",
            *(f"{w},{v:.4f}" for w, v in sorted(kept.items())),
        ]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(kept)} words to {OUT}")
    if args.test:
        test = load_validation_set("news test")
        print(analysis.validate_tone(test, progress=False).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
