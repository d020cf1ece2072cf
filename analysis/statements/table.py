"""The statements table: statements found in every article, with ids, article metadata, joined names and echoes.

:func:`extract_statements` is the stage's entry point; the pipeline
(:mod:`analysis.pipeline.documents`) calls :func:`document_statements` per
document and :func:`assemble_statements` once, so both find the same statements.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

from analysis._engine.memo import paused_gc
from analysis._engine.memory import keep_rows_consuming, release_memory
from analysis._engine.parallel import map_chunks
from analysis.statements.canonical import join_surnames, resolve_titles
from analysis.statements.columns import GROUP_COLUMNS, STATEMENT_COLUMNS, STATEMENT_DTYPES
from analysis.statements.documents import (
    TRANSCRIPT,
    document_speaker,
    speaker_from_column,
    speaker_statements,
    transcript_turns,
)
from analysis.statements.echoes import add_statement_groups, statements_grams
from analysis.statements.entities import People
from analysis.statements.evidence import speakers_and_labels
from analysis.statements.extract import FOUND_FIELDS, Extractor, Found
from analysis.statements.names import SpanSet, known_first_name
from analysis.statements.registry import SpeakerRegistry, load_speakers


def extract_statements(
    articles: pd.DataFrame,
    speakers: SpeakerRegistry | str | None = None,
    *,
    include_titles: bool = True,
    group_threshold: float = 0.5,
    workers: int | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Find the statements in every article, each with its speaker.

    Parameters
    ----------
    articles : pandas.DataFrame
        As returned by :func:`analysis.load_articles` (``text``, ``title``,
        ``published``, ``outlet``, ``original_source``; index ``doc_id``).
    speakers : SpeakerRegistry, path or None
        The speakers registry (canonical names, aliases, titles); default
        ``data/speakers.toml``. People the registry does not know are found too.
    include_titles : bool
        Also read headlines (statements there get ``location="title"``).
    group_threshold : float
        Similarity (share of the shorter statement's word trigrams found in the
        other) above which two statements of one speaker are echoes.
    workers : int, optional
        Processes (default: one per core for large corpora).
    progress : bool, optional
        Progress bar (default: long runs outside CI only).

    Returns
    -------
    pandas.DataFrame
        One row per statement, in article and text order: ``doc_id``,
        ``statement_id`` (``<doc_id>:<n>``), ``speaker`` (one name per person:
        the registry's, else the fullest form written), ``speaker_type``
        (``person``, ``organisation`` or ``unnamed`` for sources such as "a
        spokesperson"), ``speaker_mention`` (the words the sentence names the
        speaker by: "Mr Blair", "he", "the minister"), ``quote`` (the words
        attributed; fragments of one sentence joined by " … "), ``kind``
        (``direct``, ``partial``, ``reported``), ``cue``,
        ``location`` (``body`` or ``title``), ``sentence``, ``content`` (the
        reported clause, used to group echoes), ``start``/``end`` (offsets of
        ``quote`` in the article's ``text``, or in its ``title`` for headline
        statements), the article's ``published``, ``outlet``,
        ``original_source``, and the echo group: ``statement_group`` (the
        ``statement_id`` first reported), ``first_reported``, ``first_outlet``,
        ``n_reports``.

    """
    registry = speakers if isinstance(speakers, SpeakerRegistry) else load_speakers(speakers)
    outlets = corpus_outlets(articles)
    titles = articles["title"] if "title" in articles else [None] * len(articles)
    if "speaker" in articles and articles["speaker"].notna().any():
        items = list(zip(titles, articles["text"], [None] * len(articles), articles["speaker"], strict=True))
    else:
        items = list(zip(titles, articles["text"], strict=True))
    found = map_chunks(
        statements_of_texts,
        items,
        registry,
        outlets,
        include_titles,
        workers=workers,
        progress=progress,
        desc="statements",
    )
    return assemble_statements(articles, found_frame(list(articles.index), found), registry, group_threshold)


