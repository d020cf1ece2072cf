"""Reading news feeds saved as XML (RSS 2.0, RSS 1.0 and Atom): one article per entry, the feed's site as outlet.

An entry's text is its full content where the feed gives one (``content:encoded``,
Atom ``content``), else its summary (``description``, ``summary``), with HTML
turned into paragraphs as in table cells. Feed snapshots saved as JSON arrays of
entries are tables (:mod:`analysis.io.table_rows`).
"""

from __future__ import annotations

import os
from email.utils import parsedate_to_datetime
from pathlib import Path

import pandas as pd

from analysis.errors import Problem
from analysis.io.dates import parse_date
from analysis.io.markup import has_markup, html_to_line, html_to_text
from analysis.io.page_files import body_facts
from analysis.io.pages import join_paragraphs
from analysis.io.records import ArticleRecord, LoadedCorpus

#: Endings of saved feeds.
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_RSS1 = "{http://purl.org/rss/1.0/}"


def _text(element, *tags: str) -> str | None:
    """The text of the first child among ``tags`` that has any."""
    for tag in tags:
        child = element.find(tag)
        if child is not None and (child.text or "").strip():
            return child.text.strip()
    return None


def _atom_link(element) -> str | None:
    links = element.findall(f"{_ATOM}link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return links[0].get("href") if links else None


def feed_entries(path: Path) -> tuple[str | None, list[dict]]:
    """The feed's site (its link, else its title) and its entries: ``title``, ``link``, ``text`` (HTML), ``date``.

    Raises
    ------
    ValueError
        If the file is not XML or not an RSS or Atom feed.

    """
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.parse(str(path), parser).getroot()
    if root is None:
        raise ValueError("not XML")
    if root.tag == f"{_ATOM}feed":
        site = _atom_link(root) or _text(root, f"{_ATOM}title")
        entries = [
            {
                "title": _text(e, f"{_ATOM}title"),
                "link": _atom_link(e),
                "text": _text(e, f"{_ATOM}content", f"{_ATOM}summary"),
                "date": _text(e, f"{_ATOM}published", f"{_ATOM}updated"),
            }
            for e in root.iter(f"{_ATOM}entry")
        ]
        return site, entries
    channel = root.find("channel") if root.tag == "rss" else root.find(f"{_RSS1}channel")
    if channel is None:
        raise ValueError(f"not an RSS or Atom feed (its root element is <{etree.QName(root).localname}>)")
    ns = "" if root.tag == "rss" else _RSS1
    site = _text(channel, f"{ns}link") or _text(channel, f"{ns}title")
    items = channel.iter("item") if root.tag == "rss" else root.iter(f"{_RSS1}item")
    entries = [
        {
            "title": _text(e, f"{ns}title"),
            "link": _text(e, f"{ns}link", "guid"),
            "text": _text(e, _CONTENT, f"{ns}description"),
            "date": _text(e, "pubDate", _DC_DATE),
        }
        for e in items
    ]
    return site, entries


def _entry_date(value: str | None) -> pd.Timestamp | None:
    """An entry's date (RFC 822 as RSS writes it, or any form :func:`parse_date` reads); ``None`` if unreadable."""
    if not value:
        return pd.NaT
    try:
        return pd.Timestamp(parsedate_to_datetime(value)).tz_convert("UTC")
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return parse_date(value)
    except (ValueError, OverflowError):
        return None


def read_feed_files(paths: list[Path], loaded: LoadedCorpus, detect_languages: bool = True) -> None:
    """Add the entries of each saved feed (and the feeds or entries that could not be read) to ``loaded``."""
    for path in paths:
        try:
            site, entries = feed_entries(path)
        except (OSError, ValueError) as exc:
            loaded.problems.append(Problem(str(path), None, "skipped", f"{path}: not a news feed ({exc})"))
            continue
        stem, folder = os.path.splitext(path.name)[0], Path(os.path.abspath(path)).parent.name or None
        records = []
        for number, entry in enumerate(entries, start=1):
            where = f"{path} entry {number}"
            raw = entry["text"] or ""
            text = join_paragraphs((html_to_text(raw) if has_markup(raw) else raw).splitlines())
            if not text:
                loaded.problems.append(Problem(where, f"{stem}_{number:06d}", "skipped", f"{where}: the text is empty"))
                continue
            title = entry["title"]
            record = ArticleRecord(
                doc_id=loaded.unique_id(f"{stem}_{number:06d}", path),
                source_path=where,
                folder=folder,
                text=text,
                title=html_to_line(title) if title and has_markup(title) else title,
                outlet=site,
                url=entry["link"],
            )
            record.sources.update(
                title="feed:title" if title else "not found",
                outlet="feed:channel" if site else "not found",
                url="feed:link" if entry["link"] else "not found",
            )
            published = _entry_date(entry["date"])
            if published is None:
                record.notes.append(f"unreadable date {entry['date']!r}")
                published = pd.NaT
            record.published = published
            record.sources["published"] = "feed:date" if not pd.isna(published) else "not found"
            if has_markup(raw):
                record.notes.append("the text held HTML; it was turned into plain paragraphs")
            records.append(record)
        for record, facts in zip(records, body_facts([r.text for r in records], detect_languages), strict=True):
            record.detected_language, record.n_words, record.signature = facts.language, facts.n_words, facts.signature
        loaded.records.extend(records)
