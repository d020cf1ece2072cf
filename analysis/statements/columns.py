"""The columns of the statements table."""

from __future__ import annotations

#: ``speech``: a first-person paragraph of a document by its speaker; ``transcript``: a labelled turn.
KINDS = ("direct", "partial", "reported", "speech", "transcript")
SPEAKER_TYPES = ("person", "organisation", "unnamed", "document", "questioner")
#: Speakers with a name: what rankings of speakers show by default. The others ("officials", "a report",
#: a questioner) are counted apart (:func:`analysis.unnamed_sources`).
NAMED_SPEAKER_TYPES = ("person", "organisation")
#: ``speakers=`` choices of the frequency functions: which speaker types each counts.
SPEAKER_CHOICES: dict[str, tuple[str, ...]] = {
    "named": NAMED_SPEAKER_TYPES,
    "people": ("person",),
    "unnamed": tuple(t for t in SPEAKER_TYPES if t not in NAMED_SPEAKER_TYPES),
    "all": SPEAKER_TYPES,
}
#: The columns of the statements table and their dtypes.
STATEMENT_DTYPES: dict[str, str] = {
    **dict.fromkeys(("doc_id", "statement_id", "speaker", "speaker_type", "speaker_mention"), "string"),
    **dict.fromkeys(("quote", "kind", "cue", "location", "sentence", "content"), "string"),
    "start": "int64",
    "end": "int64",
    "published": "datetime64[ns, UTC]",
    "outlet": "string",
    "original_source": "string",
    "statement_group": "string",
    "first_reported": "datetime64[ns, UTC]",
    "first_outlet": "string",
    "n_reports": "int64",
}
STATEMENT_COLUMNS = list(STATEMENT_DTYPES)
GROUP_COLUMNS = ("statement_group", "first_reported", "first_outlet", "n_reports")
