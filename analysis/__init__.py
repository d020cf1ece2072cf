"""Media analysis of news corpora: who said what, how often, in what tone, which words rose and fell.

The public API is re-exported here; every function takes and returns tidy
pandas DataFrames keyed by ``doc_id``.
"""

from analysis.cache import DerivedCache
from analysis.corpus import (
    ARTICLE_COLUMNS,
    corpus_summary,
    load_articles,
    load_problems,
    outlet_summary,
    provenance_table,
    removed_lines,
)
from analysis.errors import CacheError, CorpusError
from analysis.io.events import corpus_events, load_events
from analysis.io.outlets import load_outlets
from analysis.keywords import (
    collocations,
    keyness,
    keyness_by,
    keyword_counts,
    keyword_trends,
    kwic,
    load_keyword_groups,
    top_terms,
)
from analysis.language import detect_language
from analysis.periods import complete_periods, period_start
from analysis.pipeline import PipelineResult, run_pipeline
from analysis.statements import (
    SpeakerRegistry,
    coverage_volume,
    echo_breakdown,
    extract_statements,
    find_speaker,
    load_speakers,
    statement_frequency,
    suggest_speakers,
)
from analysis.text import split_sentences
from analysis.tokens import DocTermMatrix, doc_term_matrix, tokenize
from analysis.tone import (
    explain_tone,
    load_validation_set,
    score_tone,
    speaker_and_framing,
    tone_agreement,
    tone_by,
    tone_over_time,
    validate_tone,
)

__version__ = "0.1.0"

__all__ = [
    "ARTICLE_COLUMNS",
    "CacheError",
    "CorpusError",
    "DerivedCache",
    "DocTermMatrix",
    "PipelineResult",
    "SpeakerRegistry",
    "__version__",
    "collocations",
    "complete_periods",
    "corpus_events",
    "corpus_summary",
    "coverage_volume",
    "detect_language",
    "doc_term_matrix",
    "echo_breakdown",
    "explain_tone",
    "extract_statements",
    "find_speaker",
    "keyness",
    "keyness_by",
    "keyword_counts",
    "keyword_trends",
    "kwic",
    "load_articles",
    "load_events",
    "load_keyword_groups",
    "load_outlets",
    "load_problems",
    "load_speakers",
    "load_validation_set",
    "outlet_summary",
    "period_start",
    "provenance_table",
    "removed_lines",
    "run_pipeline",
    "score_tone",
    "speaker_and_framing",
    "split_sentences",
    "statement_frequency",
    "suggest_speakers",
    "tokenize",
    "tone_agreement",
    "tone_by",
    "tone_over_time",
    "top_terms",
    "validate_tone",
]
