"""Interactive exploration in JupyterLab: from a count to the passages behind it.

- :mod:`~analysis.explore.selection`: plain functions from a choice (speaker,
  outlet, keyword group or term, period) to tables of statements, articles and
  passages, and a coding sheet;
- :mod:`~analysis.explore.charts`: plotly charts with hover texts;
- :mod:`~analysis.explore.widgets`: :class:`Explorer`, the ipywidgets front end.
"""

from analysis.explore.selection import (
    article_passages,
    busiest_passages,
    coding_sheet,
    counts_per_period,
    passages_html,
    query_terms,
    select_articles,
    select_statements,
    statement_passages,
)
from analysis.explore.widgets import Explorer

__all__ = [
    "Explorer",
    "article_passages",
    "busiest_passages",
    "coding_sheet",
    "counts_per_period",
    "passages_html",
    "query_terms",
    "select_articles",
    "select_statements",
    "statement_passages",
]
