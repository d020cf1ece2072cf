"""Main-text extraction from HTML pages, scored as the public article-extraction benchmark scores it.

Real story texts (the BBC stories of ``../shared/corpora/bbc-news-2005/``, by default) are laid
out as saved news pages in several site layouts with their furniture (``tests/support/html_pages.py``);
the story is the gold text. Each page's extraction is scored with 4-gram shingles of ``\\w+``
tokens: precision and recall per page, averaged over pages, and F1 of the means. Two extractors
run on the same pages in the same run: the loader's (``analysis.io.html_files.extract_html``) and
trafilatura's own ``extract`` with its defaults.

Usage: ``python benchmarks/html_extraction.py [--pages 300] [--corpus DIR]``
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))
from html_pages import LAYOUTS, news_page  # noqa: E402

from analysis.io.html_files import extract_html  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news-2005" / "bbc"
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    """The text's n-grams of lower-case ``\\w+`` tokens (the whole text when shorter)."""
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def score(extracted: str, gold: str) -> tuple[float, float]:
    """Precision and recall of the extracted text's shingles against the gold text's."""
    got, want = shingles(extracted or ""), shingles(gold)
    shared = len(got & want)
    return (shared / len(got) if got else 0.0), (shared / len(want) if want else 0.0)


def stories(folder: Path, limit: int) -> list[tuple[str, list[str]]]:
    """``(headline, paragraphs)`` of the first ``limit`` stories, across the corpus's sections."""
    files = sorted(folder.rglob("*.txt"))
    step = max(1, len(files) // limit)
    out = []
    for path in files[::step][:limit]:
        lines = [line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
        title, body = lines[0], [line for line in lines[1:] if line]
        if body:
            out.append((title, body))
    return out


def main() -> None:
    import trafilatura

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: no corpus of stories here; pass --corpus DIR (text files: headline, then body)")
    results: dict[str, list[tuple[float, float]]] = {"loader": [], "trafilatura default": []}
    by_layout: dict[str, list[float]] = {layout.__name__: [] for layout in LAYOUTS}
    seconds = dict.fromkeys(results, 0.0)
    for k, (title, paragraphs) in enumerate(stories(args.corpus, args.pages)):
        layout = k % len(LAYOUTS)
        page = news_page(title, paragraphs, "The Example Herald", "2005-03-01T09:00:00Z", layout=layout)
        gold = "\n".join(paragraphs)
        start = time.perf_counter()
        found = extract_html(page)
        seconds["loader"] += time.perf_counter() - start
        results["loader"].append(score(found["text"] if found else "", gold))
        by_layout[LAYOUTS[layout].__name__].append(sum(results["loader"][-1]) / 2)
        start = time.perf_counter()
        default = trafilatura.extract(page) or ""
        seconds["trafilatura default"] += time.perf_counter() - start
        results["trafilatura default"].append(score(default, gold))
    n = len(results["loader"])
    print(f"{n} pages from {args.corpus} in {len(LAYOUTS)} layouts")
    for name, scores in results.items():
        precision = sum(p for p, _ in scores) / n
        recall = sum(r for _, r in scores) / n
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        speed = seconds[name] / n * 1000
        print(f"{name:20s} precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  ({speed:.1f} ms/page)")
    for layout, values in by_layout.items():
        print(f"  loader on {layout}: mean of precision and recall {sum(values) / max(1, len(values)):.3f}")


if __name__ == "__main__":
    main()
