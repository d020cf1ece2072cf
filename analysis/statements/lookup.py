"""Finding a speaker by any name a user knows them by: the canonical name, an alias, a surname, a variant."""

from __future__ import annotations

import difflib

import pandas as pd

from analysis.statements.registry import SpeakerRegistry, load_speakers


class SpeakerNotFoundError(KeyError):
    """No speaker matches a name; the message lists the closest speakers."""

    def __str__(self) -> str:  # KeyError quotes its argument; the message reads better plain
        return str(self.args[0])


def find_speaker(statements: pd.DataFrame, name: str, registry: SpeakerRegistry | None = None) -> str:
    """The speaker of the statements table that ``name`` means.

    Tried in order: the speaker's name as given (any case); an alias in the
    speakers registry ("Sergei Lavrov", "Lavrov"); the name as written in the
    articles (``speaker_mention``: "Mr Blair"); a surname that only one speaker
    has.

    Raises
    ------
    SpeakerNotFoundError
        When nothing matches, or a surname fits several speakers; the message
        names the closest speakers.

    """
    if "speaker" not in statements.columns:
        raise ValueError("find_speaker needs a statements table (analysis.extract_statements makes one)")
    speakers = pd.Index(statements["speaker"].dropna().astype(str).unique())
    wanted = " ".join(str(name).split())
    if wanted in speakers:
        return wanted
    by_lower = {s.lower(): s for s in speakers}
    if wanted.lower() in by_lower:
        return by_lower[wanted.lower()]
    registry = registry if registry is not None else load_speakers()
    registered = None
    for key in (wanted, wanted.title()):
        entry = registry.by_alias(key) or registry.get(key)
        if entry is not None and entry.name in speakers:
            return entry.name
        registered = registered or entry
    if "speaker_mention" in statements.columns:
        written = statements.loc[statements["speaker_mention"].astype(str).str.lower() == wanted.lower(), "speaker"]
        if written.nunique() == 1:
            return str(written.iloc[0])
    surname = [s for s in speakers if s.split()[-1].lower() == wanted.split()[-1].lower()]
    if len(surname) == 1 and len(wanted.split()) == 1:
        return surname[0]
    if registered is not None:
        message = f"{name!r} is {registered.name} in the speakers registry, who has no statements here"
        raise SpeakerNotFoundError(message)
    close = surname or difflib.get_close_matches(wanted, list(speakers), n=5, cutoff=0.5)
    if not close:
        top = statements["speaker"].astype(str).value_counts().index[:5].tolist()
        raise SpeakerNotFoundError(f"no speaker matches {name!r}; the speakers quoted most are {', '.join(top)}")
    several = " (several speakers have that surname)" if len(surname) > 1 else ""
    raise SpeakerNotFoundError(f"no speaker matches {name!r}{several}; did you mean {', '.join(close)}?")
