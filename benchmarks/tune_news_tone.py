"""Fit the news lexicon on NewsMTSC's train split, choose its settings by cross-validation on train, check on dev.

Usage: ``python benchmarks/tune_news_tone.py [--write] [--test]``

1. Every distinct train sentence gets its mean human label (-1 … 1). Every
   text of every set is cut into the units the package scores
   (:func:`analysis.tone.scoring.tone_units`); each unit gets
   VADER's compound, its news words (negation marked, :func:`news_words`) and
   its coverage by the news vocabulary.
2. The lexicon's words are those of at least ``MIN_DF`` train sentences that
   are written in lower case most of the time (names are left out). The news
   vocabulary is every lower-case word of at least two train sentences.
3. For each setting (gate power, coverage power, ridge penalty) a weight per
   word is fitted by ridge regression to what the ensemble gets wrong (the
   residual of a linear fit of the label on the ensemble score), each text's
   word counts scaled by its gate exactly as the package applies it. Five-fold
   cross-validation on train scores every setting and strength: each fold is
   predicted by weights fitted on the other four, and every train sentence's
   coverage is measured against the vocabulary of the folds it is not in, as
   for news the lexicon has never seen.
4. A setting and strength are admissible only if the three general sets
   (tweets, film and product reviews) keep at least today's ensemble
   correlation (to three decimals) with the weights fitted on all of train.
   The admissible one with the best cross-validated correlation wins.
5. Dev is scored once for the chosen setting, as a check. It has 320
   sentences (a standard error of about 0.05 on r), too few to choose among
   dozens of settings: the first version chose on dev and gained 0.058 over
   VADER there but 0.036 on test.
6. ``--write`` stores the lexicon and the vocabulary in ``analysis/resources``;
   ``--test`` scores the test split with the package's methods and prints it.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

import analysis
from analysis.tone.lexicons import vader_scorer
from analysis.tone.news import (
    LEXICON_FILE,
    NEGATED,
    NEGATION_SCOPE,
    VOCABULARY_FILE,
    lower_case_words,
    news_coverage,
    news_words,
)
from analysis.tone.scoring import tone_units
from analysis.tone.validation import VALIDATION_SETS, load_validation_set

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "analysis" / "resources"
_CAPITALISED_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
MIN_DF = 3  # a lexicon word is in at least this many train sentences
VOCABULARY_MIN_DF = 2  # a vocabulary word is in at least this many train sentences
MIN_LOWER_SHARE = 0.8  # a word written in lower case less often than this is taken for a name and left out
FOLDS, SEED = 5, 0
GATE_POWERS, COVERAGE_POWERS = (1, 2, 3), (0, 4, 6, 8, 12)
PENALTIES = (20, 30, 50, 100)
STRENGTHS = (0.5, 0.6, 0.75, 0.9, 1.0, 1.25)


def _r(x, y) -> float:
    return float(np.corrcoef(x, y)[0, 1])


class _Units:
    """A set's texts cut into the units the package scores, with what the gate and the counts need."""

    def __init__(self, texts: list[str]) -> None:
        scorer = vader_scorer(())
        self.n_texts = len(texts)
        self.text, self.units, self.compound, self.lower, self.words = [], [], [], [], []
        for i, text in enumerate(texts):
            for unit in tone_units(text):
                self.text.append(i)
                self.units.append(unit)
                self.compound.append(scorer.compound(unit))
                self.lower.append(lower_case_words(unit))
                self.words.append(news_words(unit))
        self.text = np.array(self.text)
        self.compound = np.abs(np.array(self.compound))
        self.per_text = np.bincount(self.text, minlength=self.n_texts)

    def coverage(self, vocabulary: set[str], which: np.ndarray | None = None) -> np.ndarray:
        """Each unit's coverage by ``vocabulary`` (of the units ``which`` selects, if given)."""
        units = self.units if which is None else [u for u, keep in zip(self.units, which, strict=True) if keep]
        return np.array([news_coverage(unit, vocabulary) for unit in units])

    def triplets(self, columns: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
        units, cols = [], []
        for u, ws in enumerate(self.words):
            for w in ws:
                if (c := columns.get(w)) is not None:
                    units.append(u)
                    cols.append(c)
        return np.array(units, dtype=np.int64), np.array(cols, dtype=np.int64)

    def matrix(self, unit_gate: np.ndarray, trip: tuple[np.ndarray, np.ndarray], n_cols: int) -> np.ndarray:
        """Each text's gated word counts, averaged over its units as the package averages corrections."""
        units, cols = trip
        out = np.zeros((self.n_texts, n_cols))
        scale = unit_gate / self.per_text[self.text]
        np.add.at(out, (self.text[units], cols), scale[units])
        return out


def _vocabulary(lower_words: list[list[str]], min_df: int) -> set[str]:
    document_freq = Counter(w for ws in lower_words for w in set(ws))
    return {w for w, c in document_freq.items() if c >= min_df}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="store the chosen lexicon and vocabulary in the package")
    parser.add_argument("--test", action="store_true", help="score the test split and print it")
    args = parser.parse_args()

    names = ["train", "dev", *(n for n in VALIDATION_SETS if n != "news")]
    frames = {
        n: analysis.score_tone(
            load_validation_set(f"news {n}" if n in ("train", "dev") else n), method="ensemble", progress=False
        )
        for n in names
    }
    general = names[2:]
    ensemble = {n: f["tone"].to_numpy() for n, f in frames.items()}
    rating = {n: f["rating"].to_numpy() for n, f in frames.items()}
    floor = {n: round(_r(ensemble[n], rating[n]), 3) for n in general}
    units = {n: _Units(f["text"].tolist()) for n, f in frames.items()}
    fit = np.polyfit(ensemble["train"], rating["train"], 1)
    residual = (rating["train"] - np.polyval(fit, ensemble["train"])) / fit[0]

    lower, every = Counter(), Counter()
    for text in frames["train"]["text"]:
        for word in _CAPITALISED_RE.findall(text):
            every[word.lower()] += 1
            lower[word.lower()] += word.islower()
    document_freq = Counter(w for ws in units["train"].words for w in set(ws))

    def is_name(word: str) -> bool:
        word = word.removeprefix(NEGATED)
        return every[word] > 0 and lower[word] < MIN_LOWER_SHARE * every[word]

    words = sorted(w for w, c in document_freq.items() if c >= MIN_DF and not is_name(w))
    columns = {w: i for i, w in enumerate(words)}
    trip = {n: u.triplets(columns) for n, u in units.items()}

    n_train = units["train"].n_texts
    folds = np.random.default_rng(SEED).permutation(n_train) % FOLDS
    vocabulary = _vocabulary(units["train"].lower, VOCABULARY_MIN_DF)
    coverage = {n: u.coverage(vocabulary) for n, u in units.items() if n != "train"}
    train_coverage = np.zeros(len(units["train"].text))  # each sentence against the other folds' vocabulary
    unit_folds = folds[units["train"].text]
    for k in range(FOLDS):
        held_out = unit_folds == k
        fold_vocabulary = _vocabulary(
            [ws for ws, f in zip(units["train"].lower, unit_folds, strict=True) if f != k], VOCABULARY_MIN_DF
        )
        train_coverage[held_out] = units["train"].coverage(fold_vocabulary, held_out)
    coverage["train"] = train_coverage
    print(f"{len(words)} words; vocabulary {len(vocabulary)}; general floors {floor}", flush=True)

    results, best = [], None
    for gate_power in GATE_POWERS:
        for coverage_power in COVERAGE_POWERS:
            gates = {n: (1 - units[n].compound) ** gate_power * coverage[n] ** coverage_power for n in units}
            x = units["train"].matrix(gates["train"], trip["train"], len(words))
            for penalty in PENALTIES:
                cv = np.zeros(n_train)
                for k in range(FOLDS):
                    fitted = folds != k
                    xt = x[fitted]
                    weights = np.linalg.solve(xt.T @ xt + penalty * np.eye(len(words)), xt.T @ residual[fitted])
                    cv[~fitted] = x[~fitted] @ weights
                weights = np.linalg.solve(x.T @ x + penalty * np.eye(len(words)), x.T @ residual)
                corrections = {n: units[n].matrix(gates[n], trip[n], len(words)) @ weights for n in [*general, "dev"]}
                for strength in STRENGTHS:
                    cv_r = _r(ensemble["train"] + strength * cv, rating["train"])
                    kept = {n: round(_r(ensemble[n] + strength * corrections[n], rating[n]), 3) for n in general}
                    admissible = all(kept[n] >= floor[n] for n in general)
                    setting = (gate_power, coverage_power, penalty, strength)
                    results.append((*setting, round(cv_r, 4), admissible, *kept.values()))
                    if admissible and (best is None or cv_r > best[0]):
                        best = (cv_r, setting, strength * weights, strength * cv, strength * corrections["dev"])
            print(f"gate power {gate_power}, coverage power {coverage_power} done", flush=True)

    table = pd.DataFrame(
        results, columns=["gate_power", "coverage_power", "penalty", "strength", "cv_r", "admissible", *general]
    )
    print(table.sort_values("cv_r", ascending=False).head(10).to_string(index=False))
    _, (gate_power, coverage_power, penalty, strength), weights, cv_correction, dev_correction = best
    print(f"chosen by cross-validation: gate power {gate_power}, coverage power {coverage_power},", end=" ")
    print(f"ridge penalty {penalty}, strength {strength}")
    for name, own in (("train CV", ensemble["train"] + cv_correction), ("dev", ensemble["dev"] + dev_correction)):
        split = "train" if name == "train CV" else "dev"
        print(
            f"{name} r {_r(own, rating[split]):.3f} (ensemble {_r(ensemble[split], rating[split]):.3f},",
            f"VADER {_r(frames[split]['vader_compound'], rating[split]):.3f})",
        )
    kept = {w: v for w, v in zip(words, weights, strict=True) if abs(v) >= 0.0005}
    if args.write:
        lines = [
            "# The news lexicon of analysis.tone.news, written by benchmarks/tune_news_tone.py; do not edit by hand.",
            "# Fitted on NewsMTSC train (Hamborg & Donnay 2021, MIT licence),",
            "# settings chosen by 5-fold cross-validation on train:",
            f"# min_df={MIN_DF} ridge_penalty={penalty} strength={strength} negation_scope={NEGATION_SCOPE}",
            f"# gate_power: {gate_power}",
            f"# coverage_power: {coverage_power}",
            "word,weight",
            *(f"{w},{v:.4f}" for w, v in sorted(kept.items())),
        ]
        (RESOURCES / LEXICON_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
        header = (
            "# The news vocabulary of analysis.tone.news: lower-case words of at least two NewsMTSC train sentences."
        )
        (RESOURCES / VOCABULARY_FILE).write_text("\n".join([header, *sorted(vocabulary)]) + "\n", encoding="utf-8")
        print(f"wrote {len(kept)} words to {LEXICON_FILE} and {len(vocabulary)} to {VOCABULARY_FILE}")
    if args.test:
        test = load_validation_set("news test")
        print(analysis.validate_tone(test, progress=False).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