def corpus_outlets(articles: pd.DataFrame) -> frozenset[str]:
    """Names of the outlets in a corpus: "according to" one of them is a source, not a speaker."""
    columns = [articles[col].dropna().unique() for col in ("outlet", "original_source") if col in articles]
    return frozenset(str(v) for values in columns for v in values)  # each distinct name once


def document_statements(
    extractor: Extractor, title: object, text: object, spans: list | None = None, speaker: object = None
) -> tuple[list[Found], list[Found]]:
    """The statements (:class:`Found`) of one article's headline and of its body.

    The headline is read with the names the body gives. A document whose header
    or headline names its speaker (:func:`~analysis.statements.documents.document_speaker`)
    has no headline statement, and its speaker's turns and first-person paragraphs
    are statements too.

    ``speaker`` is who the corpus says speaks in the document (a ``speaker``
    column); without it the header or headline may say. A ``text`` that is not
    a string (a document without a body) reads the headline alone.
    """
    speaker = document_speaker(title) or speaker_from_column(speaker)
    if not isinstance(text, str):
        return ([] if speaker else extractor.headline_statements(title)), []
    body, people = extractor.read(text, "body", spans, headline=title)
    if speaker is None:
        turns = transcript_turns(text, None)  # a transcript of named speakers ("Dmitry Peskov: …")
        if turns:
            body = _replaced_by_turns(body, turns)
        written = [person.name for person in people.persons]
        headline = extractor.headline_statements(title, people)
        return headline, _named_as_in_headline(body, written, people)
    # The headline names the document's speaker: a label, not a statement; the text is theirs.
    # a paragraph quoting another at length is theirs; a few words quoted inside the speaker's own sentence
    # ('what John F. Kennedy called our "moral strength"') leave it the speaker's
    others = [f for f in body if f.cue != ":" and f.speaker != speaker.name and f.kind != "partial"]
    own = speaker_statements(text, speaker, [(f.start, f.end) for f in others])
    return [], _replaced_by_turns(body, own)


def _named_as_in_headline(body: list[Found], written: list[str], people: People) -> list[Found]:
    """The body's statements with a surname the headline gives in full named in full.

    "Hollywood star Tom Hanks was in London …" over a body that says only "Hanks said": reading the
    headline gave the body's person (``written``: their names before it) a full name.
    """
    renamed = {
        old: person.name
        for old, person in zip(written, people.persons, strict=False)  # the headline adds persons
        if person.name != old and person.name.endswith(" " + old) and known_first_name(person.name.split()[0])
    }  # "Arsenal Edu", "Troubled Marsh": a headline's capitals before a surname are no first name
    for f in body:
        if f.speaker_type == "person" and f.speaker in renamed:
            f.speaker = renamed[f.speaker]
    return body


def _corpus_texts(articles: pd.DataFrame):
    """Every headline and body of a corpus, for evidence of who is a person."""
    for column in ("title", "text"):
        if column in articles:
            yield from articles[column]


def _replaced_by_turns(body: list[Found], own: list[Found]) -> list[Found]:
    """The body's statements with those inside a transcript turn replaced by the turn, in text order."""
    turns = SpanSet([(f.start, f.end) for f in own if f.kind == TRANSCRIPT])
    kept = [f for f in body if not turns.overlaps(f.start, f.start + 1)]
    return sorted([*kept, *own], key=lambda f: f.start)


def statements_of_document(
    extractor: Extractor, title: object, text: object, spans: list | None = None, speaker: object = None
) -> list:
    """The statements of one article, headline first (see :func:`document_statements`)."""
    headline, body = document_statements(extractor, title, text, spans, speaker)
    return [*headline, *body]


def statements_of_texts(
    items: list[tuple[str | None, str]], registry: SpeakerRegistry, outlets: frozenset[str], include_titles: bool
) -> list[list[tuple]]:
    """The statements found in each ``(title, text)`` pair (one list per article).

    Each statement is a tuple of :data:`FOUND_FIELDS` followed by its echo key
    (:func:`statement_grams`). An item may carry a third element, the text's
    sentence spans (as from :func:`analysis.text.sentences.sentence_spans`, or
    ``None``), so that sentences are not split twice, and a fourth, the
    document's speaker from a ``speaker`` column.
    """
    extractor = Extractor(registry, outlets)
    found = []
    with paused_gc():
        for title, text, *rest in items:
            spans, speaker = [*rest, None, None][:2]
            found.append(statements_of_document(extractor, title if include_titles else None, text, spans, speaker))
        return found_rows(found)


