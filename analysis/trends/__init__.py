"""Trends: periods, keyword groups over time, keyness, top terms, collocations and concordances.

- :mod:`~analysis.trends.periods`: period starts and middles, complete series, users' spellings of periods;
- :mod:`~analysis.trends.coverage`: :func:`coverage_volume`, articles per period and group;
- :mod:`~analysis.trends.keywords`: keyword groups, their counts and :func:`keyword_trends`;
- :mod:`~analysis.trends.keyness`: :func:`keyness`, :func:`keyness_by`, :func:`top_terms`;
- :mod:`~analysis.trends.collocations`: :func:`collocations`;
- :mod:`~analysis.trends.kwic`: :func:`kwic`;
- :mod:`~analysis.trends.sources`: :func:`source_labels`, :func:`mix_shift`, sources apart.
"""

from analysis.trends.collocations import collocations
from analysis.trends.coverage import collection_gaps, coverage_volume
from analysis.trends.keyness import keyness, keyness_by, keyness_from_counts, top_terms
from analysis.trends.keywords import keyword_counts, keyword_trends, load_keyword_groups
from analysis.trends.kwic import kwic
from analysis.trends.periods import complete_periods, normalise_freq, period_start
from analysis.trends.sources import mix_shift, source_labels

__all__ = [
    "collection_gaps",
    "collocations",
    "complete_periods",
    "coverage_volume",
    "keyness",
    "keyness_by",
    "keyness_from_counts",
    "keyword_counts",
    "keyword_trends",
    "kwic",
    "load_keyword_groups",
    "mix_shift",
    "normalise_freq",
    "period_start",
    "source_labels",
    "top_terms",
]
