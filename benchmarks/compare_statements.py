"""A stage's cost against an earlier version of the package, measured in the same run.

Usage: ``python benchmarks/compare_statements.py --base REV [--stage statements|tone] [--articles 300] [--clock]``

Checks out ``REV`` (a git revision) into a temporary worktree and runs one
stage on the same generated articles (``corpus_generator.py``) with both
versions: ``statements`` extracts the statements of headline and body
(sentence spans given, as in the pipeline); ``tone`` scores the articles with
the default method (``analysis.score_tone``). By default the cost is
the number of machine instructions, counted by valgrind's callgrind with string
hashes fixed (``PYTHONHASHSEED=0``: the same count on every run, whatever else
the machine is doing): each version runs
once with and once without the extraction, and the difference is its cost.
``--clock`` measures processor seconds instead (the best of five runs, each
tone run in a fresh process since scores are remembered per text; this
machine's speed varies by ±30 % between runs). Prints both costs per article
and their ratio.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Run in a fresh interpreter against one package folder: generate, split sentences, extract (or not).
PROBE = """
import sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
from corpus_generator import generate_articles
from analysis.text import sentence_spans  # a module before the text package, a package after
import analysis.statements as S
try:
    from analysis.statements import load_speakers
except ImportError:  # versions before the statements package
    from analysis.speakers import load_speakers
frame = generate_articles({n}, seed=3)
items = [(t, x, sentence_spans(x)) for t, x in zip(frame["title"], frame["text"])]
registry = load_speakers()
if {mode!r} == "clock":
    best = min(
        (lambda t: (S.statements_of_texts(items, registry, frozenset(), True), time.process_time() - t)[1])(
            time.process_time()
        )
        for _ in range(5)
    )
    print(best)
elif {mode!r} == "run":
    S.statements_of_texts(items, registry, frozenset(), True)
"""
#: The tone stage: the default method on whole articles, one process.
TONE_PROBE = """
import sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
from corpus_generator import generate_articles
import analysis
frame = generate_articles({n}, seed=3)
analysis.score_tone(generate_articles(2, seed=99), progress=False, workers=1)  # lexicons loaded, other texts
if {mode!r} == "clock":  # one run: scores are remembered per text, so a second run would time the memo
    start = time.process_time()
    analysis.score_tone(frame, progress=False, workers=1)
    print(time.process_time() - start)
elif {mode!r} == "run":
    analysis.score_tone(frame, progress=False, workers=1)
"""
PROBES = {"statements": PROBE, "tone": TONE_PROBE}
#: String hashes fixed: set and dict orders (and so the work done) then repeat from run to run, and a count
#: is the same on every run (with random hashes the base's count moved by 2-3 % between runs). Each tree's
#: modules are compiled by a run outside the count first: the first run of a fresh worktree (the base, always)
#: or of an edited module compiled it inside the "run" count, adding 1-3 % to a stage's cost.
_FIXED_HASHES = {**os.environ, "PYTHONHASHSEED": "0"}


def instructions(root: Path, n: int, mode: str, stage: str = "statements") -> int:
    """Instructions callgrind counts for the probe (``mode`` ``setup`` or ``run``)."""
    code = PROBES[stage].format(root=str(root), bench=str(ROOT / "tests" / "support"), n=n, mode=mode)
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=_FIXED_HASHES,
    )
    return int(re.search(r"Collected : (\d+)", result.stderr).group(1))


def cost(root: Path, n: int, clock: bool, stage: str = "statements") -> float:
    """Cost per article of the stage: instructions, or processor milliseconds with ``clock``."""
    if clock:
        code = PROBES[stage].format(root=str(root), bench=str(ROOT / "tests" / "support"), n=n, mode="clock")
        runs = 5 if stage == "tone" else 1  # the tone probe times one run per process: the best of five processes
        best = min(
            float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(runs)
        )
        return best / n * 1000
    warm = PROBES[stage].format(root=str(root), bench=str(ROOT / "tests" / "support"), n=2, mode="setup")
    subprocess.run([sys.executable, "-c", warm], check=True, capture_output=True, env=_FIXED_HASHES)
    return (instructions(root, n, "run", stage) - instructions(root, n, "setup", stage)) / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", required=True, help="git revision to compare against")
    parser.add_argument("--stage", choices=sorted(PROBES), default="statements")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--clock", action="store_true", help="processor seconds instead of instructions")
    args = parser.parse_args()
    if not args.clock and shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: apt-get install valgrind, or pass --clock")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(base), args.base], cwd=ROOT, check=True, capture_output=True
        )
        try:
            unit = "ms" if args.clock else "instructions"
            old = cost(base, args.articles, args.clock, args.stage)
            new = cost(ROOT, args.articles, args.clock, args.stage)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False)
    what = {"statements": "statements of headline and body (sentence spans given)", "tone": "tone, default method"}
    print(f"{args.articles} generated articles, {what[args.stage]}")
    print(f"{args.base}: {old:,.3f} {unit} per article")
    print(f"this tree: {new:,.3f} {unit} per article")
    print(f"ratio: {new / old:.2f}x")


if __name__ == "__main__":
    main()
