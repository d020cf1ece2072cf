import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
sys.path.insert(0, str(ROOT / "tests" / "support"))  # the seeded generators of test corpora (benchmarks use them too)


@pytest.fixture(scope="session")
def bundled():
    import analysis

    return analysis.load_articles(RAW)


@pytest.fixture(scope="session")
def bundled_sentences(bundled):
    import analysis

    return analysis.split_sentences(bundled)
