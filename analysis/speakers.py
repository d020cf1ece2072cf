"""The speakers registry: canonical names, aliases, titles, and resolving a noun phrase to a person.

The registry is a TOML file (``data/speakers.toml``) that users extend without
touching code. A noun phrase is resolved in this order: a registry alias
("Sergei Lavrov", "Lavrov"); a name the registry does not know (kept as the text
gives it); a title ("the Russian FM"), taken to mean the person with that title
mentioned last; a pronoun, taken to mean the last person of fitting gender.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from analysis.errors import CorpusError
from analysis.paths import DATA_DIR

DEFAULT_SPEAKERS = DATA_DIR / "speakers.toml"
PRONOUNS = {"he": "m", "she": "f"}
#: Characters that case-insensitive matching folds onto ASCII letters though ``str.lower`` does not.
_SPECIAL_FOLDS = re.compile("[\u017f\u212a\u0130\u0131]")
_NAME = r"[A-Z][\w'’.\-]*[\w](?:\s+(?:[A-Z][\w'’.\-]*[\w]|de|da|van|von|al|bin|Le|La)){0,3}"


@dataclass(frozen=True)
class Speaker:
    """A person in the registry."""

    name: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    gender: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Mention:
    """A reference to a person at a position in a text."""

    position: int
    speaker: str
    gender: str | None


@dataclass
class SpeakerRegistry:
    """The known speakers and the patterns that find them in text."""

    speakers: list[Speaker] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_alias = {a: s for s in self.speakers for a in (s.name, *s.aliases)}
        self._by_name = {s.name: s for s in self.speakers}
        titles = sorted({t.lower() for s in self.speakers for t in s.titles}, key=len, reverse=True)
        self._title_owners = {t: [s for s in self.speakers if t in {x.lower() for x in s.titles}] for t in titles}
        self._aliases = tuple(sorted(self._by_alias, key=len, reverse=True))
        self._titles = tuple(titles)
        #: Each title and its spelling with a curly apostrophe (``None`` when it has no apostrophe).
        self._title_forms = [(t, t.replace("'", "’") if "'" in t else None) for t in titles]
        self.alias_re, self.title_re = _alternation(self._aliases, self._titles)
        #: A noun phrase naming a person: title and/or name, or a pronoun.
        self.np_pattern = np_pattern(self._titles)

    @classmethod
    def from_toml(cls, path: str | Path) -> SpeakerRegistry:
        """Read a registry file (see ``data/speakers.toml`` for the format).

        Raises
        ------
        CorpusError
            If the file cannot be read or an entry has no ``name``.

        """
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise CorpusError(f"{path}: cannot be read as a speakers file ({exc})") from exc
        speakers = []
        for i, entry in enumerate(data.get("speaker", [])):
            if not entry.get("name"):
                raise CorpusError(f"{path}: speaker entry {i + 1} has no 'name'")
            speakers.append(
                Speaker(
                    entry["name"],
                    tuple(entry.get("aliases", ())),
                    tuple(entry.get("titles", ())),
                    entry.get("gender"),
                    entry.get("role"),
                )
            )
        return cls(speakers)

    def get(self, name: str) -> Speaker | None:
        """The registry entry of a canonical name, if any."""
        return self._by_name.get(name)

    def mentions(
        self, text: str, skip: list[tuple[int, int]] = (), titles: tuple[str, ...] | None = None
    ) -> list[Mention]:
        """Every reference by alias or title to a registry person, outside the ``skip`` spans.

        ``titles`` is :meth:`titles_in` of the text, when the caller has it already.
        """
        found: list[Mention] = []
        # Patterns cut down to the aliases and titles that occur in the text (a substring test is far
        # cheaper than trying a long alternation at every position); they keep the original order of
        # alternatives, so they find exactly what the full ones find, and none is tried without any.
        titles = self.titles_in(text) if titles is None else titles
        aliases = tuple(a for a in self._aliases if a in text)
        alias_re, title_re = _alternation(aliases, titles)
        for m in alias_re.finditer(text) if aliases else ():
            if not _inside(m.start(), skip):
                s = self._by_alias[m.group()]
                found.append(Mention(m.start(), s.name, s.gender))
        name_after = re.compile(rf"\s+({_NAME})")
        for m in title_re.finditer(text) if titles else ():
            if _inside(m.start(), skip):
                continue
            named = name_after.match(text, m.end())
            if named and self.alias_re.match(named.group(1)):
                continue  # "Foreign Minister Lavrov": the alias is the mention
            if named:
                found.append(Mention(m.start(), named.group(1), None))  # a person the registry does not know
                continue
            owner = self._title_owner(m.group(), found, m.start())
            if owner:
                found.append(Mention(m.start(), owner.name, owner.gender))
        return sorted(found, key=lambda f: f.position)

    def titles_in(self, text: str) -> tuple[str, ...]:
        """The registry's titles that may occur in ``text`` (any case), longest first.

        Every title a case-insensitive pattern could find is included; all of them
        when the text has a character that such matching folds specially (long s).
        """
        if _SPECIAL_FOLDS.search(text):
            return self._titles
        lower = text.lower()
        return tuple(t for t, curly in self._title_forms if t in lower or (curly is not None and curly in lower))

    def _title_owner(self, title_text: str, earlier: list[Mention], position: int) -> Speaker | None:
        title = title_text.strip().lower().replace("’", "'")
        owners = self._title_owners.get(title) or self._title_owners.get(re.sub(r"^the\s+", "", title), [])
        owner_names = {o.name for o in owners}
        for mention in sorted(earlier, key=lambda f: -f.position):
            if mention.position < position and mention.speaker in owner_names:
                return self._by_name[mention.speaker]
        return owners[0] if len(owners) == 1 else None

    def resolve(self, phrase: str, position: int, mentions: list[Mention]) -> str | None:
        """The canonical speaker a noun phrase refers to at ``position`` in a text.

        Parameters
        ----------
        phrase : str
            The noun phrase ("Russian Foreign Minister Sergei Lavrov", "he", "the Russian FM").
        position : int
            Where it stands, so that titles and pronouns resolve to earlier mentions.
        mentions : list of Mention
            The people mentioned in the text (see :meth:`mentions`).

        Returns
        -------
        str or None
            A canonical name, the name as written for a person not in the
            registry, or ``None`` if nothing can be resolved.

        """
        phrase = phrase.strip()
        alias = self.alias_re.search(phrase)
        if alias:
            return self._by_alias[alias.group()].name
        if phrase.lower() in PRONOUNS:
            gender = PRONOUNS[phrase.lower()]
            for mention in reversed(mentions):
                if mention.position < position and mention.gender in (gender, None):
                    return mention.speaker
            return None
        title = self.title_re.search(phrase)
        rest = phrase[title.end() :].strip() if title else phrase
        if rest and re.fullmatch(_NAME, rest) and not self.title_re.fullmatch(rest):
            return rest
        if title:
            owner = self._title_owner(title.group(), mentions, position)
            return owner.name if owner else None
        return None


@lru_cache(maxsize=512)
def np_pattern(titles: tuple[str, ...]) -> str:
    """The regular expression of a noun phrase naming a person: title and/or name, or a pronoun."""
    names = rf"{_NAME}|[Hh]e|[Ss]he"
    if not titles:
        return rf"(?:{names})"
    return rf"(?:(?i:(?:the\s+)?(?:[\w'’]+\s+)?(?:{_title_alternation(titles)}))(?:\s+{_NAME})?|{names})"


def _title_alternation(titles: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(t).replace("'", "['’]") for t in titles) or r"(?!x)x"


@lru_cache(maxsize=512)
def _alternation(aliases: tuple[str, ...], titles: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns that find these aliases (case as written) and titles (any case, optional "the")."""
    alias_alt = "|".join(re.escape(a) for a in aliases) or r"(?!x)x"
    return re.compile(rf"\b(?:{alias_alt})\b"), re.compile(rf"(?i:\b(?:the\s+)?(?:{_title_alternation(titles)}))\b")


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


def load_speakers(path: str | Path | None = None) -> SpeakerRegistry:
    """Load the speakers registry (default: ``data/speakers.toml``; an empty one if absent)."""
    if path is None:
        return SpeakerRegistry.from_toml(DEFAULT_SPEAKERS) if DEFAULT_SPEAKERS.is_file() else SpeakerRegistry()
    return SpeakerRegistry.from_toml(path)
