"""Outlet names from host names: ``feeds.bbci.co.uk``, ``www.bbc.co.uk`` and ``www.bbc.com`` are one outlet.

Archive exports often name the outlet by the host that served the story. A host
name is reduced to its site (``www.``, ``feeds.``, ``rss.``, ``edition.``,
``amp.``, ``m.`` and ``mobile.`` prefixes dropped) and looked up, with each of
its parent domains, in an editable file of known domains (``data/outlets.toml``):
``[domains]`` maps a domain to the outlet's name, ``[names]`` maps other
spellings of a name to the one to use. A host the file does not know stays its
site's domain (``example.org``), never a feed or mobile host.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from analysis.errors import CorpusError
from analysis.paths import DATA_DIR

DEFAULT_OUTLETS = DATA_DIR / "outlets.toml"
#: Host-name prefixes that name a service of a site, not another outlet.
HOST_PREFIXES = ("www", "www1", "www2", "www3", "feeds", "feed", "rss", "edition", "amp", "m", "mobile")
#: Language editions of one site (``en.kremlin.ru``, ``de.example.com``): the same outlet.
LANGUAGE_PREFIXES = ("en", "eng", "english", "de", "fr", "es", "it", "ru", "ua", "pl", "pt", "ar", "zh", "ja", "nl")
_HOST_RE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\.?$", re.I)


def host_of(value: object) -> str | None:
    """The host name of a URL, or of a bare host name (lower case, no port); ``None`` if it is neither."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    host = (urlsplit(text).hostname or "") if "//" in text else text.split("/")[0].split(":")[0]
    host = host.lower().rstrip(".")
    return host if _HOST_RE.match(host) else None


def site_of(host: str) -> str:
    """A host without its service and language prefixes (``feeds.bbci.co.uk`` → ``bbci.co.uk``)."""
    labels = host.lower().rstrip(".").split(".")
    while len(labels) > 2 and (labels[0] in HOST_PREFIXES or labels[0] in LANGUAGE_PREFIXES):
        labels = labels[1:]
    return ".".join(labels)


@dataclass(frozen=True)
class OutletNames:
    """Known domains and name spellings (see the module docstring)."""

    domains: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_toml(cls, path: str | Path) -> OutletNames:
        """Read an outlets file.

        Raises
        ------
        CorpusError
            If the file cannot be read or a value is not a string.

        """
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise CorpusError(f"{path}: cannot be read as an outlets file ({exc})") from exc
        tables = {}
        for table in ("domains", "names"):
            entries = data.get(table, {})
            bad = [k for k, v in entries.items() if not isinstance(v, str) or not v.strip()]
            if bad:
                raise CorpusError(f"{path}: [{table}] entries must be non-empty strings; check {bad[:5]}")
            tables[table] = {str(k).lower(): v.strip() for k, v in entries.items()}
        return cls(tables["domains"], tables["names"])

    def name(self, value: object, written: bool = False) -> tuple[str | None, str]:
        """The outlet's name for a name or host found in the data, and how it was found.

        ``written=True`` says the value was written on a page (a site-name or
        copyright line): a brand in capitals such as ``GOV.EX`` is then a name,
        and only a lower-case value is taken for a host name.

        Returns
        -------
        (str or None, str)
            The name, and ``""`` (kept as given), ``"host name"`` (a host not in the
            file, reduced to its site) or ``"known domain"``/``"known name"`` (from the file).

        """
        if not isinstance(value, str) or not value.strip():
            return None, ""
        text = " ".join(value.split())
        host = host_of(text) if " " not in text and not (written and not text.islower()) else None
        if host is None:
            known = self.names.get(text.lower())
            return (known, "known name") if known else (text, "")
        site = site_of(host)
        labels = host.split(".")
        for k in range(len(labels) - 1):
            known = self.domains.get(".".join(labels[k:]))
            if known:
                return known, "known domain"
        return site, "host name"


def load_outlets(path: str | Path | bool | None = None) -> OutletNames:
    """The outlets file: ``data/outlets.toml`` by default, ``False`` for none (hosts are still reduced to sites)."""
    if path is False:
        return OutletNames()
    if path is None or path is True:
        return OutletNames.from_toml(DEFAULT_OUTLETS) if DEFAULT_OUTLETS.is_file() else OutletNames()
    return OutletNames.from_toml(path)


def name_outlets(records: list, outlets: OutletNames) -> None:
    """Outlet names for host names and other spellings, each record's host, and an outlet for every record.

    ``records`` are :class:`~analysis.io.records.ArticleRecord`. An outlet a
    person gave in the metadata file is kept as written. A record with no
    outlet (no column, no site-name line) takes its host's outlet (through the
    outlets file, else the site's domain), else the name of the folder its file
    is in; its ``problems`` say which, and ``provenance`` names the evidence.
    """
    for record in records:
        record.host = host_of(record.url) or record.host
        if record.sources.get("outlet") == "metadata":
            continue
        written = str(record.sources.get("outlet", "")).startswith("text:")
        name, how = outlets.name(record.outlet, written)
        if how and name != record.outlet:
            record.sources["outlet"] = f"{record.sources.get('outlet')} ({how} {record.outlet!r})"
            record.outlet = name
        if record.outlet:
            continue
        if record.host:
            record.outlet, how = outlets.name(record.host)
            record.sources["outlet"] = f"host ({how or 'as given'} {record.host!r})"
            record.notes.append(f"outlet taken from the host name {record.host!r}")
        elif record.folder:
            record.outlet = record.folder
            record.sources["outlet"] = "folder name"
            record.notes.append(f"outlet taken from the folder name {record.folder!r}")
