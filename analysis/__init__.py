"""Media analysis of news corpora: who said what, how often, in what tone, which words rose and fell.

Quick start::

    import analysis
    result = analysis.run_pipeline("data/raw")          # a folder of pages, or a CSV / JSONL / Parquet table
    articles, statements = result.articles, result.statements
    analysis.statement_frequency(statements, freq="week", by="speaker")
    analysis.tone_over_time(result.tone, freq="month", by="outlet")
    analysis.keyword_trends(articles, ["sanction*", "nato"], freq="month")
    analysis.kwic(articles, "security guarantee*")

Every function takes and returns tidy pandas DataFrames keyed by ``doc_id``.
The package is laid out by pipeline stage: :mod:`analysis.io` (reading
corpora), :mod:`analysis.text` (sentences, tokens, language),
:mod:`analysis.statements` (who said what), :mod:`analysis.tone`,
:mod:`analysis.trends` (periods, keywords, keyness, collocations, kwic),
:mod:`analysis.viz` (figures), :mod:`analysis.pipeline` (everything, cached)
and :mod:`analysis.report`; the functions most users need are re-exported here.
"""

from analysis._version import __version__
from analysis.errors import CacheError, CorpusError
from analysis.io.corpus import load_articles, removed_lines
from analysis.io.events import corpus_events, load_events
from analysis.io.records import ARTICLE_COLUMNS
from analysis.io.repeats import boilerplate_lines
from analysis.io.summaries import load_problems, outlet_summary, provenance_table
from analysis.pipeline.run import run_pipeline
from analysis.statements import (
    echo_breakdown,
    extract_statements,
    find_speaker,
    load_speakers,
    statement_frequency,
    statement_kinds,
    suggest_speakers,
    unnamed_sources,
)
from analysis.text.sentences import split_sentences
from analysis.text.tokens import doc_term_matrix, tokenize
from analysis.tone.explain import explain_tone
from analysis.tone.intervals import tone_by, tone_over_time
from analysis.tone.scoring import score_tone, speaker_and_framing, tone_agreement
from analysis.tone.validation import load_validation_set, scored_validation_set, validate_tone
from analysis.trends.collocations import collocations
from analysis.trends.compare import keyness_between, speaker_sides, split_sides
from analysis.trends.coverage import collection_gaps, coverage_volume
from analysis.trends.keyness import keyness, keyness_by, top_terms
from analysis.trends.keywords import keyword_counts, keyword_trends, load_keyword_groups
from analysis.trends.kwic import kwic, side_concordance, spread_lines
from analysis.trends.sources import mix_shift, source_labels

#: What users call (the README and the notebooks use these); the types they return and the machinery
#: stay importable from their modules.
__all__ = [
    "ARTICLE_COLUMNS",
    "CacheError",
    "CorpusError",
    "__version__",
    "boilerplate_lines",
    "collection_gaps",
    "collocations",
    "corpus_events",
    "coverage_volume",
    "doc_term_matrix",
    "echo_breakdown",
    "explain_tone",
    "extract_statements",
    "find_speaker",
    "keyness",
    "keyness_between",
    "keyness_by",
    "keyword_counts",
    "keyword_trends",
    "kwic",
    "load_articles",
    "load_events",
    "load_keyword_groups",
    "load_problems",
    "load_speakers",
    "load_validation_set",
    "mix_shift",
    "outlet_summary",
    "provenance_table",
    "removed_lines",
    "run_pipeline",
    "score_tone",
    "scored_validation_set",
    "side_concordance",
    "source_labels",
    "speaker_and_framing",
    "speaker_sides",
    "split_sentences",
    "split_sides",
    "spread_lines",
    "statement_frequency",
    "statement_kinds",
    "suggest_speakers",
    "tokenize",
    "tone_agreement",
    "tone_by",
    "tone_over_time",
    "top_terms",
    "unnamed_sources",
    "validate_tone",
]
