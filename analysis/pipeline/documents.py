"""Every per-document stage in one pass: sentences, statements, tone and keyword counts.

:func:`run_pipeline` ships each document to a worker process once and gets back
everything the later tables need, instead of sending the text again for every
stage. The results are plain tuples (they pickle cheaply and the tables are
built from them in the main process); each stage's own function
(:func:`analysis.text.sentences.sentence_spans`,
:func:`analysis.statements.table.document_statements`, :func:`analysis.tone.scoring.score_text`,
:func:`analysis.trends.keywords.count_text`)
does the work, so the pipeline finds exactly what the stage functions find.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from time import perf_counter

import numpy as np

from analysis._engine.memo import paused_gc
from analysis.statements import Extractor, Found, SpeakerRegistry, document_statements, found_rows
from analysis.text.sentences import sentence_spans
from analysis.tone.lexicons import Adjustment
from analysis.tone.scoring import LEXICONS, score_text
from analysis.trends.keywords import count_text, keyword_matcher


@dataclass(frozen=True)
class DocumentSettings:
    """What the per-document pass needs besides the texts (sent to each worker with its chunk)."""

    registry: SpeakerRegistry
    outlets: frozenset[str]
    groups: dict[str, list[str]]
    adjustments: tuple[Adjustment, ...] = ()
    lexicons: frozenset[str] = field(default_factory=lambda: frozenset(LEXICONS))
    include_titles: bool = True


#: One document to analyse: headline, body (``None``: a copy of an earlier document), speaker (``None``
#: without a ``speaker`` column) and whether only its statements are read (its body is an earlier copy's).
DocumentItem = tuple[str | None, str | None, object, bool]


@dataclass
class DocumentResult:
    """What one document yields; the parts an earlier copy gives are ``None`` (see :func:`analyse_documents`)."""

    title_statements: list[tuple]
    spans: np.ndarray | None = None  # (start, end, para_idx) per sentence, int64
    body_statements: list[tuple] | None = None
    tone: tuple[float, float, float, float] | None = None
    keyword_counts: list[int] | None = None
    n_words: int | None = None
    #: Keyword matches and words of the headline (read for every document, copies included).
    title_keyword_counts: tuple[list[int], int] = ((), 0)
    #: Seconds spent on this document per stage (sentences, statements, tone, keywords).
    seconds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


def analyse_documents(items: list[DocumentItem], settings: DocumentSettings) -> list[DocumentResult]:
    """Analyse ``(title, text, speaker, statements_only)`` items, reading of each what an earlier copy has not given.

    Parameters
    ----------
    items : list of DocumentItem
        Headline, body, speaker (from a ``speaker`` column, else ``None``) and
        whether the body is a known copy under another headline or speaker
        (``True``: only the statements are read, for they depend on the headline
        and the speaker; the sentences, tone and keyword counts are the earlier
        copy's). A ``None`` body is a known copy of the whole document: only
        the headline's keywords are counted (the pipeline copies the rest).
    settings : DocumentSettings
        Speakers, outlets, keyword groups, tone adjustments and lexicons.

    Returns
    -------
    list of DocumentResult
        One per item, in order. Statement rows are tuples of
        :data:`analysis.statements.FOUND_FIELDS` followed by the statement's
        word-trigram hashes (used to group echoes).

    """
    with paused_gc():
        return _analyse(items, settings)


def _analyse(items: list[DocumentItem], settings: DocumentSettings) -> list[DocumentResult]:
    extractor = Extractor(settings.registry, settings.outlets)
    matcher = keyword_matcher(settings.groups)
    out = []
    found: list[list[Found]] = []  # each document's headline statements, then its body's (rows made at once below)
    for title, text, speaker, statements_only in items:
        t0 = perf_counter()
        result = DocumentResult([])
        result.title_keyword_counts = count_text(matcher, title)
        t1 = t2 = t3 = t4 = perf_counter()
        headline = title if settings.include_titles else None  # the headline names people as the body does
        title_found: list[Found] = []
        if text is not None:
            text = text if isinstance(text, str) else ""
            spans = sentence_spans(text)
            result.spans = np.array(spans, dtype=np.int64).reshape(-1, 3)  # compact to send back
            t2 = perf_counter()
            title_found, body_found = document_statements(extractor, headline, text, spans, speaker)
            result.body_statements = body_found  # rows below
            t3 = t4 = perf_counter()
            if not statements_only:
                result.tone = score_text(text, settings.adjustments, settings.lexicons, spans)
                t4 = perf_counter()
                result.keyword_counts, result.n_words = count_text(matcher, text)
        result.title_statements = title_found if settings.include_titles else []
        t5 = perf_counter()
        # sentences, statements, tone, keywords (the headline's keyword count is keyword time)
        result.seconds = (t2 - t1, t3 - t2, t4 - t3, (t1 - t0) + (t5 - t4))
        found.append(result.title_statements)
        found.append(result.body_statements or [])
        out.append(result)
    start = perf_counter()
    rows = found_rows(found)  # the echo keys of all the documents' statements at once
    share = (perf_counter() - start) / max(1, sum(map(len, found)))  # statements time, shared out by count
    for k, result in enumerate(out):
        result.title_statements = rows[2 * k]
        if result.body_statements is not None:
            result.body_statements = rows[2 * k + 1]
        sentences, statements, tone, keywords = result.seconds
        added = share * (len(rows[2 * k]) + len(rows[2 * k + 1]))
        result.seconds = (sentences, statements + added, tone, keywords)
    return out
