"""Who said what: statements (direct quotes, partial quotes, reported speech) with their speakers.

The public functions: :func:`extract_statements` (the statements table),
:func:`statement_frequency` (counts per period),
:func:`add_statement_groups` (echoes), :func:`suggest_speakers` (registry
entries a corpus suggests), :func:`find_speaker` (a speaker by any of their
names). The work is done in the stage's modules:

- :mod:`~analysis.statements.quotes`: quotation marks, paragraph by paragraph;
- :mod:`~analysis.statements.names`: mentions of people, titles, pronouns,
  organisations and unnamed sources;
- :mod:`~analysis.statements.entities`: the people of one article (variants
  joined, pronouns and titles resolved);
- :mod:`~analysis.statements.registry`: the speakers registry (``data/speakers.toml``);
- :mod:`~analysis.statements.extract`: attribution, sentence by sentence;
- :mod:`~analysis.statements.canonical`: one name per person across the corpus;
- :mod:`~analysis.statements.echoes` and :mod:`~analysis.statements.frequency`;
- :mod:`~analysis.statements.table`: the statements table of a corpus;
- :mod:`~analysis.statements.wordlists`: the word lists (cues, titles, honorifics…), kept as data
  in ``analysis/resources/``.

This module only re-exports.
"""

from analysis.statements.canonical import as_toml, suggest_speakers
from analysis.statements.columns import KINDS, NAMED_SPEAKER_TYPES, SPEAKER_TYPES, STATEMENT_COLUMNS, STATEMENT_DTYPES
from analysis.statements.echoes import add_statement_groups, echo_breakdown
from analysis.statements.extract import FOUND_FIELDS, Extractor, Found
from analysis.statements.frequency import statement_frequency, statement_kinds, unnamed_sources
from analysis.statements.lookup import SpeakerNotFoundError, find_speaker
from analysis.statements.registry import Speaker, SpeakerRegistry, load_speakers
from analysis.statements.table import (
    assemble_statements,
    assemble_statements_consuming,
    corpus_outlets,
    document_statements,
    extract_statements,
    found_frame,
    found_rows,
    statements_of_document,
    statements_of_texts,
)

__all__ = [
    "FOUND_FIELDS",
    "KINDS",
    "NAMED_SPEAKER_TYPES",
    "SPEAKER_TYPES",
    "STATEMENT_COLUMNS",
    "STATEMENT_DTYPES",
    "Extractor",
    "Found",
    "Speaker",
    "SpeakerNotFoundError",
    "SpeakerRegistry",
    "add_statement_groups",
    "as_toml",
    "assemble_statements",
    "assemble_statements_consuming",
    "corpus_outlets",
    "document_statements",
    "echo_breakdown",
    "extract_statements",
    "find_speaker",
    "found_frame",
    "found_rows",
    "load_speakers",
    "statement_frequency",
    "statement_kinds",
    "statements_of_document",
    "statements_of_texts",
    "suggest_speakers",
    "unnamed_sources",
]
