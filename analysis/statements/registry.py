"""The speakers registry: canonical names, aliases and titles of people a user wants named one way.

The registry (``data/speakers.toml``) helps; it is not needed: people are found
in the text itself (:mod:`analysis.statements.names`). An entry gives a
canonical name, the aliases that mean that person (spellings, transliterations,
the surname alone) and the titles that stand for them. Aliases and titles match
only in the case and form written: ``"Russian Foreign Minister"`` is not
``"foreign minister"``, and a bare generic title ("Minister") should not be
listed, since it would give every minister's words to one person.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import CorpusError
from analysis.paths import DATA_DIR

DEFAULT_SPEAKERS = DATA_DIR / "speakers.toml"
GENDERS = ("m", "f")


@dataclass(frozen=True)
class Speaker:
    """A person in the registry."""

    name: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    gender: str | None = None
    role: str | None = None


@dataclass
class SpeakerRegistry:
    """The known speakers, looked up by alias and by title (both as written)."""

    speakers: list[Speaker] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_alias = {a: s for s in self.speakers for a in (s.name, *s.aliases)}
        self._by_name = {s.name: s for s in self.speakers}
        self._by_title: dict[str, list[Speaker]] = {}
        for speaker in self.speakers:
            for title in speaker.titles:
                for form in {title, title.replace("'", "’")}:
                    self._by_title.setdefault(form, []).append(speaker)
        self.titles = tuple(sorted(self._by_title, key=len, reverse=True))
        #: Titles by their first four characters: a text is searched once per distinct beginning, not per title.
        self._titles_by_start: dict[str, list[str]] = {}
        for title in self.titles:
            self._titles_by_start.setdefault(title[:4], []).append(title)
        self._title_re = (
            re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(t) for t in self.titles) + r")(?![\w'’])")
            if self.titles
            else None
        )

    @classmethod
    def from_toml(cls, path: str | Path) -> SpeakerRegistry:
        """Read a registry file (see ``data/speakers.toml`` for the format).

        Raises
        ------
        CorpusError
            If the file cannot be read, an entry has no ``name``, or a gender is not ``m`` or ``f``.

        """
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise CorpusError(f"{path}: cannot be read as a speakers file ({exc})") from exc
        speakers = []
        for i, entry in enumerate(data.get("speaker", [])):
            if not entry.get("name"):
                raise CorpusError(f"{path}: speaker entry {i + 1} has no 'name'")
            gender = entry.get("gender")
            if gender is not None and gender not in GENDERS:
                raise CorpusError(f"{path}: speaker {entry['name']!r}: gender must be 'm' or 'f', not {gender!r}")
            speakers.append(
                Speaker(
                    entry["name"],
                    tuple(entry.get("aliases", ())),
                    tuple(entry.get("titles", ())),
                    gender,
                    entry.get("role"),
                )
            )
        return cls(speakers)

    def get(self, name: str) -> Speaker | None:
        """The registry entry of a canonical name, if any."""
        return self._by_name.get(name)

    def by_alias(self, text: str) -> Speaker | None:
        """The person an alias means (as written: "Sergei Lavrov", "Lavrov"), if any."""
        return self._by_alias.get(text)

    def owners(self, title: str) -> list[Speaker]:
        """The people a title stands for, as written (a leading "the"/"The" may be left out of the file)."""
        found = self._by_title.get(title)
        if found is None and title[:4] in ("the ", "The "):
            found = self._by_title.get(title[4:])
        return found or []

    def find_titles(self, text: str) -> list[tuple[int, int, str]]:
        """Every registry title in ``text``: ``(start, end, title)``; only titles the text holds are searched."""
        if self._title_re is None or not any(
            start in text and any(t in text for t in titles) for start, titles in self._titles_by_start.items()
        ):
            return []
        return [(m.start(), m.end(), m.group()) for m in self._title_re.finditer(text)]

    def resolve(self, name: str) -> str:
        """The canonical name of a name the registry knows as an alias, else the name itself."""
        speaker = self._by_alias.get(name)
        return speaker.name if speaker else name


def load_speakers(path: str | Path | None = None) -> SpeakerRegistry:
    """Load the speakers registry (default: ``data/speakers.toml``; an empty one if absent)."""
    if path is None:
        return SpeakerRegistry.from_toml(DEFAULT_SPEAKERS) if DEFAULT_SPEAKERS.is_file() else SpeakerRegistry()
    return SpeakerRegistry.from_toml(path)