def found_rows(found: list[list[Found]]) -> list[list[tuple]]:
    """Each found statement as a tuple of :data:`FOUND_FIELDS` and its echo key, list by list.

    The echo keys (:func:`analysis.statements.echoes.statement_grams`) of all the lists' statements are
    computed at once: a statement's few dozen trigrams cost more one by one than thousands together.
    """
    grams = iter(statements_grams([(f.content, f.quote) for doc in found for f in doc]))
    return [[(*(getattr(f, name) for name in FOUND_FIELDS), next(grams)) for f in doc] for doc in found]


def found_frame(doc_ids: list, found: list[list[tuple]]) -> pd.DataFrame:
    """One row per found statement (``doc_id``, :data:`FOUND_FIELDS`, ``grams``), in document order."""
    rows = [(d, *row) for d, doc in zip(doc_ids, found, strict=True) for row in doc]
    frame = pd.DataFrame(rows, columns=["doc_id", *FOUND_FIELDS, "grams"])
    frame["grams"] = pd.arrays.ArrowExtensionArray(pa.array(frame["grams"].tolist(), pa.large_binary()))
    return frame


def assemble_statements(
    articles: pd.DataFrame, found: pd.DataFrame, registry: SpeakerRegistry, group_threshold: float = 0.5
) -> pd.DataFrame:
    """The statements table from found statements: ids, article metadata, names joined, echo groups.

    ``found`` has ``doc_id``, :data:`FOUND_FIELDS` and ``grams`` (as from
    :func:`found_frame`), in article and text order.
    """
    return assemble_statements_consuming(articles, [found], registry, group_threshold)


def assemble_statements_consuming(
    articles: pd.DataFrame, held: list[pd.DataFrame], registry: SpeakerRegistry, group_threshold: float = 0.5
) -> pd.DataFrame:
    """As :func:`assemble_statements`, taking the found statements out of ``held`` (a list of one frame).

    A caller that keeps no other reference to them lets their columns be freed as the table is
    built (the topic labels' rows are dropped column by column), instead of holding every
    statement's texts twice at the peak of a large run.
    """
    found = held.pop()
    current = found["doc_id"].isin(articles.index)
    frame = (found if current.all() else found[current]).reset_index(drop=True)
    del found, current
    meta = articles.reindex(columns=["published", "outlet", "original_source"])
    rows = meta.index.get_indexer(frame["doc_id"])  # every doc_id is an article's (filtered above)
    for column in meta.columns:
        frame[column] = meta[column].array.take(rows)  # stays in Arrow / numpy: no Python object per statement
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    frame["speaker"] = join_surnames(frame, registry)
    frame, drop, _ = speakers_and_labels(frame, _corpus_texts(articles), registry)  # "Sony" a company, not a person
    if drop is not None:
        frame = keep_rows_consuming(frame, ~drop)  # topic labels' rows: "Covid: what we know" is no one's
        release_memory()  # the rows' old columns, freed: given back before the echo groups need room
    frame["speaker"], frame["speaker_type"] = resolve_titles(frame)  # "the President" → the site's president
    doc_ids = frame["doc_id"].astype(str)
    frame["statement_id"] = doc_ids + ":" + frame.groupby("doc_id", sort=False).cumcount().astype(str)
    grams = [frame.pop("grams").reset_index(drop=True)]  # handed over, so the echo pass can free it once read
    frame = frame[[c for c in STATEMENT_COLUMNS if c not in GROUP_COLUMNS]]
    frame = frame.astype({c: t for c, t in STATEMENT_DTYPES.items() if c in frame.columns and c != "published"})
    return add_statement_groups(frame, group_threshold, grams=grams.pop())
