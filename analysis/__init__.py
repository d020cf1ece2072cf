"""Media analysis of news corpora: who said what, how often, in what tone, which words rose and fell.

The public API is re-exported here; every function takes and returns tidy
pandas DataFrames keyed by ``doc_id``.
"""

from analysis.corpus import ARTICLE_COLUMNS, load_articles, load_problems, provenance_table, removed_lines
from analysis.errors import CorpusError
from analysis.language import detect_language
from analysis.text import split_sentences

__version__ = "0.1.0"

__all__ = [
    "ARTICLE_COLUMNS",
    "CorpusError",
    "__version__",
    "detect_language",
    "load_articles",
    "load_problems",
    "provenance_table",
    "removed_lines",
    "split_sentences",
]
